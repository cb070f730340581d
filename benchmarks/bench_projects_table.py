"""Projects screen on a 10,000-project plan: opening it and applying a text filter.

    python benchmarks/run.py --only projects_table

Opening = reading the rows from the store (`core.plans.project_rows`), loading
the table model and painting the page once (the rows are read on the
background runner; the figure runs until they are painted). Filtering = typing a search into
the filter box until the table has repainted. Targets: under 100 ms each.

Floors, measured in the same run, alternating with the product (harness.interleaved):
reading the rows = the same SQL (compiled from `project_rows`' query) run with
plain sqlite3, tuples only; opening = a bare QTableView over a minimal
QAbstractTableModel of those tuples, painted once at the page's size; filtering
= a substring test over pre-folded text, the minimal model reset and the view
repainted.
The plan has one milestone and one indicator per project (the row query counts
them; more child rows only make the synthetic data slower to generate).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import QUICK, Result, Sample, in_process, interleaved, timed  # noqa: E402
from benchmarks.synthetic import generate  # noqa: E402

PROJECTS = 10_000
SEARCHES = ("smart lighting", "ha noi", "đà nẵng", "P-0999", "sensor water flood")


def run() -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from ascn_desktop.core.plans import list_plans, project_rows
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.startup import open_profile_store
    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.editor.projects_page import ProjectsPage

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as home:
        store = open_profile_store(resolve_profile(home))
        generate(store, cities=1, projects=PROJECTS, milestones=1, indicators=1)
        plan = list_plans(store)[0]
        window = MainWindow(store, role="csco", city=plan.city)
        window.resize(1280, 800)
        window.show()
        while not window.is_ready():  # its role and reference data are read on the background runner
            app.processEvents()
        deadline = time.perf_counter() + 60
        # Ready is not yet opened: the overview reads the plan on the runner and only then makes it the
        # window's plan. Until it has, the projects page shows no plan (0 rows): the first open of the
        # screen below once raced it and failed in some full quick runs.
        while window.current_plan_id() != plan.id and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        app.processEvents()
        page = window.page("projects")
        assert isinstance(page, ProjectsPage)

        def wait_for_rows() -> None:
            """Until the rows read on the background runner are on screen (the page reads off the GUI thread)."""
            deadline = time.perf_counter() + 60
            while (page.loading or page._dirty) and time.perf_counter() < deadline:  # noqa: SLF001
                app.processEvents()
                time.sleep(0.0005)

        def open_screen(*, cold: bool) -> Sample:
            window.show_page("overview")
            app.processEvents()
            page.reload()
            wait_for_rows()  # no read in flight (a stale one would be dropped and leave the page loading)
            page.schedule_reload()  # as after an edit elsewhere: the rows must be read again
            page._reload_timer.stop()  # noqa: SLF001 (the bench decides when the rows are read)
            if not cold:
                page.reload()  # what the timer does while the page is hidden: the rows are read ahead
                wait_for_rows()
            start, cpu = time.perf_counter(), time.process_time()
            window.show_page("projects")  # showEvent reads the rows if they are not read yet
            wait_for_rows()  # cold: the person waits for the background read
            page.grab()  # first paint of the page with its rows
            sample = Sample(time.perf_counter() - start, time.process_time() - cpu)
            assert page.model.total_count() == PROJECTS, (
                f"the projects page shows {page.model.total_count()} rows: plan {page.plan_id} "
                f"(window's {window.current_plan_id()}), loading {page.loading}, dirty {page._dirty}")  # noqa: SLF001
            return sample

        def read_rows() -> None:
            project_rows(store, plan.id)

        searches = iter(SEARCHES * 10)

        def filter_once() -> Sample:
            page.filter_edit.clear()
            app.processEvents()
            start, cpu = time.perf_counter(), time.process_time()
            page.filter_edit.setText(next(searches))  # textChanged applies the filter
            page.view.viewport().repaint()
            return Sample(time.perf_counter() - start, time.process_time() - cpu)

        def sort_once() -> Sample:
            page.filter_edit.clear()
            start, cpu = time.perf_counter(), time.process_time()
            page.view.sortByColumn(1, page.view.horizontalHeader().sortIndicatorOrder())
            page.view.viewport().repaint()
            return Sample(time.perf_counter() - start, time.process_time() - cpu)

        open_screen(cold=True)  # warm the OS and SQLite caches once
        floor = _Floor(store, plan.id, page.size())
        repeat = 3 if QUICK else 5

        def cold_floor() -> None:
            floor.read()
            floor.open()

        opened = interleaved({"product": lambda: open_screen(cold=False), "floor": lambda: in_process(floor.open)},
                             repeat=repeat)
        cold = interleaved({"product": lambda: open_screen(cold=True), "floor": lambda: in_process(cold_floor)},
                           repeat=repeat)
        rows = interleaved({"product": lambda: in_process(read_rows), "floor": lambda: in_process(floor.read)},
                           repeat=repeat)
        filtered = interleaved({"product": filter_once, "floor": floor.filter_once}, repeat=len(SEARCHES))
        sorted_ = interleaved({"product": sort_once, "floor": floor.sort_once}, repeat=3)
        floor.close()
        window.close()
        store.close()
    bare = "bare QTableView + minimal model of the same tuples, painted"
    return [
        timed("projects", f"open projects screen, {PROJECTS:,} projects (rows read ahead; model + paint)",
              opened["product"], bare, opened["floor"], target="< 100 ms"),
        timed("projects", f"open projects screen cold, {PROJECTS:,} projects (rows + model + paint)",
              cold["product"], "plain sqlite3 SELECT + " + bare, cold["floor"]),
        timed("projects", f"read the table rows (core.plans.project_rows), {PROJECTS:,} projects",
              rows["product"], "the same SQL through plain sqlite3, tuples", rows["floor"]),
        timed("projects", f"apply a text filter, {PROJECTS:,} projects", filtered["product"],
              "substring test over folded text + model reset + repaint", filtered["floor"], target="< 100 ms"),
        timed("projects", f"sort by title, {PROJECTS:,} projects", sorted_["product"],
              "list sort by folded title + model reset + repaint", sorted_["floor"]),
    ]


class _Floor:
    """The least the projects screen could do: plain sqlite3 rows in a bare table view."""

    def __init__(self, store: object, plan_id: int, size: object) -> None:
        import sqlite3

        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView
        from sqlalchemy.dialects import sqlite

        import ascn_desktop.core.plans as plans

        captured: list[object] = []

        class Capture:  # the query project_rows builds, taken from its own code
            def __init__(self, real: object) -> None:
                self.real = real

            def __enter__(self) -> object:
                session = self.real.__enter__()  # type: ignore[attr-defined]
                execute = session.execute

                def spy(query: object, *args: object, **kwargs: object) -> object:
                    captured.append(query)
                    return execute(query, *args, **kwargs)
                session.execute = spy
                return session

            def __exit__(self, *exc: object) -> object:
                return self.real.__exit__(*exc)  # type: ignore[attr-defined]

        read = store.read  # type: ignore[attr-defined]
        store.read = lambda: Capture(read())  # type: ignore[attr-defined]
        try:
            plans.project_rows(store, plan_id)  # type: ignore[arg-type]
        finally:
            store.read = read  # type: ignore[attr-defined]
        self._sql = str(captured[0].compile(dialect=sqlite.dialect(),  # type: ignore[attr-defined]
                                            compile_kwargs={"literal_binds": True}))
        self._database = sqlite3.connect(store.profile.db_path)  # type: ignore[attr-defined]
        self.rows: list[tuple[object, ...]] = []
        self.shown: list[tuple[object, ...]] = []
        floor = self

        class Model(QAbstractTableModel):
            def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
                return 0 if parent.isValid() else len(floor.shown)

            def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
                return 0 if parent.isValid() else 8

            def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
                if role != Qt.ItemDataRole.DisplayRole:
                    return None
                value = floor.shown[index.row()][(2, 3, 4, 5, 6, 8, 14, 15)[index.column()]]
                return "" if value is None else str(value)

        self.model = Model()
        self.view = QTableView()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.resize(size)  # type: ignore[arg-type]
        self.view.setModel(self.model)
        self.view.show()  # a hidden view would not repaint
        self._searches = iter(SEARCHES * 10)
        self.read()

    def read(self) -> None:
        self.rows = self._database.execute(self._sql).fetchall()
        self.folded = [str(row[16] or "") for row in self.rows]

    def open(self) -> None:
        self.model.beginResetModel()
        self.shown = self.rows
        self.model.endResetModel()
        self.view.grab()

    def filter_once(self) -> Sample:
        from PySide6.QtWidgets import QApplication

        from ascn_desktop.core.text import fold

        self.open()  # as the product clears its filter first
        QApplication.processEvents()
        start, cpu = time.perf_counter(), time.process_time()
        needle = fold(next(self._searches))
        self.model.beginResetModel()
        self.shown = [row for row, text in zip(self.rows, self.folded, strict=True) if needle in text]
        self.model.endResetModel()
        self.view.viewport().repaint()
        return Sample(time.perf_counter() - start, time.process_time() - cpu)

    def sort_once(self) -> Sample:
        start, cpu = time.perf_counter(), time.process_time()
        self.model.beginResetModel()
        self.shown = sorted(self.rows, key=lambda row: str(row[3]).casefold())
        self.model.endResetModel()
        self.view.viewport().repaint()
        return Sample(time.perf_counter() - start, time.process_time() - cpu)

    def close(self) -> None:
        self._database.close()


if __name__ == "__main__":
    for result in run():
        print(result)
