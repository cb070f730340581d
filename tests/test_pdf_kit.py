"""The shared PDF kit and charts: fonts, number formats, wrapping, tables, LineBlock, charts."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from ascn_desktop.core.reports import charts
from ascn_desktop.core.reports import pdf_kit as kit
from ascn_desktop.core.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts

WHEN = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def test_fonts_register_once_and_cover_vietnamese() -> None:
    register_fonts()
    register_fonts()  # idempotent
    names = pdfmetrics.getRegisteredFontNames()
    assert {FONT, FONT_BOLD, FONT_ITALIC} <= set(names)
    font = pdfmetrics.getFont(FONT)
    for char in "Hà Nội Đà Nẵng Hồ Chí Minh ₫–…·":
        assert ord(char) in font.face.charWidths or char == " ", char


def test_number_and_money_are_exact() -> None:
    assert kit.number(Decimal("1200.00")) == "1,200"
    assert kit.number(Decimal("12.50")) == "12.5"
    assert kit.number(Decimal("1E+3")) == "1,000"
    assert kit.number(7) == "7" and kit.number(None) == ""
    assert kit.money(Decimal("12345678901234.00"), "VND", decimals=0) == "12,345,678,901,234 VND"
    assert kit.money(Decimal("0.1") + Decimal("0.2"), "USD") == "0.30 USD"
    assert kit.long_date(WHEN) == "26 November 2026"
    assert kit.utc_stamp(datetime(2026, 1, 2, 3, 4)) == "2026-01-02 03:04 UTC"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc Đà Nẵng Hồ· "), max_size=120),
       st.floats(min_value=30, max_value=300))
def test_wrap_text_keeps_every_word_and_fits(text: str, width: float) -> None:
    lines = kit.wrap_text(text, width)
    assert " ".join(" ".join(lines).split()) == " ".join(text.split())
    for line in lines:
        assert pdfmetrics.stringWidth(line, FONT, 7.5) <= width or " " not in line.strip()


def test_fit_text_shortens_with_ellipsis() -> None:
    long = "Hệ thống cảnh báo sớm lũ lụt " * 5
    fitted = kit.fit_text(long, 100)
    assert fitted.endswith("…") and pdfmetrics.stringWidth(fitted, FONT, 7.5) <= 100
    assert kit.fit_text("Đà Nẵng", 100) == "Đà Nẵng"


def test_charts_take_decimals_and_handle_empty_input() -> None:
    items = [("Built Infrastructure", Decimal("12345678901234")), ("Civic and Social", Decimal("0")),
             ("Quality Environment", Decimal("-5"))]
    bar = charts.bar_chart(items, title="Budget", value_text=lambda v: kit.money(v, "VND", decimals=0))
    texts = [getattr(node, "text", "") for node in bar.contents]
    assert "12,345,678,901,234 VND" in texts and "Budget" in texts
    assert bar.height > 3 * 15
    pie = charts.pie_chart(items, title="Share")
    legend = [getattr(node, "text", "") for node in pie.contents]
    assert any(text.startswith("Built Infrastructure — 12,345,678,901,234 (100.0%)") for text in legend)
    zeros = [("Civic and Social", Decimal(0)), ("Built Infrastructure", Decimal(0))]
    for empty in (charts.bar_chart([]), charts.pie_chart([]), charts.bar_chart(zeros, title="Projects"),
                  charts.pie_chart(zeros, title="Funding by type")):
        # Nothing to draw: one line says so, with no empty box (a blank pie or bars) below the title.
        assert "No data yet." in [getattr(node, "text", "") for node in empty.contents]
        assert empty.height <= 35


@pytest.mark.skipif(shutil.which("pdftotext") is None,
                    reason="poppler-utils (pdftotext) is not installed: apt-get install poppler-utils")
def test_kit_document_tables_lineblock_and_page_numbers(tmp_path: Path) -> None:
    info = kit.ReportInfo(title="Kit check Hà Nội", author="Lê Thị B", subject="kit", generated_at=WHEN,
                          header="Header Đà Nẵng", footer="Footer Hồ Chí Minh")
    story = kit.cover_page(info, lines=[("City", "Hà Nội")])
    story.append(kit.heading("Tables", level=0, key="tables"))
    rows = [[f"Row {n}", kit.cell("wrapped <text> & more " * 3), kit.number(Decimal(n * 1000))]
            for n in range(120)]
    story.append(kit.data_table(["Name", "Note", "Value"], rows, col_widths=[30 * kit.mm, 90 * kit.mm,
                                                                           30 * kit.mm], numeric_columns={2}))
    block = kit.LineBlock(bookmark=("blk", "Block Đà Nẵng", 1))
    block.row([(0, "Left cell"), (kit.CONTENT_WIDTH, "Right cell", "R")], bold=True, band=kit.ZEBRA)
    block.paragraph("Lorem ipsum Hồ Chí Minh " * 40)
    story.append(block)
    story.append(Paragraph("End.", kit.styles().body))
    story += kit.signature_block(signer_name="Lê Thị B", signer_fingerprint="AAAA BBBB", generated_at=WHEN)
    pdf = kit.build_pdf(story, info)
    path = tmp_path / "kit.pdf"
    path.write_bytes(pdf)
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    pages = text.count("Footer Hồ Chí Minh")
    assert pages >= 3  # 120 rows span pages; the cover has no footer
    assert f"Page 2 of {pages + 1}" in text and f"Page {pages + 1} of {pages + 1}" in text
    assert text.count("Name Note Value") >= 2  # header row repeated on the next page
    assert "wrapped <text> & more" in text and "Right cell" in text and "AAAA BBBB" in text
    assert "Header Đà Nẵng" in text and "Row 119" in text
    assert kit.build_pdf(story[:0] + [Paragraph("x", kit.styles().body)], info, cover=False).startswith(b"%PDF")


def test_pages_waiting_compressed_give_the_same_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long report's pages wait for "Page X of Y" compressed: the file is the same byte for byte."""
    info = kit.ReportInfo(title="Wait", author="A", subject="s", generated_at=WHEN, footer="Footer")

    def story() -> list[object]:
        block = kit.LineBlock()
        for n in range(400):
            block.row([(0, f"Row {n} Hà Nội"), (kit.CONTENT_WIDTH, kit.number(Decimal(n)), "R")])
        return [*kit.cover_page(info, lines=[("City", "Hà Nội")]), block]

    as_text = kit.build_pdf(story(), info)  # type: ignore[arg-type]
    monkeypatch.setattr(kit._NumberedCanvas, "_PAGES_KEPT_AS_TEXT", 1)
    assert kit.build_pdf(story(), info) == as_text  # type: ignore[arg-type]


def test_installer_keeps_the_modules_reportlab_needs() -> None:
    """reportlab imports PIL.Image at module level: a frozen app without Pillow cannot write any PDF."""
    import ast

    spec = Path(__file__).resolve().parents[1] / "build_installer.spec"
    if not spec.exists():
        pytest.skip("no installer spec in this checkout")
    excluded: set[str] = set()  # every string in an assignment to a name ending in EXCLUDES
    for node in ast.walk(ast.parse(spec.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id.endswith("EXCLUDES")
                                                for t in node.targets):
            excluded |= {c.value for c in ast.walk(node.value)
                         if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    assert excluded, "the spec's *_EXCLUDES lists were not found"
    utils = Path(__import__("reportlab.lib.utils", fromlist=["x"]).__file__).read_text(encoding="utf-8")
    assert "\nfrom PIL import Image" in utils  # still unconditional in this reportlab
    assert "PIL" not in excluded and "_rl_accel" not in excluded


def test_chart_labels_in_thai_use_the_fallback_font() -> None:
    bar = charts.bar_chart([("กรุงเทพมหานคร Bangkok", Decimal(5))], title="งบประมาณ")
    fonts = {(node.text, node.fontName) for node in bar.contents if hasattr(node, "text")}
    assert ("กรุงเทพมหานคร", "NotoSansThai") in fonts and (" Bangkok", FONT) in fonts
    assert ("งบประมาณ", "NotoSansThai-Bold") in fonts


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="abcdefghij KLMN-/,.0123456789Đà", min_size=0, max_size=80),
       width=st.floats(min_value=12, max_value=200))
def test_fit_lines_never_exceeds_the_width_and_keeps_every_character(text: str, width: float) -> None:
    fitted = kit.fit_lines(text, width, size=7.5)
    for line in fitted.split("\n"):
        assert pdfmetrics.stringWidth(line, FONT, 7.5) <= max(width, 7.5) + 0.01, (line, width)
    assert fitted.replace("\n", "").replace(" ", "") == text.replace(" ", "")


def _drawn_cells(table: object) -> list[tuple[int, int, str]]:
    return [(r, c, value) for r, row in enumerate(table._cellvalues)  # type: ignore[attr-defined]
            for c, value in enumerate(row) if isinstance(value, str)]


def test_table_cells_never_run_into_the_next_column() -> None:
    """Reportlab draws a plain string cell as it is, past its column: "CountryCity",
    "3,527,763,256.71Milestones overdue", a fingerprint over the date. The kit fits each one."""
    header = ["Country", "City", "Key fingerprint", "Received"]
    rows = [["BRN", "Bandar Seri Begawan", "9F3A 51C2 7B44 E0D1 8A6C 22F9 03BE 7D15 4C88 A913", "2026-12-07 01:00 UTC"],
            ["KHM", "Phnom Penh", "K7QX-M2PA-9D4R-TB6W-3HZN-Y5CE-VJ8F-L2GS", "2026-12-07 01:00 UTC"]]
    widths = [11 * kit.mm, 22 * kit.mm, 40 * kit.mm, 22 * kit.mm]
    table = kit.data_table(header, rows, col_widths=widths, font_size=7)
    for r, c, value in _drawn_cells(table):
        font = FONT_BOLD if r == 0 else FONT
        for line in value.split("\n"):
            assert pdfmetrics.stringWidth(line, font, 7) <= widths[c] - 6 + 0.01, (r, c, line)
    pairs = kit.key_value_table([("Total budget, USD (where given)", "3,527,763,256.71"),
                                 ("Milestones overdue", "126")], col_widths=[40 * kit.mm, 20 * kit.mm] * 2)
    for _r, c, value in _drawn_cells(pairs):
        font = FONT_BOLD if c % 2 == 0 else FONT
        assert all(pdfmetrics.stringWidth(line, font, 8) <= [40, 20][c % 2] * kit.mm - 6 + 0.01
                   for line in value.split("\n")), value


def test_column_widths_fit_the_page_and_wrap_titles_before_codes() -> None:
    header = ["Country", "City", "Code", "Project", "Budget, USD"]
    rows = [["BRN", "Bandar Seri Begawan", "BSB-01", "Pemantauan kutipan sisa pepejal " * 3, "13,333,333.33"]]
    widths = kit.column_widths(header, rows, font_size=7)
    assert abs(sum(widths) - kit.CONTENT_WIDTH) < 0.5
    for column, text in enumerate(["Country", "Begawan", "BSB-01", "Pemantauan", "13,333,333.33"]):
        assert widths[column] >= pdfmetrics.stringWidth(text, FONT_BOLD if column == 0 else FONT, 7) + 6
    # Only the long title wraps: the short columns keep their whole text on one line.
    assert widths[1] >= pdfmetrics.stringWidth("Bandar Seri Begawan", FONT, 7) + 6


def test_a_wrapping_cell_prints_in_the_size_of_its_table() -> None:
    wrapped = kit.cell("Pemantauan kutipan sisa pepejal", size=7)
    assert isinstance(wrapped, Paragraph) and wrapped.style.fontSize == 7
    assert kit.cell("x").style.fontSize == 8  # type: ignore[attr-defined]


def test_a_number_written_again_in_another_language_is_written_that_language_s_way() -> None:
    from ascn_desktop.core.i18n import set_language

    try:
        set_language("en")
        assert kit.number(Decimal("1200.5")) == "1,200.5"
        set_language("vi")  # one process, an English PDF then a Vietnamese one: the remembered text must not leak
        assert kit.number(Decimal("1200.5")) == "1.200,5"
    finally:
        set_language("en")


def test_a_right_aligned_number_keeps_its_distance_from_a_date_in_the_next_column() -> None:
    from ascn_desktop.core.reports.pdf_basics import CELL_PADDING
    kit.styles()  # registers the fonts the table measures with
    table = kit.data_table(["Rev.", "Latest signed"], [["2", "2026-12-07"]], col_widths=(20 * kit.mm, 30 * kit.mm),
                           numeric_columns={0})
    number, date = table._cellStyles[1]
    assert number.alignment == "RIGHT" and number.rightPadding == CELL_PADDING and number.leftPadding == 0
    assert date.leftPadding + number.rightPadding > CELL_PADDING  # wider than the gap between two text columns
    assert number.leftPadding + number.rightPadding == CELL_PADDING  # the widths kit.column_widths counted


@pytest.mark.skipif(shutil.which("pdftotext") is None,
                    reason="poppler-utils (pdftotext) is not installed: apt-get install poppler-utils")
def test_the_page_headers_sample_mark_is_in_the_readers_language(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from ascn_desktop.core import i18n
    monkeypatch.setattr(i18n, "_speaking", ("km", {(None, "SAMPLE DATA"): "ទិន្នន័យគំរូ"}))
    info = kit.ReportInfo(title="Kit", author="A", subject="s", generated_at=WHEN, footer="Footer", sample=True)
    path = tmp_path / "sample.pdf"
    path.write_bytes(kit.build_pdf([Paragraph("x", kit.styles().body)], info, cover=False))
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    assert "ទិន្នន័យគំរូ" in text and "SAMPLE DATA" not in text
