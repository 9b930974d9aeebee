"""The scenario a user describes: target group, intervention, prices and discounting.

Money inputs are in kroner of the scenario's `price_year`. Pure pydantic models with
``extra="forbid"``; reading YAML or Excel into them happens in the adapters.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from costbenefit.model.outcomes import SuccessOutcome
from costbenefit.model.scenario_markov import MarkovOptions
from costbenefit.model.scenario_non_priced import MAX_EFFECTS, NonPricedEffect
from costbenefit.model.scenario_reform import Reform
from costbenefit.parameters.distributions import Distribution
from costbenefit.parameters.schema import number_problem

# bounds a user understands, beyond which finite inputs overflow the model's sums
MAX_PARTICIPANTS = 10_000_000
MAX_MONEY = 1e12


class _Strict(BaseModel):
    # .inf and .nan are refused everywhere in a scenario (pydantic error `finite_number`)
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class CostPerPayer(_Strict):
    kommune: float = Field(0.0, ge=0, le=MAX_MONEY)
    fylkeskommune: float = Field(0.0, ge=0, le=MAX_MONEY)
    stat: float = Field(0.0, ge=0, le=MAX_MONEY)


class Cohort(_Strict):
    year: int = Field(ge=1900, le=2200)
    participants: float = Field(ge=0, le=MAX_PARTICIPANTS)

    @field_validator("participants", mode="before")
    @classmethod
    def _not_a_bool(cls, v: Any) -> Any:
        if isinstance(v, bool):
            raise ValueError(f"forventet et antall deltakere, ikke {str(v).lower()}; "
                             "skriv et tall, f.eks. participants: 100")
        return v


KostraFunction = Annotated[str, Field(pattern=r"^\d{3}$")]


class FixedCost(_Strict):
    year: int = Field(ge=1900, le=2200)
    payer: Literal["kommune", "fylkeskommune", "stat"]
    amount: float = Field(ge=0, le=MAX_MONEY)


class KommuneOptions(_Strict):
    """The kommune's own accounts (model/kommune_accounts.py): the inntektsutjevning (off
    for a national view), the kommune's tax level when it is not the set's (Trondheim),
    and whose tjenesteområder group the KOSTRA functions."""

    income_equalisation: bool = True
    tax_level: float | None = Field(None, ge=0.5, le=2.0)
    sectors: str = Field("trondheim", min_length=1)


class Discounting(_Strict):
    """`R-109` (from the parameter set), `flat` with `rate`, or `custom` with `steps`."""

    schedule: Literal["R-109", "flat", "custom"] = "R-109"
    rate: float | None = Field(None, gt=-0.5, lt=1.0)
    steps: list[tuple[int, float]] | None = None

    @model_validator(mode="after")
    def _needs_inputs(self) -> Discounting:
        if self.schedule == "flat" and self.rate is None:
            raise ValueError("schedule: flat krever `rate`, f.eks. rate: 0.04")
        if self.schedule == "custom" and not self.steps:
            raise ValueError("schedule: custom krever `steps`, f.eks. [[0, 0.04], [40, 0.03]]")
        return self


class Intervention(_Strict):
    name: str = ""
    cohorts: list[Cohort] = Field(min_length=1)
    duration_years: int = Field(1, ge=1, le=20)
    cost_per_participant_year: CostPerPayer = CostPerPayer()
    # cash paid to participants as part of the measure (e.g. a new youth benefit): a cost to
    # the paying budget and income to the person, not a real resource cost to society
    transfer_per_participant_year: CostPerPayer = CostPerPayer()
    fixed_costs: list[FixedCost] = []
    # the KOSTRA function the kommune's share of the measure's cost (per participant and
    # fixed) is booked on, e.g. 273 arbeidsrettede tiltak: the paying sector in the
    # cross-sector view
    kostra_function: KostraFunction | None = None
    # what a success is: the outcome the evidence measured (model/outcomes.py); the rates
    # are the shares in that outcome with and without the measure
    success_outcome: SuccessOutcome = "reference_life_course"
    # a study in the evidence library (`evidence.ips.reme_2019`) instead of typed rates:
    # it sets the outcome, the rates, persistence and Monte Carlo ranges (evidence_effect.py)
    effect: str | None = Field(None, min_length=3)
    success_rate_with: float = Field(0.0, ge=0.0, le=1.0)  # required in profile mode
    success_rate_without: float = Field(0.0, ge=0.0, le=1.0)
    attribution: float = Field(1.0, ge=0.0, le=1.0)
    effect_share: float = Field(1.0, ge=0.0, le=1.0)
    lag_years: int = Field(0, ge=0, le=50)
    persistence_years: int | None = Field(None, ge=1, le=100)
    decay: float = Field(0.0, ge=0.0, le=1.0)  # 1: the effect lasts its first year only

    @model_validator(mode="after")
    def _effect_or_rate(self) -> Intervention:
        # at its default (0) the rate counts as not given: a scenario dumped in full still reads
        if self.effect is not None and self.success_rate_with != 0.0:
            raise ValueError(
                "oppgi enten effect (en studie i evidensbiblioteket) eller "
                "success_rate_with, ikke begge: med effect regnes suksessraten med tiltaket "
                "fra studien")
        return self


PROFILE_ONLY = frozenset({"success_outcome", "effect", "success_rate_with",
                          "success_rate_without", "effect_share", "lag_years",
                          "persistence_years", "decay"})


class SocietalOptions(_Strict):
    """R-109 societal view: how many years count year by year, and what happens after.

    `analysis_period`: None (the default) uses the scenario's `horizon_years`, so the three
    views cover the same years; an integer sets the number of years; "R-109" takes it from
    the parameter set (`r109.analysis_period`, 40 years), shortened to the horizon.
    `residual_value`: "none" leaves out effects after the period; "remaining" books their
    present value, up to the horizon, as one row (restverdi) in the period's last year.
    """

    analysis_period: Annotated[int, Field(ge=1, le=100)] | Literal["R-109"] | None = None
    residual_value: Literal["none", "remaining"] = "none"


class ValueRange(_Strict):
    """Kroner per WELLBY in the scenario's kroneår; low and high default to central."""

    central: float = Field(gt=0, le=MAX_MONEY)
    low: float | None = Field(None, gt=0, le=MAX_MONEY)
    high: float | None = Field(None, gt=0, le=MAX_MONEY)


class WellbeingOptions(_Strict):
    """Wellbeing view: where the life-satisfaction effect comes from and how it is valued.

    `source`: "by_state" values the change in state occupancy with the mean life
    satisfaction of each state (`valuation.life_satisfaction_by_state`); "per_success"
    gives each success `delta_ls` points a year (default `valuation.job_life_satisfaction_
    effect`) for `duration_years` with `decay` (defaults: the intervention's persistence and
    decay). `valuation`: qaly_div_7, hm_treasury, osvb or own (needs `own_value`).
    `discounting`: None discounts WELLBYs like the scenario. `income_overlap`: "warn" keeps
    an income-inclusive effect and warns; "net_of_income" declares that `delta_ls` excludes
    the income gain (only with source per_success and an explicit `delta_ls`).
    """

    source: Literal["by_state", "per_success"] = "by_state"
    delta_ls: float | None = Field(None, ge=-10, le=10)
    duration_years: int | None = Field(None, ge=1, le=100)
    decay: float | None = Field(None, ge=0.0, lt=1.0)
    valuation: Literal["qaly_div_7", "hm_treasury", "osvb", "own"] = "qaly_div_7"
    own_value: ValueRange | None = None
    discounting: Discounting | None = None
    real_price_growth: bool = True
    income_overlap: Literal["warn", "net_of_income"] = "warn"

    @model_validator(mode="after")
    def _consistent(self) -> WellbeingOptions:
        if self.valuation == "own" and self.own_value is None:
            raise ValueError(
                "valuation: own krever `own_value`, f.eks. own_value: {central: 175000}"
            )
        if self.income_overlap == "net_of_income" and (
            self.source != "per_success" or self.delta_ls is None
        ):
            raise ValueError(
                "income_overlap: net_of_income krever source: per_success og en egen "
                "`delta_ls` uten inntektseffekten; livstilfredshet etter tilstand og "
                "standardeffekten av jobb inkluderer inntekten"
            )
        return self


class Published(_Strict):
    """A figure a study published, to check a replication against: `metric` is a path in
    the JSON result (e.g. `societal.bcr`), `value` the published number."""

    metric: str = Field(min_length=1)
    value: float
    source: str = Field(min_length=3)
    tolerance: float = Field(0.15, gt=0, le=1)  # relative
    # false: the tool does not reach the figure with the study's own inputs; `reason` says
    # which input is missing (a test checks the figure really is outside the tolerance)
    reproduced: bool = True
    reason: str = ""

    @model_validator(mode="after")
    def _reason_when_not_reproduced(self) -> Published:
        if not self.reproduced and len(self.reason.strip()) < 10:
            raise ValueError("reproduced: false krever `reason`: hvilken inndata studien ikke "
                             "publiserer, og hvilket spenn av den som ville gitt tallet")
        return self


class Scenario(_Strict):
    name: str = Field(min_length=1)
    description: str = ""
    target_group: str
    start_age: int = Field(ge=0, le=100)
    start_year: int = Field(ge=1990, le=2100)
    price_year: int = Field(ge=1900, le=2100)
    rules_year: int | None = Field(None, ge=1900, le=2100)
    horizon_years: int = Field(ge=1, le=100)
    discounting: Discounting = Discounting()
    intervention: Intervention
    societal: SocietalOptions = SocietalOptions()
    wellbeing: WellbeingOptions = WellbeingOptions()
    kommune: KommuneOptions = KommuneOptions()
    # {parameter name: value} replacing the set's value for this scenario only; reported in
    # every output and tagged as an assumption (see ParameterSet.with_overrides)
    parameter_overrides: dict[str, Any] = {}
    # input path (e.g. `intervention.success_rate_with`, `param:NAME`) -> distribution;
    # used by `montecarlo` and `sensitivity`, checked against the model in uncertainty/inputs.py
    uncertainty: dict[str, Distribution] = {}
    # also draw the parameter set's own distributions (`distribution:` in a parameter file)
    # for the parameters this scenario's flows read; false keeps only `uncertainty:`
    uncertainty_from_parameters: bool = True
    # profile: a success lifts a participant onto the reference trajectory; markov: the
    # measure changes transition probabilities (`markov:` section, model/scenario_markov.py)
    mode: Literal["profile", "markov"] = "profile"
    markov: MarkovOptions | None = None
    # a change to the rules for the participants (model/scenario_reform.py, model/reform.py)
    reform: Reform | None = None
    # replications (examples/replications/): what the study published, checked by a test
    published: list[Published] = []
    non_priced: list[NonPricedEffect] = Field([], max_length=MAX_EFFECTS)  # DFØ, pluss–minus

    @field_validator("parameter_overrides")
    @classmethod
    def _finite_overrides(cls, v: dict[str, Any]) -> dict[str, Any]:
        # the unit's range is checked against the parameter set (ParameterSet.with_overrides)
        for name, value in v.items():
            problem = number_problem(value)
            if problem:
                raise ValueError(f"parameter_overrides.{name}: {problem}")
        return v

    @model_validator(mode="after")
    def _mode_inputs(self) -> Scenario:
        given = self.intervention.model_fields_set
        if self.mode == "profile":
            if self.markov is not None:
                raise ValueError("seksjonen `markov:` brukes bare med mode: markov")
            if "success_rate_with" not in given and self.intervention.effect is None:
                raise ValueError("intervention.success_rate_with mangler; oppgi andelen som "
                                 "lykkes med tiltaket, f.eks. success_rate_with: 0.37")
            return self
        if self.markov is None:
            raise ValueError("mode: markov krever en seksjon `markov:` med minst `start`, "
                             "f.eks. markov: {start: {aap: 1.0}}")
        defaults = Intervention.model_fields
        profile_only = sorted(f for f in given & PROFILE_ONLY
                              if getattr(self.intervention, f) != defaults[f].default)
        if profile_only:
            raise ValueError(
                f"intervention.{profile_only[0]} brukes ikke i mode: markov; effekten angis "
                "som markov.transition_effects (relativ risiko per overgang). Fjern feltet"
            )
        if self.wellbeing.source != "by_state":
            raise ValueError("wellbeing.source: per_success brukes ikke i mode: markov; "
                             "bruk by_state (livstilfredshet etter tilstand)")
        return self

    @model_validator(mode="after")
    def _cohorts_in_horizon(self) -> Scenario:
        end = self.start_year + self.horizon_years - 1
        for i, c in enumerate(self.intervention.cohorts):
            if not self.start_year <= c.year <= end:
                raise ValueError(
                    f"intervention.cohorts.{i}.year = {c.year} ligger utenfor analyseperioden "
                    f"{self.start_year}–{end}"
                )
        for i, c in enumerate(self.intervention.fixed_costs):
            if not self.start_year <= c.year <= end:
                raise ValueError(
                    f"intervention.fixed_costs.{i}.year = {c.year} ligger utenfor "
                    f"analyseperioden {self.start_year}–{end}"
                )
        return self

    @model_validator(mode="after")
    def _analysis_period_in_horizon(self) -> Scenario:
        period = self.societal.analysis_period
        if isinstance(period, int) and period > self.horizon_years:
            raise ValueError(
                f"societal.analysis_period = {period} er lengre enn horizon_years = "
                f"{self.horizon_years}; virkningene er bare beregnet i horisonten. Sett "
                f"analysis_period til høyst {self.horizon_years} eller øk horizon_years"
            )
        return self

    @property
    def effective_rules_year(self) -> int:
        return self.rules_year or self.price_year


def rules_date(scenario: Scenario | int) -> dt.date:
    """The date whose rules (tax, benefits, parameter values) a scenario, or a rules year,
    is evaluated with: 1 July of the rules year."""
    year = scenario if isinstance(scenario, int) else scenario.effective_rules_year
    return dt.date(year, 7, 1)
