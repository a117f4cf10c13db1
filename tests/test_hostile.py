"""Hostile content: page text never drives the terminal, CSV never runs as spreadsheet
formulas unless asked, and URLs' credentials never show in errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from newsclean import output
from newsclean.cli import app

ESCAPES = ("\x1b[2J", "\x1b]0;pwned\x07", "\x1b[31m", "\x9b31m", "\r")  # clear, retitle, colour, C1 CSI, CR
MARKUP = "[link=file:///etc/passwd]a link[/link]"
PAGE = (
    "<html><head><title>Evil \x1b]0;pwned\x07 title [bold red]x[/bold red]</title></head><body><article>"
    "<p>Text with \x1b[2J a clear screen, \x1b[31mred\x1b[0m text, a C1 \x9b31m CSI, a carriage\rreturn and "
    f"{MARKUP} here, long enough to be kept as article text by any cleaner.</p>"
    "<p>=HYPERLINK(\"http://evil.example\") is a formula; the second paragraph is long enough too, "
    "officials said on Monday.</p></article></body></html>"
)


def extract(*args: str, page: str = PAGE, tmp_path=None):
    path = tmp_path / "evil.html"
    path.write_text(page, encoding="utf-8")
    return CliRunner().invoke(app, ["extract", str(path), "-j1", *args])


class Terminal(io.StringIO):
    """A stream that says it is a terminal, so rich writes its own styling codes."""

    def isatty(self) -> bool:
        return True


def assert_inert(shown: str) -> None:
    for sequence in ESCAPES:
        assert sequence not in shown, repr(sequence)
    assert "\x1b]8;" not in shown  # no hyperlink made from page text
    assert "\u241b" in shown  # ESC is shown as the visible symbol


@pytest.mark.parametrize("fmt", ["table", "text", "markdown"])
def test_human_formats_never_pass_control_characters_raw(fmt, tmp_path):
    result = extract("-f", fmt, tmp_path=tmp_path)
    assert result.exit_code == 0, result.stderr
    assert_inert(result.stdout)


@pytest.mark.parametrize("fmt", ["table", "text", "markdown"])
@pytest.mark.parametrize("kind", ["article", "fact"])
def test_writers_on_a_terminal_keep_page_text_inert(fmt, kind):
    hostile = "a \x1b[2J b \x1b]0;pwned\x07 c \x9b31m d\re " + MARKUP
    record = {"source": "evil\x1b[31m.html", "title": hostile, "text": hostile, "type": "money",
              "value": hostile, "authors": [{"name": hostile}], "facts": [{"type": "quote", "text": hostile}]}
    screen = Terminal()
    writer = output.open_writer(fmt, screen, kind=kind)
    writer.write([record])
    writer.close()
    assert_inert(screen.getvalue())
    assert "[/link]" in screen.getvalue()  # markup in page text is shown as typed, not interpreted


def test_json_escapes_control_characters_as_json_does(tmp_path):
    result = extract("-f", "jsonl", tmp_path=tmp_path)
    line = result.stdout.strip()
    assert "\x1b" not in line and "\\u001b" in line
    record = json.loads(line)
    assert "\x1b[31mred" in record["text"]  # the data itself is kept exactly


def test_error_lines_make_control_characters_visible(tmp_path):
    evil = tmp_path / "evil\x1b]0;pwned\x07.html"
    evil.write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(evil), "-f", "jsonl", "-j1"])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "evil\u241b]0;pwned\u2407.html: empty input" in result.stderr


def test_csv_neutralises_formula_cells_by_default(tmp_path):
    page = PAGE.replace("Evil", "=cmd|' /C calc'!A0 Evil")
    result = extract("-f", "csv", "--fields", "title,text", page=page, tmp_path=tmp_path)
    row = list(csv.DictReader(io.StringIO(result.stdout)))[0]
    assert row["title"].startswith("'=cmd|")
    assert row["text"].startswith("Text with")  # only cells that start like a formula change


def test_csv_formulas_flag_keeps_cells_as_they_are(tmp_path):
    page = PAGE.replace("Evil", "=cmd|' /C calc'!A0 Evil")
    result = extract("-f", "csv", "--fields", "title", "--csv-formulas", page=page, tmp_path=tmp_path)
    assert list(csv.DictReader(io.StringIO(result.stdout)))[0]["title"].startswith("=cmd|")


@pytest.mark.parametrize("cell", ["=1+1", "+1 555 0100", "-x", "@SUM(A1)", "\t=1", "\r=1"])
def test_every_formula_start_is_neutralised(cell):
    assert _csv_row({"source": "s", "title": cell})["title"] == "'" + cell


@pytest.mark.parametrize("cell", ["-", "+", "@"])
def test_a_lone_sign_is_no_formula(cell):
    """"-" is stdin's source name: a cell of one sign computes nothing and stays as it is."""
    assert _csv_row({"source": "s", "title": cell})["title"] == cell


@pytest.mark.parametrize("value", [-5, 2.5, "-1.5", "+3", "-2e3", 0])
def test_numbers_stay_numbers(value):
    assert _csv_row({"source": "s", "title": value})["title"] == str(value)


def _csv_row(record: dict) -> dict:
    out = io.StringIO()
    writer = output.open_writer("csv", out, kind="article", fields=("title",))
    writer.write([record])
    return list(csv.DictReader(io.StringIO(out.getvalue())))[0]


def test_credentials_in_urls_are_never_echoed(server):
    url = server.url("/private?token=SECRET1&page=2&api_key=SECRET2").replace("http://", "http://alice:SECRET3@")
    result = CliRunner().invoke(app, ["extract", url, "-f", "jsonl", "-j1"])
    assert result.exit_code == 1
    shown = result.stdout + result.stderr
    for secret in ("SECRET1", "SECRET2", "SECRET3", "alice"):
        assert secret not in shown
    assert "page=2" in result.stderr and "HTTP 404" in result.stderr
