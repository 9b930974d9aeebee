"""Parameter sets: the data with provenance that every number in the model comes from.

``schema`` (a parameter, a set, references, confidence tags), ``loader`` (one YAML file a
parameter under ``parameters/<set>/``, its folder path its name; fails loudly naming file,
key and fix), ``dated_view`` (the values at one rules date, money in one kroneår), ``prices``
(KPI conversion), ``diff`` (what changed between two sets) and ``distributions`` (the
laws a parameter file or a scenario may declare for an uncertain value; they live here,
the lowest place that declares them, and the uncertainty package draws from them; their
normal and beta quantiles come from ``special_functions``, in numpy, not scipy).

Add a parameter: a YAML file under ``parameters/no/<topic>/``; nothing here changes.

May import: ``costbenefit.errors``, ``costbenefit.validation``, numpy, pydantic, and
scipy.special only lazily, for a beta shape outside what ``special_functions`` covers.
Must not import: ``model`` or anything above it.
"""
