"""Bounds on what one source document may cost to read: bytes, inflated PDF content, HTML
tags, text, and time. A document past a bound is refused with a one-line reason, before the
machine's memory or the batch's time is spent on it; no real minutes or news page comes near.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from ccmgraph.errors import InputError

MiB = 1 << 20
PDF_STREAM_MAX = 16 * MiB  # inflated size of one content, font or object stream
PDF_IMAGE_MAX = 128 * MiB  # an image stream (pdfplumber reads its size, not its pixels)
PDF_TOTAL_MAX = 512 * MiB  # all streams of one PDF, inflated
HTML_TAGS_MAX = 100_000  # a news page has a few thousand
TEXT_MAX = 8 * MiB  # characters of text a document may hold once read
SECONDS = float(os.environ.get("CCMGRAPH_DOC_SECONDS", "60"))  # reading and extracting one document

_STREAM = re.compile(rb"stream\r?\n")
_IMAGE = re.compile(rb"/Subtype\s*/Image")


def check_pdf_inflation(data: bytes, name: str) -> None:
    """Inflate every Flate stream of a PDF in bounded steps, keeping nothing, and refuse the
    file if any stream, or all together, would inflate past the bounds (a decompression bomb)."""
    total = 0
    position = 0
    while (match := _STREAM.search(data, position)) is not None:
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0:
            break
        position = end + 9
        head = data[max(0, match.start() - 512):match.start()]
        head = head[head.rfind(b" obj") + 1:] if b" obj" in head else head
        limit = PDF_IMAGE_MAX if _IMAGE.search(head) else PDF_STREAM_MAX
        size = _inflated_size(data[start:end], limit + 1)
        if size > limit:
            raise InputError(f"{name}: a PDF stream inflates to more than {limit // MiB} MiB (a decompression bomb?)")
        total += size
        if total > PDF_TOTAL_MAX:
            raise InputError(f"{name}: the PDF's streams inflate to more than {PDF_TOTAL_MAX // MiB} MiB")


def _inflated_size(raw: bytes, stop: int) -> int:
    """How many bytes a zlib stream inflates to, counting up to `stop` (0 if it is not zlib)."""
    inflater = zlib.decompressobj()
    size = 0
    pending = raw
    try:
        while pending and size < stop:
            size += len(inflater.decompress(pending, 1 * MiB))
            pending = inflater.unconsumed_tail
    except zlib.error:
        return size  # not Flate (or damaged after this point): pdfminer judges it
    return size


def check_html_tags(data: bytes, name: str) -> None:
    tags = data.count(b"<")
    if tags > HTML_TAGS_MAX:
        raise InputError(f"{name}: HTML with {tags} tags (more than {HTML_TAGS_MAX}); not a page to read")


def check_text(text: str, name: str) -> None:
    if len(text) > TEXT_MAX:
        raise InputError(f"{name}: {len(text)} characters of text (more than {TEXT_MAX // MiB} Mi); "
                         "not a document to read")


class _Overtime(BaseException):
    """Raised by the alarm inside whatever code runs; a BaseException, so that parsers' own
    `except Exception` blocks let it through."""


@contextmanager
def time_bound(name: str, seconds: float = SECONDS) -> Iterator[None]:
    """Stop reading and extracting one document after `seconds`, with its one-line reason.

    Uses SIGALRM, so it bounds work on the main thread of a process (the CLI, the pipeline's
    worker processes); called from another thread it bounds nothing and costs nothing.
    """
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def overtime(signum: int, frame: object) -> None:
        raise _Overtime

    previous = signal.signal(signal.SIGALRM, overtime)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Overtime:
        raise InputError(f"{name}: reading and extracting took longer than {seconds:g} s; not ingested") from None
    finally:
        signal.signal(signal.SIGALRM, previous)
