"""Files the Excel import refuses with one sentence, before parsing anything it should not."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest
from defusedxml import DefusedXmlException

from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook import safety
from ascn_desktop.core.workbook.reader import read_plan_workbook
from ascn_desktop.core.workbook.safety import WorkbookRefused
from fixtures.workbooks.workbook_factory import base_plan, write_workbook

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n' for n in range(1, 10))
    + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    "<si><t>&lol9;</t></si></sst>"
)


def _good(tmp_path: Path, reference: ReferenceData) -> Path:
    return write_workbook(tmp_path / "good.xlsx", base_plan(), reference)


def _with_members(source: Path, target: Path, extra: dict[str, bytes], *, drop: tuple[str, ...] = ()) -> Path:
    out = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename not in extra and info.filename not in drop:
                zout.writestr(info, zin.read(info))
        for name, data in extra.items():
            zout.writestr(name, data)
    target.write_bytes(out.getvalue())
    return target


def _refused(path: Path, reference: ReferenceData) -> str:
    with pytest.raises(WorkbookRefused) as caught:
        read_plan_workbook(path, reference=reference, base_plan=base_plan())
    message = caught.value.message
    assert message.endswith(".") and "\n" not in message
    return message


def test_defusedxml_is_active_in_openpyxl() -> None:
    assert openpyxl.xml.DEFUSEDXML is True
    assert safety.defused_xml_active()


def test_plain_text_file(tmp_path: Path, reference: ReferenceData) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_text("code,title\nP-1,Lights\n", encoding="utf-8")
    assert "not an Excel workbook" in _refused(path, reference)


def test_missing_file(tmp_path: Path, reference: ReferenceData) -> None:
    assert "There is no file" in _refused(tmp_path / "nowhere.xlsx", reference)


def test_password_protected_workbook(tmp_path: Path, reference: ReferenceData) -> None:
    # An encrypted .xlsx is an OLE compound file holding EncryptionInfo and EncryptedPackage streams.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le")
                     + b"\0" * 1000)
    assert "protected with a password" in _refused(path, reference)


def test_old_xls(tmp_path: Path, reference: ReferenceData) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    assert "Excel 97-2003" in _refused(path, reference)


def test_macro_enabled_workbook(tmp_path: Path, reference: ReferenceData) -> None:
    path = _with_members(_good(tmp_path, reference), tmp_path / "macro.xlsm", {"xl/vbaProject.bin": b"\0" * 64})
    assert "contains macros" in _refused(path, reference)


def test_opendocument_spreadsheet(tmp_path: Path, reference: ReferenceData) -> None:
    path = tmp_path / "plan.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert "OpenDocument" in _refused(path, reference)


def test_damaged_zip(tmp_path: Path, reference: ReferenceData) -> None:
    data = _good(tmp_path, reference).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert "damaged" in _refused(path, reference)


def test_file_too_large(tmp_path: Path, reference: ReferenceData, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_FILE_BYTES", 1000)
    assert "larger than" in _refused(_good(tmp_path, reference), reference)


def test_unpacks_too_far(tmp_path: Path, reference: ReferenceData, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED_BYTES", 20_000)
    assert "unpack" in _refused(_good(tmp_path, reference), reference)


def test_too_many_rows(tmp_path: Path, reference: ReferenceData, monkeypatch: pytest.MonkeyPatch) -> None:
    from ascn_desktop.core.workbook import sheets

    monkeypatch.setattr(sheets, "MAX_ROWS_PER_SHEET", 2)
    assert "more than 2 rows" in _refused(_good(tmp_path, reference), reference)


def test_workbook_without_projects_sheet(tmp_path: Path, reference: ReferenceData) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Budget"
    book.save(tmp_path / "other.xlsx")
    assert "no sheet named 'Projects'" in _refused(tmp_path / "other.xlsx", reference)


def test_entity_expansion_is_refused_quickly_and_small(tmp_path: Path, reference: ReferenceData) -> None:
    path = _with_members(_good(tmp_path, reference), tmp_path / "laughs.xlsx",
                         {"xl/sharedStrings.xml": BILLION_LAUGHS.encode()})
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = _refused(path, reference)
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "entity declarations" in message
    assert elapsed < 2.0
    assert peak < 100 * 1024 * 1024


def test_entity_expansion_in_a_sheet_and_openpyxl_refuses_it_too(tmp_path: Path, reference: ReferenceData) -> None:
    sheet = BILLION_LAUGHS.replace("<sst", "<worksheet").replace("</sst>", "</worksheet>")
    sheet = sheet.replace('count="1" uniqueCount="1"><si><t>&lol9;</t></si>',
                          '><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>')
    path = _with_members(_good(tmp_path, reference), tmp_path / "laughs2.xlsx",
                         {"xl/worksheets/sheet3.xml": sheet.encode()})
    assert "entity declarations" in _refused(path, reference)
    # The second line of defence: openpyxl itself (defusedxml) refuses the same file.
    with path.open("rb") as handle, pytest.raises((DefusedXmlException, ValueError)) as caught:
        book = openpyxl.load_workbook(handle, read_only=True)
        for ws in book.worksheets:
            list(ws.iter_rows(values_only=True))
    chain: BaseException | None = caught.value
    while chain is not None and not isinstance(chain, DefusedXmlException):
        chain = chain.__cause__ or chain.__context__
    assert isinstance(chain, DefusedXmlException)
