"""Runs on a Dask cluster (``--dask [--scheduler ADDRESS]``); ``extract_bag`` for Dask code.

The work is cut into *parts* (``plan``): each WARC file into slices of whole records
(``warc.plan``; small files stay whole), and the other inputs (files, URLs) into runs of
up to ``ITEMS_PER_PART``, all in input order. One part is one Dask task and one output
shard, ``part-00000.jsonl`` or ``.parquet``, written by the worker that ran it into the
output folder (a local path or any fsspec URL such as ``s3://bucket/out``), so no result
funnels through the client. Read in name order, the shards hold the records of a local run
in the same order. A task that fails is retried ``RETRIES`` times by Dask, then reported.

Needs ``pip install 'newsclean[scale]'``.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Sequence, TextIO

from . import batch, output, source, warc
from .errors import NewscleanError, SourceError
from .extras import need
from .model import Article

ITEMS_PER_PART = 200
CONNECT_TIMEOUT = 5.0  # seconds to reach a --scheduler (Dask's default: 30); the client also uses it to reconnect
RETRIES = 2
FORMATS = ("jsonl", "parquet")


@dataclass(frozen=True)
class Part:
    """One task: a slice of a WARC file, or a run of other inputs."""

    warc: warc.WarcSlice | None = None
    items: tuple[str | SourceError, ...] = ()  # an error: a folder that could not be listed

    def describe(self) -> str:
        if self.warc is None:
            return str(self.items[0]) if len(self.items) == 1 else f"{self.items[0]} and {len(self.items) - 1} more"
        w = self.warc
        return f"{w.path} from record {w.first}" if w.start else w.path


@dataclass
class Shard:
    """What the task for one part did: inputs that worked, error lines, skipped records."""

    name: str
    ok: int = 0
    errors: list[str] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)


def extract_bag(
    paths: Iterable[str],
    *,
    options: Any = None,
    slice_bytes: int = warc.SLICE_BYTES,
    glob: str | None = None,
) -> Any:
    """A ``dask.bag.Bag`` of records, one per input, as ``newsclean extract --format jsonl``
    writes them (a failed input is a record with an ``error`` key). ``paths`` are files,
    folders, WARC files (local or fsspec URLs) and http(s) URLs; ``options`` a
    ``newsclean.cli.Options``. One partition per part (see the module doc)."""
    bag = need("dask.bag", "Running on Dask")
    parts = plan(paths, glob=glob, slice_bytes=slice_bytes)
    return bag.from_sequence(parts, partition_size=1).map_partitions(_bag_records, options)


def plan(
    specs: Iterable[str],
    *,
    input_file: str | None = None,
    glob: str | None = None,
    slice_bytes: int = warc.SLICE_BYTES,
) -> list[Part]:
    """The parts of a run, in input order. WARC files are sliced where they are, by the
    current Dask scheduler (on the cluster when a client is active)."""
    delayed = need("dask", "Running on Dask").delayed
    parts: list[Part | Any] = []
    run: list[str | SourceError] = []
    for path in _inputs(specs, input_file, glob):
        if _is_warc(path):
            parts.extend([Part(items=tuple(run))] if run else [])
            parts.append(delayed(_slices)(path, slice_bytes))
            run = []
        else:
            run.append(path)
            if len(run) == ITEMS_PER_PART:
                parts.append(Part(items=tuple(run)))
                run = []
    parts.extend([Part(items=tuple(run))] if run else [])
    planned = need("dask", "Running on Dask").compute(*parts)
    return [p for group in planned for p in (group if isinstance(group, list) else [group])]


def run(
    specs: Sequence[str],
    out_dir: str,
    *,
    address: str | None = None,
    fmt: str = "jsonl",
    kind: str = "article",
    types: tuple[str, ...] = (),
    fields: Sequence[str] | None = None,
    options: Any = None,
    input_file: str | None = None,
    glob: str | None = None,
    slice_bytes: int = warc.SLICE_BYTES,
    progress: bool = False,
    quiet: bool = False,
    stderr: TextIO | None = None,
) -> tuple[batch.Tally, Counter[str]]:
    """Run a batch on the cluster at ``address`` (None: a local cluster, one worker per
    core), one shard per part in ``out_dir``; error lines go to stderr as shards finish.
    Returns the tally of inputs and the records skipped in WARC files."""
    dist = need("dask.distributed", "Running on Dask")
    tally, skipped = batch.Tally(), Counter[str]()
    _prepare(out_dir)
    futures: dict[Any, Part] = {}
    with _client(address) as client, batch._display(progress, None, stderr) as (say, advance):
        try:  # Ctrl-C while planning or submitting (shards may be written already) stops the run too
            parts = plan(specs, input_file=input_file, glob=glob, slice_bytes=slice_bytes)
            for i, part in enumerate(parts):
                shard = f"{out_dir.rstrip('/')}/part-{i:05d}.{fmt}"
                futures[client.submit(_write_shard, part, shard, fmt, kind, types, fields, options, retries=RETRIES, pure=False)] = part
            for future in dist.as_completed(futures):
                with batch._CtrlCAfter():  # a written shard is always counted
                    lines = _tally(future, futures[future], tally, skipped)
                    for line in [] if quiet else lines:
                        say(line)
                advance(tally)
        except KeyboardInterrupt:
            tally.interrupted = True
            client.cancel(list(futures))
    tally.seconds = time.monotonic() - tally.started
    return tally, skipped


def _tally(future: Any, part: Part, tally: batch.Tally, skipped: Counter[str]) -> list[str]:
    """Add a finished task to the tally; its error lines."""
    if future.status != "finished":
        tally.failed += 1
        return [f"newsclean: {source.redact(part.describe())}: failed after {RETRIES + 1} tries, "
                f"shard not written: {future.exception()!r}"]
    shard: Shard = future.result()
    tally.ok += shard.ok
    tally.failed += len(shard.errors)
    skipped.update(shard.skipped)
    return shard.errors


# -- on the workers --------------------------------------------------------------------


def _write_shard(
    part: Part, path: str, fmt: str, kind: str, types: tuple[str, ...], fields: Sequence[str] | None, options: Any
) -> Shard:
    shard = Shard(path.rpartition("/")[2])
    with _open_shard(path) as out:
        writer = output.open_writer(fmt, out, kind=kind, fields=fields)
        for outcome in _outcomes(part, options, shard.skipped):
            if isinstance(outcome, NewscleanError):
                shard.errors.append(f"newsclean: {source.redact(outcome.source or '-')}: {outcome.reason}")
            else:
                shard.ok += 1
            writer.write(_records(outcome, kind, types))
        writer.close()
    return shard


def _bag_records(parts: Iterable[Part], options: Any) -> list[output.Record]:
    outcomes = (outcome for part in parts for outcome in _outcomes(part, options, Counter()))
    return [record for outcome in outcomes for record in _records(outcome, "article", ())]


def _records(outcome: Article | NewscleanError, kind: str, types: tuple[str, ...]) -> list[output.Record]:
    if isinstance(outcome, NewscleanError):
        return [output.error_record(outcome)]
    return output.fact_records(outcome, types) if kind == "fact" else [output.article_record(outcome)]


def _outcomes(part: Part, options: Any, skipped: Counter[str]) -> Iterator[Article | NewscleanError]:
    """The result of every input of a part, as the local CLI computes it."""
    from .cli import Options, run_one  # the same work as a local run

    options = options or Options()
    if part.warc is None:
        yield from (run_one(item, options) for item in part.items)
        return
    try:
        for page in warc.read(part.warc, skipped):
            yield run_one(page, options)
    except NewscleanError as e:
        yield e


# -- listing, files and the cluster ----------------------------------------------------


def _inputs(specs: Iterable[str], input_file: str | None, glob: str | None) -> Iterator[str | SourceError]:
    """Every input path or URL, as ``source.list_inputs`` lists them, without reading WARCs."""
    listed = [*specs, *(source.read_list(input_file) if input_file else ())]
    for spec in listed:
        if spec == "-":
            raise SourceError("stdin cannot be sent to a cluster: save it to a file", "-")
        if source.is_url(spec):
            yield spec
        elif "://" in spec:
            yield from _remote(spec)
        elif os.path.isdir(spec):
            found = [p if isinstance(p, SourceError) else str(p) for p in source.walk(Path(spec), glob)]
            yield from found or [spec]  # read() explains an empty folder
        else:
            yield spec


def _remote(url: str) -> list[str]:
    """The files an fsspec URL names: itself, the files below it, or its glob's matches."""
    fs, path = need("fsspec", "Reading fsspec URLs").core.url_to_fs(url)
    found = fs.glob(path) if any(c in path for c in "*?[") else fs.find(path) if fs.isdir(path) else [path]
    return [fs.unstrip_protocol(p) for p in sorted(found)]


def _slices(path: str, slice_bytes: int) -> list[Part]:
    try:
        return [Part(warc=s) for s in warc.plan(path, slice_bytes)]
    except NewscleanError:
        return [Part(warc=warc.WarcSlice(path))]  # reading it reports the error


def _is_warc(path: str | SourceError) -> bool:
    if isinstance(path, SourceError) or source.is_url(path):
        return False
    try:
        with _open(path, "rb") as f:
            return warc.is_warc(f.read(512))
    except OSError:
        return False


def _open(path: str, mode: str) -> IO[Any]:
    if "://" in path:
        return need("fsspec", "Reading fsspec URLs").open(path, mode).open()
    return open(path, mode)


def _prepare(out_dir: str) -> None:
    """Create the output folder; refuse one holding shards already (they would mix)."""
    try:
        if "://" in out_dir:
            fs, path = need("fsspec", "Writing to fsspec URLs").core.url_to_fs(out_dir)
            fs.makedirs(path, exist_ok=True)
            old = fs.glob(f"{path.rstrip('/')}/part-*")
        else:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
            old = list(Path(out_dir).glob("part-*"))
    except OSError as e:
        raise SourceError(f"cannot create the output folder: {e}", out_dir) from None
    if old:
        raise SourceError("holds shards of an earlier run: give a new or empty folder", out_dir)


@contextmanager
def _open_shard(path: str) -> Iterator[TextIO]:
    """A shard is whole or absent: local files are renamed into place, object stores
    publish an object when it is closed."""
    if "://" not in path:
        with source.atomic_output(Path(path)) as f:
            yield f
        return
    with need("fsspec", "Writing to fsspec URLs").open(path, "w", encoding="utf-8", newline="") as f:
        yield f


# Loggers of the client's own process: on Ctrl-C, tornado logs the callback that the
# interrupt cut short with its traceback. newsclean reports failed shards and stops itself.
CLIENT_LOGGERS = ("tornado.application", "distributed")


@contextmanager
def _client(address: str | None) -> Iterator[Any]:
    dist = need("dask.distributed", "Running on Dask")
    with _quiet(CLIENT_LOGGERS), (_connect(dist, address) if address is not None else _local_client(dist)) as client:
        yield client


@contextmanager
def _local_client(dist: Any) -> Iterator[Any]:
    with _ctrl_c_ignored():
        cluster = dist.LocalCluster(
            n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
            # A free port for the dashboard: never clash. Dask's own log (heartbeat
            # tracebacks on a loaded machine) stays quiet: newsclean reports failed shards.
            dashboard_address=":0", silence_logs=logging.CRITICAL,
        )
    with cluster, dist.Client(cluster) as client:
        yield client


def _connect(dist: Any, address: str) -> Any:
    """A client of the scheduler at ``address``, or a SourceError within CONNECT_TIMEOUT."""
    try:
        return dist.Client(address, timeout=CONNECT_TIMEOUT)
    except OSError:  # refused, unknown host, nothing answering
        raise SourceError(f"no Dask scheduler answered within {CONNECT_TIMEOUT:g} s", address) from None
    except Exception as e:  # noqa: BLE001 - a malformed address, or a server that is not Dask's
        detail = (str(e).splitlines() or [""])[0][:200] or type(e).__name__
        raise SourceError(f"cannot connect to a Dask scheduler: {detail}", address) from None


@contextmanager
def _quiet(names: Sequence[str]) -> Iterator[None]:
    """The loggers ``names`` print nothing below CRITICAL inside, as before after."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


@contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    """Processes started inside inherit an ignored Ctrl-C: the client alone handles it,
    and workers print no tracebacks."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
