"""A legal database's Latin-1 record read back as GBK, repaired before it is read.

Spanish and Portuguese records of national databases are often served in Latin-1 without saying
so; a reader that guesses a Chinese charset then turns each accented letter and the letter after
it into one ideograph ("Instrumento de Aceptaci髇 de Espa馻" for "Aceptación de España"). The
text is Latin otherwise, so each such ideograph is turned back into its two bytes and read as
Windows-1252 again; a text whose ideographs do not all come back as an accented letter and an
ASCII letter, or that is more than a sliver ideographs, is left as it is (it may be Chinese).
"""

from __future__ import annotations

import re

_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: At most this share of a repaired text's characters may be ideographs.
MAX_SHARE = 0.05


def _latin(ch: str) -> str | None:
    """The accented letter and ASCII letter an ideograph stands for, or None."""
    try:
        raw = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    if len(raw) != 2 or raw[0] < 0xC0 or not chr(raw[1]).isalpha() or raw[1] >= 0x80:
        return None
    return raw.decode("cp1252")


def repaired(text: str) -> str:
    """`text` with its misread accented letters restored, or unchanged (see the module's doc)."""
    found = _IDEOGRAPH.findall(text)
    if not found or len(found) > MAX_SHARE * len(text):
        return text
    back = {ch: _latin(ch) for ch in set(found)}
    if any(v is None for v in back.values()):
        return text
    return _IDEOGRAPH.sub(lambda m: back[m.group(0)] or m.group(0), text)
