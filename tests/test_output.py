"""output: every format on the same records; streaming; CSV quoting; --fields."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Article, Author, Fact, Metadata, SourceError
from newsclean.model import Removed
from newsclean.output import (
    ARTICLE_KEYS,
    FORMATS,
    article_record,
    error_record,
    fact_records,
    open_writer,
)

ARTICLE = Article(
    source="pages/뉴스.html",
    text='산업부, "디지털 뉴딜" 시동\n800억원 규모의 펀드, 15일 발표.',
    metadata=Metadata(
        title='산업부, "디지털 뉴딜" 시동',
        authors=(Author("오세은", "기자"),),
        published="2020-07-15T17:09:00+09:00",
        lang="ko",
        tags=("경제", "산업"),
    ),
    facts=(
        Fact("money", "800억원", 20, 25, 80_000_000_000, "800억원 규모의 펀드, 15일 발표.", {"currency": "KRW"}),
        Fact("date", "15일", 34, 37, "2020-07-15", "800억원 규모의 펀드, 15일 발표.", {"grain": "day"}),
    ),
    removed=(Removed("공유하기 | 트위터", "share buttons"),),
)
FAILED = SourceError("no such file or folder", "https://user:pw@example.com/a?token=s3cret")


def render(fmt: str, kind: str, results, fields=None) -> str:
    out = io.StringIO()
    writer = open_writer(fmt, out, kind=kind, fields=fields)
    for records in results:
        writer.write(records)
    writer.close()
    return out.getvalue()


def article_results():
    return [[article_record(ARTICLE)], [error_record(FAILED)]]


def fact_results():
    return [fact_records(ARTICLE), [error_record(FAILED)]]


TEXT_FORMATS = ("table", "json", "jsonl", "csv", "markdown", "text")


def test_formats_are_registered_by_name():
    assert set(TEXT_FORMATS) <= set(FORMATS)


def test_jsonl_is_one_object_per_line_non_ascii_unescaped():
    lines = render("jsonl", "article", article_results()).splitlines()
    assert len(lines) == 2
    first, second = map(json.loads, lines)
    assert list(first) == list(ARTICLE_KEYS[:-1])
    assert first["authors"] == [{"name": "오세은", "role": "기자", "email": None}]
    assert first["facts"][0] == {
        "type": "money", "text": "800억원", "start": 20, "end": 25, "value": 80_000_000_000,
        "sentence": "800억원 규모의 펀드, 15일 발표.", "currency": "KRW",
    }
    assert "산업부" in lines[0] and "\\u" not in lines[0]
    assert second == {"source": "https://example.com/a?token=***", "error": "no such file or folder"}


def test_json_is_one_valid_array_in_input_order():
    data = json.loads(render("json", "article", article_results()))
    assert [d["source"] for d in data] == ["pages/뉴스.html", "https://example.com/a?token=***"]
    assert json.loads(render("json", "article", [])) == []


def test_writers_stream_each_input_as_it_comes():
    out = io.StringIO()
    writer = open_writer("json", out, kind="article", fields=None)
    writer.write([article_record(ARTICLE)])
    assert "산업부" in out.getvalue()  # written before the run ends
    writer.close()


def test_fields_pick_keys_but_errors_stay_whole():
    lines = render("jsonl", "article", article_results(), fields=("title", "published")).splitlines()
    assert json.loads(lines[0]) == {"title": ARTICLE.metadata.title, "published": "2020-07-15T17:09:00+09:00"}
    assert json.loads(lines[1])["error"] == "no such file or folder"


def test_csv_is_rfc4180_with_source_and_error_columns():
    text = render("csv", "article", article_results())
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    header, ok, bad = rows
    assert header[0] == "source" and header[-1] == "error"
    row = dict(zip(header, ok))
    assert row["title"] == '산업부, "디지털 뉴딜" 시동'  # comma and quotes survive
    assert row["text"] == ARTICLE.text  # newline inside a quoted cell
    assert json.loads(row["tags"]) == ["경제", "산업"]
    assert row["error"] == "" and row["url"] == ""
    assert dict(zip(header, bad))["error"] == "no such file or folder"


def test_csv_facts_one_row_per_fact_with_extra_fields_as_attrs():
    rows = list(csv.DictReader(io.StringIO(render("csv", "fact", fact_results()))))
    assert [(r["source"], r["type"], r["text"]) for r in rows[:2]] == [
        ("pages/뉴스.html", "money", "800억원"), ("pages/뉴스.html", "date", "15일"),
    ]
    assert json.loads(rows[0]["attrs"]) == {"currency": "KRW"}
    assert rows[2]["error"] == "no such file or folder"


def test_csv_fields_choose_columns_source_always_first():
    rows = list(csv.reader(io.StringIO(render("csv", "fact", fact_results(), fields=("type", "currency")))))
    assert rows[0] == ["source", "type", "currency", "error"]
    assert rows[1] == ["pages/뉴스.html", "money", "KRW", ""]


def test_table_shows_fields_nested_tables_and_errors():
    text = render("table", "article", [[article_record(ARTICLE, explain=True)], [error_record(FAILED)]])
    for expected in ("pages/뉴스.html", "2020-07-15T17:09:00+09:00", "오세은", "800억원", "share buttons", "no such file"):
        assert expected in text
    assert "\x1b[" not in text  # no colour codes when not a terminal


def test_table_of_facts():
    text = render("table", "fact", fact_results())
    assert "money" in text and "currency=KRW" in text and "no such file" in text


def test_table_of_facts_shows_an_excerpt_of_the_sentence_around_the_fact():
    fact = Fact("money", "800억원", 60, 65, 80_000_000_000, "가" * 60 + "800억원" + "나" * 60, {})
    article = Article(source="a.txt", text="가" * 60 + "800억원" + "나" * 60, facts=(fact,))
    text = render("table", "fact", [fact_records(article)])
    assert "sentence" in text
    assert "…" + "가" * 30 + "800억원" + "나" * 30 + "…" in text.replace("│", "").replace("\n", "").replace(" ", "")


def test_markdown_article_and_fact_tables():
    text = render("markdown", "article", article_results())
    assert text.startswith('# 산업부, "디지털 뉴딜" 시동\n')
    assert "- **published**: 2020-07-15T17:09:00+09:00" in text
    assert "| money | 800억원 | 80000000000 |" in text
    facts = render("markdown", "fact", fact_results())
    assert "## pages/뉴스.html" in facts and "| date | 15일 | 2020-07-15 | grain=day |" in facts


def test_text_gives_title_and_clean_text_or_fact_lines():
    assert render("text", "article", article_results()) == f"{ARTICLE.metadata.title}\n\n{ARTICLE.text}\n"
    assert render("text", "fact", fact_results()).splitlines() == ["money\t800억원\t80000000000", "date\t15일\t2020-07-15"]


def test_explain_shows_removed_lines_in_text_and_csv():
    record = article_record(ARTICLE, with_facts=False, explain=True)
    assert render("text", "article", [[record]]).endswith("\n\n[share buttons] 공유하기 | 트위터\n")
    (row,) = csv.DictReader(io.StringIO(render("csv", "article", [[record]])))
    assert json.loads(row["removed"]) == [{"text": "공유하기 | 트위터", "reason": "share buttons"}]
    assert row["facts"] == ""


def test_clean_records_drop_facts_and_explain_adds_removed():
    record = article_record(ARTICLE, with_facts=False, explain=True)
    assert "facts" not in record
    assert record["removed"] == [{"text": "공유하기 | 트위터", "reason": "share buttons"}]


def test_fact_records_filter_by_type():
    assert [r["type"] for r in fact_records(ARTICLE, ("date",))] == ["date"]


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
@pytest.mark.parametrize("kind", ["article", "fact"])
def test_every_format_handles_no_records_and_only_errors(fmt, kind):
    render(fmt, kind, [])
    assert isinstance(render(fmt, kind, [[error_record(FAILED)]]), str)


@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.text(), st.text())
def test_csv_and_jsonl_give_back_any_text(title, text):
    record = {**article_record(Article(source="s", text=text, metadata=Metadata(title=title)))}
    row = next(csv.DictReader(io.StringIO(render("csv", "article", [[record]]), newline="")))
    shown = row["title"][1:] if row["title"][:1] == "'" and title[:1] != "'" else row["title"]
    assert shown == title and (row["text"] == text or row["text"] == "'" + text)
    assert json.loads(render("jsonl", "article", [[record]])) == record
