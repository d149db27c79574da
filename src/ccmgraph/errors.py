"""The small error hierarchy: every failure a user can cause maps to one of these.

The CLI prints `str(error)` as one line and exits 1; anything else is a bug and shows a
traceback only with --debug.
"""


class CcmGraphError(Exception):
    """Base of every error ccmgraph raises on purpose."""


class InputError(CcmGraphError):
    """A source file cannot be read as a document (missing, empty, binary, too large)."""


class ExtractionError(CcmGraphError):
    """A document was read but lacks what its kind must have (e.g. minutes with no date)."""


class ValidationError(CcmGraphError):
    """A document's graph does not conform to the shapes; carries the readable report."""

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report


class QueryError(CcmGraphError):
    """A named query is unknown, malformed, or given a parameter it cannot bind."""


class StoreError(CcmGraphError):
    """The store cannot be opened, is locked by another writer, or refused a change."""


class StoreWriteError(StoreError):
    """The store could not be written (disk full, I/O error, held by another writer): a batch
    must stop here, whatever document came next.
    `batch_lost`: the failure came while a bulk load was filling an empty store, so no
    document of the batch was committed."""

    def __init__(self, message: str, batch_lost: bool = False) -> None:
        super().__init__(message)
        self.batch_lost = batch_lost


class StoreBusyError(StoreWriteError):
    """Another ccmgraph process held the store longer than the wait allowed."""


class UsageError(CcmGraphError):
    """The command line asks for something that does not make sense (exit code 2)."""
