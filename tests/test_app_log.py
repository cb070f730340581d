"""Failing well on the command line: one sentence and the log's path; the traceback only in the log.

Also the rotating log itself (folder made on first line, fallback when the
profile cannot hold it, a rotation blocked by another program) and the
diagnostic information (never a key, a passphrase or a password).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from ascn_desktop.cli import main as cli_main_module
from ascn_desktop.cli import store_commands
from ascn_desktop.core import app_log, resources
from ascn_desktop.core.diagnostics import diagnostic_text
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.signing.identity import create_identity
from ascn_desktop.store.engine import Store

PASSPHRASE = "Mưa rơi trên sông Hàn, chín giờ sáng thứ Hai"


@pytest.fixture(autouse=True)
def _own_log_handlers() -> Iterator[None]:
    """Each test's log set-up is removed afterwards, so no handler outlives its temporary folder."""
    yield
    for handler in list(app_log.log.handlers):
        if isinstance(handler, app_log.ProfileLogHandler):
            app_log.log.removeHandler(handler)
            handler.close()


def _broken_init(_args: object) -> int:
    raise RuntimeError("a bug in init")


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_unexpected_error_is_one_sentence_with_the_log_path(run_cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_commands, "cmd_init", _broken_init)
    home = tmp_path / "hồ sơ"
    result = run_cli("--home", str(home), "init")
    assert result.status == 1
    sentence = _one_sentence(result.err)
    log_file = home / "logs" / "ascn.log"
    assert sentence.startswith("ascn: An unexpected error (RuntimeError) stopped the command;")
    assert str(log_file) in sentence
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "RuntimeError: a bug in init" in logged
    assert "'ascn init'" in logged


@pytest.mark.parametrize("how", ["flag", "flag-after-command", "environment"])
def test_debug_also_prints_the_traceback(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                         how: str) -> None:
    monkeypatch.setattr(store_commands, "cmd_init", _broken_init)
    args = {"flag": ["--debug", "--home", str(tmp_path), "init"],
            "flag-after-command": ["--home", str(tmp_path), "init", "--debug"],
            "environment": ["--home", str(tmp_path), "init"]}[how]
    if how == "environment":
        monkeypatch.setenv("ASCN_DEBUG", "1")
    result = run_cli(*args)
    assert result.status == 1
    assert result.err.startswith("ascn: An unexpected error (RuntimeError)")
    assert "Traceback (most recent call last)" in result.err and "a bug in init" in result.err


def test_an_expected_refusal_logs_its_traceback_but_prints_only_the_sentence(run_cli,  # type: ignore[no-untyped-def]
                                                                            tmp_path: Path) -> None:
    assert run_cli("--home", str(tmp_path), "init").status == 0
    result = run_cli("--home", str(tmp_path), "plan", "show", "Atlantis")
    assert result.status == 1
    assert _one_sentence(result.err).startswith("ascn: There is no ASCN city called 'Atlantis'")
    logged = (tmp_path / "logs" / "ascn.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "NotFoundError" in logged


def test_a_missing_installation_folder_is_one_sentence(run_cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """What a wheel without db/ did before: a sentence and a 30-line traceback. Now the sentence only."""
    resources._roots.cache_clear()
    monkeypatch.setattr(resources, "_roots", lambda: (tmp_path / "empty install",))
    result = run_cli("--home", str(tmp_path / "home"), "init")
    assert result.status == 1
    assert _one_sentence(result.err) == "ascn: The application's 'db' folder is missing; reinstall ASCN Desktop."
    assert "MissingResourceError" in (tmp_path / "home" / "logs" / "ascn.log").read_text(encoding="utf-8")


def test_a_command_module_that_fails_to_load_is_one_sentence(run_cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(cli_main_module.COMMAND_INDEX, "init", ("gone_commands", "create or upgrade the store"))
    result = run_cli("--home", str(tmp_path), "init")
    assert result.status == 1
    assert "(ModuleNotFoundError)" in _one_sentence(result.err)


def test_a_command_that_logs_nothing_creates_no_log_folder(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "untouched"
    for args in (["--version"], ["--help"], ["diagnostics"]):
        assert run_cli("--home", str(home), *args).status == 0
    assert not home.exists()


def test_a_library_configuring_logging_does_not_silence_the_log(tmp_path: Path) -> None:
    """logging.config.dictConfig (import-linter calls it) disables every logger that exists by then."""
    import logging.config

    logging.config.dictConfig({"version": 1})  # disable_existing_loggers defaults to True
    try:
        log_file = app_log.setup_logging(resolve_profile(tmp_path), program="test")
        app_log.log.info("still written")
        assert "still written" in log_file.read_text(encoding="utf-8")
    finally:
        app_log.log.disabled = False


def test_the_log_rotates(tmp_path: Path) -> None:
    log_file = app_log.setup_logging(resolve_profile(tmp_path), program="test")
    handler = next(h for h in app_log.log.handlers if isinstance(h, app_log.ProfileLogHandler))
    handler.maxBytes = 2_000
    for n in range(200):
        app_log.log.info("line %d of a long session: Hà Nội, Đà Nẵng", n)
    names = sorted(path.name for path in log_file.parent.iterdir())
    assert names == ["ascn.log", *(f"ascn.log.{n}" for n in range(1, app_log.BACKUP_COUNT + 1))]
    assert "line 199" in log_file.read_text(encoding="utf-8")


def test_a_rotation_blocked_by_another_program_keeps_logging(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """On Windows a second copy of the app may hold ascn.log open: renaming it fails, the log goes on."""
    log_file = app_log.setup_logging(resolve_profile(tmp_path), program="test")
    handler = next(h for h in app_log.log.handlers if isinstance(h, app_log.ProfileLogHandler))
    handler.maxBytes = 500

    def held(_source: str, _target: str) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(handler, "rotate", held)
    for n in range(50):
        app_log.log.info("line %d", n)
    assert "line 49" in log_file.read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""  # no "--- Logging error ---" on the user's terminal


def test_a_profile_that_cannot_hold_a_log_falls_back_to_the_temporary_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    home.write_text("a file where the profile folder should be", encoding="utf-8")
    fallback = tmp_path / "fallback"
    monkeypatch.setattr(app_log, "fallback_log_folder", lambda: fallback)
    app_log.setup_logging(resolve_profile(home), program="test")
    try:
        raise KeyError("x")
    except KeyError as exc:
        written = app_log.log_unexpected(exc, context="in a test")
    assert written == fallback / "ascn.log"
    assert "KeyError" in written.read_text(encoding="utf-8")
    assert str(written) in app_log.unexpected_error_sentence(KeyError("x"), written)
    assert capsys.readouterr().err == ""


def test_diagnostics_name_versions_schema_and_folders_but_no_secret(store: Store, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASCN_PASSPHRASE", PASSPHRASE)
    identity = create_identity(store, name="Nguyễn Thị Lan", role="csco", country="VNM", city="VNM-DA-NANG",
                               passphrase=PASSPHRASE)
    app_log.setup_logging(store.profile, program="test")
    text = diagnostic_text(store.profile, store)
    for needed in ("ASCN Desktop: 0.", "Python: CPython 3.", "Store schema: 0", "Operating system:",
                   f"Profile folder: {store.profile.home}", f"Log folder: {store.profile.home / 'logs'}",
                   "Installed as: source checkout"):
        assert needed in text, needed
    assert PASSPHRASE not in text
    assert identity.key_file.read_bytes().decode("latin-1") not in text
    key_text = identity.key_file.read_text(encoding="utf-8", errors="replace")
    assert not any(len(line) > 20 and line in text for line in key_text.splitlines())
    remote = resolve_profile(tmp_path, db="postgresql+psycopg://officer:s3cr3t-pw@db.example/ascn")
    remote_text = diagnostic_text(remote, None, store_problem="not reachable")
    assert "s3cr3t-pw" not in remote_text and "officer:***@db.example" in remote_text


def test_cli_diagnostics_never_creates_a_store(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--home", str(tmp_path / "none"), "diagnostics")
    assert result.status == 0
    assert "Store schema: There is no store" in result.out
    assert not (tmp_path / "none" / "ascn.sqlite").exists()
    result = run_cli("--home", str(tmp_path / "none"), "diagnostics", "--json")
    assert '"Store schema"' in result.out
