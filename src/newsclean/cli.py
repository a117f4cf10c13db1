"""The command line: a thin Typer layer. Arguments -> Options -> ``run_records`` per input ->
a writer from ``output``. Errors become one line on stderr; only this module exits.

Exit codes: 0 every input worked, 1 some failed, 2 usage error.
"""

from __future__ import annotations

import inspect
import os
import re
import sys
import traceback
from contextlib import contextmanager
from functools import partial, wraps
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from hashlib import sha1
from pathlib import Path
from typing import Annotated, Any, Callable, Iterator, NoReturn, Optional, TextIO

import typer

from . import __version__, batch, output, source
from .decode import looks_like_html
from .errors import NewscleanError
from .model import Article, RawPage
from .pipeline import process


@dataclass(frozen=True)
class Options:
    """Everything the work on one input needs; picklable, so it can go to a worker."""

    lang: str | None = None
    ref_date: date | datetime | None = None
    clean_stage: bool = True
    fetch: source.FetchOptions = field(default_factory=source.FetchOptions)
    debug: bool = False
    explain: bool = True  # list what the clean stage removed (only `clean --explain` prints it)
    facts_stage: bool = True  # `clean` prints no facts, and finds none


def run_one(item: source.Item, options: Options) -> Article | NewscleanError:
    """Read one input and run the pipeline on it; a failure is returned, not raised."""
    try:
        raw = source.read(item, options.fetch)
        return process(raw, lang=options.lang, ref_date=options.ref_date, clean_stage=options.clean_stage, explain=options.explain,
                       facts_stage=options.facts_stage)
    except NewscleanError as e:
        e.source = e.source or source_name(item)
        return e
    except Exception as e:  # a bug in a stage must not stop the batch
        if options.debug:
            raise
        return NewscleanError(f"internal error: {type(e).__name__}: {e}", source_name(item))


def run_records(
    item: source.Item, options: Options, to_records: Callable[[Article], list[output.Record]]
) -> list[output.Record] | NewscleanError:
    """``run_one``, then the input's output records, made in the worker: records are a
    third of an Article's size to send back, and the main process only writes them."""
    result = run_one(item, options)
    return result if isinstance(result, NewscleanError) else to_records(result)


def article_records(article: Article, *, with_facts: bool = True, explain: bool = False) -> list[output.Record]:
    return [output.article_record(article, with_facts=with_facts, explain=explain)]


def source_name(item: source.Item) -> str:
    if isinstance(item, RawPage):
        return item.source
    return item if isinstance(item, str) else item.source or "-"


# -- options shared by the commands ----------------------------------------------------


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    text = "text"
    parquet = "parquet"


SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".md": "markdown", ".txt": "text", ".parquet": "parquet"}


def _ref_date(value: Optional[str]) -> Optional[datetime]:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not an ISO date: {value!r} (use e.g. 2024-05-31)") from None


Sources = Annotated[Optional[list[str]], typer.Argument(help="Files, folders, URLs, or - for stdin.", show_default=False)]
FormatOpt = Annotated[
    Optional[Format],
    typer.Option("--format", "-f", help="Output format [default: table on a terminal, else jsonl; or from -o's suffix].", show_default=False),
]
OutputOpt = Annotated[  # a str: a Path would drop the "/" that marks DIR/
    Optional[str],
    typer.Option("--output", "-o", metavar="FILE|DIR/", help="Write to FILE (atomically) instead of stdout; or to DIR/ (a folder, or a name ending in /), one file per input."),
]
FieldsOpt = Annotated[Optional[str], typer.Option("--fields", help="Comma-separated keys/columns to keep, e.g. title,published.")]
InputFileOpt = Annotated[
    Optional[Path],
    typer.Option("--input-file", "-i", help="Read sources from FILE, one per line (- for stdin).", allow_dash=True),
]
GlobOpt = Annotated[Optional[str], typer.Option("--glob", help="In folders, only files matching this pattern, e.g. '*.html'.")]
LangOpt = Annotated[Optional[str], typer.Option("--lang", help="Language of the pages (en, ko, ...) instead of detecting it.")]
RefDateOpt = Annotated[
    Optional[datetime],
    typer.Option("--ref-date", parser=_ref_date, metavar="DATE", help="Resolve relative dates against DATE (ISO) [default: the article's date]."),
]
NoCleanOpt = Annotated[bool, typer.Option("--no-clean", help="Inputs are clean article text already: skip cleaning; offsets index the input.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse inputs (files, responses, decompressed) larger than this.")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", min=0.1, help="Network timeout per request, in seconds.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes [default: the number of CPUs].", show_default=False)]
UnorderedOpt = Annotated[bool, typer.Option("--unordered", help="Write each result as soon as it is ready, not in input order.")]
NoProgressOpt = Annotated[bool, typer.Option("--no-progress", help="Hide the progress bar (shown only when stderr is a terminal).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, error lines or summary on stderr (a run that cannot start still says why).")]
SkipExistingOpt = Annotated[bool, typer.Option("--skip-existing", help="With -o DIR/: skip inputs whose result file exists (resume a run).")]
InputTimeoutOpt = Annotated[float, typer.Option("--input-timeout", min=0.1, help="Fail an input that takes longer than this many seconds (fetch and processing).")]
CsvFormulasOpt = Annotated[
    bool,
    typer.Option("--csv-formulas", help="CSV: keep text cells starting with = + - @ as they are [default: prefix a ' so spreadsheets show them as text, not formulas]."),
]
DaskOpt = Annotated[
    bool,
    typer.Option("--dask", help="Run on a Dask cluster (--scheduler; else a local one on this machine's cores), "
                                "one shard per part into -o DIR, as jsonl or parquet."),
]
SchedulerOpt = Annotated[
    Optional[str],
    typer.Option("--scheduler", metavar="ADDRESS", envvar="DASK_SCHEDULER_ADDRESS",
                 help="With --dask: the scheduler of an existing cluster, e.g. tcp://host:8786."),
]


@dataclass(frozen=True)
class RunOptions:
    """How to run a batch and where its results go (see ``batch``)."""

    jobs: int | None = None
    ordered: bool = True
    progress: bool = True
    summary: bool = True  # "N inputs, N ok, N failed in T s" at the end (always after Ctrl-C)
    quiet: bool = False
    skip_existing: bool = False
    csv_formulas: bool = False
    input_timeout: float | None = None


BATCH_OPTIONS = [  # the options of every batch command, handed to it as one RunOptions
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
    for name, annotation, default in [
        ("jobs", JobsOpt, None),
        ("unordered", UnorderedOpt, False),
        ("no_progress", NoProgressOpt, False),
        ("quiet", QuietOpt, False),
        ("skip_existing", SkipExistingOpt, False),
        ("csv_formulas", CsvFormulasOpt, False),
        ("input_timeout", InputTimeoutOpt, 300.0),
    ]
]


def batch_command(command: Callable[..., None]) -> Callable[..., None]:
    """``command`` with the BATCH_OPTIONS as parameters of its own (Typer reads the
    signature), their values handed to it as its ``run: RunOptions`` parameter."""
    own = [p for p in inspect.signature(command, eval_str=True).parameters.values() if p.name != "run"]

    @wraps(command)
    def with_batch_options(**values: Any) -> None:
        run = _run_options(**{p.name: values.pop(p.name) for p in BATCH_OPTIONS})
        command(**values, run=run)

    with_batch_options.__signature__ = inspect.Signature([*own, *BATCH_OPTIONS])  # type: ignore[attr-defined]
    return with_batch_options


def _run_options(
    *, jobs: int | None, unordered: bool, no_progress: bool, quiet: bool, skip_existing: bool, csv_formulas: bool, input_timeout: float
) -> RunOptions:
    terminal = sys.stderr.isatty() and not quiet  # else stderr carries error lines only
    return RunOptions(jobs, not unordered, terminal and not no_progress, terminal, quiet, skip_existing, csv_formulas, input_timeout)
DEFAULT_FETCH = source.FetchOptions()

app = typer.Typer(
    help="Clean news pages and extract their metadata and facts (English and Korean first).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsclean {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Clean news pages and extract their metadata and facts (English and Korean first)."""


@app.command(
    epilog="**Examples**\n\n"
    "`newsclean extract samples/`\n\n"
    "`newsclean extract https://example.com/news/1 --format json`\n\n"
    "`cat page.html | newsclean extract - --format jsonl | jq -r .title`\n\n"
    "`newsclean extract -i urls.txt --fields title,published -f csv -o out.csv`"
)
@batch_command
def extract(
    sources: Sources = None,
    format: FormatOpt = None,
    output_file: OutputOpt = None,
    fields: FieldsOpt = None,
    input_file: InputFileOpt = None,
    glob: GlobOpt = None,
    lang: LangOpt = None,
    ref_date: RefDateOpt = None,
    no_clean: NoCleanOpt = False,
    max_bytes: MaxBytesOpt = DEFAULT_FETCH.max_bytes,
    timeout: TimeoutOpt = DEFAULT_FETCH.timeout,
    debug: DebugOpt = False,
    dask: DaskOpt = False,
    scheduler: SchedulerOpt = None,
    run: RunOptions = RunOptions(),
) -> None:
    """Metadata, clean text and facts of each page: one record per input."""
    options = _options(lang, ref_date, not no_clean, max_bytes, timeout, debug)
    if dask:
        _on_dask(scheduler, sources, input_file, glob, options, format, output_file, _fields(fields, "article"), "article", run)
    _main(sources, input_file, glob, options, format, output_file, _fields(fields, "article"), "article", article_records, run)


@app.command(
    epilog="**Examples**\n\n"
    "`newsclean clean page.html --format text`\n\n"
    "`newsclean clean page.html --explain`   (every removed block and why)\n\n"
    "`newsclean clean pages/ --glob '*.html' -f jsonl -o clean.jsonl`"
)
@batch_command
def clean(
    sources: Sources = None,
    format: FormatOpt = None,
    output_file: OutputOpt = None,
    fields: FieldsOpt = None,
    input_file: InputFileOpt = None,
    glob: GlobOpt = None,
    lang: LangOpt = None,
    explain: Annotated[bool, typer.Option("--explain", help="List every removed block or line with its reason.")] = False,
    max_bytes: MaxBytesOpt = DEFAULT_FETCH.max_bytes,
    timeout: TimeoutOpt = DEFAULT_FETCH.timeout,
    debug: DebugOpt = False,
    run: RunOptions = RunOptions(),
) -> None:
    """Clean text and metadata of each page (page chrome stripped), without facts."""
    options = _options(lang, None, True, max_bytes, timeout, debug, explain, facts_stage=False)
    _main(sources, input_file, glob, options, format, output_file, _fields(fields, "article"), "article",
          partial(article_records, with_facts=False, explain=explain), run)


@app.command(
    epilog="**Examples**\n\n"
    "`newsclean facts samples/`\n\n"
    "`newsclean facts page.html --type money --type date -f csv`\n\n"
    "`newsclean facts notes.txt --no-clean --ref-date 2024-05-31 -f jsonl`"
)
@batch_command
def facts(
    sources: Sources = None,
    format: FormatOpt = None,
    output_file: OutputOpt = None,
    fields: FieldsOpt = None,
    input_file: InputFileOpt = None,
    glob: GlobOpt = None,
    lang: LangOpt = None,
    ref_date: RefDateOpt = None,
    no_clean: NoCleanOpt = False,
    type_: Annotated[Optional[list[str]], typer.Option("--type", "-t", help="Only facts of this type (repeatable).")] = None,
    max_bytes: MaxBytesOpt = DEFAULT_FETCH.max_bytes,
    timeout: TimeoutOpt = DEFAULT_FETCH.timeout,
    debug: DebugOpt = False,
    dask: DaskOpt = False,
    scheduler: SchedulerOpt = None,
    run: RunOptions = RunOptions(),
) -> None:
    """The facts in each page's clean text: one record per fact, with its source."""
    options = _options(lang, ref_date, not no_clean, max_bytes, timeout, debug)
    types = tuple(type_ or ())
    if dask:
        _on_dask(scheduler, sources, input_file, glob, options, format, output_file, _fields(fields, "fact"), "fact", run, types)
    _main(sources, input_file, glob, options, format, output_file, _fields(fields, "fact"), "fact",
          partial(output.fact_records, types=types), run)


@app.command(
    epilog="**Examples**\n\n"
    "`newsclean fetch https://example.com/news/1 -o pages/`\n\n"
    "`newsclean fetch -i urls.txt -o pages/`   (then: `newsclean extract pages/`)"
)
def fetch(
    sources: Sources = None,
    output_dir: Annotated[Path, typer.Option("--output", "-o", help="Folder to save the raw pages in (created if missing).", file_okay=False)] = ...,  # type: ignore[assignment]
    input_file: InputFileOpt = None,
    glob: GlobOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_FETCH.max_bytes,
    timeout: TimeoutOpt = DEFAULT_FETCH.timeout,
    debug: DebugOpt = False,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Save each page's raw bytes to a folder, one file per input; prints each source and its file, tab-separated."""
    specs = _sources(sources, input_file)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise typer.BadParameter(f"cannot create {output_dir}: {e.strerror}", param_hint="--output") from None

    def emit(item: source.Item, result: Path | BaseException) -> str | None:
        if isinstance(result, NewscleanError):
            return _error_line(result, result.source or source_name(item), debug)
        if isinstance(result, BaseException):
            raise result
        print(f"{source.redact(source_name(item))}\t{result}", flush=True)
        return None

    items = source.list_inputs(specs, input_file=_list_path(input_file), glob=glob, max_bytes=max_bytes)
    work = partial(save_one, options=source.FetchOptions(max_bytes=max_bytes, timeout=timeout), folder=output_dir)
    try:
        tally = batch.run(items, work, emit, jobs=jobs, quiet=quiet)
    except BrokenPipeError:
        _reader_gone()
    raise typer.Exit(130 if tally.interrupted else 1 if tally.failed else 0)


def save_one(item: source.Item, options: source.FetchOptions, folder: Path) -> Path | NewscleanError:
    """Read one input and save its raw bytes in ``folder``; a failure is returned."""
    try:
        raw = source.read(item, options)
        path = folder / saved_name(raw)
        source.save_atomically(path, raw.data)
        return path
    except NewscleanError as e:
        e.source = e.source or source_name(item)
        return e


def saved_name(raw: RawPage) -> str:
    """A stable file name for a fetched page: a slug of its URL or path and a short hash."""
    where = source.redact(raw.url or raw.source)
    stem = "".join(c if c.isalnum() or c in "-." else "_" for c in where.split("://")[-1].split("?")[0])
    text = raw.data[:4096].decode("utf-8", "replace")
    suffix = ".html" if looks_like_html(text) else ".txt"
    return f"{stem.strip('_.')[:80]}-{sha1(where.encode()).hexdigest()[:8]}{suffix}"


# -- the shared main -------------------------------------------------------------------


def _options(
    lang: str | None, ref_date: datetime | None, clean_stage: bool, max_bytes: int, timeout: float, debug: bool, explain: bool = False,
    facts_stage: bool = True,
) -> Options:
    return Options(lang, ref_date, clean_stage, source.FetchOptions(max_bytes=max_bytes, timeout=timeout), debug, explain, facts_stage)


def _fields(value: str | None, kind: str) -> tuple[str, ...] | None:
    if not value:
        return None
    names = tuple(f.strip() for f in value.split(",") if f.strip())
    unknown = [n for n in names if n not in output.ARTICLE_KEYS] if kind == "article" else []
    if unknown:
        raise typer.BadParameter(f"unknown field {unknown[0]!r}; choose from {', '.join(output.ARTICLE_KEYS)}", param_hint="--fields")
    return names


def _sources(sources: list[str] | None, input_file: Path | None) -> list[str]:
    if not sources and input_file is None:
        raise typer.BadParameter("give at least one SOURCE (file, folder, URL or -) or -i FILE", param_hint="SOURCES")
    if (sources or []).count("-") + (str(input_file) == "-") > 1:
        raise typer.BadParameter("stdin (-) can be read only once", param_hint="SOURCES")
    if input_file is not None and str(input_file) != "-" and not input_file.is_file():
        raise typer.BadParameter(f"no such file: {input_file}", param_hint="--input-file")
    return sources or []


def _list_path(input_file: Path | None) -> str | None:
    return None if input_file is None else str(input_file)


def _main(
    sources: list[str] | None,
    input_file: Path | None,
    glob: str | None,
    options: Options,
    format: Format | None,
    output_to: str | None,
    fields: tuple[str, ...] | None,
    kind: str,
    to_records: Callable[[Article], list[output.Record]],
    run_options: RunOptions = RunOptions(progress=False, summary=False),
) -> None:
    specs = _sources(sources, input_file)
    folder = Path(output_to) if output_to is not None and _names_folder(output_to) else None
    output_file = Path(output_to) if output_to is not None and folder is None else None
    if output_file is not None:
        _refuse_clobber(output_file, specs, input_file)
    if run_options.skip_existing and folder is None:
        raise typer.BadParameter("needs -o DIR/ (one result file per input)", param_hint="--skip-existing")
    fmt = _format(format, output_file) if folder is None else (format.value if format else "jsonl")
    if fmt == "parquet" and folder is not None:
        raise typer.BadParameter("Parquet with -o DIR/ needs --dask; or give -o FILE.parquet", param_hint="--format")
    if fmt == "parquet" and output_file is None and sys.stdout.isatty():
        raise typer.BadParameter("Parquet is binary: give -o FILE", param_hint="--format")
    items = source.list_inputs(specs, input_file=_list_path(input_file), glob=glob, max_bytes=options.fetch.max_bytes)
    # No bar while the records themselves stream to the terminal: they would be written
    # through it, and they show the progress anyway.
    bar = run_options.progress and not (output_to is None and sys.stdout.isatty())
    open_writer = partial(output.open_writer, fmt, kind=kind, fields=fields, csv_formulas=run_options.csv_formulas)
    tally = batch.Tally()
    try:
        with _open_output(None if folder else output_file) as out:
            if folder is None:
                writer = open_writer(out)
                write: Callable[[str, list[output.Record]], None] = lambda _, records: writer.write(records)
            else:
                sink = batch.FolderSink(folder, FOLDER_SUFFIXES.get(fmt, f".{fmt}"), open_writer)
                write = sink.write
            tally = batch.run(
                items,
                partial(run_records, options=options, to_records=to_records),
                _emitter(write, options.debug),
                jobs=run_options.jobs,
                ordered=run_options.ordered,
                skip=(lambda item: sink.exists(source_name(item))) if run_options.skip_existing else None,
                progress=bar,
                quiet=run_options.quiet,
                count=_counter(specs, input_file, glob) if bar else None,
                timeout=run_options.input_timeout,
            )
            if tally.interrupted and output_file is not None and folder is None:
                raise KeyboardInterrupt  # -o FILE is written whole or not at all
            if folder is None:
                writer.close()
    except KeyboardInterrupt:
        tally.interrupted = True
    except NewscleanError as e:  # the input list could not be read, or the output cannot be made
        _report(e, e.source or output_to or "-", options.debug)
        raise typer.Exit(1) from None
    except BrokenPipeError:
        _reader_gone()
    except OSError as e:  # the output cannot be written: permissions, a full disk
        print(f"newsclean: {output_to or '-'}: cannot write: {e.strerror or e}", file=sys.stderr)
        raise typer.Exit(1) from None
    if not run_options.quiet and (tally.interrupted or run_options.summary):
        print(f"newsclean: {tally.line()}", file=sys.stderr, flush=True)
    raise typer.Exit(130 if tally.interrupted else 1 if tally.failed else 0)


FOLDER_SUFFIXES = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv", "markdown": ".md", "text": ".txt", "table": ".txt"}


def _names_folder(output: str) -> bool:
    """``-o DIR/``: an existing folder, or a name ending in a slash."""
    return output.endswith(("/", os.sep)) or os.path.isdir(output)


def _emitter(write: Callable[[str, list[output.Record]], None], debug: bool) -> batch.Emit:
    """What to do with each input's result: write its records, return its error line."""

    def emit(item: source.Item, result: list[output.Record] | BaseException) -> str | None:
        name = source_name(item)
        if isinstance(result, NewscleanError):
            result.source = result.source or name
            write(name, [output.error_record(result)])
            return _error_line(result, result.source, debug)
        if isinstance(result, BaseException):  # a bug; run_one raises it only with --debug
            raise result
        write(name, result)
        return None

    return emit


def _counter(specs: list[str], input_file: Path | None, glob: str | None) -> Callable[[], int] | None:
    """Counts the inputs for the progress bar's ETA, when they can be listed twice."""
    if "-" in specs or str(input_file) == "-":
        return None
    return lambda: sum(1 for _ in source.list_inputs(specs, input_file=_list_path(input_file), glob=glob))


def _format(format: Format | None, output_file: Path | None) -> str:
    if format is not None:
        return format.value
    if output_file is not None:
        return SUFFIX_FORMATS.get(output_file.suffix.lower(), "jsonl")
    return "table" if sys.stdout.isatty() else "jsonl"


def _refuse_clobber(output_file: Path, specs: list[str], input_file: Path | None) -> None:
    target = output_file.resolve()
    if target.is_dir():
        raise typer.BadParameter(f"{output_file} is a folder; give a file name", param_hint="--output")
    if not target.parent.is_dir():
        raise typer.BadParameter(f"no folder {output_file.parent} to write {output_file.name} in", param_hint="--output")
    inputs = [*specs, str(input_file)] if input_file is not None else specs
    for spec in inputs:
        if not source.is_url(spec) and spec != "-" and Path(spec).resolve() == target:
            raise typer.BadParameter(f"{output_file} is an input; refusing to overwrite it", param_hint="--output")


@contextmanager
def _open_output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
    else:
        with source.atomic_output(path) as f:
            yield f


def _on_dask(
    address: str | None,
    sources: list[str] | None,
    input_file: Path | None,
    glob: str | None,
    options: Options,
    format: Format | None,
    output_dir: str | None,
    fields: tuple[str, ...] | None,
    kind: str,
    run: RunOptions,
    types: tuple[str, ...] = (),
) -> None:
    """``--dask``: the batch on the Dask cluster at ``address`` (None: a local one), each
    part's records in a shard in ``-o DIR``; progress, quiet and summary as ``run`` says."""
    from . import dask, warc

    fmt = format.value if format else "jsonl"
    if output_dir is None or fmt not in dask.FORMATS:
        raise typer.BadParameter("writes shards: give -o DIR, and --format jsonl or parquet", param_hint="--dask")
    try:
        tally, skipped = dask.run(
            _sources(sources, input_file), output_dir, address=address, fmt=fmt,
            kind=kind, types=types, fields=fields, options=options, input_file=_list_path(input_file),
            glob=glob, progress=run.progress, quiet=run.quiet,
        )
    except (NewscleanError, OSError) as e:  # an unreadable input list, no cluster at ADDRESS
        error = e if isinstance(e, NewscleanError) else NewscleanError(f"cannot reach the Dask cluster: {e}")
        _report(error, error.source or address or "dask", options.debug)
        raise typer.Exit(1) from None
    if skipped and not run.quiet:
        print(f"newsclean: WARC files: {warc.describe(skipped)}", file=sys.stderr)
    if not run.quiet and (run.summary or tally.interrupted):
        print(f"newsclean: {tally.line()}", file=sys.stderr)
    raise typer.Exit(130 if tally.interrupted else 1 if tally.failed else 0)


# 128 + SIGPIPE: what a shell reports for a command whose reader stopped early (`| head`).
CLOSED_PIPE = 141


def _reader_gone() -> NoReturn:
    """Standard output's reader has gone: stop quietly with the closed-pipe code, as `cat`
    does. Standard output goes to /dev/null so that nothing fails to flush at exit."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise typer.Exit(CLOSED_PIPE) from None


def _report(error: NewscleanError, name: str, debug: bool) -> None:
    print(_error_line(error, name, debug), file=sys.stderr, flush=True)


def _error_line(error: NewscleanError, name: str, debug: bool) -> str:
    if debug and error.__traceback__ is not None:
        traceback.print_exception(error, file=sys.stderr)
    return output.printable(f"newsclean: {source.redact(name)}: {error.reason}".replace("\n", " "))  # one line


def main() -> None:
    """The console script: UTF-8 output whatever the locale, then the Typer app."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    app()
