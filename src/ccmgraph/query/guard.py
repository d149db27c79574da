"""Decide, before a query runs, that it only reads and reaches no other server (`sparql`, `serve`).

A lexical check, not a parse: it holds no shared state (so any number of threads may call it),
it takes linear time in the length of the text (a 1 MB query is checked in milliseconds), and
it has no nesting limit, so no valid read query is refused for being deep or long. What it
cannot decide, Oxigraph's own parser does when the query runs: `Store.query` accepts queries
only, so an update hidden in a query (`SELECT … ; DROP ALL`) is a syntax error there.

The text is read the way the SPARQL grammar reads it: `\\u` escapes undone first (they may
spell any keyword), then IRIs, strings and comments set aside, so that `SERVICE` written inside
them counts for nothing and `SERVICE` written anywhere else is found.
"""

from __future__ import annotations

import re

from ccmgraph.errors import QueryError

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# the tokens that may hold any word without it being a keyword, in the grammar's terms
_OPAQUE = re.compile(
    r"""<[^<>"{}|^`\\\x00-\x20]*>"""  # IRIREF
    r"""|'''(?:[^'\\]|\\.|'(?!''))*'''"""  # STRING_LITERAL_LONG1
    r'''|"""(?:[^"\\]|\\.|"(?!""))*"""'''  # STRING_LITERAL_LONG2
    r"""|'(?:[^'\\\n\r]|\\.)*'"""  # STRING_LITERAL1
    r'''|"(?:[^"\\\n\r]|\\.)*"'''  # STRING_LITERAL2
    r"""|\#[^\n\r]*""",  # comment
    re.DOTALL,
)
# a keyword, not part of a variable, prefixed name, language tag or blank node label
_KEYWORD = r"(?<![\w?$:@.\-]){}(?![\w:\-])"
_SERVICE = re.compile(_KEYWORD.format("SERVICE"), re.IGNORECASE)
_FORM = re.compile(_KEYWORD.format(r"(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)"),
                   re.IGNORECASE)
_READ_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def _unescape(match: re.Match[str]) -> str:
    try:
        return chr(int(match[1] or match[2], 16))
    except ValueError:  # beyond Unicode: the parser refuses it
        return "\ufffd"


def keywords_only(text: str) -> str:
    """The query with its IRIs, strings and comments blanked: what remains is keywords,
    names, variables and punctuation."""
    return _OPAQUE.sub(" ", _ESCAPE.sub(_unescape, text))


def refuse_updates(text: str, *, allow_service: bool = False) -> None:
    """Raise QueryError unless `text` is a read query (SELECT, ASK, CONSTRUCT, DESCRIBE) that
    calls no other endpoint (`SERVICE`, unless `allow_service`).

    >>> refuse_updates('SELECT * WHERE { ?s <http://x/SERVICE> "SERVICE" } # SERVICE')
    >>> refuse_updates("DROP ALL")
    Traceback (most recent call last):
    ccmgraph.errors.QueryError: not a read-only SPARQL query: DROP is an update, and updates are refused
    >>> refuse_updates("SELECT * WHERE { \\\\u0053ERVICE <http://127.0.0.1/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ccmgraph.errors.QueryError: SERVICE is refused: this endpoint does not send queries to other servers
    """
    plain = keywords_only(text)
    form = _FORM.search(plain)
    if form is None:
        raise QueryError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    if form[1].upper() not in _READ_FORMS:
        raise QueryError(f"not a read-only SPARQL query: {form[1].upper()} is an update, and updates are refused")
    if not allow_service and _SERVICE.search(plain):
        raise QueryError("SERVICE is refused: this endpoint does not send queries to other servers")
