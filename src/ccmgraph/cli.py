"""The `ccmgraph` command line: thin click commands over the API, one-line errors.

Exit codes: 0 ok, 1 a document was rejected or an error occurred, 2 usage error.
Tracebacks only with --debug.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ccmgraph.errors import CcmGraphError, StoreError, UsageError
from ccmgraph.paths import default_store
from ccmgraph.pipeline import Outcome


class Context:
    def __init__(self, store: Path, quiet: bool, debug: bool) -> None:
        self.store_path, self.quiet, self.debug = store, quiet, debug

    def say(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True)

    def kg(self, endpoint: str | None = None, *, existing: bool = False) -> Any:
        """The store (or endpoint); `existing`: a store that was never built is an error, not
        an empty folder created on the spot that answers every query with no rows."""
        from ccmgraph.api import KnowledgeGraph

        if endpoint:
            return KnowledgeGraph(self.store_path, endpoint=endpoint)
        if existing and not (self.store_path / "oxigraph").exists():
            raise StoreError(f"no store at {self.store_path}; run `ccmgraph build` "
                             "(or give --store DIR or $CCMGRAPH_STORE)")
        return KnowledgeGraph(self.store_path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", type=click.Path(path_type=Path), default=None,
              help="Store folder (default: $CCMGRAPH_STORE or ./ccmgraph-store).")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, store: Path | None, quiet: bool, debug: bool) -> None:
    """Knowledge graph of the CCM, the APMBC and CCW Protocol V: build, ingest, query, export."""
    ctx.obj = Context(store or default_store(), quiet, debug)


def _report(obj: Context, outcome: Outcome) -> None:
    if outcome.accepted:
        obj.say(f"ok        {outcome.source}  ({outcome.kind}, {outcome.triples} triples"
                f"{', ' + str(len(outcome.warnings)) + ' warnings' if outcome.warnings else ''})")
        for warning in outcome.warnings:  # one line each; --quiet silences them
            obj.say(f"  warning: {' '.join(str(warning).split())}")
    else:
        click.echo(f"rejected  {outcome.error}", err=True)


def _reporting(obj: Context, advance: Callable[[str], None]) -> Callable[[Outcome], None]:
    """One line per document (and its warnings), then a step of the progress bar."""
    def report(outcome: Outcome) -> None:
        _report(obj, outcome)
        advance(outcome.source)
    return report


@cli.command()
@click.pass_obj
def build(obj: Context) -> None:
    """Build the graph from the bundled corpus and reference tables, then summarise it."""
    from ccmgraph.progress import progress_bar
    from ccmgraph.store.summary import summary

    with obj.kg() as kg, progress_bar("build", None, not obj.quiet) as advance:
        outcomes = kg.build(progress=_reporting(obj, advance))
        click.echo(summary(kg))
    if not all(o.accepted for o in outcomes):
        sys.exit(1)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--kind", default=None, help="Document kind (default: detected).")
@click.option("--meeting-date", default=None, help="ISO date of the meeting, for minutes that lack one.")
@click.pass_obj
def ingest(obj: Context, files: tuple[Path, ...], kind: str | None, meeting_date: str | None) -> None:
    """Add documents: each is validated and committed whole, or rejected with one line."""
    from ccmgraph.records import PartialDate

    supplied = None
    if meeting_date:
        try:
            y, m, d = (int(p) for p in meeting_date.split("-"))
            supplied = PartialDate(y, m, d)
        except ValueError:
            raise UsageError(f"--meeting-date {meeting_date!r} is not an ISO date (YYYY-MM-DD)") from None
    from ccmgraph.progress import progress_bar

    with obj.kg() as kg, progress_bar("ingest", len(files), not obj.quiet and len(files) > 1) as advance:
        if kind:
            from ccmgraph import ingesters

            ingesters.get(kind)  # unknown kinds are a usage error before any file is read
        outcomes = kg.ingest(files, kind, supplied, progress=_reporting(obj, advance))
    if not all(o.accepted for o in outcomes):
        sys.exit(1)


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        if "=" not in pair:
            raise UsageError(f"parameter {pair!r} is not key=value")
        key, value = pair.split("=", 1)
        params[key.strip()] = value
    return params


FORMATS = click.Choice(["table", "csv", "tsv", "json"])


@cli.command()
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, help="Parameter key=value (repeatable).")
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.option("--endpoint", default=None, help="Run against a remote SPARQL endpoint instead.")
@click.option("--wide", is_flag=True, help="Table cells in full (text is cut at 60 characters; IRIs never).")
@click.pass_obj
def query(obj: Context, name: str, params: tuple[str, ...], fmt: str, endpoint: str | None, wide: bool) -> None:
    """Run a named query (see `ccmgraph queries`)."""
    with obj.kg(endpoint, existing=True) as kg:
        rows = kg.query(name, **_params(params))
    click.echo(rows.render(fmt, wide=wide))


@cli.command()
@click.option("--review", is_flag=True, help="List the uncertain identities kept apart, with their evidence.")
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.pass_obj
def people(obj: Context, review: bool, fmt: str) -> None:
    """People, once each (named query `people`); --review: who may be one person (`people_candidates`)."""
    with obj.kg(None) as kg:
        rows = kg.query("people_candidates" if review else "people")
    click.echo(rows.render(fmt))


@cli.command(name="queries")
def list_queries() -> None:
    """List the named queries with their summaries and parameters."""
    from ccmgraph.query import named as q

    for named in q.catalogue().values():
        params = ", ".join(f"{p.name}{'' if p.required else '?'}" for p in named.params.values())
        click.echo(f"{named.name:32} {named.summary}" + (f"  [{params}]" if params else ""))


@cli.command()
@click.argument("text")
@click.option("--format", "fmt", default=None,
              type=click.Choice(["table", "csv", "tsv", "json", "turtle", "ntriples", "jsonld", "rdfxml"]),
              help="Rows and ASK: table (default), csv, tsv, json. CONSTRUCT/DESCRIBE: turtle (default), "
                   "ntriples, jsonld, rdfxml.")
@click.option("--endpoint", default=None)
@click.option("--wide", is_flag=True, help="Table cells in full.")
@click.pass_obj
def sparql(obj: Context, text: str, fmt: str | None, endpoint: str | None, wide: bool) -> None:
    """Run an ad-hoc read-only SPARQL query given as text or as a file path: SELECT gives rows,
    ASK true or false, CONSTRUCT and DESCRIBE a graph."""
    from ccmgraph.query.answers import render

    candidate = Path(text)
    if len(text) < 4096 and candidate.is_file():
        text = candidate.read_text(encoding="utf-8")
    with obj.kg(endpoint, existing=True) as kg:
        click.echo(render(kg.sparql(text), fmt, wide=wide))


@cli.command()
@click.pass_obj
def validate(obj: Context) -> None:
    """Validate every named graph in the store against the shapes; exit 1 on any violation."""
    from ccmgraph.validate.store import validate_store

    with obj.kg(existing=True) as kg:
        failures = validate_store(kg.store, progress=obj.say)
    if failures:
        for line in failures:
            click.echo(line, err=True)
        sys.exit(1)
    click.echo("store conforms to the shapes")


EXPORT_SUFFIXES = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "ntriples", ".jsonld": "jsonld",
                   ".json": "jsonld"}


def _export_format(fmt: str | None, output: Path | None) -> str:
    """--format if given, else the one the output file's extension names, else Turtle."""
    named = EXPORT_SUFFIXES.get(output.suffix.lower()) if output is not None else None
    if fmt and named and fmt != named:
        raise UsageError(f"{output}: the extension says {named}, --format says {fmt}")
    if output is not None and not fmt and not named:
        raise UsageError(f"{output}: cannot tell the format from {output.suffix or 'no extension'!r}; "
                         f"use {', '.join(EXPORT_SUFFIXES)} or --format")
    return fmt or named or "turtle"


@cli.command()
@click.option("--reason", is_flag=True, help="Run HermiT over the ontology and the store's data (needs Java).")
@click.pass_obj
def check(obj: Context, reason: bool) -> None:
    """Check the store beyond its shapes: --reason looks for contradictions with the ontology."""
    if not reason:
        raise UsageError("say what to check: --reason")
    from ccmgraph.validate.reason import check as run_hermit

    with obj.kg(existing=True) as kg:
        facts = [q.triple for q in kg.store.quads()]
    findings = run_hermit(facts, say=obj.say)
    for finding in findings:
        click.echo("\n".join(finding.lines()))
    if findings:
        sys.exit(1)
    click.echo(f"HermiT: the ontology and the store's {len(facts)} facts are consistent")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"]),
              default=None, help="Default: from the extension of -o (.ttl .trig .nq .nt .jsonld), else turtle.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None)
@click.option("--void", "void_path", type=click.Path(path_type=Path), default=None,
              help="Also write a VoID/DCAT description (Turtle) of the dataset to this file.")
@click.pass_obj
def export(obj: Context, fmt: str | None, output: Path | None, void_path: Path | None) -> None:
    """Export the whole store, deterministically (same store, same bytes)."""
    from ccmgraph.export.write import write_export
    from ccmgraph.progress import spinner

    fmt = _export_format(fmt, output)
    with obj.kg(existing=True) as kg:
        if output is None:
            write_export(kg.store, fmt, sys.stdout.buffer)
        else:
            partial = output.with_name(output.name + ".partial")  # never a half-written export
            with partial.open("wb") as handle, spinner(f"exporting {fmt} to {output}", not obj.quiet):
                write_export(kg.store, fmt, handle)
            partial.replace(output)
            obj.say(f"wrote {output.stat().st_size} bytes to {output}")
        if void_path is not None:
            from ccmgraph.export.void import void_turtle

            void_path.write_bytes(void_turtle(kg.store, kg.query))
            obj.say(f"wrote the dataset description to {void_path}")


@cli.command()
@click.option("--kind", "kind", default="coordinators", show_default=True,
              type=click.Choice(["coordinators", "attendance", "delegates", "org-state"]))
@click.option("--convention", default=None, help="ccm, apmbc or ccw-p5.")
@click.option("--theme", default=None, help="Theme slug or label, e.g. victim-assistance.")
@click.option("--start", default=None, help="First year (or ISO date) of the period.")
@click.option("--end", default=None, help="Last year (or ISO date) of the period.")
@click.option("-o", "--output", "outputs", multiple=True, required=True, type=click.Path(path_type=Path),
              help="FILE.html, .png, .svg, .graphml or .gexf (repeatable).")
@click.pass_obj
def network(obj: Context, kind: str, convention: str | None, theme: str | None, start: str | None,
            end: str | None, outputs: tuple[Path, ...]) -> None:
    """Draw an actor network as an offline HTML page, a picture, or a Gephi file."""
    from ccmgraph.network.filters import check_filters
    from ccmgraph.network.visualise import write

    with obj.kg(existing=True) as kg:
        check_filters(kg.query, convention, theme)
        graph = kg.network(kind, convention=convention, theme=theme, start=start, end=end)
    for output in outputs:
        write(graph, output)
        obj.say(f"wrote {output} ({graph.number_of_nodes()} actors, {graph.number_of_edges()} links)")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--timeout", default=10.0, show_default=True, type=float, help="Seconds per query.")
@click.option("--max-rows", default=10_000, show_default=True, type=int, help="Largest result served.")
@click.option("--workers", default=2, show_default=True, type=int, help="Queries run at the same time.")
@click.pass_obj
def serve(obj: Context, host: str, port: int, timeout: float, max_rows: int, workers: int) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint with a query page."""
    from ccmgraph.serve.app import Limits, make_server

    server = make_server(obj.store_path, host, port, Limits(timeout, max_rows, max(1, workers)), obj.quiet)
    click.echo(f"SPARQL endpoint on http://{host}:{server.server_address[1]}/sparql (Ctrl-C stops it)", err=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        server.pool.close()


@cli.command()
@click.option("--endpoint", required=True, help="The store's SPARQL query URL.")
@click.option("--gsp", default=None, help="Its Graph Store Protocol URL (derived for Oxigraph, Fuseki, GraphDB).")
@click.option("--no-union-check", is_flag=True,
              help="Push even if the store's default graph is not the union of its named graphs.")
@click.pass_obj
def push(obj: Context, endpoint: str, gsp: str | None, no_union_check: bool) -> None:
    """Replace every named graph on a SPARQL 1.1 store, then check the counts."""
    from ccmgraph.export.push import Pushed, push as push_graphs
    from ccmgraph.progress import progress_bar

    with obj.kg(existing=True) as kg, progress_bar("push", len(kg.store.graphs()), not obj.quiet) as advance:
        def pushed(p: Pushed) -> None:
            obj.say(f"pushed    {p.graph}  ({p.local} triples, {p.seconds:.2f} s)")
            advance(p.graph)

        done = push_graphs(kg.store, endpoint, gsp, progress=pushed, union_check=not no_union_check)
    click.echo(f"{len(done)} graphs, {sum(p.local for p in done)} triples pushed to {endpoint}; counts match")


@cli.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("ontology-docs"), show_default=True)
@click.pass_obj
def docs(obj: Context, output: Path) -> None:
    """Write the ontology's HTML documentation (index.html) into a folder."""
    from ccmgraph.export.ontodoc import write_docs

    obj.say(f"wrote {write_docs(output)}")


def main(argv: list[str] | None = None) -> None:
    """Entry point: runs the group and turns errors into one line and an exit code."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        cli.main(args=args, prog_name="ccmgraph", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("ccmgraph: aborted", err=True)
        sys.exit(1)
    except click.UsageError as exc:
        click.echo(f"ccmgraph: {exc.format_message()}", err=True)
        sys.exit(2)
    except UsageError as exc:
        click.echo(f"ccmgraph: {exc}", err=True)
        sys.exit(2)
    except CcmGraphError as exc:
        if debug:
            raise
        click.echo(f"ccmgraph: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", err=True)
        sys.exit(1)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, BrokenPipeError):
        sys.exit(1)
    except Exception as exc:  # a bug: one line unless --debug
        if debug:
            raise
        click.echo(f"ccmgraph: internal error: {type(exc).__name__}: {exc} (rerun with --debug)", err=True)
        sys.exit(1)
