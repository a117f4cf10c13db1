"""source: listing files, folders, lists and stdin; reading files and .gz; fetching URLs
from a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from newsclean import FetchError, RawPage, SourceError, source
from newsclean.source import (
    FetchOptions,
    atomic_output,
    fetch,
    list_inputs,
    read,
    redact,
    retry_after,
    walk,
)

FAST = FetchOptions(timeout=2.0, backoff=0.01)


def make_tree(root: Path) -> None:
    for name in ["b/2.html", "b/1.txt", "a.html", "c/d/e.html.gz", ".hidden.html", "b/.git/x.html", "README.md"]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"<p>x</p>")


# -- listing ---------------------------------------------------------------------------


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    make_tree(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path)] == [
        "a.html", "b/1.txt", "b/2.html", "c/d/e.html.gz",
    ]


def test_a_folder_that_cannot_be_listed_is_an_error_in_its_place(tmp_path, monkeypatch):
    make_tree(tmp_path)
    scandir = os.scandir

    def locked(path):
        if Path(path) == tmp_path / "b":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", locked)
    found = list(walk(tmp_path))
    assert [p.relative_to(tmp_path).as_posix() for p in found if isinstance(p, Path)] == ["a.html", "c/d/e.html.gz"]
    (error,) = [e for e in found if isinstance(e, SourceError)]
    assert found.index(error) == 1 and (error.source, error.reason) == (str(tmp_path / "b"), "cannot read folder: Permission denied")


def test_glob_filters_names_or_relative_paths(tmp_path):
    make_tree(tmp_path)
    assert [p.name for p in walk(tmp_path, "*.html")] == ["a.html", "2.html"]
    assert [p.name for p in walk(tmp_path, "b/*")] == ["1.txt", "2.html"]


def test_list_inputs_keeps_the_order_given_and_expands_folders_in_place(tmp_path):
    make_tree(tmp_path)
    listing = tmp_path / "list.txt"
    listing.write_text(f"# pages\n{tmp_path / 'b'}\n\nhttps://example.com/x\n", encoding="utf-8")
    items = list(list_inputs([str(tmp_path / "a.html"), "missing.html"], input_file=str(listing)))
    assert items == [str(tmp_path / "a.html"), "missing.html", str(tmp_path / "b/1.txt"), str(tmp_path / "b/2.html"), "https://example.com/x"]


def test_listing_is_lazy():
    def specs():
        yield "first"
        raise AssertionError("read too far")

    assert next(list_inputs(specs())) == "first"


def test_the_cli_imports_no_http_client_until_a_url_is_fetched():
    # httpx is imported in fetch: a run on files does not pay for it (~0.1 s of start-up)
    code = "import sys, newsclean.cli; print('httpx' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_a_folder_of_nothing_is_one_item_that_fails_clearly(tmp_path):
    (tmp_path / "empty").mkdir()
    items = list(list_inputs([str(tmp_path / "empty")]))
    assert items == [str(tmp_path / "empty")]
    with pytest.raises(SourceError, match="folder holds no files"):
        read(items[0])


def test_stdin_is_read_once_into_a_raw_page(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<p>hello</p>")))
    (item,) = list(list_inputs(["-"]))
    assert item == RawPage(source="-", data=b"<p>hello</p>")
    assert read(item).data == b"<p>hello</p>"


def test_stdin_is_read_no_further_than_max_bytes(monkeypatch):
    endless = io.BytesIO(b"<p>" + b"x" * 1_000_000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(endless))
    (item,) = list(list_inputs(["-"], max_bytes=1000))
    assert isinstance(item, SourceError) and (item.source, item.reason) == ("-", "input is over --max-bytes 1000")
    assert endless.tell() == 1001


def test_expanders_turn_one_file_into_many_pages_sniffed_by_content(tmp_path, monkeypatch):
    archive = tmp_path / "pages.dat"
    archive.write_bytes(b"BUNDLE\none\ntwo")

    def expand(path: Path):
        for i, line in enumerate(path.read_bytes().split(b"\n")[1:]):
            yield RawPage(source=f"{path}#{i}", data=line)

    monkeypatch.setattr(source, "EXPANDERS", [(lambda head: head.startswith(b"BUNDLE"), expand), *source.EXPANDERS])
    items = list(list_inputs([str(tmp_path)]))
    assert [read(i).data for i in items] == [b"one", b"two"]


# -- reading files ---------------------------------------------------------------------


def test_a_pipe_named_directly_is_read_whole(tmp_path):
    fifo = tmp_path / "page"  # what the shell's <(curl ...) gives
    os.mkfifo(fifo)
    body = b"<p>" + b"piped " * 1000 + b"</p>"
    writer = threading.Thread(target=fifo.write_bytes, args=(body,))
    writer.start()
    (item,) = list(list_inputs([str(fifo)]))
    assert read(item).data == body
    writer.join()


def test_an_input_list_of_junk_bytes_gives_failed_inputs_not_a_crash(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"\xff\xfe\x00junk\n")
    (item,) = list(list_inputs([], input_file=str(listing)))
    with pytest.raises(SourceError, match="not a valid file name"):
        read(item)



def test_gzip_is_sniffed_and_decompressed(tmp_path):
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(b"<p>gz</p>"))
    (tmp_path / "no-suffix").write_bytes(gzip.compress(b"<p>gz</p>"))
    assert read(str(tmp_path / "page.html.gz")).data == b"<p>gz</p>"
    assert read(str(tmp_path / "no-suffix")).data == b"<p>gz</p>"


def test_max_bytes_caps_files_and_decompressed_data(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    (tmp_path / "bomb.gz").write_bytes(gzip.compress(b"x" * 100_000))
    with pytest.raises(SourceError, match="max-bytes"):
        read(str(tmp_path / "big.txt"), FetchOptions(max_bytes=1000))
    with pytest.raises(SourceError, match="max-bytes"):
        read(str(tmp_path / "bomb.gz"), FetchOptions(max_bytes=1000))


def test_corrupt_gzip_and_missing_file_are_source_errors(tmp_path):
    (tmp_path / "bad.gz").write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage-not-deflate")
    (tmp_path / "cut.gz").write_bytes(gzip.compress(bytes(range(256)) * 40)[:300])
    with pytest.raises(SourceError, match="corrupt gzip"):
        read(str(tmp_path / "bad.gz"))
    with pytest.raises(SourceError, match="truncated gzip"):
        read(str(tmp_path / "cut.gz"))
    with pytest.raises(SourceError, match="no such file") as e:
        read(str(tmp_path / "nope.html"))
    assert e.value.source == str(tmp_path / "nope.html")


def test_other_url_schemes_are_refused_without_echoing_credentials():
    with pytest.raises(SourceError, match="only http and https") as e:
        read("ftp://user:secret@example.com/page.html")
    assert "secret" not in str(e.value)


def test_atomic_output_leaves_nothing_behind_on_failure(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as f:
            f.write("half")
            raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
    with atomic_output(target) as f:
        f.write("new")
    assert target.read_text(encoding="utf-8") == "new"


# -- the network -----------------------------------------------------------------------


def test_fetch_returns_bytes_charset_final_url_and_date(server):
    server.routes["/a"] = (200, {"Content-Type": "text/html; charset=EUC-KR"}, "<p>뉴스</p>".encode("cp949"))
    raw = fetch(server.url("/a"), FAST)
    assert raw.data == "<p>뉴스</p>".encode("cp949")
    assert (raw.http_charset, raw.content_type, raw.url) == ("euc-kr", "text/html", server.url("/a"))
    assert raw.fetched is not None and raw.fetched.tzinfo is not None
    assert server.agents[0].startswith("newsclean/")


def test_redirects_are_followed_up_to_a_cap(server):
    server.routes["/old"] = (301, {"Location": "/new"}, b"")
    server.routes["/new"] = (200, {}, b"<p>moved</p>")
    assert fetch(server.url("/old"), FAST).url == server.url("/new")
    server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(server.url("/loop"), FAST)


def test_redirect_to_another_scheme_is_refused(server):
    server.routes["/r"] = (302, {"Location": "file:///etc/passwd"}, b"")
    with pytest.raises(FetchError, match="redirect to a file: URL refused"):
        fetch(server.url("/r"), FAST)


def test_http_errors_name_the_status(server):
    with pytest.raises(FetchError, match="HTTP 404 Not Found"):
        fetch(server.url("/missing"), FAST)


def test_retries_on_5xx_and_429_then_succeeds(server):
    server.routes["/flaky"] = lambda n: (503, {}, b"busy") if n < 3 else (200, {}, b"<p>ok</p>")
    server.routes["/limited"] = lambda n: (429, {"Retry-After": "0"}, b"") if n == 1 else (200, {}, b"<p>ok</p>")
    assert fetch(server.url("/flaky"), FAST).data == b"<p>ok</p>"
    assert server.hits["/flaky"] == 3
    assert fetch(server.url("/limited"), FAST).data == b"<p>ok</p>"


def test_retries_give_up_with_the_last_status(server):
    server.routes["/down"] = (500, {}, b"")
    with pytest.raises(FetchError, match="HTTP 500"):
        fetch(server.url("/down"), FetchOptions(retries=2, backoff=0.01))
    assert server.hits["/down"] == 3


def test_a_retry_after_longer_than_allowed_is_not_waited_for(server):
    server.routes["/later"] = (429, {"Retry-After": "3600"}, b"")
    start = time.monotonic()
    with pytest.raises(FetchError, match="HTTP 429"):
        fetch(server.url("/later"), FAST)
    assert server.hits["/later"] == 1
    assert time.monotonic() - start < 30


def test_retry_after_reads_seconds_and_http_dates():
    assert retry_after("7", 1.0) == 7.0
    assert retry_after(None, 1.5) == 1.5
    assert retry_after("soon", 1.5) == 1.5
    later = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=60), usegmt=True)
    assert 50 < retry_after(later, 1.0) <= 60


def test_responses_over_max_bytes_are_refused(server):
    server.routes["/big"] = (200, {}, b"x" * 5000)
    server.routes["/liar"] = (200, {"Content-Length": "10"}, b"x" * 10)
    with pytest.raises(FetchError, match="max-bytes"):
        fetch(server.url("/big"), FetchOptions(max_bytes=1000, backoff=0.01))
    assert fetch(server.url("/liar"), FetchOptions(max_bytes=1000)).data == b"x" * 10


def test_timeouts_are_reported_as_fetch_errors(server):
    def slow(n):
        time.sleep(1.0)
        return (200, {}, b"<p>late</p>")

    server.routes["/slow"] = slow
    with pytest.raises(FetchError, match="timed out after 0.2s"):
        fetch(server.url("/slow"), FetchOptions(timeout=0.2, retries=0))


def test_refused_connections_are_fetch_errors():
    with pytest.raises(FetchError, match="cannot connect"):
        fetch("http://127.0.0.1:9/", FetchOptions(timeout=1.0, retries=0))


@pytest.mark.parametrize(
    "url, shown",
    [
        ("https://user:pa55@example.com/a?id=3", "https://example.com/a?id=3"),
        ("https://example.com/a?token=abc&page=2", "https://example.com/a?token=***&page=2"),
        ("https://example.com/a?api_key=abc", "https://example.com/a?api_key=***"),
        ("pages/a.html", "pages/a.html"),
        ("http://user:pw@[::1/x?token=t", "http://[::1/x"),  # not even parseable
    ],
)
def test_redact_hides_credentials(url, shown):
    assert redact(url) == shown
