"""Uncertainty on the model's own kernel: which inputs may vary, and what follows.

``slots`` (a scenario input that may vary, its base and range), ``parameter_slots`` (a
parameter as an uncertain input) and ``markov_slots`` (transitions and relative risks),
gathered and checked by ``inputs`` (what a scenario draws, in draw order, and the tornado's
inputs); ``param_flows`` (unit flows when parameters are drawn), ``draws``
(``UncertainModel``: the model's kernel wired for many draws, chunked), ``outcomes`` (what
is measured per draw), ``montecarlo`` and ``sensitivity`` (tornado, switching values).

May import: ``model`` and everything below it, numpy, pydantic, scipy.optimize.
Must not import: ``programme``, ``report``, ``excel``, ``files``, ``ui``, ``cli``.
"""
