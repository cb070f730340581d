"""``plan.pdf``: a city's action plan as a report a minister could be handed.

``plan_pdf_bytes(plan, reference, *, signer_name, signer_fingerprint, generated_at)``
is what the signed-bundle export calls. Layout:

1. cover: plan title, city, country, cycle, revision, status, date, project
   count and total budget; a red "SAMPLE DATA" banner for demo plans;
2. plan overview: vision, blueprint, focus areas, outcomes, funding by type,
   projects by status;
3. summary by focus area: table plus charts of budget and project count;
4. projects, grouped by focus area, one section each: fields, description,
   funding, milestones, indicators (baseline, target and actual per year of the
   cycle), risks, progress notes;
5. the signature block (signer and key fingerprint).

Every body page has a header and "Page X of Y"; the PDF outline has an entry
per section, focus area and project; metadata names title, author, subject.

Large plans: above ``COMPACT_THRESHOLD`` (200) projects each project is drawn
as one ``pdf_kit.LineBlock`` (a title band, the fields as wrapped lines, then
milestone and indicator rows at fixed columns) instead of platypus tables and
paragraphs: about three times faster, so a 1,000-project plan renders in about
a second (docs/performance.md) within the bundle export's 3 s budget. Every
fact of the full layout is still printed (long texts wrap, never cut); only
the typography is denser. Plans people read page by page are small and get
the full layout.

Same input, same bytes (reportlab invariant mode; the PDF's dates come from
`generated_at`). Optional ``abort``/``progress`` arguments let a caller cancel
a long rendering and show its progress.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from functools import lru_cache, partial
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from ascn_desktop.core.fields import FUNDING, INDICATOR, INDICATOR_VALUE, MILESTONE, PROJECT, Entity, Field, pdf_fields
from ascn_desktop.core.model import Indicator, Plan, Project
from ascn_desktop.core.progress import ProgressCallback
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.i18n import _, label
from ascn_desktop.core.reports import pdf_kit as kit
from ascn_desktop.core.reports.charts import bar_chart
from ascn_desktop.core.reports.fonts import FONT, FONT_BOLD
from ascn_desktop.core.reports.pdf_kit import CONTENT_WIDTH, mm

__all__ = ["COMPACT_THRESHOLD", "plan_pdf_bytes"]

COMPACT_THRESHOLD = 200  # projects; above it the per-project layout is compact (see module docstring)
_HEADING_CHARS = 600  # longest project heading (the readiness check allows 500-character titles)
_CELL_CHARS = 2_000  # longest text the full layout puts in a table cell (see _fits_tables)
_CHECK_EVERY = 25  # projects between two cancel checks (~25 ms of work in the compact layout)
_NO_FOCUS = "—"
_FIXED_CELL_CHARS = 45  # a text in a table column of fixed width wraps as a paragraph when longer than this
_NUMERIC_KINDS = frozenset({"money", "decimal", "percent", "count"})  # right-aligned in a table


class _Context:
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

    def money(self, amount: Decimal | None, currency: str = "") -> str:
        code = currency or self.currency
        return kit.money(amount, code, decimals=kit.currency_decimals(self.reference, code))

    def label(self, kind: str, code: str | None) -> str:
        english = self.reference.label(kind, code)
        return label(kind, code, english) if code else english

    def code_label(self, vocabulary: str, code: str | None) -> str:
        """A code of `vocabulary` as the reader reads it (a project without a focus area says so)."""
        if vocabulary == "focus_areas":
            return self.focus_label(code)
        if vocabulary == "partners":
            return self.reference.partners.get(code, code) if code else ""
        return self.label(vocabulary, code)

    def focus_label(self, code: str | None) -> str:
        return self.label("focus_areas", code) if code else _("No focus area")

    def groups(self) -> OrderedDict[str, list[Project]]:
        """Projects by focus area in the reference order; unknown codes after, none last."""
        groups: OrderedDict[str, list[Project]] = OrderedDict()
        known = list(self.focus_order)
        extra = sorted({p.focus_area for p in self.plan.projects if p.focus_area and p.focus_area not in known})
        for code in [*known, *extra, _NO_FOCUS]:
            members = [p for p in self.plan.projects if (p.focus_area or _NO_FOCUS) == code]
            if members:
                groups[code] = members
        return groups


def _project_currency(ctx: _Context, project: Project) -> str:
    return project.currency or ctx.currency


# --- cover, overview, summary -----------------------------------------------


def _cover(ctx: _Context, info: kit.ReportInfo) -> list[Flowable]:
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


def _budget_by_currency(ctx: _Context, projects: list[Project]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for project in projects:
        if project.budget is not None:
            code = _project_currency(ctx, project)
            totals[code] = totals.get(code, Decimal(0)) + project.budget
    return totals


def _overview(ctx: _Context) -> list[Flowable]:
    st = kit.styles()
    plan = ctx.plan
    story: list[Flowable] = [kit.heading(_("Plan overview"), level=0, key="overview")]
    if plan.vision:
        story += [kit.paragraph("<b>Vision.</b> " + kit.esc(plan.vision), st.body)]
    if plan.blueprint:
        story += [kit.paragraph("<b>Derived from.</b> " + kit.esc(plan.blueprint), st.body)]
    story.append(kit.key_value_table([
        (_("Focus areas"), kit.cell(", ".join(ctx.focus_label(code) for code in plan.focus_areas) or "—")),
        (_("Strategic outcomes"), kit.cell(", ".join(ctx.label("outcomes", code) for code in plan.outcomes) or "—")),
        (_("Last edited"), (kit.utc_stamp(plan.updated_at) if plan.updated_at else "—")
         + (f" by {plan.updated_by}" if plan.updated_by else "")),
    ]))
    story.append(Spacer(1, 4 * mm))

    funding: dict[tuple[str, str], Decimal] = {}
    for project in plan.projects:
        for source in project.funding:
            key = (source.type, _project_currency(ctx, project))
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
                  kit.paragraph(f"{seeking} of {len(plan.projects)} projects seek a private-sector partner.",
                            st.body)]
    return story


def _index(order: list[str], code: str) -> tuple[int, str]:
    return (order.index(code) if code in order else len(order), code)


def _funding_order(ctx: _Context, key: tuple[str, str]) -> tuple[int, str, str]:
    position, code = _index(list(ctx.reference.vocab.get("funding_types", {})), key[0])
    return (position, code, key[1])


def _summary(ctx: _Context) -> list[Flowable]:
    st = kit.styles()
    story: list[Flowable] = [CondPageBreak(90 * mm),
                             kit.heading(_("Summary by focus area"), level=0, key="summary")]
    groups = ctx.groups()
    if not groups:
        return [*story, kit.paragraph(_("This plan has no projects yet."), st.body)]
    total = sum((p.budget for p in ctx.plan.projects
                 if p.budget is not None and _project_currency(ctx, p) == ctx.currency), Decimal(0))
    rows: list[list[Any]] = []
    budget_items: list[tuple[str, Decimal]] = []
    count_items: list[tuple[str, Decimal]] = []
    for code, projects in groups.items():
        budget = sum((p.budget for p in projects
                      if p.budget is not None and _project_currency(ctx, p) == ctx.currency), Decimal(0))
        usd = _usd_total(projects)
        share = f"{(budget * 100 / total).quantize(Decimal('0.1'))} %" if total > 0 else ""
        label = ctx.focus_label(None if code == _NO_FOCUS else code)
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


# --- projects ----------------------------------------------------------------


def _wrapped(text: str, limit: int) -> Any:
    """A plain (fast) table cell, or a wrapping one when the text is longer than `limit` characters."""
    return kit.cell(text) if len(text) > limit else text


def _shown(ctx: _Context, entity: Entity, field: Field, item: Any, *, currency: str, empty: str = "—") -> str:
    """A field's value as plan.pdf writes it, by its kind (`empty` when it holds nothing)."""
    value = getattr(item, field.name)
    if field.kind == "year" and field.shown_with:  # the years of a period, a milestone's due year and quarter
        other = getattr(item, field.shown_with)
        if entity[field.shown_with].kind == "quarter":
            return f"{value} Q{other}"
        return f"{value or '?'}–{other or '?'}" if value or other else empty
    if field.kind == "code":
        return ctx.code_label(field.vocabulary, value) or empty
    if field.kind == "codes":
        return ", ".join(ctx.code_label(field.vocabulary, code) for code in value) or empty
    if field.kind == "goals":
        return ", ".join(str(goal) for goal in value) or empty
    if field.kind == "money":  # in its fixed currency (USD), or the project's (the currency shown with it)
        return ctx.money(value, field.currency or currency) or empty
    if field.kind == "bool":
        return _("Yes") if value else _("No")
    if field.kind == "percent":
        return f"{value} %"
    return str(value) if value not in (None, "") else empty


def _heading(field: Field) -> str:
    return _(field.pdf.label if field.pdf and field.pdf.label else field.label)


def _fields(ctx: _Context, project: Project) -> list[tuple[str, str]]:
    """The short facts under a project's heading (the fields placed in the "facts" block)."""
    currency = _project_currency(ctx, project)
    return [(_heading(field), _shown(ctx, PROJECT, field, project, currency=currency))
            for field in pdf_fields(PROJECT, "facts")]


def _texts(project: Project) -> list[tuple[str, str]]:
    """The paragraphs below the facts: a text placed `when` a yes/no field says so is left out otherwise."""
    return [(_heading(field), getattr(project, field.name) if not field.pdf or not field.pdf.when
             or getattr(project, field.pdf.when) else "") for field in pdf_fields(PROJECT, "texts")]


def _child_table(ctx: _Context, entity: Entity, items: list[Any], *, currency: str,
                 total: list[Any] | None = None) -> Flowable:
    """A table of a project's children, one column per field placed in the entity's "table" block."""
    fields = pdf_fields(entity, "table")
    fixed = sum(field.pdf.width for field in fields if field.pdf) * mm
    widths = [field.pdf.width * mm if field.pdf and field.pdf.width else CONTENT_WIDTH - fixed for field in fields]
    rows: list[list[Any]] = [[_cell(ctx, entity, field, item, currency=currency) for field in fields]
                             for item in items]
    numeric = {index for index, field in enumerate(fields) if field.kind in _NUMERIC_KINDS}
    if total is not None:
        rows.append(total)
    return kit.data_table([_heading(field) for field in fields], rows, col_widths=widths, numeric_columns=numeric,
                          total_row=total is not None)


def _cell(ctx: _Context, entity: Entity, field: Field, item: Any, *, currency: str) -> Any:
    """A table cell: a text in the column that takes the page's rest wraps as a paragraph; in a fixed one,
    when it is longer than `_FIXED_CELL_CHARS`."""
    text = _shown(ctx, entity, field, item, currency=currency, empty="")
    if field.kind != "text":
        return text
    return _wrapped(text, _FIXED_CELL_CHARS) if field.pdf and field.pdf.width else kit.cell(text)


def _funding_table(ctx: _Context, project: Project) -> Flowable:
    currency = _project_currency(ctx, project)
    total = sum((source.amount for source in project.funding), Decimal(0))
    return _child_table(ctx, FUNDING, project.funding, currency=currency,
                        total=[_("Total"), "", ctx.money(total, currency)])


def _milestone_table(ctx: _Context, project: Project) -> Flowable:
    return _child_table(ctx, MILESTONE, project.milestones, currency=_project_currency(ctx, project))


def _indicator_table(ctx: _Context, indicators: list[Indicator]) -> Flowable:
    years = ctx.years
    fixed = 42 * mm + 20 * mm + 12 * mm
    year_width = (CONTENT_WIDTH - fixed) / max(len(years), 1)
    font_size = 7 if len(years) <= 8 else 6.2
    rows: list[list[Any]] = []
    spans: list[tuple[Any, ...]] = []
    numbers: list[str] = []
    yearly = pdf_fields(INDICATOR_VALUE, "table")  # one row per placed field of a year: target, actual
    height = len(yearly)
    for index, indicator in enumerate(indicators):
        by_year = {value.year: value for value in indicator.values}
        baseline = [kit.number(indicator.baseline_value) or "—",
                    f"in {indicator.baseline_year}" if indicator.baseline_year is not None else ""]
        for line, field in enumerate(yearly):
            values = [kit.number(getattr(by_year[y], field.name)) if y in by_year else "" for y in years]
            numbers += values
            first = kit.cell(_indicator_name(indicator)) if line == 0 else ""
            rows.append([first, baseline[line] if line < len(baseline) else "", _(field.label), *values])
        top = 1 + height * index
        spans.append(("SPAN", (0, top), (0, top + height - 1)))
        if index % 2:
            spans.append(("BACKGROUND", (0, top), (-1, top + height - 1), kit.ZEBRA))
        spans.append(("LINEBELOW", (0, top + height - 1), (-1, top + height - 1), 0.25, kit.RULE))
    if _fitting_size(numbers, year_width - 6, size=font_size) < font_size:
        # Very large values get smaller type, cell by cell, rather than overlapping their neighbours.
        for row_index, row in enumerate(rows, start=1):
            for column in range(3, len(row)):
                size = _fitting_size([row[column]], year_width - 6, size=font_size)
                if size < font_size:
                    spans.append(("FONT", (column, row_index), (column, row_index), FONT, size, size * 1.25))
    return kit.data_table([_heading(INDICATOR["name"]), _heading(INDICATOR["baseline_value"]), "",
                           *[str(y) for y in years]], rows,
                          col_widths=[42 * mm, 20 * mm, 12 * mm, *[year_width] * len(years)],
                          numeric_columns=range(3, 3 + len(years)), zebra=False, font_size=font_size,
                          span_commands=spans)


def _project_section(ctx: _Context, project: Project, *, key: str) -> list[Flowable]:
    st = kit.styles()
    title = f"{project.code} · {project.title}" if project.code else project.title
    # A heading never splits, so an absurdly long (imported) title is cut there and printed in full below.
    short = title if len(title) <= _HEADING_CHARS else title[:_HEADING_CHARS].rstrip() + "…"
    story: list[Flowable] = [kit.heading(short, level=2, key=key)]
    if short != title:
        story.append(kit.paragraph(f"<b>Title.</b> {kit.esc(project.title)}", st.body))
    widths = (30 * mm, CONTENT_WIDTH / 2 - 30 * mm, 37 * mm, CONTENT_WIDTH / 2 - 37 * mm)
    fields = [(label, _wrapped(value, 30)) for label, value in _fields(ctx, project)]
    story.append(kit.key_value_table(fields, col_widths=widths))
    for label, text in _texts(project):
        if text.strip():
            story.append(kit.paragraph(f"<b>{label}.</b> {kit.esc(text.strip())}", st.small))
    if project.funding:
        story.append(_funding_table(ctx, project))
    if project.milestones:
        story += [Spacer(1, 2 * mm), _milestone_table(ctx, project)]
    if project.indicators:
        story += [Spacer(1, 2 * mm), _indicator_table(ctx, project.indicators)]
    if project.progress_notes:
        notes = sorted(project.progress_notes, key=lambda note: note.year)
        story.append(kit.paragraph("<b>Progress.</b> " + " ".join(
            f"<b>{note.year}:</b> {kit.esc(note.text)}" for note in notes), st.small))
    story.append(Spacer(1, 4 * mm))
    return story


def _fitting_size(texts: list[str], width: float, *, size: float) -> float:
    """`size`, or smaller so that the widest of `texts` fits `width` (huge indicator values)."""
    longest = 0
    for text in texts:  # a plain loop: this runs for every number of a 1,000-project plan
        if len(text) > longest:
            longest = len(text)
    if longest * 0.64 * size <= width:
        return size  # digits, commas and points are at most 0.64 em wide in DejaVu Sans: no need to measure
    widest = max(stringWidth(text, FONT, size) for text in texts)
    return size if widest <= width else max(size * width / widest, 4.0)


def _compact_project(ctx: _Context, project: Project, *, key: str) -> Flowable:
    """One project as a LineBlock: the same facts as the full layout in far fewer drawing operations.

    Long texts wrap onto extra rows (never cut), so every fact of the full layout is printed."""
    width = CONTENT_WIDTH
    title = f"{project.code} · {project.title}" if project.code else project.title
    block = kit.LineBlock(bookmark=(key, title, 2), space_after=6)
    for line in kit.wrap_text(title, width - 4, font=FONT_BOLD, size=8.5):
        block.row([(2, line)], bold=True, size=8.5, colour=kit.ACCENT, band=kit.ZEBRA, leading=12)
    block.paragraph("   ·   ".join(f"{label}: {value}" for label, value in _fields(ctx, project)), size=7,
                    separator="   ·   ")
    for label, text in _texts(project):
        if text.strip():
            block.paragraph(f"{label}: {text.strip()}", size=7, colour=kit.MUTED)
    currency = _project_currency(ctx, project)
    if project.funding:
        kind, _name, amount = pdf_fields(FUNDING, "table")
        block.paragraph(_("Funding: {sources}").format(sources="; ".join(
            f"{_shown(ctx, FUNDING, kind, source, currency=currency)} — {source.name}: "
            f"{_shown(ctx, FUNDING, amount, source, currency=currency)}" for source in project.funding)), size=7)
    if project.milestones:
        # The title column wraps; the others stand at fixed places, the last one right-aligned.
        heading, *others = pdf_fields(MILESTONE, "table")
        due_x = width * 0.58
        places = [due_x, due_x + 46, width]
        block.row([(0, _heading(heading)), *[(x, _heading(f), "R" if x == width else "L")
                                           for x, f in zip(places, others, strict=True)]],
                  bold=True, size=6.8, colour=kit.MUTED)
        for milestone in project.milestones:
            first, *more = kit.wrap_text(milestone.title, due_x - 6, size=7)
            block.row([(0, first), *[(x, _shown(ctx, MILESTONE, f, milestone, currency=currency),
                                      "R" if x == width else "L")
                                     for x, f in zip(places, others, strict=True)]], size=7)
            for line in more:
                block.row([(0, line)], size=7)
    if project.indicators:
        _compact_indicators(ctx, block, project.indicators)
    if project.progress_notes:
        notes = sorted(project.progress_notes, key=lambda note: note.year)
        block.paragraph(_("Progress: {notes}").format(notes=" ".join(f"{note.year}: {note.text}" for note in notes)),
                        size=7,
                        colour=kit.MUTED)
    return block


def _compact_indicators(ctx: _Context, block: kit.LineBlock, indicators: list[Indicator]) -> None:
    years = ctx.years
    first, name_width, baseline_x, kind_x = 232.0, 140.0, 146.0, 196.0
    column = (CONTENT_WIDTH - first) / max(len(years), 1)
    rights = [first + (index + 1) * column for index in range(len(years))]
    block.row([(0, _heading(INDICATOR["name"])), (baseline_x, _heading(INDICATOR["baseline_value"])),
               *[(x, str(year), "R") for x, year in zip(rights, years, strict=True)]],
              bold=True, size=6.8, colour=kit.MUTED)
    # The yearly fields and their labels, the same for every indicator: a longer word in another
    # language is cut to its column once.
    kinds = [(field.name, kit.fit_text(_(field.label), first - kind_x - 4, size=7))
             for field in pdf_fields(INDICATOR_VALUE, "table")]
    baseline_width, value_width = kind_x - baseline_x - 4, column - 4
    for indicator in indicators:
        by_year = {value.year: value for value in indicator.values}
        names = kit.wrap_text(_indicator_name(indicator), name_width, size=7)
        baseline = [kit.number(indicator.baseline_value) or "—",
                    _("in {year}").format(year=indicator.baseline_year) if indicator.baseline_year is not None else ""]
        for index, (attribute, kind) in enumerate(kinds):
            values = [kit.number(getattr(by_year[y], attribute)) if y in by_year else "" for y in years]
            before = baseline[index] if index < 2 else ""
            # Huge values get smaller type cell by cell rather than overlapping their neighbours.
            cells = [(0, names[index] if index < len(names) else ""),
                     (baseline_x, before, "L", _cell_size(before, baseline_width)),
                     (kind_x, kind),
                     *[(x, value, "R", _cell_size(value, value_width)) for x, value in zip(rights, values, strict=True)]]
            block.row(cells, size=7, leading=9.1)
        for line in names[2:]:
            block.row([(0, line)], size=7)


@lru_cache(maxsize=4096)
def _cell_size(text: str, width: float) -> float:
    """The type size of a compact indicator cell: 7 points unless `text` is too wide for `width`.
    Remembered: the values of a plan repeat (the same numbers, empty cells)."""
    return _fitting_size([text], width, size=7)


def _indicator_name(indicator: Indicator) -> str:
    return f"{indicator.name} ({indicator.unit})" if indicator.unit else indicator.name


def _fits_tables(project: Project) -> bool:
    """Whether every text that the full layout puts in a table cell is of a sane length.

    A table row cannot always split across pages (the indicator table spans rows), so a project
    carrying a huge imported text in such a field is drawn in the compact layout, which wraps any
    length, rather than failing the whole export."""
    return max(map(len, _cell_texts(project)), default=0) <= _CELL_CHARS


def _cell_texts(project: Project) -> Iterator[str]:
    """The title and every text or code the declarations place in a table cell (facts and child tables)."""
    yield project.title
    for field in pdf_fields(PROJECT, "facts"):
        if field.kind in ("text", "code"):
            yield getattr(project, field.name) or ""
    for entity, items in ((FUNDING, project.funding), (MILESTONE, project.milestones),
                          (INDICATOR, project.indicators)):
        for field in pdf_fields(entity, "table"):
            if field.kind == "text":
                yield from (getattr(item, field.name) + (getattr(item, field.shown_with) if field.shown_with else "")
                            for item in items)


def _projects(ctx: _Context, *, abort: threading.Event | None,
              progress: ProgressCallback | None) -> list[Flowable]:
    compact = len(ctx.plan.projects) > COMPACT_THRESHOLD
    total = len(ctx.plan.projects)
    done = 0
    story: list[Flowable] = [PageBreak(), kit.heading(_("Projects"), level=0, key="projects", closed=False)]
    if compact:
        story.append(kit.paragraph(
            _("This plan has {count} projects, so each is shown in a compact layout; the plan's Excel workbook "
              "in the same bundle holds the same data in sortable tables.").format(
                count=kit.number(len(ctx.plan.projects))),
            kit.styles().small))
    for code, projects in ctx.groups().items():
        label = ctx.focus_label(None if code == _NO_FOCUS else code)
        story += [CondPageBreak(60 * mm),
                  kit.heading(f"{label} ({len(projects)})", level=1, key=f"fa-{code}")]
        for project in projects:
            if done % _CHECK_EVERY == 0:
                story.append(kit.checkpoint(abort, progress=progress, fraction=done / total,
                                            message=f"PDF: project {done + 1:,} of {total:,}"))
            done += 1
            key = f"project-{done}"  # by position: bookmark keys must be unique even if ids are not
            if compact or not _fits_tables(project):
                # made when laid out, let go once drawn: a large plan's blocks never all exist at once
                story.append(kit.deferred(partial(_compact_project, ctx, project, key=key)))
            else:
                story += [CondPageBreak(45 * mm), *_project_section(ctx, project, key=key)]
    return story


def plan_pdf_bytes(plan: Plan, reference: ReferenceData, *, signer_name: str, signer_fingerprint: str,
                   generated_at: datetime, abort: threading.Event | None = None,
                   progress: ProgressCallback | None = None) -> bytes:
    """The plan as a PDF report (bytes); deterministic for the same arguments.

    Optional `abort` stops the rendering with ``Cancelled`` (checked every few dozen projects);
    optional `progress` receives ``(fraction of projects laid out, message)``.
    """
    ctx = _Context(plan, reference)
    header = _("{city} · {cycle} · revision {revision}").format(city=ctx.city_name, cycle=ctx.cycle_label,
                                                                 revision=plan.revision)
    if plan.status != "final":  # a draft says so on every page, not only on the cover
        header = _("DRAFT — not marked final · {header}").format(header=header)
    info = kit.ReportInfo(
        title=plan.title or _("Smart city action plan of {city}").format(city=ctx.city_name),
        author=signer_name or "ASCN Desktop",
        subject=f"ASCN smart city action plan of {ctx.city_name}, {ctx.country}, {ctx.cycle_label}, "
                f"revision {plan.revision}",
        keywords=f"ASCN, {ctx.city_name}, {ctx.country_code}, {plan.cycle}",
        generated_at=generated_at,
        header=header,
        footer=_("{city} — {cycle} — signed by {signer}").format(city=ctx.city_name, cycle=ctx.cycle_label,
                                                                 signer=signer_name or "—"),
        sample=plan.is_sample,
    )
    story = _cover(ctx, info)
    story += _overview(ctx)
    story += _summary(ctx)
    if plan.projects:
        story += _projects(ctx, abort=abort, progress=progress)
    statement = _("This report shows revision {revision} of the plan as exported by ASCN Desktop. "
                  "It is a member of a signed submission bundle; the Ed25519 signature of the bundle's "
                  "manifest by the key above covers this file (check with 'ascn verify').").format(
                      revision=plan.revision)
    story += kit.signature_block(
        signer_name=signer_name, signer_fingerprint=signer_fingerprint, generated_at=generated_at,
        statement=statement)
    return kit.build_pdf(story, info)
