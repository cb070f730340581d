"""The core/GUI boundary: only ascn_desktop.gui may import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ascn_desktop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_store_and_cli_import_no_qt() -> None:
    offenders = []
    for folder in ("core", "store", "cli"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for name in _imports(path):
                if name.split(".")[0] in QT_MODULES or name.startswith("ascn_desktop.gui"):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_importing_the_core_loads_no_qt_at_run_time() -> None:
    code = (
        "import sys, pkgutil, importlib, ascn_desktop.core, ascn_desktop.store, ascn_desktop.cli.main\n"
        "for pkg in (ascn_desktop.core, ascn_desktop.store):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__): importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "ascn_desktop.cli.main.build_parser()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_every_module_starts_with_future_annotations() -> None:
    missing = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.stat().st_size and "from __future__ import annotations" not in path.read_text(encoding="utf-8")
    ]
    assert missing == []
