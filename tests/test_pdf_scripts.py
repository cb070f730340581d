"""Thai, Lao, Khmer and Burmese in PDFs: lines break only at the segmenter's word boundaries (never
inside a grapheme cluster), and a paragraph laid out in a PDF extracts exactly as typed."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
import icu

from ascn_desktop.core.reports import pdf_kit as kit
from ascn_desktop.core.reports.fonts import FONT, register_fonts
from ascn_desktop.core.reports.line_breaks import clusters

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed: apt-get install poppler-utils")

PARAGRAPHS = {
    "th": "โครงการนี้จะติดตั้งระบบไฟถนนอัจฉริยะทั่วทั้งเมืองเพื่อลดการใช้พลังงานและเพิ่มความปลอดภัยให้กับประชาชน"
          "ที่เดินทางในเวลากลางคืนโดยใช้เซ็นเซอร์ตรวจจับการเคลื่อนไหวและการควบคุมจากศูนย์กลาง",
    "lo": "ໂຄງການນີ້ຈະຕິດຕັ້ງລະບົບໄຟຖະໜົນອັດສະລິຍະທົ່ວນະຄອນຫຼວງເພື່ອຫຼຸດຜ່ອນການໃຊ້ພະລັງງານແລະເພີ່ມຄວາມປອດໄພໃຫ້ແກ່ປະຊາຊົນ",
    "km": "គម្រោងនេះនឹងដំឡើងប្រព័ន្ធភ្លើងបំភ្លឺផ្លូវឆ្លាតវៃនៅទូទាំងទីក្រុងដើម្បីកាត់បន្ថយការប្រើប្រាស់ថាមពល"
          "និងបង្កើនសុវត្ថិភាពសម្រាប់ប្រជាពលរដ្ឋដែលធ្វើដំណើរនៅពេលយប់",
    "my": "ဤစီမံကိန်းသည် မြို့တစ်ခုလုံးတွင် စမတ်လမ်းမီးစနစ်ကို တပ်ဆင်မည်ဖြစ်ပြီး စွမ်းအင်သုံးစွဲမှုကို လျှော့ချကာ"
          "ညဘက်တွင်သွားလာသော ပြည်သူများအတွက် လုံခြုံရေးကို မြှင့်တင်ပေးမည်ဖြစ်သည်",
}


def _boundaries(text: str) -> set[int]:
    """ICU's allowed line breaks in `text` (the texts here are all in the Basic Multilingual Plane, so
    ICU's UTF-16 offsets are string offsets)."""
    iterator = icu.BreakIterator.createLineInstance(icu.Locale.getRoot())
    iterator.setText(text)
    return set(iterator)


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
@pytest.mark.parametrize("width", [60.0, 110.0, 230.0])
def test_long_paragraph_wraps_only_at_word_boundaries(language: str, width: float) -> None:
    register_fonts()
    text = PARAGRAPHS[language]
    lines = kit.wrap_text(text, width, font=FONT, size=8)
    assert len(lines) > 1
    allowed = _boundaries(text)
    position = 0
    for line in lines[:-1]:
        position = text.index(line, position) + len(line)
        # the line ends where the segmenter allows a break (spaces after it are dropped at the break)
        assert position in allowed or text[position:position + 1].isspace(), (line, text[position:position + 10])
        assert kit.text_width(line, FONT, 8) <= width + 0.01
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_a_word_wider_than_the_line_breaks_between_clusters_only() -> None:
    register_fonts()
    word = "ប្រព័ន្ធ" * 6  # one "word" to ICU's dictionary? whatever it says, a 20 pt line forces cluster cuts
    lines = kit.wrap_text(word, 20, font=FONT, size=8)
    assert len(lines) > 1 and "".join(lines) == word
    cluster_ends, position = set(), 0
    for cluster in clusters(word):
        position += len(cluster)
        cluster_ends.add(position)
    position = 0
    for line in lines:
        position += len(line)
        assert position in cluster_ends


@needs_poppler
@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_paragraph_in_a_pdf_extracts_as_typed_and_breaks_at_words(language: str, tmp_path: Path) -> None:
    text = PARAGRAPHS[language]
    info = kit.ReportInfo(title="t", author="a", subject="s", generated_at=datetime(2026, 1, 1, tzinfo=UTC))
    story = [kit.paragraph(kit.esc(text), kit.styles().body), kit.cell(text)]
    path = tmp_path / "p.pdf"
    path.write_bytes(kit.build_pdf(story, info, cover=False))
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    lines = [line for line in raw.splitlines() if line.strip() and "Page" not in line and line.strip() not in ("t", "ASCN")]
    assert len(lines) >= 2
    joined = "".join(line.strip() for line in lines)
    assert joined.replace(" ", "") == (text + text).replace(" ", "")
    allowed = _boundaries(text)
    position = 0
    for line in lines:
        piece = line.strip()
        position = text.index(piece, position) + len(piece) if piece in text[position:] else 0
        if 0 < position < len(text):
            assert position in allowed or text[position].isspace(), piece
        if position >= len(text):
            position = 0


# From the Khmer catalogue: pdftotext once put a space between the words of "របាយការណ៍នេះ" ("this report").
REPORT_KM = "កញ្ចប់ដែលបានចុះហត្ថលេខាដែលផ្ទុករបាយការណ៍នេះ ក៏ផ្ទុកផែនការដដែលជា JSON"


@needs_poppler
@pytest.mark.parametrize("language", [*sorted(PARAGRAPHS), "km-report"])
def test_compact_lines_extract_exactly_as_typed(language: str, tmp_path: Path) -> None:
    """Each line of a LineBlock paragraph comes back from pdftotext as the very characters typed: no space
    between two words the segmenter found inside a run (one marked span per run, not one per word)."""
    register_fonts()
    text = PARAGRAPHS.get(language, REPORT_KM)
    info = kit.ReportInfo(title="t", author="a", subject="s", generated_at=datetime(2026, 1, 1, tzinfo=UTC))
    block = kit.LineBlock()
    block.paragraph(text, size=8)
    path = tmp_path / "lines.pdf"
    path.write_bytes(kit.build_pdf([block], info, cover=False))
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    lines = [line.strip() for line in raw.splitlines() if line.strip() and "Page" not in line
             and line.strip() not in ("t", "ASCN")]
    assert lines == kit.wrap_text(text, block.width, size=8)
