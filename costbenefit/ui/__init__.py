"""The Streamlit app's parts (``streamlit_app.py`` and ``pages/`` are the entry points).

``app_state`` (session state and caches), ``inputs``, ``form`` and ``ranges`` (the
sidebar and its mapping to a Scenario), ``sections``, ``views``, ``charts``,
``uncertainty``, ``success`` (what a success is, persons in the outcome),
``progress`` (what the pages show), ``programme`` and ``programme_charts`` (the
programme page's frames and charts), ``guide`` and ``texts`` (the
words, Norwegian and English). What can be tested without Streamlit (form, ranges,
tables, texts, charts) has no Streamlit import.

May import: every other costbenefit package except ``cli``, streamlit, altair, pandas,
numpy, pydantic, pyyaml.
Must not import: ``cli``.
"""
