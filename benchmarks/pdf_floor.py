"""The least a PDF of some text lines costs: reportlab drawing each line once, no layout.

The floor of plan.pdf (bench_plan_pdf), of the annual report's PDF (bench_annual_report) and of the
export's plan.pdf (export_floor). Kept in a module of its own, importing only reportlab and only when
called, so that a fresh process measuring a floor imports what the floor uses and nothing else.
"""

from __future__ import annotations

import io


def floor_pdf(lines: list[str]) -> bytes:
    """reportlab drawing the same text, one drawString per line, no layout: the least a PDF of it costs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    y = 800.0
    canvas.setFont("DejaVuSans", 8)
    for line in lines:
        canvas.drawString(40, y, line)
        y -= 10
        if y < 40:
            canvas.showPage()
            canvas.setFont("DejaVuSans", 8)
            y = 800.0
    canvas.save()
    return buffer.getvalue()
