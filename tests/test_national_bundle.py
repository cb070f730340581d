"""National consolidation: the NR signs accepted city bundles byte for byte; ASEC verifies both layers."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

import bundle_factory as bf
from ascn_desktop.core.bundles import bundle_format as fmt
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.bundles.bundle_verify import verify_bundle
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.identity import create_identity, require_identity
from ascn_desktop.core.consolidation.national_bundle import consolidate
from ascn_desktop.core.plans import list_plans
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.review import find_received_plan, review_plan
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.signing.trust import add_card
from ascn_desktop.store.engine import Store
from store_dump import dump_store

# Store behaviour: on SQLite and on a throwaway PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

PASSPHRASE = "national secret phrase"
CITIES = ("VNM-DA-NANG", "VNM-HA-NOI", "VNM-HO-CHI-MINH-CITY")


@pytest.fixture
def city_signer() -> dict[str, bf.Signer]:
    """Each city's own officer: a city plan signed by another city's key is refused."""
    return {code: bf.make_signer(city=code, seed=31 + n) for n, code in enumerate(CITIES)}


@pytest.fixture
def national(store: Store, city_signer: dict[str, bf.Signer], tmp_path: Path) -> Path:
    """The NR's profile imports three city plans, accepts two, consolidates."""
    create_identity(store, name="Lê Văn Cường", role="nr", country="VNM", city=None, passphrase=PASSPHRASE)
    for made in city_signer.values():
        bf.trust(store, made)
    reference = bf.load(store)
    for code in CITIES:
        plan = bf.demo_plan(reference, code)
        bf.write(tmp_path / "in", f"{code}.ascn", bf.city_bundle(plan, reference, city_signer[code]))
    assert all(o.status == "imported" for o in import_bundles(store, [tmp_path / "in"]))
    for code in CITIES[:2]:
        review_plan(store, find_received_plan(store, code), "accepted")
    out = tmp_path / "out"
    out.mkdir()
    result = consolidate(store, "VNM", out, passphrase=PASSPHRASE, endorsement="Endorsed for Việt Nam.")
    assert result.cities == CITIES[:2]
    return result.path


@pytest.fixture
def asec_store(tmp_path: Path, store: Store, national: Path,
               city_signer: dict[str, bf.Signer]) -> Iterator[Store]:
    opened = open_profile_store(resolve_profile(tmp_path / "asec"))
    add_card(opened, require_identity(store).card)
    for made in city_signer.values():
        bf.trust(opened, made)
    yield opened
    opened.close()


def test_national_bundle_carries_city_bundles_byte_for_byte(national: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(national) as archive:
        names = archive.namelist()
        assert names[:2] == [fmt.MANIFEST, fmt.SIGNATURE]
        assert {"summary.xlsx", "summary.pdf", "endorsement.json"} <= set(names)
        inner = archive.read("cities/VNM-Da-Nang-2018-2025-r1.ascn")
        workbook = load_workbook(io.BytesIO(archive.read("summary.xlsx")))
        assert archive.read("summary.pdf").startswith(b"%PDF")
    assert inner == (tmp_path / "in" / "VNM-DA-NANG.ascn").read_bytes()
    cities = [row[0].value for row in workbook["Cities"].iter_rows(min_row=2)]
    assert cities == ["Đà Nẵng", "Hà Nội"]
    assert workbook.sheetnames == ["Cities", "Focus areas", "Funding", "Private partners", "Endorsement"]


def test_asec_verifies_both_layers_and_imports_the_city_plans(asec_store: Store, national: Path) -> None:
    result = verify_bundle(national, asec_store)
    assert result.status == "valid", result.reason
    assert [inner.status for inner in result.inner] == ["valid", "valid"]
    [outcome] = import_bundles(asec_store, [national])
    assert outcome.status == "imported" and "2 city plans imported" in outcome.message
    assert sorted(p.city for p in list_plans(asec_store, origin="imported")) == list(CITIES[:2])
    [again] = import_bundles(asec_store, [national])
    assert again.status == "already"


def _rezip(national: Path, replace: dict[str, bytes], target: Path) -> Path:
    with zipfile.ZipFile(national) as archive:
        parts = [(name, replace.get(name, archive.read(name))) for name in archive.namelist()]
    return bf.write(target.parent, target.name, bf.zip_members(parts))


def test_altered_city_bundle_refuses_the_whole_national_bundle(asec_store: Store, store: Store, national: Path,
                                                               tmp_path: Path) -> None:
    name = "cities/VNM-Ha-Noi-2018-2025-r1.ascn"
    with zipfile.ZipFile(national) as archive:
        city = archive.read(name)
    altered = city.replace(b"stand-in report", b"stand-in rep0rt")
    before = dump_store(asec_store)
    # Altered after the NR signed: the NR's manifest no longer matches.
    outer = verify_bundle(_rezip(national, {name: altered}, tmp_path / "outer.ascn"), asec_store)
    assert (outer.status, outer.code) == ("invalid", "member-hash-mismatch")
    assert "VNM-Ha-Noi-2018-2025-r1.ascn" in outer.reason and "changed after it was signed" in outer.reason
    # Altered before the NR signed (NR's signature valid over a bad city bundle): the city's layer refuses it.
    from ascn_desktop.core.signing.identity import unlock

    with zipfile.ZipFile(national) as archive:
        import json

        manifest = json.loads(archive.read(fmt.MANIFEST))
    for entry in manifest["members"]:
        if entry["name"] == name:
            entry.update(fmt.member_entry(name, altered).as_json())
    key = unlock(require_identity(store), PASSPHRASE)
    data = fmt.manifest_bytes(manifest)
    resigned = _rezip(national, {name: altered, fmt.MANIFEST: data, fmt.SIGNATURE: key.sign(data)},
                      tmp_path / "inner.ascn")
    inner = verify_bundle(resigned, asec_store)
    assert (inner.status, inner.code) == ("invalid", "inner-member-damaged")
    assert "whole national bundle was refused" in inner.reason
    [outcome] = import_bundles(asec_store, [resigned])
    assert outcome.status == "refused"
    assert dump_store(asec_store) == before


def test_untrusted_nr_is_reported_as_untrusted(tmp_path: Path, national: Path) -> None:
    stranger = open_profile_store(resolve_profile(tmp_path / "stranger"))
    try:
        assert verify_bundle(national, stranger).status == "untrusted"
    finally:
        stranger.close()


def test_consolidation_needs_accepted_plans_and_an_nr(store: Store, tmp_path: Path) -> None:
    with pytest.raises(AscnError, match="identity"):
        consolidate(store, "VNM", tmp_path, passphrase=PASSPHRASE)
    create_identity(store, name="Lê Văn Cường", role="nr", country="VNM", city=None, passphrase=PASSPHRASE)
    with pytest.raises(AscnError, match="No accepted city plan"):
        consolidate(store, "VNM", tmp_path, passphrase=PASSPHRASE)
    with pytest.raises(AscnError, match="National Representative of Thailand"):
        consolidate(store, "THA", tmp_path, passphrase=PASSPHRASE)
    assert not list(tmp_path.glob("*.ascn"))
