"""The bad-input catalogue (issue 7), one test each. Every bad input runs in a batch next
to a good page: it gets one clear error line naming it (or, when it is still a readable
page, a result), the good page still comes out, the JSON Lines stay valid and in input
order, and no traceback appears. HTTP cases run against real servers on 127.0.0.1."""

from __future__ import annotations

import gzip
import io
import json
import os
import socket
import struct
import threading
import zipfile
from pathlib import Path
from typing import Callable

import pytest
from typer.testing import CliRunner

from conftest import SAMPLE_PAGES
from newsclean import source
from newsclean.cli import app

GOOD = str(SAMPLE_PAGES[0])
ARTICLE = (
    "<html><head><title>Port reopens</title></head><body><article>"
    "<p>The port reopened on Monday after a week of repairs, officials said.</p>"
    "<p>Shipping companies expect traffic to return to normal within days.</p>"
    "</article></body></html>"
)


def run(*sources: str, args: tuple[str, ...] = ()) -> tuple[int, list[dict], list[str]]:
    """``newsclean extract SOURCES... GOOD -f jsonl -j1``: exit code, records, stderr lines."""
    result = CliRunner().invoke(app, ["extract", *sources, GOOD, "-f", "jsonl", "-j1", *args])
    assert "Traceback" not in result.stderr, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[-1]["source"] == GOOD and "error" not in records[-1]  # the batch went on
    return result.exit_code, records[:-1], result.stderr.splitlines()


def fails(bad: str | Path, reason: str, *args: str) -> None:
    """``bad`` fails alone, with one error line naming it and containing ``reason``."""
    code, records, errors = run(str(bad), args=args)
    name = source.redact(str(bad))
    assert code == 1
    assert [r["source"] for r in records] == [name]
    assert errors == [f"newsclean: {name}: {records[0]['error']}"]
    assert reason in records[0]["error"]


def works(page: str | Path, *args: str) -> dict:
    code, records, errors = run(str(page), args=args)
    assert (code, errors) == (0, []) and "error" not in records[0]
    return records[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- files -----------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b" \n\t ", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path, data):  # nothing, a byte-order mark alone, blanks
    fails(write(tmp_path, "empty.html", data), "empty input")


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG image"),
        ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n", "PDF document"),
        ("pages.zip", b"", "zip archive"),
    ],
    ids=["png", "pdf", "zip"],
)
def test_binary_file(tmp_path, name, data, kind):
    if name.endswith(".zip"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as z:
            z.writestr("page.html", ARTICLE)
        data = buffer.getvalue()
    fails(write(tmp_path, name, data), kind)


def test_html_truncated_mid_tag(tmp_path):
    page = ARTICLE.split("</article>")[0] + '<p class="cut'
    record = works(write(tmp_path, "cut.html", page.encode()))
    assert "Shipping companies expect traffic" in record["text"]


def test_a_50_mb_page_is_refused_by_the_size_cap(tmp_path):
    para = b"<p>" + b"word " * 200 + b"</p>\n"
    page = write(tmp_path, "huge.html", b"<html><body>" + para * (50_000_000 // len(para)) + b"</body></html>")
    fails(page, "over --max-bytes 20000000")


def test_stdin_over_max_bytes_is_refused():
    result = CliRunner().invoke(app, ["extract", "-", "-f", "jsonl", "--max-bytes", "1000"], input=b"<p>" + b"x" * 5000)
    assert result.exit_code == 1 and result.stderr == "newsclean: -: input is over --max-bytes 1000\n"
    assert json.loads(result.stdout) == {"source": "-", "error": "input is over --max-bytes 1000"}


def test_nesting_100000_elements_deep(tmp_path):
    page = b"<html><body>" + b"<div>" * 100_000 + b"<p>deep</p>" + b"</div>" * 100_000 + b"</body></html>"
    fails(write(tmp_path, "deep.html", page), "nested over 5000 elements deep")


def test_a_page_that_is_all_scripts(tmp_path):
    page = b"<html><head>" + b"<script>var a = 1;</script>" * 300 + b"</head><body>" + b"<script>go()</script>" * 300
    fails(write(tmp_path, "scripts.html", page + b"</body></html>"), "no article text")


def test_a_bogus_charset_declaration(tmp_path):
    page = ARTICLE.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8, ie=edge">')
    page = page.replace("Shipping companies", "해운사들은 Shipping companies")
    record = works(write(tmp_path, "bogus.html", page.encode("utf-8")))
    assert "해운사들은" in record["text"]


def test_a_wrong_charset_declaration(tmp_path):
    page = ARTICLE.replace("<head>", '<head><meta charset="euc-kr">').replace("Monday", "월요일")
    assert "월요일" in works(write(tmp_path, "wrong.html", page.encode("utf-8")))["text"]


def test_invalid_utf8_bytes(tmp_path):
    page = ARTICLE.encode().replace(b"Monday", b"Mon\xff\xfe\xc3(day")
    record = works(write(tmp_path, "invalid.html", page))
    assert "week of repairs" in record["text"]


def test_nul_bytes(tmp_path):
    fails(write(tmp_path, "nul.html", ARTICLE.encode().replace(b"Monday", b"Mon\x00day")), "NUL bytes")


def test_binary_bytes_with_no_nul(tmp_path):
    noise = bytes((i * 7919 + 13) % 255 + 1 for i in range(3000))  # every byte value but NUL
    fails(write(tmp_path, "noise.bin", noise), "control bytes")


def test_a_gz_name_on_a_file_that_is_not_gzip(tmp_path):
    assert "week of repairs" in works(write(tmp_path, "page.html.gz", ARTICLE.encode()))["text"]


def test_gzip_magic_on_data_that_is_not_gzip(tmp_path):
    fails(write(tmp_path, "broken.html.gz", b"\x1f\x8b\x08\x00" + b"not deflate data" * 10), "corrupt gzip")


def test_a_gzip_bomb_is_capped(tmp_path):
    bomb = write(tmp_path, "bomb.html.gz", gzip.compress(b"\0" * 30_000_000, 9))
    assert bomb.stat().st_size < 100_000
    fails(bomb, "decompresses to over --max-bytes 1000000", "--max-bytes", "1000000")


def test_a_folder_with_unreadable_files_and_symlink_loops(tmp_path):
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    write(folder / "sub", "a.html", ARTICLE.encode())
    locked = write(folder, "locked.html", ARTICLE.encode())
    locked.chmod(0)
    (folder / "sub" / "back").symlink_to(folder)  # a loop
    (folder / "self").symlink_to(folder / "self")  # a symlink to itself
    (folder / "dangling.html").symlink_to(folder / "gone.html")
    os.mkfifo(folder / "pipe.html")  # opening it would block forever
    try:
        code, records, errors = run(str(folder))
    finally:
        locked.chmod(0o644)
    by_source = {r["source"]: r for r in records}
    assert sorted(by_source) == [str(locked), str(folder / "sub" / "a.html")]  # each file once
    if os.access(locked, os.R_OK) and os.geteuid() == 0:  # root reads anything
        assert code == 0 and "error" not in by_source[str(locked)]
    else:
        assert code == 1 and "Permission denied" in by_source[str(locked)]["error"]
        assert errors == [f"newsclean: {locked}: {by_source[str(locked)]['error']}"]


def test_an_unreadable_sub_folder_fails_by_name_and_the_batch_goes_on(tmp_path, unreadable):
    folder = tmp_path / "pages"
    for name in ("a/1.html", "b/2.html", "c/3.html"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        write(folder, name, ARTICLE.encode())
    unreadable(folder / "b")
    code, records, errors = run(str(folder))
    assert code == 1
    assert [r["source"] for r in records] == [str(folder / "a/1.html"), str(folder / "b"), str(folder / "c/3.html")]
    assert records[1]["error"] == "cannot read folder: Permission denied"
    assert errors == [f"newsclean: {folder / 'b'}: cannot read folder: Permission denied"]


def test_a_url_list_with_blank_lines_comments_and_junk(tmp_path, server):
    server.routes["/story"] = (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE.encode())
    listing = write(tmp_path, "urls.txt", (
        f"# pages to clean\n\n   \n{server.url('/story')}\n"
        "not a url, not a file\n\t# indented comment\nftp://example.com/page.html\n"
        f"{GOOD}\n"
    ).encode())
    result = CliRunner().invoke(app, ["extract", "-i", str(listing), "-f", "jsonl", "-j1"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [
        server.url("/story"), "not a url, not a file", "ftp://example.com/page.html", GOOD,
    ]
    assert [("error" in r) for r in records] == [False, True, True, False]
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 2


# -- HTTP ------------------------------------------------------------------------------


@pytest.fixture
def sleeps(monkeypatch) -> list[float]:
    """The waits between retries, recorded instead of slept (tests check behaviour, not time)."""
    waits: list[float] = []
    monkeypatch.setattr(source.time, "sleep", waits.append)
    return waits


class RawServer:
    """A TCP server on 127.0.0.1 that answers every connection with ``respond(socket)``,
    for what http.server cannot do: reset a connection, or stream without a length."""

    def __init__(self, respond: Callable[[socket.socket], None]) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/page"
        self.respond = respond
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                self.respond(conn)

    def close(self) -> None:
        self.listener.close()


def test_http_404(server):
    fails(server.url("/missing"), "HTTP 404 Not Found")


def test_http_500_is_retried_then_reported(server, sleeps):
    server.routes["/broken"] = (500, {}, b"oops")
    fails(server.url("/broken"), "HTTP 500 Internal Server Error")
    assert server.hits["/broken"] == 4 and sleeps == [0.5, 1.0, 2.0]  # backoff doubles


def test_http_429_waits_as_retry_after_says(server, sleeps):
    server.routes["/busy"] = lambda hit: (
        (429, {"Retry-After": "2"}, b"slow down") if hit == 1 else (200, {"Content-Type": "text/html"}, ARTICLE.encode())
    )
    assert "week of repairs" in works(server.url("/busy"))["text"]
    assert server.hits["/busy"] == 2 and sleeps == [2.0]


def test_a_server_that_stalls_times_out(server, sleeps):
    stall = threading.Event()
    server.routes["/stall"] = lambda hit: (stall.wait(5), (200, {}, ARTICLE.encode()))[1]
    try:
        fails(server.url("/stall"), "timed out after 0.3s", "--timeout", "0.3")
    finally:
        stall.set()


def test_a_redirect_loop(server):
    server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    fails(server.url("/loop"), "more than 5 redirects")


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/page.html", "javascript:alert(1)"])
def test_a_redirect_to_another_scheme_is_refused(server, target):
    server.routes["/jump"] = (302, {"Location": target}, b"")
    fails(server.url("/jump"), "refused")


def test_a_response_over_max_bytes_with_its_length_declared(server):
    server.routes["/big"] = (200, {"Content-Type": "text/html"}, ARTICLE.encode() * 300)
    fails(server.url("/big"), "over --max-bytes 50000", "--max-bytes", "50000")


def test_a_streamed_response_over_max_bytes_is_cut_off():
    def stream(conn: socket.socket) -> None:  # no Content-Length: read until the cap
        conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n")
        try:
            for _ in range(1000):
                conn.sendall(ARTICLE.encode())
        except OSError:  # the client hung up at the cap
            pass

    srv = RawServer(stream)
    try:
        fails(srv.url, "over --max-bytes 50000", "--max-bytes", "50000")
    finally:
        srv.close()


@pytest.mark.parametrize(
    ("media_type", "body"),
    [("application/pdf", b"%PDF-1.7\n" + b"x" * 100), ("image/webp", b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"y" * 100)],
    ids=["pdf", "webp"],
)
def test_a_non_html_content_type(server, media_type, body):
    server.routes["/file"] = (200, {"Content-Type": media_type}, body)
    fails(server.url("/file"), f"not a web page: the server sent {media_type}")


def test_a_lying_content_length(server, sleeps):
    server.routes["/short"] = (200, {"Content-Type": "text/html", "Content-Length": "100000"}, ARTICLE.encode())
    fails(server.url("/short"), "connection broken")


def test_a_connection_reset(sleeps):
    def reset(conn: socket.socket) -> None:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close = RST

    srv = RawServer(reset)
    try:
        fails(srv.url, "connection broken")
    finally:
        srv.close()
