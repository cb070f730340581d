"""The plan workbook's layout: sheets and columns, shared by the writer and the reader.

One layout serves three uses: the bundle's ``plan.xlsx`` (read by people and by
other programs), the Excel template officers fill in offline, and the import
that reads that template back. The writer lays columns out in the order given
here; the reader finds them by their header text (case- and accent-insensitive),
so a person may reorder columns or add their own without breaking the import.

Hidden key columns (``Project ID``, ``Milestone ID``…) carry the stable ids of
the rows so that edits map back to the right rows; rows without an id are new.
"""

from __future__ import annotations

from dataclasses import dataclass

from ascn_desktop.core import fields as declared
from ascn_desktop.core.i18n import N_
from ascn_desktop.core.text import fold

# Sheet names (also the prefix of every cell reference in error messages).
OVERVIEW = "Overview"
PROJECTS = "Projects"
MILESTONES = "Milestones"
INDICATORS = "Indicators"
FUNDING = "Funding"
PROGRESS = "Progress"
INSTRUCTIONS = "Instructions"
LISTS = "Lists"  # hidden sheet holding the drop-down lists of the template

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
                     Column("project_id", "Project ID", "id", 38, hidden=True),
                     Column("project_code", "Project code", "text", 12, note=code_note),
                     Column("project_title", "Project title", "info", 30))


PROJECT_COLUMNS = _declared(declared.PROJECT, Column("id", "Project ID", "id", 38, hidden=True))
MILESTONE_COLUMNS = _child(declared.MILESTONE, "Milestone ID", N_("The code of a project on the Projects sheet."))
INDICATOR_FIXED_COLUMNS = _child(declared.INDICATOR, "Indicator ID")
FUNDING_COLUMNS = (*_child(declared.FUNDING, "Funding ID"), Column("currency", "Currency", "info", 10))
PROGRESS_COLUMNS = _child(declared.PROGRESS_NOTE, "Note ID")


def indicator_columns(years: range) -> tuple[Column, ...]:
    """The Indicators sheet: fixed columns, then for each declared yearly field (target, actual, ...) one
    column per year of the cycle ("Target 2021"), keyed "target:2021"."""
    yearly = tuple(Column(f"{f.name}:{year}", f"{f.workbook.header} {year}", f.workbook.kind, f.workbook.width)
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
    OverviewField("city", "City", "info", editable=False),
    OverviewField("country", "Country", "info", editable=False),
    OverviewField("cycle", "Planning cycle", "info", editable=False),
    OverviewField("title", "Plan title", "text"),
    OverviewField("vision", "Vision statement", "text"),
    OverviewField("blueprint", "Derived from (blueprint)", "text"),
    OverviewField("focus_areas", "Focus areas", "vocab_list", vocab="focus_areas"),
    OverviewField("outcomes", "Strategic outcomes", "vocab_list", vocab="outcomes"),
    OverviewField("status", "Plan status", "vocab", vocab="plan_statuses"),
    OverviewField("currency", "Currency", "info", editable=False),
    OverviewField("revision", "Revision", "int", editable=False),
    OverviewField("updated_at", "Last edited (UTC)", "date", editable=False),
    OverviewField("updated_by", "Edited by", "info", editable=False),
    OverviewField("projects", "Projects", "int", editable=False),
    OverviewField("plan_uuid", "Plan ID", "info", editable=False),
    OverviewField("workbook", "Workbook kind", "info", editable=False),
)
OVERVIEW_HEADERS = ("Field", "Value", "Code", "Key")
OVERVIEW_KEY_COLUMN = 4  # column D, hidden

# Plan statuses are not reference vocabulary; the workbook shows them as words.
PLAN_STATUS_LABELS = {"draft": "Draft", "final": "Final"}

WORKBOOK_KIND_PLAN = "plan"
WORKBOOK_KIND_EMPTY = "empty template"  # projects not listed are kept on import


def header_index(headers: list[object], columns: tuple[Column, ...]) -> dict[str, int]:
    """Map column keys to 0-based positions by header text; unknown headers are left out."""
    wanted = {fold(column.header): column.key for column in columns}
    found: dict[str, int] = {}
    for position, header in enumerate(headers):
        if isinstance(header, str):
            key = wanted.get(fold(header.replace("\u00a0", " ")))
            if key is not None and key not in found:
                found[key] = position
    return found
