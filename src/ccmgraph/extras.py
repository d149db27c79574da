"""Optional parts: import a module that an extra brings, or say which extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from ccmgraph.errors import CcmGraphError


class MissingExtra(CcmGraphError):
    """An optional dependency is not installed; the message names the extra that brings it."""


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """`module`, imported, or MissingExtra naming `pip install ccmgraph[extra]`.

    >>> require("json", "none", "reading JSON").dumps(1)
    '1'
    >>> require("no_such_module_here", "pandas", "to_dataframe()")
    Traceback (most recent call last):
    ccmgraph.extras.MissingExtra: to_dataframe() needs no_such_module_here, which is not installed: pip install 'ccmgraph[pandas]'
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError:
        raise MissingExtra(f"{purpose} needs {module}, which is not installed: "
                           f"pip install 'ccmgraph[{extra}]'") from None
