"""Texts of the non-priced effects (DFØ's *ikke-prissatte virkninger*, issue #16 item 7): the
editor where the user adds and changes them, and the results section that shows them beside
the priced views. The levels are stored in Norwegian (DFØ's words, the scenario's values);
English shows them translated. The method note is the reports'
(:data:`costbenefit.report.non_priced.METHOD_NOTE`)."""

from __future__ import annotations

from costbenefit.report.non_priced import MATRIX_NOTE, METHOD_NOTE

BETYDNING_EN = {"liten": "small", "middels": "medium", "stor": "large"}
OMFANG_EN = {
    "stort negativt": "large negative",
    "middels negativt": "medium negative",
    "lite negativt": "small negative",
    "intet": "none",
    "lite positivt": "small positive",
    "middels positivt": "medium positive",
    "stort positivt": "large positive",
}

TEXTS: dict[str, dict[str, str]] = {
    **{f"np_betydning_{k}": {"nb": k, "en": en} for k, en in BETYDNING_EN.items()},
    **{f"np_omfang_{k}": {"nb": k, "en": en} for k, en in OMFANG_EN.items()},
    "np_head": {"nb": "Ikke-prissatte virkninger", "en": "Non-priced effects"},
    "np_intro": {
        "nb": METHOD_NOTE,
        "en": "Non-priced effects are assessed with DFØ's plus–minus method: importance "
              "(small, medium, large) × scope (from large negative to large positive) gives "
              "the consequence on the scale −−−− to ++++. They stand beside the priced effects "
              "and are never added to the kroner figures or to each other."},
    "np_matrix_note": {
        "nb": MATRIX_NOTE,
        "en": "The matrix is DFØ's consequence matrix as recalled (not checked against the "
              "guide's current text); a consequence one step from the matrix is accepted."},
    "np_none": {
        "nb": "Ingen ikke-prissatte virkninger er oppgitt. Legg dem til under «Ikke-prissatte "
              "virkninger: legg til og rediger» øverst på siden.",
        "en": "No non-priced effects are given. Add them under «Non-priced effects: add and "
              "edit» at the top of the page."},
    "np_editor": {"nb": "Ikke-prissatte virkninger: legg til og rediger",
                  "en": "Non-priced effects: add and edit"},
    "np_editor_help": {
        "nb": "Én rad per virkning. Velg betydning og omfang; la konsekvensen stå tom for å "
              "bruke DFØs konsekvensmatrise, eller velg en konsekvens høyst ett trinn fra den. "
              "Skriv i beskrivelsen hva som er en antakelse.",
        "en": "One row per effect. Choose importance and scope; leave the consequence empty "
              "to use DFØ's consequence matrix, or choose one at most one step from it. Say in "
              "the description what is an assumption."},
    "np_row": {"nb": "Ikke-prissatte virkninger, rad {n}",
               "en": "Non-priced effects, row {n}"},
    "np_col_name": {"nb": "Virkning", "en": "Effect"},
    "np_col_description": {"nb": "Beskrivelse", "en": "Description"},
    "np_col_betydning": {"nb": "Betydning", "en": "Importance"},
    "np_col_omfang": {"nb": "Omfang", "en": "Scope"},
    "np_col_konsekvens": {"nb": "Konsekvens", "en": "Consequence"},
    "np_col_matrix": {"nb": "Matrisen gir", "en": "Matrix gives"},
    "np_from_matrix": {"nb": "(fra matrisen)", "en": "(from the matrix)"},
}
