"""WARC input: pages, skipped records, truncated files and slices, on WARCs built from
real pages in ../shared/eval/."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")
import warcfiles  # noqa: E402
from conftest import SAMPLE_PAGES  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from newsclean import warc  # noqa: E402
from newsclean.cli import app  # noqa: E402
from newsclean.errors import NewscleanError, SourceError  # noqa: E402

PAGES = warcfiles.eval_pages(3)


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("warcs")
    gz = warcfiles.build(d / "crawl.warc.gz", PAGES)
    return {
        "gz": gz,
        "plain": warcfiles.build(d / "crawl.warc", PAGES, compress=False),
        "cut": warcfiles.truncate(gz, d / "cut.warc.gz"),
        "cut-plain": warcfiles.truncate(d / "crawl.warc", d / "cut.warc"),
    }


@pytest.mark.parametrize("kind", ["gz", "plain"])
def test_every_html_200_response_is_one_page(warcs: dict[str, Path], kind: str) -> None:
    skipped: Counter[str] = Counter()
    pages = list(warc.read(str(warcs[kind]), skipped))
    assert [p.url for p in pages] == [p.url for p in PAGES]
    assert [p.data for p in pages] == [p.html for p in PAGES]
    assert [p.fetched for p in pages] == [p.fetched for p in PAGES]
    assert all(p.source.startswith(f"{warcs[kind]}#record-") for p in pages)
    assert len({p.source for p in pages}) == len(pages)
    assert skipped == Counter({"not HTML": 2, "HTTP 404": 1, "HTTP 301": 1})
    assert warc.describe(skipped) == "4 records skipped (1 HTTP 301, 1 HTTP 404, 2 not HTML)"


def test_http_charset_and_fetch_date_reach_the_page(warcs: dict[str, Path]) -> None:
    pages = {p.url: p for p in warc.read(str(warcs["gz"]))}
    korean = pages["https://news.example/ko/2"]
    assert korean.http_charset == "cp949"
    assert korean.content_type == "text/html"
    assert korean.fetched == datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)
    assert pages["https://news.example/en/0"].http_charset == "utf-8"


@pytest.mark.parametrize("kind", ["cut", "cut-plain"])
def test_a_truncated_file_yields_its_whole_records_then_one_error(warcs: dict[str, Path], kind: str) -> None:
    got = []
    with pytest.raises(SourceError, match="truncated") as error:
        for page in warc.read(str(warcs[kind])):
            got.append(page.url)
    assert error.value.source == str(warcs[kind])
    assert 0 < len(got) < len(PAGES)
    assert got == [p.url for p in PAGES[: len(got)]]


@pytest.mark.parametrize("kind", ["gz", "plain"])
def test_slices_cover_the_file_record_for_record(warcs: dict[str, Path], kind: str) -> None:
    path = str(warcs[kind])
    slices = warc.plan(path, slice_bytes=50_000)
    assert len(slices) > 2
    assert slices[0].start == 0 and slices[-1].stop is None
    assert all(a.stop == b.start for a, b in zip(slices, slices[1:]))
    whole: Counter[str] = Counter()
    parts: Counter[str] = Counter()
    expected = [(p.source, p.data) for p in warc.read(path, whole)]
    assert [(p.source, p.data) for s in slices for p in warc.read(s, parts)] == expected
    assert parts == whole


def test_a_small_file_is_one_slice(warcs: dict[str, Path]) -> None:
    assert warc.plan(str(warcs["gz"])) == [warc.WarcSlice(str(warcs["gz"]))]


def test_sniffing_reads_content_not_names(warcs: dict[str, Path], tmp_path: Path) -> None:
    assert warc.is_warc(warcs["gz"].read_bytes()[:512])
    assert warc.is_warc(warcs["plain"].read_bytes()[:512])
    assert not warc.is_warc(warcfiles.gzip.compress(b"<html><body>WARC/1.0</body></html>"))
    assert not warc.is_warc(b"<!doctype html><html>")
    assert not warc.is_warc(b"\x1f\x8b\x08 not really gzip")


def test_a_missing_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read"):
        list(warc.read(str(tmp_path / "nothing.warc.gz")))


def test_without_the_scale_extra_the_error_names_it(warcs: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)  # import now fails
    with pytest.raises(NewscleanError, match=r"pip install 'newsclean\[scale\]'"):
        list(warc.read(str(warcs["gz"])))
    result = CliRunner().invoke(app, ["extract", str(warcs["gz"]), str(SAMPLE_PAGES[0]), "-f", "jsonl"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"newsclean: {warcs['gz']}: WARC input needs the optional 'scale' extra" in result.output
    assert len(result.output.splitlines()) == 3  # the error record, the sample's record, the error line


def test_payloads_stored_gzip_and_chunked_are_decoded(tmp_path: Path) -> None:
    html = warcfiles.eval_pages(1)[0].html
    packed = warcfiles.gzip.compress(html)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(packed[i : i + 4096]), packed[i : i + 4096]) for i in range(0, len(packed), 4096))
    path = tmp_path / "encoded.warc.gz"
    with open(path, "wb") as f:
        writer = warcfiles.WARCWriter(f, gzip=True)
        headers = [("Content-Type", "text/html"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")]
        http = warcfiles.StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        payload = warcfiles.io.BytesIO(chunked + b"0\r\n\r\n")
        writer.write_record(writer.create_warc_record("https://news.example/gz", "response", payload=payload, http_headers=http))
    assert [p.data for p in warc.read(str(path))] == [html]


def test_a_cut_in_a_skipped_record_is_noticed_too(tmp_path: Path) -> None:
    path = tmp_path / "image-last.warc"
    with open(path, "wb") as f:
        writer = warcfiles.WARCWriter(f, gzip=False)
        page = warcfiles.eval_pages(1)[0]
        for url, content_type, body in [(page.url, "text/html", page.html), ("https://news.example/big.png", "image/png", bytes(300_000))]:
            http = warcfiles.StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=warcfiles.io.BytesIO(body), http_headers=http))
    cut = warcfiles.truncate(path, tmp_path / "cut.warc", fraction=(path.stat().st_size - 100_000) / path.stat().st_size)
    got = []
    with pytest.raises(SourceError, match="truncated"):
        got.extend(p.url for p in warc.read(str(cut)))
    assert got == [page.url]


def test_the_cli_expands_warcs_by_content_and_goes_on_after_a_cut(warcs: dict[str, Path], tmp_path: Path) -> None:
    renamed = tmp_path / "crawl.data"  # a WARC whatever its name
    renamed.write_bytes(warcs["gz"].read_bytes())
    result = CliRunner().invoke(app, ["extract", str(renamed), str(warcs["cut"]), str(SAMPLE_PAGES[0]), "-f", "jsonl", "-j", "1"])
    lines = result.output.splitlines()
    records = [json.loads(line) for line in lines if line.startswith("{")]
    assert result.exit_code == 1
    assert [r["source"].rpartition("#")[0] or r["source"] for r in records] == (
        [str(renamed)] * len(PAGES) + [str(warcs["cut"])] * (len(records) - len(PAGES) - 1) + [str(SAMPLE_PAGES[0])]
    )
    assert [r["source"] for r in records if "error" in r] == [str(warcs["cut"])]
    assert f"newsclean: {renamed}: 4 records skipped (1 HTTP 301, 1 HTTP 404, 2 not HTML)" in lines
    assert any(line.startswith(f"newsclean: {warcs['cut']}: WARC is truncated") for line in lines)


def test_a_warc_gzipped_as_one_stream_is_read_whole(warcs: dict[str, Path], tmp_path: Path) -> None:
    one_stream = tmp_path / "one-stream.warc.gz"  # not record by record: no offset to start a slice at
    one_stream.write_bytes(warcfiles.gzip.compress(warcs["plain"].read_bytes()))
    assert warc.plan(str(one_stream), slice_bytes=50_000) == [warc.WarcSlice(str(one_stream))]
    assert [p.url for p in warc.read(str(one_stream))] == [p.url for p in PAGES]
