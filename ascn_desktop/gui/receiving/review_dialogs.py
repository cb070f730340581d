"""Return… : the reason, field comments, the folder for the signed review note, and the passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Plan
from ascn_desktop.core.plan_diff import field_label
from ascn_desktop.core.review_comments import Comment, Target, comment_targets, make_comment
from ascn_desktop.gui.folder_field import FolderField
from ascn_desktop.gui.signing.passphrase_dialog import PassphraseFields
from ascn_desktop.core.visible_text import visible


class ReturnDialog(QDialog):
    """Collects what `core.review.review_plan(..., "returned", ...)` needs; decides nothing itself."""

    def __init__(self, city_name: str, revision: int, parent: QWidget | None = None, *,
                 settings: QSettings | None = None, plan: Plan | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("return-dialog")
        self.setWindowTitle(self.tr("Return the plan of {0}").format(city_name))
        intro = QLabel(self.tr("Revision {0} of the plan of {1} goes back to the city with your reason. "
                               "A signed review note is saved for you to send them.").format(revision, city_name))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("return-reason")
        self.reason.setTabChangesFocus(True)  # Tab moves on to the folder, as in every other field
        self.reason.setPlaceholderText(self.tr("What the city should change, in a few sentences"))
        self.reason.setAccessibleName(self.tr("Reason for returning the plan"))
        self.folder = FolderField(
            browse_title=self.tr("Folder for the review note"),
            empty_message=self.tr("Choose the folder for the review note."), settings=settings, purpose="review")
        self.folder.edit.setObjectName("note-folder")
        self.folder.edit.setAccessibleName(self.tr("Folder for the review note"))
        # No parent yet: the form adopts it in its place, so Tab reaches it after the folder, not first.
        self.passphrase = PassphraseFields(new=False)
        self._comments: list[Comment] = []
        comments_box = self._comments_box(plan)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        if comments_box is not None:
            form.addRow(self.tr("Comments:"), comments_box)
        form.addRow(self.tr("Save the note in:"), self.folder)
        form.addRow(self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Return plan"))
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setObjectName("return-problem")
        self.problem.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _comments_box(self, plan: Plan | None) -> QWidget | None:
        """Comments on the plan, a project or one field: pick what, write, Add; they travel signed."""
        if plan is None:
            return None
        self.target = QComboBox()
        self.target.setObjectName("comment-target")
        self.target.setAccessibleName(self.tr("What the comment is about"))
        self.target.setMaxVisibleItems(20)
        codes = {project.id: project.code or project.title[:30] for project in plan.projects}
        for target in comment_targets(plan):
            self.target.addItem(self._target_name(target, codes.get(target.project_id or "", "")), target)
        self.comment_text = QLineEdit()
        self.comment_text.setObjectName("comment-text")
        self.comment_text.setPlaceholderText(self.tr("A comment on the chosen field"))
        self.comment_text.setAccessibleName(self.tr("Comment"))
        self.comment_text.returnPressed.connect(self.add_comment)
        add = QPushButton(self.tr("Add &comment"))
        add.setObjectName("add-comment")
        add.clicked.connect(self.add_comment)
        self.comment_list = QListWidget()
        self.comment_list.setObjectName("comment-list")
        self.comment_list.setAccessibleName(self.tr("Comments to send"))
        self.comment_list.setMaximumHeight(110)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("remove-comment")
        remove.clicked.connect(self.remove_comment)
        row = QHBoxLayout()  # the comment has a line of its own: a long field name never squeezes it
        row.addWidget(self.comment_text, 1)
        row.addWidget(add)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.target)
        layout.addLayout(row)
        below = QHBoxLayout()
        below.addWidget(self.comment_list, 1)
        below.addWidget(remove)
        layout.addLayout(below)
        return box

    def _target_name(self, target: Target, project: str) -> str:
        """What the comment is about, in the reviewer's language (the note keeps the target's own `about`)."""
        field = self._field_name(target.field) if target.field else ""
        if target.project_id is None:
            return self.tr("Plan · {0}").format(field) if field else self.tr("Plan")
        return f"{project} · {field}" if field else self.tr("{0} (whole project)").format(project)

    def _field_name(self, name: str) -> str:
        lists = {"milestones": self.tr("Milestones"), "indicators": self.tr("Indicators"),
                 "funding": self.tr("Funding"), "progress_notes": self.tr("Progress notes")}
        return lists.get(name) or field_label(name)

    def add_comment(self) -> None:
        try:
            comment = make_comment(self.target.currentData(), self.comment_text.text())
        except AscnError as error:
            self.problem.setText(error.message)
            return
        self.problem.clear()
        self._comments.append(comment)
        item = QListWidgetItem(f"{self.target.currentText()}: {comment.text}")
        item.setToolTip(comment.text)
        self.comment_list.addItem(item)
        self.comment_text.clear()

    def remove_comment(self) -> None:
        row = self.comment_list.currentRow()
        if 0 <= row < len(self._comments):
            del self._comments[row]
            self.comment_list.takeItem(row)

    def comments(self) -> list[Comment]:
        return list(self._comments)

    def _accept_if_complete(self) -> None:
        if not self.reason_text():
            self.problem.setText(self.tr("Say why the plan is returned; the city will read your reason."))
            return
        try:
            self.folder.folder()
        except AscnError as error:
            self.problem.setText(visible(error.message))
            return
        self.accept()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def note_dir(self) -> Path:
        """The chosen folder (never empty once the dialog was accepted)."""
        return self.folder.folder()

    def passphrase_text(self) -> str:
        return self.passphrase.passphrase()
