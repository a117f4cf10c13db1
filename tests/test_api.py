"""The library's front door: ``newsclean.extract`` and ``process``, and what they return."""

from __future__ import annotations

import dataclasses
import json
import pickle
from datetime import date

import pytest

import newsclean
from conftest import SAMPLE_PAGES, SEED
from newsclean import Article, DecodeError, NewscleanError, RawPage, SourceError, extract, process
from newsclean.cli import Options, run_one, source_name


def test_public_names_are_a_short_curated_list():
    assert set(newsclean.__all__) == {
        "Article", "Author", "Block", "DecodeError", "Fact", "FetchError", "Metadata",
        "NewscleanError", "NoContentError", "RawPage", "SourceError", "__version__", "extract", "process",
    }
    assert all(hasattr(newsclean, name) for name in newsclean.__all__)


def test_extract_takes_str_bytes_or_rawpage_alike():
    text = SEED.read_text(encoding="utf-8")
    from_str = extract(text)
    from_bytes = extract(SEED.read_bytes())
    from_raw = extract(RawPage(source="seed", data=SEED.read_bytes()))
    assert from_str.text == from_bytes.text == from_raw.text
    assert from_str.metadata == from_bytes.metadata == from_raw.metadata
    assert from_raw.source == "seed"


def test_extract_html_with_url_lang_and_ref_date(html_page):
    article = extract(html_page, url="https://news.example.com/bridge", lang="en", ref_date=date(2024, 6, 1))
    assert isinstance(article, Article)
    assert article.metadata.title == "Council approves new bridge"
    assert "approved a $12 million bridge" in article.text
    assert "Home" not in article.text.split("\n")
    assert all(article.text[f.start:f.end] == f.text for f in article.facts)


def test_results_are_frozen_and_json_safe(html_page):
    article = extract(html_page)
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.text = "changed"  # type: ignore[misc]
    assert json.loads(json.dumps(article.to_dict(), ensure_ascii=False)) == article.to_dict()


def test_bad_input_raises_a_newsclean_error_naming_the_source():
    with pytest.raises(DecodeError) as e:
        extract(b"", source="empty.html")
    assert e.value.source == "empty.html" and str(e.value) == "empty.html: empty input"
    with pytest.raises(TypeError):
        extract(42)  # type: ignore[arg-type]


def test_process_without_the_clean_stage_keeps_the_text_as_given():
    text = "Shares rose 5% on Monday.\n\nThe company paid $3 million."
    article = process(RawPage(source="note", data=text.encode()), clean_stage=False, ref_date=date(2024, 6, 3))
    assert article.text == text
    assert all(text[f.start:f.end] == f.text for f in article.facts)


def test_run_one_returns_failures_and_both_cross_process_boundaries(tmp_path):
    options = Options(lang="ko")
    assert pickle.loads(pickle.dumps(options)) == options
    article = run_one(str(SEED), options)
    assert isinstance(article, Article) and article.source == str(SEED)
    failure = run_one(str(tmp_path / "missing.html"), options)
    assert isinstance(failure, NewscleanError)
    copy = pickle.loads(pickle.dumps(failure))
    assert (type(copy), copy.source, copy.reason) == (type(failure), failure.source, failure.reason)
    listed = SourceError("archive cut short", "pages.warc.gz")  # an input that failed while listed
    assert run_one(listed, options) is listed and source_name(listed) == "pages.warc.gz"


def test_run_one_turns_a_stage_bug_into_an_error_unless_debugging(monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("oops")

    monkeypatch.setattr("newsclean.cli.process", broken)
    failure = run_one(str(SAMPLE_PAGES[0]), Options())
    assert isinstance(failure, NewscleanError) and failure.reason == "internal error: ZeroDivisionError: oops"
    with pytest.raises(ZeroDivisionError):
        run_one(str(SAMPLE_PAGES[0]), Options(debug=True))
