"""The shared harness: result rows with their floors, interleaved timing, CPU and memory.

Every timed figure is printed beside its *floor*: the least work that produces
the same output (a bare Qt window, the cryptography and SQLite calls an import
cannot avoid, openpyxl and reportlab writing the same content minimally). The
product and its floor are measured in the same run, alternating, so that a
busy moment of this shared machine falls on both; each is given as CPU time
(stable within about ±10 % here) and wall time (which swings several-fold), and
the ratio is taken on CPU time.
"""

from __future__ import annotations

import atexit
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

QUICK = os.environ.get("ASCN_BENCH_QUICK") == "1"  # `run.py --quick`: fewer runs and smaller inputs
SHARED = "ASCN_BENCH_SHARED"  # a folder for inputs built once per run of run.py (see `shared`)


@dataclass(frozen=True)
class Sample:
    wall: float  # seconds
    cpu: float  # seconds of CPU (user + system) of the process doing the work


@dataclass(frozen=True)
class Floor:
    what: str
    value: float  # wall, in the result's unit
    cpu: float | None = None


@dataclass(frozen=True)
class Result:
    group: str
    what: str
    value: float  # wall time for timed rows, else the figure itself
    unit: str
    target: str = ""
    cpu: float | None = None  # CPU time, in the same unit as value
    floor: Floor | None = None

    @property
    def ratio(self) -> float | None:
        """Product over floor, on CPU time where both have it (wall time otherwise)."""
        if self.floor is None:
            return None
        if self.cpu is not None and self.floor.cpu:
            return self.cpu / self.floor.cpu
        return self.value / self.floor.value if self.floor.value else None


def runs(normal: int, quick: int = 1) -> int:
    return quick if QUICK else normal


def in_process(action: Callable[[], object]) -> Sample:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return Sample(time.perf_counter() - wall, time.process_time() - cpu)


def command(argv: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None) -> Sample:
    """Wall and CPU time of a child process (its own CPU, from the kernel's accounting of children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    subprocess.run(list(argv), check=True, capture_output=True, cwd=cwd, env=env)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return Sample(wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))


def interleaved(actions: dict[str, Callable[[], Sample]], *, repeat: int) -> dict[str, Sample]:
    """Median wall and CPU of each action, run in turn (A, B, A, B, ...) `repeat` times."""
    samples: dict[str, list[Sample]] = {name: [] for name in actions}
    for _ in range(repeat):
        for name, action in actions.items():
            samples[name].append(action())
    return {name: Sample(statistics.median(s.wall for s in got), statistics.median(s.cpu for s in got))
            for name, got in samples.items()}


def timed(group: str, what: str, sample: Sample, floor_what: str, floor: Sample, *, target: str = "",
          scale: float = 1000.0, unit: str = "ms") -> Result:
    """A timed row beside its floor (milliseconds unless told)."""
    return Result(group, what, sample.wall * scale, unit, target, cpu=sample.cpu * scale,
                  floor=Floor(floor_what, floor.wall * scale, floor.cpu * scale))


def peak_memory_mib() -> float:
    """This process's own peak resident memory.

    Read from /proc/self/status (VmHWM), which starts afresh at exec; the
    rusage maximum of a child started by subprocess also counts the memory of
    the parent it was forked from, which is how an importer peaking at 115 MiB
    was once reported at 377 MiB.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median_of(action: Callable[[], float | None], *, runs: int = 5) -> float:
    """Median seconds of `action` over `runs` runs (an action may return its own measured seconds)."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        measured = action()
        samples.append(measured if measured is not None else time.perf_counter() - start)
    return statistics.median(samples)


def shared(name: str, build: Callable[[Path], object]) -> Path:
    """The folder `name` holding an input that several benchmarks use (the signed bundles of the import
    and the PostgreSQL benchmarks), built by `build(folder)` the first time it is asked for in a run.

    Inputs live in the run's folder (run.py makes one per run and removes it at the end); a benchmark
    run on its own gets a folder of its own. Whoever uses one copies what it changes: the folder is
    read-only by agreement, so a second benchmark finds it as the first was given it.
    """
    root = os.environ.get(SHARED)
    if root is None:
        root = tempfile.mkdtemp(prefix="ascn-bench-")
        os.environ[SHARED] = root
        atexit.register(shutil.rmtree, root, ignore_errors=True)
    folder = Path(root) / name
    if not folder.exists():
        building = Path(root) / f"{name}.building"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir()
        build(building)
        building.rename(folder)  # only a complete input is ever found
    return folder
