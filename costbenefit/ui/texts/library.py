"""Texts of the library page (save the current scenario, open a saved one and its history,
compare saved scenarios, a programme from the library, submitted templates) and the note
under a template upload that says it was kept as a submission.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "nav_library": {"nb": "Bibliotek", "en": "Library"},
    "lib_where": {"nb": "Database: {where}", "en": "Database: {where}"},
    "lib_unavailable": {"nb": "Biblioteket er ikke tilgjengelig", "en": "The library is not "
                                                                        "available"},
    # save
    "lib_save_head": {"nb": "Lagre gjeldende scenario", "en": "Save the current scenario"},
    "lib_no_current": {"nb": "Ingen scenario ennå. Sett opp et i kalkulatoren først.",
                       "en": "No scenario yet. Set one up in the calculator first."},
    "lib_name": {"nb": "Navn i biblioteket", "en": "Name in the library"},
    "lib_tags": {"nb": "Merkelapper (skilt med komma)", "en": "Tags (comma separated)"},
    "lib_author": {"nb": "Ditt navn", "en": "Your name"},
    "lib_save": {"nb": "Lagre i biblioteket", "en": "Save to the library"},
    "lib_saved": {"nb": "Lagret «{name}» som versjon {version}.",
                  "en": "Saved “{name}” as version {version}."},
    "lib_newer": {"nb": "Du tok utgangspunkt i versjon {base}, men versjon {latest} fantes "
                        "allerede (lagret av en annen). Begge er tatt vare på.",
                  "en": "You started from version {base}, but version {latest} existed "
                        "already (saved by someone else). Both are kept."},
    # list and open
    "lib_list_head": {"nb": "Lagrede scenarioer", "en": "Saved scenarios"},
    "lib_filter_tag": {"nb": "Vis bare med merkelappen", "en": "Show only with the tag"},
    "lib_empty": {"nb": "Biblioteket er tomt. Lagre et scenario over, eller med "
                        "costbenefit library save FIL.",
                  "en": "The library is empty. Save a scenario above, or with costbenefit "
                        "library save FILE."},
    "lib_open_head": {"nb": "Åpne et lagret scenario", "en": "Open a saved scenario"},
    "lib_pick": {"nb": "Scenario", "en": "Scenario"},
    "lib_version": {"nb": "Versjon", "en": "Version"},
    "lib_open": {"nb": "Åpne i kalkulatoren", "en": "Open in the calculator"},
    "lib_opened": {"nb": "Åpnet «{name}» versjon {version}. Gå til Kalkulator for å se og "
                         "endre den.",
                   "en": "Opened “{name}” version {version}. Go to Calculator to see and "
                         "change it."},
    "lib_history": {"nb": "Historikk", "en": "History"},
    # columns
    "libcol_id": {"nb": "ID", "en": "ID"},
    "libcol_name": {"nb": "Navn", "en": "Name"},
    "libcol_tags": {"nb": "Merkelapper", "en": "Tags"},
    "libcol_versions": {"nb": "Versjoner", "en": "Versions"},
    "libcol_version": {"nb": "Versjon", "en": "Version"},
    "libcol_saved": {"nb": "Lagret", "en": "Saved"},
    "libcol_author": {"nb": "Av", "en": "By"},
    "libcol_pset": {"nb": "Parametersett", "en": "Parameter set"},
    "libcol_engine": {"nb": "Motor", "en": "Engine"},
    "libcol_public_npv": {"nb": "Offentlig nåverdi", "en": "Public NPV"},
    "libcol_note": {"nb": "Merknad", "en": "Note"},
    "libcol_file": {"nb": "Fil", "en": "File"},
    "libcol_status": {"nb": "Status", "en": "Status"},
    "libcol_errors": {"nb": "Feil", "en": "Errors"},
    # compare and programme
    "lib_compare_head": {"nb": "Sammenlign lagrede scenarioer",
                         "en": "Compare saved scenarios"},
    "lib_compare_pick": {"nb": "Velg opptil fire (nyeste versjon)",
                         "en": "Choose up to four (newest version)"},
    "lib_choose": {"nb": "Velg scenarioer", "en": "Choose scenarios"},
    "lib_programme_head": {"nb": "Program fra biblioteket", "en": "Programme from the library"},
    "lib_no_programmes": {"nb": "Ingen programmer ennå. Lagre en porteføljefil med "
                                "costbenefit library save, eller bruk --programme NAVN.",
                          "en": "No programmes yet. Save a portfolio file with costbenefit "
                                "library save, or use --programme NAME."},
    "lib_programme_pick": {"nb": "Program", "en": "Programme"},
    # submissions
    "lib_submissions_head": {"nb": "Innsendte budsjettmaler", "en": "Submitted budget "
                                                                    "templates"},
    "lib_no_submissions": {"nb": "Ingen innsendte maler ennå.",
                           "en": "No submitted templates yet."},
    "lib_status_godtatt": {"nb": "godtatt", "en": "accepted"},
    "lib_status_avvist": {"nb": "avvist", "en": "refused"},
    "anonymous_author": {"nb": "ukjent (appen)", "en": "unknown (app)"},
    "upload_kept": {"nb": "Malen er tatt vare på i biblioteket som innsending {id}.",
                    "en": "The template is kept in the library as submission {id}."},
    "upload_not_kept": {"nb": "Malen kunne ikke tas vare på i biblioteket: {error}",
                        "en": "The template could not be kept in the library: {error}"},
}
