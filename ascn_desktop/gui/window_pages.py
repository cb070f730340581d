"""The main window's pages: the sidebar that lists them and the stack that shows one.

A feature adds a page with a factory (or a built widget). The sidebar lists
every page at once, but a page is built the first time it is shown, or the
first time something asks for it (``page(key)``: a shortcut, a menu item, a
finding that opens the project editor): start-up builds only the first screen,
and a page nobody opens costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from ascn_desktop.gui.icons import icon

PageFactory = Callable[[], QWidget]


def _scrolling() -> QScrollArea:
    """Every page sits in a scroll area: on a 1024x600 screen or at 125 % a page that needs more
    room scrolls inside the window instead of making the window bigger than the screen."""
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it scrolls to the focused field
    holder.setFrameShape(QFrame.Shape.NoFrame)
    return holder


class PageStack:
    """The sidebar (one row per page, in the order added) and the stack of scroll areas beside it."""

    def __init__(self, splitter: QSplitter) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMaximumWidth(240)
        # fit_sidebar makes it as wide as its longest name; a sidebar never scrolls sideways (a name
        # that would not fit is elided, the list view's default, rather than hidden behind a scroll bar)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.splitter = splitter
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1080])
        self._keys: list[str] = []  # row -> key
        self._factories: dict[str, PageFactory] = {}  # pages not built yet
        self._built: dict[str, QWidget] = {}
        self.sidebar.currentRowChanged.connect(self._row_chosen)

    def add(self, key: str, title: str, page: QWidget | PageFactory, *, icon_name: str | None) -> int:
        """List `page` (built now or by its factory when first shown); returns its row."""
        self._keys.append(key)
        if isinstance(page, QWidget):
            self._built[key] = page
        else:
            self._factories[key] = page
        holder = _scrolling()
        if isinstance(page, QWidget):
            holder.setWidget(page)
        self.stack.addWidget(holder)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        if icon_name:
            item.setIcon(icon(icon_name))
        self.sidebar.addItem(item)
        return len(self._keys) - 1

    def has(self, key: str) -> bool:
        """Whether the window lists page `key` (built or not): asks nothing to be built."""
        return key in self._keys

    def page(self, key: str) -> QWidget | None:
        """Page `key`, built now if it was not yet; None if the window does not list it."""
        built = self._built.get(key)
        if built is not None or key not in self._factories:
            return built
        widget = self._factories.pop(key)()
        self._built[key] = widget
        holder = self.stack.widget(self._keys.index(key))
        assert isinstance(holder, QScrollArea)
        holder.setWidget(widget)
        return widget

    def built(self) -> list[QWidget]:
        """The pages built so far (those never shown hold nothing to save or commit)."""
        return list(self._built.values())

    def show(self, key: str) -> None:
        if key in self._keys:
            self.page(key)  # built even when its row is already the current one
            self.sidebar.setCurrentRow(self._keys.index(key))

    def current_key(self) -> str | None:
        row = self.sidebar.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def current(self) -> QWidget | None:
        """The page on screen (not the scroll area that holds it)."""
        key = self.current_key()
        return self._built.get(key) if key is not None else None

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.page(self._keys[row])  # built before it is shown: its showEvent reads its data
        self.stack.setCurrentIndex(row)

    def fit_sidebar(self, window_width: int) -> None:
        """Wide enough for the longest page name ("Monitoring", "Trust registry") at any font size and in
        any script: each row is measured the way the list draws it (icon, app.qss padding and accent bar),
        semi-bold as when it is the chosen page, plus the frame and a scroll bar's room."""
        widest = max((self.row_width(row) for row in range(self.sidebar.count())), default=120)
        margins = self.sidebar.contentsMargins()
        scroll_bar = self.sidebar.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.sidebar)
        width = widest + margins.left() + margins.right() + scroll_bar
        self.sidebar.setMinimumWidth(width)
        self.sidebar.setMaximumWidth(max(width, 240))
        self.splitter.setSizes([width, max(window_width - width, 400)])

    def row_width(self, row: int) -> int:
        """The width row `row` needs to show its name whole when it is the chosen (semi-bold) page."""
        option = QStyleOptionViewItem()
        self.sidebar.initViewItemOption(option)
        option.font = QFont(option.font)
        option.font.setWeight(QFont.Weight.DemiBold)  # the chosen page is drawn semi-bold (app.qss)
        index = self.sidebar.model().index(row, 0)
        return self.sidebar.itemDelegate().sizeHint(option, index).width()
