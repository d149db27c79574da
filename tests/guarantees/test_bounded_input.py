"""Inputs within the size limit that used to exhaust the machine or hide committed work, made
here, through the real CLI: each gets its own line as it is decided, within bounded time and
memory, and a store failure stops the batch with a line naming what was committed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from conftest import FIXTURES, MINUTES_2016_03_03, NEWS_2017, run_cli

# The CLI's own peak, read from the kernel's high-water mark of its address space (VmHWM, kB).
# Not getrusage's ru_maxrss: Linux keeps that across fork and exec, so a child of a pytest that
# has grown past the bound reports the parent's size, whatever the CLI used.
MEASURED = ("import sys\nfrom ccmgraph.cli import main\n"
            "try:\n    main(sys.argv[1:])\nfinally:\n"
            "    hwm = next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM'))\n"
            "    print('maxrss', hwm, file=sys.stderr)")


def _measured(store: Path, *args: str, **env: str) -> tuple[subprocess.CompletedProcess[str], int, float]:
    """Run the CLI and report its peak memory (MiB) and wall time."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", MEASURED, *args], capture_output=True, text=True, timeout=300,
                            env=dict(os.environ, CCMGRAPH_STORE=str(store), **env))
    lines = result.stderr.strip().splitlines()
    peak = int(lines[-1].split()[1]) // 1024 if lines and lines[-1].startswith("maxrss") else -1
    result.stderr = "\n".join(lines[:-1]) + "\n"
    return result, peak, time.perf_counter() - started


def _one_rejection(result: subprocess.CompletedProcess[str], name: str, reason: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1 and lines[0].startswith("rejected") and name in lines[0] and reason in lines[0], lines
    assert "Traceback" not in result.stderr


def _pdf_bomb(inflated: int) -> bytes:
    """A one-page PDF whose content stream inflates to `inflated` bytes of drawing operators."""
    content = zlib.compress(b"0 0 m 1 1 l S\n" * (inflated // 14), 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize("name, make, reason", [
    ("bomb.pdf", lambda: _pdf_bomb(200 << 20), "inflates to more than"),
    ("tags.html", lambda: b"<html><body>" + b"<p>x</p>" * (2 << 20) + b"</body></html>", "tags"),
    ("huge.txt", lambda: (MINUTES_2016_03_03.read_bytes() + b"\n") * (49 * 2**20 // (MINUTES_2016_03_03.stat().st_size + 1)),
     "characters of text"),
])
def test_bombs_within_the_size_limit_are_refused_in_bounded_time_and_memory(
        tmp_path: Path, name: str, make: object, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(make())  # type: ignore[operator]
    assert path.stat().st_size < 50 << 20
    result, peak, seconds = _measured(tmp_path / "store", "ingest", str(path))
    _one_rejection(result, name, reason)
    assert peak < 700 and seconds < 30, (peak, seconds)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_without_reading_them(tmp_path: Path, device: str) -> None:
    result, peak, seconds = _measured(tmp_path / "store", "ingest", device)
    _one_rejection(result, device, "a device, not a regular file")
    assert seconds < 15 and peak < 400


def test_a_batch_reports_each_file_whatever_the_next_one_is(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(loop)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    batch = [MINUTES_2016_03_03, fifo, loop, folder, tmp_path / "missing.txt", NEWS_2017]
    started = time.perf_counter()
    result = run_cli("ingest", *map(str, batch), store=tmp_path / "store")
    assert time.perf_counter() - started < 120
    lines = [line for line in result.stderr.strip().splitlines() if not line.startswith("  warning:")]
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [line.split()[0] for line in lines] == ["ok", "rejected", "rejected", "rejected", "rejected", "ok"], lines
    assert "FIFO" in lines[1] and "symbolic links" in lines[2] and "directory" in lines[3] and "no such file" in lines[4]
    graphs = run_cli("sparql", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d <https://w3id.org/ccmgraph/ontology#fileName> ?f } }",
                     "--format", "csv", store=tmp_path / "store", check=True)
    assert len(graphs.stdout.strip().splitlines()) == 1 + 2  # the two documents, committed


def test_unreadable_file_is_one_line(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: a file without read permission is still readable")
    locked = tmp_path / "locked.txt"
    locked.write_bytes(MINUTES_2016_03_03.read_bytes())
    locked.chmod(0)
    result = run_cli("ingest", str(locked), store=tmp_path / "store")
    _one_rejection(result, "locked.txt", "ermission denied")


def test_one_document_is_bounded_in_time(tmp_path: Path) -> None:
    big = tmp_path / "long-minutes.txt"
    body = MINUTES_2016_03_03.read_text(encoding="utf-8")
    big.write_text(body + "\n" + "\n".join(line for _ in range(60) for line in body.splitlines()[20:]), encoding="utf-8")
    result, _, seconds = _measured(tmp_path / "store", "ingest", str(big), CCMGRAPH_DOC_SECONDS="0.3")
    _one_rejection(result, "long-minutes.txt", "took longer than 0.3 s")
    assert seconds < 30


def test_an_export_given_to_ingest_is_refused_with_the_way(tmp_path: Path, built_store: Path) -> None:
    export = tmp_path / "export.nq"
    run_cli("export", "--format", "nquads", "-o", str(export), store=built_store, check=True)
    result = run_cli("ingest", "--kind", "cc-minutes", str(export), store=tmp_path / "store")
    _one_rejection(result, "export.nq", "ccmgraph load")


def test_sparql_text_with_long_runs_is_never_taken_for_a_path(built_store: Path) -> None:
    long_iri = "https://w3id.org/ccmgraph/id/" + "x" * 300
    result = run_cli("sparql", f"SELECT ?p WHERE {{ <{long_iri}> ?p ?o }}", "--format", "csv", store=built_store)
    assert result.returncode == 0 and result.stdout.strip() == "p", result.stderr
    one_line = f"ASK {{ <{long_iri}> ?p ?o }}".replace("{", "{ ")
    result = run_cli("sparql", one_line, store=built_store)
    assert result.returncode == 0 and result.stdout.strip() == "false", result.stderr


@pytest.mark.slow
def test_a_full_disk_stops_the_batch_naming_what_was_committed(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a small filesystem here (needs root and mount rights)")
    try:
        store = mount / "store"
        run_cli("--quiet", "ingest", str(MINUTES_2016_03_03), store=store, check=True)
        free = shutil.disk_usage(mount).free
        (mount / "filler").write_bytes(b"\0" * max(0, free - (1 << 20)))  # leave ~1 MiB
        batch = [FIXTURES / "minutes" / f"cc-minutes-{d}.txt" for d in
                 ("2013-06-18", "2014-05-13", "2015-10-22", "2017-04-05", "2018-02-20", "2019-06-04")]
        result = subprocess.run([sys.executable, "-m", "ccmgraph", "ingest", *map(str, batch)], capture_output=True,
                                text=True, timeout=300, env=dict(os.environ, CCMGRAPH_STORE=str(store)))
        lines = [line for line in result.stderr.strip().splitlines() if not line.startswith("  warning:")]
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        oks = [line.split()[1] for line in lines if line.startswith("ok")]
        assert lines[-1].startswith("ccmgraph: stopped at") and "committed before the failure" in lines[-1], lines
        assert f"{len(oks)} file(s)" in lines[-1] and all(name in lines[-1] for name in oks)
        (mount / "filler").unlink()
        held = run_cli("sparql", "SELECT ?f WHERE { GRAPH ?g { ?d <https://w3id.org/ccmgraph/ontology#fileName> ?f } }",
                       "--format", "csv", store=store, check=True).stdout.split()[1:]
        assert sorted(held) == sorted(oks + [MINUTES_2016_03_03.name])
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)
