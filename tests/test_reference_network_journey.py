"""The must-hold journey of issue 14: the Secretariat's pack reaches every role's profile; the new city's
officer signs a plan; the NR and the Secretariat import it; a bundle made with a newer pack is refused first."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

from ascn_desktop.core.bundles.bundle_export import export_bundle
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.consolidation.national_bundle import consolidate
from ascn_desktop.core.demo import sample_plan
from ascn_desktop.core.plans import save_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.review import review_plan
from ascn_desktop.core.signing.identity import create_identity, export_card, read_card_file
from ascn_desktop.core.signing.trust import add_card
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store.engine import Store
from tests.store_dump import dump_database

PASS = "correct horse battery"


def _open(tmp_path: Path, name: str) -> Store:
    return open_profile_store(resolve_profile(tmp_path / name))


def _trust(store: Store, card: Path) -> None:
    add_card(store, read_card_file(card), other_country=True)


def _ascn(run_cli, home: Path, *args: str) -> str:  # type: ignore[no-untyped-def]
    result = run_cli(*args, "--home", str(home))
    assert result.status == 0, result.err
    return str(result.out)


def test_a_new_city_joins_by_pack_and_its_plan_travels(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    # --- the Secretariat adds a city, a cycle and a programme, signs the pack (CLI) ---
    asec = _open(tmp_path, "asec")
    asec_card = export_card(create_identity(asec, name="ASEC IMD", role="asec", country="IDN", city=None,
                                            passphrase=PASS), tmp_path / "asec.card")
    asec.close()
    home = tmp_path / "asec"
    (tmp_path / "pass.txt").write_text(PASS, encoding="utf-8")
    _ascn(run_cli, home, "reference", "add-city", "--country", "LAO", "--name", "Paksé", "--name-en", "Pakse",
          "--name-local", "ປາກເຊ", "--joined", "2027", "--note", "Join year announced, not yet confirmed.")
    _ascn(run_cli, home, "reference", "add-cycle", "--start", "2036", "--end", "2045", "--label",
          "Third planning cycle 2036–2045", "--focus-area", "DG=Digital governance", "--outcome", "RS=Resilience")
    _ascn(run_cli, home, "reference", "add-partner", "--code", "ADB-UCCRTF", "--name",
          "Urban Climate Change Resilience Trust Fund", "--programme-of", "ADB")
    preview = _ascn(run_cli, home, "reference", "preview")
    assert "New: city Paksé / ປາກເຊ (LAO-PAKSE), Lao PDR, joined 2027" in preview
    assert "planning cycle 2036-2045" in preview and "ADB-UCCRTF" in preview
    signed = json.loads(_ascn(run_cli, home, "reference", "sign", "--out", str(tmp_path / "packs"),
                              "--passphrase-file", str(tmp_path / "pass.txt"), "--json"))
    pack = Path(signed["file"])
    assert signed["reference_version"] == 3 and pack.name == "ascn-reference-v3.ascnref"
    assert "version 3" in _ascn(run_cli, home, "reference", "show")

    # --- the new city's officer: trusts the Secretariat, imports the pack, signs a plan ---
    csco = _open(tmp_path, "csco")
    _trust(csco, asec_card)
    assert "version 3 applied" in _ascn(run_cli, tmp_path / "csco", "reference", "import", str(pack))
    reference = load_reference(csco)
    officer = create_identity(csco, name="Souksavanh P.", role="csco", country="LAO", city="LAO-PAKSE",
                              passphrase=PASS)
    plan = sample_plan(reference, reference.city("LAO-PAKSE"), cycle_code="2026-2035")
    plan_id = save_plan(csco, replace(plan, status="final", is_sample=False))
    bundle = export_bundle(csco, plan_id, tmp_path, passphrase=PASS).path
    with zipfile.ZipFile(bundle) as archive:
        assert json.loads(archive.read("manifest.json"))["reference_version"] == 3
    officer_card = export_card(officer, tmp_path / "pakse.card")
    csco.close()

    # --- the NR: the bundle before the pack is refused with one sentence, store unchanged ---
    nr = _open(tmp_path, "nr")
    nr_identity = create_identity(nr, name="Lao NR", role="nr", country="LAO", city=None, passphrase=PASS)
    _trust(nr, asec_card)
    _trust(nr, officer_card)
    assert nr.profile.db_path is not None
    before = dump_database(nr.profile.db_path)
    [refused] = import_bundles(nr, [bundle])
    assert (refused.status, refused.code) == ("refused", "reference-newer")
    assert "reference update version 3" in refused.message and "version 2" in refused.message
    assert dump_database(nr.profile.db_path) == before
    _ascn(run_cli, tmp_path / "nr", "reference", "import", str(pack))
    [imported] = import_bundles(nr, [bundle])
    assert imported.status == "imported", imported.message
    review_plan(nr, imported.plan_ids[0], "accepted")
    (tmp_path / "national").mkdir()
    national = consolidate(nr, "LAO", tmp_path / "national", passphrase=PASS).path
    with zipfile.ZipFile(national) as archive:
        assert "reference.ascnref" in archive.namelist()  # the update travels with the mail
    nr_card = export_card(nr_identity, tmp_path / "nr.card")
    nr.close()

    # --- the Secretariat imports the national bundle; a second Secretariat laptop without the pack
    #     receives it inside the national bundle ---
    asec = _open(tmp_path, "asec")
    _trust(asec, nr_card)
    _trust(asec, officer_card)
    [received] = import_bundles(asec, [national])
    assert received.status == "imported", received.message
    asec.close()
    other = _open(tmp_path, "asec-2")
    _trust(other, asec_card)
    _trust(other, nr_card)
    _trust(other, officer_card)
    [received] = import_bundles(other, [national])
    assert received.status == "imported", received.message
    reference = load_reference(other)
    assert reference.version == 3 and reference.city("LAO-PAKSE").name_local == "ປາກເຊ"
    other.close()
