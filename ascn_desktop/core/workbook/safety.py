"""Checks a workbook file passes before any XML parser sees it.

A workbook arrives by e-mail from anyone. Before openpyxl parses it we refuse,
with one sentence each: files that are not .xlsx workbooks (including old .xls
and OpenDocument files), password-protected workbooks (an encrypted OLE
container), workbooks with macros, files too large or expanding too far when
unzipped, and XML carrying a document type declaration (entity-expansion
attacks such as "billion laughs"; a spreadsheet never needs one). defusedxml is
still active in openpyxl as a second line (`openpyxl.xml.DEFUSEDXML`).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl.xml

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import _

MAX_FILE_BYTES = 50 * 1024 * 1024  # a 1,000-project plan is about 1.5 MB
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_ROWS_PER_SHEET = 200_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARKERS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CHUNK = 1 << 20


class WorkbookRefused(AscnError):
    """The file is not a workbook the app will read; nothing was changed."""


@dataclass
class WorkbookScan:
    """What the pre-check learned: which worksheet parts hold formulas."""

    formula_parts: set[str] = field(default_factory=set)

    @property
    def has_formulas(self) -> bool:
        return bool(self.formula_parts)


def defused_xml_active() -> bool:
    return bool(openpyxl.xml.DEFUSEDXML)


def scan_workbook_file(path: Path) -> WorkbookScan:
    """Refuse unsafe or unreadable files (raises WorkbookRefused); return what the reader needs to know."""
    name = path.name
    if not path.is_file():
        raise WorkbookRefused(_("There is no file {path}; choose an existing workbook.").format(path=path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise WorkbookRefused(_("{name} is {size} MB, larger than the "
                              "{max_file_bytes} MB a plan workbook can be; check that it is "
                              "the right file.").format(
                                  name=name, size=size // (1024 * 1024), max_file_bytes=MAX_FILE_BYTES // (1024 * 1024)))
    with path.open("rb") as handle:
        head = handle.read(8)
        if head == _OLE_MAGIC:
            content = head + handle.read()
            if any(marker in content for marker in _ENCRYPTED_MARKERS):
                raise WorkbookRefused(_("{name} is protected with a password; open it in Excel, remove the "
                                      "password (File › Info › Protect Workbook) and save it again.").format(
                                          name=name))
            raise WorkbookRefused(_("{name} is an old Excel 97-2003 file (.xls); open it in Excel or LibreOffice "
                                  "and save it as an Excel workbook (.xlsx).").format(name=name))
    if not head.startswith(b"PK"):
        raise WorkbookRefused(_("{name} is not an Excel workbook (.xlsx); choose the workbook exported by "
                              "ASCN Desktop or saved from it.").format(name=name))
    try:
        with zipfile.ZipFile(path) as archive:
            return _scan_archive(archive, name)
    # zipfile lets other errors out of a crafted archive: a name flagged UTF-8 that is not
    # (UnicodeDecodeError), a "version needed" it does not know (NotImplementedError), offsets
    # before the start of the file (OSError, ValueError) -- all found by `make fuzz`.
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise WorkbookRefused(_("{name} is damaged or not an Excel workbook (.xlsx); save it again from Excel "
                              "or LibreOffice.").format(name=name)) from None


def _scan_archive(archive: zipfile.ZipFile, name: str) -> WorkbookScan:
    infos = archive.infolist()
    names = {info.filename.lower() for info in infos}
    if "mimetype" in names and "content.xml" in names:
        raise WorkbookRefused(_("{name} is an OpenDocument spreadsheet (.ods); save it as an Excel workbook "
                              "(.xlsx) and import that.").format(name=name))
    if "xl/workbook.xml" not in names or "[content_types].xml" not in names:
        raise WorkbookRefused(_("{name} is not an Excel workbook (.xlsx); choose the workbook exported by "
                              "ASCN Desktop or saved from it.").format(name=name))
    if any(n.endswith("vbaproject.bin") for n in names):
        raise WorkbookRefused(_("{name} contains macros; save it as a plain Excel workbook (.xlsx, without "
                              "macros) and import that.").format(name=name))
    if len(infos) > MAX_MEMBERS:
        raise WorkbookRefused(_("{name} has {infos} parts, far more than a plan workbook; check that it "
                              "is the right file.").format(name=name, infos=len(infos)))
    declared = sum(info.file_size for info in infos)
    if declared > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookRefused(_("{name} would unpack to {declared} MB, more than a plan "
                              "workbook can be; check that it is the right file.").format(
                                  name=name, declared=declared // (1024 * 1024)))
    scan = WorkbookScan()
    budget = MAX_UNCOMPRESSED_BYTES
    for info in infos:
        lower = info.filename.lower()
        if not lower.endswith((".xml", ".rels", ".vml")):
            continue
        budget = _scan_member(archive, info, name, scan, budget)
    return scan


def _scan_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, scan: WorkbookScan,
                 budget: int) -> int:
    tail = b""
    is_sheet = info.filename.lower().startswith("xl/worksheets/")
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                budget -= len(chunk)
                if budget < 0:
                    raise WorkbookRefused(_("{name} unpacks to more than a plan workbook can be; check that it "
                                          "is the right file.").format(name=name))
                window = tail + chunk
                if _DTD.search(window):
                    raise WorkbookRefused(_("{name} contains XML entity declarations, which workbooks never "
                                          "need and attacks use; it was not opened.").format(name=name))
                if is_sheet and info.filename not in scan.formula_parts and _FORMULA.search(window):
                    scan.formula_parts.add(info.filename)
                tail = chunk[-16:]
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError, ValueError,
            RuntimeError):  # RuntimeError: zipfile's "encrypted, password required" (found by make fuzz)
        raise WorkbookRefused(_("{name} is damaged ({filename} cannot be unpacked); save it again from "
                              "Excel or LibreOffice.").format(name=name, filename=info.filename)) from None
    return budget
