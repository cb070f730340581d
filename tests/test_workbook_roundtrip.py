"""Round trip: a plan written to its workbook and imported back unchanged yields no differences."""

from __future__ import annotations

import string
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ascn_desktop.core import money
from ascn_desktop.core.demo import load_demo
from ascn_desktop.core.model import (
    FUNDING_TYPES,
    MILESTONE_STATUSES,
    PROJECT_STATUSES,
    FundingSource,
    Indicator,
    IndicatorValue,
    Milestone,
    Plan,
    ProgressNote,
    Project,
)
from ascn_desktop.core.plan_diff import diff_plans
from ascn_desktop.core.plans import find_plan_id, get_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.text import fold
from ascn_desktop.core.workbook.reader import read_plan_workbook
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan, write_workbook


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, ReferenceData]]:
    store = open_profile_store(resolve_profile(tmp_path_factory.mktemp("roundtrip-demo")))
    load_demo(store)
    yield store, load_reference(store)
    store.close()


@pytest.mark.parametrize("city", ["VNM-DA-NANG", "IDN-DKI-JAKARTA", "SGP-SINGAPORE", "THA-BANGKOK"])
@pytest.mark.parametrize("template", [False, True])
def test_demo_plans_round_trip(demo: tuple[Store, ReferenceData], city: str, template: bool,
                               tmp_path: Path) -> None:
    store, reference = demo
    found = find_plan_id(store, reference.find_city(city).code)
    assert found is not None
    plan = get_plan(store, found)
    path = write_workbook(tmp_path / "plan.xlsx", plan, reference, template=template)
    result = read_plan_workbook(path, reference=reference, base_plan=plan)
    assert result.ok, [str(e) for e in result.errors]
    assert result.notices == []
    assert diff_plans(plan, result.plan).is_empty
    assert result.plan == plan


def test_empty_template_adds_and_keeps(demo: tuple[Store, ReferenceData], tmp_path: Path) -> None:
    import openpyxl

    _store, reference = demo
    plan = base_plan()
    path = write_workbook(tmp_path / "empty.xlsx", plan, reference, empty=True)
    book = openpyxl.load_workbook(path)
    book["Projects"].append([None, "DN-09", "Xe buýt điện", None, "Built Infrastructure"])
    book.save(path)
    result = read_plan_workbook(path, reference=reference, base_plan=plan)
    assert result.ok, [str(e) for e in result.errors]
    assert [p.code for p in result.plan.projects] == ["DN-01", "DN-02", "DN-09"]
    assert result.plan.projects[0] == plan.projects[0]  # kept with all its rows
    assert "nothing is removed" in " ".join(result.notices)
    assert diff_plans(plan, result.plan).summary() == "projects: 1 added."


# --- generated plans -----------------------------------------------------------------------

# Any Unicode XML can carry (surrogates, most control characters and U+FFFE/U+FFFF it cannot).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
               | st.sampled_from("\n\t =+-@_x"), max_size=30)
NAME = TEXT.filter(lambda text: text.strip() != "")
CURRENCIES = ["", "VND", "IDR", "USD", "SGD", "THB", "KHR"]


def amounts(decimals: int) -> st.SearchStrategy[Decimal]:
    places = max(decimals, 0)
    exact = st.decimals(min_value=0, max_value=money.MAX_AMOUNT, places=places, allow_nan=False,
                        allow_infinity=False)
    limits = st.sampled_from([Decimal(0), money.MAX_AMOUNT.quantize(Decimal(1).scaleb(-places)) if places
                              else Decimal(int(money.MAX_AMOUNT)), Decimal("0.01") if places else Decimal(1)])
    return st.one_of(limits, exact)


INDICATOR_VALUES = st.one_of(st.none(), st.decimals(min_value=-10**12, max_value=10**12, places=3,
                                                    allow_nan=False, allow_infinity=False),
                             st.sampled_from([Decimal("123456789012345.678"), Decimal("0.0001")]))


@st.composite
def projects(draw: st.DrawFn, n: int) -> Project:
    currency = draw(st.sampled_from(CURRENCIES))
    decimals = {"VND": 0}.get(currency, 2)
    years = st.integers(2018, 2025)
    start = draw(st.none() | years)
    end = draw(st.none() | st.integers(start or 2018, 2025))  # the plan's years: the import refuses others
    return Project(
        code=f"{draw(st.text(string.ascii_letters + 'ĐđÀ-', min_size=1, max_size=4))}{n}",
        title=draw(NAME), description=draw(TEXT),
        focus_area=draw(st.none() | st.sampled_from(["CS", "HW", "SS", "QE", "BI", "II"])),
        outcomes=draw(st.lists(st.sampled_from(["CE", "SE", "QL"]), unique=True)),
        sdgs=draw(st.lists(st.integers(1, 17), unique=True, max_size=4)),
        start_year=start, end_year=end, status=draw(st.sampled_from(PROJECT_STATUSES)),
        lead_agency=draw(TEXT), budget=draw(st.none() | amounts(decimals)), currency=currency,
        budget_usd=draw(st.none() | amounts(2)), seeks_private_partner=draw(st.booleans()),
        private_sector_need=draw(TEXT), partner=draw(st.none() | st.sampled_from(["ADB", "WB", "AIIB"])),
        risks=draw(TEXT),
        funding=draw(st.lists(st.builds(FundingSource, type=st.sampled_from(FUNDING_TYPES), name=TEXT,
                                        amount=amounts(decimals)), max_size=2)),
        milestones=draw(st.lists(st.builds(Milestone, title=NAME, due_year=years, due_quarter=st.integers(1, 4),
                                           status=st.sampled_from(MILESTONE_STATUSES),
                                           percent=st.integers(0, 100)), max_size=2)),
        indicators=draw(st.lists(st.builds(
            Indicator, name=NAME, unit=TEXT, baseline_year=st.none() | st.integers(2010, 2025),
            baseline_value=INDICATOR_VALUES,
            values=st.lists(st.builds(IndicatorValue, year=years, target=INDICATOR_VALUES, actual=INDICATOR_VALUES),
                            unique_by=lambda v: v.year, max_size=3).map(
                lambda values: sorted((v for v in values if v.target is not None or v.actual is not None),
                                      key=lambda v: v.year))), max_size=2)),
        progress_notes=draw(st.lists(st.builds(ProgressNote, year=years, text=NAME), max_size=2)),
    )


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    count = draw(st.integers(0, 3))
    chosen = [draw(projects(n)) for n in range(count)]
    codes = [fold(p.code) for p in chosen]
    if len(set(codes)) != len(codes):
        chosen = chosen[:1]
    return Plan(city="VNM-DA-NANG", cycle="2018-2025", title=draw(NAME), vision=draw(TEXT), blueprint=draw(TEXT),
                focus_areas=draw(st.lists(st.sampled_from(["CS", "HW", "SS", "QE", "BI", "II"]), unique=True)),
                outcomes=draw(st.lists(st.sampled_from(["CE", "SE", "QL"]), unique=True)),
                status=draw(st.sampled_from(["draft", "final"])), projects=chosen)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(plan=plans())
def test_generated_plans_round_trip(demo: tuple[Store, ReferenceData], tmp_path: Path, plan: Plan) -> None:
    _store, reference = demo
    path = write_workbook(tmp_path / "generated.xlsx", plan, reference, template=False)
    result = read_plan_workbook(path, reference=reference, base_plan=plan)
    assert result.ok, [str(e) for e in result.errors]
    diff = diff_plans(plan, result.plan)
    assert diff.is_empty, diff.lines()
    assert result.plan == plan


@pytest.mark.parametrize("variant", ["streamed", "elementtree"])
def test_reader_variants_give_the_same_plan(demo: tuple[Store, ReferenceData], tmp_path: Path, variant: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Sheets above the size limit are streamed; without lxml ElementTree parses. Both read the same plan."""
    from ascn_desktop.core.workbook import sheets

    if variant == "streamed":
        monkeypatch.setattr(sheets, "_WHOLE_SHEET_LIMIT", 0)
    else:
        monkeypatch.setattr(sheets, "_LXML_PARSER", None)
    _store, reference = demo
    plan = base_plan()
    path = write_workbook(tmp_path / "plan.xlsx", plan, reference)
    result = read_plan_workbook(path, reference=reference, base_plan=plan)
    assert result.ok, [str(e) for e in result.errors]
    assert result.plan == plan
