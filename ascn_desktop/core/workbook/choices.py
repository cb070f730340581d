"""The words a plan workbook shows for choices, written in its language and read back in any.

Choice cells (focus areas, outcomes, project and milestone statuses, funding types, Yes/No) and the
drop-down lists that offer them hold the words the GUI and the PDFs show: the reference label in the
interface's language (core/i18n catalogues, keyed by code), so an officer working in Khmer picks Khmer
words in Excel. The import accepts the word in English, in every shipped language, or the code: a Khmer
workbook imports in an English interface and the other way round. The bundle's plan.json keeps codes.

External partners are organisations' names and currencies are codes: they stay as the reference data
gives them (as in the PDFs).
"""

from __future__ import annotations

from ascn_desktop.core.i18n import N_, _, translations_of
from ascn_desktop.core.reference import ReferenceData

# The vocabularies a workbook writes as labels (the Lists sheet offers each as a drop-down).
VOCABULARIES = ("focus_areas", "outcomes", "project_statuses", "milestone_statuses", "funding_types")

YES, NO = N_("Yes"), N_("No")


class ShownLabels:
    """Reference labels as a workbook written now shows them: each translated once per workbook (a plan
    has thousands of choice cells and a handful of labels)."""

    def __init__(self, reference: ReferenceData) -> None:
        self.reference = reference
        self._memo: dict[tuple[str, str | None], str] = {}
        self.yes, self.no = _(YES), _(NO)

    def __call__(self, kind: str, code: str | None) -> str:
        key = (kind, code)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self.reference.shown_label(kind, code)
        return found


def shown_vocab(reference: ReferenceData, kind: str, fallback: tuple[str, ...] = ()) -> dict[str, str]:
    """Code -> label in the interface's language, in the reference order (what the drop-down offers and a
    cell error lists); the model's codes when the reference lacks the vocabulary."""
    if not reference.vocab.get(kind):
        return {code: code.replace("_", " ") for code in fallback}
    return reference.shown_vocab(kind)


def labels_in_every_language(reference: ReferenceData, kind: str, codes: tuple[str, ...] | list[str]
                             ) -> dict[str, tuple[str, ...]]:
    """Code -> its label in English and in each shipped language: the words the import takes for it
    besides the code (a label naming two codes is refused as ambiguous, see parsing.choice)."""
    return {code: tuple(sorted({reference.label(kind, code)} | (translations_of(code, context=kind) - {code})))
            for code in codes}


def yes_no_words() -> dict[bool, frozenset[str]]:
    """Yes and No in English and in each shipped language (the import takes any of them)."""
    return {True: translations_of(YES), False: translations_of(NO)}
