"""The Excel import as the CLI and the GUI run it: preview first, then apply in one transaction.

`preview_workbook_import` reads the workbook onto the city's local plan and
compares (nothing is written); `apply_workbook` writes the new content in one
transaction, refusing while any cell error remains. `write_template` writes the
Excel template of a city's plan (or an empty one) through an atomic file write.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from ascn_desktop.core import limits
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.i18n import _
from ascn_desktop.core.model import Plan
from ascn_desktop.core.plan_diff import PlanDiff, diff_plans
from ascn_desktop.core.plans import find_plan_id, get_plan, list_plans, save_plan
from ascn_desktop.core.plans_replace import replace_plan_content
from ascn_desktop.core.progress import ProgressCallback, no_progress
from ascn_desktop.core.reference import CityInfo, ReferenceData, load_reference
from ascn_desktop.core.safe_files import atomic_write
from ascn_desktop.core.workbook.reader import WorkbookReadResult, read_plan_workbook
from ascn_desktop.core.workbook.writer import plan_workbook_bytes
from ascn_desktop.core.zawgyi import convert_texts, zawgyi_texts
from ascn_desktop.store.engine import Store


@dataclass
class WorkbookImportPreview:
    """What importing a workbook would do; `ready` when it has no errors and changes something."""

    path: Path
    plan_id: int | None  # None: the city has no plan of its own yet; applying creates it
    base: Plan
    result: WorkbookReadResult
    diff: PlanDiff

    @property
    def ready(self) -> bool:
        return self.result.ok and not self.diff.is_empty and not self.zawgyi

    @cached_property
    def zawgyi(self) -> list[str]:
        """The fields of the imported plan holding Burmese in the Zawgyi encoding ("projects 2 › title")."""
        return zawgyi_texts(self.result.plan)

    def with_unicode(self) -> WorkbookImportPreview:
        """The same import with every Zawgyi text converted to Unicode (the store holds Unicode only)."""
        plan = convert_texts(self.result.plan)
        return WorkbookImportPreview(self.path, self.plan_id, self.base, replace(self.result, plan=plan),
                                     diff_plans(self.base, plan))

    def to_dict(self) -> dict[str, object]:
        return {
            "file": str(self.path), "plan_id": self.plan_id, "city": self.base.city, "cycle": self.base.cycle,
            "errors": [{"sheet": e.sheet, "cell": e.cell, "column": e.column, "found": e.found, "expected": e.expected,
                        "message": str(e)} for e in self.result.errors],
            "notices": list(self.result.notices),
            "zawgyi": list(self.zawgyi),
            "changes": self.diff.to_dict(),
        }


def own_plan(store: Store, plan_id: int) -> Plan:
    """The plan `plan_id` when it is the city's own (local) plan: received plans are reviewed, not filled in."""
    if plan_id not in {summary.id for summary in list_plans(store, origin="local", current_only=False)}:
        raise ValidationError(_("This is a plan received from another city; only your city's own plan can be "
                                "filled in from Excel."))
    return get_plan(store, plan_id)


def preview_workbook_import(store: Store, path: Path, *, plan_id: int, reference: ReferenceData | None = None,
                            progress: ProgressCallback = no_progress,
                            abort: threading.Event | None = None) -> WorkbookImportPreview:
    """What importing the workbook at `path` into the city's own plan `plan_id` would change (nothing written)."""
    reference = reference or load_reference(store)
    base = own_plan(store, plan_id)
    result = read_plan_workbook(path, reference=reference, base_plan=base, progress=progress, abort=abort)
    return WorkbookImportPreview(Path(path), plan_id, base, result, diff_plans(base, result.plan))


def apply_workbook(store: Store, plan_id: int, new_plan: Plan, *, previous: Plan | None = None,
                   by: str = "") -> None:
    """Replace the plan's content with `new_plan` (one transaction); `previous` = the plan it was compared with."""
    replace_plan_content(store, plan_id, new_plan, previous=previous, by=by)


def preview_new_plan_import(store: Store, path: Path, *, city: CityInfo, reference: ReferenceData,
                            cycle: str | None = None, progress: ProgressCallback = no_progress,
                            abort: threading.Event | None = None) -> WorkbookImportPreview:
    """For a city without a plan of its own: the plan the workbook describes, created when applied."""
    base = template_plan(store, city, reference, cycle=cycle)
    result = read_plan_workbook(path, reference=reference, base_plan=base, progress=progress, abort=abort)
    return WorkbookImportPreview(Path(path), None, base, result, diff_plans(base, result.plan))


def apply_preview(store: Store, preview: WorkbookImportPreview, *, by: str = "") -> int:
    """Apply a preview without errors (one transaction); returns the plan's id.

    The one way an Excel import reaches the store, for `ascn import-xlsx` and the import window alike:
    every guard is here, so neither front end can skip one.
    """
    if not preview.result.ok:
        count = len(preview.result.errors)
        message = (_("The workbook has a problem; fix it and import again. Nothing was changed.") if count == 1
                   else _("The workbook has {errors} problems; fix them and import again. Nothing was changed.").format(
                       errors=count))
        raise ValidationError(message, details=[str(e) for e in preview.result.errors])
    if preview.zawgyi:
        raise ValidationError(_("{0} texts in the workbook look like Burmese typed in the Zawgyi encoding; convert "
                                "them to Unicode (ascn import-xlsx --convert-zawgyi, or Convert to Unicode in the "
                                "import window) and import again. Nothing was changed.").format(len(preview.zawgyi)),
                              details=list(preview.zawgyi))
    beyond = next(limits.plan_problems(preview.result.plan), None)  # e.g. a text that grew when converted
    if beyond is not None:
        raise ValidationError(_("{0} Shorten it in the workbook and import again. Nothing was changed.").format(
            beyond.sentence()))
    store.backup(label="before-import")  # checked first: a damaged store is refused before anything is written
    if preview.plan_id is None:
        if find_plan_id(store, preview.base.city, preview.base.cycle, origin="local") is not None:
            raise ValidationError(_("The city got a plan of its own since the preview; import the workbook again."))
        return save_plan(store, replace(preview.result.plan, updated_by=by or preview.result.plan.updated_by))
    apply_workbook(store, preview.plan_id, preview.result.plan, previous=preview.base, by=by)
    return preview.plan_id


def undo_workbook_import(store: Store, preview: WorkbookImportPreview) -> None:
    """Put back the plan the import replaced (Edit › Undo of an applied import; one transaction)."""
    if preview.plan_id is None:
        raise ValidationError(_("An import that created the plan cannot be undone; delete the plan instead."))
    replace_plan_content(store, preview.plan_id, preview.base)


def redo_workbook_import(store: Store, preview: WorkbookImportPreview) -> None:
    """Apply an undone import again (Edit › Redo): the guards passed when it was first applied."""
    if preview.plan_id is None:
        raise ValidationError(_("An import that created the plan cannot be redone; import the workbook again."))
    replace_plan_content(store, preview.plan_id, preview.result.plan)


def template_plan(store: Store, city: CityInfo, reference: ReferenceData, *, cycle: str | None = None) -> Plan:
    """The city's local plan, or (if it has none yet) a blank plan header for its current cycle."""
    plan_id = find_plan_id(store, city.code, cycle, origin="local")
    if plan_id is not None:
        return get_plan(store, plan_id)
    from datetime import date

    chosen = cycle or reference.current_cycle(date.today().year).code
    return Plan(city=city.code, cycle=chosen, title=f"Smart city action plan {chosen}")


def write_template(target: Path, plan: Plan, reference: ReferenceData, *, empty: bool = False) -> None:
    atomic_write(Path(target), plan_workbook_bytes(plan, reference, template=True, empty=empty))
