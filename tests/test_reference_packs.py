"""Signed reference packs: applied on every role's profile, refused with one sentence otherwise."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.reference_document import baseline_document
from ascn_desktop.core.reference_packs import apply_pack_bytes, build_pack, import_packs
from ascn_desktop.store.engine import Store
from tests.bundle_factory import Signer, make_signer, trust
from tests.store_dump import dump_database

ISSUED = datetime(2026, 12, 1, 9, 0, 0, tzinfo=UTC)


def asec_signer(seed: int = 41) -> Signer:
    return make_signer("Secretariat IMD", role="asec", country="IDN", city=None, seed=seed)


def grown(document: dict[str, Any] | None = None) -> dict[str, Any]:
    """The baseline plus a city, a cycle with its own code lists and a partner programme."""
    document = copy.deepcopy(document or baseline_document())
    document["cities"].append({"code": "LAO-PAKSE", "country": "LAO", "name": "Paksé", "name_en": "Pakse",
                               "name_local": "ປາກເຊ", "pilot": False, "joined_year": 2027, "left_year": None})
    document["vocabularies"]["focus_areas:2036-2045"] = [{"code": "DG", "label": "Digital governance"}]
    document["cycles"].append({"code": "2036-2045", "start_year": 2036, "end_year": 2045, "label": "Third cycle",
                               "classification": {"focus_areas": "focus_areas:2036-2045"}})
    document["partners"].append({"code": "ADB-UCCRTF", "name": "Urban Climate Change Resilience Trust Fund",
                                 "kind": "programme", "programme_of": "ADB"})
    return document


def pack(document: dict[str, Any], *, version: int = 3, signer: Signer | None = None) -> bytes:
    signer = signer or asec_signer()
    return build_pack(document, version=version, signer_card=signer.card, private_key=signer.key, issued_at=ISSUED)


@pytest.mark.parametrize("role", ["csco", "nr", "asec"])
def test_a_pack_adds_a_city_a_cycle_and_a_partner_on_every_role(store: Store, role: str) -> None:
    # the role only decides who else uses the profile; every profile takes the Secretariat's pack
    trust(store, asec_signer())
    outcome = apply_pack_bytes(store, pack(grown()), file_name="ascn-reference-v3.ascnref")
    assert outcome.status == "applied", outcome.message
    reference = load_reference(store)
    assert reference.version == 3
    assert reference.find_city("pakse").name_local == "ປາກເຊ"
    assert reference.cycles["2036-2045"].classification == {"focus_areas": "focus_areas:2036-2045"}
    assert reference.classification("2036-2045", "focus_areas") == {"DG": "Digital governance"}
    assert reference.programmes["ADB-UCCRTF"] == "ADB"
    again = apply_pack_bytes(store, pack(grown()))
    assert again.status == "already"


def _refused(store: Store, data: bytes, code: str) -> str:
    assert store.profile.db_path is not None
    before = dump_database(store.profile.db_path)
    outcome = apply_pack_bytes(store, data, file_name="pack.ascnref")
    assert (outcome.status, outcome.code) == ("refused", code), outcome.message
    assert outcome.message.count(". ") <= 1 and "Traceback" not in outcome.message
    assert dump_database(store.profile.db_path) == before
    return outcome.message


def test_an_older_pack_is_refused(store: Store) -> None:
    trust(store, asec_signer())
    assert apply_pack_bytes(store, pack(grown(), version=4)).status == "applied"
    message = _refused(store, pack(grown(), version=3), "pack-older")
    assert "version 3" in message and "version 4" in message
    _refused(store, pack(grown(), version=2), "pack-older")  # the baseline's own number


def test_an_unsigned_or_tampered_pack_is_refused(store: Store) -> None:
    trust(store, asec_signer())
    data = json.loads(pack(grown()))
    data["reference"]["cities"][-1]["name"] = "Champasak"
    _refused(store, canonical_bytes(data), "pack-unsigned")
    data["signature"] = ""
    _refused(store, canonical_bytes(data), "pack-unsigned")


def test_an_untrusted_or_non_secretariat_pack_is_refused(store: Store) -> None:
    message = _refused(store, pack(grown()), "pack-untrusted")
    assert "trust registry" in message
    officer = make_signer(role="csco", seed=7)
    trust(store, officer)
    _refused(store, pack(grown(), signer=officer), "pack-not-asec")
    trust(store, asec_signer(), revoked_at=datetime(2026, 1, 1, tzinfo=UTC))
    _refused(store, pack(grown()), "pack-untrusted")


@pytest.mark.parametrize("recode", ["remove_focus_area", "move_city", "remove_city", "cycle_years"])
def test_a_pack_that_recodes_is_refused(store: Store, recode: str) -> None:
    trust(store, asec_signer())
    document = grown()
    if recode == "remove_focus_area":
        document["vocabularies"]["focus_areas"] = [t for t in document["vocabularies"]["focus_areas"]
                                                   if t["code"] != "CS"]
    elif recode == "move_city":
        next(c for c in document["cities"] if c["code"] == "TLS-DILI")["country"] = "IDN"
    elif recode == "remove_city":
        document["cities"] = [c for c in document["cities"] if c["code"] != "VNM-HA-NOI"]
    else:
        next(c for c in document["cycles"] if c["code"] == "2018-2025")["end_year"] = 2026
    # a moved city or stretched cycle no longer matches its own code: refused as invalid content
    expected = "pack-content" if recode in ("move_city", "cycle_years") else "pack-recodes"
    message = _refused(store, pack(document), expected)
    assert "not applied" in message


def test_labels_may_change(store: Store) -> None:
    trust(store, asec_signer())
    document = grown()
    document["vocabularies"]["focus_areas"][0]["label"] = "Civic, Social and Cultural"
    assert apply_pack_bytes(store, pack(document)).status == "applied"
    assert load_reference(store).label("focus_areas", "CS") == "Civic, Social and Cultural"


def test_packs_apply_in_version_order_whatever_order_given(store: Store, tmp_path: Path) -> None:
    trust(store, asec_signer())
    v3 = grown()
    v4 = copy.deepcopy(v3)
    v4["cities"].append({"code": "LAO-SAVANNAKHET", "country": "LAO", "name": "Savannakhet",
                         "name_en": "Savannakhet", "joined_year": 2028})
    (tmp_path / "b.ascnref").write_bytes(pack(v4, version=4))
    (tmp_path / "a.ascnref").write_bytes(pack(v3, version=3))
    outcomes = import_packs(store, [tmp_path / "b.ascnref", tmp_path / "a.ascnref"])
    assert [o.status for o in outcomes] == ["applied", "applied"]
    assert load_reference(store).version == 4


def test_not_a_pack(store: Store) -> None:
    _refused(store, b"PK\x03\x04 something else", "not-a-pack")


def test_a_cycles_own_codes_are_labelled_and_ready(store: Store) -> None:
    from ascn_desktop.core.demo import sample_plan
    from ascn_desktop.core.readiness import check_plan

    trust(store, asec_signer())
    assert apply_pack_bytes(store, pack(grown())).status == "applied"
    reference = load_reference(store)
    assert reference.label("focus_areas", "DG") == "Digital governance"
    plan = sample_plan(reference, reference.city("LAO-PAKSE"), cycle_code="2036-2045")
    plan.focus_areas = ["DG"]
    for project in plan.projects:
        project.focus_area = "DG"
    codes = {finding.code for finding in check_plan(plan, reference)}
    assert "plan.unknown-focus-area" not in codes and "project.unknown-focus-area" not in codes
    plan.focus_areas = ["CS"]  # the 2018 Framework's code is not one of this cycle's
    assert "plan.unknown-focus-area" in {finding.code for finding in check_plan(plan, reference)}


def test_the_secretariat_corrects_a_join_year_and_a_city_leaves(store: Store, tmp_path: Path) -> None:
    from ascn_desktop.core import reference_editing as editing
    from ascn_desktop.core.signing.identity import create_identity

    create_identity(store, name="ASEC IMD", role="asec", country="IDN", city=None, passphrase="correct horse battery")
    editing.correct_city(store, "IDN-SUMEDANG", joined_year=2023, note="Confirmed by the Secretariat.")
    editing.correct_city(store, "THA-RAYONG", left_year=2025)
    with pytest.raises(Exception, match="no valid year"):
        editing.correct_city(store, "THA-PHUKET", left_year=1990)  # before it joined: refused, draft unchanged
    lines = editing.draft_changes(baseline_document(), editing.load_draft(store))
    assert len(lines) == 2 and all(line.startswith("Changed: city") for line in lines)
    signed = editing.sign_draft(store, passphrase="correct horse battery", out_dir=tmp_path)
    reference = load_reference(store)
    assert signed.version == 3 and reference.city("IDN-SUMEDANG").joined_year == 2023
    assert "THA-RAYONG" not in {city.code for city in reference.cities_in(2026)}
    assert "THA-RAYONG" in {city.code for city in reference.cities_in(2025)}


class _EveryWordTranslated(dict):  # type: ignore[type-arg]
    """A catalogue that has every message: Latin letters outside {placeholders} become Khmer ones."""

    def get(self, key: Any, default: Any = None) -> str:
        import re
        parts = re.split(r"(\{[^}]*\})", key[1])
        return "".join(p if p.startswith("{") else re.sub(r"[A-Za-z]", "ក", p) for p in parts)


@pytest.mark.parametrize(("recode", "code"), [("remove_focus_area", "pack-recodes"), ("remove_city", "pack-recodes"),
                                              ("move_city", "pack-content"), ("bad_currency", "pack-content")])
def test_a_refusal_is_whole_translated_sentences_with_only_codes_left(
        store: Store, recode: str, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    trust(store, asec_signer())
    document = grown()
    if recode == "remove_focus_area":
        document["vocabularies"]["focus_areas"] = [t for t in document["vocabularies"]["focus_areas"]
                                                   if t["code"] != "CS"]
    elif recode == "remove_city":
        document["cities"] = [c for c in document["cities"] if c["code"] != "VNM-HA-NOI"]
    elif recode == "move_city":
        next(c for c in document["cities"] if c["code"] == "TLS-DILI")["country"] = "IDN"
    else:
        document["currencies"][0]["decimals"] = 7
    data = pack(document)
    from ascn_desktop.core import i18n
    monkeypatch.setattr(i18n, "_speaking", ("km", _EveryWordTranslated()))
    message = _refused(store, data, code)
    leftovers = message
    for kept in ("focus_areas", "CS", "VNM-HA-NOI", "TLS-DILI", document["currencies"][0]["code"], "ISO", "4217"):
        leftovers = leftovers.replace(kept, "")
    assert not any("a" <= ch.lower() <= "z" for ch in leftovers), message  # no English word glued in
