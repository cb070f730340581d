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


PROJECT_COLUMNS: tuple[Column, ...] = (
    Column("id", "Project ID", "id", 38, hidden=True),
    Column("code", "Code", "text", 12, note="Short unique code of the project, e.g. P-01; required."),
    Column("title", "Title", "text", 40, note="Required."),
    Column("description", "Description", "text", 50),
    Column("focus_area", "Focus area", "vocab", 24, vocab="focus_areas"),
    Column("focus_area_code", "Focus area code", "code", 10, vocab="focus_areas"),
    Column("outcomes", "Strategic outcomes", "vocab_list", 30, vocab="outcomes",
           note="One or more outcomes, separated by ';'."),
    Column("outcome_codes", "Outcome codes", "code_list", 12, vocab="outcomes"),
    Column("sdgs", "SDGs", "sdgs", 12, note="SDG goal numbers 1-17, separated by ';' (e.g. 9; 11)."),
    Column("start_year", "Start year", "year", 10),
    Column("end_year", "End year", "year", 10),
    Column("status", "Status", "vocab", 14, vocab="project_statuses"),
    Column("lead_agency", "Lead agency", "text", 28),
    Column("currency", "Currency", "currency", 10, note="ISO 4217 code; blank means the city's currency."),
    Column("budget", "Budget", "money", 20),
    Column("budget_usd", "Budget (USD)", "usd", 18),
    Column("seeks_private_partner", "Seeks private partner", "bool", 12, note="Yes or No."),
    Column("private_sector_need", "Private-sector need", "text", 30),
    Column("partner", "External partner", "partner", 24),
    Column("risks", "Risks", "text", 30),
)

MILESTONE_COLUMNS: tuple[Column, ...] = (
    Column("id", "Milestone ID", "id", 38, hidden=True),
    Column("project_id", "Project ID", "id", 38, hidden=True),
    Column("project_code", "Project code", "text", 12, note="The code of a project on the Projects sheet."),
    Column("project_title", "Project title", "info", 30),
    Column("title", "Milestone", "text", 40, note="Required."),
    Column("due_year", "Due year", "year", 10),
    Column("due_quarter", "Due quarter", "quarter", 10, note="1 to 4 (Q1 to Q4)."),
    Column("status", "Status", "vocab", 14, vocab="milestone_statuses"),
    Column("percent", "Percent done", "percent", 10, note="0 to 100."),
)

INDICATOR_FIXED_COLUMNS: tuple[Column, ...] = (
    Column("id", "Indicator ID", "id", 38, hidden=True),
    Column("project_id", "Project ID", "id", 38, hidden=True),
    Column("project_code", "Project code", "text", 12),
    Column("project_title", "Project title", "info", 30),
    Column("name", "Indicator", "text", 36, note="Required."),
    Column("unit", "Unit", "text", 10),
    Column("baseline_year", "Baseline year", "year", 10),
    Column("baseline_value", "Baseline value", "decimal", 12),
)

FUNDING_COLUMNS: tuple[Column, ...] = (
    Column("id", "Funding ID", "id", 38, hidden=True),
    Column("project_id", "Project ID", "id", 38, hidden=True),
    Column("project_code", "Project code", "text", 12),
    Column("project_title", "Project title", "info", 30),
    Column("type", "Funding type", "vocab", 20, vocab="funding_types"),
    Column("name", "Source", "text", 30),
    Column("amount", "Amount", "money", 20, note="In the project's currency."),
    Column("currency", "Currency", "info", 10),
)

PROGRESS_COLUMNS: tuple[Column, ...] = (
    Column("id", "Note ID", "id", 38, hidden=True),
    Column("project_id", "Project ID", "id", 38, hidden=True),
    Column("project_code", "Project code", "text", 12),
    Column("project_title", "Project title", "info", 30),
    Column("year", "Year", "year", 10),
    Column("text", "Progress note", "text", 80),
)


def indicator_columns(years: range) -> tuple[Column, ...]:
    """The Indicators sheet: fixed columns, then one target and one actual column per year of the cycle."""
    targets = tuple(Column(f"target:{year}", f"Target {year}", "decimal", 11) for year in years)
    actuals = tuple(Column(f"actual:{year}", f"Actual {year}", "decimal", 11) for year in years)
    return INDICATOR_FIXED_COLUMNS + targets + actuals


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
