"""The GUI holds no SQL and no session: every store access goes through a core function.

Parsed, not grepped: an import of SQLAlchemy, the ORM models or sqlite3, a call of
a session method (`store.read()`, `.transaction()`, `.scalars()`, `.execute()`),
or a string that reads as SQL anywhere under ``ascn_desktop/gui/`` fails.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ascn_desktop

GUI = Path(ascn_desktop.__file__).resolve().parent / "gui"
FORBIDDEN_MODULES = ("sqlalchemy", "sqlite3", "psycopg", "ascn_desktop.store.models", "ascn_desktop.store.mapping")
SESSION_CALLS = {"read", "transaction", "transaction_without_waiting", "scalars", "scalar", "execute", "session"}
SQL = re.compile(r"\b(SELECT\s+\S+.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.S)


def sql_in(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        if any(name == bad or name.startswith(bad + ".") for name in names for bad in FORBIDDEN_MODULES):
            found.append(f"line {node.lineno}: imports {names[0]}")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SESSION_CALLS):
            found.append(f"line {node.lineno}: calls .{node.func.attr}()")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"line {node.lineno}: SQL text {node.value[:40]!r}")
    return found


def test_the_gui_holds_no_sql_and_opens_no_session() -> None:
    offences = {str(path.relative_to(GUI.parent)): found
                for path in sorted(GUI.rglob("*.py")) if (found := sql_in(path))}
    assert not offences, f"SQL or a session in the GUI (call a core function instead): {offences}"


def test_the_check_finds_what_it_looks_for(tmp_path: Path) -> None:
    bad = tmp_path / "page.py"
    bad.write_text('from sqlalchemy import select\n'
                   'def f(store):\n'
                   '    with store.read() as session:\n'
                   '        return session.scalars(select(1)).first()\n'
                   'Q = "SELECT id FROM plans"\n', encoding="utf-8")
    found = sql_in(bad)
    assert any("imports sqlalchemy" in line for line in found)
    assert any(".read()" in line for line in found) and any(".scalars()" in line for line in found)
    assert any("SQL text" in line for line in found)
