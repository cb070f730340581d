"""Property-based round trips over generated plans (tests/strategies.py).

- store → signed bundle → verify → import into another profile gives an equal plan;
- store → Excel workbook → Excel import gives an equal plan;
- canonical JSON is stable: encode → parse → encode is byte-identical, and
  document → plan → document too.

Examples are few and fixed in `make test` (the bundle round trip signs with a
real scrypt key and renders a PDF per example); the `*_stress` twins run many
random ones under `make stress` (ASCN_STRESS_EXAMPLES sets the slow ones' count).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from ascn_desktop.core.bundles.bundle_export import check_export_allowed, export_bundle
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.bundles.bundle_verify import verify_bundle
from ascn_desktop.core.canonical_json import canonical_bytes, loads_canonical
from ascn_desktop.core.signing.identity import create_identity
from ascn_desktop.core.model import Plan
from ascn_desktop.core.bundles.plan_document import plan_from_document, plan_to_document
from ascn_desktop.core.plans import get_plan, save_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.signing.trust import add_card_json
from ascn_desktop.core.workbook.reader import read_plan_workbook
from ascn_desktop.core.workbook.writer import plan_workbook_bytes
from ascn_desktop.store.engine import Store
from strategies import plans

# One city per member state, so every currency is exercised (VND whole numbers, the others two decimals).
CITIES = ["BRN-BANDAR-SERI-BEGAWAN", "KHM-PHNOM-PENH", "IDN-DKI-JAKARTA", "LAO-VIENTIANE", "MYS-KUALA-LUMPUR",
          "MMR-YANGON", "PHL-MANILA", "SGP-SINGAPORE", "THA-BANGKOK", "VNM-DA-NANG"]

PASSPHRASE = "round trip passphrase"
_HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]
# `make test`: a few fixed (derandomized) examples; `make stress`: the *_stress twins, many random ones.
SLOW = settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=_HEALTH)
FAST = settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=_HEALTH)
SLOW_STRESS = settings(max_examples=int(os.environ.get("ASCN_STRESS_EXAMPLES", "150")), deadline=None,
                       derandomize=False, suppress_health_check=_HEALTH)
FAST_STRESS = settings(max_examples=2000, deadline=None, derandomize=False, suppress_health_check=_HEALTH)


@dataclass
class Profiles:
    """A receiver, and a sender profile per city (a city officer signs only their own city's plan)."""

    root: Path
    receiver: Store
    reference: ReferenceData
    out: Path
    senders: dict[str, Store] = field(default_factory=dict)

    def sender(self, city: str) -> Store:
        if city not in self.senders:
            store = open_profile_store(resolve_profile(self.root / f"sender-{city}"))
            info = self.reference.cities[city]
            identity = create_identity(store, name="Phạm Thu Hà", role="csco", country=info.country,
                                       city=city, passphrase=PASSPHRASE)
            add_card_json(self.receiver, identity.card.as_json())
            self.senders[city] = store
        return self.senders[city]


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profiles]:
    root = tmp_path_factory.mktemp("roundtrip")
    receiver = open_profile_store(resolve_profile(root / "receiver"))
    out = root / "out"
    out.mkdir()
    made = Profiles(root=root, receiver=receiver, reference=load_reference(receiver), out=out)
    yield made
    for store in made.senders.values():
        store.close()
    receiver.close()


def _stored(store: Store, plan: Plan) -> tuple[int, Plan]:
    plan_id = save_plan(store, plan)
    return plan_id, get_plan(store, plan_id)


def bundle_round_trip(profiles: Profiles, plan: Plan) -> None:
    sender = profiles.sender(plan.city)
    plan_id, _ = _stored(sender, plan)
    readiness = check_export_allowed(sender, plan_id, profiles.out, as_draft=True)
    exported = export_bundle(sender, plan_id, profiles.out, as_draft=True, passphrase=PASSPHRASE)
    try:
        sent = get_plan(sender, plan_id)  # now carrying the exported revision
        result = verify_bundle(exported.path, profiles.receiver)
        assert (result.status, result.code) == ("valid", "ok"), result.reason
        outcome = import_bundles(profiles.receiver, [exported.path])[0]
        assert outcome.status == "imported", outcome.message
        received = get_plan(profiles.receiver, outcome.plan_ids[0])
    finally:
        exported.path.unlink()
    # A final plan that still has readiness errors travels as a draft (errors never leave as final).
    expected = replace(sent, status="draft") if sent.status == "final" and readiness.errors else sent
    assert received == expected


def excel_round_trip(profiles: Profiles, tmp_path_factory: pytest.TempPathFactory, plan: Plan) -> None:
    _plan_id, stored = _stored(profiles.receiver, plan)
    path = tmp_path_factory.mktemp("xlsx") / "plan.xlsx"
    path.write_bytes(plan_workbook_bytes(stored, profiles.reference))
    result = read_plan_workbook(path, reference=profiles.reference, base_plan=stored)
    assert result.ok, [str(error) for error in result.errors]
    assert result.plan == stored
    # Read onto the plan with its header emptied, so those fields must come from the workbook alone
    # (the importer trims surrounding spaces of what it reads: people type them into sheets).
    base = replace(stored, title="", vision="", blueprint="", focus_areas=[], outcomes=[])
    header = read_plan_workbook(path, reference=profiles.reference, base_plan=base)
    assert header.ok, [str(error) for error in header.errors]
    for name in ("title", "vision", "blueprint"):
        assert getattr(header.plan, name) == getattr(stored, name).strip(), name
    assert (header.plan.focus_areas, header.plan.outcomes) == (stored.focus_areas, stored.outcomes)
    assert header.plan.projects == stored.projects


def canonical_round_trip(profiles: Profiles, plan: Plan) -> None:
    document = plan_to_document(plan, profiles.reference)
    data = canonical_bytes(document)
    assert canonical_bytes(loads_canonical(data)) == data
    again = plan_to_document(plan_from_document(loads_canonical(data)), profiles.reference)
    assert canonical_bytes(again) == data


@SLOW
@given(plan=plans(cities=CITIES))
def test_store_bundle_verify_import_gives_an_equal_plan(profiles: Profiles, plan: Plan) -> None:
    bundle_round_trip(profiles, plan)


@SLOW
@given(plan=plans())
def test_store_excel_import_gives_an_equal_plan(profiles: Profiles, tmp_path_factory: pytest.TempPathFactory,
                                                plan: Plan) -> None:
    excel_round_trip(profiles, tmp_path_factory, plan)


@FAST
@given(plan=plans())
def test_canonical_json_is_stable(profiles: Profiles, plan: Plan) -> None:
    canonical_round_trip(profiles, plan)


@pytest.mark.stress
@SLOW_STRESS
@given(plan=plans(cities=CITIES))
def test_store_bundle_verify_import_gives_an_equal_plan_stress(profiles: Profiles, plan: Plan) -> None:
    bundle_round_trip(profiles, plan)


@pytest.mark.stress
@SLOW_STRESS
@given(plan=plans())
def test_store_excel_import_gives_an_equal_plan_stress(profiles: Profiles,
                                                       tmp_path_factory: pytest.TempPathFactory, plan: Plan) -> None:
    excel_round_trip(profiles, tmp_path_factory, plan)


@pytest.mark.stress
@FAST_STRESS
@given(plan=plans())
def test_canonical_json_is_stable_stress(profiles: Profiles, plan: Plan) -> None:
    canonical_round_trip(profiles, plan)
