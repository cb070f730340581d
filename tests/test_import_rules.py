"""Import: one transaction per bundle, archive, idempotence, replay, supersede, mixed folders, the CLI."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import bundle_factory as bf
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.plans import get_plan, list_plans
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ImportedBundle, PlanRow
from conftest import store_args
from store_dump import dump_store

# Store behaviour: on SQLite and on a throwaway PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


@pytest.fixture
def signer(store: Store) -> bf.Signer:
    made = bf.make_signer(seed=11)
    bf.trust(store, made)
    return made


def _officer_of(store: Store, city: str, seed: int) -> bf.Signer:
    """A trusted officer of `city`: only a city's own officer may sign its plan."""
    made = bf.make_signer(city=city, seed=seed)
    bf.trust(store, made)
    return made


def _bundle(store: Store, signer: bf.Signer, folder: Path, name: str, *, revision: int = 1,
            title: str | None = None, city: str = "VNM-DA-NANG") -> Path:
    reference = bf.load(store)
    plan = bf.demo_plan(reference, city, revision=revision, title=title)
    return bf.write(folder, name, bf.city_bundle(plan, reference, signer))


def test_import_writes_plan_bundle_row_and_archived_bytes(store: Store, signer: bf.Signer, tmp_path: Path) -> None:
    path = _bundle(store, signer, tmp_path, "VNM-Da-Nang-2018-2025-r1.ascn")
    [outcome] = import_bundles(store, [path])
    assert outcome.status == "imported" and "Đà Nẵng" in outcome.message
    with store.read() as session:
        plan = session.scalars(select(PlanRow).where(PlanRow.origin == "imported")).one()
        bundle = session.get(ImportedBundle, plan.bundle_id)
        assert bundle is not None
        assert (plan.review_status, plan.is_current, plan.revision) == ("received", True, 1)
        assert bundle.signer_fingerprint == signer.fingerprint and bundle.file_name == path.name
        assert (store.profile.home / bundle.archive_path).read_bytes() == path.read_bytes()
    imported = get_plan(store, outcome.plan_ids[0])
    assert imported.city == "VNM-DA-NANG" and len(imported.projects) > 0


def test_same_bundle_again_is_a_no_op(store: Store, signer: bf.Signer, tmp_path: Path) -> None:
    path = _bundle(store, signer, tmp_path, "a.ascn")
    import_bundles(store, [path])
    before = dump_store(store)
    [again] = import_bundles(store, [path])
    assert again.status == "already" and "Already had it" in again.message
    # Same content and revision under a new bundle id (re-exported unchanged): also already here.
    [same_content] = import_bundles(store, [_bundle(store, signer, tmp_path, "b.ascn")])
    assert same_content.status == "already"
    assert dump_store(store) == before


def test_replay_of_older_or_equal_revision_with_other_content_is_refused(
        store: Store, signer: bf.Signer, tmp_path: Path) -> None:
    import_bundles(store, [_bundle(store, signer, tmp_path, "r2.ascn", revision=2)])
    before = dump_store(store)
    for name, revision in (("r1.ascn", 1), ("r2b.ascn", 2)):
        [outcome] = import_bundles(store, [_bundle(store, signer, tmp_path, name, revision=revision,
                                                   title="Rewritten plan")])
        assert (outcome.status, outcome.code) == ("refused", "replay")
        assert "replay" in outcome.message and "revision 2 is already here" in outcome.message
    assert dump_store(store) == before


def test_higher_revision_supersedes_and_keeps_history(store: Store, signer: bf.Signer, tmp_path: Path) -> None:
    import_bundles(store, [_bundle(store, signer, tmp_path, "r1.ascn", revision=1)])
    [outcome] = import_bundles(store, [_bundle(store, signer, tmp_path, "r3.ascn", revision=3, title="Better")])
    assert outcome.status == "imported" and "supersedes revision 1" in outcome.message
    with store.read() as session:
        rows = session.scalars(select(PlanRow).where(PlanRow.origin == "imported").order_by(PlanRow.revision)).all()
        assert [(row.revision, row.is_current) for row in rows] == [(1, False), (3, True)]
        assert rows[0].bundle_id != rows[1].bundle_id
    assert [plan.revision for plan in list_plans(store, origin="imported")] == [3]


def test_folder_with_good_and_bad_bundles_imports_the_good_ones(store: Store, signer: bf.Signer,
                                                               tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    _bundle(store, signer, folder, "1-good.ascn")
    _bundle(store, _officer_of(store, "VNM-HA-NOI", 13), folder, "2-good.ascn", city="VNM-HA-NOI")
    good = _bundle(store, _officer_of(store, "VNM-HO-CHI-MINH-CITY", 14), tmp_path, "x.ascn",
                   city="VNM-HO-CHI-MINH-CITY").read_bytes()
    (folder / "3-tampered.ascn").write_bytes(good.replace(b"stand-in report", b"stand-in rep0rt"))
    stranger = bf.make_signer(seed=12)
    _bundle(store, stranger, folder / "sub", "4-untrusted.ascn", city="THA-BANGKOK")
    (folder / "5-empty.ascn").write_bytes(b"")
    outcomes = import_bundles(store, [folder])
    assert [(Path(o.file).name, o.status, o.code) for o in outcomes] == [
        ("1-good.ascn", "imported", "imported"), ("2-good.ascn", "imported", "imported"),
        ("3-tampered.ascn", "refused", "member-damaged"), ("5-empty.ascn", "refused", "not-a-zip"),
        ("4-untrusted.ascn", "refused", "signer-unknown")]
    assert sorted(p.city for p in list_plans(store, origin="imported")) == ["VNM-DA-NANG", "VNM-HA-NOI"]


def test_cancel_keeps_what_was_imported_and_skips_the_rest(store: Store, signer: bf.Signer, tmp_path: Path) -> None:
    paths = [_bundle(store, signer, tmp_path, "a.ascn"), _bundle(store, signer, tmp_path, "b.ascn", city="VNM-HA-NOI")]
    abort = threading.Event()
    outcomes = import_bundles(store, paths, progress=lambda fraction, message: abort.set(), abort=abort)
    assert [o.status for o in outcomes] == ["imported", "skipped"]


def test_cli_verify_exit_codes_and_json(store: Store, signer: bf.Signer, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    home = store_args(store)
    good = _bundle(store, signer, tmp_path, "good.ascn")
    stranger = _bundle(store, bf.make_signer(seed=13), tmp_path, "stranger.ascn")
    bad = bf.write(tmp_path, "bad.ascn", good.read_bytes()[:-30])
    assert run_cli("verify", str(good), *home).status == 0
    result = run_cli("verify", str(good), str(stranger), *home)
    assert result.status == 2 and "NOT TRUSTED" in result.out
    result = run_cli("verify", str(good), str(stranger), str(bad), "--json", *home)
    assert result.status == 1
    report = json.loads(result.out)
    assert [r["status"] for r in report] == ["valid", "untrusted", "invalid"]
    assert report[0]["city"] == "VNM-DA-NANG" and report[2]["code"] == "not-a-zip"


def test_cli_import_folder_reports_each_bundle(store: Store, signer: bf.Signer, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "inbox"
    _bundle(store, signer, folder, "good.ascn")
    (folder / "bad.ascn").write_bytes(b"not a bundle")
    result = run_cli("import", str(folder), *store_args(store))
    assert result.status == 1
    assert "1 imported, 0 already here, 1 refused." in result.out and "not a bundle" in result.out
    again = run_cli("import", str(folder / "good.ascn"), "--json", *store_args(store))
    assert again.status == 0 and json.loads(again.out)[0]["status"] == "already"


def test_imported_plan_equals_the_signed_plan_field_for_field(store: Store, signer: bf.Signer,
                                                              tmp_path: Path) -> None:
    reference = bf.load(store)
    plan = bf.demo_plan(reference, "VNM-HA-NOI", projects=12)
    hanoi = _officer_of(store, "VNM-HA-NOI", 13)
    [outcome] = import_bundles(store, [bf.write(tmp_path, "a.ascn", bf.city_bundle(plan, reference, hanoi))])
    imported = get_plan(store, outcome.plan_ids[0])
    assert imported.projects == plan.projects
    assert (imported.uuid, imported.title, imported.revision, imported.focus_areas, imported.created_at) == (
        plan.uuid, plan.title, plan.revision, plan.focus_areas, plan.created_at)


def test_a_real_export_verifies_and_imports(tmp_path: Path) -> None:
    """The contract end to end: the exporter's bundle (real Excel, PDF, scrypt-protected key) goes in."""
    from ascn_desktop.core.bundles.bundle_export import export_bundle
    from ascn_desktop.core.bundles.bundle_verify import verify_bundle
    from ascn_desktop.core.demo import load_demo
    from ascn_desktop.core.signing.identity import create_identity, require_identity
    from ascn_desktop.core.plans import find_plan_id
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.startup import open_profile_store
    from ascn_desktop.core.signing.trust import add_card

    city = open_profile_store(resolve_profile(tmp_path / "city"))
    receiver = open_profile_store(resolve_profile(tmp_path / "nr"))
    try:
        load_demo(city)
        create_identity(city, name="Nguyễn Văn An", role="csco", country="VNM", city="Da Nang",
                        passphrase="long passphrase 1")
        exported = export_bundle(city, find_plan_id(city, "VNM-DA-NANG"), tmp_path, as_draft=True,
                                 passphrase="long passphrase 1")
        assert verify_bundle(exported.path, receiver).status == "untrusted"
        add_card(receiver, require_identity(city).card)
        result = verify_bundle(exported.path, receiver)
        assert result.status == "valid" and "Đà Nẵng" in result.reason
        [outcome] = import_bundles(receiver, [exported.path])
        assert outcome.status == "imported"
    finally:
        city.close()
        receiver.close()


@settings(max_examples=300, deadline=None)
@given(code=st.text(max_size=10), title=st.text(max_size=40), agency=st.text(max_size=10),
       description=st.text(max_size=40))
def test_fast_search_text_equals_the_stores(code: str, title: str, agency: str, description: str) -> None:
    """fold() deletes combining marks with one cached translate table; it must give
    what the plain definition (NFKD, drop every combining mark, casefold) gives."""
    import unicodedata

    from ascn_desktop.core.model import Project
    from ascn_desktop.core.text import _EXTRA_FOLDS
    from ascn_desktop.store.mapping import search_text_of

    def plain_fold(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return " ".join(stripped.casefold().split())

    project = Project(code=code, title=title + " Hà Nội Đà Nẵng ﬁ ß", lead_agency=agency, description=description)
    assert plain_fold(" ".join((project.code, project.title, project.lead_agency, project.description))) == \
        search_text_of(project)
