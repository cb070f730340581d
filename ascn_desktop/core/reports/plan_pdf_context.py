"""What every section of plan.pdf needs: the plan, its labels, currency and years (see plan_pdf)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from ascn_desktop.core.fields import Entity, Field, pdf_fields
from ascn_desktop.core.i18n import _, label
from ascn_desktop.core.model import Plan, Project
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.reports import pdf_kit as kit

NO_FOCUS = "—"
T = TypeVar("T")


class PlanContext:
    """What every section needs: the plan, labels, the currency and its decimals."""

    def __init__(self, plan: Plan, reference: ReferenceData) -> None:
        self.plan = plan
        self.reference = reference
        city = reference.cities.get(plan.city)
        self.city_name = reference.city_name(plan.city)  # in its own script in its country's language
        self.city_name_en = city.name_en if city else ""
        self.country_code = city.country if city else ""
        self.country = label("member_states", self.country_code,
                             reference.member_states.get(self.country_code, self.country_code))
        self.currency = city.currency if city else ""
        cycle = reference.cycles.get(plan.cycle)
        self.cycle_label = reference.cycle_label(plan.cycle)
        self.years = list(cycle.years) if cycle else sorted(
            {value.year for project in plan.projects for ind in project.indicators for value in ind.values})
        self.focus_order = list(reference.vocab.get("focus_areas", {}))
        # What is the same for every project of the report (labels of codes, placed fields and their
        # headings, the rows of column headings), made once: a compact plan repeats them per project.
        self._code_labels: dict[tuple[str, str | None], str] = {}
        self._remembered: dict[Any, Any] = {}

    def money(self, amount: Decimal | None, currency: str = "") -> str:
        code = currency or self.currency
        return kit.money(amount, code, decimals=kit.currency_decimals(self.reference, code))

    def label(self, kind: str, code: str | None) -> str:
        english = self.reference.label(kind, code)
        return label(kind, code, english) if code else english

    def code_label(self, vocabulary: str, code: str | None) -> str:
        """A code of `vocabulary` as the reader reads it (a project without a focus area says so)."""
        key = (vocabulary, code)
        found = self._code_labels.get(key)
        if found is None:
            found = self._code_labels[key] = self._code_label(vocabulary, code)
        return found

    def _code_label(self, vocabulary: str, code: str | None) -> str:
        if vocabulary == "focus_areas":
            return self.focus_label(code)
        if vocabulary == "partners":
            return self.reference.partners.get(code, code) if code else ""
        return self.label(vocabulary, code)

    def placed(self, entity: Entity, block: str) -> tuple[tuple[Field, str], ...]:
        """The fields of `entity` placed in `block` of a project's section, with their headings."""
        return self.remember(("placed", entity.name, block),
                             lambda: tuple((field, field_heading(field)) for field in pdf_fields(entity, block)))

    def remember(self, key: Any, make: Callable[[], T]) -> T:
        """`make()`, made once for this report under `key`."""
        try:
            found: T = self._remembered[key]
        except KeyError:
            found = self._remembered[key] = make()
        return found

    def focus_label(self, code: str | None) -> str:
        return self.label("focus_areas", code) if code else _("No focus area")

    def groups(self) -> OrderedDict[str, list[Project]]:
        """Projects by focus area in the reference order; unknown codes after, none last."""
        groups: OrderedDict[str, list[Project]] = OrderedDict()
        known = list(self.focus_order)
        extra = sorted({p.focus_area for p in self.plan.projects if p.focus_area and p.focus_area not in known})
        for code in [*known, *extra, NO_FOCUS]:
            members = [p for p in self.plan.projects if (p.focus_area or NO_FOCUS) == code]
            if members:
                groups[code] = members
        return groups


def project_currency(ctx: PlanContext, project: Project) -> str:
    return project.currency or ctx.currency

def field_heading(field: Field) -> str:
    return _(field.pdf.label if field.pdf and field.pdf.label else field.label)

