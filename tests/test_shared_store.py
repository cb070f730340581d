"""A shared Secretariat store on a real PostgreSQL server: several analysts at once, errors as sentences, upgrades.

Every test here runs on the throwaway server of tests/pg_server.py (skipped with the reason
where PostgreSQL is not installed; required in CI). Two analysts are two profiles (their own
home folders, their own connections) on one database, working from two threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

import bundle_factory as bf
import pg_server as pg
from ascn_desktop.core.bundles import bundle_import
from ascn_desktop.core.bundles.bundle_import import ImportOutcome, import_bundles
from ascn_desktop.core.errors import AscnError, StoreError
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.review import review_plan
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store import migrations
from ascn_desktop.store.engine import Store, make_engine
from ascn_desktop.store.models import Base, ImportedBundle, PlanRow, ReviewRow
from store_dump import dump_server_database


def _analyst(tmp_path: Path, name: str, url: str) -> Store:
    return open_profile_store(resolve_profile(tmp_path / name, db=url))


@pytest.fixture
def two_analysts(pg_url: str, tmp_path: Path) -> Any:
    first, second = _analyst(tmp_path, "lan", pg_url), _analyst(tmp_path, "somchai", pg_url)
    yield first, second
    first.close()
    second.close()


def _both_at_once(*work: Callable[[], Any]) -> list[Any]:
    """Run each callable in its own thread, released together; results (or the exception raised) in order."""
    start = threading.Barrier(len(work))
    results: list[Any] = [None] * len(work)

    def run(n: int) -> None:
        start.wait()
        try:
            results[n] = work[n]()
        except Exception as exc:  # noqa: BLE001 (the test inspects it)
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


SEEDS = {city: 40 + n for n, city in enumerate(
    ["VNM-DA-NANG", "VNM-HA-NOI", "THA-BANGKOK", "KHM-PHNOM-PENH", "IDN-MAKASSAR", "PHL-MANILA"])}


def _city_bundles(store: Store, folder: Path, cities: list[str], *, revision: int = 1) -> list[Path]:
    """Signed bundles of each city's plan, by the city's own (trusted) officer."""
    reference = bf.load(store)
    paths = []
    for city in cities:
        signer = bf.make_signer(city=city, country=reference.city(city).country, seed=SEEDS[city])
        bf.trust(store, signer)
        plan = bf.demo_plan(reference, city, revision=revision, title=f"Revision {revision}")
        paths.append(bf.write(folder, f"{city}-r{revision}.ascn", bf.city_bundle(plan, reference, signer)))
    return paths


def test_models_and_migrations_agree_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    store = _analyst(tmp_path, "owner", pg_url)
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        money = connection.execute(text(
            "SELECT data_type, numeric_precision, numeric_scale FROM information_schema.columns "
            "WHERE table_name = 'funding_sources' AND column_name = 'amount'")).one()
    store.close()
    assert differences == []
    assert tuple(money) == ("numeric", 19, 2)


def test_two_imports_of_different_bundles_at_once_both_land(two_analysts: Any, tmp_path: Path) -> None:
    lan, somchai = two_analysts
    first = _city_bundles(lan, tmp_path / "lan-inbox", ["VNM-DA-NANG", "VNM-HA-NOI", "THA-BANGKOK"])
    second = _city_bundles(lan, tmp_path / "somchai-inbox", ["KHM-PHNOM-PENH", "IDN-MAKASSAR", "PHL-MANILA"])
    results = _both_at_once(lambda: import_bundles(lan, first), lambda: import_bundles(somchai, second))
    for outcomes in results:
        assert [o.status for o in outcomes] == ["imported"] * 3, outcomes
    with lan.read() as session:
        assert session.scalar(select(text("count(*)")).select_from(ImportedBundle)) == 6
        plan_ids = session.scalars(select(PlanRow.id).where(PlanRow.origin == "imported")).all()
    assert len(set(plan_ids)) == 6  # ids from the database: no two analysts took the same one


def test_the_same_bundle_imported_by_two_analysts_at_once_lands_once(two_analysts: Any, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    lan, somchai = two_analysts
    [path] = _city_bundles(lan, tmp_path / "inbox", ["VNM-DA-NANG"])
    # Both analysts have looked ("not here yet") before either writes: the collision is certain.
    both_looked = threading.Barrier(2)
    real = bundle_import._already_by_uuid

    def look_then_wait(session: Any, result: Any) -> ImportOutcome | None:
        found = real(session, result)
        if found is None:
            try:
                both_looked.wait(timeout=5)
            except threading.BrokenBarrierError:
                pass  # the retry after the collision looks alone
        return found

    monkeypatch.setattr(bundle_import, "_already_by_uuid", look_then_wait)
    results = _both_at_once(lambda: import_bundles(lan, [path]), lambda: import_bundles(somchai, [path]))
    statuses = sorted(outcomes[0].status for outcomes in results)
    assert statuses == ["already", "imported"], results
    with lan.read() as session:
        assert len(session.scalars(select(ImportedBundle)).all()) == 1
        assert len(session.scalars(select(PlanRow).where(PlanRow.origin == "imported")).all()) == 1


def test_review_and_import_of_a_newer_revision_at_once_end_explainably(two_analysts: Any, tmp_path: Path) -> None:
    lan, somchai = two_analysts
    reference = bf.load(lan)
    signer = bf.make_signer(seed=61)
    bf.trust(lan, signer)
    plan = bf.demo_plan(reference, revision=1)
    [first] = import_bundles(lan, [bf.write(tmp_path / "r1", "r1.ascn", bf.city_bundle(plan, reference, signer))])
    newer = bf.write(tmp_path / "r2", "r2.ascn",
                     bf.city_bundle(bf.demo_plan(reference, revision=2, title="Revision 2"), reference, signer))
    results = _both_at_once(lambda: review_plan(lan, first.plan_ids[0], "accepted"),
                            lambda: import_bundles(somchai, [newer]))
    review, [imported] = results
    assert imported.status == "imported", imported
    with lan.read() as session:
        rows = {row.revision: row for row in session.scalars(select(PlanRow).where(PlanRow.origin == "imported"))}
        reviews = session.scalars(select(ReviewRow)).all()
    # Revision 2 arrived and is the current one, waiting for its own review, whatever came first.
    assert (rows[2].is_current, rows[2].review_status, rows[1].is_current) == (True, "received", False)
    if isinstance(review, AscnError):
        # The import came first: the decision was refused as being about a superseded revision.
        assert "superseded" in review.message and reviews == [] and rows[1].review_status == "received"
    else:
        # The decision came first: it stands, recorded for revision 1.
        assert review is None and [r.revision for r in reviews] == [1] and rows[1].review_status == "accepted"


def test_wrong_password_server_down_and_unknown_database_are_one_sentence(
        pg_server: pg.ThrowawayServer, pg_url: str, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    wrong_password = pg_server.url(pg_url.rsplit("/", 1)[1], password="not-the-password")
    down = f"postgresql+psycopg://ascn_admin:x@127.0.0.1:{_closed_port()}/ascn"
    missing = pg_server.url("no_such_database")
    cases = [(wrong_password, "refused the user name or password"), (down, "cannot be reached"),
             (missing, "There is no database 'no_such_database'")]
    for url, sentence in cases:
        with pytest.raises(StoreError, match=sentence):
            open_profile_store(resolve_profile(tmp_path / "p", db=url))
        result = run_cli("--home", str(tmp_path / "p"), "--db", url, "init")
        assert result.status == 1 and sentence in result.err
        assert "Traceback" not in result.err and "not-the-password" not in result.err
        assert len(result.err.strip().splitlines()) == 1


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_missing_permission_is_one_sentence_and_changes_nothing(pg_server: pg.ThrowawayServer, pg_url: str,
                                                                tmp_path: Path) -> None:
    database = pg_url.rsplit("/", 1)[1]
    pg_server.admin_sql("DROP ROLE IF EXISTS reader_only", "CREATE ROLE reader_only LOGIN PASSWORD 'reader'",
                        f'GRANT CONNECT ON DATABASE "{database}" TO reader_only')
    pg_server.admin_sql("GRANT USAGE ON SCHEMA public TO reader_only",
                        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_only", database=database)
    owner = _analyst(tmp_path, "owner", pg_url)
    before = dump_server_database(owner)
    reader = _analyst(tmp_path, "reader", pg_server.url(database, user="reader_only", password="reader"))
    [path] = _city_bundles(owner, tmp_path / "inbox", ["VNM-DA-NANG"])
    before = dump_server_database(owner)
    with pytest.raises(StoreError, match="no permission"):
        import_bundles(reader, [path])
    assert dump_server_database(owner) == before
    assert not (reader.profile.home / "archive").exists() or not any((reader.profile.home / "archive").rglob("*.ascn"))
    reader.close()
    owner.close()


def test_a_store_of_a_newer_schema_is_refused_untouched(pg_url: str, tmp_path: Path) -> None:
    store = _analyst(tmp_path, "owner", pg_url)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    before = dump_server_database(store)
    with pytest.raises(StoreError, match="newer version of ASCN Desktop"):
        _analyst(tmp_path, "other", pg_url)
    assert dump_server_database(store) == before
    store.close()


def _store_at(url: str, revision: str) -> None:
    engine = make_engine(url)
    migrations.upgrade(engine, revision)
    engine.dispose()


def test_upgrade_takes_a_pg_dump_first_and_converts_money(pg_server: pg.ThrowawayServer, tmp_path: Path) -> None:
    url = pg_server.url(pg_server.new_database())
    _store_at(url, "0003")  # the schema before money became NUMERIC: INTEGER hundredths
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO member_states (code, name, currency, position) VALUES ('VNM', 'Viet Nam', 'VND', 0)"))
        connection.execute(text("INSERT INTO cities (code, country, name, name_en, pilot, position, name_local, note, aliases) "
                                "VALUES ('VNM-HA-NOI', 'VNM', 'Hà Nội', 'Ha Noi', true, 0, '', '', '[]')"))
        connection.execute(text("INSERT INTO cycles (code, start_year, end_year, label, note) VALUES ('2018-2025', 2018, 2025, '', '')"))
        connection.execute(text(
            "INSERT INTO plans (uuid, city, cycle, origin, title, vision, blueprint, focus_areas, outcomes, status, "
            "revision, is_sample, created_at, updated_at, updated_by, is_current) VALUES ('u', 'VNM-HA-NOI', "
            "'2018-2025', 'local', '', '', '', '[]', '[]', 'draft', 0, false, '2026-01-01T00:00:00.000000Z', "
            "'2026-01-01T00:00:00.000000Z', '', true)"))
        connection.execute(text(
            "INSERT INTO projects (uuid, plan_id, position, code, title, description, outcomes, sdgs, status, "
            "lead_agency, budget, currency, seeks_private_partner, private_sector_need, risks, search_text) "
            "SELECT 'p', id, 0, 'P1', '', '', '[]', '[]', 'planned', '', 2147483647, 'VND', false, '', '', '' FROM plans"))
    engine.dispose()
    store = open_profile_store(resolve_profile(tmp_path / "owner", db=url))
    assert store.backup_made is not None and store.backup_made.suffix == ".dump"
    assert store.backup_made.stat().st_size > 0 and "before-upgrade-from-0003" in store.backup_made.name
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT budget::text FROM projects")).scalar() == "21474836.47"
    store.close()


def test_upgrade_without_pg_dump_is_refused_saying_how_to_take_a_backup(
        pg_server: pg.ThrowawayServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = pg_server.url(pg_server.new_database())
    _store_at(url, "0003")
    monkeypatch.setenv("ASCN_PG_DUMP", str(tmp_path / "no-pg_dump-here"))
    with pytest.raises(StoreError, match="pg_dump was not found") as refused:
        open_profile_store(resolve_profile(tmp_path / "owner", db=url))
    assert "ASCN_BACKUP_TAKEN=1" in refused.value.message and "--format=custom" in refused.value.message
    engine = make_engine(url)
    assert migrations.inspect_state(engine).current == "0003"  # untouched
    engine.dispose()
    monkeypatch.setenv("ASCN_BACKUP_TAKEN", "1")
    store = open_profile_store(resolve_profile(tmp_path / "owner", db=url))
    assert store.backup_made is None and migrations.inspect_state(store.engine).current == migrations.head_revision()
    store.close()


def test_the_roles_of_the_install_guide_work(pg_server: pg.ThrowawayServer, tmp_path: Path) -> None:
    """docs/install.md: an owner creates the tables, an analyst with the granted rights imports and reviews."""
    database = pg_server.new_database(prefix="ascn_guide")
    pg_server.admin_sql(
        "DROP ROLE IF EXISTS guide_owner", "DROP ROLE IF EXISTS guide_analyst", "DROP ROLE IF EXISTS guide_analysts",
        "CREATE ROLE guide_analysts NOLOGIN", "CREATE ROLE guide_owner LOGIN PASSWORD 'owner'",
        f'ALTER DATABASE "{database}" OWNER TO guide_owner', f'GRANT CONNECT ON DATABASE "{database}" TO guide_analysts',
        "CREATE ROLE guide_analyst LOGIN PASSWORD 'analyst' IN ROLE guide_analysts")
    pg_server.admin_sql("ALTER SCHEMA public OWNER TO guide_owner", database=database)
    owner = open_profile_store(resolve_profile(tmp_path / "owner", db=pg_server.url(database, user="guide_owner",
                                                                                     password="owner")))
    with owner.engine.begin() as connection:
        for statement in (
                "GRANT USAGE ON SCHEMA public TO guide_analysts",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO guide_analysts",
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO guide_analysts"):
            connection.execute(text(statement))
    owner.close()
    analyst = open_profile_store(resolve_profile(tmp_path / "analyst", db=pg_server.url(
        database, user="guide_analyst", password="analyst")))
    [path] = _city_bundles(analyst, tmp_path / "inbox", ["VNM-DA-NANG"])
    [outcome] = import_bundles(analyst, [path])
    assert outcome.status == "imported"
    assert review_plan(analyst, outcome.plan_ids[0], "accepted") is None
    analyst.close()
