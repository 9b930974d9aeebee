"""Presenters: every text and JSON shape a result is shown in, read from one ledger.

``as_json`` (the JSON contract), ``table`` (the Norwegian terminal table), ``compare``
(rows of a comparison, shared with the workbook), ``uncertainty`` and ``portfolio``
(Monte Carlo, sensitivity and programme results), ``headlines`` (the examples' regression
fixture and README table), ``success`` (what a success is, the study behind the effect and
the persons in the outcome, shared by the table, the workbook and the app), ``reform``
(the rule change alone, per payer and year, in the table), ``catalogue``
(``docs/parameters.md``), ``texts_nb`` (sentences several presenters print) and ``i18n``
(Norwegian number formats, held to Babel's by a test).

Add an output format: a module here that takes a ``Result`` (or ``MonteCarloResult``,
``PortfolioResult``) and returns text or a dict; the CLI and app call it.

May import: ``programme``, ``uncertainty``, ``model`` and everything below them.
Must not import: ``excel``, ``files``, ``ui``, ``cli``, openpyxl, streamlit.
"""
