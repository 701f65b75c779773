"""Build Rapport's one-folder bundle with PyInstaller (issue 17): `dist/rapport/rapport` and everything it
needs beside it, no Python to install. Run it with the Python of an environment that holds Rapport and
PyInstaller (the `bundle` extra):

    python3 -m venv .bundle-venv && .bundle-venv/bin/pip install -c requirements.lock '.[bundle]'
    .bundle-venv/bin/python packaging/build_bundle.py [--dist DIR]

The bundle is built for the system it runs on (Linux here; Windows and macOS build their own: README,
"A bundle without Python"). .ci/run builds it and runs tests/packaging/check_bundle.py on it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def make_icons(folder: Path) -> dict[str, Path]:
    """The program's icon as Windows (.ico, 16 to 256 px) and macOS (.icns, up to 1024 px) want it, drawn
    from resources/icons/rapport.svg with Qt's own writers: nothing binary kept in the project, no other
    tool needed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(PROJECT / "resources" / "icons" / "rapport.svg"))
    made: dict[str, Path] = {}
    for suffix, size in (("ico", 256), ("icns", 1024)):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = folder / f"rapport.{suffix}"
        writer = QImageWriter(str(path), suffix.encode())
        if not writer.write(image):
            raise OSError(f"could not write {path}: {writer.errorString()}")
        made[suffix] = path
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=PROJECT / "dist", help="where the bundle goes (dist/)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller.__main__
    except ImportError:
        sys.stderr.write("build_bundle: PyInstaller is not installed here: pip install -c requirements.lock"
                         " '.[bundle]'\n")
        return 2
    os.environ["RAPPORT_PROJECT"] = str(PROJECT)
    with tempfile.TemporaryDirectory(prefix="rapport-bundle-") as work:
        icons = make_icons(Path(work))
        os.environ["RAPPORT_ICO"], os.environ["RAPPORT_ICNS"] = str(icons["ico"]), str(icons["icns"])
        PyInstaller.__main__.run([str(PROJECT / "packaging" / "rapport.spec"), "--noconfirm", "--clean",
                                  "--log-level", "WARN", "--distpath", str(args.dist.resolve()),
                                  "--workpath", work])
    print(f"build_bundle: {args.dist.resolve() / 'rapport'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
