"""Illustrative sample plans for the 26 pilot cities (`ascn demo`).

Clearly marked as sample data (``Plan.is_sample``; titles say "Sample"). The
shape is realistic: several projects per city across focus areas, with
milestones, indicators, funding and local-language names with diacritics.
Deterministic: the same store state every time.
"""

from __future__ import annotations

import random
import uuid
from decimal import Decimal

from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Milestone, Plan, ProgressNote, Project
from ascn_desktop.core.plans import find_plan_id, save_plan
from ascn_desktop.core.reference import CityInfo, ReferenceData, load_reference
from ascn_desktop.store.engine import Store

DEMO_CYCLE = "2018-2025"
_NAMESPACE = uuid.UUID("6f1c1a52-2d0b-4c1e-9a55-0a5c1e2d3b4f")

# (focus area, outcomes, SDGs, English title, Vietnamese, Malay/Indonesian, indicator, unit)
_TEMPLATES = [
    ("BI", ["CE", "SE"], [9, 11], "Smart street lighting", "Chiếu sáng đô thị thông minh",
     "Lampu jalan pintar", "Street lights on the smart network", "%"),
    ("QE", ["SE"], [6, 11, 13], "Flood early-warning system", "Hệ thống cảnh báo sớm lũ lụt",
     "Sistem amaran awal banjir", "Districts covered by flood sensors", "districts"),
    ("HW", ["QL"], [3], "Digital health records", "Hồ sơ sức khỏe điện tử",
     "Rekod kesihatan digital", "Residents with an electronic health record", "%"),
    ("SS", ["QL"], [11, 16], "Integrated operations centre", "Trung tâm điều hành đô thị thông minh",
     "Pusat operasi bersepadu", "Average emergency response time", "minutes"),
    ("CS", ["QL"], [4, 10, 16], "One-stop e-government portal", "Cổng dịch vụ công trực tuyến một cửa",
     "Portal e-kerajaan sehenti", "Public services available online", "services"),
    ("II", ["CE"], [8, 9], "Start-up innovation hub", "Trung tâm khởi nghiệp đổi mới sáng tạo",
     "Hab inovasi syarikat pemula", "Start-ups incubated", "companies"),
    ("BI", ["CE", "SE"], [9, 11], "Smart public transport ticketing", "Vé điện tử giao thông công cộng",
     "Tiket pengangkutan awam pintar", "Daily public transport riders", "riders"),
    ("QE", ["SE"], [7, 12, 13], "Solid-waste collection tracking", "Giám sát thu gom chất thải rắn",
     "Pemantauan kutipan sisa pepejal", "Waste collected on schedule", "%"),
]
_AGENCIES_VN = ["Sở Thông tin và Truyền thông", "Sở Xây dựng", "Sở Tài nguyên và Môi trường", "Sở Y tế"]
_AGENCIES = ["City Hall ICT Office", "Department of Public Works", "Environment Office", "Health Department"]
_BUDGET_SCALE = {  # rough size of a mid-sized city project in the local currency
    "VND": Decimal("250000000000"), "IDR": Decimal("150000000000"), "KHR": Decimal("40000000000"),
    "LAK": Decimal("90000000000"), "MMK": Decimal("20000000000"), "PHP": Decimal("500000000"),
    "THB": Decimal("300000000"), "MYR": Decimal("40000000"), "SGD": Decimal("15000000"),
    "BND": Decimal("10000000"), "USD": Decimal("10000000"),
}
_USD_RATE = {  # illustrative units of local currency per USD
    "VND": Decimal(25000), "IDR": Decimal(15500), "KHR": Decimal(4100), "LAK": Decimal(21000),
    "MMK": Decimal(2100), "PHP": Decimal(56), "THB": Decimal(35), "MYR": Decimal("4.5"),
    "SGD": Decimal("1.35"), "BND": Decimal("1.35"), "USD": Decimal(1),
}


def load_demo(store: Store) -> int:
    """Add a sample plan for every pilot city that has no plan yet; returns how many were added."""
    reference = load_reference(store)
    added = 0
    for city in reference.cities.values():
        if not city.pilot or find_plan_id(store, city.code, DEMO_CYCLE) is not None:
            continue
        save_plan(store, sample_plan(reference, city))
        added += 1
    return added


def _stable_id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(str(part) for part in parts)))


def _title(city: CityInfo, template: tuple[object, ...]) -> str:
    english, vietnamese, malay = str(template[3]), str(template[4]), str(template[5])
    if city.country == "VNM":
        return vietnamese
    if city.country in ("MYS", "IDN", "BRN"):
        return malay
    return english


def sample_plan(reference: ReferenceData, city: CityInfo, *, cycle_code: str = DEMO_CYCLE) -> Plan:
    rng = random.Random(city.code)
    cycle = reference.cycle(cycle_code)
    currency = city.currency
    count = rng.randint(5, 8)
    chosen = rng.sample(_TEMPLATES, count)
    projects = [_sample_project(rng, city, cycle.start_year, cycle.end_year, currency, n, t)
                for n, t in enumerate(chosen, start=1)]
    focus_areas = sorted({p.focus_area for p in projects if p.focus_area})
    outcomes = sorted({o for p in projects for o in p.outcomes})
    return Plan(
        uuid=_stable_id("plan", city.code, cycle_code),
        city=city.code,
        cycle=cycle_code,
        title=f"Sample — {city.name} smart city action plan {cycle.start_year}–{cycle.end_year}",
        vision=(f"{city.name}: a liveable, green and digitally connected city for all residents "
                "(illustrative sample data)."),
        blueprint=f"{city.name} city master plan (sample)",
        focus_areas=focus_areas,
        outcomes=outcomes,
        status="draft",
        revision=0,
        is_sample=True,
        updated_by="Sample data",
        projects=projects,
    )


def _sample_project(rng: random.Random, city: CityInfo, first: int, last: int, currency: str, n: int,
                    template: tuple[object, ...]) -> Project:
    focus, outcomes, sdgs, english = template[0], template[1], template[2], template[3]
    start = rng.randint(first, first + 3)
    end = rng.randint(start + 1, last)
    scale = _BUDGET_SCALE.get(currency, Decimal(10_000_000))
    budget = (scale * Decimal(rng.randint(5, 40)) / Decimal(10)).quantize(Decimal(1))
    rate = _USD_RATE.get(currency, Decimal(1))
    shares = [Decimal("0.5"), Decimal("0.3"), Decimal("0.2")]
    kinds = rng.sample(["municipal", "national", "private_ppp", "external_partner", "multilateral_bank"], 3)
    funding = [
        FundingSource(id=_stable_id(city.code, n, "funding", k), type=kind,
                      name=_funding_name(city, kind), amount=(budget * share).quantize(Decimal(1)))
        for k, (kind, share) in enumerate(zip(kinds, shares, strict=True))
    ]
    agencies = _AGENCIES_VN if city.country == "VNM" else _AGENCIES
    milestones = [
        Milestone(id=_stable_id(city.code, n, "milestone", m), title=title,
                  due_year=min(end, start + m), due_quarter=rng.randint(1, 4),
                  status="done" if start + m < 2023 else ("in_progress" if start + m < 2025 else "not_started"),
                  percent=100 if start + m < 2023 else (50 if start + m < 2025 else 0))
        for m, title in enumerate(["Feasibility study", "Procurement", "Pilot in one district", "City-wide roll-out"])
    ]
    indicator = Indicator(
        id=_stable_id(city.code, n, "indicator"), name=str(template[6]), unit=str(template[7]),
        baseline_year=start - 1, baseline_value=Decimal(rng.randint(0, 20)),
        values=[IndicatorValue(year=year, target=Decimal(10 * (year - start + 1) + 20),
                               actual=Decimal(10 * (year - start + 1) + rng.randint(5, 25)) if year <= 2024 else None)
                for year in range(start, end + 1)],
    )
    partner = rng.choice([None, "ADB", "WB", "AIIB", "JPN", "KOR", "AUS"])
    seeks = kinds.count("private_ppp") > 0 or rng.random() < 0.3
    return Project(
        id=_stable_id(city.code, n, "project"),
        code=f"{_code_prefix(city)}-{n:02d}",
        title=_title(city, template),
        description=f"{english} for {city.name_en} (sample project).",
        focus_area=str(focus),
        outcomes=list(outcomes),  # type: ignore[call-overload]
        sdgs=list(sdgs),  # type: ignore[call-overload]
        start_year=start,
        end_year=end,
        status=rng.choice(["planned", "in_progress", "in_progress", "completed", "on_hold"]),
        lead_agency=rng.choice(agencies),
        budget=budget,
        currency=currency,
        budget_usd=None if _no_usd(city, n) else (budget / rate).quantize(Decimal("0.01")),
        funding=funding,
        seeks_private_partner=seeks,
        private_sector_need="Technology provider and operator under a PPP contract" if seeks else "",
        partner=partner,
        risks="Procurement delays; data-sharing agreements between agencies.",
        milestones=milestones,
        indicators=[indicator],
        progress_notes=[ProgressNote(id=_stable_id(city.code, n, "note", year), year=year,
                                     text=f"Progress in {year}: work continued as planned.")
                        for year in range(start, min(end, 2024) + 1)],
    )


def _no_usd(city: CityInfo, n: int) -> bool:
    """Whether a sample project leaves its USD equivalent blank, as real plans do (it is optional):
    the Lao cities never give one, the other cities' fourth project does not. Reports must show
    "—" there, not a made-up "0.00 USD"."""
    return city.country == "LAO" or n == 4


def _code_prefix(city: CityInfo) -> str:
    words = city.code.split("-")[1:]
    return "".join(word[0] for word in words) if len(words) > 1 else words[0][:3]


def _funding_name(city: CityInfo, kind: str) -> str:
    return {
        "municipal": f"{city.name} city budget",
        "national": "National government programme",
        "private_ppp": "Private partner (PPP)",
        "external_partner": "Dialogue partner grant",
        "multilateral_bank": "Multilateral development bank loan",
    }[kind]
