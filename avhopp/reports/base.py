"""What every Avhopp PDF shares: embedded fonts with full Swedish coverage, the house style,
the page furniture (confidentiality banner, printed by / printed at, page x of y), neutral
metadata, and AES-256 password protection of the finished file.

Rendering happens in memory (``io.BytesIO``): no byte of a report touches the disk until the
caller writes the finished document where the user chose (:mod:`avhopp.reports.output`).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

FONT = "AvhoppSans"
FONT_BOLD = "AvhoppSans-Bold"
FONT_ITALIC = "AvhoppSans-Oblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}

#: The house colours (muted, print well in greyscale, enough contrast for body text).
INK = colors.HexColor("#1B2430")
BRAND = colors.HexColor("#1F4E79")
BRAND_LIGHT = colors.HexColor("#DCE6F1")
ACCENT = colors.HexColor("#2E7D6B")
MUTED = colors.HexColor("#5B6573")
RULE = colors.HexColor("#B8C2CC")
ZEBRA = colors.HexColor("#F3F6F9")
WARNING = colors.HexColor("#9C2A2A")
#: Chart series colours, distinguishable in greyscale too.
SERIES = (
    colors.HexColor("#1F4E79"),
    colors.HexColor("#8FB3D9"),
    colors.HexColor("#2E7D6B"),
    colors.HexColor("#A7D3C4"),
    colors.HexColor("#C07A2C"),
    colors.HexColor("#E8C9A1"),
)

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

#: Printed on every page of an individual report (DOMAIN.md §3).
SECRECY_BANNER = "SEKRETESS enligt 26 kap. 1 § OSL"


def fonts_dir() -> Path:
    """``resources/fonts`` beside the packages, or inside a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parent.parent.parent
    return base / "resources" / "fonts"


@cache
def register_fonts() -> None:
    """Register the embedded TrueType fonts once per process (subsets are embedded in each
    PDF, so every viewer shows å, ä, ö, é and § exactly as printed)."""
    folder = fonts_dir()
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every report."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5),
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25, textColor=BRAND
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=11, leading=15, textColor=MUTED, spaceAfter=6
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=17,
            textColor=BRAND,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=True,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=INK,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=True,
        ),
        "note": ParagraphStyle(
            "note", parent=body, fontName=FONT_ITALIC, fontSize=8, leading=10.5, textColor=MUTED
        ),
    }


def escape(text: str) -> str:
    """Text for a reportlab ``Paragraph`` (its markup is XML-like): user text must never be
    read as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class PageFurniture:
    """What is printed around each page's content."""

    #: Left of the header rule, e.g. "Västerås stad · Rådsrapport 2026-01-01 – 2026-06-30".
    header: str
    #: Printed in red above the header on every page when set (individual reports).
    banner: str | None
    #: Footer, left: e.g. "Utskriven av Karin Chef (chef) 2026-11-26 09:14".
    footer: str
    #: "Sida {page} av {pages}" in the report's language.
    page_label: str


def _numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas that holds each page until the end so every page can say "page x of y"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._draw_furniture(total)
                super().showPage()
            super().save()

        def _draw_furniture(self, total: int) -> None:
            width, height = PAGE_SIZE
            self.saveState()
            top = height - 12 * mm
            if furniture.banner:
                self.setFillColor(WARNING)
                self.setFont(FONT_BOLD, 9)
                self.drawString(MARGIN_X, top, furniture.banner)
                self.drawRightString(width - MARGIN_X, top, furniture.banner)
                top -= 5 * mm
            self.setFillColor(MUTED)
            self.setFont(FONT, 8)
            self.drawString(MARGIN_X, top, furniture.header)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 2 * mm, width - MARGIN_X, top - 2 * mm)
            bottom = 10 * mm
            self.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
            self.drawString(MARGIN_X, bottom, furniture.footer)
            self.drawRightString(
                width - MARGIN_X,
                bottom,
                furniture.page_label.format(page=self._pageNumber, pages=total),
            )
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class Metadata:
    """The PDF's document information. Never personal: a title such as "Lägesrapport", no
    names, no case references (DESIGN.md §4: no plaintext personal data in PDF metadata)."""

    title: str
    subject: str
    language: str


def build_pdf(
    story: Sequence[Flowable],
    furniture: PageFurniture,
    metadata: Metadata,
    *,
    on_page: Callable[[int], None] | None = None,
) -> bytes:
    """Lay out ``story`` on A4 pages and return the finished PDF (in memory).

    ``on_page(n)`` is called after each page is laid out (progress for long reports).
    """
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=metadata.title,
        subject=metadata.subject,
        author="",
        creator="Avhopp",
        producer="Avhopp",
        keywords="",
        lang=metadata.language,
    )

    def after_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        if on_page is not None:
            on_page(doc.page)

    document.build(
        list(story),
        onFirstPage=after_page,
        onLaterPages=after_page,
        canvasmaker=_numbered_canvas(furniture),
    )
    return buffer.getvalue()


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The finished PDF protected with ``password`` (AES-256, PDF 2.0 security handler), in
    memory. reportlab's own AES output is unreadable by common viewers, so the finished file
    is encrypted with pypdf instead."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def printed_at_text(moment: datetime) -> str:
    """Local time as printed in footers, to the minute."""
    return f"{moment:%Y-%m-%d %H:%M}"
