"""Non-priced effects (DFØ's *ikke-prissatte virkninger*), assessed with the pluss–minus method.

YAML::

    non_priced:
      - name: Økt mestring hos unge
        description: Antakelse: deltakerne opplever mer mestring utover det lønnen gir.
        betydning: middels          # liten | middels | stor
        omfang: middels positivt    # or the symbol: "+++" … "0" … "---" (ASCII '-' or '−')
        konsekvens: "++"            # optional: "----" … "0" … "++++"; default from the matrix

The *betydning* (how important the affected good is) times the *omfang* (how much the measure
changes it, from stort negativt to stort positivt) gives the *konsekvens* on the scale −−−− …
++++. The matrix below is DFØ's konsekvensmatrise as recalled (not checked against the guide's
current text): the konsekvens has the sign of the omfang and ``|omfang| + betydning − 2``
pluses or minuses (liten 1, middels 2, stor 3), at least none. DFØ leaves room for judgement,
so a konsekvens one step from the matrix is accepted; one further away, or of the other sign,
is refused. The effects are shown beside the priced results and never added to a kroner
figure, nor to each other.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MINUS = "−"  # U+2212, how the scale is printed; ASCII '-' is what is stored
BETYDNING = ("liten", "middels", "stor")
BETYDNING_WEIGHT = {"liten": 1, "middels": 2, "stor": 3}
# omfang: its Norwegian label (the stored value), its step and its symbol
OMFANG_STEPS: dict[str, int] = {
    "stort negativt": -3,
    "middels negativt": -2,
    "lite negativt": -1,
    "intet": 0,
    "lite positivt": 1,
    "middels positivt": 2,
    "stort positivt": 3,
}
OMFANG = tuple(OMFANG_STEPS)
KONSEKVENS = ("----", "---", "--", "-", "0", "+", "++", "+++", "++++")
MAX_EFFECTS = 50

Betydning = Literal["liten", "middels", "stor"]
Omfang = Literal["stort negativt", "middels negativt", "lite negativt", "intet",
                 "lite positivt", "middels positivt", "stort positivt"]
Konsekvens = Literal["----", "---", "--", "-", "0", "+", "++", "+++", "++++"]


def symbol(step: int) -> str:
    """A step on the scale as ASCII pluses or minuses ('0' for none)."""
    return "0" if step == 0 else ("+" if step > 0 else "-") * abs(step)


def score(konsekvens: str) -> int:
    """'++' → 2, '---' → −3, '0' → 0."""
    return 0 if konsekvens == "0" else len(konsekvens) * (1 if konsekvens[0] == "+" else -1)


def printed(konsekvens: str) -> str:
    """The konsekvens as printed: with the typographic minus (−−), as DFØ writes it."""
    return konsekvens.replace("-", MINUS)


def matrix_konsekvens(betydning: str, omfang: str) -> str:
    """DFØ's konsekvensmatrise (as recalled): betydning × omfang → konsekvens."""
    step = OMFANG_STEPS[omfang]
    if step == 0:
        return "0"
    size = max(0, abs(step) + BETYDNING_WEIGHT[betydning] - 2)
    return symbol(size if step > 0 else -size)


OMFANG_SYMBOLS = {symbol(step): label for label, step in OMFANG_STEPS.items()}


def _scale_text(text: str) -> str:
    """Spaces dropped and the typographic minus (and en dash) read as ASCII '-'."""
    return "".join(text.split()).replace(MINUS, "-").replace("–", "-")


def _level(value: Any, allowed: tuple[str, ...], symbols: dict[str, str], example: str) -> str:
    """A level written as a word (any case, '_' for a space) or, for omfang, a symbol."""
    if not isinstance(value, str):
        raise ValueError(f"forventet tekst, fikk {value!r}; {example}")
    words = " ".join(value.lower().replace("_", " ").split())
    if words in allowed:
        return words
    if _scale_text(value) in symbols:
        return symbols[_scale_text(value)]
    raise ValueError(f"ukjent nivå {value!r}; {example}")


BETYDNING_HELP = "bruk liten, middels eller stor"
OMFANG_HELP = ("bruk stort, middels eller lite positivt/negativt eller intet, eller tegnene "
               "+++, ++, +, 0, -, --, --- (stort positivt … stort negativt)")
KONSEKVENS_HELP = "bruk en av ----, ---, --, -, 0, +, ++, +++, ++++ (- eller − for minus)"


class NonPricedEffect(BaseModel):
    """One non-priced effect: what it is, and its place on DFØ's pluss–minus scale."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    description: str = Field("", max_length=4000)
    betydning: Betydning
    omfang: Omfang
    # set from the matrix when not given (None only while a level is invalid), so a dump
    # without defaults keeps a konsekvens that differs from the matrix
    konsekvens: Konsekvens | None = None

    @field_validator("name", mode="before")
    @classmethod
    def _strip(cls, v: Any) -> Any:
        return v.strip() if isinstance(v, str) else v

    @field_validator("betydning", mode="before")
    @classmethod
    def _betydning(cls, v: Any) -> str:
        return _level(v, BETYDNING, {}, BETYDNING_HELP)

    @field_validator("omfang", mode="before")
    @classmethod
    def _omfang(cls, v: Any) -> str:
        return _level(v, OMFANG, OMFANG_SYMBOLS, OMFANG_HELP)

    @field_validator("konsekvens", mode="before")
    @classmethod
    def _konsekvens(cls, v: Any) -> str:
        if isinstance(v, int) and not isinstance(v, bool) and -4 <= v <= 4:
            v = symbol(v)  # a bare 0 in YAML
        if not isinstance(v, str) or _scale_text(v) not in KONSEKVENS:
            raise ValueError(f"ukjent konsekvens {v!r}; {KONSEKVENS_HELP}")
        return _scale_text(v)

    @model_validator(mode="before")
    @classmethod
    def _default_konsekvens(cls, data: Any) -> Any:
        """Without a konsekvens (or with an empty one), DFØ's matrix gives it."""
        if not isinstance(data, dict):
            return data
        given = data.get("konsekvens")
        if given is not None and not (isinstance(given, str) and not given.strip()):
            return data
        try:
            betydning = _level(data.get("betydning"), BETYDNING, {}, "")
            omfang = _level(data.get("omfang"), OMFANG, OMFANG_SYMBOLS, "")
        except ValueError:
            return data  # the field validators name the level that is wrong
        return {**data, "konsekvens": matrix_konsekvens(betydning, omfang)}

    @model_validator(mode="after")
    def _fits_matrix(self) -> NonPricedEffect:
        """At most one step from DFØ's matrix, and with the sign of the omfang."""
        if self.konsekvens is None:  # only when given as None explicitly and levels unknown
            raise ValueError(f"konsekvens mangler; {KONSEKVENS_HELP}")
        step, want = self.score, score(self.matrix)
        direction = OMFANG_STEPS[self.omfang]
        wrong_sign = step * direction < 0 or (direction == 0 and step != 0)
        if wrong_sign or abs(step - want) > 1:
            near = ", ".join(printed(symbol(s)) for s in range(want - 1, want + 2)
                             if -4 <= s <= 4 and s * direction >= 0
                             and (direction != 0 or s == 0))
            raise ValueError(
                f"konsekvens {printed(self.shown_konsekvens)} passer ikke med betydning "
                f"{self.betydning} og omfang {self.omfang} etter DFØs konsekvensmatrise, som "
                f"gir {printed(self.matrix)} (godtatt her: {near}). Rett "
                "konsekvensen, eller endre betydning eller omfang")
        return self

    @property
    def shown_konsekvens(self) -> str:
        """The konsekvens (always set once validated; the matrix's as a fallback)."""
        return self.konsekvens or self.matrix

    @property
    def score(self) -> int:
        return score(self.shown_konsekvens)

    @property
    def matrix(self) -> str:
        """What DFØ's matrix gives for this betydning and omfang."""
        return matrix_konsekvens(self.betydning, self.omfang)
