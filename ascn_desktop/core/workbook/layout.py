"""The plan workbook's layout: sheets and columns, shared by the writer and the reader.

One layout serves three uses: the bundle's ``plan.xlsx`` (read by people and by
other programs), the Excel template officers fill in offline, and the import
that reads that template back. The writer lays columns out in the order given
here; the reader finds them by their header text (case- and accent-insensitive),
so a person may reorder columns or add their own without breaking the import.

Sheet names and headers are written in the workbook's language (the language
the interface speaks when it is written: a Khmer officer's template says គម្រោង,
not Projects); the reader accepts them in English and in every language that
ships a catalogue, so a workbook filled in anywhere imports anywhere. The names
below are the English ones, which the code uses as keys. The hidden Lists sheet
keeps its English name (the drop-downs' formulas name it) but offers the choices
in the workbook's language, as the cells hold them (choices.py).

Hidden key columns (``Project ID``, ``Milestone ID``…) carry the stable ids of
the rows so that edits map back to the right rows; rows without an id are new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ascn_desktop.core import fields as declared
from ascn_desktop.core.i18n import N_, _, translations_of
from ascn_desktop.core.text import fold

# Sheet names (also the prefix of every cell reference in error messages).
OVERVIEW = N_("Overview")
PROJECTS = N_("Projects")
MILESTONES = N_("Milestones")
INDICATORS = N_("Indicators")
FUNDING = N_("Funding")
PROGRESS = N_("Progress")
INSTRUCTIONS = N_("Instructions")
LISTS = "Lists"  # hidden sheet holding the drop-down lists of the template (named in formulas: English)

DATA_SHEETS = (OVERVIEW, PROJECTS, MILESTONES, INDICATORS, FUNDING, PROGRESS)
KNOWN_SHEETS = (*DATA_SHEETS, INSTRUCTIONS, LISTS)

HEADER_ROW = 1
FIRST_DATA_ROW = 2
LIST_SEPARATOR = "; "  # between several labels or codes in one cell


@dataclass(frozen=True)
class Column:
    """One column of a table sheet.

    `kind` says how values are written and parsed: ``id`` (hidden stable id),
    ``text``, ``int``, ``year``, ``quarter``, ``percent``, ``money`` (in the
    row's currency), ``usd``, ``decimal`` (indicator values), ``bool``
    (Yes/No), ``vocab`` (a label of reference vocabulary `vocab`, code accepted),
    ``vocab_list`` (several labels), ``code`` / ``code_list`` (the codes next to
    a vocab column, written for machines, read only when the label is blank),
    ``sdgs``, ``currency``, ``partner`` and ``info`` (shown for orientation,
    ignored on import).
    """

    key: str
    header: str
    kind: str
    width: float = 14
    vocab: str = ""
    hidden: bool = False
    note: str = ""  # shown on the Instructions sheet
    year: int | None = None  # a yearly column: `header` is "<declared header> <year>" ("Target 2021")

    @property
    def is_input(self) -> bool:
        """Cells a person fills in (unlocked in the template)."""
        return self.kind not in ("id", "code", "code_list", "info")


def _declared(entity: declared.Entity, *leading: Column) -> tuple[Column, ...]:
    """A sheet's columns: its fixed `leading` ones, then the declared fields of `entity` (core/fields.py) in
    their workbook order; a vocabulary field's codes follow its labels where it says so."""
    columns = list(leading)
    for f in declared.workbook_fields(entity):
        cell = f.workbook
        assert cell is not None
        vocab = f.vocabulary if cell.kind in ("vocab", "vocab_list") else ""
        columns.append(Column(f.name, cell.header, cell.kind, cell.width, vocab=vocab, note=cell.note))
        if cell.codes is not None:
            key, header, width = cell.codes
            columns.append(Column(key, header, "code_list" if cell.kind == "vocab_list" else "code", width,
                                  vocab=vocab))
    return tuple(columns)


def _child(entity: declared.Entity, id_header: str, code_note: str = "") -> tuple[Column, ...]:
    """A child sheet: its row's id, its project's id, code and title, then the declared fields."""
    return _declared(entity, Column("id", id_header, "id", 38, hidden=True),
                     Column("project_id", N_("Project ID"), "id", 38, hidden=True),
                     Column("project_code", N_("Project code"), "text", 12, note=code_note),
                     Column("project_title", N_("Project title"), "info", 30))


PROJECT_COLUMNS = _declared(declared.PROJECT, Column("id", N_("Project ID"), "id", 38, hidden=True))
MILESTONE_COLUMNS = _child(declared.MILESTONE, N_("Milestone ID"), N_("The code of a project on the Projects sheet."))
INDICATOR_FIXED_COLUMNS = _child(declared.INDICATOR, N_("Indicator ID"))
FUNDING_COLUMNS = (*_child(declared.FUNDING, N_("Funding ID")), Column("currency", N_("Currency"), "info", 10))
PROGRESS_COLUMNS = _child(declared.PROGRESS_NOTE, N_("Note ID"))


def indicator_columns(years: range) -> tuple[Column, ...]:
    """The Indicators sheet: fixed columns, then for each declared yearly field (target, actual, ...) one
    column per year of the cycle ("Target 2021"), keyed "target:2021"."""
    yearly = tuple(Column(f"{f.name}:{year}", f"{f.workbook.header} {year}", f.workbook.kind, f.workbook.width,
                          year=year)
                   for f in declared.workbook_fields(declared.INDICATOR_VALUE) if f.workbook is not None
                   for year in years)
    return INDICATOR_FIXED_COLUMNS + yearly


def table_columns(sheet: str, years: range) -> tuple[Column, ...]:
    return {
        PROJECTS: PROJECT_COLUMNS,
        MILESTONES: MILESTONE_COLUMNS,
        INDICATORS: indicator_columns(years),
        FUNDING: FUNDING_COLUMNS,
        PROGRESS: PROGRESS_COLUMNS,
    }[sheet]


TABLE_SHEETS = (PROJECTS, MILESTONES, INDICATORS, FUNDING, PROGRESS)


@dataclass(frozen=True)
class OverviewField:
    """One row of the Overview sheet: a label in column A, the value in B, a code in C, the key in D."""

    key: str
    label: str
    kind: str  # text | vocab_list | vocab | info | date | int
    vocab: str = ""
    editable: bool = True


OVERVIEW_FIELDS: tuple[OverviewField, ...] = (
    OverviewField("city", N_("City"), "info", editable=False),
    OverviewField("country", N_("Country"), "info", editable=False),
    OverviewField("cycle", N_("Planning cycle"), "info", editable=False),
    OverviewField("title", N_("Plan title"), "text"),
    OverviewField("vision", N_("Vision statement"), "text"),
    OverviewField("blueprint", N_("Derived from (blueprint)"), "text"),
    OverviewField("focus_areas", N_("Focus areas"), "vocab_list", vocab="focus_areas"),
    OverviewField("outcomes", N_("Strategic outcomes"), "vocab_list", vocab="outcomes"),
    OverviewField("status", N_("Plan status"), "vocab", vocab="plan_statuses"),
    OverviewField("currency", N_("Currency"), "info", editable=False),
    OverviewField("revision", N_("Revision"), "int", editable=False),
    OverviewField("updated_at", N_("Last edited (UTC)"), "date", editable=False),
    OverviewField("updated_by", N_("Edited by"), "info", editable=False),
    OverviewField("projects", N_("Projects"), "int", editable=False),
    OverviewField("plan_uuid", N_("Plan ID"), "info", editable=False),
    OverviewField("workbook", N_("Workbook kind"), "info", editable=False),
)
OVERVIEW_HEADERS = (N_("Field"), N_("Value"), N_("Code"), N_("Key"))
OVERVIEW_KEY_COLUMN = 4  # column D, hidden

# Plan statuses are not reference vocabulary; the workbook shows them as words in its language.
PLAN_STATUS_LABELS = {"draft": N_("Draft"), "final": N_("Final")}


def plan_status_labels() -> dict[str, str]:
    """Code -> the status word in the interface's language (the Overview cell and its drop-down)."""
    return {code: _(label) for code, label in PLAN_STATUS_LABELS.items()}


def plan_status_aliases() -> dict[str, tuple[str, ...]]:
    """Code -> the status word in English and every shipped language: a workbook written in any of them
    imports (as its sheet names and headers do)."""
    return {code: tuple(sorted(translations_of(label))) for code, label in PLAN_STATUS_LABELS.items()}

WORKBOOK_KIND_PLAN = N_("plan")
WORKBOOK_KIND_EMPTY = N_("empty template")  # projects not listed are kept on import (written translated)


# Excel refuses a sheet name longer than 31 characters or holding any of []:*?/\ .
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(text: str) -> str:
    return _NOT_IN_SHEET_NAMES.sub(" ", text).strip()[:31].strip() or "Sheet"


def sheet_title(sheet: str) -> str:
    """The name `sheet` ("Projects") has in a workbook written now: in the current language."""
    return sheet if sheet == LISTS else _sheet_name(_(sheet))


def sheet_titles(sheet: str) -> frozenset[str]:
    """Every name `sheet` may have in a workbook to import: English and each shipped language's."""
    return frozenset({sheet} | {_sheet_name(title) for title in translations_of(sheet)})


def shown_header(column: Column) -> str:
    """The column's header as a workbook written now shows it ('Target 2021' → 'គោលដៅ 2021' in Khmer)."""
    if column.year is not None:
        return f"{_(column.header.rsplit(' ', 1)[0])} {column.year}"
    return _(column.header)


def accepted_headers(column: Column) -> tuple[str, ...]:
    """The headers the import accepts for `column`: English first, then each shipped language's."""
    if column.year is not None:
        base = column.header.rsplit(" ", 1)[0]
        return (column.header, *sorted(f"{title} {column.year}" for title in translations_of(base)))
    return (column.header, *sorted(translations_of(column.header)))


def overview_labels(entry: OverviewField) -> tuple[str, ...]:
    """The labels of an Overview row the import accepts (English first, then each shipped language's)."""
    return (entry.label, *sorted(translations_of(entry.label)))


def is_empty_template_kind(text: str) -> bool:
    """Whether the Overview's workbook kind says 'empty template', in any shipped language."""
    return fold(text) in {fold(word) for word in translations_of(WORKBOOK_KIND_EMPTY)}


def header_index(headers: list[object], columns: tuple[Column, ...]) -> dict[str, int]:
    """Map column keys to 0-based positions by header text, in English or any shipped language; unknown
    headers are left out. The English headers are matched first, so no translation can take a column
    another column's English header names."""
    wanted: dict[str, str] = {fold(column.header): column.key for column in columns}
    for column in columns:
        for accepted in accepted_headers(column):
            wanted.setdefault(fold(accepted), column.key)
    found: dict[str, int] = {}
    for position, header in enumerate(headers):
        if isinstance(header, str):
            key = wanted.get(fold(header.replace("\u00a0", " ")))
            if key is not None and key not in found:
                found[key] = position
    return found
