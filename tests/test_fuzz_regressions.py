"""What the fuzzer found, kept as tests; plus a short fuzz run in every `make test`.

Each regression is rebuilt structurally (tests/hostile/zipcraft.py), not kept
as an opaque file, and goes through both the Excel importer and the bundle
verifier: the importer may only raise `AscnError` (here `WorkbookRefused`
with one sentence); the verifier must answer with a deliberate refusal, never
its "unreadable" last resort. The short run below uses the same mutators as
`make fuzz` (tests/fuzz/targets.py) driven by hypothesis.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ascn_desktop.core.bundles.bundle_verify import verify_bytes
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Plan
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.workbook.reader import read_plan_workbook
from fuzz.targets import check_verifier, check_workbook, mutate, workbook_seeds
from hostile.bundles import national_bundle
from hostile.setup import Receiver, make_receiver, sample_plan
from hostile.zipcraft import Entry, Layout, craft_zip, entries_of


@dataclass
class Seeds:
    receiver: Receiver
    reference: ReferenceData
    plan: Plan
    workbook: bytes
    bundles: list[bytes]
    folder: Path


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeds]:
    folder = tmp_path_factory.mktemp("fuzz")
    receiver = make_receiver(folder)
    reference = load_reference(receiver.store)
    plan = sample_plan()
    bundles = [receiver.base, national_bundle({"VNM-Da-Nang-2018-2025-r2.ascn": receiver.base},
                                              receiver.ctx.national)]
    yield Seeds(receiver, reference, plan, workbook_seeds(plan, reference)[0], bundles, folder)
    receiver.store.close()


# --- regressions found by `make fuzz` ------------------------------------------------------

Craft = Callable[[list[Entry], Callable[[str], bool]], bytes]  # (entries, "is the member to break")

REGRESSIONS: dict[str, Craft] = {
    # zipfile decodes a name flagged UTF-8 without catching the error: UnicodeDecodeError.
    "member name flagged UTF-8 but not UTF-8": lambda entries, _target: craft_zip(
        entries + [Entry(b"xl/\xff\xfe.xml", b"<x/>", flags=0x800)]),
    # zipfile refuses "version needed to extract" above 6.3 with NotImplementedError.
    "member needs zip version 12.8": lambda entries, _target: craft_zip(
        [replace(e, extract_version=128) if n == 0 else e for n, e in enumerate(entries)]),
    # The end record puts the directory further on than it is: zipfile seeks before byte 0 (OSError EINVAL).
    "central directory offset beyond its real place": lambda entries, _target: craft_zip(
        entries, Layout(directory_offset_lie=5000)),
    # A member's deflate stream is garbage: zlib.error while reading (handled, kept as a guard).
    "deflate stream of a member is garbage": lambda entries, target: craft_zip(
        [replace(e, method=8, compressed=b"\x00\xff" * 50) if target(str(e.name)) else e for e in entries]),
    # A member flagged as encrypted: zipfile raises RuntimeError ("password required").
    "member flagged as encrypted": lambda entries, target: craft_zip(
        [replace(e, flags=e.flags | 0x1) if n == 0 else e for n, e in enumerate(entries)]),
    # A member that needs an unsupported compression method (NotImplementedError on open).
    "member compressed with an unknown method": lambda entries, target: craft_zip(
        [replace(e, method=99, compressed=e.data) if target(str(e.name)) else e for e in entries]),
}


def _is_sheet(name: str) -> bool:
    return name.startswith("xl/worksheets/")


def _is_plan(name: str) -> bool:
    return name == "plan.json"


@pytest.mark.parametrize("name", list(REGRESSIONS))
def test_workbook_regression_is_refused_with_a_sentence(seeds: Seeds, name: str) -> None:
    path = seeds.folder / "regression.xlsx"
    path.write_bytes(REGRESSIONS[name](entries_of(seeds.workbook), _is_sheet))
    try:
        result = read_plan_workbook(path, reference=seeds.reference, base_plan=seeds.plan)
    except AscnError as error:
        text = str(error)
        assert text.endswith(".") and "\n" not in text and "Traceback" not in text
    else:  # read with cell errors is also a deliberate answer
        assert result.errors or result.plan is not None


@pytest.mark.parametrize("name", list(REGRESSIONS))
def test_bundle_regression_is_refused_deliberately(seeds: Seeds, name: str) -> None:
    data = REGRESSIONS[name](entries_of(seeds.receiver.base), _is_plan)
    result = verify_bytes(data, seeds.receiver.store, name="regression.ascn")
    assert result.status == "invalid"
    assert result.code != "unreadable", result.reason


# --- a short fuzz run in every test run ----------------------------------------------------------

_HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=_HEALTH)
FUZZ_STRESS = settings(max_examples=3000, deadline=None, derandomize=False, suppress_health_check=_HEALTH)


def fuzz_verifier(seeds: Seeds, seed: int) -> None:
    rng = random.Random(seed)
    fuzz = mutate(rng, rng.choice(seeds.bundles), seeds.bundles, seeds.receiver.ctx.signer)
    check_verifier(fuzz.data, seeds.receiver.store)


def fuzz_workbook(seeds: Seeds, seed: int) -> None:
    rng = random.Random(seed)
    fuzz = mutate(rng, seeds.workbook, [seeds.workbook], None)
    check_workbook(fuzz.data, seeds.folder, seeds.reference, seeds.plan)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1))
def test_fuzzed_bundles_get_a_deliberate_answer(seeds: Seeds, seed: int) -> None:
    fuzz_verifier(seeds, seed)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1))
def test_fuzzed_workbooks_raise_only_ascn_errors(seeds: Seeds, seed: int) -> None:
    fuzz_workbook(seeds, seed)


@pytest.mark.stress
@FUZZ_STRESS
@given(seed=st.integers(0, 2**32 - 1))
def test_fuzzed_bundles_get_a_deliberate_answer_stress(seeds: Seeds, seed: int) -> None:
    fuzz_verifier(seeds, seed)


@pytest.mark.stress
@FUZZ_STRESS
@given(seed=st.integers(0, 2**32 - 1))
def test_fuzzed_workbooks_raise_only_ascn_errors_stress(seeds: Seeds, seed: int) -> None:
    fuzz_workbook(seeds, seed)
