"""Real PDFs for the hostile-input tests, drawn with reportlab: minutes whose attendance
table has two columns (as the real minutes do), and a page with no text layer."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def two_column_minutes(present: list[str], apologies: list[str], body: list[str], date_line: str) -> bytes:
    """Heading, date, then PRESENT in the left column and APOLOGIES RECEIVED in the right,
    then the body, one line per string."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for line in ["MINUTES OF THE CCM COORDINATION COMMITTEE MEETING", date_line,
                 "at the Permanent Mission of Switzerland, from 10:00 - 11:30 hours"]:
        pdf.drawString(60, y, line)
        y -= 16
    y -= 10
    pdf.drawString(60, y, "1. PRESENT:")
    pdf.drawString(320, y, "APOLOGIES RECEIVED")
    for i, line in enumerate(present):
        pdf.drawString(60, y - 16 * (i + 1), line)
    for i, line in enumerate(apologies):
        pdf.drawString(320, y - 16 * (i + 1), line)
    y -= 16 * (max(len(present), len(apologies)) + 2)
    for line in body:
        pdf.drawString(60, y, line)
        y -= 16
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A page with only a drawn rectangle: what a scan without OCR looks like to a text reader."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.rect(50, 50, 400, 600, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
