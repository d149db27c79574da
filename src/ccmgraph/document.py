"""Read a source file into a `Document`: its text, pages and content hash, and nothing else.

Readers know file formats (text, PDF, HTML), not meaning. Text is normalised so that the
same content read twice gives the same hash and the same lines: newlines to \\n, NUL and
other control characters dropped, encodings decoded (UTF-8, UTF-16 with BOM, else Latin-1
/ Windows-1252 when the bytes are not UTF-8).
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

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


def decode_text(data: bytes) -> str:
    """Decode bytes that hold text, whatever their common encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if len(data) >= 4 and data[1:2] == b"\x00" and data[3:4] == b"\x00":
        return data.decode("utf-16-le")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def normalise_text(text: str) -> str:
    """Unify newlines and drop control characters so that hashes and lines are stable."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\f", "\n")
    return _CONTROL.sub("", text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample or sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample and not (len(sample) > 3 and sample[1:2] == b"\x00"):
        nul_share = sample.count(b"\x00") / len(sample)
        return nul_share > 0.05
    text_chars = bytes(range(32, 256)) + b"\n\r\t\f\b"
    odd = sum(1 for b in sample if b not in text_chars)
    return odd / len(sample) > 0.10


def _read_pdf(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    import pdfplumber  # imported here: PDF support costs start-up time for every other command

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = tuple((page.extract_text() or "") for page in pdf.pages)
    except Exception as exc:  # pdfminer raises many unrelated types on corrupt input
        raise InputError(f"{name}: not a readable PDF ({type(exc).__name__})") from exc
    if not "".join(pages).strip():
        raise InputError(f"{name}: PDF has no text layer (scanned?); run OCR first")
    return "\n".join(pages), pages


def _read_html(data: bytes, name: str) -> str:
    from bs4 import BeautifulSoup

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
    text = normalise_text(text)
    if not text.strip():
        raise InputError(f"{name}: document holds no text")
    if max((len(line) for line in text.split("\n")), default=0) > MAX_LINE:
        raise InputError(f"{name}: a line longer than {MAX_LINE} characters; not a prose document")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(text=text, sha256=sha, name=name, source_url=source_url,
                    pages=pages, media_type=media_type)


def read_file(path: Path, source_url: str | None = None) -> Document:
    """Read a file from disk into a Document."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path.name}: {size} bytes exceeds the {MAX_BYTES // 2**20} MiB limit")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    return read_bytes(data, path.name, source_url)
