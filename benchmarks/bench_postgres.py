"""A shared Secretariat store on PostgreSQL beside the SQLite store, in the same run.

1. Verify + import the same 300 bundles (50 projects each, as bench_import) into a
   SQLite store and into a database of a throwaway PostgreSQL server started here
   (tests/pg_server.py, fsync ON like a real server), alternately, each in a fresh child
   process. The row's floor is the SQLite import, so the ratio says what the server costs.
   The ratio is on wall time: on PostgreSQL part of the work is done by the server's own
   processes, which the importer's CPU time does not count. Their CPU time (read from /proc:
   the postmaster with the children it has reaped, and its live children) is printed beside
   it, and the importer's and the server's CPU together as a ratio to SQLite's: on this shared
   machine wall time swings with the load (each of the ~25 round trips a bundle waits for the
   server to be scheduled), CPU time does not.
2. Two analysts at once: two child processes each import 150 of the bundles into one
   fresh PostgreSQL database at the same moment; afterwards all 300 must be present once
   (300 bundle rows, 300 distinct bundle UUIDs, 300 current plans), or the bench fails.

Skipped (one line on stderr) where PostgreSQL's server programs are not installed.

    python -m benchmarks.bench_postgres
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks.harness import QUICK, Floor, Result, Sample, interleaved, runs  # noqa: E402

BUNDLES = 300


def child(folder: Path, home: Path, db: str) -> dict[str, float]:
    """Import every bundle of `folder` (or the files listed in it) into the store `db`; seconds and outcome counts."""
    from ascn_desktop.core.bundles.bundle_import import import_bundles
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.startup import open_profile_store

    store = open_profile_store(resolve_profile(home, db=db))
    start, cpu_start = time.perf_counter(), time.process_time()
    outcomes = import_bundles(store, [folder])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    store.close()
    statuses = [outcome.status for outcome in outcomes]
    if statuses.count("imported") != len(outcomes):
        refused = next(outcome for outcome in outcomes if outcome.status != "imported")
        raise SystemExit(f"only {statuses.count('imported')} of {len(outcomes)} imported: {refused.message}")
    return {"seconds": seconds, "cpu_seconds": cpu, "bundles": len(outcomes)}


def _copy_trust(source_home: Path, target_db: str, work: Path) -> None:
    """The bundle signers trusted in the SQLite store of bench_import.build_bundles, trusted in `target_db` too."""
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.startup import open_profile_store
    from ascn_desktop.store.models import TrustedKey

    source = open_profile_store(resolve_profile(source_home))
    target = open_profile_store(resolve_profile(work / "trust-copy", db=target_db))
    with source.read() as read, target.transaction() as write:
        for key in read.scalars(_all(TrustedKey)):
            read.expunge(key)
            write.merge(key)
    source.close()
    target.close()


def _all(model: type) -> object:
    from sqlalchemy import select

    return select(model)


def _present_once(db: str, work: Path) -> tuple[int, int, int]:
    from sqlalchemy import func, select

    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.store.engine import open_store
    from ascn_desktop.store.models import ImportedBundle, PlanRow

    store = open_store(resolve_profile(work / "count", db=db), migrate=False)
    with store.read() as session:
        rows = int(session.scalar(select(func.count()).select_from(ImportedBundle)) or 0)
        distinct = int(session.scalar(select(func.count(func.distinct(ImportedBundle.bundle_uuid)))) or 0)
        plans = int(session.scalar(select(func.count()).select_from(PlanRow)
                                   .where(PlanRow.origin == "imported", PlanRow.is_current.is_(True))) or 0)
    store.close()
    return rows, distinct, plans


def server_cpu_seconds(server_folder: Path) -> float | None:
    """CPU seconds used so far by the processes of the throwaway server in `server_folder`, or None where /proc cannot tell.

    The postmaster's own time with that of the children it has reaped (a backend ends, and is
    reaped, when the importer disconnects), plus that of its children still running."""
    import os

    def times(pid: int) -> tuple[int, list[int]]:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[1]), [int(value) for value in fields[11:15]]  # ppid; utime, stime, cutime, cstime

    try:
        postmaster = int((server_folder / "data" / "postmaster.pid").read_text().split()[0])
        _, own = times(postmaster)
        ticks = sum(own)
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    parent, used = times(int(entry.name))
                except (OSError, IndexError, ValueError):
                    continue  # gone meanwhile
                if parent == postmaster:
                    ticks += used[0] + used[1]
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def _child(*argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "benchmarks.bench_postgres", *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)


def _finish(process: subprocess.Popen[str]) -> dict[str, float]:
    out, err = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"bench_postgres child failed: {err.strip()[-2000:]}")
    return dict(json.loads(out))


def run() -> list[Result]:
    import pg_server

    from benchmarks.bench_import import PROJECTS, shared_bundles

    if pg_server.server_programs() is None:
        print(f"bench_postgres skipped: {pg_server.NOT_FOUND}.", file=sys.stderr)
        return []
    count = 60 if QUICK else BUNDLES
    server = pg_server.start_server(durable=True)
    try:
        with tempfile.TemporaryDirectory() as work_text:
            work = Path(work_text)
            folder, built_home = shared_bundles(count)  # the import benchmark's, when it ran before in this run
            home = work / "home"
            shutil.copytree(built_home, home)  # opened below (to copy the trusted keys): ours, not the shared one
            print(f"  bench_postgres: {count} bundles ready; importing into SQLite and PostgreSQL", file=sys.stderr,
                  flush=True)

            def fresh_sqlite() -> tuple[Path, str]:
                target = work / "run-home"
                shutil.rmtree(target, ignore_errors=True)
                shutil.copytree(home, target)  # the trusted keys, an empty store
                return target, f"sqlite:///{target / 'ascn.sqlite'}"

            def fresh_postgres() -> tuple[Path, str]:
                target = work / "pg-home"
                shutil.rmtree(target, ignore_errors=True)
                url = server.url(server.new_database(prefix="ascn_bench"))
                _copy_trust(home, url, work)
                return target, url

            server_cpu: list[float] = []

            def importer(make: object) -> Sample:
                target, url = make()  # type: ignore[operator]
                before = server_cpu_seconds(server.folder) if url.startswith("postgresql") else None
                figures = _finish(_child("--child", str(folder), str(target), url))
                if before is not None:
                    time.sleep(0.2)  # the importer's backend ended with it: let the postmaster reap it
                    after = server_cpu_seconds(server.folder)
                    if after is not None:
                        server_cpu.append(after - before)
                return Sample(figures["seconds"], figures["cpu_seconds"])

            medians = interleaved({"sqlite": lambda: importer(fresh_sqlite),
                                   "postgresql": lambda: importer(fresh_postgres)}, repeat=runs(2, 1))

            # Two analysts, half of the bundles each, released at the same moment.
            print("  bench_postgres: two analysts importing at once", file=sys.stderr, flush=True)
            halves = [work / "half-a", work / "half-b"]
            for n, path in enumerate(sorted(folder.glob("*.ascn"))):
                halves[n % 2].mkdir(exist_ok=True)
                shutil.copy2(path, halves[n % 2] / path.name)
            url = server.url(server.new_database(prefix="ascn_bench_two"))
            _copy_trust(home, url, work)
            started = time.perf_counter()
            processes = [_child("--child", str(half), str(work / f"analyst-{n}"), url)
                         for n, half in enumerate(halves)]
            both = [_finish(process) for process in processes]
            together = time.perf_counter() - started
            rows, distinct, plans = _present_once(url, work)
    finally:
        server.stop()
    if (rows, distinct, plans) != (count, count, count):
        raise RuntimeError(f"two importers of {count // 2} bundles each left {rows} bundle rows, {distinct} distinct "
                           f"bundles and {plans} current plans; all {count} must be present once")
    sqlite, postgres = medians["sqlite"], medians["postgresql"]
    return [
        Result("postgres", f"verify + import {count} bundles x {PROJECTS} projects into PostgreSQL", postgres.wall,
               "s", "<= 2x (wall)", floor=Floor("the same import into SQLite (wall)", sqlite.wall)),
        Result("postgres", f"  importer's own CPU (SQLite: {sqlite.cpu:.1f} s)", postgres.cpu, "s"),
        *([Result("postgres", "  PostgreSQL server's CPU for that import", statistics.median(server_cpu), "s"),
           Result("postgres", "  importer's + server's CPU (CPU only; wall is the target)",
                  postgres.cpu + statistics.median(server_cpu), "s", cpu=postgres.cpu + statistics.median(server_cpu),
                  floor=Floor("the SQLite importer's CPU", sqlite.cpu, sqlite.cpu))] if server_cpu else []),
        Result("postgres", f"two analysts importing {count // 2} bundles each at once (wall, together)", together,
               "s", f"all {count} once"),
        Result("postgres", f"  bundles present afterwards (rows / distinct / current plans: {rows}/{distinct}/{plans})",
               float(rows), "bundles", f"= {count}"),
        Result("postgres", "  slower analyst's own import time", max(f["seconds"] for f in both), "s"),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        print(json.dumps(child(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])))
    else:
        for row in run():
            print(row)
