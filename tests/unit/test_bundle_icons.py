"""The bundle's Windows and macOS icons are drawn from the SVG at build time (packaging/build_bundle.py)."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader

from tests.conftest import PROJECT


def _build_bundle():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_bundle", PROJECT / "packaging" / "build_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _drawn(image: QImage, size: int) -> None:
    assert not image.isNull() and image.width() == image.height() == size
    assert image.pixelColor(size // 2, size // 2).alpha() > 0  # drawn, not blank


def test_the_ico_and_icns_are_drawn_from_the_svg(tmp_path: Path) -> None:
    made = _build_bundle().make_icons(tmp_path)
    reader = QImageReader(str(made["ico"]))
    _drawn(reader.read(), 256)

    # ICNS as macOS reads it: "icns", the whole length, then typed blocks; the 1024 px one (ic10) a PNG.
    # (Qt's own ICNS reader warns about the table of contents its writer makes, so it is read by hand.)
    data = made["icns"].read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    blocks, position = {}, 8
    while position < len(data):
        kind, length = data[position:position + 4], struct.unpack(">I", data[position + 4:position + 8])[0]
        assert length >= 8
        blocks[kind] = data[position + 8:position + length]
        position += length
    assert position == len(data) and b"ic10" in blocks
    _drawn(QImage.fromData(blocks[b"ic10"], "PNG"), 1024)
