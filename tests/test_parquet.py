"""Parquet output: the fixed schema, and the same records as JSON Lines, on a WARC built
from real pages (so a failed input, Korean text and facts are all in it)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("fastwarc")
import warcfiles  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from newsclean import output  # noqa: E402
from newsclean.cli import app  # noqa: E402

ARTICLE_COLUMNS = [
    "source", "url", "title", "subtitle", "description", "authors", "published", "modified", "site",
    "lang", "image", "section", "tags", "text", "captions", "facts", "removed", "error",
]
FACT_COLUMNS = ["source", "type", "text", "start", "end", "value", "sentence", "attrs", "error"]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("parquet")
    whole = warcfiles.build(d / "crawl.warc.gz", warcfiles.eval_pages(2))
    cut = warcfiles.truncate(warcfiles.build(d / "more.warc.gz", warcfiles.eval_pages(3)[:3]), d / "cut.warc.gz")
    return {"dir": d, "whole": whole, "cut": cut}


def cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def jsonl(crawl: dict[str, Path], command: str) -> list[dict]:
    out = crawl["dir"] / f"{command}.jsonl"
    cli(command, str(crawl["whole"]), str(crawl["cut"]), "-o", str(out))
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_the_schema_is_fixed() -> None:
    assert output.parquet_schema("article").names == ARTICLE_COLUMNS
    assert output.parquet_schema("fact").names == FACT_COLUMNS
    facts = output.parquet_schema("article").field("facts").type.value_type
    assert [facts.field(i).name for i in range(facts.num_fields)] == FACT_COLUMNS[1:-1]
    assert str(output.parquet_schema("article").field("authors").type) == (
        "list<item: struct<name: string, role: string, email: string>>"
    )


def test_extract_rows_are_the_json_records(crawl: dict[str, Path]) -> None:
    target = crawl["dir"] / "articles.parquet"
    code, _ = cli("extract", str(crawl["whole"]), str(crawl["cut"]), "-o", str(target))
    assert code == 1  # the cut-off file failed
    table = pq.read_table(target)
    assert table.schema.names == ARTICLE_COLUMNS
    rows, records = table.to_pylist(), jsonl(crawl, "extract")
    assert len(rows) == len(records) > len(warcfiles.eval_pages(2)) + 1  # + the cut file's pages and error
    for row, record in zip(rows, records):
        for key in ("source", "url", "title", "text", "published", "lang", "error"):
            assert row[key] == record.get(key)
        assert row["authors"] == (record["authors"] if "error" not in record else None)
        assert [(f["type"], f["start"], f["end"]) for f in row["facts"] or []] == [
            (f["type"], f["start"], f["end"]) for f in record.get("facts", [])
        ]
    assert [r["error"] is not None for r in rows].count(True) == 1
    assert any("인판티노" in (r["title"] or "") for r in rows)  # the CP949 record, decoded by its HTTP charset


def test_facts_command_writes_the_facts_table(crawl: dict[str, Path]) -> None:
    target = crawl["dir"] / "facts.parquet"
    cli("facts", str(crawl["whole"]), str(crawl["cut"]), "-f", "parquet", "-o", str(target))
    table = pq.read_table(target)
    assert table.schema.names == FACT_COLUMNS
    rows, records = table.to_pylist(), jsonl(crawl, "facts")
    assert len(rows) == len(records) > 0
    fixed = ("source", "type", "text", "start", "end", "sentence", "error")
    for row, record in zip(rows, records):
        assert {k: row[k] for k in fixed} == {k: record.get(k) for k in fixed}
        value = record.get("value")
        assert row["value"] == (value if value is None or isinstance(value, str) else json.dumps(value, ensure_ascii=False))
        extra = {k for k in record if k not in (*fixed, "value")}
        assert {k for k, _ in row["attrs"] or []} == extra


def test_fields_pick_columns(crawl: dict[str, Path]) -> None:
    target = crawl["dir"] / "picked.parquet"
    cli("extract", str(crawl["whole"]), "--fields", "title,published", "-o", str(target))
    assert pq.read_table(target).schema.names == ["source", "title", "published", "error"]


def test_without_pyarrow_one_clear_line(crawl: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    code, text = cli("extract", str(crawl["whole"]), "-o", str(crawl["dir"] / "none.parquet"))
    assert code == 1
    assert "Parquet output needs the optional 'scale' extra: pip install 'newsclean[scale]'" in text
    assert "Traceback" not in text
    assert not (crawl["dir"] / "none.parquet").exists()
