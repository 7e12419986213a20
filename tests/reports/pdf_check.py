"""Helpers for the report tests: read a PDF back (text, rows, metadata) and render its pages
with pdftoppm. Fixtures that a test module imports (``from pdf_check import pdf_text``): not a
``conftest.py``, whose module name would shadow tests/gui/conftest.py for the GUI tests that
import helpers from it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

PdfText = Callable[..., list[str]]
TableRow = Callable[[list[str], str], list[str]]
RenderPngs = Callable[[bytes], list[Path]]


def _normalise(text: str) -> str:
    """Non-breaking spaces (thousands separators) read back as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def pdf_text() -> PdfText:
    """``pdf_text(data, layout=False)``: the text of each page. With ``layout=True`` pypdf
    keeps each table row on one line, its cells apart by runs of spaces."""

    def read(data: bytes, *, layout: bool = False) -> list[str]:
        reader = PdfReader(io.BytesIO(data))
        mode = "layout" if layout else "plain"
        return [_normalise(page.extract_text(extraction_mode=mode)) for page in reader.pages]

    return read


@pytest.fixture
def table_row() -> TableRow:
    """``table_row(lines, label)``: the cells after ``label`` on the one line of ``lines``
    (layout text) that starts with it; fails when there is none or more than one."""

    def row(lines: list[str], label: str) -> list[str]:
        label = _normalise(label)
        found = [
            line.strip()
            for line in lines
            if line.strip().startswith(label)
            and (
                len(line.strip()) == len(label) or line.strip()[len(label) : len(label) + 2] == "  "
            )
        ]
        assert len(found) == 1, f"{label!r}: {len(found)} rows found"
        rest = found[0][len(label) :].strip()
        return [cell for cell in re.split(r"\s{2,}", rest) if cell]

    return row


@pytest.fixture
def render_pngs(tmp_path: Path) -> RenderPngs:
    """``render_pngs(data)``: every page rendered by pdftoppm at 60 dpi; asserts a clean run
    (exit code 0, nothing on stderr) and one non-blank PNG per page."""

    def render(data: bytes) -> list[Path]:
        binary = shutil.which("pdftoppm")
        assert binary is not None, "poppler-utils (pdftoppm) is not installed"
        pdf = tmp_path / "report.pdf"
        pdf.write_bytes(data)
        prefix = tmp_path / "page"
        done = subprocess.run(
            [binary, "-r", "60", "-png", str(pdf), str(prefix)],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr.strip() == ""
        pages = sorted(tmp_path.glob("page-*.png"))
        assert len(pages) == len(PdfReader(io.BytesIO(data)).pages)
        for page in pages:
            with Image.open(page) as image:
                low, high = image.convert("L").getextrema()
                assert low < 128 < high, f"{page.name} is blank"
        return pages

    return render
