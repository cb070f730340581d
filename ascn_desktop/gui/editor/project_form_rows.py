"""The rows of the project editor's General and Budget tabs, built from the field declarations.

Which fields a tab edits, in what order, and with what widget follow core/fields.py: a field's `form`
names its tab, its kind picks the widget (short text: a line; long text: a text block; a code: a list
of its vocabulary; codes and SDGs: check boxes; years: a year box; money: an amount box; a yes/no: a
check box), its limits and `required`/`unique` are what the check refuses, and a field `shown_with`
another shares its row (start and end year; the budget and its currency). What stays here are the
editor's own words, `RowWords`: the row label with its Alt shortcut, the accessible name, and how a
refusal names the field (the undo step says the
declared label, translated). A field without words of its own gets its declared label,
so a new field appears in its tab without an edit here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ascn_desktop.core import limits
from ascn_desktop.core.fields import PROJECT, Field, form_fields
from ascn_desktop.core.i18n import _
from ascn_desktop.core.model import Project
from ascn_desktop.core.project_fields import check_field_text
from ascn_desktop.gui.editor.decimal_edit import DecimalEdit
from ascn_desktop.gui.editor.project_editor_form import fill_combo, select_data, with_message
from ascn_desktop.gui.editor.widgets_fields import FieldMessage, TextBlockEdit, WrappingGrid, YearSpinBox

if TYPE_CHECKING:
    from ascn_desktop.gui.editor.project_editor_form import Section


@dataclass(frozen=True)
class RowWords:
    """The editor's own words for one declared field (translated by the section, `self.tr`)."""

    label: str  # the row's label with its Alt shortcut ("&Code"); "" for a check box, which says `name` itself
    name: str  # the accessible name: what a screen reader, and the status bar's refusal line, call it
    attribute: str  # the section's attribute for the widget (the tests and the editor's focus reach it by it)
    what: str = ""  # how a refusal names it: "The lead agency is too long"
    empty: str = ""  # a list's first item when nothing is chosen
    between: str = ""  # the word between this field and the one shown with it: "2021 to 2022"
    message: str = ""  # the attribute of the message under the row (default: the widget's, `_message`)

    @classmethod
    def of(cls, field: Field) -> RowWords:
        """A field the editor has no words of its own for: its declared label, translated (no Alt shortcut)."""
        label = _(field.label)
        return cls(label, label, f"{field.name}_edit", what=label.lower())


def setter(attribute: str) -> Callable[[Project, Any], None]:
    return lambda project, value: setattr(project, attribute, value)


class FormRows:
    """Builds one tab's rows into `form` and fills them from a project."""

    def __init__(self, section: Section, form: QFormLayout, tab: str, words: Mapping[str, RowWords], *,
                 after: Mapping[str, Sequence[tuple[str, QWidget]]] | None = None) -> None:
        self.section = section
        self.words = {field.name: words.get(field.name) or RowWords.of(field) for field in PROJECT.fields}
        self.widgets: dict[str, QWidget] = {}
        self.fields = form_fields(PROJECT, tab)
        for field in self.fields:
            self._add(form, field)
            for label, widget in (after or {}).get(field.name, ()):
                form.addRow(label, widget)

    # --- building -----------------------------------------------------------------

    def _add(self, form: QFormLayout, field: Field) -> None:
        words = self.words[field.name]
        widget, extra = self._widget(field, words)
        box, message = with_message(widget, *extra)
        self.section.track(message)
        setattr(self.section, self._message_attribute(field), message)
        form.addRow(words.label, box)
        if isinstance(widget, (QLineEdit, TextBlockEdit)) and field.kind == "text":
            self.section.bind_line(widget, message, self._text_check(field, words), setter(field.name),
                                   _(field.label))
        elif isinstance(widget, QComboBox):
            self.section.bind_combo(widget, message, setter(field.name), _(field.label))
        elif isinstance(widget, QCheckBox):
            widget.clicked.connect(lambda on: self.section.accept(message, lambda: bool(on), setter(field.name),
                                                                  _(field.label)))

    def _widget(self, field: Field, words: RowWords) -> tuple[QWidget, list[QWidget]]:
        """The field's widget (set as the section's attribute) and any widget beside it."""
        reference = self.section.editor.reference
        widget: QWidget
        extra: list[QWidget] = []
        if field.kind == "text":
            widget = TextBlockEdit() if (field.max_length or 0) >= limits.TEXT else QLineEdit()
        elif field.kind == "code":
            widget = QComboBox()
            choices = reference.partners if field.vocabulary == "partners" else reference.shown_vocab(field.vocabulary)
            fill_combo(widget, ([(None, words.empty)] if field.nullable else []) + list(choices.items()))
        elif field.kind in ("codes", "goals"):
            widget = self._ticks(field, words)
        elif field.kind == "bool":
            widget = QCheckBox(words.name)
        elif field.kind == "year":
            widget, extra = self._years(field, words), []
        elif field.kind == "money":
            widget = DecimalEdit(currency=field.currency, decimals=reference.currency_decimals.get(field.currency, 2)) \
                if field.currency else DecimalEdit()
            extra = [self._beside(field)]
        else:
            raise ValueError(f"the project editor has no widget for a {field.kind} field ({field.name})")
        if field.kind not in ("codes", "goals", "year"):
            if field.kind != "bool":
                widget.setAccessibleName(words.name)
            setattr(self.section, words.attribute, widget)
        if field.kind != "year":  # the year boxes are recorded by _years
            self.widgets[field.name] = widget
        return widget, extra

    def _ticks(self, field: Field, words: RowWords) -> QWidget:
        """One check box per code of the vocabulary (SDGs: the goal's number before its name)."""
        labels = self.section.editor.reference.shown_vocab(field.vocabulary)
        boxes: dict[Any, QCheckBox] = {}
        codes: list[Any] = list(range(1, 18)) if field.kind == "goals" else list(labels)
        for code in codes:
            label = labels.get(str(code), "")
            check = QCheckBox(f"{code} {label}".strip() if field.kind == "goals" else label)
            if field.kind == "goals":
                check.setToolTip(label)
            check.clicked.connect(lambda _on=False, f=field: self._tick(f))
            boxes[code] = check
        setattr(self.section, words.attribute, boxes)
        return WrappingGrid(list(boxes.values()), max_columns=3)  # wraps on small screens

    def _tick(self, field: Field) -> None:
        boxes: dict[Any, QCheckBox] = getattr(self.section, self.words[field.name].attribute)
        chosen = [code for code, box in boxes.items() if box.isChecked()]
        message: FieldMessage = getattr(self.section, self._message_attribute(field))
        self.section.accept(message, lambda: chosen, setter(field.name), _(field.label))

    def _years(self, field: Field, words: RowWords) -> QWidget:
        """A year box, and the year box of the field shown with it after "to" (start and end year)."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, name in enumerate(filter(None, (field.name, field.shown_with))):
            spin = YearSpinBox()
            spin.setAccessibleName(self.words[name].name)
            setattr(self.section, self.words[name].attribute, spin)
            self.widgets[name] = spin
            if index:
                layout.addWidget(QLabel(words.between))
            layout.addWidget(spin)
        layout.addStretch(1)
        return row

    def _beside(self, field: Field) -> QWidget:
        """What stands right of an amount: its currency's list, or the fixed currency's code."""
        if field.currency:
            return QLabel(field.currency)
        companion = PROJECT[field.shown_with]
        words = self.words[companion.name]
        combo = QComboBox()
        combo.setAccessibleName(words.name)
        reference = self.section.editor.reference
        fill_combo(combo, [(code, f"{code} — {reference.currency_name(code)}")
                           for code in sorted(reference.currency_decimals)])
        setattr(self.section, words.attribute, combo)
        self.widgets[companion.name] = combo
        return combo

    def _message_attribute(self, field: Field) -> str:
        words = self.words[field.name]
        return words.message or words.attribute.rsplit("_", 1)[0] + "_message"

    def _text_check(self, field: Field, words: RowWords) -> Callable[[str], str]:
        editor = self.section.editor
        return lambda text: check_field_text(field, text, what=words.what,
                                             taken=editor.taken_codes() if field.unique else None)

    # --- filling ------------------------------------------------------------------

    def fill(self, project: Project) -> None:
        """Show `project`'s values in every widget of the tab (the money and years are the section's)."""
        for name, widget in self.widgets.items():
            value, kind = getattr(project, name), PROJECT[name].kind
            if kind == "text" and isinstance(widget, QLineEdit):
                widget.setText(value)
                widget.setCursorPosition(0)  # a long text shows its beginning
            elif kind == "text" and isinstance(widget, TextBlockEdit):
                widget.set_text(value)
            elif kind == "code" and isinstance(widget, QComboBox):
                select_data(widget, value)
            elif kind == "bool" and isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif kind in ("codes", "goals"):
                boxes: dict[Any, QCheckBox] = getattr(self.section, self.words[name].attribute)
                for code, box in boxes.items():
                    box.setChecked(code in value)

    def widget(self, name: str) -> QWidget | None:
        """The widget that edits field `name` (a list of check boxes: its first box)."""
        widget = self.widgets.get(name)
        if name in self.words and PROJECT[name].kind in ("codes", "goals"):
            boxes: dict[Any, QCheckBox] = getattr(self.section, self.words[name].attribute)
            return next(iter(boxes.values()), None)
        return widget
