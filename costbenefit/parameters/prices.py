"""Price-year (kroneår) conversion with the consumer price index (KPI)."""

from __future__ import annotations

from dataclasses import dataclass

from costbenefit.errors import InputError


@dataclass(frozen=True)
class PriceIndex:
    """An annual index such as KPI (2015 = 100), keyed by calendar year."""

    name: str
    levels: dict[int, float]

    def __post_init__(self) -> None:
        if not self.levels or any(v <= 0 for v in self.levels.values()):
            raise InputError("prisindeksen må ha minst ett år og bare positive verdier",
                             source=self.name)

    def level(self, year: int) -> float:
        try:
            return self.levels[year]
        except KeyError:
            first, last = min(self.levels), max(self.levels)
            raise InputError(
                f"kroneåret {year} ligger utenfor prisindeksen ({first}–{last}). "
                f"Velg et kroneår mellom {first} og {last}, eller utvid indeksserien",
                source=self.name,
            ) from None

    def factor(self, from_year: int, to_year: int) -> float:
        """Multiply a value in `from_year` kroner by this to get `to_year` kroner."""
        return self.level(to_year) / self.level(from_year)

    def convert(self, amount: float, from_year: int, to_year: int) -> float:
        return amount * self.factor(from_year, to_year)
