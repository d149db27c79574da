"""Headless Chromium for tests: load a page from disk, give back the DOM after scripts ran."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--virtual-time-budget=5000"]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def dump_dom(page: Path) -> tuple[str, float]:
    """The serialised DOM of `page` once loaded, and the seconds Chromium took."""
    binary = chromium()
    assert binary, "chromium is not installed"
    with tempfile.TemporaryDirectory() as profile:
        started = time.perf_counter()
        result = subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
                                capture_output=True, text=True, timeout=120)
        elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, elapsed
