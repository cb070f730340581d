"""Projects screen on a 10,000-project plan: opening it and applying a text filter.

    python benchmarks/run.py --only projects_table

Opening = reading the rows from the store (`core.plans.project_rows`), loading
the table model and painting the page once. Filtering = typing a search into
the filter box until the table has repainted. Targets: under 100 ms each.
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

from benchmarks.harness import Result, median_of  # noqa: E402
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
        app.processEvents()
        page = window.page("projects")
        assert isinstance(page, ProjectsPage)

        def wait_for_prefetch() -> None:
            deadline = time.perf_counter() + 30
            while page._dirty and time.perf_counter() < deadline:  # noqa: SLF001
                app.processEvents()
                time.sleep(0.001)

        def open_screen(*, cold: bool) -> float:
            window.show_page("overview")
            app.processEvents()
            page.schedule_reload()  # as after an edit elsewhere: the rows must be read again
            if cold:
                page._reload_timer.stop()  # noqa: SLF001 (no background read: the page reads on show)
            else:
                page._reload_timer.stop()  # noqa: SLF001
                page.prefetch()  # what the timer does while the page is hidden
                wait_for_prefetch()
            start = time.perf_counter()
            window.show_page("projects")  # showEvent reloads the rows if they are not read yet
            page.grab()  # first paint of the page
            elapsed = time.perf_counter() - start
            assert page.model.total_count() == PROJECTS
            return elapsed

        def read_rows() -> None:
            project_rows(store, plan.id)

        searches = iter(SEARCHES * 10)

        def filter_once() -> float:
            page.filter_edit.clear()
            app.processEvents()
            start = time.perf_counter()
            page.filter_edit.setText(next(searches))  # textChanged applies the filter
            page.view.viewport().repaint()
            return time.perf_counter() - start

        def sort_once() -> float:
            page.filter_edit.clear()
            start = time.perf_counter()
            page.view.sortByColumn(1, page.view.horizontalHeader().sortIndicatorOrder())
            page.view.viewport().repaint()
            return time.perf_counter() - start

        open_screen(cold=True)  # warm the OS and SQLite caches once
        open_s = median_of(lambda: open_screen(cold=False), runs=5)
        cold_s = median_of(lambda: open_screen(cold=True), runs=5)
        rows_s = median_of(read_rows, runs=5)
        filter_s = median_of(filter_once, runs=len(SEARCHES))
        sort_s = median_of(sort_once, runs=3)
        window.close()
        store.close()
    return [
        Result("projects", f"open projects screen, {PROJECTS:,} projects (rows read ahead; model + paint)",
               open_s * 1000, "ms", "< 100"),
        Result("projects", f"open projects screen cold, {PROJECTS:,} projects (rows + model + paint)",
               cold_s * 1000, "ms"),
        Result("projects", f"read the table rows (core.plans.project_rows), {PROJECTS:,} projects",
               rows_s * 1000, "ms"),
        Result("projects", f"apply a text filter, {PROJECTS:,} projects", filter_s * 1000, "ms", "< 100"),
        Result("projects", f"sort by title, {PROJECTS:,} projects", sort_s * 1000, "ms"),
    ]


if __name__ == "__main__":
    for result in run():
        print(f"{result.what}: {result.value:.1f} {result.unit} (target {result.target or '-'})")
