"""The batch runner: order, bounded memory, dead workers, skipping, atomic -o DIR files."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SAMPLE_PAGES
from newsclean import batch, output
from newsclean.cli import app


def square(n: int) -> int:
    """Work that takes longer for small numbers, so finishing order differs from input order."""
    import time

    time.sleep(0.002 * (10 - n % 10))
    if n % 7 == 3:
        raise ValueError(f"bad {n}")
    return n * n


def die_on_five(n: int) -> int:
    if n == 5:
        os._exit(1)  # a crash no Python code can catch
    return n


def emit_into(log: list):
    def emit(item, outcome):
        log.append((item, outcome))
        return f"failed {item}" if isinstance(outcome, Exception) else None

    return emit


@pytest.mark.parametrize("jobs", [1, 2])
def test_outcomes_keep_input_order_and_carry_exceptions(jobs):
    got = list(batch.outcomes(square, range(30), jobs=jobs))
    assert [item for item, _ in got] == list(range(30))
    for n, outcome in got:
        if n % 7 == 3:
            assert isinstance(outcome, ValueError) and str(outcome) == f"bad {n}"
        else:
            assert outcome == n * n


def test_unordered_gives_every_input_once():
    got = list(batch.outcomes(square, range(30), jobs=2, ordered=False))
    assert sorted(item for item, _ in got) == list(range(30))


def test_listing_is_read_lazily_so_memory_stays_flat():
    pulled = []

    def listing():
        for n in range(1000):
            pulled.append(n)
            yield n

    results = batch.outcomes(square, listing(), jobs=2)
    for n, _ in results:
        # never more than the in-flight window read ahead of what was handed on
        assert len(pulled) - n <= 2 * batch.PER_WORKER * batch.MAX_CHUNK
        if n == 100:
            break
    results.close()
    assert len(pulled) <= 100 + 2 * batch.PER_WORKER * batch.MAX_CHUNK


def slow_pid(n: int) -> int:
    import time

    time.sleep(0.5)  # long enough for the second worker to start, even on a loaded machine
    return os.getpid()


def test_a_short_list_still_spreads_over_every_worker():
    pids = [pid for _, pid in batch.outcomes(slow_pid, range(4), jobs=2)]
    assert len(set(pids)) == 2


def test_a_dead_worker_inside_a_chunk_fails_only_its_own_input():
    items = [*range(6, 46), 5, *range(6, 46)]  # 5 comes inside a chunk, once the pool is full
    got = list(batch.outcomes(die_on_five, items, jobs=2))
    assert [item for item, _ in got] == items
    assert [n for n, outcome in got if isinstance(outcome, batch.WorkerDied)] == [5]
    assert all(outcome == n for n, outcome in got if n != 5)


def test_a_dead_worker_fails_only_its_own_input():
    got = dict(batch.outcomes(die_on_five, range(12), jobs=2))
    assert list(got) == list(range(12))
    assert isinstance(got[5], batch.WorkerDied) and "worker process died" in got[5].reason
    assert all(got[n] == n for n in got if n != 5)


def test_run_counts_and_prints_errors():
    log: list = []
    err = io.StringIO()
    tally = batch.run(range(20), square, emit_into(log), jobs=2, stderr=err)
    failed = [n for n in range(20) if n % 7 == 3]
    assert (tally.inputs, tally.ok, tally.failed) == (20, 20 - len(failed), len(failed))
    assert err.getvalue().splitlines() == [f"failed {n}" for n in failed]
    assert "20 inputs, 17 ok, 3 failed in" in tally.line()


def test_quiet_silences_error_lines():
    err = io.StringIO()
    tally = batch.run(range(10), square, emit_into([]), jobs=1, quiet=True, stderr=err)
    assert tally.failed == 1 and err.getvalue() == ""


def test_skipped_inputs_are_never_run():
    log: list = []
    tally = batch.run(range(10), square, emit_into(log), jobs=1, skip=lambda n: n < 6)
    assert [n for n, _ in log] == [6, 7, 8, 9]
    assert tally.skipped == 6 and tally.inputs == 4


def test_ctrl_c_stops_the_run_and_says_how_far_it_got():
    def emit(item, outcome):
        if item == 4:
            raise KeyboardInterrupt
        return None

    tally = batch.run(range(100), square, emit, jobs=2)
    assert tally.interrupted and tally.ok == 4
    assert tally.line().startswith("interrupted after 4 inputs, 4 ok")


def test_ctrl_c_while_a_record_is_written_finishes_and_counts_it_first():
    written = []

    def emit(item, outcome):
        if item == 2:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C in the middle of writing record 2
        written.append(item)
        return None

    before = signal.getsignal(signal.SIGINT)
    tally = batch.run(range(6), square, emit, jobs=1)
    assert tally.interrupted and written == [0, 1, 2] and tally.ok == 3
    assert signal.getsignal(signal.SIGINT) is before


def test_progress_bar_draws_on_the_given_stream_and_leaves_errors_readable():
    err = io.StringIO()
    tally = batch.run(range(10), square, emit_into([]), jobs=1, progress=True, count=lambda: 10, stderr=err)
    assert tally.ok == 9
    assert "failed 3" in err.getvalue()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("pages/a/b.html", "pages/a/b.html"),
        ("./pages/x.html.gz", "pages/x.html.gz"),
        ("../../outside/x.html", "outside/x.html"),
        ("https://example.com/news/2020/story?id=3", "example.com/news/2020/story_id=3"),
        ("https://example.com/", "example.com/index"),
        ("https://example.com/../../etc/passwd", "example.com/etc/passwd"),
        ("https://bob:hunter2@example.com/a?token=SECRET&p=2", "example.com/a_token=___&p=2"),
        ("-", "stdin"),
        ("bad\x1b[2Jname.html", "bad_[2Jname.html"),
    ],
)
def test_relative_name_mirrors_the_input_and_never_leaves_the_output_folder(source, expected):
    assert str(batch.relative_name(source)) == expected


def test_an_absolute_path_outside_the_current_folder_loses_only_its_root(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert str(batch.relative_name("/srv/pages/a.html")) == "srv/pages/a.html"


def test_output_path_adds_the_format_suffix(tmp_path):
    assert batch.output_path(tmp_path, "in/a/b.html", ".json") == tmp_path / "in" / "a" / "b.html.json"


def test_folder_sink_writes_whole_files_and_none_for_failures(tmp_path, monkeypatch):
    sink = batch.FolderSink(tmp_path, ".jsonl", lambda out: output.open_writer("jsonl", out, kind="article"))
    sink.write("in/a.html", [{"source": "in/a.html", "title": "A"}])
    sink.write("in/b.html", [{"source": "in/b.html", "error": "empty input"}])
    assert json.loads((tmp_path / "in" / "a.html.jsonl").read_text())["title"] == "A"
    assert sink.exists("in/a.html") and not sink.exists("in/b.html")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        sink.write("in/c.html", [{"source": "in/c.html", "text": "x" * 100_000}])
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["a.html.jsonl"]  # no half-written file


# -- the CLI on a folder: issue 7's done-when, on 40 pages -----------------------------

BROKEN = {5: b"", 17: b"\x89PNG\r\n\x1a\n" + bytes(64), 30: b"\x1f\x8b\x08\x00 not gzip"}


def make_folder(root: Path, count: int = 40) -> list[Path]:
    """``count`` pages named in input order, copies of the samples, with BROKEN mixed in."""
    root.mkdir()
    paths = []
    for n in range(count):
        path = root / f"{n:03}.html"
        path.write_bytes(BROKEN.get(n, SAMPLE_PAGES[n % len(SAMPLE_PAGES)].read_bytes()))
        paths.append(path)
    return paths


def newsclean(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "newsclean", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen,
    )


def test_a_folder_with_broken_pages_gives_every_record_in_order_and_exit_1(tmp_path):
    pages = make_folder(tmp_path / "pages")
    run = newsclean("extract", str(tmp_path / "pages"), "--format", "jsonl", "-j", "2")
    stdout, stderr = run.communicate(timeout=120)
    records = [json.loads(line) for line in stdout.splitlines()]
    assert run.returncode == 1 and "Traceback" not in stderr
    assert [r["source"] for r in records] == [str(p) for p in pages]
    assert [n for n, r in enumerate(records) if "error" in r] == sorted(BROKEN)
    assert len(stderr.splitlines()) == len(BROKEN)


def test_ctrl_c_then_skip_existing_finishes_only_the_rest(tmp_path, server):
    pages = make_folder(tmp_path / "pages")
    # Input 20 is a URL that answers only when the gate opens: the run is interrupted while
    # a worker waits for it, with some inputs done and written and others not.
    gate = threading.Event()
    server.routes["/slow"] = lambda hit: (gate.wait(30), (200, {"Content-Type": "text/html"}, pages[0].read_bytes()))[1]
    listing = [str(p) for p in pages]
    listing[20] = server.url("/slow")
    (tmp_path / "inputs.txt").write_text("\n".join(listing) + "\n")
    out = tmp_path / "out"
    args = ("extract", "-i", str(tmp_path / "inputs.txt"), "-o", f"{out}/", "-j", "2")

    first = newsclean(*args, start_new_session=True)
    deadline = time.monotonic() + 60
    while server.hits.get("/slow", 0) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # the other worker finishes what it can
    os.killpg(first.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    _, stderr = first.communicate(timeout=30)
    assert first.returncode == 130 and "Traceback" not in stderr
    tally = re.search(r"interrupted after (\d+) inputs, (\d+) ok, (\d+) failed", stderr)
    assert tally is not None and int(tally[2]) > 0
    written = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    assert len(written) == int(tally[2]) and not [p for p in written if p.name.endswith(".part")]

    gate.set()
    second = newsclean(*args, "--skip-existing")
    _, stderr = second.communicate(timeout=120)
    assert second.returncode == 1 and len(stderr.splitlines()) == len(BROKEN)
    assert all(p.stat().st_mtime_ns == t for p, t in written.items())  # finished ones untouched
    assert len(list(out.rglob("*.jsonl"))) == len(pages) - len(BROKEN)
    assert (out / batch.relative_name(server.url("/slow"))).with_suffix(".jsonl").exists()


def test_unordered_gives_the_same_records_as_they_finish(tmp_path):
    pages = make_folder(tmp_path / "pages", 12)
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "pages"), "-f", "jsonl", "-j", "2", "--unordered"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1
    assert sorted(r["source"] for r in records) == [str(p) for p in pages]


def test_skip_existing_needs_an_output_folder(tmp_path):
    make_folder(tmp_path / "pages", 2)
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "pages"), "--skip-existing"])
    assert result.exit_code == 2 and "-o DIR/" in result.stderr


def test_ctrl_c_leaves_an_output_file_untouched(tmp_path, server):
    pages = make_folder(tmp_path / "pages", 6)
    gate = threading.Event()
    server.routes["/slow"] = lambda hit: (gate.wait(30), (200, {}, b""))[1]
    (tmp_path / "inputs.txt").write_text(f"{pages[0]}\n{pages[1]}\n{server.url('/slow')}\n{pages[2]}\n")
    target = tmp_path / "out.jsonl"
    target.write_text("the previous run\n")
    run = newsclean("extract", "-i", str(tmp_path / "inputs.txt"), "-o", str(target), "-j", "2", start_new_session=True)
    deadline = time.monotonic() + 60
    while server.hits.get("/slow", 0) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGINT)
    _, stderr = run.communicate(timeout=30)
    gate.set()
    assert run.returncode == 130 and "newsclean: interrupted after " in stderr and "Traceback" not in stderr
    assert target.read_text() == "the previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["inputs.txt", "out.jsonl"]  # no temp file


def test_quiet_prints_nothing_on_stderr_but_keeps_the_records(tmp_path):
    make_folder(tmp_path / "pages", 8)
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "pages"), "-f", "jsonl", "-j", "1", "--quiet"])
    assert result.exit_code == 1 and result.stderr == ""
    assert sum("error" in json.loads(line) for line in result.stdout.splitlines()) == 1


def spin_forever(n: int) -> int:
    while n:
        pass
    return n


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_input_over_the_time_limit_fails_alone(jobs):
    got = [outcome for _, outcome in batch.outcomes(batch.Deadline(spin_forever, 0.3), [0, 1, 0, 0], jobs=jobs)]
    assert isinstance(got[1], batch.InputTimeout) and "longer than 0.3 s" in got[1].reason
    assert got[0] == got[2] == got[3] == 0  # the worker goes on with the next inputs


def test_an_input_over_the_time_limit_inside_a_chunk_fails_alone():
    items = [0] * 21 + [1] + [0] * 6  # 1 comes inside a chunk, once the pool is full
    got = [outcome for _, outcome in batch.outcomes(batch.Deadline(spin_forever, 0.3), items, jobs=2)]
    assert [n for n, outcome in enumerate(got) if isinstance(outcome, batch.InputTimeout)] == [21]
    assert all(outcome == 0 for n, outcome in enumerate(got) if n != 21)


def test_input_timeout_stops_a_stalled_download_and_the_batch_goes_on(tmp_path, server):
    pages = make_folder(tmp_path / "pages", 2)
    gate = threading.Event()
    server.routes["/stall"] = lambda hit: (gate.wait(30), (200, {}, b""))[1]
    try:
        result = CliRunner().invoke(app, ["extract", server.url("/stall"), *map(str, pages), "-f", "jsonl",
                                          "-j", "1", "--timeout", "20", "--input-timeout", "0.5"])
    finally:
        gate.set()
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1 and [r["source"] for r in records] == [server.url("/stall"), *map(str, pages)]
    assert "longer than 0.5 s" in records[0]["error"] and "error" not in records[1]
