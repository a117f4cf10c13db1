"""Runs on a real Dask cluster (LocalCluster, 2 worker processes): the union of the shards
equals the local single-process output record for record; failed tasks are retried and
reported; WARC files are shared out by record ranges."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")
pq = pytest.importorskip("pyarrow.parquet")
distributed = pytest.importorskip("dask.distributed")
import warcfiles  # noqa: E402
from conftest import SAMPLES  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from newsclean import dask as on_dask  # noqa: E402
from newsclean import source  # noqa: E402
from newsclean.cli import Options, app  # noqa: E402

SLICE = 150_000  # bytes: small, so the test WARC is cut into several slices


@pytest.fixture(scope="module")
def cluster() -> distributed.LocalCluster:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster, distributed.Client(cluster):
        yield cluster


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A WARC large enough to slice, a truncated WARC, and a folder of HTML and text pages."""
    d = tmp_path_factory.mktemp("dask")
    crawl = warcfiles.build(d / "crawl.warc.gz", warcfiles.eval_pages(8))
    cut = warcfiles.truncate(warcfiles.build(d / "more.warc", warcfiles.eval_pages(3)[:3], compress=False), d / "cut.warc")
    return [str(crawl), str(cut), str(SAMPLES)]


def local_records(specs: list[str], out: Path, *args: str) -> list[dict]:
    """The plain single-process run of the CLI."""
    CliRunner().invoke(app, ["extract", *specs, "-o", str(out), *args])
    if out.suffix == ".parquet":
        return pq.read_table(out).to_pylist()
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def shard_records(folder: Path, fmt: str) -> list[dict]:
    shards = sorted(folder.glob(f"part-*.{fmt}"))
    if fmt == "parquet":
        return [row for shard in shards for row in pq.read_table(shard).to_pylist()]
    return [json.loads(line) for shard in shards for line in shard.read_text(encoding="utf-8").splitlines()]


def test_a_large_warc_is_shared_out_by_record_ranges(inputs: list[str]) -> None:
    parts = on_dask.plan(inputs, slice_bytes=SLICE)
    crawl = [p.warc for p in parts if p.warc is not None and p.warc.path == inputs[0]]
    assert len(crawl) >= 3
    assert [p.items for p in parts if p.warc is None] == [tuple(str(p) for p in source.walk(SAMPLES))]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_the_shards_hold_the_local_output_record_for_record(
    cluster: distributed.LocalCluster, inputs: list[str], tmp_path: Path, fmt: str
) -> None:
    errors = io.StringIO()
    tally, skipped = on_dask.run(
        inputs, str(tmp_path / "out"), address=cluster.scheduler_address, fmt=fmt, slice_bytes=SLICE, stderr=errors
    )
    expected = local_records(inputs, tmp_path / f"local.{fmt}")
    assert shard_records(tmp_path / "out", fmt) == expected
    assert len(list((tmp_path / "out").glob("part-*"))) == len(on_dask.plan(inputs, slice_bytes=SLICE))
    assert (tally.ok, tally.failed) == (len(expected) - 1, 1)
    assert "cut.warc: WARC is truncated" in errors.getvalue()
    assert skipped == {"not HTML": 2, "HTTP 404": 1, "HTTP 301": 1}  # cut.warc ends before its own


def test_extract_bag_gives_the_local_records(cluster: distributed.LocalCluster, inputs: list[str], tmp_path: Path) -> None:
    bag = on_dask.extract_bag(inputs, slice_bytes=SLICE)
    assert bag.npartitions > 3
    assert bag.compute() == local_records(inputs, tmp_path / "local.jsonl")


class Breaks:
    """Options that crash the task using them (outside newsclean's error handling) the
    first ``times`` times; each attempt adds a byte to ``tries``, shared by all workers."""

    def __init__(self, tries: Path, times: int) -> None:
        self.tries, self.times, self.options = tries, times, Options()

    def __bool__(self) -> bool:
        with open(self.tries, "ab") as f:
            f.write(b".")
        if self.tries.stat().st_size <= self.times:
            raise RuntimeError("worker hiccup")
        return True

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") or name == "options":
            raise AttributeError(name)
        return getattr(self.options, name)


def test_a_failed_task_is_retried_by_dask(cluster: distributed.LocalCluster, inputs: list[str], tmp_path: Path) -> None:
    tries = tmp_path / "tries"
    tally, _ = on_dask.run(
        [inputs[0]], str(tmp_path / "out"), address=cluster.scheduler_address, options=Breaks(tries, 1), stderr=io.StringIO()
    )
    assert tries.stat().st_size == 2
    assert tally.failed == 0 and tally.ok == len(warcfiles.eval_pages(8))
    assert len(shard_records(tmp_path / "out", "jsonl")) == tally.ok


def test_a_task_failing_every_try_is_reported_not_lost(cluster: distributed.LocalCluster, inputs: list[str], tmp_path: Path) -> None:
    tries, errors = tmp_path / "tries", io.StringIO()
    tally, _ = on_dask.run(
        [inputs[0]], str(tmp_path / "out"), address=cluster.scheduler_address, options=Breaks(tries, 99), stderr=errors
    )
    assert tries.stat().st_size == on_dask.RETRIES + 1
    assert tally.failed == 1 and tally.ok == 0
    assert f"crawl.warc.gz: failed after {on_dask.RETRIES + 1} tries, shard not written" in errors.getvalue()
    assert "worker hiccup" in errors.getvalue()
    assert not list((tmp_path / "out").glob("part-*"))


def test_fsspec_urls_in_and_out(cluster: distributed.LocalCluster, inputs: list[str], tmp_path: Path) -> None:
    url = Path(inputs[0]).as_uri()
    tally, _ = on_dask.run([url], f"file://{tmp_path}/out", address=cluster.scheduler_address, fmt="parquet", stderr=io.StringIO())
    rows = shard_records(tmp_path / "out", "parquet")
    assert len(rows) == tally.ok == len(warcfiles.eval_pages(8))
    assert all(r["source"].startswith(f"{url}#record-") for r in rows)


def test_an_output_folder_with_old_shards_is_refused(cluster: distributed.LocalCluster, inputs: list[str], tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "part-00000.jsonl").write_text("{}\n")
    code = CliRunner().invoke(app, ["extract", inputs[0], "--dask", "--scheduler", cluster.scheduler_address, "-o", str(tmp_path / "out")])
    assert code.exit_code == 1
    assert "holds shards of an earlier run" in code.output


def test_cli_on_a_local_cluster_of_this_machine(inputs: list[str], tmp_path: Path) -> None:
    """The issue's command, as a user types it: no address starts a local cluster."""
    run = subprocess.run(
        [sys.executable, "-m", "newsclean", "extract", inputs[0], inputs[1], "--dask", "-o", str(tmp_path / "out"), "--format", "parquet"],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 1, run.stderr  # the truncated WARC failed
    assert "Traceback" not in run.stderr
    assert "cut.warc: WARC is truncated" in run.stderr
    assert "4 records skipped (1 HTTP 301, 1 HTTP 404, 2 not HTML)" in run.stderr
    assert shard_records(tmp_path / "out", "parquet") == local_records(inputs[:2], tmp_path / "local.parquet")


def test_without_the_scale_extra_one_clear_line(inputs: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import now fails
    result = CliRunner().invoke(app, ["extract", inputs[0], "--dask", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "Running on Dask needs the optional 'scale' extra: pip install 'newsclean[scale]'" in result.output


@pytest.mark.parametrize(("address", "reason"), [
    ("tcp://127.0.0.1:9", "no Dask scheduler answered within 0.5 s"),  # nothing listens on port 9
    ("nonsense", "cannot connect to a Dask scheduler: missing port number in address 'nonsense'"),
])
def test_a_wrong_scheduler_address_is_one_line_soon(
    inputs: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, address: str, reason: str
) -> None:
    monkeypatch.setattr(on_dask, "CONNECT_TIMEOUT", 0.5)
    started = time.monotonic()
    result = CliRunner().invoke(app, ["extract", inputs[0], "--dask", "--scheduler", address, "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and result.stderr == f"newsclean: {address}: {reason}\n"
    assert time.monotonic() - started < 15  # not Dask's 30 s


def test_an_unreadable_folder_is_an_error_input_on_the_cluster_too(tmp_path: Path, unreadable) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "1.html").write_text("<p>x</p>")
    (tmp_path / "b").mkdir()
    unreadable(tmp_path / "b")
    first, second = on_dask._inputs([str(tmp_path)], None, None)
    assert first == str(tmp_path / "a" / "1.html")
    assert isinstance(second, source.SourceError) and second.source == str(tmp_path / "b")
    assert not on_dask._is_warc(second)


def test_the_client_s_loggers_print_no_traceback_during_a_run(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Ctrl-C cuts a tornado callback short and tornado logs it with its traceback: the
    client's loggers stay quiet while newsclean runs, and are as they were after."""
    import contextlib
    import logging

    monkeypatch.setattr(on_dask, "_connect", lambda dist, address: contextlib.nullcontext("client"))
    logger = logging.getLogger("tornado.application")
    before = logger.level
    with on_dask._client("tcp://127.0.0.1:8786") as client:
        assert client == "client"
        try:
            raise RuntimeError("cut short")
        except RuntimeError:
            logger.exception("Exception in callback")
    assert not [r for r in caplog.records if r.name == "tornado.application"]
    assert logger.level == before


def test_dask_needs_an_output_folder(inputs: list[str]) -> None:
    result = CliRunner().invoke(app, ["extract", inputs[0], "--dask"])
    assert result.exit_code == 2 and "give -o DIR" in result.output


def test_ctrl_c_while_the_parts_are_planned_stops_the_run_too(cluster: distributed.LocalCluster, inputs: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def pressed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(on_dask, "plan", pressed)
    try:
        tally, _ = on_dask.run(inputs, str(tmp_path / "out"), address=cluster.scheduler_address)
    except KeyboardInterrupt:
        pytest.fail("Ctrl-C before the shards were submitted escaped dask.run (the CLI said 'Aborted!', exit 1)")
    assert tally.interrupted and tally.inputs == 0 and tally.line().startswith("interrupted after 0 inputs")


def test_ctrl_c_stops_the_run_and_says_how_far_it_got(cluster: distributed.LocalCluster, inputs: list[str], tmp_path: Path) -> None:
    many = tmp_path / "many"
    many.mkdir()
    for n in range(300):  # far more work than the test waits for
        (many / f"crawl-{n:03}.warc.gz").hardlink_to(inputs[0])
    out = tmp_path / "out"
    command = [sys.executable, "-m", "newsclean", "extract", str(many), "--dask", "--scheduler", cluster.scheduler_address, "-o", str(out)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(out.glob("part-*")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    stderr = proc.communicate(timeout=120)[1]
    assert proc.returncode == 130, stderr
    assert "newsclean: interrupted after" in stderr and "Traceback" not in stderr
    assert 0 < len(shard_records(out, "jsonl")) < 300 * len(warcfiles.eval_pages(8))  # every shard whole
