"""The command index of `ascn` (cli/main.py) is what the command modules register.

`ascn --help` and `ascn --version` load no command module; a command loads
only its own modules. So the index must name every top-level command, the
modules that register it and the help line the modules give it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys

import pytest

from ascn_desktop.cli.common import common_options
from ascn_desktop.cli.main import COMMAND_INDEX, command_modules


def test_the_index_lists_exactly_the_commands_each_module_registers() -> None:
    created_by: dict[str, str] = {}  # command -> the module that created it
    common = common_options()
    subparsers = argparse.ArgumentParser().add_subparsers()
    for module_name in command_modules():
        before = set(subparsers.choices)
        importlib.import_module(module_name).register(subparsers, common)
        for command in set(subparsers.choices) - before:
            created_by[command] = module_name.rsplit(".", 1)[1]
    assert set(created_by) == set(COMMAND_INDEX)
    for command, (modules, _) in COMMAND_INDEX.items():
        assert created_by[command] == modules.split()[0], command


SCRIPT = """
import json, sys
from ascn_desktop.cli.main import main
try:
    main({argv!r})
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("ascn_desktop", "sqlalchemy", "alembic")))))
"""


def _modules_loaded_by(argv: list[str]) -> list[str]:
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(argv=argv)], capture_output=True, text=True,
                         check=True).stdout
    return list(json.loads(out.strip().splitlines()[-1]))


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_version_and_help_load_no_command_module_and_no_database_library(argv: list[str]) -> None:
    loaded = _modules_loaded_by(argv)
    assert not [m for m in loaded if m.endswith("_commands")], loaded
    assert not [m for m in loaded if m.startswith(("sqlalchemy", "alembic"))], loaded


def test_a_command_loads_its_own_module_only() -> None:
    loaded = _modules_loaded_by(["cities", "--help"])
    assert [m for m in loaded if m.endswith("_commands")] == ["ascn_desktop.cli.store_commands"]
    assert "alembic" not in loaded
