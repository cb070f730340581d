"""The application icon for each system, made from resources/icons/app.svg at build time.

    python -m installer.app_icons OUT_DIR

writes ``ascn.png`` (512 px, Linux), ``ascn.ico`` (Windows: 16-256 px) and
``ascn.icns`` (macOS: 16-1024 px) into OUT_DIR. Qt draws the SVG at every size
(so small sizes are drawn small, not scaled down from a big picture), Pillow
(already installed: reportlab needs it) writes the two container formats.
build_installer.spec runs this in a separate process, so PyInstaller's own
process never loads Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
_APPLICATION: object = None  # the QGuiApplication made when run as a program; kept for the process


def render(svg: Path, size: int) -> Image.Image:
    """The SVG drawn at `size` x `size` pixels, transparent around it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    global _APPLICATION
    if QGuiApplication.instance() is None:  # run as a program: Qt needs an application to draw
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APPLICATION = QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"app_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_RGBA8888)  # byte order R, G, B, A: Pillow's "RGBA"
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()), "raw", "RGBA", image.bytesPerLine())


def build_icons(out_dir: Path, *, svg: Path = SOURCE) -> dict[str, Path]:
    """Write ascn.png, ascn.ico and ascn.icns into `out_dir`; returns them by extension."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pictures = {size: render(svg, size) for size in sorted({*ICO_SIZES, *ICNS_SIZES})}
    largest = pictures[max(pictures)]
    written = {"png": out_dir / "ascn.png", "ico": out_dir / "ascn.ico", "icns": out_dir / "ascn.icns"}
    pictures[512].save(written["png"])
    # Pillow takes each size from the pictures appended (drawn at that size), else scales the first.
    pictures[256].save(written["ico"], sizes=[(s, s) for s in ICO_SIZES],
                       append_images=[pictures[s] for s in ICO_SIZES if s != 256])
    largest.save(written["icns"], append_images=[pictures[s] for s in ICNS_SIZES if s != max(pictures)])
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m installer.app_icons OUT_DIR", file=sys.stderr)
        return 2
    for path in build_icons(Path(argv[0])).values():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
