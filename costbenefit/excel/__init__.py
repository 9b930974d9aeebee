"""Excel adapters: the live-formula workbook, the comparison workbook and the budget template.

The only package that imports openpyxl. Everything here reads the engine's Result (or
writes a Scenario for it); nothing here computes a number the engine does not also give.
"""
