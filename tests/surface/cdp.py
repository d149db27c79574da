"""Headless Chromium driven over the DevTools protocol: open a page, click, read the DOM, take
a screenshot. Only loopback pages; the profile is thrown away afterwards."""

from __future__ import annotations

import base64
import json
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from surface.browser import FLAGS, chromium

LIVE_FLAGS = [f for f in FLAGS if not f.startswith("--virtual-time-budget")]
# DevTools errors of an evaluation that a navigation (a click on a link) overtook
RACED = ("Inspected target navigated or closed", "Cannot find context with specified id",
         "Execution context was destroyed")


def websocket_timeout() -> type[Exception]:
    """websocket-client's timeout error, imported where the test extra is installed."""
    import websocket

    return websocket.WebSocketTimeoutException  # type: ignore[no-any-return]


class Browser:
    """One Chromium with one page; `evaluate` runs JavaScript in it and returns the value."""

    def __init__(self, width: int = 1400, height: int = 900) -> None:
        import websocket  # websocket-client, in the test extra

        binary = chromium()
        assert binary, "chromium is not installed"
        self._profile = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)  # chromium helpers may still write
        self.process = subprocess.Popen(
            [binary, *LIVE_FLAGS, f"--user-data-dir={self._profile.name}", "--remote-debugging-port=0",
             f"--window-size={width},{height}", "--hide-scrollbars", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self._profile.name) / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.1)
        port = int(port_file.read_text().splitlines()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            page = next(t for t in json.load(response) if t["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self._id = 0
        self._events: list[str] = []  # methods of the events seen since the last navigation
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._id += 1
        self.socket.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if "method" in message:
                self._events.append(message["method"])
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))

    def evaluate(self, script: str) -> Any:
        """Run `script` in the page; an evaluation a navigation overtook is run again in the new page."""
        for attempt in range(20):
            try:
                result = self.call("Runtime.evaluate", expression=script, returnByValue=True, awaitPromise=True)
                break
            except RuntimeError as exc:
                if attempt == 19 or not any(m in str(exc) for m in RACED):
                    raise
                time.sleep(0.25)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails'].get('exception', {}).get('description')}")
        return result["result"].get("value")

    def goto(self, url: str, timeout: float = 60) -> None:
        """Navigate and wait for the new document's load event, so no evaluation lands in the old one."""
        self._events.clear()
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + timeout
        self.socket.settimeout(1)
        try:
            while "Page.loadEventFired" not in self._events:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"waited {timeout:g} s for {url} to load")
                try:
                    message = json.loads(self.socket.recv())
                except websocket_timeout():
                    continue
                if "method" in message:
                    self._events.append(message["method"])
        finally:
            self.socket.settimeout(60)
        self.wait_for("document.readyState === 'complete'", timeout)

    def wait_for(self, script: str, timeout: float = 60) -> Any:
        """Poll `script` until it gives a truthy value; that value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(script)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout:g} s for: {script}")
            time.sleep(0.2)

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            if hasattr(self, "socket"):
                self.socket.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self._profile.cleanup()


def main(argv: list[str]) -> None:
    """`cd tests && python -m surface.cdp PAGE.html OUT.png [WIDTHxHEIGHT]`: the README's screenshots."""
    width, height = (int(v) for v in (argv[2] if len(argv) > 2 else "1400x860").split("x"))
    browser = Browser(width, height)
    try:
        browser.goto(Path(argv[0]).resolve().as_uri())
        time.sleep(1.5)  # sigma's first frames and the label placement
        browser.screenshot(Path(argv[1]))
    finally:
        browser.close()


if __name__ == "__main__":  # from tests/: python -m surface.cdp PAGE.html OUT.png
    import sys

    main(sys.argv[1:])
