"""Progress bars for long CLI work (build, ingest of many files, export, push), on stderr.

Shown only on a terminal and never with --quiet, so pipes, logs and tests see the same
one-line-per-document output as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Advance = Callable[[str], None]


@contextmanager
def progress_bar(label: str, total: int | None, enabled: bool = True) -> Iterator[Advance]:
    """A bar of `total` steps (None: a count without an end); yields `advance(what)`."""
    from rich.console import Console

    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield lambda _what: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("", total=total)
        yield lambda what: bar.update(task, advance=1, description=what[-50:])


@contextmanager
def spinner(label: str, enabled: bool = True) -> Iterator[None]:
    """A spinner for one long step whose parts cannot be counted (an export)."""
    from rich.console import Console

    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield
        return
    with console.status(label):
        yield
