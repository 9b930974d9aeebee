"""Texts of the calculator's uncertainty section: the ranges the user declares, the
tornado, the switching value and Monte Carlo with its progress bar.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "uncertainty_head": {"nb": "Usikkerhet", "en": "Uncertainty"},
    "outcome": {"nb": "Resultatmål", "en": "Outcome"},
    # declared ranges
    "ranges_head": {"nb": "Usikre størrelser (lav – høy)", "en": "Uncertain inputs (low – high)"},
    "ranges_help": {
        "nb": "Kryss av for en størrelse du er usikker på, og oppgi lav og høy verdi. Verdien i "
              "sidepanelet er den mest sannsynlige (PERT-fordeling). Tornado bruker P10/P90 av "
              "fordelingen, ellers verdien ±20 %; Monte Carlo trekker fra fordelingene.",
        "en": "Tick an input you are unsure of and give a low and a high value. The value in "
              "the sidebar is the most likely one (PERT distribution). The tornado uses P10/P90 "
              "of the distribution, else the value ±20 %; Monte Carlo draws from them."},
    "range_on": {"nb": "Usikker", "en": "Uncertain"},
    "range_low": {"nb": "Lav", "en": "Low"},
    "range_high": {"nb": "Høy", "en": "High"},
    "other_declared": {"nb": "Også usikre fra scenarioet: {items}",
                       "en": "Also uncertain from the scenario: {items}"},
    "from_study": {"nb": "Også usikre fra studien ({study}): effekten trekkes fra studiens "
                         "konfidensintervall og avskrivningen fra et spenn som rommer ingen "
                         "varig effekt, med mindre du setter et eget spenn over.",
                   "en": "Also uncertain from the study ({study}): the effect is drawn from the "
                         "study's confidence interval and the decay from a range that includes "
                         "no lasting effect, unless you set your own range above."},
    "from_parameter_set": {"nb": "Også usikre fra parametersettet (fordeling i parameterfilen): "
                                 "{items}",
                           "en": "Also uncertain from the parameter set (distribution in the "
                                 "parameter file): {items}"},
    # tornado
    "tornado_head": {"nb": "Hva betyr mest? (tornado)", "en": "What matters most? (tornado)"},
    "tornado_caption": {
        "nb": "Hver størrelse ved lav og høy verdi, alt annet ved basisverdien "
              "({base}). Grønt: resultatet blir bedre, rødt: det blir verre. Sortert etter "
              "utslag.",
        "en": "Each input at its low and high value, all else at base ({base}). Green: the "
              "result gets better, red: it gets worse. Sorted by swing."},
    "tornado_better": {"nb": "bedre enn basisresultatet", "en": "better than the base result"},
    "tornado_worse": {"nb": "verre enn basisresultatet", "en": "worse than the base result"},
    "end_low": {"nb": "lav verdi", "en": "low value"},
    "end_high": {"nb": "høy verdi", "en": "high value"},
    "axis_input": {"nb": "Størrelse", "en": "Input"},
    "axis_npv": {"nb": "Nåverdi (mill. kr)", "en": "Present value (NOK million)"},
    "axis_end": {"nb": "Ende", "en": "End"},
    "axis_value": {"nb": "Verdi", "en": "Value"},
    "axis_swing": {"nb": "Utslag", "en": "Swing"},
    "col_pv": {"nb": "Nåverdi", "en": "Present value"},
    # switching value
    "switching_head": {"nb": "Bryteverdi", "en": "Switching value"},
    "switching_input": {"nb": "Størrelse", "en": "Input"},
    "switching_help": {"nb": "Verdien av størrelsen der nåverdien for valgt resultatmål blir "
                             "null, når alt annet er som i sidepanelet.",
                       "en": "The input's value at which the chosen outcome's NPV is zero, "
                             "all else as in the sidebar."},
    "switching_value": {"nb": "{label}: nåverdien blir null ved {value} (nå {base}).",
                        "en": "{label}: the NPV is zero at {value} (now {base})."},
    "switching_roots": {"nb": "Nærmest dagens verdi; {n} nullpunkter mellom {lo} og {hi}.",
                        "en": "Nearest today's value; {n} zero points between {lo} and {hi}."},
    "switching_none": {"nb": "Ingen bryteverdi: nåverdien er {sign} for alle verdier fra {lo} "
                             "til {hi}.",
                       "en": "No switching value: the NPV is {sign} for every value from {lo} "
                             "to {hi}."},
    "positive": {"nb": "positiv", "en": "positive"},
    "negative": {"nb": "negativ", "en": "negative"},
    # Monte Carlo
    "montecarlo_head": {"nb": "Usikkerhet (Monte Carlo)", "en": "Uncertainty (Monte Carlo)"},
    "mc_draws": {"nb": "Antall trekk", "en": "Draws"},
    "mc_draws_help": {"nb": "Flere trekk gir sikrere anslag, men tar lengre tid (høyst "
                            "{max}).",
                      "en": "More draws give steadier estimates but take longer (at most "
                            "{max})."},
    "mc_seed": {"nb": "Frø (seed)", "en": "Seed"},
    "mc_seed_help": {"nb": "Samme frø, antall trekk og forutsetninger gir alltid samme "
                           "resultat – også i kommandolinjen (costbenefit montecarlo).",
                     "en": "The same seed, draws and assumptions always give the same result "
                           "– also on the command line (costbenefit montecarlo)."},
    "mc_run": {"nb": "Kjør Monte Carlo", "en": "Run Monte Carlo"},
    "mc_auto": {"nb": "Kjør på nytt når forutsetningene endres",
                "en": "Run again when the assumptions change"},
    "mc_none": {"nb": "Kryss av for minst én usikker størrelse over for å kjøre Monte Carlo.",
                "en": "Tick at least one uncertain input above to run Monte Carlo."},
    "mc_stale": {"nb": "Forutsetningene er endret siden forrige kjøring. Trykk «Kjør Monte "
                       "Carlo» for å oppdatere.",
                 "en": "The assumptions changed since the last run. Press “Run Monte Carlo” "
                       "to update."},
    "mc_progress": {"nb": "Trekker {done} av {total} simuleringer …",
                    "en": "Drawing {done} of {total} simulations …"},
    "prob_positive": {"nb": "Sannsynlighet for nåverdi > 0", "en": "Probability NPV > 0"},
    "prob_positive_help": {"nb": "Andelen av {draws} trekk (frø {seed}) der nåverdien er "
                                 "positiv.",
                           "en": "Share of {draws} draws (seed {seed}) with a positive NPV."},
    "mc_percentile_help": {"nb": "Persentiler av nåverdien: 5 %, 50 % (median) og 95 % av "
                                 "trekkene ligger under.",
                           "en": "Percentiles of the NPV: 5 %, 50 % (median) and 95 % of the "
                                 "draws lie below."},
    "mc_caption": {"nb": "{draws} trekk, frø {seed}. Stiplet linje: null.",
                   "en": "{draws} draws, seed {seed}. Dashed line: zero."},
    "axis_draws": {"nb": "Antall trekk", "en": "Number of draws"},
}
