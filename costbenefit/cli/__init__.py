"""The command line: ``main`` (the parser, exit codes 0/2/1, Norwegian argparse messages)
and one module per subcommand (``evaluate``, ``compare``, ``montecarlo``, ``sensitivity``,
``portfolio``, ``params``, ``template``, ``library``).

Building the parser imports nothing but these modules: each subcommand imports what it
uses inside its ``run``, so ``evaluate --format json`` never loads the Excel or app code.
Add a subcommand: a module here with ``register(sub)`` and ``run(args) -> str``, listed in
``main.COMMANDS``.

May import: every other costbenefit package except ``ui``; tqdm (``progress``, the bar on
stderr for long Monte Carlo runs), imported inside the commands' ``run``.
Must not import: ``ui``. No costbenefit package imports ``cli``; its entry points are
``costbenefit.__main__`` and the ``costbenefit`` script.
"""
