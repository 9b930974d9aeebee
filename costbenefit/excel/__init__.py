"""Excel adapters: the live-formula workbook, the comparison workbook and the budget template.

The only package that imports openpyxl. Everything here reads the engine's Result (or
writes a Scenario for it); nothing here computes a number the engine does not also give.
``workbook`` and ``compare`` build workbooks from the live model (``live_model`` ties
together ``sheet_inputs``, ``sheet_unit_flows``, ``sheet_cash_flow`` and ``sheet_summary``,
with ``layout`` shared by them; ``sheet_states`` writes the persons by state as values);
``template``
writes the budget template and ``template_read`` reads a filled one back; ``cells`` and
``safety`` hold the cell helpers (text is always text) and the xlsx/size/zip-bomb guards.

May import: ``report``, ``programme``, ``uncertainty``, ``model`` and everything below them,
openpyxl, numpy, pydantic.
Must not import: ``files``, ``ui``, ``cli``, streamlit.
"""
