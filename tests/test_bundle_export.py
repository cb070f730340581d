"""Signed bundle export: members and hashes, signature, revision rule, and every refusal leaves nothing behind."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import threading
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from jsonschema import Draft202012Validator
from sqlalchemy import func, select

from ascn_desktop.core.bundles import bundle_export
from ascn_desktop.core.signing import identity as identity_module
from ascn_desktop.core.bundles.bundle_export import export_bundle
from ascn_desktop.core.bundles.bundle_format import CITY_PLAN_MEMBERS, plan_schema
from ascn_desktop.core.canonical_json import canonical_bytes, loads_canonical
from ascn_desktop.core.errors import AscnError, NotFoundError, ValidationError
from ascn_desktop.core.signing.identity import Identity, create_identity
from ascn_desktop.core.signing.passphrase import WrongPassphrase
from ascn_desktop.core.plans import find_plan_id, get_plan, save_plan, save_project
from ascn_desktop.core.progress import Cancelled
from ascn_desktop.core.safe_files import FileWriteError
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ExportRow, PlanRow

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity_module, "SCRYPT_N", 2**10)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def signer(demo_store: Store) -> Identity:
    return create_identity(demo_store, name="Nguyễn Thị Lan", role="csco", country="VNM", city="Da Nang",
                           passphrase=PASS)


@pytest.fixture
def stub_renderers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fast stand-ins for the workbook and PDF (their own tests cover them)."""
    monkeypatch.setattr(bundle_export, "render_workbook", lambda plan, reference: b"xlsx:" + plan.uuid.encode())
    monkeypatch.setattr(bundle_export, "render_pdf",
                        lambda plan, reference, **kw: f"pdf:{kw['signer_fingerprint']}".encode())


def _plan_id(store: Store, city: str = "VNM-DA-NANG") -> int:
    plan_id = find_plan_id(store, city)
    assert plan_id is not None
    return plan_id


def _state(store: Store, plan_id: int) -> tuple[int, str | None, int]:
    with store.read() as session:
        row = session.get(PlanRow, plan_id)
        assert row is not None
        exports = session.scalar(select(func.count()).select_from(ExportRow))
        return row.revision, row.exported_hash, int(exports or 0)


def _no_files(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == []


def test_full_bundle_matches_its_manifest_and_signature(demo_store: Store, signer: Identity, out: Path) -> None:
    plan_id = _plan_id(demo_store)
    result = export_bundle(demo_store, plan_id, out, as_draft=True, passphrase=PASS)
    assert result.path == out / "VNM-Da-Nang-2018-2025-r1.ascn"
    data = result.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == result.sha256 and len(data) == result.size
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert [i.filename for i in archive.infolist()] == list(CITY_PLAN_MEMBERS)
        manifest_bytes, signature = archive.read("manifest.json"), archive.read("manifest.sig")
        manifest = loads_canonical(manifest_bytes)
        Ed25519PublicKey.from_public_bytes(
            __import__("base64").b64decode(manifest["signer"]["public_key"])).verify(signature, manifest_bytes)
        assert len(signature) == 64
        for entry in manifest["members"]:
            member = archive.read(entry["name"])
            assert (len(member), hashlib.sha256(member).hexdigest()) == (entry["size"], entry["sha256"])
        plan_doc = json.loads(archive.read("plan.json"))
        assert archive.read("plan.xlsx")[:2] == b"PK" and archive.read("plan.pdf")[:5] == b"%PDF-"
    assert [m["name"] for m in manifest["members"]] == ["plan.json", "plan.xlsx", "plan.pdf"]
    assert manifest["signer"]["fingerprint"] == signer.fingerprint == result.fingerprint
    assert (manifest["format_version"], manifest["kind"], manifest["city"], manifest["country"], manifest["revision"]) \
        == (1, "city-plan", "VNM-DA-NANG", "VNM", 1)
    assert list(Draft202012Validator(plan_schema()).iter_errors(plan_doc)) == []
    assert (plan_doc["uuid"], plan_doc["revision"]) == (manifest["plan_uuid"], 1)
    assert set(result.timings) >= {"json", "excel", "pdf", "signing", "total"}


def test_revision_grows_only_when_content_changes(demo_store: Store, signer: Identity, out: Path,
                                                  stub_renderers: None) -> None:
    plan_id = _plan_id(demo_store)
    first = export_bundle(demo_store, plan_id, out, as_draft=True, passphrase=PASS)
    again = export_bundle(demo_store, plan_id, out, as_draft=True, passphrase=PASS)
    assert (first.revision, again.revision, again.revision_raised) == (1, 1, False)
    assert again.path == first.path and again.bundle_uuid != first.bundle_uuid

    project = get_plan(demo_store, plan_id).projects[0]
    save_project(demo_store, plan_id, replace(project, title=project.title + " (phase 2)"))
    changed = export_bundle(demo_store, plan_id, out, as_draft=True, passphrase=PASS)
    assert (changed.revision, changed.revision_raised) == (2, True)
    assert changed.path.name == "VNM-Da-Nang-2018-2025-r2.ascn"
    assert sorted(p.name for p in out.iterdir()) == ["VNM-Da-Nang-2018-2025-r1.ascn",
                                                          "VNM-Da-Nang-2018-2025-r2.ascn"]
    with demo_store.read() as session:
        rows = session.scalars(select(ExportRow).order_by(ExportRow.id)).all()
        assert [(r.revision, r.signer_fingerprint) for r in rows] == [(1, signer.fingerprint)] * 2 + [
            (2, signer.fingerprint)]
    assert _state(demo_store, plan_id)[0] == 2


def test_same_store_state_gives_the_same_plan_json(demo_store: Store, signer: Identity, out: Path,
                                                   stub_renderers: None) -> None:
    plan_id = _plan_id(demo_store)
    paths = [export_bundle(demo_store, plan_id, out / name, as_draft=True, passphrase=PASS).path
             for name in ("a", "b") if (out / name).mkdir() is None]
    first, second = (zipfile.ZipFile(p).read("plan.json") for p in paths)
    assert first == second and canonical_bytes(json.loads(first)) == first


def test_readiness_errors_refuse_the_export_with_the_list(demo_store: Store, signer: Identity, out: Path,
                                                          stub_renderers: None) -> None:
    plan_id = _plan_id(demo_store)
    project = get_plan(demo_store, plan_id).projects[0]
    save_project(demo_store, plan_id, replace(project, start_year=2024, end_year=2019))
    before = _state(demo_store, plan_id)
    with pytest.raises(AscnError, match="has 5 problems to fix.*export it as a draft on purpose") as caught:
        export_bundle(demo_store, plan_id, out, passphrase=PASS)
    assert caught.value.details and any(project.code in d or project.title in d for d in caught.value.details)
    _no_files(out)
    assert _state(demo_store, plan_id) == before


def test_a_final_plan_with_errors_leaves_only_as_a_draft(demo_store: Store, signer: Identity, out: Path,
                                                          stub_renderers: None) -> None:
    """Chosen explicitly, a plan with errors travels, and plan.json says "draft" even if the store said final."""
    import json
    import zipfile

    plan_id = _plan_id(demo_store)
    from ascn_desktop.core.plans import save_plan_header

    project = get_plan(demo_store, plan_id).projects[0]
    save_project(demo_store, plan_id, replace(project, start_year=2024, end_year=2019))
    header = get_plan(demo_store, plan_id)  # e.g. a store written by an older version that allowed this
    save_plan_header(demo_store, plan_id, replace(header, status="final"))
    with pytest.raises(AscnError, match="can only leave as a draft"):
        export_bundle(demo_store, plan_id, out, passphrase=PASS)
    result = export_bundle(demo_store, plan_id, out, as_draft=True, passphrase=PASS)
    with zipfile.ZipFile(result.path) as bundle:
        assert json.loads(bundle.read("plan.json"))["status"] == "draft"


@pytest.mark.parametrize("failure", ["wrong-passphrase", "missing-folder", "unwritable", "disk-full",
                                     "cancel-before-pdf", "cancel-while-saving", "store-fails"])
def test_failures_leave_no_bundle_and_no_revision(demo_store: Store, signer: Identity, out: Path,
                                                  stub_renderers: None, monkeypatch: pytest.MonkeyPatch,
                                                  failure: str) -> None:
    plan_id = _plan_id(demo_store)
    before = _state(demo_store, plan_id)
    target, passphrase, abort = out, PASS, threading.Event()
    expected: tuple[type[Exception], str]

    def progress(fraction: float, message: str) -> None:
        if (failure == "cancel-before-pdf" and "PDF" in message) or \
                (failure == "cancel-while-saving" and "Saving" in message):
            abort.set()

    if failure == "wrong-passphrase":
        passphrase, expected = "not my passphrase", (WrongPassphrase, "passphrase is wrong")
    elif failure == "missing-folder":
        target, expected = out / "nowhere", (FileWriteError, "does not exist")
    elif failure == "unwritable":
        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied")
        monkeypatch.setattr("ascn_desktop.core.safe_files.tempfile.mkstemp", refuse)
        expected = (FileWriteError, "do not have permission")
    elif failure == "disk-full":
        def full(*args: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr("ascn_desktop.core.safe_files.os.fsync", full)
        expected = (FileWriteError, "not enough free space")
    elif failure.startswith("cancel"):
        expected = (Cancelled, "Cancelled")
    else:
        def broken_add(self: object, instance: object, _warn: bool = True) -> None:
            raise RuntimeError("database is locked")
        monkeypatch.setattr("sqlalchemy.orm.Session.add", broken_add)
        expected = (RuntimeError, "locked")

    with pytest.raises(expected[0], match=expected[1]) as caught:
        export_bundle(demo_store, plan_id, target, as_draft=True, passphrase=passphrase, progress=progress, abort=abort)
    if isinstance(caught.value, AscnError):
        assert caught.value.message.count(". ") == 0  # one sentence
    _no_files(out)
    monkeypatch.undo()
    assert _state(demo_store, plan_id) == before


def test_imported_plans_and_missing_identity_are_refused(demo_store: Store, out: Path,
                                                         stub_renderers: None) -> None:
    plan_id = _plan_id(demo_store)
    with pytest.raises(NotFoundError, match="no signing identity"):
        export_bundle(demo_store, plan_id, out, as_draft=True, passphrase=PASS)
    imported = save_plan(demo_store, replace(get_plan(demo_store, plan_id), uuid="0" * 8 + "-0000-4000-8000-" + "0" * 12),
                         origin="imported")
    with pytest.raises(ValidationError, match="only your own plans"):
        export_bundle(demo_store, imported, out, as_draft=True, passphrase=PASS)
    _no_files(out)


def test_cli_export_prints_the_path_and_explains_errors(demo_store: Store, signer: Identity, out: Path,
                                                        run_cli, monkeypatch: pytest.MonkeyPatch,
                                                        stub_renderers: None) -> None:
    home = str(demo_store.profile.home)
    secret = out / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    out = out / "out"
    out.mkdir()
    ok = run_cli("--home", home, "export", "da nang", "--draft", "--out", str(out), "--passphrase-file", str(secret))
    assert ok.status == 0, ok.err
    assert ok.out.strip() == str(out / "VNM-Da-Nang-2018-2025-r1.ascn")
    assert signer.fingerprint in ok.err

    monkeypatch.setenv("ASCN_PASSPHRASE", PASS)
    missing = run_cli("--home", home, "export", "Đà Nẵng", "--draft", "--out", str(out / "missing"))
    assert missing.status == 1 and "does not exist" in missing.err
    unknown = run_cli("--home", home, "export", "Atlantis", "--out", str(out))
    assert unknown.status == 1 and "no ASCN city called 'Atlantis'" in unknown.err
    monkeypatch.setenv("ASCN_PASSPHRASE", "wrong passphrase!")
    wrong = run_cli("--home", home, "export", "Đà Nẵng", "--draft", "--out", str(out))
    assert wrong.status == 1 and "passphrase is wrong" in wrong.err
    assert sorted(p.name for p in out.iterdir()) == ["VNM-Da-Nang-2018-2025-r1.ascn"]


def test_fast_loader_gives_exactly_get_plan(demo_store: Store) -> None:
    from ascn_desktop.core.plan_loading import load_whole_plan

    for city in ("VNM-DA-NANG", "VNM-HA-NOI"):
        plan_id = _plan_id(demo_store, city)
        assert load_whole_plan(demo_store, plan_id) == get_plan(demo_store, plan_id)
    with pytest.raises(NotFoundError):
        load_whole_plan(demo_store, 10**6)
