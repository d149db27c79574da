"""Synthetic but realistic documents for the bench: Coordination Committee minutes and
presidency news pages as TEXT in the formats the ingesters read, so that the real pipeline
(read, extract, resolve, map, validate, commit) does all the work.

Each minutes document is one real minutes body (tests/fixtures/minutes) under a generated
head: its own date, venue and attendance table (parties drawn from real States, delegates
from name pools, statuses present / apologies received / not received). News pages are the
real news fixtures with their years moved, so each page holds different meetings and dates.
Everything is seeded: the same seed gives the same documents.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
POOLS = yaml.safe_load((Path(__file__).parent / "names.yml").read_text(encoding="utf-8"))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _bodies() -> list[str]:
    """The part of each real minutes document after its attendance table."""
    bodies = []
    for path in sorted((FIXTURES / "minutes").glob("cc-minutes-20??-??-??.txt")):
        text = path.read_text(encoding="utf-8")
        match = re.search(r"^\s*2\.\s+[A-Z]", text, re.MULTILINE)
        if match:
            bodies.append(text[match.start():])
    return bodies


def _person(rng: random.Random) -> str:
    title = rng.choice(["Mr.", "Ms.", "H.E.", "Dr."])
    return f"{title} {rng.choice(POOLS['given'])} {rng.choice(POOLS['family'])} {rng.choice(POOLS['family'])}"


def minutes(rng: random.Random, date: dt.date, body: str) -> str:
    """One minutes document: heading, date, venue, attendance table, then a real body."""
    parties = sorted(rng.sample(POOLS["states"], rng.randint(12, 22)))
    host = parties[0]
    lines = ["MINUTES OF THE CCM COORDINATION COMMITTEE MEETING",
             f"Held on {date.strftime('%A')}, {date.day} {MONTHS[date.month - 1]} {date.year}",
             f"at the Permanent Mission of {host}, from 10:00 – 11:30 hours", "1. PRESENT:"]
    cut = len(parties) - rng.randint(2, 4)
    for party in parties[:cut]:
        lines.append(party)
        lines.extend(_person(rng) for _ in range(rng.randint(1, 3)))
    lines += ["", "APOLOGIES RECEIVED", *parties[cut:-1], "", "APOLOGIES NOT RECEIVED", parties[-1], ""]
    return "\n".join(lines) + "\n" + body


def _move_years(text: str, shift: int) -> str:
    return re.sub(r"\b(20[01]\d)\b", lambda m: str(int(m.group(1)) + shift), text)


def documents(count: int, seed: int = 7) -> Iterator[tuple[str, str, str]]:
    """(file name, kind, text) for `count` documents: about nine minutes to one news page."""
    rng = random.Random(seed)
    bodies = _bodies()
    news = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "news").glob("*.txt"))]
    start = dt.date(2011, 1, 3)
    for i in range(count):
        if i % 10 == 9:
            shift = (i // 10) % 12 - 6
            yield f"news-{i:06d}.txt", "presidency-news", _move_years(news[i % len(news)], shift) + f"\n\nPage {i}.\n"
            continue
        day = start + dt.timedelta(days=i)
        yield f"cc-minutes-{i:06d}.txt", "cc-minutes", minutes(rng, day, rng.choice(bodies))
