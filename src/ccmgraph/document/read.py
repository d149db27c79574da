"""Read a source file into a `Document`: its text, pages and content hash, and nothing else.

Readers know file formats (text, PDF, HTML), not meaning. Text is normalised so that the
same content read twice gives the same hash and the same lines: newlines to \\n, NUL and
other control characters dropped, encodings decoded (UTF-8, UTF-16 with BOM, else Latin-1
/ Windows-1252 when the bytes are not UTF-8).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ccmgraph.document import limits
from ccmgraph.errors import InputError

MAX_BYTES = 50 * 1024 * 1024  # a larger source is refused: no real minutes or news page is this big
MAX_LINE = 100_000  # characters; longer lines are refused as not being prose
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Document:
    """A source document as text, with where it came from."""

    text: str
    sha256: str
    name: str  # file name as given
    source_url: str | None = None
    kind: str | None = None  # set by detection or by --kind
    pages: tuple[str, ...] = field(default=(), repr=False)
    media_type: str = "text/plain"

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when most odd/even bytes are NUL (Latin text in UTF-16), else None."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    if sample[1::2].count(0) > 0.6 * half and sample[0::2].count(0) < 0.1 * half:
        return "utf-16-le"
    if sample[0::2].count(0) > 0.6 * half and sample[1::2].count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> str:
    """Decode bytes that hold text, whatever their common encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data[: len(data) // 2 * 2].decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# A line break written as a tag inside plain text: text flattened from a PDF or page viewer
# (yumpu and the like) keeps "<br />" where the line ended ("Meeting of States Parties<br />Beirut,
# 12-16 September 2011"), escaped or not. Read as the line break it stands for, once, for every reader.
_BREAK_TAG = re.compile(r"(?:<|&lt;)br\s*/?\s*(?:>|&gt;)", re.IGNORECASE)


def normalise_text(text: str) -> str:
    r"""Unify newlines (a literal "<br />" among them) and drop control characters so that hashes
    and lines are stable.

    >>> normalise_text("Second Meeting of States Parties<br />Beirut<BR>12-16 September 2011&lt;br/&gt;")
    'Second Meeting of States Parties\nBeirut\n12-16 September 2011\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _BREAK_TAG.sub("\n", text)
    text = text.replace("\f", "\n")
    return _CONTROL.sub("", text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample or sample.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(data):
        return False
    if b"\x00" in sample and not (len(sample) > 3 and sample[1:2] == b"\x00"):
        nul_share = sample.count(b"\x00") / len(sample)
        return nul_share > 0.05
    text_chars = bytes(range(32, 256)) + b"\n\r\t\f\b"
    odd = sum(1 for b in sample if b not in text_chars)
    return odd / len(sample) > 0.10


COLUMN_GAP = 24.0  # points: words further apart on one line belong to different table columns


def _page_lines(page: Any) -> str:
    """A page's text, one line per visual line, with two-column tables read column by column.

    pdfplumber's own text joins the cells of a two-column attendance table into one line
    ("Switzerland Norway"); splitting cells onto lines of their own still interleaves the
    columns, which is what makes the minutes' text ambiguous. The PDF knows where each word
    stands, so a run of rows split by a wide gap is read as a table: its left column top to
    bottom, then its right column, each keeping its own blank lines.
    """
    rows: dict[int, list[dict[str, Any]]] = {}
    for word in page.extract_words(keep_blank_chars=False, use_text_flow=False):
        rows.setdefault(round(word["top"] / 3), []).append(word)
    lines: list[str] = []
    table: list[tuple[float, list[Segment]]] = []
    split = 0.0
    for key in sorted(rows):
        segments = _segments(sorted(rows[key], key=lambda w: w["x0"]))
        top = float(rows[key][0]["top"])
        if len(segments) > 1 and not table:
            split = segments[1][0]
        fits = all(seg[1] < split or seg[0] >= split - COLUMN_GAP / 2 for seg in segments)
        if table and len(segments) == 1 and _SECTION.match(segments[0][2]):
            fits = False  # a numbered heading ("2. Opening Remarks") starts the text after a table
        if (table or len(segments) > 1) and fits:
            split = min(split, *(seg[0] for seg in segments[1:])) if len(segments) > 1 else split
            table.append((top, segments))
            continue
        lines.extend(_columns(table, split))
        table = []
        lines.extend(seg[2] for seg in segments)
    lines.extend(_columns(table, split))
    return "\n".join(lines)


Segment = tuple[float, float, str]  # x0, x1, text
_SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")


def _segments(words: list[dict[str, Any]]) -> list[Segment]:
    """Words of one visual line grouped into cells wherever a gap wider than a column gap opens."""
    cells: list[Segment] = []
    for word in words:
        if cells and word["x0"] - cells[-1][1] <= COLUMN_GAP:
            x0, _, text = cells[-1]
            cells[-1] = (x0, float(word["x1"]), f"{text} {word['text']}")
        else:
            cells.append((float(word["x0"]), float(word["x1"]), word["text"]))
    return cells


def _columns(table: list[tuple[float, list[Segment]]], split: float) -> list[str]:
    """A table's left column, then its right one; a tall gap between rows becomes a blank line."""
    if not table:
        return []
    steps = [b[0] - a[0] for a, b in zip(table, table[1:])]
    pitch = sorted(steps)[len(steps) // 2] if steps else 0.0
    out: list[str] = []
    for right in (False, True):
        previous: float | None = None
        for top, segments in table:
            cells = [seg[2] for seg in segments if (seg[0] >= split) == right]
            if not cells:
                continue
            if previous is not None and pitch and top - previous > 1.6 * pitch:
                out.append("")
            out.extend(cells)
            previous = top
    return out


def _read_pdf(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    import pdfplumber  # imported here: PDF support costs start-up time for every other command

    limits.check_pdf_inflation(data, name)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = tuple(_page_lines(page) for page in pdf.pages)
    except Exception as exc:  # pdfminer raises many unrelated types on corrupt input
        raise InputError(f"{name}: not a readable PDF ({type(exc).__name__})") from exc
    if not "".join(pages).strip():
        raise InputError(f"{name}: PDF has no text layer (scanned?); run OCR first")
    return "\n".join(pages), pages


def _read_html(data: bytes, name: str) -> str:
    from bs4 import BeautifulSoup

    limits.check_html_tags(data, name)
    soup = BeautifulSoup(decode_text(data), "lxml")
    for tag in soup(["script", "style", "noscript", "template", "nav", "footer", "header"]):
        tag.decompose()
    blocks = [el.get_text(" ", strip=True) for el in soup.find_all(
        ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "pre", "blockquote"])]
    text = "\n\n".join(b for b in blocks if b) or soup.get_text("\n", strip=True)
    if not text.strip():
        raise InputError(f"{name}: HTML holds no readable text")
    return text


def sniff_format(data: bytes, name: str) -> str:
    """Tell PDF, HTML and text apart by content; the file name's extension is not trusted."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    low = decode_text(data[:4096]).lower().lstrip() if not _looks_binary(data) else ""
    if low.startswith(("<!doctype html", "<html")) or ("<body" in low and "</" in low):
        return "html"
    return "text"


def read_bytes(data: bytes, name: str, source_url: str | None = None) -> Document:
    """Turn raw bytes into a Document, or raise InputError with a one-line reason."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data)} bytes exceeds the {MAX_BYTES // 2**20} MiB limit")
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    fmt = sniff_format(data, name)
    pages: tuple[str, ...] = ()
    media_type = "text/plain"
    if fmt == "pdf":
        text, pages = _read_pdf(data, name)
        media_type = "application/pdf"
    elif _looks_binary(data):
        raise InputError(f"{name}: binary data, not a text, PDF or HTML document")
    elif fmt == "html":
        text = _read_html(data, name)
        media_type = "text/html"
    else:
        text = decode_text(data)
    if fmt == "text" and _looks_like_rdf(text[:100_000]):
        raise InputError(f"{name}: an RDF file (an export?), not a document; `ccmgraph load` loads exports")
    limits.check_text(text, name)
    text = normalise_text(text)
    pages = tuple(normalise_text(page) for page in pages)  # the same lines as the text they make
    if not text.strip():
        raise InputError(f"{name}: document holds no text")
    if max((len(line) for line in text.split("\n")), default=0) > MAX_LINE:
        raise InputError(f"{name}: a line longer than {MAX_LINE} characters; not a prose document")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(text=text, sha256=sha, name=name, source_url=source_url,
                    pages=pages, media_type=media_type)


_TRIPLE_LINE = re.compile(r"^\s*(?:<[^>\s]*>|_:\S+)\s+<[^>\s]*>\s+.+\.\s*$|^\s*(?:@prefix|@base|PREFIX|BASE)\s", re.I)


def _looks_like_rdf(text: str) -> bool:
    """N-Triples, N-Quads, Turtle or TriG: most of the first lines are statements or prefixes."""
    lines = [line for line in text.split("\n", 200)[:200] if line.strip() and not line.lstrip().startswith("#")][:20]
    return len(lines) >= 1 and sum(1 for line in lines if _TRIPLE_LINE.match(line)) >= 0.8 * len(lines)


def read_file(path: Path, source_url: str | None = None) -> Document:
    """Read a regular file from disk into a Document; anything else (a FIFO, a device, a
    directory, a symbolic link loop, an unreadable file) is one InputError."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO opens without waiting for a writer
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: is a directory")
        if not stat.S_ISREG(info.st_mode):
            what = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device" if stat.S_ISCHR(info.st_mode) or \
                stat.S_ISBLK(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode) else "not a file"
            raise InputError(f"{path}: {what}, not a regular file; only files are read")
        if info.st_size > MAX_BYTES:
            raise InputError(f"{path.name}: {info.st_size} bytes exceeds the {MAX_BYTES // 2**20} MiB limit")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_BYTES + 1)  # a file that grows while read still stops here
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    return read_bytes(data, path.name, source_url)
