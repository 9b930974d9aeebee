"""Texts of the app frame that every page shares: the title, the navigation and the
language switch in the sidebar, and the parameter-set caption.

The guide page uses only its navigation title from here; its body is long prose and lives
in :mod:`costbenefit.ui.guide`.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "app_title": {"nb": "Utenforregnskap – hva gir tidlig innsats tilbake?",
                  "en": "Outsider accounts – what does early intervention return?"},
    "language": {"nb": "Språk", "en": "Language"},
    "nav_calc": {"nb": "Kalkulator", "en": "Calculator"},
    "nav_compare": {"nb": "Sammenlign scenarioer", "en": "Compare scenarios"},
    "nav_guide": {"nb": "Brukerveiledning", "en": "User guide"},
    "param_set": {"nb": "Parametersett {version} · sha256 {sha}…",
                  "en": "Parameter set {version} · sha256 {sha}…"},
}
