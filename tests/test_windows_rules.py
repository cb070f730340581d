"""Right on Windows and macOS, tested here by simulation.

- A replace over a file another program holds (Excel, a virus scanner) is retried
  for a bounded time, then refused with the "open in another program" sentence,
  the old file intact (the PermissionError is simulated with its Windows error code).
- Every file name the app makes up is a valid Windows name (`PureWindowsPath` rules,
  reserved device names, length) for every city of the reference data.
- Vietnamese letters in folders and file names, in both Unicode normal forms
  (macOS file systems hand back decomposed names).
- No POSIX-only call without a guard or a fallback (checked in the source).
- File modes per kind: keys private, everything meant to be shared readable per umask.
"""

from __future__ import annotations

import ast
import errno
import os
import stat
import unicodedata
from datetime import UTC, datetime
from pathlib import Path, PureWindowsPath
from typing import Any

import pytest

from ascn_desktop.core import safe_files
from ascn_desktop.core.bundles.bundle_format import bundle_file_name
from ascn_desktop.core.consolidation.national_bundle import national_file_name
from ascn_desktop.core.bundles.review_note import note_file_name
from ascn_desktop.core.data_export import export_data
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.reports.annual_report_files import report_file_names
from ascn_desktop.core.safe_files import FileWriteError, atomic_write, replace_file
from ascn_desktop.core.signing.identity import create_identity
from ascn_desktop.core.text import slug
from ascn_desktop.store.engine import Store

PACKAGE = Path(__file__).resolve().parent.parent / "ascn_desktop"
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                    *(f"LPT{n}" for n in range(1, 10))}
WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(n) for n in range(32)}
TYPICAL_WINDOWS_FOLDER = PureWindowsPath(r"C:\Users\Nguyễn Thị Thanh Hương\OneDrive - UBND Đà Nẵng\Documents\ASCN")


def _held(winerror: int = 32) -> PermissionError:
    """The PermissionError Windows raises when another program holds the target open."""
    error = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                                          "another process")
    error.winerror = winerror  # type: ignore[attr-defined]  # set by Windows itself; simulated here
    return error


class _HeldOs:
    """`os` whose replace fails `times` times as if the target were held, then works."""

    def __init__(self, times: int, error: PermissionError) -> None:
        self.times = times
        self.error = error
        self.attempts = 0

    def replace(self, source: Any, target: Any) -> None:
        self.attempts += 1
        if self.attempts <= self.times:
            raise self.error
        os.replace(source, target)

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_a_held_target_is_retried_until_it_is_free(tmp_path: Path, winerror: int) -> None:
    target = tmp_path / "ascn-annual-report-2025.xlsx"
    target.write_bytes(b"old report")
    source = tmp_path / "new"
    source.write_bytes(b"new report")
    waits: list[float] = []
    held = _HeldOs(times=4, error=_held(winerror))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(safe_files, "os", held)
        replace_file(source, target, sleep=waits.append)
    assert target.read_bytes() == b"new report" and not source.exists()
    assert held.attempts == 5 and len(waits) == 4 and waits == sorted(waits)


def test_a_target_held_for_good_is_refused_after_a_bounded_wait(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "VNM-Da-Nang-2018-2025-r3.ascn"
    target.write_bytes(b"the bundle sent yesterday")
    waits: list[float] = []
    monkeypatch.setattr(safe_files.time, "sleep", waits.append)
    held = _HeldOs(times=10_000, error=_held(32))
    monkeypatch.setattr(safe_files, "os", held)
    with pytest.raises(FileWriteError) as refused:
        atomic_write(target, b"today's bundle")
    assert refused.value.message == f"{target.name} is open in another program; close it there and try again."
    assert held.attempts == safe_files.REPLACE_ATTEMPTS
    assert 1.0 <= sum(waits) <= 4.0  # long enough for a scanner to let go, short enough not to look frozen
    assert target.read_bytes() == b"the bundle sent yesterday"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind


def test_a_posix_permission_error_is_not_retried(tmp_path: Path) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    source.write_bytes(b"x")
    held = _HeldOs(times=1, error=PermissionError(errno.EACCES, "Permission denied"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(safe_files, "os", held)
        with pytest.raises(PermissionError):
            replace_file(source, target, sleep=lambda _s: pytest.fail("a real permission problem waited"))
    assert held.attempts == 1


def _assert_windows_file_name(name: str) -> None:
    assert name and len(name) <= 255, name
    assert not set(name) & WINDOWS_FORBIDDEN, name
    assert not name.endswith((" ", ".")), name
    assert name.split(".")[0].upper() not in WINDOWS_RESERVED, name
    path = PureWindowsPath(TYPICAL_WINDOWS_FOLDER, name)
    assert path.name == name and path.parent == TYPICAL_WINDOWS_FOLDER, name  # one part, nothing absolute
    assert len(str(path)) < 260, path  # under MAX_PATH in a deep OneDrive folder with a Vietnamese name


def test_every_made_up_file_name_is_a_valid_windows_name(reference: ReferenceData) -> None:
    moment = datetime(2026, 12, 31, 23, 59, tzinfo=UTC)
    names = [*report_file_names(2026), "ascn-data.json"]
    for cycle in reference.cycles:
        names += [national_file_name(country, cycle, moment) for country in reference.member_states]
        for city in reference.cities.values():
            names.append(bundle_file_name(country=city.country, city_name_en=city.name_en, cycle=cycle,
                                          revision=10_000))
            names.append(note_file_name(country=city.country, city_name_en=city.name_en, cycle=cycle,
                                        revision=10_000))
            names.append(f"{slug(city.name)}-{cycle}-template.xlsx")
    assert len(names) > 100
    for name in names:
        _assert_windows_file_name(name)
    for awkward in ("", "CON", "Nul.", "a/b\\c:d", "Đà Nẵng?", " . "):
        _assert_windows_file_name(slug(awkward) + ".ascn")


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_vietnamese_folder_and_file_names_in_both_normal_forms(tmp_path: Path, form: str) -> None:
    folder = tmp_path / unicodedata.normalize(form, "Báo cáo Đà Nẵng – Hồ Chí Minh")
    folder.mkdir()
    target = folder / unicodedata.normalize(form, "Kế hoạch hành động Đà Nẵng bản cuối.pdf")
    atomic_write(target, b"%PDF-1.7 content")
    atomic_write(target, b"%PDF-1.7 replaced")
    assert target.read_bytes() == b"%PDF-1.7 replaced"
    assert [p.name for p in folder.iterdir()] == [target.name]


def test_cli_works_in_a_vietnamese_profile_folder(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "Hồ sơ của Nguyễn Thị Lan"
    assert run_cli("--home", str(home), "init").status == 0
    assert (home / "ascn.sqlite").is_file()
    result = run_cli("--home", str(home), "plan", "list")
    assert result.status == 0 and "Traceback" not in result.err


POSIX_ONLY = {"fchmod", "fchown", "chown", "lchown", "getuid", "geteuid", "getgid", "getegid", "fork", "killpg",
              "setsid", "getpgid", "statvfs", "fstatvfs", "sync", "uname", "O_NOFOLLOW", "O_DIRECTORY",
              "SIGKILL", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGALRM", "getpwuid", "syncfs"}
POSIX_ONLY_MODULES = {"fcntl", "pwd", "grp", "termios", "resource", "posix"}


def _guarded(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside `if os.name …`/`if sys.platform …`, after such an early return, or in a try with a fallback."""
    current: ast.AST | None = node
    while current is not None:
        parent = parents.get(current)
        if isinstance(parent, ast.If) and ("os.name" in ast.unparse(parent.test)
                                           or "sys.platform" in ast.unparse(parent.test)):
            return True
        if isinstance(parent, ast.Try) and current in parent.body and any(
                handler.type is not None and any(word in ast.unparse(handler.type)
                                                 for word in ("AttributeError", "ImportError", "OSError"))
                for handler in parent.handlers):
            return True
        if isinstance(parent, ast.FunctionDef):
            first = parent.body[0] if not isinstance(parent.body[0], ast.Expr) else parent.body[1]
            if isinstance(first, ast.If) and ("os.name" in ast.unparse(first.test)
                                              or "sys.platform" in ast.unparse(first.test)):
                return True  # the function returns early on the other systems
        current = parent
    return False


def test_no_posix_only_call_without_a_guard_or_fallback() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in POSIX_ONLY and (
                    node.attr == "syncfs" or ast.unparse(node.value) in ("os", "signal", "posix")):
                name = f"{ast.unparse(node)}"
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                hits = [m for m in modules if m.split(".")[0] in POSIX_ONLY_MODULES]
                if not hits:
                    continue
                name = f"import {hits[0]}"
            else:
                continue
            if not _guarded(node, parents):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name}")
    assert offenders == []


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_file_modes_follow_the_kind_of_file(demo_store: Store, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Shared files get what any program's new file gets (0666 less umask), never mkstemp's 0600."""
    assert safe_files.shared_mode() == 0o666 & ~safe_files._UMASK
    monkeypatch.setattr(safe_files, "_UMASK", 0o002)  # a team that shares a drive
    out = tmp_path / "exports"
    for written in export_data(demo_store, fmt="csv", out_dir=out):
        assert _mode(written) == 0o664, written
    atomic_write(tmp_path / "report.pdf", b"%PDF")
    assert _mode(tmp_path / "report.pdf") == 0o664
    monkeypatch.setattr(safe_files, "_UMASK", 0o022)
    atomic_write(tmp_path / "report.pdf", b"%PDF again")  # replacing a file takes the new file's mode
    assert _mode(tmp_path / "report.pdf") == 0o644
    identity = create_identity(demo_store, name="Nguyễn Thị Lan", role="csco", country="VNM",
                               city="VNM-DA-NANG", passphrase="Mưa rơi trên sông Hàn, chín giờ sáng thứ Hai")
    assert _mode(identity.key_file) == safe_files.PRIVATE_MODE == 0o600
