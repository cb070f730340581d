"""plan.pdf's plan-level sections: the cover, the plan overview and the summary by focus area (see plan_pdf)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ascn_desktop.core.i18n import _
from ascn_desktop.core.model import Project
from ascn_desktop.core.reports import pdf_kit as kit
from ascn_desktop.core.reports.charts import bar_chart
from ascn_desktop.core.reports.pdf_kit import CONTENT_WIDTH, mm
from ascn_desktop.core.reports.plan_pdf_context import NO_FOCUS, PlanContext, project_currency


def cover(ctx: PlanContext, info: kit.ReportInfo) -> list[Flowable]:
    plan = ctx.plan
    city = ctx.city_name if not ctx.city_name_en or ctx.city_name_en == ctx.city_name else \
        f"{ctx.city_name} ({ctx.city_name_en})"
    totals = _budget_by_currency(ctx, plan.projects)
    lines = [
        (_("City"), city),
        (_("Country"), ctx.country),
        (_("Planning cycle"), ctx.cycle_label),
        (_("Revision"), str(plan.revision)),
        (_("Status"), _("Final") if plan.status == "final" else _("Draft")),
        (_("Date"), kit.long_date(info.generated_at)),
        (_("Projects"), str(len(plan.projects))),
        (_("Total budget"), "; ".join(ctx.money(amount, code) for code, amount in totals.items()) or "—"),
    ]
    note = _("Smart city action plan submitted through ASCN Desktop. The signed bundle that carries this "
             "report also carries the same plan as JSON and Excel; the signature covers all three.")
    return kit.cover_page(info, lines=lines, note=note)


def _budget_by_currency(ctx: PlanContext, projects: list[Project]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for project in projects:
        if project.budget is not None:
            code = project_currency(ctx, project)
            totals[code] = totals.get(code, Decimal(0)) + project.budget
    return totals


def overview(ctx: PlanContext) -> list[Flowable]:
    st = kit.styles()
    plan = ctx.plan
    story: list[Flowable] = [kit.heading(_("Plan overview"), level=0, key="overview")]
    if plan.vision:
        story += [kit.paragraph(f"<b>{kit.esc(_('Vision'))}.</b> " + kit.esc(plan.vision), st.body)]
    if plan.blueprint:
        story += [kit.paragraph(f"<b>{kit.esc(_('Derived from'))}.</b> " + kit.esc(plan.blueprint), st.body)]
    story.append(kit.key_value_table([
        (_("Focus areas"), kit.cell(", ".join(ctx.focus_label(code) for code in plan.focus_areas) or "—")),
        (_("Strategic outcomes"), kit.cell(", ".join(ctx.label("outcomes", code) for code in plan.outcomes) or "—")),
        (_("Last edited"), (kit.utc_stamp(plan.updated_at) if plan.updated_at else "—")
         + (" " + _("by {name}").format(name=plan.updated_by) if plan.updated_by else "")),
    ]))
    story.append(Spacer(1, 4 * mm))

    funding: dict[tuple[str, str], Decimal] = {}
    for project in plan.projects:
        for source in project.funding:
            key = (source.type, project_currency(ctx, project))
            funding[key] = funding.get(key, Decimal(0)) + source.amount
    if funding:
        rows = [[ctx.label("funding_types", kind), ctx.money(amount, code)]
                for (kind, code), amount in sorted(funding.items(), key=lambda item: _funding_order(ctx, item[0]))]
        story += [kit.heading(_("Funding by type"), level=1, key="funding", outline=False),
                  kit.data_table([_("Funding type"), _("Amount")], rows, col_widths=[80 * mm, 60 * mm],
                                 numeric_columns={1})]
    counts: dict[str, int] = {}
    for project in plan.projects:
        counts[project.status] = counts.get(project.status, 0) + 1
    if counts:
        order = list(ctx.reference.vocab.get("project_statuses", {}))
        rows = [[ctx.label("project_statuses", code), str(count)]
                for code, count in sorted(counts.items(), key=lambda item: _index(order, item[0]))]
        seeking = sum(1 for project in plan.projects if project.seeks_private_partner)
        story += [kit.heading(_("Projects by status"), level=1, key="statuses", outline=False),
                  kit.data_table([_("Status"), _("Projects")], rows, col_widths=[80 * mm, 30 * mm],
                                 numeric_columns={1}),
                  Spacer(1, 2 * mm),
                  kit.paragraph(kit.esc(_("{seeking} of {count} projects seek a private-sector partner.").format(
                      seeking=seeking, count=len(plan.projects))), st.body)]
    return story


def _index(order: list[str], code: str) -> tuple[int, str]:
    return (order.index(code) if code in order else len(order), code)


def _funding_order(ctx: PlanContext, key: tuple[str, str]) -> tuple[int, str, str]:
    position, code = _index(list(ctx.reference.vocab.get("funding_types", {})), key[0])
    return (position, code, key[1])


def summary(ctx: PlanContext) -> list[Flowable]:
    st = kit.styles()
    story: list[Flowable] = [CondPageBreak(90 * mm),
                             kit.heading(_("Summary by focus area"), level=0, key="summary")]
    groups = ctx.groups()
    if not groups:
        return [*story, kit.paragraph(_("This plan has no projects yet."), st.body)]
    total = sum((p.budget for p in ctx.plan.projects
                 if p.budget is not None and project_currency(ctx, p) == ctx.currency), Decimal(0))
    rows: list[list[Any]] = []
    budget_items: list[tuple[str, Decimal]] = []
    count_items: list[tuple[str, Decimal]] = []
    for code, projects in groups.items():
        budget = sum((p.budget for p in projects
                      if p.budget is not None and project_currency(ctx, p) == ctx.currency), Decimal(0))
        usd = _usd_total(projects)
        share = f"{(budget * 100 / total).quantize(Decimal('0.1'))} %" if total > 0 else ""
        label = ctx.focus_label(None if code == NO_FOCUS else code)
        rows.append([label, str(len(projects)), ctx.money(budget), _usd_text(usd), share])
        budget_items.append((label, budget))
        count_items.append((label, Decimal(len(projects))))
    rows.append([_("Total"), str(len(ctx.plan.projects)), ctx.money(total), _usd_text(_usd_total(ctx.plan.projects)),
                 "100.0 %" if total > 0 else ""])
    story.append(kit.data_table(
        [_("Focus area"), _("Projects"), _("Budget ({currency})").format(currency=ctx.currency), _("USD equivalent"),
         _("Share")], rows,
        col_widths=[52 * mm, 18 * mm, 44 * mm, 40 * mm, CONTENT_WIDTH - 154 * mm],
        numeric_columns={1, 2, 3, 4}, total_row=True))
    given = sum(1 for p in ctx.plan.projects if p.budget_usd is not None)
    if 0 < given < len(ctx.plan.projects):
        story.append(kit.paragraph(kit.esc(_("USD equivalents are summed over the projects that gave one "
                                             "({0} of {1}); “—” where none did.").format(given,
                                                                                        len(ctx.plan.projects))),
                                   st.small))
    others = {code: amount for code, amount in _budget_by_currency(ctx, ctx.plan.projects).items()
              if code != ctx.currency}
    if others:
        story.append(kit.paragraph(_("Budgets in other currencies, not included above: {amounts}.").format(
            amounts=kit.esc("; ".join(ctx.money(a, c) for c, a in others.items()))), st.small))
    story += [Spacer(1, 5 * mm),
              bar_chart(budget_items, title=_("Budget per focus area ({currency})").format(currency=ctx.currency),
                        value_text=lambda value: ctx.money(value)),
              Spacer(1, 5 * mm),
              bar_chart(count_items, title=_("Projects per focus area"), value_text=kit.number)]
    return story


def _usd_total(projects: list[Project]) -> Decimal | None:
    """The USD equivalents the projects gave, summed; None when none gave one."""
    given = [p.budget_usd for p in projects if p.budget_usd is not None]
    return sum(given, Decimal(0)) if given else None


def _usd_text(amount: Decimal | None) -> str:
    """A USD total, or "—" where no project gave one (never a made-up "0.00 USD")."""
    return kit.money(amount, "USD") if amount is not None else "—"
