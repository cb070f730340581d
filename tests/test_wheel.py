"""The wheel and the sdist carry everything, and the installed wheel works away from the checkout.

Builds both with `python -m build` (no build isolation: the build tools are in
the test environment, so no network is needed), checks that every file of
resources/ and db/ (and every data file inside the package) is in them, then
installs the wheel into a new virtual environment in a temporary folder and
runs `ascn init`, `ascn demo`, `ascn identity create`, `ascn export` and
`ascn-desktop --self-test` from it.

The new environment gets the test environment's site-packages on its path (a
.pth file) so PySide6 and the rest are not installed again; that folder's own
.pth files (the editable install of the checkout) are not run, so the only
`ascn_desktop` it can import is the installed wheel, which the test checks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BUNDLED = ("resources", "db")
PASSPHRASE = "Mưa rơi trên sông Hàn, chín giờ sáng thứ Hai"


def _checkout_files(top: str) -> set[str]:
    """Files under `top` of the checkout (byte-code caches aside), as posix paths relative to the repo."""
    found = set()
    for path in (REPO / top).rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            found.add(path.relative_to(REPO).as_posix())
    return found


def _package_data_files() -> set[str]:
    return {name for name in _checkout_files("ascn_desktop") if not name.endswith(".py")}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    completed = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPO)],
                               capture_output=True, text=True, timeout=600, check=False, cwd=out)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    (wheel,) = out.glob("ascn_desktop-*.whl")
    (sdist,) = out.glob("ascn_desktop-*.tar.gz")
    return wheel, sdist


def test_wheel_holds_every_bundled_and_package_file(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    expected = {f"ascn_desktop/_bundled/{name}" for top in BUNDLED for name in _checkout_files(top)}
    expected |= _package_data_files()
    expected |= {name for name in _checkout_files("ascn_desktop") if name.endswith(".py")}
    assert len(expected) > 100
    assert sorted(expected - names) == []
    assert [name for name in names if "__pycache__" in name or name.endswith(".pyc")] == []


def test_sdist_holds_the_bundled_folders(built: tuple[Path, Path]) -> None:
    _, sdist = built
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    expected = {name for top in BUNDLED for name in _checkout_files(top)} | {"setup.py", "pyproject.toml"}
    assert sorted(expected - names) == []


@pytest.fixture(scope="module")
def installed(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A new virtual environment outside the checkout with the wheel installed; yields its bin folder."""
    wheel, _ = built
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "test-dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    completed = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                                "--no-deps", "--no-index", str(wheel)],
                               capture_output=True, text=True, timeout=300, check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    yield bin_dir


def _run(bin_dir: Path, program: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "ASCN_HOME", "ASCN_DB", "ASCN_DEBUG")}
    env.update(QT_QPA_PLATFORM="offscreen", ASCN_PASSPHRASE=PASSPHRASE, PYTHONUTF8="1")
    suffix = ".exe" if os.name == "nt" else ""
    return subprocess.run([str(bin_dir / f"{program}{suffix}"), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=cwd, timeout=300, check=False)


def test_installed_wheel_runs_from_its_own_files(installed: Path, tmp_path: Path) -> None:
    python = installed / ("python.exe" if os.name == "nt" else "python")
    completed = subprocess.run(
        [str(python), "-c", "import ascn_desktop.core.resources as r; print(r.__file__); "
                            "print(r.resource_path('reference')); print(r.migrations_path())"],
        capture_output=True, text=True, cwd=tmp_path, env={"PATH": os.environ.get("PATH", "")}, check=True)
    module, resources, migrations = (Path(line) for line in completed.stdout.splitlines())
    venv = installed.parent.resolve()
    for path in (module, resources, migrations):
        assert path.resolve().is_relative_to(venv), f"{path} is not inside the installed environment"
        assert not path.resolve().is_relative_to(REPO), f"{path} comes from the checkout"
    assert resources.is_dir() and (migrations / "versions").is_dir()


def test_installed_commands_work_end_to_end(installed: Path, tmp_path: Path) -> None:
    home = tmp_path / "profile Đà Nẵng"
    out = tmp_path / "out"
    out.mkdir()
    steps = [
        ("ascn", "--home", str(home), "init"),
        ("ascn", "--home", str(home), "demo"),
        ("ascn", "--home", str(home), "identity", "create", "--name", "Nguyễn Thị Lan", "--role", "csco",
         "--country", "VNM", "--city", "Da Nang"),
        ("ascn", "--home", str(home), "export", "Da Nang", "--draft", "--out", str(out)),
    ]
    for program, *args in steps:
        completed = _run(installed, program, *args, cwd=tmp_path)
        assert completed.returncode == 0, f"{program} {' '.join(args)}:\n{completed.stdout}\n{completed.stderr}"
        assert "Traceback" not in completed.stderr
    assert len(list(out.glob("*.ascn"))) == 1
    completed = _run(installed, "ascn-desktop", "--self-test", cwd=tmp_path)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    if os.name != "nt":  # a Windows GUI launcher has no stdout: its exit status is the answer
        assert completed.stdout.splitlines()[-1] == "self-test passed"
