"""The national summary PDF carried in a signed national bundle.

``national_summary_pdf_bytes(summary, *, signer_name, signer_fingerprint, generated_at) -> bytes``
renders a ``NationalSummary`` (core/reports/national_summary.py):

1. cover: country, cycle, number of cities and projects, total budget, date,
   endorsing National Representative; "SAMPLE DATA" if any plan is a sample;
2. the endorsement note (the NR's text);
3. cities: revision, plan status, review status, projects, budgets, the
   signer of each city bundle, with a chart of budget per city;
4. budgets by funding type, per city and for the country, with a pie chart;
5. projects per focus area, per city and for the country, with a bar chart;
6. projects seeking a private-sector partner;
7. the signature block.

Deterministic for the same arguments, like plan.pdf.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ascn_desktop.core.i18n import N_, _, label
from ascn_desktop.core.reports import pdf_kit as kit
from ascn_desktop.core.reports.charts import bar_chart, pie_chart
from ascn_desktop.core.reports.national_summary import NationalSummary
from ascn_desktop.core.reports.pdf_kit import CONTENT_WIDTH, mm

__all__ = ["national_summary_pdf_bytes"]

# English, marked for the catalogue; shown through _() once the language is set.
_REVIEW_LABELS = {"received": N_("Received"), "accepted": N_("Accepted"), "returned": N_("Returned")}
_PLAN_STATUS_LABELS = {"draft": N_("Draft"), "final": N_("Final")}


def _review_text(city: Any) -> str:
    """The review column: a draft the NR accepted reads "Accepted (draft)", never a bare "Accepted"
    next to "Draft" that a reader could take for an accepted final plan."""
    if city.review_status == "accepted" and city.plan_status == "draft":
        return _("Accepted (draft)")
    review = _REVIEW_LABELS.get(city.review_status)
    return _(review) if review else city.review_status or "—"


def _accepted_drafts(summary: NationalSummary) -> int:
    return sum(1 for city in summary.cities if city.review_status == "accepted" and city.plan_status == "draft")


def _money(summary: NationalSummary, amount: Decimal | None, currency: str) -> str:
    return kit.money(amount, currency, decimals=summary.decimals(currency))


def _usd(amount: Decimal | None) -> str:
    """A USD equivalent, or "—" where no project gave one (never a made-up "0.00 USD")."""
    return kit.money(amount, "USD") if amount is not None else "—"


def _country(summary: NationalSummary) -> str:
    return label("member_states", summary.country, summary.country_name)


def _focus_label(summary: NationalSummary, code: str) -> str:
    if not code:
        return _("No focus area")
    return label("focus_areas", code, summary.focus_area_labels.get(code, code))


def _funding_label(summary: NationalSummary, code: str) -> str:
    return label("funding_types", code, summary.funding_type_labels.get(code, code))


def _totals_text(summary: NationalSummary) -> str:
    return "; ".join(_money(summary, amount, code) for code, amount in summary.totals_by_currency().items()) or "—"


def _cover(summary: NationalSummary, info: kit.ReportInfo, signer_name: str) -> list[Flowable]:
    lines = [
        (_("Member state"), f"{_country(summary)} ({summary.country})"),
        (_("Planning cycle"), summary.cycle_label),
        (_("Cities"), str(len(summary.cities))),
        (_("Projects"), kit.number(summary.project_count)),
        (_("Total budget"), _totals_text(summary)),
        (_("Date"), kit.long_date(info.generated_at)),
        (_("Endorsed by"), signer_name or "—"),
    ]
    drafts = _accepted_drafts(summary)
    if drafts:
        lines.insert(3, (_("Accepted as drafts"), _("{0} of {1}").format(drafts, len(summary.cities))))
    note = _("National summary of the smart city action plans of the member state's ASCN cities. The signed "
             "national bundle that carries this report also carries each city's signed bundle, unchanged.")
    return kit.cover_page(info, lines=lines, note=note)


def _endorsement(summary: NationalSummary) -> list[Flowable]:
    st = kit.styles()
    story: list[Flowable] = [kit.heading(_("Endorsement"), level=0, key="endorsement")]
    text = summary.endorsement_note.strip()
    if not text:
        return [*story, kit.paragraph(kit.esc(_("No endorsement note was written.")), st.small)]
    return story + [kit.paragraph(kit.esc(part.strip()), st.body) for part in text.split("\n\n") if part.strip()]


def _cities(summary: NationalSummary) -> list[Flowable]:
    st = kit.styles()
    story: list[Flowable] = [CondPageBreak(60 * mm), kit.heading(_("Cities"), level=0, key="cities")]
    if not summary.cities:
        return [*story, kit.paragraph(kit.esc(_("No city plans are included.")), st.body)]
    rows: list[list[str]] = []
    for city in summary.cities:
        status = _PLAN_STATUS_LABELS.get(city.plan_status)
        rows.append([city.city_name, str(city.revision), _(status) if status else city.plan_status,
                     _review_text(city), kit.number(city.project_count),
                     _money(summary, city.total_budget, city.currency), _usd(city.total_budget_usd)])
    totals = "\n".join(_money(summary, amount, code) for code, amount in summary.totals_by_currency().items())
    rows.append([_("Total"), "", "", "", kit.number(summary.project_count), totals, _usd(summary.total_usd())])
    header = [_("City"), _("Rev."), _("Plan"), _("Review"), _("Projects"), _("Budget"), _("USD equivalent")]
    story.append(kit.data_table(header, rows, col_widths=kit.column_widths(header, rows, total_row=True),
                                numeric_columns={1, 4, 5, 6}, total_row=True))
    if _accepted_drafts(summary):
        story.append(kit.paragraph(kit.esc(_("Accepted (draft): the city sent this plan as a draft (not marked final, "
                                             "or with readiness errors) and it was accepted as it is.")), st.small))
    if any(city.total_budget_usd is None for city in summary.cities):
        story.append(kit.paragraph(kit.esc(_("A dash (—) in the USD column: none of that city's projects gave a USD equivalent.")),
                                   st.small))
    # The fingerprint is what a reader compares by phone: its column is sized to hold it on one line.
    signers = [[city.city_name, city.signer_name or "—", city.signer_fingerprint or "—",
                kit.utc_stamp(city.received_at) if city.received_at else "—"] for city in summary.cities]
    signer_header = [_("City"), _("Signed by"), _("Key fingerprint"), _("Received")]
    story += [Spacer(1, 3 * mm), kit.heading(_("City bundles and their signers"), level=1, key="signers",
                                             outline=False),
              kit.data_table(signer_header, signers, col_widths=kit.column_widths(signer_header, signers))]
    currencies = {city.currency for city in summary.cities}
    if len(currencies) == 1:
        code = next(iter(currencies))
        story += [Spacer(1, 5 * mm), bar_chart(
            [(city.city_name, city.total_budget) for city in summary.cities],
            title=_("Budget per city ({0})").format(code), value_text=lambda value: _money(summary, value, code))]
    else:
        story += [Spacer(1, 5 * mm), bar_chart(
            [(city.city_name, city.total_budget_usd) for city in summary.cities
             if city.total_budget_usd is not None],
            title=_("Budget per city (USD equivalent)"), value_text=lambda value: kit.money(value, "USD"))]
    return story


def _codes_in_use(known: Iterable[str], per_city: Iterable[Mapping[str, object]]) -> list[str]:
    """The codes any city's breakdown uses: the reference's codes in its order, then any others sorted."""
    order = list(known)
    used = {code for breakdown in per_city for code in breakdown}
    return [code for code in order if code in used] + sorted(used - set(order))


def _funding(summary: NationalSummary) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(80 * mm),
                             kit.heading(_("Budgets by funding type"), level=0, key="funding")]
    codes = _codes_in_use(summary.funding_type_labels, [city.budget_by_funding_type for city in summary.cities])
    if not codes:
        return [*story, kit.paragraph(kit.esc(_("No funding sources are recorded.")), kit.styles().body)]
    # One row per funding type and one column per city (plus the country's total when the cities
    # share a currency), three columns to a table, keeps any number of cities readable.
    by_currency: dict[str, dict[str, Decimal]] = {}
    for city in summary.cities:
        totals = by_currency.setdefault(city.currency, {})
        for code, amount in city.budget_by_funding_type.items():
            totals[code] = totals.get(code, Decimal(0)) + amount
    columns: list[tuple[str, list[str]]] = [
        (city.city_name, [_money(summary, city.budget_by_funding_type.get(code), city.currency) or "—"
                          for code in codes]) for city in summary.cities]
    if len(by_currency) == 1:
        currency, totals = next(iter(by_currency.items()))
        columns.append((_("{0} total").format(_country(summary)),
                        [_money(summary, totals.get(code, Decimal(0)), currency) for code in codes]))
    labels = [_funding_label(summary, code) for code in codes]
    width = (CONTENT_WIDTH - 45 * mm) / 3
    for start in range(0, len(columns), 3):
        chunk = columns[start:start + 3]
        rows = [[label_text, *[values[index] for _, values in chunk]] for index, label_text in enumerate(labels)]
        story += [kit.data_table([_("Funding type"), *[header for header, _ in chunk]], rows,
                                 col_widths=[45 * mm, *[width] * len(chunk)],
                                 numeric_columns=range(1, 1 + len(chunk))), Spacer(1, 3 * mm)]
    for currency, totals in by_currency.items():
        items = [(_funding_label(summary, code), totals.get(code, Decimal(0))) for code in codes]

        def value_text(value: Decimal, currency: str = currency) -> str:  # default binds this loop's currency
            return _money(summary, value, currency)

        story += [Spacer(1, 3 * mm), pie_chart(
            items, title=_("{0}: budget by funding type ({1})").format(_country(summary), currency),
            value_text=value_text)]
    return story


def _focus_areas(summary: NationalSummary) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(80 * mm),
                             kit.heading(_("Projects by focus area"), level=0, key="focus")]
    codes = _codes_in_use(summary.focus_area_labels, [city.projects_by_focus_area for city in summary.cities])
    if "" in codes:  # projects without a focus area: their row comes last
        codes.remove("")
        codes.append("")
    if not codes:
        return [*story, kit.paragraph(kit.esc(_("No projects.")), kit.styles().body)]
    labels = {code: _focus_label(summary, code) for code in codes}
    cities = summary.cities
    rows: list[list[Any]] = []
    national: list[tuple[str, Decimal]] = []
    for code in codes:
        counts = [city.projects_by_focus_area.get(code, 0) for city in cities]
        rows.append([labels[code], *[str(count) for count in counts], str(sum(counts))])
        national.append((labels[code], Decimal(sum(counts))))
    rows.append([_("Total"), *[str(city.project_count) for city in cities], str(summary.project_count)])
    city_width = min(28 * mm, (CONTENT_WIDTH - 65 * mm) / max(len(cities), 1))
    story.append(kit.data_table([_("Focus area"), *[city.city_name for city in cities], _("Total")], rows,
                                col_widths=[45 * mm, *[city_width] * len(cities), 20 * mm],
                                numeric_columns=range(1, len(cities) + 2), total_row=True,
                                font_size=8 if len(cities) <= 5 else 6.5))
    story += [Spacer(1, 5 * mm), bar_chart(national, title=_("{0}: projects per focus area").format(_country(summary)))]
    return story


def _private_partners(summary: NationalSummary) -> list[Flowable]:
    st = kit.styles()
    story: list[Flowable] = [CondPageBreak(60 * mm),
                             kit.heading(_("Projects seeking a private-sector partner"), level=0, key="private")]
    projects = summary.private_partner_projects
    if not projects:
        return [*story, kit.paragraph(kit.esc(_("No project seeks a private-sector partner.")), st.body)]
    story.append(kit.paragraph(kit.esc(_("{0} projects seek a private-sector solution provider.").format(
        kit.number(len(projects)))), st.body))
    rows = [[p.city_name, f"{p.project_code} · {p.title}" if p.project_code else p.title,
             _focus_label(summary, p.focus_area) if p.focus_area else "—", p.need or "—",
             _money(summary, p.budget, p.currency) or "—"] for p in projects]
    header = [_("City"), _("Project"), _("Focus area"), _("Sought for"), _("Budget")]
    story.append(kit.data_table(header, rows, col_widths=kit.column_widths(header, rows), numeric_columns={4}))
    return story


def national_summary_pdf_bytes(summary: NationalSummary, *, signer_name: str, signer_fingerprint: str,
                               generated_at: datetime) -> bytes:
    """The national summary as a PDF report (bytes); deterministic for the same arguments."""
    country = _country(summary)
    info = kit.ReportInfo(
        title=_("National summary of ASCN action plans — {0}").format(country), author=signer_name or "ASCN Desktop",
        subject=_("ASCN national summary, {0} ({1}), {2}").format(country, summary.country, summary.cycle_label),
        keywords=f"ASCN, national summary, {summary.country}, {summary.cycle}",
        generated_at=generated_at, header=f"{country} · {summary.cycle_label}",
        footer=_("National summary — {0} — endorsed by {1}").format(country, signer_name or "—"),
        sample=summary.is_sample)
    story = _cover(summary, info, signer_name)
    story += _endorsement(summary)
    story += _cities(summary)
    story += _funding(summary)
    story += _focus_areas(summary)
    story += _private_partners(summary)
    statement = _("This summary is a member of a signed national bundle; the Ed25519 signature of the "
                  "bundle's manifest by the key above covers this file and each carried city bundle "
                  "(check with 'ascn verify').")
    story += kit.signature_block(
        signer_name=signer_name, signer_fingerprint=signer_fingerprint, generated_at=generated_at,
        statement=statement)
    return kit.build_pdf(story, info)
