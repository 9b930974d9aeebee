"""The user guide: what the three views mean, why transfers are not a societal cost, what
*hvor mange må lykkes*, a rule change (reform), the uncertainty tools and the confidence tags
mean, and how the Excel files are used. Norwegian is the source text."""

from __future__ import annotations

from costbenefit.parameters.schema import CONFIDENCE_LABELS_NB, Confidence

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
   Nøkkeltall: netto nåverdi for samfunnet, nytte-kostnadsbrøk og netto nytte per
   budsjettkrone. Under «Samfunnsøkonomi og livskvalitet» i sidepanelet velger du
   analyseperiode (som analyseperioden, R-109s 40 år eller eget antall år) og om virkninger
   etter perioden skal tas med som restverdi.
3. **Livskvalitet (WELLBY)**: hvor mye bedre livet blir, målt i poeng livstilfredshet (0–10)
   per person per år, og verdsatt i kroner etter en valgt regel: norsk QALY-verdi ÷ 7,
   HM Treasury, Open Social Value Bank eller en egen verdi. Ingen av dem er en offisiell norsk
   WELLBY-verdi, så prøv flere og se hvor mye valget betyr. Kalkulatoren viser lav, sentral og
   høy verdi og kostnad per WELLBY.

Visningene vises side om side og **legges aldri sammen** til ett tall: da ville det samme
blitt talt flere ganger. Livskvalitetsgevinsten av å komme i arbeid inkluderer for eksempel
gleden av høyere inntekt, som den samfunnsøkonomiske visningen allerede teller som produksjon.

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

## Regelendringer (reform)
Noen tiltak flytter ikke folk mellom tilstander, men endrer reglene for dem som er der
uansett – for eksempel *Et enklere NAV*: én statlig ytelse i stedet for sosialhjelp og
andre ytelser. Under «Regelendring (reform)» i sidepanelet oppgir du den nye ytelsen (i G),
hvem som betaler den, om den er skattepliktig, hvem som har rett (tilstander og alder),
hvor mange av dem som tar den opp, og hvilke ytelser den erstatter. Kalkulatoren viser
**regelendringen alene** – hvem betaler og hvem sparer, år for år og i nåverdi – og hvor
mange flere i arbeid som trengs for at kommunen, staten og offentlig sektor hver for seg går
i balanse. En regelendring kan kombineres med en atferdseffekt (suksessratene). I den
samfunnsøkonomiske visningen er ytelsene overføringer; bare skattefinansieringskostnaden
teller.

## Usikkerhet
- **Usikre størrelser**: kryss av for en størrelse du er usikker på (suksessrate med eller
  uten tiltaket, kostnad per deltakerår) og oppgi lav og høy verdi. Verdien i sidepanelet er
  den mest sannsynlige. Scenarioer kan også ha egne fordelinger (seksjonen `uncertainty:`).
- **Tornado** («hva betyr mest?»): hver størrelse settes til lav og høy verdi mens alt annet
  står fast. De lengste stolpene øverst er de forutsetningene resultatet er mest følsomt for –
  dem er det verdt å finne bedre tall for.
- **Bryteverdi**: verdien av én størrelse der nåverdien blir null. For suksessraten er det
  den samme som suksessraten som gir balanse.
- **Monte Carlo**: trekker alle usikre størrelser samtidig mange ganger (standard 2 000, høyst
  20 000) og viser fordelingen av nåverdien, **sannsynligheten for at nåverdien er positiv**,
  og P5, P50 (median) og P95: 90 % av trekkene ligger mellom P5 og P95. Samme frø (seed) gir
  alltid samme svar, også i kommandolinjen. Den kjøres bare når du ber om det.

Usikkerhetsanalysen fanger bare den usikkerheten du har lagt inn. Den sier ingenting om feil i
selve modellen eller i forløpene for målgruppen.

## Excel
Last ned hele beregningen som Excel-arbeidsbok med levende formler og kilder. Prosjekteiere kan
laste ned en tom budsjettmal, fylle den ut og laste den opp igjen i sidepanelet. Feil i malen
vises med navnet på arket og cellen, slik at de er lette å rette.

## Nåverdi og diskontering
Kroner langt fram i tid er mindre verdt enn kroner i dag. R-109 bruker 4 % rente de første
40 årene, så 3 % og til slutt 2 %. År 0 (tiltakets første år) diskonteres ikke.
Nedbetalingsåret er det første året der den diskonterte, akkumulerte gevinsten blir og
forblir positiv.

## Hvor sikre er tallene? (konfidensmerking)
Hvert tall i parametersettet har en kilde og en merking. Åpne «Hvor kommer tallene fra?» i
kalkulatoren for å se dem: parameternavn, enhet, kroneår, lenke til kilden og merkingen under.
Parametere som scenarioet overstyrer (`parameter_overrides`), er merket «Overstyrt» og regnes
som forutsetninger, ikke evidens.
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
   Choose the analysis period and the residual value under "Societal and wellbeing views".
3. **Wellbeing (WELLBY)**: one point of life satisfaction (0–10) for one person for one year,
   valued in kroner by a chosen rule (Norwegian QALY value ÷ 7, HM Treasury, Open Social
   Value Bank or your own value). None is an official Norwegian WELLBY value.

The views are shown side by side and **never added into one number**.

## Why transfers are not a cost to society
A benefit moves money from the public purse to a person: what one pays, another receives.
Only its **financing cost** (the efficiency loss of the taxes that pay for it, 20 % in R-109)
counts in the societal view.

## Successes needed (hvor mange må lykkes)
How many *extra* participants (beyond those who would succeed anyway) must succeed for public
budgets to break even: the measure's cost (present value) divided by the public gain of one
success (present value). Above 100 % means it cannot pay for itself from budgets alone.

## Rule changes (reform)
Some measures do not move people between states but change the rules for those who are
there anyway – e.g. *Et enklere NAV*: one state benefit instead of social assistance and
other benefits. Under "Rule change (reform)" in the sidebar, give the new benefit (in G), who
pays it, whether it is taxable, who is eligible (states and ages), the take-up and the
benefits it replaces. The calculator shows **the rule change alone** – who pays and who
saves, per year and in present value – and how many more in work are needed for the
municipality, the state and the public sector each to break even. A rule change may be
combined with a behavioural effect (the success rates). In the societal view benefits are
transfers; only the marginal cost of public funds counts.

## Uncertainty
- **Uncertain inputs**: tick an input and give a low and a high value; the sidebar value is the
  most likely one.
- **Tornado**: each input at its low and high value, all else fixed; the longest bars matter
  most.
- **Switching value**: the value of one input at which the NPV is zero.
- **Monte Carlo**: draws all uncertain inputs together (2,000 by default, at most 20,000) and
  shows the probability that the NPV is positive and P5, P50 and P95. The same seed always
  gives the same answer, also on the command line. It runs only when asked.

## Excel
Download the whole calculation as a workbook with live formulas, or a blank budget template to
fill in and upload again. Errors in the template name the sheet and cell.

## Discounting
R-109 uses 4 % for the first 40 years, then 3 % and finally 2 %. Year 0 is not discounted.

## How sure are the numbers? (confidence tags)
Every number in the parameter set has a source and a tag. Open "Where do the numbers come
from?" in the calculator to see them. Parameters the scenario overrides are marked
"Overridden" and count as assumptions.
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
