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
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from functools import partial
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from ascn_desktop.core.collector import collector_paused
from ascn_desktop.core.fields import FUNDING, INDICATOR, MILESTONE, PROJECT, Entity, Field, pdf_fields
from ascn_desktop.core.i18n import _
from ascn_desktop.core.model import Plan, Project
from ascn_desktop.core.progress import ProgressCallback
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.reports import pdf_kit as kit
from ascn_desktop.core.reports.fonts import FONT_BOLD, needs_fallback
from ascn_desktop.core.reports.line_breaks import prepare
from ascn_desktop.core.reports.pdf_kit import CONTENT_WIDTH, mm
from ascn_desktop.core.reports.plan_pdf_context import NO_FOCUS, PlanContext, field_heading, project_currency
from ascn_desktop.core.reports.plan_pdf_indicators import compact_indicators, indicator_table
from ascn_desktop.core.reports.plan_pdf_overview import cover, overview, summary

__all__ = ["COMPACT_THRESHOLD", "plan_pdf_bytes"]

COMPACT_THRESHOLD = 200  # projects; above it the per-project layout is compact (see module docstring)
_HEADING_CHARS = 600  # longest project heading (the readiness check allows 500-character titles)
_CELL_CHARS = 2_000  # longest text the full layout puts in a table cell (see _fits_tables)
_CHECK_EVERY = 25  # projects between two cancel checks (~25 ms of work in the compact layout)
_SEGMENTED_AHEAD = 25  # compact projects whose script texts are segmented together (see _compact_project)
_FIXED_CELL_CHARS = 45  # a text in a table column of fixed width wraps as a paragraph when longer than this
_Context = PlanContext  # its name before the split (tests build one)
_NUMERIC_KINDS = frozenset({"money", "decimal", "percent", "count"})  # right-aligned in a table


# --- projects ----------------------------------------------------------------


def _wrapped(text: str, limit: int) -> Any:
    """A plain (fast) table cell, or a wrapping one when the text is longer than `limit` characters."""
    return kit.cell(text) if len(text) > limit else text


def _shown(ctx: PlanContext, entity: Entity, field: Field, item: Any, *, currency: str, empty: str = "—") -> str:
    """A field's value as plan.pdf writes it, by its kind (`empty` when it holds nothing)."""
    return _shower(ctx, entity, field, empty)(ctx, item, currency)


# (the report's context, an item, the project's currency) -> the text plan.pdf writes. It is given the
# context rather than holding it: the context remembers it, and would otherwise hold itself (and the plan).
Shower = Callable[[PlanContext, Any, str], str]


def _shower(ctx: PlanContext, entity: Entity, field: Field, empty: str) -> Shower:
    """How plan.pdf writes `field` of an item, decided once per report (a compact plan writes it thousands
    of times)."""
    return ctx.remember(("shown", entity.name, field.name, empty), lambda: _make_shower(entity, field, empty))


def _make_shower(entity: Entity, field: Field, empty: str) -> Shower:
    name, kind, vocabulary = field.name, field.kind, field.vocabulary
    if kind == "year" and field.shown_with:  # the years of a period, a milestone's due year and quarter
        other_name = field.shown_with
        if entity[other_name].kind == "quarter":
            return lambda _ctx, item, _currency: f"{getattr(item, name)} Q{getattr(item, other_name)}"

        def period(_ctx: PlanContext, item: Any, _currency: str) -> str:
            value, other = getattr(item, name), getattr(item, other_name)
            return f"{value or '?'}–{other or '?'}" if value or other else empty
        return period
    if kind == "code":
        return lambda ctx, item, _currency: ctx.code_label(vocabulary, getattr(item, name)) or empty
    if kind == "codes":
        return lambda ctx, item, _currency: ", ".join(ctx.code_label(vocabulary, code)
                                                      for code in getattr(item, name)) or empty
    if kind == "goals":
        return lambda _ctx, item, _currency: ", ".join(str(goal) for goal in getattr(item, name)) or empty
    if kind == "money":  # in its fixed currency (USD), or the project's (the currency shown with it)
        fixed = field.currency
        return lambda ctx, item, currency: ctx.money(getattr(item, name), fixed or currency) or empty
    if kind == "bool":
        yes, no = _("Yes"), _("No")
        return lambda _ctx, item, _currency: yes if getattr(item, name) else no
    if kind == "percent":
        return lambda _ctx, item, _currency: f"{getattr(item, name)} %"

    def plain(_ctx: PlanContext, item: Any, _currency: str) -> str:
        value = getattr(item, name)
        return str(value) if value not in (None, "") else empty
    return plain


def _fields(ctx: PlanContext, project: Project) -> list[tuple[str, str]]:
    """The short facts under a project's heading (the fields placed in the "facts" block)."""
    currency = project_currency(ctx, project)
    facts = ctx.remember("facts", lambda: [(heading, _shower(ctx, PROJECT, field, "—"))
                                           for field, heading in ctx.placed(PROJECT, "facts")])
    return [(heading, show(ctx, project, currency)) for heading, show in facts]


def _texts(ctx: PlanContext, project: Project) -> list[tuple[str, str]]:
    """The paragraphs below the facts: a text placed `when` a yes/no field says so is left out otherwise."""
    return [(heading, getattr(project, field.name) if not field.pdf or not field.pdf.when
             or getattr(project, field.pdf.when) else "") for field, heading in ctx.placed(PROJECT, "texts")]


def _child_table(ctx: PlanContext, entity: Entity, items: list[Any], *, currency: str,
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
    return kit.data_table([field_heading(field) for field in fields], rows, col_widths=widths, numeric_columns=numeric,
                          total_row=total is not None)


def _cell(ctx: PlanContext, entity: Entity, field: Field, item: Any, *, currency: str) -> Any:
    """A table cell: a text in the column that takes the page's rest wraps as a paragraph; in a fixed one,
    when it is longer than `_FIXED_CELL_CHARS`."""
    text = _shown(ctx, entity, field, item, currency=currency, empty="")
    if field.kind != "text":
        return text
    return _wrapped(text, _FIXED_CELL_CHARS) if field.pdf and field.pdf.width else kit.cell(text)


def _funding_table(ctx: PlanContext, project: Project) -> Flowable:
    currency = project_currency(ctx, project)
    total = sum((source.amount for source in project.funding), Decimal(0))
    return _child_table(ctx, FUNDING, project.funding, currency=currency,
                        total=[_("Total"), "", ctx.money(total, currency)])


def _milestone_table(ctx: PlanContext, project: Project) -> Flowable:
    return _child_table(ctx, MILESTONE, project.milestones, currency=project_currency(ctx, project))



def _project_section(ctx: PlanContext, project: Project, *, key: str) -> list[Flowable]:
    st = kit.styles()
    title = f"{project.code} · {project.title}" if project.code else project.title
    # A heading never splits, so an absurdly long (imported) title is cut there and printed in full below.
    short = title if len(title) <= _HEADING_CHARS else title[:_HEADING_CHARS].rstrip() + "…"
    story: list[Flowable] = [kit.heading(short, level=2, key=key)]
    if short != title:
        story.append(kit.paragraph(f"<b>{kit.esc(_('Title'))}.</b> {kit.esc(project.title)}", st.body))
    widths = (30 * mm, CONTENT_WIDTH / 2 - 30 * mm, 37 * mm, CONTENT_WIDTH / 2 - 37 * mm)
    fields = [(label, _wrapped(value, 30)) for label, value in _fields(ctx, project)]
    story.append(kit.key_value_table(fields, col_widths=widths))
    for label, text in _texts(ctx, project):
        if text.strip():
            story.append(kit.paragraph(f"<b>{label}.</b> {kit.esc(text.strip())}", st.small))
    if project.funding:
        story.append(_funding_table(ctx, project))
    if project.milestones:
        story += [Spacer(1, 2 * mm), _milestone_table(ctx, project)]
    if project.indicators:
        story += [Spacer(1, 2 * mm), indicator_table(ctx, project.indicators)]
    if project.progress_notes:
        notes = sorted(project.progress_notes, key=lambda note: note.year)
        story.append(kit.paragraph(f"<b>{kit.esc(_('Progress'))}.</b> " + " ".join(
            f"<b>{note.year}:</b> {kit.esc(note.text)}" for note in notes), st.small))
    story.append(Spacer(1, 4 * mm))
    return story


def _compact_project(ctx: PlanContext, project: Project, *, key: str, ahead: Sequence[Project] = ()) -> Flowable:
    """One project as a LineBlock: the same facts as the full layout in far fewer drawing operations.

    Long texts wrap onto extra rows (never cut), so every fact of the full layout is printed. With `ahead`
    (this project and the next ones), the title and texts of those in Thai, Lao, Khmer or Myanmar script
    are segmented first, together (``line_breaks.prepare``)."""
    if ahead:
        prepare(text for item in ahead for text in (_compact_title(item), *_compact_texts(ctx, item))
                if needs_fallback(text))
    width = CONTENT_WIDTH
    title = _compact_title(project)
    block = kit.LineBlock(bookmark=(key, title, 2), space_after=6)
    for line in kit.wrap_text(title, width - 4, font=FONT_BOLD, size=8.5):
        block.row([(2, line)], bold=True, size=8.5, colour=kit.ACCENT, band=kit.ZEBRA, leading=12)
    block.paragraph("   ·   ".join(f"{label}: {value}" for label, value in _fields(ctx, project)), size=7,
                    separator="   ·   ")
    for text in _compact_texts(ctx, project):
        block.paragraph(text, size=7, colour=kit.MUTED)
    currency = project_currency(ctx, project)
    if project.funding:
        kind, amount = ctx.remember("compact funding", lambda: _compact_funding_columns(ctx))
        block.paragraph(_("Funding: {sources}").format(sources="; ".join(
            f"{kind(ctx, source, currency)} — {source.name}: {amount(ctx, source, currency)}"
            for source in project.funding)),
            size=7)
    if project.milestones:
        heading_row, title_width, columns = ctx.remember("compact milestones", lambda: _compact_milestone_columns(ctx))
        block.row(heading_row, bold=True, size=6.8, colour=kit.MUTED)
        for milestone in project.milestones:
            first, *more = kit.wrap_text(milestone.title, title_width, size=7)
            block.row([(0, first), *[(x, show(ctx, milestone, currency), align) for x, show, align in columns]],
                      size=7)
            for line in more:
                block.row([(0, line)], size=7)
    if project.indicators:
        compact_indicators(ctx, block, project.indicators)
    if project.progress_notes:
        notes = sorted(project.progress_notes, key=lambda note: note.year)
        block.paragraph(_("Progress: {notes}").format(notes=" ".join(f"{note.year}: {note.text}" for note in notes)),
                        size=7,
                        colour=kit.MUTED)
    return block



def _compact_title(project: Project) -> str:
    return f"{project.code} · {project.title}" if project.code else project.title


def _compact_texts(ctx: PlanContext, project: Project) -> list[str]:
    """The paragraphs of a compact project's texts, each headed by its label."""
    return [f"{label}: {text.strip()}" for label, text in _texts(ctx, project) if text.strip()]


def _compact_funding_columns(ctx: PlanContext) -> tuple[Shower, Shower]:
    """How a funding source's kind and amount are written in a compact project."""
    kind, _name, amount = (field for field, _heading in ctx.placed(FUNDING, "table"))
    return _shower(ctx, FUNDING, kind, "—"), _shower(ctx, FUNDING, amount, "—")


def _compact_milestone_columns(ctx: PlanContext) -> tuple[list[tuple[Any, ...]], float, list[tuple[float, Shower, str]]]:
    """A compact project's milestone rows: the heading row, the width the title wraps to, and the
    other columns (place, how the field is written, alignment). The title column wraps; the others
    stand at fixed places, the last one right-aligned."""
    width = CONTENT_WIDTH
    (_heading_field, heading), *others = ctx.placed(MILESTONE, "table")
    due_x = width * 0.58
    places = [due_x, due_x + 46, width]
    aligned = [(x, field, label, "R" if x == width else "L") for x, (field, label) in zip(places, others, strict=True)]
    heading_row: list[tuple[Any, ...]] = [(0, heading), *[(x, label, align) for x, _field, label, align in aligned]]
    return (heading_row, due_x - 6,
            [(x, _shower(ctx, MILESTONE, field, "—"), align) for x, field, _label, align in aligned])


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


def _projects(ctx: PlanContext, *, abort: threading.Event | None,
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
        label = ctx.focus_label(None if code == NO_FOCUS else code)
        story += [CondPageBreak(60 * mm),
                  kit.heading(f"{label} ({len(projects)})", level=1, key=f"fa-{code}")]
        for index, project in enumerate(projects):
            if done % _CHECK_EVERY == 0:
                story.append(kit.checkpoint(abort, progress=progress, fraction=done / total,
                                            message=f"PDF: project {done + 1:,} of {total:,}"))
            done += 1
            key = f"project-{done}"  # by position: bookmark keys must be unique even if ids are not
            if compact or not _fits_tables(project):
                # made when laid out, let go once drawn: a large plan's blocks never all exist at once; the
                # first of every few segments the script texts of the next ones (see _compact_project)
                ahead = projects[index:index + _SEGMENTED_AHEAD] if compact and not index % _SEGMENTED_AHEAD else ()
                story.append(kit.deferred(partial(_compact_project, ctx, project, key=key, ahead=ahead)))
            else:
                story += [CondPageBreak(45 * mm), *_project_section(ctx, project, key=key)]
    return story


def plan_pdf_bytes(plan: Plan, reference: ReferenceData, *, signer_name: str, signer_fingerprint: str,
                   generated_at: datetime, abort: threading.Event | None = None,
                   progress: ProgressCallback | None = None) -> bytes:
    """The plan as a PDF report (bytes); deterministic for the same arguments.

    Optional `abort` stops the rendering with ``Cancelled`` (checked every few dozen projects);
    optional `progress` receives ``(fraction of projects laid out, message)``.

    The cyclic collector is paused meanwhile: a large plan's layout makes hundreds of thousands of
    objects, and a full collection started by the objects of the plan just loaded or made (a 1,000-project
    plan's: 0.2 s, a fifth of its PDF) walked every one of them.
    """
    with collector_paused():  # as the export pauses it (see core/collector.py): plan.pdf alone, too
        return _plan_pdf(plan, reference, signer_name=signer_name, signer_fingerprint=signer_fingerprint,
                         generated_at=generated_at, abort=abort, progress=progress)


def _plan_pdf(plan: Plan, reference: ReferenceData, *, signer_name: str, signer_fingerprint: str,
              generated_at: datetime, abort: threading.Event | None,
              progress: ProgressCallback | None) -> bytes:
    ctx = PlanContext(plan, reference)
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
    story = cover(ctx, info)
    story += overview(ctx)
    story += summary(ctx)
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
