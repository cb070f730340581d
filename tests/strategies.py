"""Hypothesis strategies for whole plans, shared by the property tests.

`plans()` draws a complete, valid `Plan` for a real city and cycle of the
reference data: any Unicode text (RTL scripts, combining marks, Vietnamese,
emoji, empty and maximal strings), amounts at 0, one minor unit and the
largest amount the app accepts (quantized to the currency's decimals), and
years anywhere in the cycle. Everything is built from `resources/reference`
so the strategies need no store.

Text excludes surrogates, control characters (except newline and tab) and
unassigned code points: none of them can be stored in an Excel cell or typed
into the editor, so a plan holding them is not a plan a user can make.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal

from hypothesis import strategies as st

from ascn_desktop.core.model import (
    FUNDING_TYPES,
    MILESTONE_STATUSES,
    PLAN_STATUSES,
    PROJECT_STATUSES,
    FundingSource,
    Indicator,
    IndicatorValue,
    Milestone,
    Plan,
    ProgressNote,
    Project,
)
from ascn_desktop.core.money import MAX_AMOUNT
from ascn_desktop.core.resources import resource_path

STRESS = os.environ.get("ASCN_STRESS") == "1"


def _reference(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads(resource_path("reference", f"{name}.json").read_text(encoding="utf-8"))


_CITIES = _reference("cities")["cities"]
_CURRENCY_OF_COUNTRY = {state["code"]: state["currency"] for state in _reference("member_states")["member_states"]}
_DECIMALS = {currency["code"]: currency["decimals"] for currency in _reference("currencies")["currencies"]}
_CYCLES = {cycle["code"]: (cycle["start_year"], cycle["end_year"]) for cycle in _reference("cycles")["cycles"]}
_VOCAB = _reference("vocabularies")
FOCUS_AREAS = [term["code"] for term in _VOCAB["focus_areas"]]
OUTCOMES = [term["code"] for term in _VOCAB["outcomes"]]
PARTNERS = [partner["code"] for partner in _reference("partners")["partners"]]

# Longest text the strategies draw for one field. Excel holds at most 32,767
# characters in a cell; titles and codes are kept far shorter, as in real use.
MAX_LONG_TEXT = 2000
MAX_SHORT_TEXT = 200

# Scripts a plan is likely to meet, mixed in explicitly so that even a few
# examples exercise them: Vietnamese, Thai, Burmese, Khmer, Lao, Arabic and
# Hebrew (right to left), combining marks, an emoji with a joiner.
SAMPLES = [
    "Hà Nội", "Đà Nẵng", "Hồ Chí Minh", "กรุงเทพมหานคร", "မန္တလေး", "ភ្នំពេញ", "ວຽງຈັນ",
    "مدينة ذكية", "עיר חכמה", "e\u0301\u0302\u0323", "\u202eRTL override", "👩\u200d💻 smart city",
    "=SUM(A1:A2)", "+1", "-2", "@cmd", "\ttab\nnew line", "  spaces  ",
]

_ALPHABET = st.characters(blacklist_categories=("Cs", "Cc", "Cn"), blacklist_characters="\r") | st.sampled_from(
    ["\n", "\t"]
)


def texts(*, max_size: int = MAX_SHORT_TEXT, min_size: int = 0) -> st.SearchStrategy[str]:
    """Any user-typeable Unicode text, with the samples and the maximal length drawn often."""
    drawn = st.text(_ALPHABET, min_size=min_size, max_size=min(max_size, 40))
    special = st.sampled_from(SAMPLES) | st.just("ẞ" * max_size) | st.just("Ư\u0303" * (max_size // 2))
    if min_size == 0:
        special = special | st.just("")
    return (drawn | special).filter(lambda text: len(text) >= min_size and len(text) <= max_size)


def titles() -> st.SearchStrategy[str]:
    """Text with something visible in it (required fields)."""
    return texts(max_size=MAX_SHORT_TEXT, min_size=1).filter(lambda text: text.strip() != "")


def amounts(currency: str) -> st.SearchStrategy[Decimal]:
    """Non-negative amounts in `currency`: zero, one minor unit, the largest, and anything between."""
    decimals = _DECIMALS.get(currency, 2)
    quantum = Decimal(1).scaleb(-decimals)
    largest = MAX_AMOUNT.quantize(quantum, rounding="ROUND_DOWN")
    units = st.integers(min_value=0, max_value=int(largest / quantum))
    return (
        st.sampled_from([Decimal(0).quantize(quantum), quantum, largest, Decimal(10**13).quantize(quantum)])
        | units.map(lambda n: (Decimal(n) * quantum).quantize(quantum))
    )


def decimals_plain() -> st.SearchStrategy[Decimal]:
    """Indicator values: exact decimals with a few places, possibly negative (a change can be)."""
    return st.decimals(min_value=-10**9, max_value=10**12, places=3, allow_nan=False, allow_infinity=False)


@st.composite
def projects(draw: st.DrawFn, *, currency: str, years: tuple[int, int], code: str) -> Project:
    """A project that passes the readiness check (core/readiness.py): a plan a user can export."""
    first, last = years
    year = st.integers(min_value=first, max_value=last)
    start = draw(st.none() | year)
    end = draw(st.none() | st.integers(min_value=start or first, max_value=last))
    in_project = st.integers(min_value=start or first, max_value=end or last)
    milestones = draw(st.lists(
        st.builds(Milestone, title=titles(), due_year=in_project, due_quarter=st.integers(1, 4),
                  status=st.sampled_from(MILESTONE_STATUSES), percent=st.integers(0, 100)),
        max_size=2,
    ))
    indicators = []
    for _ in range(draw(st.integers(0, 2))):
        indicator_years = sorted(draw(st.lists(year, unique=True, max_size=3)))
        indicators.append(Indicator(
            name=draw(titles()), unit=draw(titles().filter(lambda text: len(text) <= 100)),
            baseline_year=draw(st.none() | year), baseline_value=draw(st.none() | decimals_plain()),
            values=[IndicatorValue(year=y, target=draw(st.none() | decimals_plain()),
                                   actual=draw(st.none() | decimals_plain())) for y in indicator_years],
        ))
    budget = draw(st.none() | amounts(currency))
    funding: list[FundingSource] = []
    if budget is not None:
        # Funding never exceeds the budget (a readiness error): split at most the whole budget.
        quantum = Decimal(1).scaleb(-_DECIMALS.get(currency, 2))
        left = budget
        for _ in range(draw(st.integers(0, 2))):
            share = draw(st.sampled_from([Decimal(0), Decimal(1), Decimal("0.5"), Decimal("0.333")]))
            amount = (left * share).quantize(quantum, rounding="ROUND_DOWN")
            left -= amount
            funding.append(FundingSource(type=draw(st.sampled_from(FUNDING_TYPES)), name=draw(texts()),
                                         amount=amount))
    seeks = draw(st.booleans())
    return Project(
        code=code,
        title=draw(titles()),
        description=draw(texts(max_size=MAX_LONG_TEXT)),
        focus_area=draw(st.sampled_from(FOCUS_AREAS)),
        outcomes=sorted(draw(st.sets(st.sampled_from(OUTCOMES))), key=OUTCOMES.index),
        sdgs=sorted(draw(st.sets(st.integers(1, 17)))),
        start_year=start,
        end_year=end,
        status=draw(st.sampled_from(PROJECT_STATUSES)),
        lead_agency=draw(texts()),
        budget=budget,
        currency=currency,
        budget_usd=draw(st.none() | amounts("USD")),
        funding=funding,
        seeks_private_partner=seeks,
        private_sector_need=draw(texts()) if seeks else "",
        partner=draw(st.none() | st.sampled_from(PARTNERS)),
        risks=draw(texts(max_size=MAX_LONG_TEXT)),
        milestones=milestones,
        indicators=indicators,
        progress_notes=draw(st.lists(
            # A note is its text: the Excel import (rightly) asks for it, so notes are never empty here.
            st.builds(ProgressNote, year=year, text=texts(max_size=MAX_LONG_TEXT, min_size=1).filter(str.strip)),
            max_size=2,
        )),
    )


@st.composite
def plans(draw: st.DrawFn, *, max_projects: int = 3, cities: list[str] | None = None) -> Plan:
    """A complete plan of a real city for a real cycle that passes the readiness check."""
    city = draw(st.sampled_from([c for c in _CITIES if cities is None or c["code"] in cities]))
    currency = _CURRENCY_OF_COUNTRY[city["country"]]
    cycle = draw(st.sampled_from(sorted(_CYCLES)))
    years = _CYCLES[cycle]
    count = draw(st.integers(min_value=0, max_value=max_projects))
    codes = draw(st.lists(
        st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.", min_size=1, max_size=12), unique=True,
        min_size=count, max_size=count,
    ))
    return Plan(
        city=city["code"],
        cycle=cycle,
        title=draw(titles()),
        vision=draw(texts(max_size=MAX_LONG_TEXT)),
        blueprint=draw(texts()),
        focus_areas=sorted(draw(st.sets(st.sampled_from(FOCUS_AREAS))), key=FOCUS_AREAS.index),
        outcomes=sorted(draw(st.sets(st.sampled_from(OUTCOMES))), key=OUTCOMES.index),
        status=draw(st.sampled_from(PLAN_STATUSES)),
        updated_by=draw(texts(max_size=60)),
        projects=[draw(projects(currency=currency, years=years, code=code)) for code in codes],
    )


def currency_of_city(city: str) -> str:
    country = next(c["country"] for c in _CITIES if c["code"] == city)
    return _CURRENCY_OF_COUNTRY[country]
