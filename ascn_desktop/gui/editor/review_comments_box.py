"""The reviewer's field comments, where the city officer works: answer each, or mark it resolved.

The plan overview shows every comment of the newest review note (with "Go to
field"); the project editor shows the comments on the open project above its
tabs and outlines each commented field with the comment as its tooltip.
Answers and resolved marks are written at once (core.review_comments.answer_comment), on
the background runner in order: a later mark never overtakes an earlier answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.review_comments import Comment, answer_comment
from ascn_desktop.gui.tasks import run_task
from ascn_desktop.store.engine import Store

COMMENT_STYLE = "QFrame#review-comments { background: #fff8e1; border: 1px solid #d8b800; border-radius: 4px; }"
FIELD_OUTLINE = "border: 2px solid #d8b800;"
GoTo = Callable[[Comment], None]


class ReviewCommentsBox(QFrame):
    """Comments of one plan (all, or one project's); hidden when there are none."""

    def __init__(self, store: Store, *, go_to: GoTo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-comments")
        self.setStyleSheet(COMMENT_STYLE)
        self.store = store
        self.go_to = go_to
        self.review_id: int | None = None
        self.comments: list[Comment] = []
        self.answers: dict[str, QLineEdit] = {}
        self.resolved: dict[str, QCheckBox] = {}
        self.title = QLabel()
        self.title.setObjectName("review-comments-title")
        self.title.setStyleSheet("font-weight: 600; border: none;")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        self.hide()

    def show_comments(self, review_id: int | None, comments: list[Comment]) -> None:
        """Comments already read (on the background runner) from review `review_id`."""
        self._clear()
        self.review_id, self.comments = review_id, list(comments)
        if not self.comments:
            self.hide()
            return
        open_count = sum(1 for c in self.comments if not c.resolved)
        self.title.setText(self.tr("Reviewer's comments: {0} open of {1}").format(open_count, len(self.comments))
                           if len(self.comments) != 1 else self.tr("Reviewer's comment"))
        for row, comment in enumerate(self.comments):
            text = QLabel(f"<b>{_escape(comment.about)}</b>: {_escape(comment.text)}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setStyleSheet("border: none;")
            answer = QLineEdit(comment.answer)
            answer.setPlaceholderText(self.tr("Your answer"))
            answer.setAccessibleName(self.tr("Answer to the comment on {0}").format(comment.about))
            answer.setObjectName(f"answer-{comment.id}")
            answer.editingFinished.connect(lambda c=comment, edit=answer: self._answer(c, edit.text()))
            done = QCheckBox(self.tr("Resolved"))
            done.setObjectName(f"resolved-{comment.id}")
            done.setChecked(comment.resolved)
            done.setStyleSheet("border: none;")
            done.toggled.connect(lambda checked, c=comment: self._resolve(c, checked))
            self.grid.addWidget(text, row, 0)
            self.grid.addWidget(answer, row, 1)
            self.grid.addWidget(done, row, 2)
            if self.go_to is not None and (comment.field is not None or comment.project_id is not None):
                go = QPushButton(self.tr("Go to field"))
                go.setObjectName(f"go-{comment.id}")
                go.clicked.connect(lambda _checked=False, c=comment: self._go(c))
                self.grid.addWidget(go, row, 3)
            self.answers[comment.id], self.resolved[comment.id] = answer, done
        self.show()

    def _go(self, comment: Comment) -> None:
        if self.go_to is not None:
            self.go_to(comment)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.answers.clear()
        self.resolved.clear()

    def _answer(self, comment: Comment, text: str) -> None:
        current = next((c for c in self.comments if c.id == comment.id), comment)
        if self.review_id is None or text.strip() == current.answer:
            return
        self._write(comment, answer=text)

    def _resolve(self, comment: Comment, checked: bool) -> None:
        if self.review_id is not None:
            self._write(comment, resolved=checked)

    def _write(self, comment: Comment, *, answer: str | None = None, resolved: bool | None = None) -> None:
        store, review_id = self.store, self.review_id
        assert review_id is not None
        run_task(self, lambda _progress, _abort: answer_comment(store, review_id, comment.id, answer=answer,
                                                                resolved=resolved),
                 quiet=True, in_order=True, on_success=self._written,
                 on_failure=lambda error: self.title.setText(error.message))

    def _written(self, changed: Comment) -> None:
        self.comments = [changed if c.id == changed.id else c for c in self.comments]
        open_count = sum(1 for c in self.comments if not c.resolved)
        if len(self.comments) != 1:
            self.title.setText(self.tr("Reviewer's comments: {0} open of {1}").format(open_count,
                                                                                      len(self.comments)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
