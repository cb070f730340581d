"""Loading a workbook's sheets into plain rows of values, with formulas' saved results.

Why not openpyxl here: with defusedxml active, openpyxl parses sheets with
ElementTree's pure-Python parser and builds an object per cell; a 1,000-project
workbook took 3-5 s to load, over the import's whole budget. This streaming
reader uses the C parser and keeps only values: about ten times faster.

It is safe to use the C parser because `safety.scan_workbook_file` has already
refused any part carrying a document type declaration: without a DTD there is
no entity to expand and no external resource to fetch.

Values follow openpyxl's conventions: shared and inline strings as str,
numbers as int or float, dates (numbers with a date format) as datetime, booleans
as bool, error cells as their text ('#N/A'). A formula cell gives its saved
result; a formula without one is recorded in `formulas_without_value`.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError, fromstring, iterparse

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from ascn_desktop.core.workbook.safety import MAX_ROWS_PER_SHEET, WorkbookRefused
from ascn_desktop.core.i18n import _

try:  # lxml parses sheets about four times faster than ElementTree; entities and DTDs stay off.
    from lxml.etree import XMLParser as _LxmlParser
    from lxml.etree import XMLSyntaxError
    from lxml.etree import fromstring as _lxml_fromstring

    _LXML_PARSER: Any = _LxmlParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    _PARSE_ERRORS: tuple[type[Exception], ...] = (ParseError, XMLSyntaxError)
except ImportError:  # pragma: no cover - lxml is a dependency; ElementTree is the fallback
    _LXML_PARSER = None
    _PARSE_ERRORS = (ParseError,)
# Everything a damaged or foreign file can raise while its sheets are read.
_READ_ERRORS: tuple[type[Exception], ...] = (KeyError, ValueError, IndexError, zipfile.BadZipFile, zlib.error,
                                             EOFError, *_PARSE_ERRORS)

_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REL_NS_STRICT = "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_WHOLE_SHEET_LIMIT = 64 * 1024 * 1024  # larger sheets are streamed to bound memory


@dataclass
class SheetGrid:
    """One sheet as rows of values (row numbers are 1-based, as Excel shows them)."""

    title: str
    rows: dict[int, list[Any]] = field(default_factory=dict)
    number_formats: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) of numbers -> format
    formulas_without_value: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> formula

    def value(self, row: int, column: int) -> Any:
        values = self.rows.get(row)
        return values[column] if values is not None and column < len(values) else None

    def iter_rows(self, start: int) -> Iterator[tuple[int, list[Any]]]:
        for number in sorted(self.rows):
            if number >= start:
                yield number, self.rows[number]


def cell_ref(row: int, column: int) -> str:
    """'F12' for row 12, 0-based column 5."""
    return f"{get_column_letter(column + 1)}{row}"


def _local(tag: object) -> str:
    """'row' for '{namespace}row'; '' for comments and processing instructions (whose tag is not text)."""
    return tag[tag.rfind("}") + 1:] if isinstance(tag, str) else ""


def _parse(data: bytes) -> Element:
    """A whole XML part as a tree, built in C (lxml when installed: about four times faster)."""
    if _LXML_PARSER is not None:
        return _lxml_fromstring(data, _LXML_PARSER)
    return fromstring(data)


def unescape(text: str) -> str:
    """Excel writes characters XML cannot hold as _xHHHH_ (and a literal '_x' as '_x005F_x')."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def load_sheets(path: Path, scan: Any, *, wanted: Mapping[str, Iterable[str]],
                formats_for: tuple[str, ...] = ()) -> tuple[dict[str, SheetGrid], list[str]]:
    """The sheets `wanted` names (key -> the titles it may have, found case-insensitively), by key, each grid
    titled as in the workbook; and the titles of the other sheets."""
    formula_parts = getattr(scan, "formula_parts", None)
    try:
        with zipfile.ZipFile(path) as archive:
            return _Reader(archive, formula_parts).load(wanted, formats_for)
    except _READ_ERRORS:
        raise WorkbookRefused(_("{name} could not be read as an Excel workbook; open it in Excel or "
                              "LibreOffice, save it as .xlsx and try again.").format(name=path.name)) from None


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, formula_parts: set[str] | None = None) -> None:
        self.archive = archive
        self.formula_parts = formula_parts  # sheets the safety scan saw formulas in (None: look everywhere)
        self.names = {info.filename.lower(): info.filename for info in archive.infolist()}

    def _read(self, name: str) -> bytes:
        return self.archive.read(self.names[name.lower()])

    def load(self, wanted: Mapping[str, Iterable[str]],
             formats_for: tuple[str, ...]) -> tuple[dict[str, SheetGrid], list[str]]:
        book = _parse(self._read("xl/workbook.xml"))
        epoch = CALENDAR_WINDOWS_1900
        sheets: list[tuple[str, str]] = []
        for element in book.iter():
            local = _local(element.tag)
            if local == "workbookPr" and element.get("date1904") in ("1", "true"):
                epoch = CALENDAR_MAC_1904
            elif local == "sheet":
                sheets.append((element.get("name", ""), element.get(_REL_NS) or element.get(_REL_NS_STRICT) or ""))
        targets = self._relationships()
        shared = self._shared_strings(targets)
        formats = self._cell_formats(targets)
        by_name = {key.strip().casefold(): key for key in wanted}  # a sheet's own (English) name wins
        for key, titles in wanted.items():
            for other in titles:
                by_name.setdefault(other.strip().casefold(), key)
        grids: dict[str, SheetGrid] = {}
        others: list[str] = []
        for title, rel_id in sheets:
            canonical = by_name.get(title.strip().casefold())
            target = targets.get(rel_id, ("", ""))[0]
            if canonical is None or canonical in grids or not target:
                others.append(title)
                continue
            grid = SheetGrid(title)
            self._read_sheet(target, grid, shared, formats, epoch, with_formats=canonical in formats_for,
                             formulas=self.formula_parts is None or target in self.formula_parts)
            grids[canonical] = grid
        return grids, others

    def _relationships(self) -> dict[str, tuple[str, str]]:
        """Relationship id -> (archive path, type) of the workbook part."""
        if "xl/_rels/workbook.xml.rels" not in self.names:
            return {}
        root = _parse(self._read("xl/_rels/workbook.xml.rels"))
        result = {}
        for rel in root:
            if _local(rel.tag) != "Relationship":
                continue
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            result[rel.get("Id", "")] = (path, rel.get("Type", ""))
        return result

    def _shared_strings(self, targets: dict[str, tuple[str, str]]) -> list[str]:
        paths = [path for path, kind in targets.values() if kind.endswith("/sharedStrings")]
        path = paths[0] if paths else "xl/sharedStrings.xml"
        if path.lower() not in self.names:
            return []
        strings: list[str] = []
        info = self.archive.getinfo(self.names[path.lower()])
        if info.file_size <= _WHOLE_SHEET_LIMIT:
            root = _parse(self.archive.read(info))
            si_tag = root.tag[:root.tag.rfind("}") + 1] + "si"
            strings = [unescape(_string_of(element)) for element in root.iter(si_tag)]
        else:
            with self.archive.open(info) as source:
                for _, element in iterparse(source, events=("end",)):
                    if _local(element.tag) == "si":
                        strings.append(unescape(_string_of(element)))
                        element.clear()
        return strings

    def _cell_formats(self, targets: dict[str, tuple[str, str]]) -> list[tuple[str, bool]]:
        """Per cell style index: (number format code, is a date format)."""
        paths = [path for path, kind in targets.values() if kind.endswith("/styles")]
        path = paths[0] if paths else "xl/styles.xml"
        if path.lower() not in self.names:
            return []
        root = _parse(self._read(path))
        custom: dict[int, str] = {}
        result: list[tuple[str, bool]] = []
        for element in root:
            local = _local(element.tag)
            if local == "numFmts":
                for fmt in element:
                    if _local(fmt.tag) != "numFmt":
                        continue
                    custom[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
            elif local == "cellXfs":
                for xf in element:
                    if _local(xf.tag) != "xf":
                        continue
                    number_id = int(xf.get("numFmtId", "0"))
                    code = custom.get(number_id) or BUILTIN_FORMATS.get(number_id, "General")
                    result.append((code, is_date_format(code)))
        return result

    def _read_sheet(self, path: str, grid: SheetGrid, shared: list[str], formats: list[tuple[str, bool]],
                    epoch: datetime, *, with_formats: bool, formulas: bool) -> None:
        info = self.archive.getinfo(self.names[path.lower()])
        if info.file_size <= _WHOLE_SHEET_LIMIT:
            # Building the whole tree in C is several times faster than Python-level streaming events.
            root = _parse(self.archive.read(info))
            namespace = root.tag[:root.tag.rfind("}") + 1]
            rows: Iterator[Element] = root.iter(namespace + "row")
            self._read_rows(rows, namespace, grid, shared, formats, epoch, with_formats, formulas)
        else:
            with self.archive.open(info) as source:
                events = iterparse(source, events=("end",))
                streamed = (element for _, element in events if _local(element.tag) == "row")
                first = next(streamed, None)
                if first is None:
                    return
                namespace = first.tag[:first.tag.rfind("}") + 1]
                self._read_rows(_chain_first(first, streamed), namespace, grid, shared, formats, epoch,
                                with_formats, formulas)

    def _read_rows(self, rows: Iterator[Element], ns: str, grid: SheetGrid, shared: list[str],
                   formats: list[tuple[str, bool]], epoch: datetime, with_formats: bool,
                   formulas: bool = True) -> None:
        """Fill `grid` from <row> elements. Hot loop: about 150,000 cells for a 1,000-project plan."""
        c_tag, v_tag, f_tag, is_tag = ns + "c", ns + "v", ns + "f", ns + "is"
        date_styles = {str(n) for n, (_code, is_date) in enumerate(formats) if is_date}
        columns: dict[str, int] = {}
        row_number = 0
        for row in rows:
            given = row.get("r")
            row_number = int(given) if given else row_number + 1
            if row_number > MAX_ROWS_PER_SHEET:
                raise WorkbookRefused(_("The sheet {title} has more than {max_rows_per_sheet:,} rows, more "
                                      "than a plan can hold; check that it is the right file.").format(
                                          title=grid.title, max_rows_per_sheet=MAX_ROWS_PER_SHEET))
            values: list[Any] = []
            column = -1
            for cell in row.findall(c_tag):
                ref = cell.get("r")
                if ref:
                    letters = ref.rstrip("0123456789")
                    found = columns.get(letters)
                    if found is None:
                        found = columns[letters] = column_index_from_string(letters.upper()) - 1
                    column = found
                else:
                    column += 1
                kind = cell.get("t")
                raw = cell.findtext(v_tag)
                formula = cell.find(f_tag) if formulas else None
                value: Any
                if formula is None and (kind is None or kind == "n"):
                    value = _number(raw) if raw else None
                else:
                    value = _typed_value(kind or "n", raw, cell.find(is_tag) if kind == "inlineStr" else None,
                                         shared)
                if value is None:
                    if formula is not None:
                        grid.formulas_without_value[(row_number, column)] = "=" + (formula.text or "")
                    continue
                if value.__class__ is int or value.__class__ is float:
                    style = cell.get("s")
                    if style is not None and style in date_styles:
                        try:
                            value = from_excel(value, epoch)
                        except (ValueError, OverflowError):
                            pass
                    elif with_formats:
                        index = int(style or 0)
                        grid.number_formats[(row_number, column)] = formats[index][0] if index < len(formats) else ""
                if column >= len(values):
                    if column > len(values):
                        values.extend([None] * (column - len(values)))
                    values.append(value)
                else:
                    values[column] = value
            if values:
                grid.rows[row_number] = values
            row.clear()


def _chain_first(first: Element, rest: Iterator[Element]) -> Iterator[Element]:
    yield first
    yield from rest


def _string_of(element: Element) -> str:
    """The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run (not phonetic hints)."""
    parts = []
    for child in element:
        local = _local(child.tag)
        if local == "t":
            parts.append(child.text or "")
        elif local == "r":
            for run_child in child:
                if _local(run_child.tag) == "t":
                    parts.append(run_child.text or "")
    return "".join(parts)


def _number(raw: str) -> int | float | None:
    text = raw.strip()
    if not text:
        return None
    if "." in text or "e" in text or "E" in text:
        number = float(text)
        return int(number) if number.is_integer() and abs(number) < 2**53 and "e" not in text.lower() else number
    return int(text)


def _typed_value(kind: str, raw: str | None, inline: Element | None, shared: list[str]) -> Any:
    if kind == "inlineStr":
        return unescape(_string_of(inline)) if inline is not None else None
    if raw is None:
        return None
    if kind == "s":
        return shared[int(raw)]
    if kind in ("str", "e"):
        return unescape(raw)
    if kind == "b":
        return raw.strip() in ("1", "true")
    if kind == "d":
        try:
            return datetime.fromisoformat(raw.strip().rstrip("Z"))
        except ValueError:
            return raw
    return _number(raw)
