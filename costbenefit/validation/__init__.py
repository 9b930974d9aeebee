"""The input gate: reading YAML safely and turning validation errors into Norwegian.

``yaml_safe`` refuses duplicate keys and unsafe tags; ``messages`` turns a pydantic error
into one :class:`~costbenefit.errors.InputError` naming the file, the field and the fix.
Every loader (parameter files, scenarios, portfolios, the app's form) goes through here.

May import: ``costbenefit.errors``, pyyaml, pydantic.
Must not import: any other costbenefit package.
"""
