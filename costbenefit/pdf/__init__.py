"""PDF adapter: the printable case report (*saksframlegg*-ready, one to three A4 pages).

The only package that imports fpdf (fpdf2). ``assumptions`` and ``content`` gather what the
report says from the engine's Result (and a Monte Carlo result when there is one) as plain
Norwegian text through the ``report`` presenters; ``document`` lays it out with a DejaVu
font (Unicode) and returns the PDF's bytes. Nothing here computes a number the engine or
``uncertainty`` does not also give; the three views stand side by side, never added.

May import: ``report``, ``programme``, ``uncertainty``, ``model`` and everything below them,
fpdf, numpy, pydantic.
Must not import: ``excel``, ``files``, ``store``, ``ui``, ``cli``, streamlit, openpyxl.
"""
