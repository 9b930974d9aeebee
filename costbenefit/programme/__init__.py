"""A programme as a portfolio of evaluated scenarios on one calendar axis: budget need by
year and payer, combined returns and their uncertainty, and who gains (gevinstdeling).

Pure: reading portfolio files is in ``costbenefit.files.portfolios``.

May import: ``uncertainty``, ``model`` and everything below them, numpy, pydantic.
Must not import: ``report``, ``excel``, ``files``, ``ui``, ``cli``.
"""
