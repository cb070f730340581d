"""The layers of docs/architecture.md, as import-linter contracts ([tool.importlinter] in pyproject.toml).

GUI and CLI on the services, the services on the store, the store on the
domain (model, money, text, errors, timestamps, profile, resources), and no
import cycle between the modules or packages of one package.
"""

from __future__ import annotations

import contextlib
import io
import logging
import pkgutil
import re
import tomllib
from pathlib import Path

import ascn_desktop.core

ROOT = Path(__file__).resolve().parents[1]


def _layers() -> list[set[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    (layers,) = [c["layers"] for c in config["contracts"] if c["type"] == "layers"]
    return [set(re.split(r"\s*[:|]\s*", layer.strip())) for layer in layers]


def test_the_import_linter_contracts_are_kept() -> None:
    from importlinter.cli import lint_imports

    report = io.StringIO()
    # import-linter configures logging with dictConfig, which disables every logger that exists by then
    # (the app's among them): put them back, so that no later test of this process finds its log silent.
    disabled = {logger: logger.disabled for logger in logging.root.manager.loggerDict.values()
                if isinstance(logger, logging.Logger)}
    try:
        with contextlib.redirect_stdout(report), contextlib.chdir(ROOT):
            status = lint_imports()
    finally:
        for logger, was_disabled in disabled.items():
            logger.disabled = was_disabled
    assert status == 0, report.getvalue()


def test_every_module_of_the_core_has_its_layer() -> None:
    # A module missing from the contract would escape it: put it in the services or the domain layer.
    placed = set().union(*_layers())
    modules = {f"ascn_desktop.core.{m.name}" for m in pkgutil.iter_modules(ascn_desktop.core.__path__)}
    assert sorted(modules - placed) == []
    assert sorted(name for name in placed if name.startswith("ascn_desktop.core.") and name not in modules) == []
