"""The CLI end to end: every command x format, every source kind, errors and exit codes.
Runs through Typer's CliRunner, and a few through a real subprocess."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from conftest import REPO, SAMPLE_PAGES, SAMPLES, SEED
from newsclean import __version__
from newsclean.cli import BATCH_OPTIONS, app

runner = CliRunner()
TEXT_FORMATS = ("table", "json", "jsonl", "csv", "markdown", "text")


def cli(*args: str, input: bytes | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


# -- every command x format ------------------------------------------------------------


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
@pytest.mark.parametrize("command", ["extract", "clean", "facts"])
def test_every_command_in_every_format(command, fmt, tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(SAMPLE_PAGES[0].read_bytes())
    result = cli(command, SEED, page, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    if fmt == "jsonl":
        records = jsonl(out)
        assert {r["source"] for r in records} == {str(SEED), str(page)}
    elif fmt == "json":
        records = json.loads(out)
        assert {r["source"] for r in records} == {str(SEED), str(page)}
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {r["source"] for r in rows} == {str(SEED), str(page)}
        assert all(r["error"] == "" for r in rows)
    else:
        assert out.strip()
    if command == "facts" and fmt in ("json", "jsonl"):
        assert all({"type", "text", "start", "end", "value"} <= set(r) for r in records)
    if command == "clean" and fmt in ("json", "jsonl"):
        assert all("facts" not in r and r["text"] for r in records)


def test_extract_gives_metadata_text_and_facts_of_the_seed():
    (record,) = jsonl(cli("extract", SEED, "-f", "jsonl").stdout)
    assert "디지털 뉴딜" in record["title"]
    assert "산업통상자원부" in record["text"]
    assert record["facts"]
    for f in record["facts"]:  # offsets index the text, or the caption the fact stands in
        where = record["captions"][f["caption"]] if "caption" in f else record["text"]
        assert where[f["start"] : f["end"]] == f["text"]


def test_one_title_per_sample_from_a_folder():
    result = cli("extract", SAMPLES, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["source"] for r in records] == [str(p) for p in sorted([SEED, *SAMPLE_PAGES])]
    assert all(r["title"] for r in records)


def test_default_format_is_jsonl_when_piped_and_table_can_be_asked_for():
    assert jsonl(cli("extract", SEED).stdout)[0]["source"] == str(SEED)
    table = cli("extract", SEED, "--format", "table").stdout
    assert "title" in table and "│" in table


def test_fields_pick_keys_and_unknown_fields_are_usage_errors():
    (record,) = jsonl(cli("extract", SEED, "--fields", "title,lang").stdout)
    assert list(record) == ["title", "lang"]
    result = cli("extract", SEED, "--fields", "title,nope")
    assert result.exit_code == 2 and "nope" in result.stderr


def test_clean_explain_lists_removed_blocks_with_reasons():
    (record,) = jsonl(cli("clean", SEED, "--explain").stdout)
    assert record["removed"] and all(r["text"] and r["reason"] for r in record["removed"])


def test_facts_type_filter_and_csv_rows_per_fact():
    result = cli("facts", SEED, "--type", "money", "--type", "percent", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["type"] for r in rows} <= {"money", "percent"} and "money" in {r["type"] for r in rows}
    assert all(r["source"] == str(SEED) for r in rows)


def test_no_clean_offsets_index_the_input_as_given(tmp_path):
    text = "Prices rose 3% in May.\nThe city paid $12 million on 2024-05-31."
    note = tmp_path / "note.txt"
    note.write_text(text, encoding="utf-8")
    records = jsonl(cli("facts", note, "--no-clean", "--ref-date", "2024-06-01").stdout)
    assert records and all(text[r["start"]:r["end"]] == r["text"] for r in records)


def test_bad_ref_date_is_a_usage_error():
    result = cli("extract", SEED, "--ref-date", "yesterday-ish")
    assert result.exit_code == 2 and "ISO date" in result.stderr


# -- every source kind -----------------------------------------------------------------


def test_stdin(tmp_path):
    result = cli("extract", "-", "--format", "json", input=SAMPLE_PAGES[1].read_bytes())
    assert result.exit_code == 0, result.stderr
    (record,) = json.loads(result.stdout)
    assert record["source"] == "-" and record["title"]


def test_url_from_a_local_server(server):
    server.routes["/news/1"] = (200, {"Content-Type": "text/html; charset=utf-8"}, SAMPLE_PAGES[1].read_bytes())
    (record,) = jsonl(cli("extract", server.url("/news/1")).stdout)
    assert record["source"] == server.url("/news/1")
    assert record["url"] and record["title"]


def test_folder_with_glob_and_gz_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html.gz").write_bytes(gzip.compress(SAMPLE_PAGES[0].read_bytes()))
    (tmp_path / "a.html").write_bytes(SAMPLE_PAGES[1].read_bytes())
    (tmp_path / "notes.txt").write_bytes(SEED.read_bytes())
    records = jsonl(cli("extract", tmp_path, "--glob", "*.html*").stdout)
    assert [Path(r["source"]).name for r in records] == ["a.html", "b.html.gz"]
    assert all(r["title"] for r in records)


def test_input_file_lists_sources(tmp_path, server):
    server.routes["/p"] = (200, {}, SAMPLE_PAGES[1].read_bytes())
    listing = tmp_path / "list.txt"
    listing.write_text(f"# my pages\n{SEED}\n\n{server.url('/p')}\n", encoding="utf-8")
    records = jsonl(cli("extract", "-i", listing).stdout)
    assert [r["source"] for r in records] == [str(SEED), server.url("/p")]


def test_input_list_from_stdin():
    result = cli("extract", "-i", "-", input=f"{SEED}\nno-such-file\n".encode())
    assert result.exit_code == 1
    assert [r["source"] for r in jsonl(result.stdout)] == [str(SEED), "no-such-file"]


def test_missing_input_file_is_a_usage_error(tmp_path):
    assert cli("extract", "-i", tmp_path / "nope.txt").exit_code == 2


# -- errors and exit codes -------------------------------------------------------------


def test_a_missing_file_fails_alone_and_exits_1():
    result = cli("extract", "no-such-file", SAMPLES, "-f", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["newsclean: no-such-file: no such file or folder"]
    records = jsonl(result.stdout)
    assert records[0] == {"source": "no-such-file", "error": "no such file or folder"}
    assert len(records) == 1 + len([SEED, *SAMPLE_PAGES])


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.html", b"", "empty input"),
        ("blank.txt", b" \n\n ", "empty input"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary input (a PNG image), not a web page or text"),
        ("doc.txt", b"%PDF-1.4\n", "binary input (a PDF document), not a web page or text"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    result = cli("extract", tmp_path / name)
    assert result.exit_code == 1
    assert result.stderr == f"newsclean: {tmp_path / name}: {reason}\n"
    assert "Traceback" not in result.output


def test_debug_adds_the_traceback():
    assert "Traceback" in cli("extract", "no-such-file", "--debug").stderr
    assert "Traceback" not in cli("extract", "no-such-file").stderr


def test_an_empty_folder_gives_a_clear_message(tmp_path):
    result = cli("extract", tmp_path, "-f", "csv")
    assert result.exit_code == 1
    assert result.stderr == f"newsclean: {tmp_path}: folder holds no files to read\n"
    assert list(csv.DictReader(io.StringIO(result.stdout)))[0]["error"] == "folder holds no files to read"


def test_failed_urls_never_echo_credentials(server):
    url = server.url("/secret?token=hunter2").replace("http://", "http://bob:pw@")
    result = cli("extract", url, "-f", "jsonl")
    assert result.exit_code == 1
    assert "hunter2" not in result.output and "bob:pw" not in result.output
    assert "HTTP 404" in result.stderr


def test_credentials_are_masked_in_records_of_fetched_pages_too(server):
    server.routes["/p?token=hunter2"] = (200, {}, SAMPLE_PAGES[1].read_bytes())
    result = cli("facts", server.url("/p?token=hunter2"), "-f", "csv")
    assert result.exit_code == 0 and "hunter2" not in result.stdout
    assert "token=***" in result.stdout


def test_an_unparseable_url_fails_alone():
    result = cli("extract", "http://user:pw@[::1/x?token=t", SEED)
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("newsclean: http://[::1/x: ") and "pw" not in result.output
    assert len(jsonl(result.stdout)) == 2


def test_output_into_a_missing_folder_is_a_usage_error(tmp_path):
    result = cli("extract", SEED, "-o", tmp_path / "no" / "out.json")
    assert result.exit_code == 2 and "no folder" in result.stderr


def test_usage_errors_exit_2():
    assert cli("extract").exit_code == 2  # no source
    assert cli("extract", SEED, "--format", "yaml").exit_code == 2
    assert cli("extract", "-", "-i", "-").exit_code == 2  # stdin twice
    assert cli("nonsense").exit_code == 2


def test_version_and_help_with_examples():
    assert cli("--version").stdout.strip() == f"newsclean {__version__}"
    for command in ("extract", "clean", "facts", "fetch"):
        result = cli(command, "--help")
        assert result.exit_code == 0 and "Examples" in result.stdout and f"newsclean {command}" in result.stdout


# -- -o FILE and fetch -o DIR ----------------------------------------------------------


def test_output_file_is_written_whole_and_format_follows_its_suffix(tmp_path):
    out = tmp_path / "out.csv"
    result = cli("extract", SEED, "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert rows[0]["source"] == str(SEED)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_output_never_clobbers_an_input(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    result = cli("extract", page, "-o", page)
    assert result.exit_code == 2
    assert page.read_bytes() == SEED.read_bytes()


def test_fetch_saves_raw_pages(tmp_path, server):
    body = "<html><head><meta charset='euc-kr'></head><body><p>뉴스 본문</p></body></html>".encode("cp949")
    server.routes["/a?id=1"] = (200, {"Content-Type": "text/html"}, body)
    result = cli("fetch", server.url("/a?id=1"), server.url("/gone"), "-o", tmp_path / "pages")
    assert result.exit_code == 1
    (saved,) = (tmp_path / "pages").iterdir()
    assert saved.read_bytes() == body and saved.suffix == ".html"
    assert result.stdout == f"{server.url('/a?id=1')}\t{saved}\n"
    assert "HTTP 404" in result.stderr


# -- a real process --------------------------------------------------------------------


def run_process(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # output is UTF-8 whatever the locale
    return subprocess.run([sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, cwd=REPO, env=env, timeout=120)


def test_subprocess_streams_jsonl_and_exits_1_on_a_missing_file():
    proc = run_process("extract", "no-such-file", "samples/", "--format", "jsonl")
    assert proc.returncode == 1
    assert proc.stderr.decode() == "newsclean: no-such-file: no such file or folder\n"
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert len(records) == 1 + len([SEED, *SAMPLE_PAGES])
    assert "디지털 뉴딜" in records[1]["title"]


@pytest.mark.parametrize("command", [("facts", "--format", "jsonl"), ("fetch", "-o", "{tmp}")])
def test_a_reader_that_stops_early_ends_the_run_quietly_with_the_closed_pipe_code(tmp_path, command):
    """`newsclean facts ... | head -1`: no traceback, no error line, exit 141 as `cat` gives."""
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"{SEED}\n" * 300, encoding="utf-8")  # far more output than a pipe holds
    args = [a.replace("{tmp}", str(tmp_path / "out")) for a in command]
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", *args, "--input-file", str(listing), "-j", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()
    proc.stdout.close()  # the reader goes, as `head -1` does
    assert proc.wait(timeout=120) == 141
    assert proc.stderr.read() == b""


def test_subprocess_reads_stdin_and_prints_a_table():
    proc = run_process("extract", "-", "--format", "table", stdin=SAMPLE_PAGES[1].read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert "title" in proc.stdout.decode("utf-8")


# What one run imports: a command pays at start-up only for the modules it uses (the facts
# rules, rich, charset detection, a process pool), which a one-page run feels most.
_RUN_THEN_LIST_MODULES = """
import json, sys
from newsclean.cli import main
sys.argv = ["newsclean", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""

_WIRE_PAGE = (
    "<html><head><meta charset='utf-8'><title>Port strike ends</title></head><body><article>"
    "<h1>Port strike ends after three weeks</h1>"
    "<p>LONDON (Reuters) - Dock workers at Felixstowe voted on Tuesday to end a 21-day strike after "
    "the port operator raised its pay offer to 7 percent, the Unite union said.</p>"
    "<p>The walkout had delayed about $1.2 billion worth of cargo, according to the British Ports Association.</p>"
    "</article></body></html>"
)


def modules_after(*args: str) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", _RUN_THEN_LIST_MODULES, *args], capture_output=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stderr.decode().splitlines()[-1]))


def test_one_run_imports_only_what_its_command_needs(tmp_path):
    page = tmp_path / "strike.html"
    page.write_text(_WIRE_PAGE, encoding="utf-8")
    unused = {"rich", "charset_normalizer", "concurrent.futures.process", "httpx"}
    cleaned = modules_after("clean", str(page), "-f", "json")
    assert "newsclean.clean" in cleaned
    assert not {m for m in cleaned if m.startswith("newsclean.facts")}  # `clean` finds no facts
    assert not unused & cleaned
    extracted = modules_after("extract", str(page), "-f", "json")
    assert "newsclean.facts" in extracted
    assert not unused & extracted
    assert "rich" in modules_after("extract", str(page), "-f", "table")  # a table is printed through rich


def test_charset_detection_is_imported_for_bytes_that_need_it(tmp_path):
    page = tmp_path / "strike.txt"
    page.write_bytes("Le port a rouvert mardi après trois semaines de grève, a déclaré le syndicat.".encode("cp1252"))
    assert "charset_normalizer" in modules_after("clean", str(page), "-f", "json")


def test_extract_clean_and_facts_share_the_batch_options():
    commands = typer.main.get_command(app).commands
    seen = {
        command: {p.name: (p.opts, p.help, p.default) for p in commands[command].params if p.name in {o.name for o in BATCH_OPTIONS}}
        for command in ("extract", "clean", "facts")
    }
    assert len(seen["extract"]) == len(BATCH_OPTIONS) and seen["extract"] == seen["clean"] == seen["facts"]
    for command in ("clean", "facts"):  # and they reach the run: quiet, one job, in order
        result = cli(command, SAMPLE_PAGES[0], "missing.html", "-f", "jsonl", "-j", "1", "--quiet", "--input-timeout", "60")
        assert result.exit_code == 1 and result.stderr == ""
        assert jsonl(result.stdout)[-1] == {"source": "missing.html", "error": "no such file or folder"}


def test_every_command_and_option_is_in_the_readme_cli_reference():
    import typer.main

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    reference = readme.split("## CLI reference", 1)[1].split("\n## ", 1)[0]
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"`{name}`" in reference, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in reference, f"{name} {opt}"


def test_clean_as_text_prints_the_seeds_title_subtitle_subheads_and_paragraphs_only():
    out = cli("clean", SEED, "-f", "text").stdout
    paragraphs = out.split("\n\n")
    assert paragraphs[0] == "산업부, ‘디지털 뉴딜’ 본격 시동…산업지능화협회‧혁신펀드 발표"
    assert paragraphs[1] == "성윤모 장관, 산업지능화협회 현판식 참석"
    assert "■ 성윤모 장관 “디지털 뉴딜 통해 데이터·AI 활용 가속화”" in out.splitlines()
    assert out.rstrip().endswith("기대한다”고 말했다.")
    for chrome in ("카카오스토리", "글자크게", "입력 :", "성윤모 장관.png", "[사진제공=연합뉴스]", "BEST 뉴스", "보내는 분 이메일", "주요기업 채용정보"):
        assert chrome not in out


def _on_a_terminal(*args: str, stdout_to_terminal: bool) -> tuple[str, str]:
    """Run the CLI with stderr (and stdout, if asked) on a pseudo-terminal: (what the
    terminal received, what stdout received when it was a pipe)."""
    import pty

    master, slave = pty.openpty()
    stdout = slave if stdout_to_terminal else subprocess.PIPE
    run = subprocess.Popen([sys.executable, "-m", "newsclean", *args], stdout=stdout, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        seen += chunk
    piped = run.stdout.read().decode() if run.stdout else ""
    run.wait(timeout=60)
    os.close(master)
    return seen.decode(errors="replace"), piped


def test_no_progress_bar_while_the_records_go_to_the_terminal() -> None:
    terminal, _ = _on_a_terminal("clean", str(SEED), "-f", "text", stdout_to_terminal=True)
    assert "산업부, ‘디지털 뉴딜’ 본격 시동" in terminal and "pages/s" not in terminal
    assert terminal.replace("\r", "").splitlines()[0].startswith("산업부")  # nothing before the title


def test_the_progress_bar_shows_when_the_records_go_elsewhere() -> None:
    terminal, piped = _on_a_terminal("clean", str(SEED), "-f", "text", stdout_to_terminal=False)
    assert "pages/s" in terminal and piped.startswith("산업부")
