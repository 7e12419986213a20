"""Render the app icon from its hand-written SVG: ``resources/icons/avhopp.png`` (256×256) and
``resources/icons/avhopp.ico`` (16, 32, 48 and 256 px, each size drawn from the SVG, not scaled
down from the big one).

    python installer/make_icons.py            # writes both files
    python installer/make_icons.py --check    # exit 1 if they no longer match the SVG

Needs PySide6 (QtSvg renders the SVG, offscreen) and Pillow (writes the ICO; it comes with
reportlab). Run it after editing ``resources/icons/avhopp.svg`` and commit the three files.
"""

from __future__ import annotations

import argparse
import io
import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "avhopp.svg"
PNG = ICONS / "avhopp.png"
ICO = ICONS / "avhopp.ico"
PNG_SIZE = 256
ICO_SIZES = (16, 32, 48, 256)
#: Largest difference of one colour channel (0-255) that --check accepts.
PIXEL_TOLERANCE = 12


def render_png(size: int) -> bytes:
    """The SVG drawn at ``size``×``size`` pixels, as PNG bytes (transparent background).

    Qt draws, Pillow encodes: the pixels go over as raw RGBA bytes.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG for QtSvg")
    image = QImage(size, size, QImage.Format.Format_RGBA8888)  # bytes R, G, B, A
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    pixels = Image.frombytes(
        "RGBA", (size, size), bytes(image.constBits()), "raw", "RGBA", image.bytesPerLine()
    )
    out = io.BytesIO()
    pixels.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _ico_entries(data: bytes) -> dict[int, tuple[bytes, bytes]]:
    """An ICO file's images by width: (16-byte directory entry, image data)."""
    count = struct.unpack_from("<H", data, 4)[0]
    entries = {}
    for index in range(count):
        entry = data[6 + 16 * index : 6 + 16 * (index + 1)]
        size, offset = struct.unpack_from("<II", entry, 8)
        entries[entry[0] or 256] = (entry, data[offset : offset + size])
    return entries


def build() -> tuple[bytes, bytes]:
    """The PNG and the ICO, as bytes.

    The ICO holds 16, 32 and 48 px as 32-bit bitmaps and 256 px as PNG, the layout Windows'
    own icons use: every tool that reads icons (Explorer, Inno Setup, PyInstaller, rc.exe)
    takes bitmaps, and PNG keeps the big one small.
    """
    from PIL import Image

    png = render_png(PNG_SIZE)
    layers = [Image.open(io.BytesIO(render_png(size))).convert("RGBA") for size in ICO_SIZES]
    encoded = {}
    for bitmap_format in ("bmp", "png"):
        out = io.BytesIO()
        layers[-1].save(
            out,
            format="ICO",
            sizes=[(s, s) for s in ICO_SIZES],
            append_images=layers[:-1],  # Pillow uses a given image of the right size as it is
            bitmap_format=bitmap_format,
        )
        encoded[bitmap_format] = _ico_entries(out.getvalue())
    chosen = [encoded["png" if size == 256 else "bmp"][size] for size in ICO_SIZES]
    directory, images = b"", b""
    offset = 6 + 16 * len(chosen)
    for entry, image in chosen:
        directory += entry[:8] + struct.pack("<II", len(image), offset + len(images))
        images += image
    ico = struct.pack("<HHH", 0, 1, len(chosen)) + directory + images
    return png, ico


def _images(png: bytes, ico: bytes) -> dict[str, PilImage]:
    """Every picture in the PNG and the ICO, decoded to RGBA, by name."""
    from PIL import IcoImagePlugin, Image

    images: dict[str, PilImage] = {"png": Image.open(io.BytesIO(png)).convert("RGBA")}
    icon = IcoImagePlugin.IcoFile(io.BytesIO(ico))
    for size in ICO_SIZES:
        images[f"ico {size}"] = icon.getimage((size, size)).convert("RGBA")
    return images


def stale_parts(png: bytes, ico: bytes) -> list[str]:
    """The pictures of the committed files that do not match a fresh render of the SVG.

    Compared pixel by pixel with a small tolerance, not byte by byte: another Qt or Pillow
    release may anti-alias or compress a little differently, which is not a stale icon.
    """
    from PIL import ImageChops

    fresh = _images(*build())
    try:
        committed = _images(png, ico)
    except (OSError, ValueError, KeyError, EOFError):
        return ["png", "ico"]
    stale = []
    for name, image in fresh.items():
        other = committed.get(name)
        if other is None or other.size != image.size:
            stale.append(name)
            continue
        extrema = ImageChops.difference(image, other).getextrema()  # per channel (low, high)
        if max(int(channel[1]) for channel in extrema) > PIXEL_TOLERANCE:  # type: ignore[index]
            stale.append(name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_parts(PNG.read_bytes(), ICO.read_bytes())
        if stale:
            print("out of date, run installer/make_icons.py: " + ", ".join(stale))
            return 1
        print("icons match the SVG")
        return 0
    png, ico = build()
    PNG.write_bytes(png)
    ICO.write_bytes(ico)
    print(f"wrote {PNG.relative_to(ROOT)} and {ICO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
