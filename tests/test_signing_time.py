"""Signing times the signer cannot choose: the future, before the key, and revocation by first-seen time."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import bundle_factory as bf
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.bundles.bundle_verify import verify_bundle
from ascn_desktop.core.bundles.signing_time import CLOCK_SKEW
from ascn_desktop.core.signing.trust import known_bundles, revoke
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import BundleFirstSeen
from store_dump import dump_store


def _bundle(store: Store, signer: bf.Signer, *, signed_at: datetime, revision: int = 1) -> bytes:
    reference = bf.load(store)
    return bf.city_bundle(bf.demo_plan(reference, revision=revision), reference, signer, signed_at=signed_at)


def test_future_beyond_the_clock_skew_is_refused_within_it_accepted(store: Store, tmp_path: Path) -> None:
    signer = bf.make_signer(seed=11)
    bf.trust(store, signer)
    now = datetime.now(UTC).replace(microsecond=0)
    inside = bf.write(tmp_path, "inside.ascn", _bundle(store, signer, signed_at=now + CLOCK_SKEW - timedelta(minutes=1)))
    assert verify_bundle(inside, store).code == "ok"
    beyond = bf.write(tmp_path, "beyond.ascn", _bundle(store, signer, signed_at=now + CLOCK_SKEW + timedelta(minutes=2)))
    before = dump_store(store)
    result = verify_bundle(beyond, store)
    assert (result.status, result.code) == ("invalid", "signed-in-future")
    assert "in the future" in result.reason and "can be imported after" in result.reason
    assert import_bundles(store, [beyond])[0].code == "signed-in-future"
    assert dump_store(store) == before


def test_signed_before_the_trusted_card_was_created_is_refused(store: Store, tmp_path: Path) -> None:
    signer = bf.make_signer(seed=12)  # its card says created 2026-01-01
    bf.trust(store, signer)
    early = bf.write(tmp_path, "early.ascn", _bundle(store, signer, signed_at=datetime(2025, 12, 31, 23, 0, tzinfo=UTC)))
    result = verify_bundle(early, store)
    assert (result.status, result.code) == ("invalid", "signed-before-key")
    assert "2025-12-31 23:00 UTC" in result.reason and "2026-01-01 00:00 UTC" in result.reason
    # Within the skew of the creation time: accepted.
    close = bf.write(tmp_path, "close.ascn", _bundle(store, signer, signed_at=datetime(2025, 12, 31, 23, 55,
                                                                                          tzinfo=UTC)))
    assert verify_bundle(close, store).code == "ok"


def test_revocation_is_judged_by_first_seen_time_and_names_the_last_good_bundle(store: Store, tmp_path: Path) -> None:
    signer = bf.make_signer(seed=13)
    bf.trust(store, signer)
    seen = bf.write(tmp_path, "r1.ascn", _bundle(store, signer, signed_at=bf.SIGNED_AT, revision=1))
    assert import_bundles(store, [seen])[0].status == "imported"
    with store.read() as session:
        assert session.get(BundleFirstSeen, hashlib.sha256(seen.read_bytes()).hexdigest()) is not None
    # After the theft, a bundle dated before the revocation arrives for the first time.
    backdated = bf.write(tmp_path, "r2.ascn", _bundle(store, signer, signed_at=bf.SIGNED_AT + timedelta(days=1),
                                                      revision=2))
    last_good = bf.write(tmp_path, "r3.ascn", _bundle(store, signer, signed_at=bf.SIGNED_AT + timedelta(days=2),
                                                      revision=3))
    revoke(store, signer.fingerprint, reason="laptop stolen", last_good=hashlib.sha256(last_good.read_bytes()).hexdigest())
    assert [bundle.file_name for bundle in known_bundles(store, signer.fingerprint)] == ["r1.ascn"]
    assert verify_bundle(seen, store).code == "ok"  # seen before the revocation
    result = verify_bundle(backdated, store)
    assert (result.status, result.code) == ("invalid", "signer-revoked")
    assert "first saw this bundle now" in result.reason
    before = dump_store(store)
    assert import_bundles(store, [backdated])[0].code == "signer-revoked"
    assert dump_store(store) == before
    assert import_bundles(store, [last_good])[0].status == "imported"  # named as the last bundle known good


def test_cli_revoke_names_the_last_good_bundle_by_its_file(store: Store, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    signer = bf.make_signer(seed=14)
    bf.trust(store, signer)
    good = bf.write(tmp_path, "good.ascn", _bundle(store, signer, signed_at=bf.SIGNED_AT))
    db = store.profile.db_url
    result = run_cli("--db", db, "trust", "revoke", signer.fingerprint, "--reason", "laptop stolen",
                     "--last-good", str(good))
    assert result.status == 0, result.err
    assert hashlib.sha256(good.read_bytes()).hexdigest() in result.out
    assert run_cli("--db", db, "verify", str(good)).status == 0
    other = bf.make_signer(seed=15)
    bf.trust(store, other)
    result = run_cli("--db", db, "trust", "revoke", other.fingerprint, "--reason", "lost", "--last-good", "abc")
    assert result.status == 1 and "SHA-256" in result.err and "Traceback" not in result.err


def test_an_old_store_learns_first_seen_times_from_its_imported_bundles(tmp_path: Path) -> None:
    import shutil
    import sqlite3

    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.startup import open_profile_store
    from tests.conftest import FIXTURES

    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(FIXTURES / "store-schema-0001.sqlite", home / "ascn.sqlite")
    with sqlite3.connect(home / "ascn.sqlite") as connection:
        for n, (sha, at) in enumerate([("a" * 64, "2026-05-01T00:00:00.000000Z"),
                                       ("a" * 64, "2026-04-01T00:00:00.000000Z"),
                                       ("b" * 64, "2026-05-02T00:00:00.000000Z")]):
            connection.execute(
                "INSERT INTO imported_bundles (bundle_uuid, sha256, kind, file_name, archive_path, size, "
                "signer_fingerprint, signed_at, imported_at, details) VALUES (?, ?, 'city-plan', 'x.ascn', 'x', 1, "
                "'fp', ?, ?, '{}')", (f"uuid-{n}", sha, at, at))
    store = open_profile_store(resolve_profile(home))
    with store.read() as session:
        seen = {row.sha256: row.first_seen_at for row in session.query(BundleFirstSeen)}
    store.close()
    assert seen == {"a" * 64: datetime(2026, 4, 1, tzinfo=UTC), "b" * 64: datetime(2026, 5, 2, tzinfo=UTC)}
