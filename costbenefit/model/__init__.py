"""The calculation core: scenario + parameter set -> Result (ledger, metrics, views).

Pure: never reads files, prints, or imports streamlit, openpyxl or a database driver.
In data-flow order: ``structure`` (states, payers, categories) and ``scenario`` (the
inputs, with ``scenario_markov``); ``outcomes`` (what one success is: the outcome a study
measured and the course after it) and ``evidence_effect`` (an effect from the evidence
library); ``lifecourse`` and ``markov``/``markov_setup``/``markov_calibration`` (expected
state occupancy; transitions calibrated to a study's arms); ``states`` (persons by state
with and without the measure); ``taxes`` and ``unit_flows`` (flows per state and age from the set);
``discounting``; ``prepare`` (what a scenario needs before any draw), ``kernel`` (ledger
amounts for any number of draws), ``reduced`` (payer NPVs without the ledger), ``engine``
(``evaluate``); ``ledger``, ``metrics``, ``societal`` and ``wellbeing`` (the three views);
``irr`` and ``lifetime_cost``; ``notes`` (a warning as its Norwegian text with a key and
values, so a presenter can say it in another language).

Add a view: a module here that reads the ledger, called from ``engine.evaluate``, and a
field on ``Result``; the presenters in ``report`` then show it.

May import: ``costbenefit.errors``, ``parameters``, ``validation``, numpy, pydantic,
scipy.optimize (IRR).
Must not import: ``uncertainty``, ``programme``, ``report``, ``excel``, ``files``, ``ui``,
``cli``.
"""
