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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

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
    code = project.code.strip() or _("(no code)")
    return _("Project {code} “{title}”").format(code=code, title=title) if title else _("Project {code}").format(
        code=code)


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
                                  _("{project} uses the code {code}, which another project "
                                  "of this plan already has; give each project its own code.").format(
                                      project=project_label(project), code=code)))
            seen.add(code)
        check_project(project, reference, cycle=cycle, city_currency=city_currency, today=today, out=out)
    return out


def _check_plan_header(plan: Plan, reference: ReferenceData, cycle: CycleInfo | None, out: list[Finding],
                       *, country_city_count: int | None) -> None:
    if not plan.title.strip():
        out.append(Finding(ERROR, "plan.no-title", _("The plan has no title; give it one on the overview page."),
                           None, "title"))
    elif len(plan.title) > MAX_TITLE_LENGTH:
        out.append(Finding(ERROR, "plan.title-too-long",
                           _("The plan title is too long (max {max_title_length} characters).").format(
                               max_title_length=MAX_TITLE_LENGTH), None, "title"))
    if not plan.projects:  # an action plan is its projects: an empty one is never "Ready"
        out.append(Finding(ERROR, "plan.no-projects", _("The plan has no project yet; add at least one project "
                           "on the Projects page."), None, None))
    if not plan.vision.strip():
        out.append(Finding(WARNING, "plan.no-vision",
                           _("The plan has no vision statement; describe where the city wants to be."),
                           None, "vision"))
    if cycle is None:
        out.append(Finding(ERROR, "plan.unknown-cycle",
                           _("The planning cycle {cycle} is not in the reference data.").format(
                               cycle=plan.cycle), None, "cycle"))
    for code in plan.focus_areas:
        if code not in reference.classification(plan.cycle, "focus_areas"):
            out.append(Finding(ERROR, "plan.unknown-focus-area",
                               _("The plan's focus area {code} is not in the reference data.").format(
                                   code=code), None, "focus_areas"))
    for code in plan.outcomes:
        if code not in reference.classification(plan.cycle, "outcomes"):
            out.append(Finding(ERROR, "plan.unknown-outcome",
                               _("The plan's outcome {code} is not in the reference data.").format(
                                   code=code), None, "outcomes"))
    city = reference.cities.get(plan.city)
    if city is None:
        out.append(Finding(ERROR, "plan.unknown-city", _("The city {city} is not in the reference data.").format(
            city=plan.city),
                           None, "city"))
        return
    count = country_city_count if country_city_count is not None else len(reference.cities_of(city.country))
    if count > MAX_CITIES_PER_COUNTRY:
        country = reference.country_name(city.country)  # in the reader's language, like the sentence
        out.append(Finding(WARNING, "plan.country-city-count",
                           _("{country} has {count} ASCN cities, more than the guideline of "
                           "{max_cities_per_country} per member state; this is allowed.").format(
                               country=country, count=count, max_cities_per_country=MAX_CITIES_PER_COUNTRY), None, None))


def _error(project: Project, code: str, field: str | None, message: str) -> Finding:
    return Finding(ERROR, code, message, project.id, field)


def _warning(project: Project, code: str, field: str | None, message: str) -> Finding:
    return Finding(WARNING, code, message, project.id, field)


def _decimal_places(amount: Decimal) -> int:
    normal = amount.normalize()
    exponent = normal.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _has_more_places(amount: Decimal, places: int) -> bool:
    """_decimal_places(amount) > places, without normalizing the amounts that are plainly within."""
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and -exponent <= places:  # normalizing only ever drops places
        return False
    return _decimal_places(amount) > places


def _check_required_text(project: Project, field: str, limit: int, out: list[Finding], *,
                         missing: Callable[[], str], too_long: Callable[[], str]) -> None:
    """A text field the project must have, within `limit` characters: findings project.no-FIELD or
    project.FIELD-too-long. The sentences are built only when a finding needs them (a large plan has few)."""
    value: str = getattr(project, field)
    if not value.strip():
        out.append(_error(project, f"project.no-{field}", field, missing()))
    elif len(value) > limit:
        out.append(_error(project, f"project.{field}-too-long", field, too_long()))


def check_project(project: Project, reference: ReferenceData, *, cycle: CycleInfo | None, city_currency: str,
                  today: date, out: list[Finding]) -> None:
    """Append the findings of one project to `out`."""
    name = project_label(project)
    vocab = reference.vocab
    cycle_code = cycle.code if cycle else ""
    _check_required_text(project, "code", MAX_CODE_LENGTH, out,
                         missing=lambda: _("{name} has no code; give it a short code.").format(name=name),
                         too_long=lambda: _("{name} has a code longer than {max_code_length} characters.").format(
                             name=name, max_code_length=MAX_CODE_LENGTH))
    _check_required_text(project, "title", MAX_TITLE_LENGTH, out,
                         missing=lambda: _("{name} has no title; give it one.").format(name=name),
                         too_long=lambda: _("{name} has a title longer than {max_title_length} characters; "
                                            "shorten it.").format(name=name, max_title_length=MAX_TITLE_LENGTH))
    if not project.focus_area:
        out.append(_error(project, "project.no-focus-area", "focus_area",
                          _("{name} has no focus area; choose one.").format(name=name)))
    elif project.focus_area not in reference.classification(cycle_code, "focus_areas"):
        out.append(_error(project, "project.unknown-focus-area", "focus_area",
                          _("{name} has the unknown focus area {focus_area}; choose one from the list.").format(
                              name=name, focus_area=project.focus_area)))
    outcomes = reference.classification(cycle_code, "outcomes") if project.outcomes else {}
    for outcome in project.outcomes:
        if outcome not in outcomes:
            out.append(_error(project, "project.unknown-outcome", "outcomes",
                              _("{name} has the unknown outcome {outcome}; choose from the list.").format(
                                  name=name, outcome=outcome)))
    for goal in project.sdgs:
        if not 1 <= goal <= 17:
            out.append(_error(project, "project.unknown-sdg", "sdgs", _("{name} names SDG {goal}; SDGs run 1–17.").format(
                name=name, goal=goal)))
    if project.status not in vocab.get("project_statuses", {}):
        out.append(_error(project, "project.unknown-status", "status",
                          _("{name} has the unknown status {status}; choose one from the list.").format(
                              name=name, status=project.status)))
    if project.partner and project.partner not in reference.partners:
        out.append(_error(project, "project.unknown-partner", "partner",
                          _("{name} names the unknown external partner {partner}; choose one from the list.").format(
                              name=name, partner=project.partner)))
    _check_years(project, name, cycle, out)
    _check_money(project, name, reference, city_currency, out)
    _check_milestones(project, name, reference, cycle, out)
    _check_indicators(project, name, cycle, out)
    _check_progress(project, name, cycle, today, out)
    if project.seeks_private_partner and not project.private_sector_need.strip():
        out.append(_warning(project, "project.private-need-missing", "private_sector_need",
                            _("{name} seeks a private partner but does not say what for; describe the need.").format(
                                name=name)))


def _check_years(project: Project, name: str, cycle: CycleInfo | None, out: list[Finding]) -> None:
    start, end = project.start_year, project.end_year
    if start is None or end is None:
        out.append(_warning(project, "project.no-years", "start_year" if start is None else "end_year",
                            (_("{name} has no start year yet.") if start is None
                             else _("{name} has no end year yet.")).format(name=name)))
    if start is not None and end is not None and end < start:
        out.append(_error(project, "project.end-before-start", "end_year",
                          _("{name} ends in {end}, before it starts in {start}.").format(
                              name=name, end=end, start=start)))
    if cycle is not None:
        outside = ((start, "start_year", _("{name} starts in {year}, outside the {start_year}–{end_year} cycle.")),
                   (end, "end_year", _("{name} ends in {year}, outside the {start_year}–{end_year} cycle.")))
        for year, field, sentence in outside:
            if year is not None and year not in cycle.years:
                out.append(_error(project, "project.year-outside-cycle", field, sentence.format(
                    name=name, year=year, start_year=cycle.start_year, end_year=cycle.end_year)))


def _check_money(project: Project, name: str, reference: ReferenceData, city_currency: str,
                 out: list[Finding]) -> None:
    currency = project.currency or city_currency
    decimals = reference.currency_decimals.get(currency)
    if project.currency and decimals is None:
        out.append(_error(project, "project.unknown-currency", "currency",
                          _("{name} uses the unknown currency {currency}; choose one from the list.").format(
                              name=name, currency=project.currency)))
    amounts: list[tuple[Decimal | None, str, _LazyText, int | None]] = [
        (project.budget, "budget", _LazyText(lambda: _("budget")), decimals),
        (project.budget_usd, "budget_usd", _LazyText(lambda: _("USD equivalent")),
         reference.currency_decimals.get("USD", 2)),
    ]
    amounts += [(source.amount, f"funding[{n}].amount", _LazyText(_funding_label, n), decimals)
                for n, source in enumerate(project.funding)]
    for amount, field, what, places in amounts:
        if amount is None:
            continue
        if amount < 0:
            out.append(_error(project, "project.negative-amount", field,
                              _("{name} has a negative {what} ({amount}); amounts cannot be negative.").format(
                                  name=name, what=what, amount=amount)))
        if places is not None and _has_more_places(amount, places):
            unit = currency if field != "budget_usd" else "USD"
            allowed = (_("no decimal places") if places == 0
                       else _("at most {places} decimal places").format(places=places))
            out.append(_error(project, "project.too-many-decimals", field,
                              _("{name} has a {what} of {amount}, but {unit} has {allowed}.").format(
                                  name=name, what=what, amount=amount, unit=unit, allowed=allowed)))
    for n, source in enumerate(project.funding):
        if source.type not in reference.vocab.get("funding_types", {}):
            out.append(_error(project, "project.unknown-funding-type", f"funding[{n}].type",
                              _("{name} has funding source {n} of unknown type {type}.").format(
                                  name=name, n=n + 1, type=source.type)))
    total = sum((source.amount for source in project.funding), start=Decimal(0))
    if project.funding and project.budget is None:
        out.append(_warning(project, "project.funding-without-budget", "budget",
                            _("{name} lists funding sources but no budget.").format(name=name)))
    elif project.budget is not None and total > project.budget:
        places = 2 if decimals is None else decimals
        out.append(_error(project, "project.funding-exceeds-budget", "funding",
                          _("{name} has funding sources totalling {total}, "
                          "more than its budget of {budget}.").format(
                              name=name, total=format_amount(total, currency, decimals=places),
                               budget=format_amount(project.budget, currency, decimals=places))))


def _check_milestones(project: Project, name: str, reference: ReferenceData, cycle: CycleInfo | None,
                      out: list[Finding]) -> None:
    if not project.milestones:
        out.append(_warning(project, "project.no-milestones", "milestones", _("{name} has no milestones.").format(
            name=name)))
    statuses = reference.vocab.get("milestone_statuses", {})
    years = cycle.years if cycle is not None else None
    for n, milestone in enumerate(project.milestones):
        label = _LazyText(_milestone_label, n)
        if not milestone.title.strip():
            out.append(_error(project, "milestone.no-title", f"milestones[{n}].title",
                              _("{name} has {label} without a title.").format(name=name, label=label)))
        year = milestone.due_year
        if cycle is not None and years is not None and year not in years:
            out.append(_error(project, "milestone.outside-cycle", f"milestones[{n}].due_year",
                              _("{name} has {label} due in {year}, outside the {start_year}–"
                              "{end_year} cycle.").format(
                                  name=name, label=label, year=year, start_year=cycle.start_year, end_year=cycle.end_year)))
        elif ((project.start_year is not None and year < project.start_year)
              or (project.end_year is not None and year > project.end_year)):
            out.append(_error(project, "milestone.outside-project", f"milestones[{n}].due_year",
                              _("{name} has {label} due in {year}, outside the project's years "
                              "{start}–{end}.").format(name=name, label=label, year=year,
                                                       start=project.start_year or "?", end=project.end_year or "?")))
        if not 1 <= milestone.due_quarter <= 4:
            out.append(_error(project, "milestone.bad-quarter", f"milestones[{n}].due_quarter",
                              _("{name} has {label} due in quarter {due_quarter}; quarters run 1–4.").format(
                                  name=name, label=label, due_quarter=milestone.due_quarter)))
        if not 0 <= milestone.percent <= 100:
            out.append(_error(project, "milestone.percent-out-of-range", f"milestones[{n}].percent",
                              _("{name} has {label} {percent}% done; percent runs 0–100.").format(
                                  name=name, label=label, percent=milestone.percent)))
        if milestone.status not in statuses:
            out.append(_error(project, "milestone.unknown-status", f"milestones[{n}].status",
                              _("{name} has {label} with the unknown status {status}.").format(
                                  name=name, label=label, status=milestone.status)))


def _check_indicators(project: Project, name: str, cycle: CycleInfo | None, out: list[Finding]) -> None:
    if not project.indicators:
        out.append(_warning(project, "project.no-indicators", "indicators", _("{name} has no indicators.").format(
            name=name)))
    years = cycle.years if cycle is not None else None
    for n, indicator in enumerate(project.indicators):
        label = _LazyText(_indicator_label, n, indicator.name)
        if not indicator.name.strip():
            out.append(_error(project, "indicator.no-name", f"indicators[{n}].name",
                              _("{name} has {label} without a name.").format(name=name, label=label)))
        if not indicator.unit.strip():
            out.append(_error(project, "indicator.no-unit", f"indicators[{n}].unit",
                              _("{name} has {label} without a unit; say what it counts (%, km, people…).").format(
                                  name=name, label=label)))
        if cycle is not None and indicator.baseline_year is not None and indicator.baseline_year > cycle.end_year:
            out.append(_error(project, "indicator.baseline-after-cycle", f"indicators[{n}].baseline_year",
                              _("{name} has {label} with baseline year {baseline_year}, after the "
                              "cycle ends.").format(name=name, label=label, baseline_year=indicator.baseline_year)))
        if years is not None:
            for value in indicator.values:
                has_value = value.target is not None or value.actual is not None
                if has_value and value.year not in years:
                    out.append(_error(project, "indicator.value-outside-cycle", f"indicators[{n}].values",
                                      _("{name} has {label} with a value for {year}, outside the cycle.").format(
                                          name=name, label=label, year=value.year)))


def _funding_label(n: int) -> str:
    return _("funding source {number}").format(number=n + 1)


def _milestone_label(n: int) -> str:
    return _("milestone {number}").format(number=n + 1)


def _indicator_label(n: int, name: str) -> str:
    return (_("indicator {number} “{name}”").format(number=n + 1, name=name.strip())
            if name.strip() else _("indicator {number}").format(number=n + 1))


class _LazyText:
    """A label built (translated) only when a finding's sentence formats it: most items have no finding."""

    __slots__ = ("_make", "_args")

    def __init__(self, make: Callable[..., str], *args: Any) -> None:
        self._make = make
        self._args = args

    def __format__(self, spec: str) -> str:
        return format(self._make(*self._args), spec)


def _check_progress(project: Project, name: str, cycle: CycleInfo | None, today: date,
                    out: list[Finding]) -> None:
    for n, note in enumerate(project.progress_notes):
        if cycle is not None and note.year not in cycle.years:
            out.append(_error(project, "progress.outside-cycle", f"progress_notes[{n}].year",
                              _("{name} has a progress note for {year}, outside the cycle.").format(
                                  name=name, year=note.year)))
    last_year = today.year - 1
    start, end = project.start_year, project.end_year
    if start is None or end is None or not start <= last_year <= end:
        return
    if project.status in ("planned", "cancelled"):
        return
    if not any(note.year == last_year and note.text.strip() for note in project.progress_notes):
        out.append(_warning(project, "project.no-progress-note", "progress_notes",
                            _("{name} has no progress note for {last_year}.").format(name=name, last_year=last_year)))


def readiness_summary(findings: Iterable[Finding]) -> str:
    """'2 errors, 5 warnings' / 'Ready: no errors or warnings'."""
    found = list(findings)
    n_errors, n_warnings = len(errors(found)), len(warnings(found))
    if not n_errors and not n_warnings:
        return _("Ready: no errors or warnings")
    errors_text = _("1 error") if n_errors == 1 else _("{count} errors").format(count=n_errors)
    warnings_text = _("1 warning") if n_warnings == 1 else _("{count} warnings").format(count=n_warnings)
    return _("{errors}, {warnings}").format(errors=errors_text, warnings=warnings_text)


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
