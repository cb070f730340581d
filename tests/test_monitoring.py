"""Secretariat monitoring numbers on the hand-made dataset (exact counts)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from test_monitoring_dataset import build_dataset

from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.monitoring import MonitoringFilter, monitor, reporting_rules
from ascn_desktop.core.reference import load_reference
from ascn_desktop.store.engine import Store

# Store behaviour: on SQLite and on a throwaway PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

AS_OF = date(2024, 12, 31)


def test_reporting_rules_from_reference_file() -> None:
    rules = reporting_rules()
    assert rules.deadline(2024) == date(2025, 3, 31)
    assert rules.opens(2024) == date(2024, 10, 1)


def test_monitoring_numbers(store: Store) -> None:
    build_dataset(store)
    reference = load_reference(store)
    result = monitor(store, reference, cycle="2018-2025", year=2024, as_of=date(2025, 6, 30))
    states = {row.city: row for row in result.completeness}
    assert len(states) == 31  # the 26 pilot cities, three that joined in 2023 and two that joined in 2024
    assert states["THA-CHIANG-MAI"].state == "missing"  # in the network since 2023
    assert states["KHM-SIHANOUKVILLE"].state == "joined"  # joined in 2024: not yet expected
    assert "TLS-DILI" not in states and "MYS-IPOH" not in states  # joined later
    assert states["VNM-HA-NOI"].state == "on_time"
    assert states["VNM-HA-NOI"].report_revision == 2 and states["VNM-HA-NOI"].latest_revision == 2
    assert states["VNM-HA-NOI"].review_status == "accepted"
    assert states["VNM-DA-NANG"].state == "late"
    assert states["IDN-DKI-JAKARTA"].state == "missing"
    assert states["IDN-DKI-JAKARTA"].latest_revision == 1
    assert states["KHM-PHNOM-PENH"].state == "missing"  # local plans are not reports
    s = result.summary
    assert (s.cities_expected, s.cities_reported, s.on_time, s.late, s.missing) == (29, 2, 1, 1, 27)
    assert s.joined_this_year == 2
    assert (s.plans, s.projects) == (3, 4)  # history revision and local plan excluded
    assert s.budget_usd == Decimal("120.00")
    assert s.seeking_private_partner == 2  # HN-01 and JK-01; HN-02 is completed
    assert s.partner_pairings == 3


def test_milestones_indicators_funding(store: Store) -> None:
    build_dataset(store)
    result = monitor(store, load_reference(store), cycle="2018-2025", year=2024, as_of=AS_OF)
    assert [(m.project_code, m.milestone, m.days_overdue) for m in result.overdue] == [("HN-01", "Đấu thầu", 184)]
    by_name = {i.indicator: i for i in result.indicators}
    assert set(by_name) == {"Smart lights", "Response time", "Records"}
    assert by_name["Smart lights"].behind and by_name["Smart lights"].year == 2024
    assert by_name["Response time"].direction == "lower" and by_name["Response time"].behind
    assert not by_name["Records"].behind
    assert result.summary.indicators_behind == 2
    funding = {(f.country, f.currency, f.funding_type): (f.amount, f.amount_usd) for f in result.funding}
    assert funding == {
        ("VNM", "VND", "municipal"): (Decimal(600), Decimal("24.00")),
        ("VNM", "VND", "national"): (Decimal(500), None),
        ("VNM", "VND", "private_ppp"): (Decimal(400), Decimal("16.00")),
        ("VNM", "VND", "external_partner"): (Decimal(2000), Decimal("80.00")),
        ("IDN", "IDR", "municipal"): (Decimal(300), None),
    }
    assert result.funding_usd_by_type["external_partner"] == Decimal("80.00")
    counts = {(r.group, r.focus_area): (r.counts, r.total) for r in result.by_country}
    assert counts[("VNM", "BI")][1] == 2 and counts[("VNM", "BI")][0]["planned"] == 1
    assert counts[("VNM", "HW")][0]["completed"] == 1
    assert counts[("IDN", "QE")][0]["on_hold"] == 1
    assert [(p.partner, p.city, p.projects) for p in result.pairings] == [
        ("WB", "IDN-DKI-JAKARTA", 1), ("ADB", "VNM-DA-NANG", 1), ("ADB", "VNM-HA-NOI", 1)]


def test_filters(store: Store) -> None:
    build_dataset(store)
    reference = load_reference(store)
    vnm = monitor(store, reference, cycle="2018-2025", year=2024, as_of=AS_OF,
                  wanted=MonitoringFilter(country="VNM"))
    assert len(vnm.completeness) == 3 and vnm.summary.projects == 3
    assert vnm.summary.not_due == 1  # Hồ Chí Minh: the deadline is not reached on 31 Dec 2024
    bi = monitor(store, reference, cycle="2018-2025", year=2024, as_of=AS_OF,
                 wanted=MonitoringFilter(focus_area="BI"))
    assert [p.code for p in bi.projects] == ["DN-01", "HN-01"]  # reference order of cities
    city = monitor(store, reference, cycle="2018-2025", year=2024, as_of=AS_OF,
                   wanted=MonitoringFilter(city="VNM-DA-NANG"))
    assert [row.city for row in city.completeness] == ["VNM-DA-NANG"] and city.summary.projects == 1


def test_include_local_and_bad_year(store: Store) -> None:
    build_dataset(store)
    reference = load_reference(store)
    result = monitor(store, reference, cycle="2018-2025", year=2024, as_of=date(2025, 6, 30), include_local=True)
    assert result.summary.plans == 4
    assert {r.city: r.state for r in result.completeness}["KHM-PHNOM-PENH"] == "on_time"
    with pytest.raises(ValidationError, match="not a year"):
        monitor(store, reference, cycle="2018-2025", year=2030)


def test_growth_and_the_secretariats_breakdowns(store: Store) -> None:
    build_dataset(store)
    reference = load_reference(store)
    result = monitor(store, reference, cycle="2018-2025", year=2024, as_of=date(2025, 6, 30))
    growth = {row.year: row for row in result.growth}
    assert [growth[year].cities for year in range(2018, 2025)] == [26, 26, 26, 26, 26, 29, 31]
    assert set(growth[2023].joined) == {"THA-CHIANG-MAI", "THA-KHON-KAEN", "THA-RAYONG"}
    assert growth[2024].member_states == 10  # Timor-Leste's first city joined in 2026
    rows = [(r.year, r.dimension, r.code, r.ongoing, r.planning, r.completed) for r in result.breakdowns]
    # Each year counts the revisions signed in its reporting season (1 October to the next 1 October):
    # Jakarta's of June 2023 is its report on 2022, Hà Nội's r1 of February 2024 its report on 2023.
    assert {row[0] for row in rows} == {2022, 2023, 2024}
    assert {row[2] for row in rows if row[1] == "city" and row[0] == 2022} == {"IDN-DKI-JAKARTA"}
    assert {row[2] for row in rows if row[1] == "city" and row[0] == 2023} == {"VNM-HA-NOI"}
    by_city = {row[2]: row[3:] for row in rows if row[1] == "city" and row[0] == 2024}
    by_country = {row[2]: row[3:] for row in rows if row[1] == "country" and row[0] == 2024}
    assert set(by_city) == {"VNM-HA-NOI", "VNM-DA-NANG"}
    assert by_country["VNM"] == tuple(map(sum, zip(*by_city.values(), strict=True)))
    assert set(by_country) == {"VNM"} and sum(by_country["VNM"]) == 3  # HN-01, HN-02, DN-01
    by_focus = {row[2]: row[3:] for row in rows if row[1] == "focus_area" and row[0] == 2024}
    assert sum(map(sum, by_focus.values())) == sum(by_country["VNM"])
