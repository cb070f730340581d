"""The one build step pyproject.toml cannot say: ship resources/ and db/ inside the package.

Both folders live at the top of the repository, where a newcomer looks for them,
and the app finds them there when it runs from a checkout. A wheel can only
install files under its packages, so `build_py` copies them to
``ascn_desktop/_bundled/resources`` and ``ascn_desktop/_bundled/db``, where
``ascn_desktop/core/resources.py`` finds them in an installed wheel (and
``sys._MEIPASS`` in the frozen folder). The sdist carries them through
MANIFEST.in, so a wheel built from the sdist gets them too.
``tests/test_wheel.py`` fails if any file of either folder is missing from the wheel.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED_FOLDERS = ("resources", "db")
BUNDLED_PACKAGE = Path("ascn_desktop") / "_bundled"


def bundled_files(root: Path) -> list[Path]:
    """Every file of the bundled folders, relative to `root`; byte-code caches are left out."""
    files = []
    for folder in BUNDLED_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
                files.append(path.relative_to(root))
    return files


class BuildPyWithBundledFolders(build_py):
    """`build_py`, then the bundled folders copied into the build tree."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the checkout, which has the folders already
        for relative in bundled_files(ROOT):
            target = Path(self.build_lib) / BUNDLED_PACKAGE / relative
            self.mkpath(str(target.parent))
            self.copy_file(str(ROOT / relative), str(target), preserve_mode=False)


setup(cmdclass={"build_py": BuildPyWithBundledFolders})
