"""`ascn` store commands: happy paths and error paths, one sentence on stderr, no traceback."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from ascn_desktop import __version__


def test_version(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--version")
    assert result.status == 0
    assert __version__ in result.out


def test_help_lists_every_command(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--help")
    for command in ("init", "cities", "demo", "plan"):
        assert command in result.out


def test_init_creates_then_reopens(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = str(tmp_path / "home")
    first = run_cli("init", "--home", home)
    assert first.status == 0, first.err
    assert "schema 0001" in first.out or "schema" in first.out
    assert (tmp_path / "home" / "ascn.sqlite").exists()
    assert run_cli("init", "--home", home).status == 0


def test_home_from_environment(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ASCN_HOME", str(tmp_path / "env-home"))
    assert run_cli("init").status == 0
    assert (tmp_path / "env-home" / "ascn.sqlite").exists()


def test_db_option_overrides_only_the_store(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "custom.sqlite"
    assert run_cli("init", "--home", str(tmp_path / "home"), "--db", str(db)).status == 0
    assert db.exists()
    assert not (tmp_path / "home" / "ascn.sqlite").exists()


def test_cities_text_and_json(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = str(tmp_path / "home")
    text = run_cli("cities", "--home", home)
    assert text.status == 0
    assert "VNM  Viet Nam: Đà Nẵng, Hà Nội, Hồ Chí Minh" in text.out
    assert "TLS  Timor-Leste" in text.out
    data = json.loads(run_cli("cities", "--json", "--home", home).out)
    assert len(data) == 11
    assert sum(len(country["cities"]) for country in data) == 38
    malaysia = next(country for country in data if country["country"] == "MYS")
    assert len(malaysia["cities"]) == 7
    assert "TLS  Timor-Leste: Dili (Díli, joined 2026)" in text.out
    assert "Phnom Penh (ភ្នំពេញ)" in text.out and "Chiang Mai (เชียงใหม่, joined 2023)" in text.out
    assert "38 cities in 11 member states" in text.out
    dili = next(country for country in data if country["country"] == "TLS")["cities"][0]
    assert (dili["joined_year"], dili["name_local"]) == (2026, "Díli") and "not official" in dili["note"]


def test_demo_then_plan_show(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = str(tmp_path / "home")
    demo = run_cli("demo", "--home", home)
    assert demo.status == 0 and "26 cities" in demo.out
    assert "nothing was added" in run_cli("demo", "--home", home).out  # idempotent
    for typed in ("ha noi", "Hà Nội", "Ha Noi"):
        shown = run_cli("plan", "show", typed, "--home", home)
        assert shown.status == 0, shown.err
        assert "Hà Nội (VNM)" in shown.out
        assert "Sample" in shown.out
    data = json.loads(run_cli("plan", "show", "da nang", "--json", "--home", home).out)
    assert data["city_name"] == "Đà Nẵng"
    assert data["is_sample"] is True
    assert data["project_count"] == len(data["projects"]) >= 5
    assert isinstance(data["total_budget"], str)  # exact decimal text, never a float


def test_plan_show_unknown_city(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("plan", "show", "Atlantis", "--home", str(tmp_path / "home"))
    assert result.status == 1
    assert result.err.startswith("ascn: There is no ASCN city called 'Atlantis'")
    assert "Traceback" not in result.err


def test_plan_show_city_without_plan(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("plan", "show", "Phuket", "--home", str(tmp_path / "home"))
    assert result.status == 1
    assert "has no plan" in result.err


def test_unreadable_db_is_one_sentence(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"\x00garbage" * 100)
    result = run_cli("cities", "--home", str(tmp_path / "home"), "--db", str(bogus))
    assert result.status == 1
    assert result.err.count("\n") == 1 and "not a SQLite database" in result.err
    folder = run_cli("init", "--db", str(tmp_path))
    assert folder.status == 1 and "is a folder" in folder.err


def test_newer_schema_store(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    assert run_cli("init", "--home", str(home)).status == 0
    raw = sqlite3.connect(home / "ascn.sqlite")
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    result = run_cli("plan", "list", "--home", str(home))
    assert result.status == 1
    assert "newer version of ASCN Desktop" in result.err


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "ascn_desktop.cli.main", "plan", "show", "Nowhere", "--home", str(tmp_path)],
        capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    assert completed.stderr.strip().startswith("ascn: ")
