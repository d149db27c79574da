"""Hostile and broken input through the real CLI: one line naming the file and the reason,
exit 1, no traceback, the store unchanged; real documents in other encodings are accepted."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from conftest import FIXTURES, MINUTES_2016_03_03, NEWS_2017, run_cli
from guarantees.pdfs import image_only_pdf, two_column_minutes

from ccmgraph.document.read import MAX_BYTES, read_bytes
from ccmgraph.ingesters.minutes.ingester import MinutesIngester
from ccmgraph.pipeline import prepare
from ccmgraph.records import Attendance

MINUTES = MINUTES_2016_03_03.read_text(encoding="utf-8")
PRESENT = ["Switzerland", "Mr. Laurent Masmejean", "Austria", "Mr. Florian Kraft", "Zambia", "Mr. Samson Lungo"]
APOLOGIES = ["Norway", "ICRC", "", "APOLOGIES NOT RECEIVED", "Chile"]
BODY = ["2. Opening Remarks by the President", "The meeting was opened by the President, Switzerland.",
        "3. Approval of the Minutes of 21 January 2016", "The Minutes were approved as a correct record."]


def _hostile(folder: Path) -> dict[str, bytes]:
    rng = random.Random(6)
    pdf = two_column_minutes(PRESENT, APOLOGIES, BODY, "Held on Tuesday, 12 April 2016")
    return {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n   \n",
        "random.bin": bytes(rng.randrange(256) for _ in range(5000)),
        "random-named.pdf": bytes(rng.randrange(256) for _ in range(5000)),
        "zip-named.txt": b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(3000)),
        "truncated.pdf": pdf[: len(pdf) // 3],
        "corrupt.pdf": pdf[:200] + bytes(rng.randrange(256) for _ in range(2000)) + pdf[-200:],
        "scan.pdf": image_only_pdf(),
        "scripts.html": b"<html><head><script>var a = 1;</script></head><body><script>alert(1)</script></body></html>",
        "nul-and-controls.txt": b"\x00\x01\x02 minutes \x00\x07\x1b" * 400,
        "31-february.txt": (FIXTURES / "minutes" / "cc-minutes-31-february.txt").read_bytes(),
        "no-date.txt": (FIXTURES / "minutes" / "cc-minutes-no-date.txt").read_bytes(),
        "long-line.txt": b"MINUTES OF THE CCM COORDINATION COMMITTEE MEETING\n" + b"x" * 200_000 + b"\n",
        "not-minutes.txt": b"Shopping list\nMilk\nBread\nEggs\n",
    }


def test_each_hostile_file_is_one_line_exit_1_store_unchanged(tmp_path: Path) -> None:
    store = tmp_path / "store"
    run_cli("--quiet", "ingest", str(MINUTES_2016_03_03), store=store, check=True)
    before = run_cli("export", "--format", "nquads", store=store, check=True).stdout
    files = []
    for name, data in _hostile(tmp_path).items():
        (tmp_path / name).write_bytes(data)
        files.append(tmp_path / name)
    for path in files:  # one at a time: each must fail on its own
        result = run_cli("ingest", str(path), store=store)
        assert result.returncode == 1, (path.name, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and path.name in lines[0], (path.name, result.stderr)
        assert "Traceback" not in result.stderr
    together = run_cli("ingest", *map(str, files), str(NEWS_2017), store=store)
    assert together.returncode == 1
    rejected = [line for line in together.stderr.splitlines() if line.startswith("rejected")]
    assert len(rejected) == len(files), together.stderr
    after_news = run_cli("export", "--format", "nquads", store=store, check=True).stdout
    assert set(before.splitlines()) < set(after_news.splitlines()), "the valid news page was committed"
    nt_lines = {line for line in after_news.splitlines() if "ccm-presidency-news-2017" in line or "minutes" in line}
    assert nt_lines, "store holds the committed documents"


def test_enormous_file_is_refused_with_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no need to write 50 MiB
    result = run_cli("ingest", str(big), store=tmp_path / "store")
    assert result.returncode == 1 and "huge.txt" in result.stderr and "MiB limit" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("")
    plain = run_cli("query", "no_such_query", store=tmp_path / "store")
    debug = run_cli("--debug", "query", "no_such_query", store=tmp_path / "store")
    assert plain.returncode == 1 and "Traceback" not in plain.stderr
    assert "Traceback" in debug.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "latin-1", "cp1252"])
def test_real_minutes_in_other_encodings_are_accepted_alike(encoding: str) -> None:
    text = MINUTES.replace("Penić-Ivanko", "Penic-Ivanko") if encoding in ("latin-1", "cp1252") else MINUTES
    text = text.replace("–", "-").replace("’", "'") if encoding == "latin-1" else text
    reference = prepare(read_bytes(text.encode("utf-8"), "m.txt"), "cc-minutes")[2]
    doc = read_bytes(text.encode(encoding), "m.txt")
    assert doc.text == read_bytes(text.encode("utf-8"), "m.txt").text
    assert len(prepare(doc, "cc-minutes")[2]) == len(reference)


def test_nul_and_control_characters_inside_a_real_document_are_dropped() -> None:
    dirty = MINUTES.replace("Australia\n", "Aus\x00tra\x07lia\n").replace("\n", "\r\n")
    assert read_bytes(dirty.encode(), "m.txt").text == read_bytes(MINUTES.encode(), "m.txt").text


def test_two_column_pdf_minutes_are_read_and_accepted() -> None:
    pdf = two_column_minutes(PRESENT, APOLOGIES, BODY, "Held on Tuesday, 12 April 2016")
    doc = read_bytes(pdf, "minutes.pdf")
    lines = doc.text.splitlines()
    # the table is read column by column: the whole left column, then the right one, so the
    # interleaving that plain PDF-to-text gives never happens
    assert lines.index("Mr. Samson Lungo") < lines.index("APOLOGIES RECEIVED") < lines.index("Norway")
    assert lines.index("Chile") < lines.index("2. Opening Remarks by the President")
    statuses = {r.party.name: r.status for r in MinutesIngester().extract(doc) if isinstance(r, Attendance)}
    assert statuses == {"Switzerland": "present", "Austria": "present", "Zambia": "present",
                        "Norway": "apologies_received", "ICRC": "apologies_received",
                        "Chile": "apologies_not_received"}
    kind, _iri, graph, _warnings = prepare(doc)
    assert kind == "cc-minutes" and len(graph) > 100
    labels = {str(o) for o in graph.objects() if str(o) in {"Switzerland", "Austria", "Zambia", "Norway", "Chile"}}
    assert labels == {"Switzerland", "Austria", "Zambia", "Norway", "Chile"}


def test_repeated_and_reordered_lists_give_the_same_attendance(tmp_path: Path) -> None:
    head, rest = MINUTES.split("APOLOGIES RECEIVED", 1)
    block = "Australia\nMr. Hugh Watson\n"
    repeated = head.replace(block, block + block) + "APOLOGIES RECEIVED" + rest
    store_a, store_b = tmp_path / "a", tmp_path / "b"
    (tmp_path / "rep.txt").write_text(repeated, encoding="utf-8")
    run_cli("--quiet", "ingest", str(MINUTES_2016_03_03), store=store_a, check=True)
    run_cli("--quiet", "ingest", str(tmp_path / "rep.txt"), store=store_b, check=True)
    rows = [run_cli("query", "meeting_attendance", "-p", "meeting=2016-03-03", "--format", "csv",
                    store=s, check=True).stdout for s in (store_a, store_b)]
    assert sorted(rows[0].splitlines()) == sorted(rows[1].splitlines())


def test_lying_extension_is_read_by_content(tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"  # text that says it is a PDF
    path.write_bytes(MINUTES.encode("utf-8"))
    result = run_cli("--quiet", "ingest", str(path), store=tmp_path / "store")
    assert result.returncode == 0, result.stderr
    assert os.path.getsize(path) > 0
