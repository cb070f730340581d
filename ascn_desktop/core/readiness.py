"""The readiness check: what must be fixed (errors) or looked at (warnings) before a plan is final.

One set of rules shared by the editor's readiness panel, ``ascn plan check`` and
the exports (which refuse while errors remain). Pure Python, no Qt, no store
access in ``check_plan`` so it can run on an imported or in-memory plan.

Rules where the brief was silent (decided here, keep in sync with the user guide):

* **Funding versus budget**: an error when the budget is set and the sum of the
  funding sources exceeds it (money promised beyond the cost is a typing
  mistake far more often than intent). Funding without a budget is a warning.
* An empty project currency means "the city's currency".
* The baseline year of an indicator may lie before the cycle (baselines are
  usually measured before the plan starts) but not after its end.
* "No progress note for the past year" applies to projects whose years include
  last year and whose status is not planned or cancelled.
* More than three cities for the country is only ever a warning (DESIGN.md).
* A plan without any project is an error: it can be neither "Ready" nor final.

Each finding names the project by code and title in one plain sentence and
carries the ``field`` path the editor focuses (e.g. ``indicators[0].unit``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.model import Plan, Project
from ascn_desktop.core.money import format_amount
from ascn_desktop.core import limits
from ascn_desktop.core.reference import CycleInfo, ReferenceData
from ascn_desktop.core.i18n import _

ERROR = "error"
WARNING = "warning"
MAX_TITLE_LENGTH = limits.TITLE  # core/limits.py holds every limit; these names are kept for readers
MAX_CODE_LENGTH = limits.CODE
MAX_UNIT_LENGTH = limits.UNIT
MAX_CITIES_PER_COUNTRY = 3


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" | "warning"
    code: str  # stable id, e.g. "project.end-before-start"
    message: str  # one plain sentence naming the project code/title
    project_id: str | None = None
    field: str | None = None  # e.g. "end_year", "indicators[0].unit", "focus_areas"


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [finding for finding in findings if finding.severity == ERROR]


def warnings(findings: Iterable[Finding]) -> list[Finding]:
    return [finding for finding in findings if finding.severity == WARNING]


def project_label(project: Project) -> str:
    """'Project DN-01 “Smart lighting”' — how messages name a project."""
    title = project.title.strip()
    if len(title) > 60:
        title = title[:57] + "…"
    code = project.code.strip() or "(no code)"
    return f"Project {code} “{title}”" if title else f"Project {code}"


def check_plan(
    plan: Plan,
    reference: ReferenceData,
    *,
    today: date | None = None,
    country_city_count: int | None = None,
) -> list[Finding]:
    """Every finding of `plan`, plan-level first, then project by project in plan order."""
    today = today or date.today()
    out: list[Finding] = []
    cycle = reference.cycles.get(plan.cycle)
    _check_plan_header(plan, reference, cycle, out, country_city_count=country_city_count)
    city = reference.cities.get(plan.city)
    city_currency = city.currency if city else ""
    counts = Counter(project.code.strip() for project in plan.projects if project.code.strip())
    seen: set[str] = set()
    for project in plan.projects:
        code = project.code.strip()
        if code and counts[code] > 1:
            if code in seen:
                out.append(_error(project, "project.duplicate-code", "code",
                                  f"{project_label(project)} uses the code {code}, which another project "
                                  "of this plan already has; give each project its own code."))
            seen.add(code)
        check_project(project, reference, cycle=cycle, city_currency=city_currency, today=today, out=out)
    return out


def _check_plan_header(plan: Plan, reference: ReferenceData, cycle: CycleInfo | None, out: list[Finding],
                       *, country_city_count: int | None) -> None:
    if not plan.title.strip():
        out.append(Finding(ERROR, "plan.no-title", "The plan has no title; give it one on the overview page.",
                           None, "title"))
    elif len(plan.title) > MAX_TITLE_LENGTH:
        out.append(Finding(ERROR, "plan.title-too-long",
                           f"The plan title is too long (max {MAX_TITLE_LENGTH} characters).", None, "title"))
    if not plan.projects:  # an action plan is its projects: an empty one is never "Ready"
        out.append(Finding(ERROR, "plan.no-projects", "The plan has no project yet; add at least one project "
                           "on the Projects page.", None, None))
    if not plan.vision.strip():
        out.append(Finding(WARNING, "plan.no-vision",
                           "The plan has no vision statement; describe where the city wants to be.",
                           None, "vision"))
    if cycle is None:
        out.append(Finding(ERROR, "plan.unknown-cycle",
                           f"The planning cycle {plan.cycle} is not in the reference data.", None, "cycle"))
    for code in plan.focus_areas:
        if code not in reference.classification(plan.cycle, "focus_areas"):
            out.append(Finding(ERROR, "plan.unknown-focus-area",
                               f"The plan's focus area {code} is not in the reference data.", None, "focus_areas"))
    for code in plan.outcomes:
        if code not in reference.classification(plan.cycle, "outcomes"):
            out.append(Finding(ERROR, "plan.unknown-outcome",
                               f"The plan's outcome {code} is not in the reference data.", None, "outcomes"))
    city = reference.cities.get(plan.city)
    if city is None:
        out.append(Finding(ERROR, "plan.unknown-city", f"The city {plan.city} is not in the reference data.",
                           None, "city"))
        return
    count = country_city_count if country_city_count is not None else len(reference.cities_of(city.country))
    if count > MAX_CITIES_PER_COUNTRY:
        country = reference.member_states.get(city.country, city.country)
        out.append(Finding(WARNING, "plan.country-city-count",
                           f"{country} has {count} ASCN cities, more than the guideline of "
                           f"{MAX_CITIES_PER_COUNTRY} per member state; this is allowed.", None, None))


def _error(project: Project, code: str, field: str | None, message: str) -> Finding:
    return Finding(ERROR, code, message, project.id, field)


def _warning(project: Project, code: str, field: str | None, message: str) -> Finding:
    return Finding(WARNING, code, message, project.id, field)


def _decimal_places(amount: Decimal) -> int:
    normal = amount.normalize()
    exponent = normal.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def check_project(project: Project, reference: ReferenceData, *, cycle: CycleInfo | None, city_currency: str,
                  today: date, out: list[Finding]) -> None:
    """Append the findings of one project to `out`."""
    name = project_label(project)
    vocab = reference.vocab
    if not project.code.strip():
        out.append(_error(project, "project.no-code", "code", f"{name} has no code; give it a short code."))
    elif len(project.code) > MAX_CODE_LENGTH:
        out.append(_error(project, "project.code-too-long", "code",
                          f"{name} has a code longer than {MAX_CODE_LENGTH} characters."))
    if not project.title.strip():
        out.append(_error(project, "project.no-title", "title", f"{name} has no title; give it one."))
    elif len(project.title) > MAX_TITLE_LENGTH:
        out.append(_error(project, "project.title-too-long", "title",
                          f"{name} has a title longer than {MAX_TITLE_LENGTH} characters; shorten it."))
    if not project.focus_area:
        out.append(_error(project, "project.no-focus-area", "focus_area",
                          f"{name} has no focus area; choose one."))
    elif project.focus_area not in reference.classification(cycle.code if cycle else "", "focus_areas"):
        out.append(_error(project, "project.unknown-focus-area", "focus_area",
                          f"{name} has the unknown focus area {project.focus_area}; choose one from the list."))
    for outcome in project.outcomes:
        if outcome not in reference.classification(cycle.code if cycle else "", "outcomes"):
            out.append(_error(project, "project.unknown-outcome", "outcomes",
                              f"{name} has the unknown outcome {outcome}; choose from the list."))
    for goal in project.sdgs:
        if not 1 <= goal <= 17:
            out.append(_error(project, "project.unknown-sdg", "sdgs", f"{name} names SDG {goal}; SDGs run 1–17."))
    if project.status not in vocab.get("project_statuses", {}):
        out.append(_error(project, "project.unknown-status", "status",
                          f"{name} has the unknown status {project.status}; choose one from the list."))
    if project.partner and project.partner not in reference.partners:
        out.append(_error(project, "project.unknown-partner", "partner",
                          f"{name} names the unknown external partner {project.partner}; choose one from the list."))
    _check_years(project, name, cycle, out)
    _check_money(project, name, reference, city_currency, out)
    _check_milestones(project, name, reference, cycle, out)
    _check_indicators(project, name, cycle, out)
    _check_progress(project, name, cycle, today, out)
    if project.seeks_private_partner and not project.private_sector_need.strip():
        out.append(_warning(project, "project.private-need-missing", "private_sector_need",
                            f"{name} seeks a private partner but does not say what for; describe the need."))


def _check_years(project: Project, name: str, cycle: CycleInfo | None, out: list[Finding]) -> None:
    start, end = project.start_year, project.end_year
    if start is None or end is None:
        out.append(_warning(project, "project.no-years", "start_year" if start is None else "end_year",
                            f"{name} has no {'start' if start is None else 'end'} year yet."))
    if start is not None and end is not None and end < start:
        out.append(_error(project, "project.end-before-start", "end_year",
                          f"{name} ends in {end}, before it starts in {start}."))
    if cycle is not None:
        for year, field, word in ((start, "start_year", "starts"), (end, "end_year", "ends")):
            if year is not None and year not in cycle.years:
                out.append(_error(project, "project.year-outside-cycle", field,
                                  f"{name} {word} in {year}, outside the {cycle.start_year}–{cycle.end_year} "
                                  "cycle."))


def _check_money(project: Project, name: str, reference: ReferenceData, city_currency: str,
                 out: list[Finding]) -> None:
    currency = project.currency or city_currency
    decimals = reference.currency_decimals.get(currency)
    if project.currency and decimals is None:
        out.append(_error(project, "project.unknown-currency", "currency",
                          f"{name} uses the unknown currency {project.currency}; choose one from the list."))
    amounts: list[tuple[Decimal | None, str, str, int | None]] = [
        (project.budget, "budget", "budget", decimals),
        (project.budget_usd, "budget_usd", "USD equivalent", reference.currency_decimals.get("USD", 2)),
    ]
    amounts += [(source.amount, f"funding[{n}].amount", f"funding source {n + 1}", decimals)
                for n, source in enumerate(project.funding)]
    for amount, field, what, places in amounts:
        if amount is None:
            continue
        if amount < 0:
            out.append(_error(project, "project.negative-amount", field,
                              f"{name} has a negative {what} ({amount}); amounts cannot be negative."))
        if places is not None and _decimal_places(amount) > places:
            unit = currency if field != "budget_usd" else "USD"
            allowed = "no decimal places" if places == 0 else f"at most {places} decimal places"
            out.append(_error(project, "project.too-many-decimals", field,
                              f"{name} has a {what} of {amount}, but {unit} has {allowed}."))
    for n, source in enumerate(project.funding):
        if source.type not in reference.vocab.get("funding_types", {}):
            out.append(_error(project, "project.unknown-funding-type", f"funding[{n}].type",
                              f"{name} has funding source {n + 1} of unknown type {source.type}."))
    total = sum((source.amount for source in project.funding), start=Decimal(0))
    if project.funding and project.budget is None:
        out.append(_warning(project, "project.funding-without-budget", "budget",
                            f"{name} lists funding sources but no budget."))
    elif project.budget is not None and total > project.budget:
        places = 2 if decimals is None else decimals
        out.append(_error(project, "project.funding-exceeds-budget", "funding",
                          f"{name} has funding sources totalling {format_amount(total, currency, decimals=places)}, "
                          f"more than its budget of {format_amount(project.budget, currency, decimals=places)}."))


def _check_milestones(project: Project, name: str, reference: ReferenceData, cycle: CycleInfo | None,
                      out: list[Finding]) -> None:
    if not project.milestones:
        out.append(_warning(project, "project.no-milestones", "milestones", f"{name} has no milestones."))
    for n, milestone in enumerate(project.milestones):
        label = f"milestone {n + 1}"
        if not milestone.title.strip():
            out.append(_error(project, "milestone.no-title", f"milestones[{n}].title",
                              f"{name} has {label} without a title."))
        year = milestone.due_year
        if cycle is not None and year not in cycle.years:
            out.append(_error(project, "milestone.outside-cycle", f"milestones[{n}].due_year",
                              f"{name} has {label} due in {year}, outside the {cycle.start_year}–"
                              f"{cycle.end_year} cycle."))
        elif ((project.start_year is not None and year < project.start_year)
              or (project.end_year is not None and year > project.end_year)):
            out.append(_error(project, "milestone.outside-project", f"milestones[{n}].due_year",
                              f"{name} has {label} due in {year}, outside the project's years "
                              f"{project.start_year or '?'}–{project.end_year or '?'}."))
        if not 1 <= milestone.due_quarter <= 4:
            out.append(_error(project, "milestone.bad-quarter", f"milestones[{n}].due_quarter",
                              f"{name} has {label} due in quarter {milestone.due_quarter}; quarters run 1–4."))
        if not 0 <= milestone.percent <= 100:
            out.append(_error(project, "milestone.percent-out-of-range", f"milestones[{n}].percent",
                              f"{name} has {label} {milestone.percent}% done; percent runs 0–100."))
        if milestone.status not in reference.vocab.get("milestone_statuses", {}):
            out.append(_error(project, "milestone.unknown-status", f"milestones[{n}].status",
                              f"{name} has {label} with the unknown status {milestone.status}."))


def _check_indicators(project: Project, name: str, cycle: CycleInfo | None, out: list[Finding]) -> None:
    if not project.indicators:
        out.append(_warning(project, "project.no-indicators", "indicators", f"{name} has no indicators."))
    for n, indicator in enumerate(project.indicators):
        label = f"indicator {n + 1}" + (f" “{indicator.name.strip()}”" if indicator.name.strip() else "")
        if not indicator.name.strip():
            out.append(_error(project, "indicator.no-name", f"indicators[{n}].name",
                              f"{name} has {label} without a name."))
        if not indicator.unit.strip():
            out.append(_error(project, "indicator.no-unit", f"indicators[{n}].unit",
                              f"{name} has {label} without a unit; say what it counts (%, km, people…)."))
        if cycle is not None and indicator.baseline_year is not None and indicator.baseline_year > cycle.end_year:
            out.append(_error(project, "indicator.baseline-after-cycle", f"indicators[{n}].baseline_year",
                              f"{name} has {label} with baseline year {indicator.baseline_year}, after the "
                              "cycle ends."))
        if cycle is not None:
            for value in indicator.values:
                has_value = value.target is not None or value.actual is not None
                if has_value and value.year not in cycle.years:
                    out.append(_error(project, "indicator.value-outside-cycle", f"indicators[{n}].values",
                                      f"{name} has {label} with a value for {value.year}, outside the cycle."))


def _check_progress(project: Project, name: str, cycle: CycleInfo | None, today: date,
                    out: list[Finding]) -> None:
    for n, note in enumerate(project.progress_notes):
        if cycle is not None and note.year not in cycle.years:
            out.append(_error(project, "progress.outside-cycle", f"progress_notes[{n}].year",
                              f"{name} has a progress note for {note.year}, outside the cycle."))
    last_year = today.year - 1
    start, end = project.start_year, project.end_year
    if start is None or end is None or not start <= last_year <= end:
        return
    if project.status in ("planned", "cancelled"):
        return
    if not any(note.year == last_year and note.text.strip() for note in project.progress_notes):
        out.append(_warning(project, "project.no-progress-note", "progress_notes",
                            f"{name} has no progress note for {last_year}."))


def readiness_summary(findings: Iterable[Finding]) -> str:
    """'2 errors, 5 warnings' / 'Ready: no errors or warnings'."""
    found = list(findings)
    n_errors, n_warnings = len(errors(found)), len(warnings(found))
    if not n_errors and not n_warnings:
        return "Ready: no errors or warnings"
    return (f"{n_errors} error{'s' if n_errors != 1 else ''}, "
            f"{n_warnings} warning{'s' if n_warnings != 1 else ''}")


def require_no_errors(findings: Iterable[Finding], *, action: str) -> None:
    """Raise ValidationError naming every error when any remains (exports and 'mark final' call this)."""
    found = errors(findings)
    if found:
        raise ValidationError(
            (_("The plan cannot be {action} while 1 readiness error remains; fix it (see the readiness check) "
               "and try again.") if len(found) == 1 else
             _("The plan cannot be {action} while {count} readiness errors remain; fix them (see the readiness "
               "check) and try again.")).format(action=_(action), count=len(found)),
            details=[finding.message for finding in found],
        )
