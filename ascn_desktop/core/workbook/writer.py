"""Writing a plan as a workbook: the bundle's plan.xlsx and the Excel template.

`plan_workbook_bytes(plan, reference)` is what the signed bundle carries;
`plan_workbook_bytes(plan, reference, template=True)` adds an Instructions
sheet, drop-down lists and sheet protection (no password) for officers who
fill the plan in offline. Both use one layout (``layout.py``) so the importer
reads either.

Output is deterministic: the same plan gives the same bytes (fixed workbook
properties, fixed zip timestamps), which keeps bundle hashes stable.
"""

from __future__ import annotations

import io
from copy import copy
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from ascn_desktop import __version__
from ascn_desktop.core import fields as declared
from ascn_desktop.core.i18n import _
from ascn_desktop.core.model import Plan, Project
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.spreadsheet_text import clean_text
from ascn_desktop.core.workbook import layout
from ascn_desktop.core.workbook.cells import (
    DATE_FORMAT,
    StyleBook,
    excel_datetime,
    excel_number,
    money_format,
    xml_text,
)
from ascn_desktop.core.workbook.choices import ShownLabels
from ascn_desktop.core.workbook.layout import Column
from ascn_desktop.core.workbook.template import add_instructions, add_lists, protect_and_validate

_FIXED_ZIP_TIME = (2018, 1, 1, 0, 0, 0)
_FIXED_CREATED = datetime(2018, 1, 1)


def plan_workbook_bytes(plan: Plan, reference: ReferenceData, *, template: bool = False,
                        empty: bool = False) -> bytes:
    """The plan as an .xlsx file (bytes). `empty=True` writes the headers and the overview only."""
    book = Workbook(write_only=True)
    years = _cycle_years(plan, reference)
    city_currency = _city_currency(plan, reference)
    if template:
        add_instructions(book, plan, reference, years=years, empty=empty)
    projects = [] if empty else plan.projects
    # Choice cells show the labels the GUI and the PDFs show, in the workbook's language (plan.json keeps codes).
    shown = ShownLabels(reference)
    _write_overview(book, plan, reference, shown, template=template, empty=empty, project_count=len(projects))
    writer = _TableWriter(book, reference, city_currency=city_currency, template=template, years=years,
                          yes_no=(shown.yes, shown.no))
    writer.write(layout.PROJECTS, layout.PROJECT_COLUMNS, _project_rows(projects, reference, shown))
    writer.write(layout.MILESTONES, layout.MILESTONE_COLUMNS, _milestone_rows(projects, shown))
    writer.write(layout.INDICATORS, layout.indicator_columns(years), _indicator_rows(projects, years))
    writer.write(layout.FUNDING, layout.FUNDING_COLUMNS, _funding_rows(projects, shown, city_currency))
    writer.write(layout.PROGRESS, layout.PROGRESS_COLUMNS, _progress_rows(projects))
    if template:
        add_lists(book, reference, years=years)
    _set_properties(book, plan, reference)
    buffer = io.BytesIO()
    archive = _FixedTimeZip(buffer, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=1)
    # openpyxl numbers the sheets in workbook order when it saves (ExcelWriter._write_worksheets).
    archive.shared_strings = shared_strings_xml(writer.strings)
    archive.pending_rows = {f"xl/worksheets/sheet{n}.xml": (writer.pending_rows[ws.title], writer.dimensions[ws.title])
                            for n, ws in enumerate(book.worksheets, start=1) if ws.title in writer.pending_rows}
    writer.pending_rows.clear()  # the archive holds them now, and lets each sheet's go once written
    ExcelWriter(book, archive).save()  # not Workbook.save(): that stamps "modified" with the clock
    return buffer.getvalue()


class _FixedTimeZip(ZipFile):
    """A zip whose members all carry one fixed timestamp, for byte-identical output.

    It also splices the data rows prepared by `_TableWriter` into each sheet.
    """

    pending_rows: dict[str, tuple[list[bytes], bytes]] = {}
    shared_strings: bytes = b""

    def writestr(self, zinfo_or_arcname: Any, data: Any, compress_type: int | None = None,
                 compresslevel: int | None = None) -> None:
        if zinfo_or_arcname == "[Content_Types].xml" and self.shared_strings:
            # openpyxl writes no shared strings; add the part, its content type and its relationship.
            data = _text(data).replace("</Types>", f'<Override PartName="/{SHARED_STRINGS}" '
                                       f'ContentType="{SHARED_STRINGS_TYPE}"/></Types>')
            self.writestr(SHARED_STRINGS, self.shared_strings)
        elif zinfo_or_arcname == "xl/_rels/workbook.xml.rels" and self.shared_strings:
            data = _text(data).replace("</Relationships>", f'<Relationship Id="rIdAscnStrings" '
                                       f'Type="{SHARED_STRINGS_REL}" Target="sharedStrings.xml"/></Relationships>')
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo_or_arcname = ZipInfo(zinfo_or_arcname, date_time=_FIXED_ZIP_TIME)
            zinfo_or_arcname.compress_type = self.compression
            zinfo_or_arcname.external_attr = 0o600 << 16
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel or self.compresslevel)

    def write(self, filename: Any, arcname: Any = None, compress_type: int | None = None,
              compresslevel: int | None = None) -> None:
        with open(filename, "rb") as handle:
            data = handle.read()
        name = arcname or str(filename)
        pending = self.pending_rows.pop(name, None)
        if not pending:
            self.writestr(name, data)
            return
        rows, dimension = pending
        # Readers (openpyxl's read-only mode among them) size the sheet from <dimension>; without it
        # they scan the whole sheet once more.
        data = data.replace(b"<sheetViews>", b'<dimension ref="' + dimension + b'"/><sheetViews>', 1)
        head, end, tail = data.partition(b"</sheetData>")
        # The rows go in before </sheetData>, written piece by piece: the sheet is never copied whole.
        self._write_pieces(name, [head, *rows, end + tail] if end else [data])

    def _write_pieces(self, name: str, pieces: list[bytes]) -> None:
        """What ``writestr(name, b"".join(pieces))`` writes (ZipFile.writestr is this same open and
        write), without joining the pieces."""
        info = ZipInfo(name, date_time=_FIXED_ZIP_TIME)
        info.compress_type = self.compression
        info.external_attr = 0o600 << 16
        info._compresslevel = self.compresslevel  # type: ignore[attr-defined]  # what writestr sets
        info.file_size = sum(len(piece) for piece in pieces)
        with self._lock, self.open(info, mode="w") as member:  # type: ignore[attr-defined]
            for piece in pieces:
                member.write(piece)


SHARED_STRINGS = "xl/sharedStrings.xml"
SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SHARED_STRINGS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def _text(data: str | bytes) -> str:
    return data.decode("utf-8") if isinstance(data, bytes) else data


def shared_strings_xml(strings: dict[str, int]) -> bytes:
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">']
    for text in strings:  # dicts keep insertion order: index order
        escaped = xml_text(text)
        space = ' xml:space="preserve"' if escaped != escaped.strip() or "\n" in escaped else ""
        parts.append(f"<si><t{space}>{escaped}</t></si>")
    parts.append("</sst>")
    return "".join(parts).encode("utf-8")


def _cycle_years(plan: Plan, reference: ReferenceData) -> range:
    cycle = reference.cycles.get(plan.cycle)
    if cycle is not None:
        return cycle.years
    years = sorted({v.year for p in plan.projects for i in p.indicators for v in i.values})
    return range(years[0], years[-1] + 1) if years else range(0)


def _city_currency(plan: Plan, reference: ReferenceData) -> str:
    city = reference.cities.get(plan.city)
    return city.currency if city is not None else ""


def _print_setup(ws: WriteOnlyWorksheet) -> None:
    """Printed, a sheet is landscape, one page wide, with its header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def _set_properties(book: Workbook, plan: Plan, reference: ReferenceData) -> None:
    properties = book.properties
    city = reference.cities.get(plan.city)
    properties.title = clean_text(plan.title)  # XML cannot carry control characters
    properties.subject = f"ASCN action plan {plan.cycle} of {city.name if city else plan.city}"
    properties.creator = f"ASCN Desktop {__version__}"
    properties.lastModifiedBy = None
    stamp = excel_datetime(plan.updated_at) if plan.updated_at else _FIXED_CREATED
    properties.created = stamp
    properties.modified = stamp


def _write_overview(book: Workbook, plan: Plan, reference: ReferenceData, shown: ShownLabels, *, template: bool,
                    empty: bool, project_count: int) -> None:
    ws: WriteOnlyWorksheet = book.create_sheet(layout.sheet_title(layout.OVERVIEW))
    styles = StyleBook(ws, template=template)
    for letter, width in zip("ABCD", (26, 70, 14, 14), strict=True):
        ws.column_dimensions[letter].width = width
    ws.column_dimensions["D"].hidden = True
    ws.freeze_panes = "A2"
    _print_setup(ws)
    header = styles.style("header")
    ws.append([styles.cell(_(text), header) for text in layout.OVERVIEW_HEADERS])
    values = _overview_values(plan, reference, shown, empty=empty, project_count=project_count)
    label_style = styles.style("label")
    for field in layout.OVERVIEW_FIELDS:
        value, code = values[field.key]
        if isinstance(value, datetime):
            value_cell = styles.cell(value, styles.style("date", number_format=DATE_FORMAT))
        elif isinstance(value, int):
            value_cell = styles.cell(value, styles.style("number"))
        else:
            value_cell = styles.cell(value, styles.style("text", editable=field.editable))
        ws.append([styles.cell(_(field.label), label_style), value_cell,
                   styles.cell(code, styles.style("text")), styles.cell(field.key, styles.style("text"))])
    if template:
        protect_and_validate(ws, reference, sheet=layout.OVERVIEW, columns=(), years=range(0),
                             rows=len(layout.OVERVIEW_FIELDS))


def _overview_values(plan: Plan, reference: ReferenceData, shown: ShownLabels, *, empty: bool,
                     project_count: int) -> dict[str, tuple[Any, str]]:
    city = reference.cities.get(plan.city)
    country = reference.country_name(city.country) if city else ""
    sep = layout.LIST_SEPARATOR
    return {
        "city": (reference.city_name(plan.city), plan.city),
        "country": (country, city.country if city else ""),
        "cycle": (reference.cycle_label(plan.cycle), plan.cycle),
        "title": (plan.title, ""),
        "vision": (plan.vision, ""),
        "blueprint": (plan.blueprint, ""),
        "focus_areas": (sep.join(shown("focus_areas", c) for c in plan.focus_areas), sep.join(plan.focus_areas)),
        "outcomes": (sep.join(shown("outcomes", c) for c in plan.outcomes), sep.join(plan.outcomes)),
        "status": (layout.plan_status_labels().get(plan.status, plan.status), plan.status),
        "currency": (city.currency if city else "", ""),
        "revision": (plan.revision, ""),
        "updated_at": (excel_datetime(plan.updated_at) if plan.updated_at else "", ""),
        "updated_by": (plan.updated_by, ""),
        "projects": (project_count, ""),
        "plan_uuid": (plan.uuid, ""),
        "workbook": (_(layout.WORKBOOK_KIND_EMPTY if empty else layout.WORKBOOK_KIND_PLAN), ""),
    }


class _TableWriter:
    """Writes one table sheet: bold frozen header, autofilter, widths, typed and styled cells.

    openpyxl writes the sheet's frame (columns, header row, filter, protection,
    drop-downs); the data rows are produced here as XML text and spliced into the
    sheet as the zip is written (`_FixedTimeZip.write`). Why: openpyxl's per-cell
    objects cost about 1 s for a 1,000-project plan, this costs a fifth of that,
    and the bundle export has a 3 s budget for JSON, Excel, PDF and signing.
    """

    def __init__(self, book: Workbook, reference: ReferenceData, *, city_currency: str, template: bool,
                 years: range, yes_no: tuple[str, str] = ("Yes", "No")) -> None:
        self.book = book
        self.yes, self.no = yes_no  # in the workbook's language
        self.years = years
        self.reference = reference
        self.city_currency = city_currency
        self.template = template
        self.pending_rows: dict[str, list[bytes]] = {}  # sheet title -> its data rows as XML, in chunks
        self.dimensions: dict[str, bytes] = {}  # sheet title -> its used range
        # Shared strings (text -> index): repeated codes, titles and labels are stored once, and readers
        # parse a third fewer XML elements than with inline strings.
        self.strings: dict[str, int] = {}

    def write(self, sheet: str, columns: tuple[Column, ...], rows: Iterable[dict[str, Any]]) -> None:
        # In the workbook's language; `sheet` (English) is the layout's key. openpyxl may rename a clash.
        ws: WriteOnlyWorksheet = self.book.create_sheet(layout.sheet_title(sheet))
        title = ws.title
        styles = StyleBook(ws, template=self.template)
        unlocked = styles.style("text", editable=True)
        for n, column in enumerate(columns, start=1):
            dimension = ws.column_dimensions[get_column_letter(n)]
            dimension.width = column.width
            dimension.hidden = column.hidden
            if self.template and column.is_input:
                dimension._style = copy(unlocked)  # empty rows below the data stay editable
        ws.freeze_panes = "A2"
        _print_setup(ws)
        header = styles.style("header")
        ws.append([styles.cell(layout.shown_header(column), header) for column in columns])
        # The rows are made one at a time (a 5,000-project plan's rows, as dicts, would be tens of MiB).
        self.pending_rows[title], count = self._rows_xml(styles, columns, rows)
        last = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A1:{last}{max(1, count) + 1}"  # written after the rows: may be set now
        self.dimensions[title] = f"A1:{last}{count + 1}".encode("ascii")
        if self.template:
            protect_and_validate(ws, self.reference, sheet=sheet, columns=columns, years=self.years, rows=count)

    _ROWS_PER_CHUNK = 500

    def _rows_xml(self, styles: StyleBook, columns: tuple[Column, ...],
                  rows: Iterable[dict[str, Any]]) -> tuple[list[bytes], int]:
        """The data rows as XML (UTF-8, in chunks of a few hundred rows) and how many there are."""
        letters = [get_column_letter(n) for n in range(1, len(columns) + 1)]
        text_ids = [styles.style_id(styles.style("text", editable=c.is_input)) for c in columns]
        number_ids = [styles.style_id(styles.style("number", editable=c.is_input,
                                                   number_format=money_format("USD", 2) if c.kind == "usd" else ""))
                      for c in columns]
        money_ids: dict[str, int] = {}
        cells = [(column.key, letters[n], text_ids[n], number_ids[n], column.kind == "money")
                 for n, column in enumerate(columns)]
        # A plan's numbers repeat (years, quarters, percentages, indicator values): each is converted
        # once. excel_number depends only on the value (equal Decimals give equal cells), so it is the key.
        numbers: dict[Any, int | float | str] = {}
        chunks: list[bytes] = []
        parts: list[str] = []
        add = parts.append
        strings = self.strings
        yes, no = self.yes, self.no
        count = 0
        for r, row in enumerate(rows, start=layout.FIRST_DATA_ROW):
            count += 1
            if count % self._ROWS_PER_CHUNK == 0:
                chunks.append("".join(parts).encode("utf-8"))
                parts.clear()
            add(f'<row r="{r}">')
            get = row.get
            for key, letter, text_id, number_id, is_money in cells:
                value = get(key)
                if value is None:
                    continue  # an empty cell takes its column's style (unlocked for input columns)
                if isinstance(value, str):
                    if not value:
                        continue
                elif isinstance(value, bool):
                    value = yes if value else no
                else:  # a number (not `value == ""` above: a Decimal compared with a str costs an ABC check)
                    style_id = number_id
                    if is_money:
                        currency = get("currency") or self.city_currency
                        style_id = money_ids.get(currency, -1)
                        if style_id < 0:
                            decimals = self.reference.currency_decimals.get(currency, 2)
                            style_id = money_ids[currency] = styles.style_id(styles.style(
                                "number", editable=True, number_format=money_format(currency, decimals)))
                    number = value if isinstance(value, int) else numbers.get(value)
                    if number is None:
                        number = numbers[value] = excel_number(value)
                    if not isinstance(number, str):
                        add(f'<c r="{letter}{r}" s="{style_id}"><v>{number!r}</v></c>')
                        continue
                    value = number  # beyond a double's precision: exact text
                index = strings.get(value)
                if index is None:
                    index = strings[value] = len(strings)
                add(f'<c r="{letter}{r}" s="{text_id}" t="s"><v>{index}</v></c>')
            add("</row>")
        chunks.append("".join(parts).encode("utf-8"))
        return chunks, count


def _project_rows(projects: list[Project], reference: ReferenceData, shown: ShownLabels
                  ) -> Iterator[dict[str, Any]]:
    sep = layout.LIST_SEPARATOR
    for p in projects:
        yield {
            "id": p.id, "code": p.code, "title": p.title, "description": p.description,
            "focus_area": shown("focus_areas", p.focus_area), "focus_area_code": p.focus_area or "",
            "outcomes": sep.join(shown("outcomes", c) for c in p.outcomes),
            "outcome_codes": sep.join(p.outcomes), "sdgs": sep.join(str(goal) for goal in p.sdgs),
            "start_year": p.start_year, "end_year": p.end_year,
            "status": shown("project_statuses", p.status), "lead_agency": p.lead_agency,
            "currency": p.currency, "budget": p.budget, "budget_usd": p.budget_usd,
            "seeks_private_partner": p.seeks_private_partner, "private_sector_need": p.private_sector_need,
            "partner": reference.partners.get(p.partner, p.partner) if p.partner else "", "risks": p.risks,
        }


def _milestone_rows(projects: list[Project], shown: ShownLabels) -> Iterator[dict[str, Any]]:
    for p in projects:
        for m in p.milestones:
            yield {"id": m.id, "project_id": p.id, "project_code": p.code, "project_title": p.title,
                   "title": m.title, "due_year": m.due_year, "due_quarter": m.due_quarter,
                   "status": shown("milestone_statuses", m.status), "percent": m.percent}


def _indicator_rows(projects: list[Project], years: range) -> Iterator[dict[str, Any]]:
    wanted = set(years)
    for p in projects:
        for i in p.indicators:
            row: dict[str, Any] = {"id": i.id, "project_id": p.id, "project_code": p.code, "project_title": p.title,
                                   "name": i.name, "unit": i.unit, "baseline_year": i.baseline_year,
                                   "baseline_value": i.baseline_value}
            for value in i.values:
                if value.year in wanted:
                    for name in _YEARLY:
                        row[f"{name}:{value.year}"] = getattr(value, name)
            yield row


_YEARLY = tuple(f.name for f in declared.workbook_fields(declared.INDICATOR_VALUE))


def _funding_rows(projects: list[Project], shown: ShownLabels, city_currency: str) -> Iterator[dict[str, Any]]:
    for p in projects:
        for f in p.funding:
            yield {"id": f.id, "project_id": p.id, "project_code": p.code, "project_title": p.title,
                   "type": shown("funding_types", f.type), "name": f.name, "amount": f.amount,
                   "currency": p.currency or city_currency}


def _progress_rows(projects: list[Project]) -> Iterator[dict[str, Any]]:
    for p in projects:
        for note in p.progress_notes:
            yield {"id": note.id, "project_id": p.id, "project_code": p.code, "project_title": p.title,
                   "year": note.year, "text": note.text}
