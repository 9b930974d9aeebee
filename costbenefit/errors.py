"""The one exception type that means "the user's input is wrong" (CLI exit code 2)."""


class InputError(ValueError):
    """Invalid user input: a message in Norwegian naming the file, field and fix."""

    def __init__(self, message: str, *, source: str | None = None, field: str | None = None):
        self.source = source
        self.field = field
        where = " · ".join(p for p in (source, field) if p)
        super().__init__(f"{where}: {message}" if where else message)
