"""Flat tables for the Secretariat's other systems (`ascn export-data`).

Seven tables, each a list of rows with fixed column names documented in
docs/data-export.md (the contract; tests check the two agree): cities, plans,
projects, milestones, indicators (one row per indicator-year), funding and
reviews. Formats:

* ``json``: one file ``ascn-data.json``: ``{"format": "ascn-data", "version": 1,
  "generated_at": ..., "tables": {name: [row objects]}}``;
* ``csv``: one file per table, UTF-8 with a byte-order mark (so Excel on
  Windows opens Vietnamese names correctly; every CSV reader skips it), comma
  separated, CRLF line ends (RFC 4180), header row first;
* ``xlsx``: one workbook ``ascn-data.xlsx``, one sheet per table.

Values: amounts and indicator values are decimal strings ("1500000.00"),
never floats; dates and times are ISO 8601 (UTC, "Z"); booleans are
``true``/``false``; missing values are empty (JSON ``null``). Plans exported
are the current revision of every plan (imported and local: ``origin`` tells
them apart) of every cycle, or of one cycle; imported history revisions with
``--all-revisions``.
"""

from __future__ import annotations

import csv
import io
import json
import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from sqlalchemy import ScalarResult, select
from sqlalchemy.orm import Session

from ascn_desktop.core import fields as declared
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.progress import ProgressCallback, check, no_progress
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.safe_files import FileWriteError, atomic_write, atomic_write_with, describe_os_error
from ascn_desktop.core.spreadsheet_text import csv_field, set_text
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import FundingRow, ImportedBundle, IndicatorRow, IndicatorValueRow, MilestoneRow, PlanRow
from ascn_desktop.store.models import ProjectRow, ReviewRow
from ascn_desktop.core.i18n import _

FORMATS = ("json", "csv", "xlsx")
FORMAT_VERSION = 1

# The contract: table -> column names, in order. docs/data-export.md documents each one.
def _declared(entity: declared.Entity) -> tuple[str, ...]:
    return tuple(f.export.name for f in declared.export_fields(entity) if f.export is not None)


# The contract: table -> column names, in order. docs/data-export.md documents each one. The columns of a
# plan's rows are the declared fields' (core/fields.py), after the keys that place each row.
_ROW_KEYS = ("plan_uuid", "plan_revision")
COLUMNS: dict[str, tuple[str, ...]] = {
    "cities": ("city_code", "city_name", "city_name_en", "country_code", "country_name", "currency", "pilot",
               "city_name_local", "joined_year", "left_year"),
    "plans": ("plan_uuid", "revision", "city_code", "country_code", "cycle", "title", "status", "origin",
              "is_current", "is_sample", "review_status", "review_reason", "signed_at", "imported_at",
              "signer_fingerprint", "updated_at", "project_count"),
    "projects": ("project_uuid", *_ROW_KEYS, "city_code", "position", *_declared(declared.PROJECT)),
    "milestones": ("milestone_uuid", "project_uuid", *_ROW_KEYS, "position", *_declared(declared.MILESTONE)),
    "indicators": ("indicator_uuid", "project_uuid", *_ROW_KEYS, *_declared(declared.INDICATOR),
                   *_declared(declared.INDICATOR_VALUE)),
    "funding": ("funding_uuid", "project_uuid", *_ROW_KEYS, "position", *_declared(declared.FUNDING), "currency"),
    "reviews": ("plan_uuid", "revision", "direction", "status", "reason", "reviewer_name", "reviewer_fingerprint",
                "reviewed_at"),
}

Row = dict[str, Any]


def _stamp(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


_EXPORTED: dict[str, Any] = {
    "money": _decimal, "decimal": _decimal, "bool": bool, "codes": lambda codes: ";".join(codes or []),
    "goals": lambda goals: ";".join(str(n) for n in goals or []),
}


def _fields(entity: declared.Entity, row: Any) -> Row:
    """The data-export columns of `row`'s declared fields (a store row, or None: all empty)."""
    values: Row = {}
    for f in declared.export_fields(entity):
        assert f.export is not None
        value = None if row is None else getattr(row, f.column)
        convert = _EXPORTED.get(f.kind)
        values[f.export.name] = value if convert is None or row is None else convert(value)
    return values


ChildRow = TypeVar("ChildRow", MilestoneRow, IndicatorRow, FundingRow)


def _in_plan_order(session: Session, row: type[ChildRow], in_plans: Any) -> ScalarResult[ChildRow]:
    """The child rows of the chosen plans' projects, by plan, project position and their own position."""
    return session.scalars(select(row).join(ProjectRow, ProjectRow.id == row.project_id).where(in_plans)
                           .order_by(ProjectRow.plan_id, ProjectRow.position, row.position))


# plan id -> (plan uuid, revision, city code); project id -> (project uuid, plan uuid, plan revision, currency)
PlanKeys = dict[int, tuple[str, int, str]]
ProjectKeys = dict[int, tuple[str, str, int, str]]


def collect_tables(store: Store, *, cycle: str | None = None, all_revisions: bool = False) -> dict[str, list[Row]]:
    """The seven tables as lists of dicts (values already in their exported text/int/bool form)."""
    reference = load_reference(store)
    if cycle is not None and cycle not in reference.cycles:
        raise ValidationError(_("There is no planning cycle {cycle}; the cycles are {cycles}.").format(
            cycle=cycle, cycles=', '.join(reference.cycles)))
    tables: dict[str, list[Row]] = {name: [] for name in COLUMNS}
    tables["cities"] = _city_rows(reference)
    with store.read() as session:
        tables["plans"], plan_keys = _plan_rows(session, reference, cycle, all_revisions)
        tables["projects"], projects = _project_rows(session, reference, plan_keys, tables["plans"])
        in_plans = ProjectRow.plan_id.in_(list(plan_keys))
        tables["milestones"] = [
            {"milestone_uuid": m.uuid, **_owner(projects, m.project_id), "position": m.position,
             **_fields(declared.MILESTONE, m)}
            for m in _in_plan_order(session, MilestoneRow, in_plans)]
        tables["indicators"] = _indicator_rows(session, in_plans, projects)
        tables["funding"] = [
            {"funding_uuid": f.uuid, **_owner(projects, f.project_id), "position": f.position,
             **_fields(declared.FUNDING, f), "currency": projects[f.project_id][3]}
            for f in _in_plan_order(session, FundingRow, in_plans)]
        tables["reviews"] = _review_rows(session, {uuid for uuid, _, _ in plan_keys.values()})
    return tables


def _city_rows(reference: ReferenceData) -> list[Row]:
    return [{"city_code": city.code, "city_name": city.name, "city_name_en": city.name_en,
             "country_code": city.country, "country_name": reference.member_states.get(city.country, ""),
             "currency": city.currency, "pilot": city.pilot, "city_name_local": city.name_local,
             "joined_year": city.joined_year, "left_year": city.left_year}
            for city in reference.cities.values()]


def _plan_rows(session: Session, reference: ReferenceData, cycle: str | None,
               all_revisions: bool) -> tuple[list[Row], PlanKeys]:
    """The chosen plans (project_count still 0: _project_rows counts them) and their keys by plan id."""
    query = (select(PlanRow, ImportedBundle.signed_at, ImportedBundle.imported_at, ImportedBundle.signer_fingerprint)
             .outerjoin(ImportedBundle, ImportedBundle.id == PlanRow.bundle_id)
             .order_by(PlanRow.cycle, PlanRow.city, PlanRow.origin, PlanRow.revision, PlanRow.id))
    if cycle is not None:
        query = query.where(PlanRow.cycle == cycle)
    if not all_revisions:
        query = query.where(PlanRow.is_current.is_(True))
    rows: list[Row] = []
    plan_keys: PlanKeys = {}
    for plan, signed_at, imported_at, signer in session.execute(query):
        country = reference.cities[plan.city].country if plan.city in reference.cities else ""
        plan_keys[plan.id] = (plan.uuid, plan.revision, plan.city)
        rows.append({
            "plan_uuid": plan.uuid, "revision": plan.revision, "city_code": plan.city, "country_code": country,
            "cycle": plan.cycle, "title": plan.title, "status": plan.status, "origin": plan.origin,
            "is_current": bool(plan.is_current), "is_sample": bool(plan.is_sample),
            "review_status": plan.review_status, "review_reason": plan.review_reason,
            "signed_at": _stamp(signed_at), "imported_at": _stamp(imported_at), "signer_fingerprint": signer,
            "updated_at": _stamp(plan.updated_at), "project_count": 0})
    return rows, plan_keys


def _project_rows(session: Session, reference: ReferenceData, plan_keys: PlanKeys,
                  plan_rows: list[Row]) -> tuple[list[Row], ProjectKeys]:
    """The chosen plans' projects and their keys by project id; fills each plan row's project_count."""
    rows: list[Row] = []
    projects: ProjectKeys = {}
    counts: Counter[int] = Counter()
    for project in session.scalars(select(ProjectRow).where(ProjectRow.plan_id.in_(list(plan_keys)))
                                   .order_by(ProjectRow.plan_id, ProjectRow.position)):
        uuid, revision, city = plan_keys[project.plan_id]
        city_info = reference.cities.get(city)
        currency = project.currency or (city_info.currency if city_info else "")
        projects[project.id] = (project.uuid, uuid, revision, currency)
        counts[project.plan_id] += 1
        rows.append({
            "project_uuid": project.uuid, "plan_uuid": uuid, "plan_revision": revision, "city_code": city,
            "position": project.position, **_fields(declared.PROJECT, project), "currency": currency})
    for plan_row, plan_id in zip(plan_rows, plan_keys):  # both in the plans' query order
        plan_row["project_count"] = counts[plan_id]
    return rows, projects


def _indicator_rows(session: Session, in_plans: Any, projects: ProjectKeys) -> list[Row]:
    """One row an indicator and year; an indicator without yearly values still gets one (year, target, actual
    empty)."""
    values: dict[int, list[IndicatorValueRow]] = {}
    for value_row in session.scalars(select(IndicatorValueRow).join(IndicatorRow).join(ProjectRow)
                                     .where(in_plans).order_by(IndicatorValueRow.year)):
        values.setdefault(value_row.indicator_id, []).append(value_row)
    rows: list[Row] = []
    for ind in _in_plan_order(session, IndicatorRow, in_plans):
        base = {"indicator_uuid": ind.uuid, **_owner(projects, ind.project_id), **_fields(declared.INDICATOR, ind)}
        year_values: list[IndicatorValueRow | None] = [*values.get(ind.id, [])] or [None]
        rows.extend({**base, **_fields(declared.INDICATOR_VALUE, value)} for value in year_values)
    return rows


def _owner(projects: ProjectKeys, project_id: int) -> Row:
    """The columns that tie a milestone, indicator or funding row to its project and plan."""
    project_uuid, plan_uuid, revision, _currency = projects[project_id]
    return {"project_uuid": project_uuid, "plan_uuid": plan_uuid, "plan_revision": revision}


def _review_rows(session: Session, wanted_plans: set[str]) -> list[Row]:
    return [{"plan_uuid": review.plan_uuid, "revision": review.revision, "direction": review.direction,
             "status": review.status, "reason": review.reason, "reviewer_name": review.reviewer_name,
             "reviewer_fingerprint": review.reviewer_fingerprint, "reviewed_at": _stamp(review.created_at)}
            for review in session.scalars(select(ReviewRow).order_by(ReviewRow.created_at, ReviewRow.id))
            if review.plan_uuid in wanted_plans]


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return csv_field(str(value))  # '=…' from a sender's title must not run in the Secretariat's Excel


def csv_bytes(name: str, rows: list[Row]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS[name])
    for row in rows:
        writer.writerow([_csv_text(row[column]) for column in COLUMNS[name]])
    return buffer.getvalue().encode("utf-8-sig")


def _write_xlsx(tables: dict[str, list[Row]], target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for name, rows in tables.items():
        sheet = workbook.create_sheet(name)
        sheet.append(list(COLUMNS[name]))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for number, row in enumerate(rows, start=2):
            # Text stays text (amounts are decimal strings here too: exact, and the same as CSV/JSON).
            for column, key in enumerate(COLUMNS[name], start=1):
                value = row[key]
                if isinstance(value, bool):
                    value = "true" if value else "false"
                if isinstance(value, str):
                    set_text(sheet.cell(row=number, column=column), value)
                elif value is not None:
                    sheet.cell(row=number, column=column, value=value)
        sheet.freeze_panes = "A2"

    def save(handle: BinaryIO) -> None:
        workbook.save(handle)

    atomic_write_with(target, save)


def export_data(store: Store, *, fmt: str, out_dir: Path, cycle: str | None = None, all_revisions: bool = False,
                progress: ProgressCallback = no_progress, abort: threading.Event | None = None,
                now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> list[Path]:
    """Write the tables in `fmt` into `out_dir` (created if missing); returns the files written."""
    if fmt not in FORMATS:
        raise ValidationError(_("The format must be one of {formats}, not '{fmt}'.").format(
            formats=', '.join(FORMATS), fmt=fmt))
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, out_dir / "data")) from None
    progress(0.1, "Reading the store…")
    tables = collect_tables(store, cycle=cycle, all_revisions=all_revisions)
    check(abort)
    progress(0.6, "Writing the files…")
    written: list[Path] = []
    if fmt == "json":
        target = out_dir / "ascn-data.json"
        document = {"format": "ascn-data", "version": FORMAT_VERSION, "generated_at": _stamp(now()),
                    "columns": {name: list(cols) for name, cols in COLUMNS.items()}, "tables": tables}
        atomic_write(target, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")
        written.append(target)
    elif fmt == "csv":
        for name, rows in tables.items():
            check(abort)
            target = out_dir / f"{name}.csv"
            atomic_write(target, csv_bytes(name, rows))
            written.append(target)
    else:
        target = out_dir / "ascn-data.xlsx"
        _write_xlsx(tables, target)
        written.append(target)
    progress(1.0, "Done")
    return written
