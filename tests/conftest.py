"""Shared fixtures: temporary profiles and stores, a CLI runner."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ascn_desktop.cli.main import main as cli_main  # noqa: E402
from ascn_desktop.core.profile import Profile, resolve_profile  # noqa: E402
from ascn_desktop.core.reference import ReferenceData, load_reference  # noqa: E402
from ascn_desktop.core.startup import open_profile_store  # noqa: E402
from ascn_desktop.store.engine import Store  # noqa: E402
import pg_server as pg_server_module  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the real user profile."""
    monkeypatch.delenv("ASCN_DB", raising=False)
    monkeypatch.delenv("ASCN_PASSPHRASE", raising=False)
    monkeypatch.delenv("ASCN_DEBUG", raising=False)
    monkeypatch.setenv("ASCN_HOME", str(tmp_path / "default-home"))
    monkeypatch.setenv("LANGUAGE", "en")  # English interface whatever the machine's language (core/language)


@pytest.fixture(autouse=True)
def _store_off_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """GUI and journey tests fail when GUI code touches the store on the GUI thread (tests/gui_thread_guard.py)."""
    name = request.module.__name__.rpartition(".")[2]
    if not name.startswith(("test_gui_", "test_journey_")):
        yield
        return
    from gui_thread_guard import watching

    with watching() as watch:
        yield
    unexpected = watch.unexpected()
    record = os.environ.get("ASCN_GUI_THREAD_RECORD")
    if record:  # survey mode: list the places instead of failing
        with open(record, "a", encoding="utf-8") as out:
            out.writelines(f"{place}\t{sql}\n" for place, sql in unexpected.items())
        return
    assert not unexpected, "the store was touched on the GUI thread by:\n" + "\n".join(
        f"  {place}  ({sql})" for place, sql in sorted(unexpected.items()))


# --- SQLite and PostgreSQL ------------------------------------------------------------
#
# Test modules marked `both_engines` (store, import, review, monitoring, report, data export)
# run every test twice: on a SQLite file and on a database of a throwaway PostgreSQL server
# that this session starts (tests/pg_server.py) and stops. Without PostgreSQL on the machine the
# second run skips with the reason; CI sets ASCN_REQUIRE_POSTGRES=1, which makes that a failure.

ENGINES = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_engines: run on SQLite and on a throwaway PostgreSQL server")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_engines"):
        metafunc.parametrize("store_engine", ENGINES, indirect=True)


@pytest.fixture
def store_engine(request: pytest.FixtureRequest) -> str:
    """The engine of this test's `profile` store: sqlite unless the module is marked both_engines."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg_server_module.ThrowawayServer]:
    """One throwaway PostgreSQL for the whole session (started on first use)."""
    if pg_server_module.server_programs() is None:
        if os.environ.get("ASCN_REQUIRE_POSTGRES") == "1":
            pytest.fail(pg_server_module.NOT_FOUND + " (CI requires them)")
        pytest.skip(pg_server_module.NOT_FOUND)
    server = pg_server_module.start_server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: pg_server_module.ThrowawayServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated database with the reference data loaded; each test's database is a copy of it."""
    name = pg_server.new_database(prefix="ascn_template")
    opened = open_profile_store(resolve_profile(tmp_path_factory.mktemp("pg-template"), db=pg_server.url(name)))
    opened.close()
    return name


@pytest.fixture
def pg_url(pg_server: pg_server_module.ThrowawayServer, pg_template: str) -> str:
    """The URL of a fresh database (a copy of the template) for one test."""
    return pg_server.url(pg_server.new_database(template=pg_template))


@pytest.fixture
def profile(tmp_path: Path, store_engine: str, request: pytest.FixtureRequest) -> Profile:
    if store_engine == "postgresql":
        return resolve_profile(tmp_path / "profile", db=request.getfixturevalue("pg_url"))
    return resolve_profile(tmp_path / "profile")


def store_args(store: Store) -> list[str]:
    """`--home HOME --db URL`: the CLI options that open `store` (either engine)."""
    return ["--home", str(store.profile.home), "--db", store.profile.db_url]


@pytest.fixture
def store(profile: Profile) -> Iterator[Store]:
    opened = open_profile_store(profile)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory) -> ReferenceData:
    """The bundled reference data, as a new store loads it (read once per run)."""
    opened = open_profile_store(resolve_profile(tmp_path_factory.mktemp("reference")))
    try:
        return load_reference(opened)
    finally:
        opened.close()


@pytest.fixture(scope="module")
def module_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store shared by a module's tests (e.g. one trust registry for many refusals)."""
    opened = open_profile_store(resolve_profile(tmp_path_factory.mktemp("module") / "profile"))
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo store, loaded once per run (load_demo takes about a second)."""
    from ascn_desktop.core.demo import load_demo

    template = resolve_profile(tmp_path_factory.mktemp("demo-template"))
    opened = open_profile_store(template)
    load_demo(opened)
    opened.close()
    assert template.db_path is not None
    return template.db_path


@pytest.fixture
def demo_store(demo_template: Path, profile: Profile) -> Iterator[Store]:
    """A fresh copy of the demo store in the test's own profile."""
    assert profile.db_path is not None
    profile.db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_template, profile.db_path)
    opened = open_profile_store(profile)
    yield opened
    opened.close()


@dataclass
class CliResult:
    status: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run `ascn ARGS…` in-process and capture its output."""

    def run(*args: str) -> CliResult:
        try:
            status = cli_main(list(args))
        except SystemExit as exc:  # argparse --help / --version / usage errors
            status = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(status, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def hanoi_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo profile of a Hà Nội officer (past the first-run question) for the session; tests copy it."""
    from ascn_desktop.core.demo import load_demo
    from ascn_desktop.core.reference import load_reference
    from ascn_desktop.core.workplace import Workplace, save_workplace

    home = tmp_path_factory.mktemp("hanoi-demo-template")
    opened = open_profile_store(resolve_profile(home))
    load_demo(opened)
    save_workplace(opened.profile, Workplace(country="VNM", city="VNM-HA-NOI"), load_reference(opened))
    opened.close()
    return home


@pytest.fixture
def hanoi_demo(hanoi_demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A fresh copy of the Hà Nội officer's demo profile, opened."""
    import shutil

    home = tmp_path / "demo-profile"
    shutil.copytree(hanoi_demo_template, home)
    opened = open_profile_store(resolve_profile(home))
    yield opened
    opened.close()
