"""The calculation core: scenario + parameter set -> Result (ledger, metrics, views).

Pure: never reads files, prints, or imports streamlit, openpyxl or a database driver.
In data-flow order: ``structure`` (states, payers, categories) and ``scenario`` (the
inputs, with ``scenario_markov``); ``lifecourse`` and ``markov``/``markov_setup`` (expected
state occupancy); ``taxes`` and ``unit_flows`` (flows per state and age from the set);
``discounting``; ``prepare`` (what a scenario needs before any draw), ``kernel`` (ledger
amounts for any number of draws), ``reduced`` (payer NPVs without the ledger), ``engine``
(``evaluate``); ``ledger``, ``metrics``, ``societal`` and ``wellbeing`` (the three views);
``irr`` and ``lifetime_cost``.

Add a view: a module here that reads the ledger, called from ``engine.evaluate``, and a
field on ``Result``; the presenters in ``report`` then show it.

May import: ``costbenefit.errors``, ``parameters``, ``validation``, numpy, pydantic,
scipy.optimize (IRR).
Must not import: ``uncertainty``, ``programme``, ``report``, ``excel``, ``files``, ``ui``,
``cli``.
"""
