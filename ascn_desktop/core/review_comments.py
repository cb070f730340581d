"""Field-by-field review comments: on the plan, on one project, or on a single field.

A reviewer returning a plan attaches comments; the signed review note carries
them (docs/bundle-format.md, "Field comments"); the city officer sees each
one next to its field, answers it or marks it resolved; when the next
revision arrives, the reviewer's comparison says which comments were
addressed (the field, project or plan they point at changed).

A comment is a plain dict in the note and in the store (``reviews.comments``):
``{"id", "project_id", "field", "about", "text"}``; the city's copy adds
``"answer"`` and ``"resolved"``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from ascn_desktop.core.errors import NotFoundError, ValidationError
from ascn_desktop.core.model import Plan, new_id
from ascn_desktop.core.plan_diff import FIELD_LABELS, PLAN_FIELDS, PROJECT_FIELDS, PlanDiff, diff_plans
from ascn_desktop.core.plans import get_plan
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ReviewRow
from ascn_desktop.core.i18n import _

MAX_COMMENTS = 1000
MAX_COMMENT = 2000
MAX_ANSWER = 2000
COMMENT_KEYS = ("id", "project_id", "field", "about", "text")
# The fields a comment may name: the plan's own and a project's (codes as in plan.json).
PLAN_COMMENT_FIELDS = PLAN_FIELDS
PROJECT_COMMENT_FIELDS = PROJECT_FIELDS + ("milestones", "indicators", "funding", "progress_notes")


@dataclass(frozen=True)
class Comment:
    id: str
    project_id: str | None  # None: about the plan
    field: str | None  # None: about the whole plan / project
    about: str  # what a person reads: "Plan", "Plan · Vision", "DN-02 · Budget"
    text: str
    answer: str = ""
    resolved: bool = False

    def as_note(self) -> dict[str, Any]:
        """The comment as the review note carries it."""
        return {"id": self.id, "project_id": self.project_id, "field": self.field, "about": self.about,
                "text": self.text}

    def as_stored(self) -> dict[str, Any]:
        return {**self.as_note(), "answer": self.answer, "resolved": self.resolved}


@dataclass(frozen=True)
class Target:
    """Something a reviewer can comment on."""

    project_id: str | None
    field: str | None
    about: str


def comment_targets(plan: Plan) -> list[Target]:
    """The plan, its fields, each project and each project's fields, in reading order."""
    targets = [Target(None, None, "Plan")]
    targets += [Target(None, name, f"Plan · {FIELD_LABELS.get(name, name)}") for name in PLAN_COMMENT_FIELDS]
    for project in plan.projects:
        label = project.code or project.title[:30]
        targets.append(Target(project.id, None, f"{label} (whole project)"))
        targets += [Target(project.id, name, f"{label} · {_field_label(name)}") for name in PROJECT_COMMENT_FIELDS]
    return targets


def _field_label(name: str) -> str:
    extra = {"milestones": "Milestones", "indicators": "Indicators", "funding": "Funding",
             "progress_notes": "Progress notes"}
    return extra.get(name) or FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def make_comment(target: Target, text: str) -> Comment:
    text = text.strip()
    if not text:
        raise ValidationError(_("Write the comment before adding it."))
    if len(text) > MAX_COMMENT:
        raise ValidationError(_("A comment is too long; keep it under {max_comment:,} characters.").format(
            max_comment=MAX_COMMENT))
    return Comment(id=new_id(), project_id=target.project_id, field=target.field, about=target.about, text=text)


def check_comments(comments: list[Comment], plan: Plan) -> None:
    """Comments name fields and projects of the reviewed plan (never a project it does not have)."""
    if len(comments) > MAX_COMMENTS:
        raise ValidationError(_("A review note carries at most {max_comments:,} comments.").format(
            max_comments=MAX_COMMENTS))
    projects = {project.id for project in plan.projects}
    for comment in comments:
        if comment.project_id is not None and comment.project_id not in projects:
            raise ValidationError(_("The comment on {about} names a project this plan does not have.").format(
                about=comment.about))
        allowed = PROJECT_COMMENT_FIELDS if comment.project_id is not None else PLAN_COMMENT_FIELDS
        if comment.field is not None and comment.field not in allowed:
            raise ValidationError(_("The comment on {about} names a field the plan does not have.").format(
                about=comment.about))


def comments_from_note(entries: Any) -> list[Comment]:
    """The comments of a verified review note (anything not shaped like a comment was refused before)."""
    found = []
    for entry in entries or []:
        if not isinstance(entry, dict) or set(entry) != set(COMMENT_KEYS):
            raise ValidationError(_("The review note has a comment that is not shaped as the format says."))
        if not all(entry[key] is None or isinstance(entry[key], str) for key in COMMENT_KEYS) \
                or not isinstance(entry["id"], str) or not isinstance(entry["text"], str) \
                or len(entry["text"]) > MAX_COMMENT or len(str(entry["about"] or "")) > 300:
            raise ValidationError(_("The review note has a comment that is not shaped as the format says."))
        found.append(Comment(id=entry["id"], project_id=entry["project_id"], field=entry["field"],
                             about=entry["about"] or "", text=entry["text"]))
    return found


def _from_stored(entry: dict[str, Any]) -> Comment:
    return Comment(id=str(entry.get("id", "")), project_id=entry.get("project_id"), field=entry.get("field"),
                   about=str(entry.get("about", "")), text=str(entry.get("text", "")),
                   answer=str(entry.get("answer") or ""), resolved=bool(entry.get("resolved")))


# --- the city's side ----------------------------------------------------------------


def open_comments(store: Store, plan_uuid: str) -> tuple[int | None, list[Comment]]:
    """The comments of the newest review note received about a local plan: (its review id, comments)."""
    with store.read() as session:
        row = session.scalars(select(ReviewRow).where(ReviewRow.plan_uuid == plan_uuid,
                                                      ReviewRow.direction == "received")
                              .order_by(ReviewRow.created_at.desc(), ReviewRow.id.desc())).first()
        if row is None:
            return None, []
        return row.id, [_from_stored(entry) for entry in row.comments or []]


def answer_comment(store: Store, review_id: int, comment_id: str, *, answer: str | None = None,
                   resolved: bool | None = None) -> Comment:
    """Record the officer's answer to a comment, or that they resolved it."""
    if answer is not None and len(answer) > MAX_ANSWER:
        raise ValidationError(_("The answer is too long; keep it under {max_answer:,} characters.").format(
            max_answer=MAX_ANSWER))
    with store.transaction() as session:
        row = session.get(ReviewRow, review_id)
        comments = [_from_stored(entry) for entry in (row.comments or [])] if row is not None else []
        found = next((c for c in comments if c.id == comment_id), None)
        if row is None or found is None:
            raise NotFoundError(_("That review comment is no longer in this store."))
        changed = replace(found, answer=found.answer if answer is None else answer.strip(),
                          resolved=found.resolved if resolved is None else resolved)
        row.comments = [changed.as_stored() if c.id == comment_id else c.as_stored() for c in comments]
        return changed


# --- the reviewer's side --------------------------------------------------------------


def comments_given(store: Store, plan_uuid: str, revision: int) -> list[Comment]:
    """The comments this profile sent with its decision on a revision (newest decision)."""
    with store.read() as session:
        row = session.scalars(select(ReviewRow).where(
            ReviewRow.plan_uuid == plan_uuid, ReviewRow.revision == revision, ReviewRow.direction == "given",
            ReviewRow.status == "returned").order_by(ReviewRow.created_at.desc(), ReviewRow.id.desc())).first()
        return [_from_stored(entry) for entry in (row.comments or [])] if row is not None else []


def addressed(comment: Comment, diff: PlanDiff) -> bool:
    """Whether the next revision changed what the comment points at (its field, project, or the plan)."""
    if comment.project_id is None:
        if comment.field is None:
            return not diff.is_empty
        return any(change.field == comment.field for change in diff.plan_changes)
    rows = [row for row in diff.rows if row.project_id == comment.project_id]
    if comment.field is None:
        return bool(rows)
    children = {"milestones": "milestone", "indicators": "indicator", "funding": "funding",
                "progress_notes": "progress_note"}
    if comment.field in children:
        return any(row.kind == children[comment.field] for row in rows)
    return any(row.kind == "project" and (row.action != "changed" or
                                         any(change.field == comment.field for change in row.changes))
               for row in rows)


@dataclass(frozen=True)
class RevisionComparison:
    """Compare revisions…: what changed, and which comments sent with the older revision the newer addressed."""

    diff: PlanDiff
    comments: list[tuple[Comment, bool]]  # (comment, addressed)


def compare_revisions(store: Store, old_id: int, new_id: int) -> RevisionComparison:
    old, new = get_plan(store, old_id), get_plan(store, new_id)
    diff = diff_plans(old, new)
    return RevisionComparison(diff, [(comment, addressed(comment, diff))
                                     for comment in comments_given(store, old.uuid, old.revision)])


def comment_from_text(plan: Plan, text: str) -> Comment:
    """`ascn review --comment`: "plan: …", "plan.vision: …", "DN-02: …" or "DN-02.budget: …"."""
    where, separator, words = text.partition(":")
    if not separator or not words.strip():
        raise ValidationError(_("Write a comment as WHERE: TEXT (e.g. \"DN-02.budget: Show the national share\"), "
                              "not “{text}”.").format(text=text[:60]))
    code, _dot, field_text = where.strip().partition(".")
    field = field_text.strip() or None
    if code.strip().lower() == "plan":
        if field is not None and field not in PLAN_COMMENT_FIELDS:
            raise ValidationError(_("The plan has no field “{field}”; use one of {plan_comment_fields}.").format(
                field=field, plan_comment_fields=', '.join(PLAN_COMMENT_FIELDS)))
        about = "Plan" if field is None else f"Plan · {FIELD_LABELS.get(field, field)}"
        return make_comment(Target(None, field, about), words)
    project = next((p for p in plan.projects if p.code.strip().lower() == code.strip().lower()), None)
    if project is None:
        raise ValidationError(_("The plan has no project with the code “{code}”; "
                              "write plan or a project code before the colon.").format(code=code.strip()[:40]))
    if field is not None and field not in PROJECT_COMMENT_FIELDS:
        raise ValidationError(_("A project has no field “{field}”; use one of {project_comment_fields}.").format(
            field=field, project_comment_fields=', '.join(PROJECT_COMMENT_FIELDS)))
    label = project.code
    about = f"{label} (whole project)" if field is None else f"{label} · {_field_label(field)}"
    return make_comment(Target(project.id, field, about), words)


def latest_received_review(store: Store, plan_uuid: str) -> ReviewRow | None:
    """The newest review note received about a local plan (what the plan overview shows).

    Here, with the comments, not in core/review.py: the overview reads it at every start, and review.py
    loads the signing stack (cryptography) for the decisions the overview never makes.
    """
    with store.read() as session:
        row = session.scalars(select(ReviewRow).where(ReviewRow.plan_uuid == plan_uuid,
                                                      ReviewRow.direction == "received")
                              .order_by(ReviewRow.created_at.desc(), ReviewRow.id.desc())).first()
        if row is not None:
            session.expunge(row)
        return row
