"""Reading and writing project files: scenarios (YAML or a filled budget template),
portfolios and the scenario files they name, the shipped examples and their headlines,
and the parameter catalogue in ``docs/``.

Above ``excel`` because a filled template is a workbook. The core never reads files;
this package is where the CLI, the app and the scripts do.

May import: ``excel``, ``report`` and everything below them, pydantic.
Must not import: ``ui``, ``cli``.
"""
