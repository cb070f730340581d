"""Reference data is complete, Unicode-clean, idempotent and never deletes."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from ascn_desktop.core.errors import AscnError, NotFoundError
from ascn_desktop.core.reference import load_reference, sync_reference
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import City, VocabularyTerm


def test_member_states_and_pilot_cities(store: Store) -> None:
    reference = load_reference(store)
    assert len(reference.member_states) == 11
    assert "TLS" in reference.member_states
    pilots = [city for city in reference.cities.values() if city.pilot]
    assert len(pilots) == 26
    assert len(reference.cities_of("MYS")) == 4
    assert {c.name for c in reference.cities_of("VNM")} == {"Hà Nội", "Đà Nẵng", "Hồ Chí Minh"}
    assert len(reference.vocab["focus_areas"]) == 6
    assert len(reference.vocab["outcomes"]) == 3
    assert len(reference.vocab["sdgs"]) == 17
    assert {"WB", "IFC", "ADB", "AIIB", "GIH"} <= set(reference.partners)
    assert reference.cycles["2018-2025"].years == range(2018, 2026)


@pytest.mark.parametrize("typed", ["ha noi", "Hà Nội", "Ha Noi", "HA NOI", "VNM-HA-NOI", "hà  nội"])
def test_city_matching_is_case_and_accent_insensitive(store: Store, typed: str) -> None:
    assert load_reference(store).find_city(typed).code == "VNM-HA-NOI"


def test_city_matching_da_nang_and_ho_chi_minh(store: Store) -> None:
    reference = load_reference(store)
    assert reference.find_city("da nang").name == "Đà Nẵng"
    assert reference.find_city("Ho Chi Minh City").code == "VNM-HO-CHI-MINH-CITY"
    assert reference.find_city("hồ chí minh").code == "VNM-HO-CHI-MINH-CITY"


@pytest.mark.parametrize(("typed", "code"), [
    ("hanoi", "VNM-HA-NOI"), ("da-nang", "VNM-DA-NANG"), ("danang", "VNM-DA-NANG"),
    ("hcm", "VNM-HO-CHI-MINH-CITY"), ("hcmc", "VNM-HO-CHI-MINH-CITY"), ("HCMC", "VNM-HO-CHI-MINH-CITY"),
    ("tp hcm", "VNM-HO-CHI-MINH-CITY"), ("Sài Gòn", "VNM-HO-CHI-MINH-CITY"), ("kl", "MYS-KUALA-LUMPUR"),
    ("Jakarta", "IDN-DKI-JAKARTA"), ("Naypyidaw", "MMR-NAY-PYI-TAW"), ("BSB", "BRN-BANDAR-SERI-BEGAWAN"),
    ("kuala-lumpur", "MYS-KUALA-LUMPUR"),
])
def test_city_matching_ignores_spaces_hyphens_and_knows_short_forms(store: Store, typed: str, code: str) -> None:
    assert load_reference(store).find_city(typed).code == code


def test_ambiguous_partial_city_name_is_refused_with_the_candidates(store: Store) -> None:
    with pytest.raises(AscnError, match="several cities") as caught:
        load_reference(store).find_city("city")  # Cebu City, Davao City, Ho Chi Minh City
    assert "Cebu City" in str(caught.value) and "Davao City" in str(caught.value)


def test_unknown_city(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no ASCN city"):
        load_reference(store).find_city("Atlantis")


def test_sync_is_idempotent(store: Store) -> None:
    assert sync_reference(store) is False
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(City)) == 26


def test_updated_file_adds_and_relabels_never_deletes(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from ascn_desktop.core import reference as module

    original = module.read_reference_file

    def newer(name: str) -> dict:  # type: ignore[type-arg]
        data = json.loads(json.dumps(original(name)))
        if name == "vocabularies.json":
            data["version"] += 1
            data["focus_areas"] = [{"code": "CS", "label": "Civic, Social and Cultural"}]  # others dropped
        if name == "cities.json":
            data["version"] += 1
            data["cities"].append({"code": "TLS-DILI", "country": "TLS", "name": "Díli", "name_en": "Dili",
                                   "pilot": False, "joined_year": 2026})
        return data

    monkeypatch.setattr(module, "read_reference_file", newer)
    assert sync_reference(store) is True
    reference = load_reference(store)
    assert reference.vocab["focus_areas"]["CS"] == "Civic, Social and Cultural"
    assert len(reference.vocab["focus_areas"]) == 6  # nothing deleted
    assert reference.find_city("dili").name == "Díli"
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(VocabularyTerm).where(
            VocabularyTerm.kind == "focus_areas")) == 6
