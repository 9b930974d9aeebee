"""The one exception type that means "the user's input is wrong" (CLI exit code 2)."""

from __future__ import annotations


class InputError(ValueError):
    """Invalid user input: a message in Norwegian naming the file, field and fix."""

    def __init__(self, message: str, *, source: str | None = None, field: str | None = None,
                 problems: tuple[str, ...] = ()):
        self.message = message
        self.source = source
        self.field = field
        # every problem found ("field: what"), when there were several; the message is the
        # first (the CLI prints one line, the app lists them all)
        self.problems = problems
        where = " · ".join(p for p in (source, field) if p)
        super().__init__(f"{where}: {message}" if where else message)

    def in_file(self, source: str) -> InputError:
        """The same error, naming `source` when it does not name a file already."""
        if self.source is not None:
            return self
        return InputError(self.message, source=source, field=self.field,
                          problems=self.problems)
