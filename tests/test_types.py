"""The package stays mypy-clean under the [tool.mypy] settings in pyproject.toml (STYLE.md: full type hints)."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def test_package_and_build_helpers_are_mypy_clean(tmp_path: Path) -> None:
    # A cold cache in tmp_path: about 6 s here, and no stale .mypy_cache can hide an error.
    stdout, stderr, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / "mypy_cache"),
        "--no-error-summary", "--hide-error-context", str(ROOT / "ascn_desktop"), str(ROOT / "installer"),
    ])
    assert status == 0 and not stdout.strip(), f"mypy found type errors:\n{stdout}{stderr}"
