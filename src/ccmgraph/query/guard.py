"""Decide, before a query runs, that it only reads and reaches no other server (`sparql`, `serve`),
and which of the four forms it has; word a syntax error with its place.

A lexical check, not a parse: it holds no shared state (so any number of threads may call it),
it takes linear time in the length of the text (a 1 MB query is checked in milliseconds), and
it has no nesting limit, so no valid read query is refused for being deep or long. What it
cannot decide, Oxigraph's own parser does when the query runs: `Store.query` accepts queries
only, so an update hidden in a query (`SELECT … ; DROP ALL`) is a syntax error there.

The text is read the way the SPARQL grammar reads it: `\\u` escapes undone first (they may
spell any keyword), then IRIs, strings and comments set aside, so that `SERVICE` written inside
them counts for nothing and `SERVICE` written anywhere else is found.

rdflib's parser, which the tool used before, is not thread-safe (concurrent parses broke it
for the life of the process) and refuses valid queries past a nesting depth. It is kept for
one job it does well, the place and wording of a syntax error Oxigraph has already found,
one call at a time and for texts of ordinary length only.
"""

from __future__ import annotations

import re
import threading
from typing import Literal

from ccmgraph.errors import QueryError

Form = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]

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
_READ_FORMS: dict[str, Form] = {"SELECT": "SELECT", "ASK": "ASK", "CONSTRUCT": "CONSTRUCT", "DESCRIBE": "DESCRIBE"}


def _unescape(match: re.Match[str]) -> str:
    try:
        return chr(int(match[1] or match[2], 16))
    except ValueError:  # beyond Unicode: the parser refuses it
        return "\ufffd"


def keywords_only(text: str) -> str:
    """The query with its IRIs, strings and comments blanked: what remains is keywords,
    names, variables and punctuation."""
    return _OPAQUE.sub(" ", _ESCAPE.sub(_unescape, text))


def query_form(text: str, *, allow_service: bool = False) -> Form:
    """The form of a read query that calls no other endpoint (`SERVICE`, unless `allow_service`);
    QueryError for an update, for SERVICE, or for text that is not a SPARQL query.

    >>> query_form('ASK { ?s <http://x/SERVICE> "SERVICE" } # SERVICE')
    'ASK'
    >>> query_form("DROP ALL")
    Traceback (most recent call last):
    ccmgraph.errors.QueryError: SPARQL Update is refused (DROP): this is a read-only query interface
    >>> query_form("SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ccmgraph.errors.QueryError: SERVICE is refused: this endpoint does not send queries to other servers
    """
    plain = keywords_only(text)
    found = _FORM.search(plain)
    if found is None:
        raise QueryError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    form = _READ_FORMS.get(found[1].upper())
    if form is None:
        raise QueryError(f"SPARQL Update is refused ({found[1].upper()}): this is a read-only query interface")
    if not allow_service and _SERVICE.search(plain):
        raise QueryError("SERVICE is refused: this endpoint does not send queries to other servers")
    return form


def refuse_updates(text: str, *, allow_service: bool = False) -> None:
    """Raise QueryError unless `text` is a read query that calls no other endpoint."""
    query_form(text, allow_service=allow_service)


_WORDING = threading.Lock()  # rdflib's parser, one call at a time
WORDING_MAX = 20_000  # characters: longer texts keep Oxigraph's own wording
_OXIGRAPH_PLACE = re.compile(r"^error at (\d+):(\d+): (.*)$")


def syntax_error(text: str, error: SyntaxError) -> QueryError:
    """A QueryError for the syntax error Oxigraph found in `text`, naming its line and column.

    >>> str(syntax_error("SELECT * WHERE {\\n  ?s ?p ?o .\\n  FILTR(?s) }", SyntaxError("error at 3:11: expected OPTIONAL")))
    "SPARQL syntax error at line 3, column 3: Expected SelectQuery (near 'FILTR(?s) }')"
    """
    if len(text) <= WORDING_MAX:
        from rdflib.plugins.sparql.parser import parseQuery

        with _WORDING:
            try:
                parseQuery(text)
            except RecursionError:
                pass
            except Exception as exc:  # pyparsing's ParseException and friends
                if getattr(exc, "lineno", None) is not None:
                    return QueryError(_rdflib_message(exc))
    first = str(error).splitlines()[0] if str(error) else "invalid query"
    place = _OXIGRAPH_PLACE.match(first)
    if place:
        return QueryError(f"SPARQL syntax error at line {place[1]}, column {place[2]}: {place[3]}")
    return QueryError(f"SPARQL syntax error: {first}")


def _rdflib_message(exc: Exception) -> str:
    line, column = getattr(exc, "lineno", None), getattr(exc, "col", None)
    expected = " ".join(str(getattr(exc, "msg", "") or exc).split())[:160]
    near = " ".join(str(getattr(exc, "line", "")).split())[:60]
    return f"SPARQL syntax error at line {line}, column {column}: {expected}" + (f" (near {near!r})" if near else "")
