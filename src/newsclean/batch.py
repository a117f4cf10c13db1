"""Many inputs, one outcome each, none lost: the batch runner behind every command.

``run()`` feeds a stream of inputs to a picklable ``work`` function in ``jobs`` worker
processes (in this process when ``jobs`` is 1) and hands each ``(input, outcome)`` to
``emit`` in this process, in input order, or as they finish with ``ordered=False``.
The outcome is what ``work`` returned, or the exception it raised.

- Workers get inputs in chunks (one at a time while the pool fills up, so a short list
  still spreads over every worker): the pool's cost per submission, a few thread
  hand-offs, pickles and wake-ups, is shared by the chunk. A chunk holds about
  ``CHUNK_SECONDS`` of work, as measured on the chunks so far (at most ``MAX_CHUNK``
  inputs): many fast pages go in large chunks, slow inputs (URLs) one by one, spread over
  the workers. Outcomes still come one per input.
- Memory stays flat however long the stream: the input listing is read lazily and at
  most ``PER_WORKER`` chunks per worker are in flight at once.
- A worker process that dies (killed, out of memory, a crash in C code) fails only the
  input it was on: the inputs in flight with it are run again one at a time.
- An input that runs longer than ``timeout`` seconds fails with ``InputTimeout``, so one
  hostile page cannot stall a batch (a timer signal: it stops Python code and regular
  expressions, not one long call into C).
- Ctrl-C stops the run at once (the workers are ended, inputs in flight are dropped),
  except while an input's record is being written: that one is finished and counted first.
  ``Tally.interrupted`` says so, and the tally how far it got.

``-o DIR``: ``FolderSink`` writes one file per input, mirroring the input tree, through a
temporary file and a rename, so a file in DIR is always whole; with ``--skip-existing``
the caller's ``skip`` drops inputs whose file is already there before they are read.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Future, wait
from contextlib import contextmanager
from functools import cache
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Generic, TextIO, TypeVar
from urllib.parse import urlsplit

from .errors import NewscleanError
from .output import Record, Writer, printable
from .source import atomic_output, redact

# Imported where they are used: one input runs in this process without a pool (a pool's
# worker that dies raises BrokenProcessPool, a BrokenExecutor), and a run without a
# progress bar or error line prints nothing through rich, so neither is imported for it.
if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from rich.console import Console
    from rich.progress import Progress, TaskID

T = TypeVar("T")

CHUNK_SECONDS = 0.15  # work per submission to the pool, once every worker has work
MAX_CHUNK = 32  # inputs per submission at most
PER_WORKER = 4  # submissions in flight per worker: keeps it busy, bounds memory
STOP_SECONDS = 5.0  # after Ctrl-C, how long the pool's manager thread may take to wind up

Emit = Callable[[T, Any], "str | None"]  # (input, outcome) -> error line, or None if it worked


class WorkerDied(NewscleanError):
    """The worker process running an input died before it returned."""

    def __init__(self, source: str | None = None) -> None:
        super().__init__("the worker process died on this input (crash or out of memory)", source)


class InputTimeout(NewscleanError):
    """An input took longer than the batch's per-input time limit."""


class Deadline(Generic[T]):
    """``work`` that raises InputTimeout when one call runs over ``seconds`` (picklable,
    so it runs in the worker; the timer is the worker's own SIGALRM)."""

    def __init__(self, work: Callable[[T], Any], seconds: float) -> None:
        self.work, self.seconds = work, seconds

    def __call__(self, item: T) -> Any:
        if threading.current_thread() is not threading.main_thread():  # signals need it
            return self.work(item)
        previous = signal.signal(signal.SIGALRM, self._expire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            return self.work(item)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    def _expire(self, signum: int, frame: object) -> None:
        raise InputTimeout(f"took longer than {self.seconds:g} s, stopped (--input-timeout)")


@dataclass
class Tally:
    """How far a run got. ``inputs`` counts finished inputs, not skipped ones."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    interrupted: bool = False
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0

    @property
    def inputs(self) -> int:
        return self.ok + self.failed

    def line(self) -> str:
        """The summary line: ``2000 inputs, 1900 ok, 100 failed in 12.3 s``."""
        parts = [f"{self.inputs} input{'' if self.inputs == 1 else 's'}", f"{self.ok} ok", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (output exists)")
        text = ", ".join(parts) + f" in {self.seconds:.1f} s"
        return f"interrupted after {text}" if self.interrupted else text


def run(
    items: Iterable[T],
    work: Callable[[T], Any],
    emit: Emit,
    *,
    jobs: int | None = None,
    ordered: bool = True,
    skip: Callable[[T], bool] | None = None,
    progress: bool = False,
    quiet: bool = False,
    count: Callable[[], int] | None = None,
    timeout: float | None = None,
    stderr: TextIO | None = None,
) -> Tally:
    """Run ``work`` on every input and ``emit`` each outcome; print errors on stderr.

    ``skip(item)`` true drops an input before it is read (``--skip-existing``).
    ``progress`` shows a bar on stderr (the caller decides: stderr is a terminal and
    not ``--no-progress``); ``quiet`` silences the error lines. ``count()``, when the
    inputs can be listed twice, counts them in a background thread so the bar gets an
    ETA. ``timeout`` limits the seconds one input may take (where SIGALRM exists).
    Ctrl-C ends the run early with ``Tally.interrupted`` set.
    """
    if timeout and hasattr(signal, "setitimer"):
        work = Deadline(work, timeout)
    tally = Tally()
    todo = _unskipped(items, skip, tally) if skip else items
    with _display(progress, count, stderr) as (say, advance):
        try:
            for item, outcome in outcomes(work, todo, jobs=jobs or os.cpu_count() or 1, ordered=ordered):
                with _CtrlCAfter():  # a record is written and counted whole, or not at all
                    error = emit(item, outcome)
                    if error is None:
                        tally.ok += 1
                    else:
                        tally.failed += 1
                        if not quiet:
                            say(printable(error))
                advance(tally)
        except KeyboardInterrupt:
            tally.interrupted = True
    tally.seconds = time.monotonic() - tally.started
    return tally


class _CtrlCAfter:
    """Ctrl-C inside the ``with`` block is raised at its end: an input's record is never cut
    short in the stream, and a file written for it (``-o DIR/``) is always counted in the
    tally. Only in the main thread, where Python handles signals; elsewhere it does nothing."""

    def __enter__(self) -> None:
        self.pressed = False
        self.main = threading.current_thread() is threading.main_thread()
        if self.main:
            self.previous = signal.signal(signal.SIGINT, self._press)

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if self.main:  # None: a handler set outside Python, which Python's own stands for
            signal.signal(signal.SIGINT, self.previous or signal.default_int_handler)
        if self.pressed and kind is None:
            raise KeyboardInterrupt

    def _press(self, signum: int, frame: object) -> None:
        self.pressed = True


def _unskipped(items: Iterable[T], skip: Callable[[T], bool], tally: Tally) -> Iterator[T]:
    for item in items:
        if skip(item):
            tally.skipped += 1
        else:
            yield item


def outcomes(work: Callable[[T], Any], items: Iterable[T], *, jobs: int, ordered: bool = True) -> Iterator[tuple[T, Any]]:
    """``(item, work(item) or the exception it raised)`` for every item; see the module doc."""
    stream = iter(items)
    first = list(islice(stream, 2))
    if jobs <= 1 or len(first) < 2:  # one input is quicker here than in a new process
        for item in chain(first, stream):
            yield item, _call(work, item)
        return
    stream = chain(first, stream)
    while True:
        stranded = yield from _pool_pass(work, stream, jobs, ordered)
        if not stranded:
            return
        yield from _one_by_one(work, stranded)  # a worker died: find which input killed it


def _call(work: Callable[[T], Any], item: T) -> Any:
    try:
        return work(item)
    except Exception as exc:  # noqa: BLE001 - the outcome of this input, handed to emit
        return exc


def _call_each(work: Callable[[T], Any], chunk: list[T]) -> tuple[list[Any], float]:
    """In a worker: the outcome of every input of a chunk, in order, and the seconds the
    chunk took."""
    start = time.perf_counter()
    return [_call(work, item) for item in chunk], time.perf_counter() - start


def _pool_pass(work: Callable[[T], Any], stream: Iterator[T], jobs: int, ordered: bool):
    """Run inputs through one pool until the stream ends (returns []) or a worker dies
    (returns the inputs that were in flight, in input order)."""
    inflight: dict[Future, list[T]] = {}  # insertion order = input order
    window = jobs * PER_WORKER
    done_inputs, busy = 0, 0.0  # inputs finished so far, and the seconds they took
    with _pool(jobs) as pool:
        submitted = 0
        while True:
            while len(inflight) < window:
                size = _chunk_size(done_inputs, busy) if submitted >= window else 1
                chunk = list(islice(stream, size))
                if not chunk:
                    break
                try:
                    inflight[pool.submit(_call_each, work, chunk)] = chunk
                except BrokenExecutor:
                    return [*chain.from_iterable(inflight.values()), *chunk]
                submitted += 1
            if not inflight:
                return []
            for future in _finished(inflight, ordered):
                try:
                    results, seconds = future.result()
                    done_inputs, busy = done_inputs + len(results), busy + seconds
                except BrokenExecutor:
                    return list(chain.from_iterable(inflight.values()))
                except Exception as exc:  # noqa: BLE001 - the chunk's outcomes could not be sent back
                    results = [exc] * len(inflight[future])
                yield from zip(inflight.pop(future), results)


def _chunk_size(done_inputs: int, busy: float) -> int:
    """Inputs for about CHUNK_SECONDS of work at the mean time per input so far (one until
    an input has finished)."""
    if not done_inputs:
        return 1
    return max(1, min(MAX_CHUNK, int(CHUNK_SECONDS * done_inputs / max(busy, 1e-9))))


def _finished(inflight: dict[Future, list[T]], ordered: bool) -> list[Future]:
    """The next futures to hand on: the oldest one once done, or every done one."""
    if ordered:
        oldest = next(iter(inflight))
        wait([oldest])
        return [oldest]
    done, _ = wait(inflight, return_when=FIRST_COMPLETED)
    return [f for f in inflight if f in done]


def _one_by_one(work: Callable[[T], Any], items: list[T]) -> Iterator[tuple[T, Any]]:
    """Each input alone in a one-worker pool, so a worker that dies names its input;
    a new pool after each death."""
    pending = iter(items)
    while True:
        with _pool(1) as pool:
            for item in pending:
                try:
                    outcome = pool.submit(work, item).result()
                except BrokenExecutor:
                    yield item, WorkerDied()
                    break
                except Exception as exc:  # noqa: BLE001 - the outcome of this input
                    outcome = exc
                yield item, outcome
            else:
                return


@contextmanager
def _pool(jobs: int) -> Iterator[ProcessPoolExecutor]:
    # Workers ignore Ctrl-C, which this process handles, so an interrupt prints no worker
    # tracebacks. The platform's start method: fork on Linux starts workers in milliseconds.
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, initializer=_ignore_sigint)
    try:
        yield pool
    except BaseException:  # Ctrl-C, or the caller stopped reading: do not wait for slow inputs
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Drop the queued inputs and end the workers now; then wait (a little) for the pool's
    manager thread to close its pipes: left to run at exit, it races Python's own clean-up of
    pools, which then writes to a closed pipe and prints a traceback (Python 3.11)."""
    workers = list(getattr(pool, "_processes", {}).values())  # no public API before 3.14
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    if manager is not None:
        manager.join(timeout=STOP_SECONDS)


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _display(show: bool, count: Callable[[], int] | None, stderr: TextIO | None):
    """A ``say(line)`` that prints an error line, and an ``advance(tally)`` that moves the
    progress bar. Without a bar, the Console is made at the first error line."""
    if not show:
        yield _printer(lambda: _console(stderr)), lambda tally: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("done, {task.fields[failed]} failed, {task.fields[rate]} pages/s"),
        TimeRemainingColumn(),
        console=_console(stderr),
        transient=True,
    )
    task = bar.add_task("", total=None, failed=0, rate="-")
    if count is not None:
        threading.Thread(target=_count_into, args=(bar, task, count), daemon=True).start()

    def advance(tally: Tally) -> None:
        elapsed = time.monotonic() - tally.started
        rate = f"{tally.inputs / elapsed:.1f}" if elapsed > 0 else "-"
        bar.update(task, completed=tally.inputs + tally.skipped, failed=tally.failed, rate=rate)

    with bar:
        yield _printer(lambda: bar.console), advance


def _console(stderr: TextIO | None) -> Console:
    from rich.console import Console

    return Console(file=stderr or sys.stderr, highlight=False)


def _printer(console: Callable[[], Console]) -> Callable[[str], None]:
    """Print a line through ``console()``, made once, at the first line."""
    made = cache(console)
    return lambda line: made().print(line, markup=False, highlight=False, soft_wrap=True)


def _count_into(bar: Progress, task: TaskID, count: Callable[[], int]) -> None:
    try:
        bar.update(task, total=count())
    except Exception:  # noqa: BLE001 - the run itself reports a listing that fails
        pass


class FolderSink:
    """``-o DIR``: each input's records in a file of their own, written by a fresh writer
    from ``open_writer(stream)``, at ``output_path(root, source, suffix)``, atomically.
    A failed input gets no file, so ``--skip-existing`` tries it again."""

    def __init__(self, root: Path, suffix: str, open_writer: Callable[[TextIO], Writer]) -> None:
        self.root, self.suffix, self.open_writer = root, suffix, open_writer

    def path(self, source: str) -> Path:
        return output_path(self.root, source, self.suffix)

    def exists(self, source: str) -> bool:
        return self.path(source).exists()

    def write(self, source: str, records: list[Record]) -> None:
        if any("error" in r for r in records):
            return
        path = self.path(source)
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(path) as out:
            writer = self.open_writer(out)
            writer.write(records)
            writer.close()


def output_path(root: Path, source: str, suffix: str) -> Path:
    """``-o DIR``: the file for one input's result; see ``relative_name``."""
    name = relative_name(source)
    return root / name.with_name(name.name + suffix)


def relative_name(source: str) -> PurePosixPath:
    """Where an input's result goes below ``-o DIR``, never outside it: a file keeps its
    path as given (relative to the current folder when below it, an absolute one without
    its leading /), a URL becomes ``host/path`` (credentials masked), stdin ``stdin``."""
    if "://" in source:
        parts = urlsplit(redact(source))
        name = f"{parts.netloc}/{parts.path.strip('/') or 'index'}" + (f"?{parts.query}" if parts.query else "")
    elif source == "-":
        name = "stdin"
    else:
        below = os.path.relpath(source)
        name = source if below.startswith("..") else below
    safe = [_safe_part(p) for p in name.replace(os.sep, "/").split("/") if p not in ("", ".", "..")]
    return PurePosixPath(*safe) if safe else PurePosixPath("input")


def _safe_part(part: str) -> str:
    return "".join(c if c.isprintable() and c not in '\\:*?"<>|' else "_" for c in part)[:200]
