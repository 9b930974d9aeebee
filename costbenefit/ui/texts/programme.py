"""Texts of the programme page: a portfolio of projects on one calendar axis, its budget
need by year and payer, who gains, each project's line and the combined uncertainty."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "nav_programme": {"nb": "Programmet", "en": "Programme"},
    "prog_intro": {
        "nb": "Et program er flere tiltak (prosjekter) på én kalenderakse, hvert fra sitt "
              "startår, diskontert til programmets start. Velg en programfil, eller last opp "
              "utfylte budsjettmaler: hver blir et prosjekt fra sitt eget startår.",
        "en": "A programme is several measures (projects) on one calendar axis, each from its "
              "own start year, discounted to the programme's start. Pick a programme file, or "
              "upload filled budget templates: each becomes a project from its own start year."},
    "prog_source": {"nb": "Program", "en": "Programme"},
    "prog_uploaded_option": {"nb": "Opplastede budsjettmaler", "en": "Uploaded budget templates"},
    "prog_upload": {"nb": "Last opp utfylte budsjettmaler (.xlsx, én eller flere)",
                    "en": "Upload filled budget templates (.xlsx, one or more)"},
    "prog_upload_help": {
        "nb": "Hver mal blir et prosjekt som starter i malens eget startår. Høyst {n} prosjekter.",
        "en": "Each template becomes a project starting in its own start year. At most {n} "
              "projects."},
    "prog_upload_empty": {"nb": "Last opp minst én utfylt budsjettmal for å se programmet.",
                          "en": "Upload at least one filled budget template to see the "
                                "programme."},
    "prog_upload_name": {"nb": "Opplastede prosjekter", "en": "Uploaded projects"},
    "prog_upload_error": {"nb": "{file}: {error}", "en": "{file}: {error}"},
    "prog_too_many": {"nb": "Bare de {n} første filene er tatt med.",
                      "en": "Only the first {n} files are included."},
    "prog_basis": {
        "nb": "Nåverdier diskontert til programmets start {year} ({schedule}); kroner i "
              "kroneåret {price_year}.",
        "en": "Present values discounted to the programme's start {year} ({schedule}); "
              "{price_year} kroner."},
    "prog_public_npv": {"nb": "Offentlig nåverdi, hele programmet",
                        "en": "Public present value, whole programme"},
    "prog_pv_cost": {"nb": "Tiltakenes kostnad (nåverdi)",
                     "en": "The measures' cost (present value)"},
    "prog_projects_count": {"nb": "Prosjekter", "en": "Projects"},
    # budget need
    "prog_need_head": {"nb": "Budsjettbehov per år og betaler",
                       "en": "Budget need by year and payer"},
    "prog_need_note": {
        "nb": "Tiltakenes kostnad per år, udiskontert, i kroner: det hver betaler må sette av "
              "i budsjettet. År uten kostnad er utelatt.",
        "en": "The measures' cost per year, undiscounted, in kroner: what each payer must "
              "budget. Years without cost are left out."},
    "prog_col_year": {"nb": "År", "en": "Year"},
    "prog_col_sum": {"nb": "Sum", "en": "Total"},
    "prog_row_total": {"nb": "Sum alle år", "en": "All years"},
    "prog_axis_need": {"nb": "Budsjettbehov (mill. kr)", "en": "Budget need (NOK million)"},
    # who gains
    "prog_gains_head": {"nb": "Hvem vinner", "en": "Who gains"},
    "prog_col_npv": {"nb": "Netto nåverdi", "en": "Net present value"},
    "prog_col_pays": {"nb": "Betaler (nåverdi)", "en": "Pays (present value)"},
    "prog_col_pays_share": {"nb": "Andel av kostnaden", "en": "Share of the cost"},
    "prog_col_gains": {"nb": "Får tilbake (nåverdi)", "en": "Gains back (present value)"},
    "prog_col_gains_share": {"nb": "Andel av gevinsten", "en": "Share of the gain"},
    "prog_gains_note": {
        "nb": "Betaler: nåverdien av tiltakenes kostnad. Får tilbake: alle andre strømmer "
              "(skatter, stønader, tjenester). Andelene er grunnlag for gevinstdeling.",
        "en": "Pays: the present value of the measures' cost. Gains back: every other flow "
              "(taxes, benefits, services). The shares are a basis for gain sharing."},
    "prog_payer": {"nb": "Betaler", "en": "Payer"},
    # projects
    "prog_projects_head": {"nb": "Prosjektene", "en": "The projects"},
    "prog_col_project": {"nb": "Prosjekt", "en": "Project"},
    "prog_col_start": {"nb": "Startår", "en": "Start year"},
    "prog_col_cost": {"nb": "Kostnad (nåverdi)", "en": "Cost (present value)"},
    "prog_projects_note": {
        "nb": "Hvert prosjekts nåverdi er diskontert til prosjektets eget startår; "
              "programmets sum over er diskontert til programmets start.",
        "en": "Each project's present value is discounted to its own start year; the "
              "programme's total above is discounted to the programme's start."},
    # uncertainty
    "prog_mc_head": {"nb": "Samlet usikkerhet", "en": "Combined uncertainty"},
    "prog_mc_draws": {"nb": "Antall trekk", "en": "Number of draws"},
    "prog_mc_seed": {"nb": "Frø", "en": "Seed"},
    "prog_mc_run": {"nb": "Kjør Monte Carlo for programmet",
                    "en": "Run Monte Carlo for the programme"},
    "prog_mc_note": {
        "nb": "Usikre prosjekter (trukket uavhengig av hverandre): {names}. Prosjekter uten "
              "usikre størrelser er med med sine faste tall i hvert trekk. Tallene gjelder "
              "offentlig sum.",
        "en": "Uncertain projects (drawn independently of each other): {names}. Projects "
              "without uncertain inputs add their fixed numbers to every draw. The numbers "
              "are the public total."},
    "prog_mc_none": {
        "nb": "Ingen av prosjektene har usikre størrelser, så det er ingen samlet usikkerhet "
              "å vise.",
        "en": "None of the projects has uncertain inputs, so there is no combined "
              "uncertainty to show."},
}
