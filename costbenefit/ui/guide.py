"""The user guide: what the views mean, why transfers are not a societal cost, what the
confidence tags and *hvor mange må lykkes* mean. Norwegian is the source text."""

from __future__ import annotations

from costbenefit.parameters import CONFIDENCE_LABELS_NB, Confidence

GUIDE = {
    "nb": """
## Hva kalkulatoren gjør
Du beskriver et tiltak for en målgruppe: hvor mange deltakere, hva det koster hver betaler,
og hvor mange som lykkes med og uten tiltaket. Kalkulatoren regner ut hva det betyr for
offentlige budsjetter år for år, hvem som får gevinsten, og når tiltaket har betalt seg.

## De tre visningene
1. **Budsjettvirkning** (som KS' Utenfor-regnskapet): penger inn og ut av offentlige
   budsjetter – kommune, fylkeskommune og stat. Sparte stønader og tjenester og økte
   skatteinntekter teller som gevinst, tiltakets kostnad som utgift. Den viser **bare
   offentlige budsjetter**, ikke om tiltaket er lønnsomt for samfunnet.
2. **Samfunnsøkonomisk lønnsomhet** (Finansdepartementets rundskriv R-109 og DFØs veileder):
   virkninger for hele samfunnet – økt produksjon når folk kommer i arbeid, sparte ressurser i
   tjenestene, tiltakets kostnad og skattefinansieringskostnaden (20 % av netto offentlig
   budsjettvirkning).
3. **Livskvalitet (WELLBY)**: hvor mye bedre livet blir, målt i poeng livstilfredshet (0–10)
   per person per år, og verdsatt i kroner etter en valgt regel.

Visningene vises side om side og **legges aldri sammen** til ett tall: da ville det samme
blitt talt flere ganger.

## Hvorfor stønader ikke er en kostnad for samfunnet
En stønad (for eksempel AAP eller sosialhjelp) flytter penger fra det offentlige til en
person. For budsjettet er den en utgift, men for samfunnet som helhet forsvinner ingen
ressurser: det én betaler, får en annen. Derfor teller bare **finansieringskostnaden** –
at skatter for å betale stønaden gir et effektivitetstap (20 % etter R-109) – i den
samfunnsøkonomiske visningen.

## Hvor mange må lykkes
Hvor mange *ekstra* deltakere (utover dem som ville lyktes uansett) som må lykkes for at
offentlige budsjetter går i null over analyseperioden: tiltakets kostnad (nåverdi) delt på
den offentlige gevinsten av én suksess (nåverdi). Kalkulatoren viser også suksessraten som
gir balanse. Er den over 100 %, kan tiltaket ikke betale seg for offentlige budsjetter alene.

## Nåverdi og diskontering
Kroner langt fram i tid er mindre verdt enn kroner i dag. R-109 bruker 4 % rente de første
40 årene, så 3 % og til slutt 2 %. År 0 (tiltakets første år) diskonteres ikke.
Nedbetalingsåret er det første året der den diskonterte, akkumulerte gevinsten blir og
forblir positiv.

## Hvor sikre er tallene? (konfidensmerking)
Hvert tall i parametersettet har en kilde og en merking. Åpne «Hvor kommer tallene fra?» i
kalkulatoren for å se dem. Verdier du har overstyrt, er merket.
""",
    "en": """
## What the calculator does
You describe a measure for a target group: how many participants, what it costs each payer,
and how many succeed with and without it. The calculator works out what that means for
public budgets year by year, who gains, and when the measure has paid for itself.

## The three views
1. **Budget effect** (as in KS's Utenfor-regnskapet): money in and out of public budgets –
   municipality, county and state. It shows **public budgets only**, not whether the measure
   is worthwhile for society.
2. **Social cost-benefit** (the Ministry of Finance's circular R-109 and DFØ's guide): real
   resource effects for society as a whole – production, saved resources in services, the
   measure's cost and the marginal cost of public funds (20 % of the net budget effect).
3. **Wellbeing (WELLBY)**: one point of life satisfaction (0–10) for one person for one year,
   valued in kroner by a chosen rule.

The views are shown side by side and **never added into one number**.

## Why transfers are not a cost to society
A benefit moves money from the public purse to a person: what one pays, another receives.
Only its **financing cost** (the efficiency loss of the taxes that pay for it, 20 % in R-109)
counts in the societal view.

## Successes needed (hvor mange må lykkes)
How many *extra* participants (beyond those who would succeed anyway) must succeed for public
budgets to break even: the measure's cost (present value) divided by the public gain of one
success (present value). Above 100 % means it cannot pay for itself from budgets alone.

## Discounting
R-109 uses 4 % for the first 40 years, then 3 % and finally 2 %. Year 0 is not discounted.

## How sure are the numbers? (confidence tags)
Every number in the parameter set has a source and a tag. Open "Where do the numbers come
from?" in the calculator to see them. Values you overrode are marked.
""",
}

CONFIDENCE_EXPLAINED = {
    Confidence.official: ("lest i lov, rundskriv eller offisiell statistikk",
                          "read in a statute, circular or official statistics"),
    Confidence.published: ("lest i en publisert rapport eller artikkel",
                           "read in a published report or article"),
    Confidence.derived: ("vår utregning fra leste tall; utregningen står i notatet",
                         "our arithmetic on read values; the working is in the note"),
    Confidence.estimate: ("et anslag eller en framskriving fra leste tall",
                          "a projection or judgement from read values"),
    Confidence.assumption: ("en forutsetning vi har valgt – ikke evidens; bytt den ut når "
                            "bedre tall finnes", "a placeholder we chose, not evidence"),
    Confidence.unverified: ("husket, men ikke bekreftet i en kilde",
                            "recalled, not confirmed in a source"),
}


def confidence_rows(lang: str) -> list[dict[str, str]]:
    """One row per confidence tag: the tag, its Norwegian label, what it means."""
    nb = lang == "nb"
    return [{"tag": c.value,
             "merking" if nb else "label": CONFIDENCE_LABELS_NB[c],
             "betyr" if nb else "meaning": CONFIDENCE_EXPLAINED[c][0 if nb else 1]}
            for c in Confidence]
