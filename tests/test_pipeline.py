"""The pipeline's own promises: offsets index what they say they index, captions included."""

import sys

from selectolax.lexbor import LexborHTMLParser

import newsclean
from conftest import SEED


def test_every_fact_indexes_the_text_or_its_caption():
    article = newsclean.extract(SEED.read_bytes(), source=str(SEED))
    assert article.facts
    for fact in article.facts:
        where = article.captions[fact.attrs["caption"]] if "caption" in fact.attrs else article.text
        assert where[fact.start : fact.end] == fact.text


def test_facts_of_a_photo_caption_are_reported_with_its_index():
    article = newsclean.extract(SEED.read_bytes(), source=str(SEED))
    caption_dates = [f for f in article.facts if f.type == "date" and "caption" in f.attrs]
    assert [(f.text, f.value, f.attrs["caption"]) for f in caption_dates] == [("지난 14일", "2020-07-14", 0)]
    # ... and the caption's text stays out of the article text.
    assert "지난 14일" not in article.text


def count_parses(monkeypatch) -> list[type]:
    """Every HTML parse newsclean makes from now on, by the type of what was parsed."""
    parsed: list[type] = []

    def parser(markup, *args, **kw):
        parsed.append(type(markup))
        return LexborHTMLParser(markup, *args, **kw)

    for module in [m for name, m in sys.modules.items() if name.startswith("newsclean")]:
        if getattr(module, "LexborHTMLParser", None) is LexborHTMLParser:
            monkeypatch.setattr(module, "LexborHTMLParser", parser)
    return parsed


def test_an_html_page_is_parsed_once(monkeypatch, html_page):
    parsed = count_parses(monkeypatch)
    page = html_page.replace(b"</head>", b'<script type="application/ld+json">{"@type": "NewsArticle",'
                             b' "author": {"@type": "Person", "name": "Jane Doe"}}</script></head>')
    article = newsclean.extract(page)
    assert len(parsed) == 1
    # metadata read the tree before the clean stage stripped its scripts (JSON-LD)
    assert [a.name for a in article.metadata.authors] == ["Jane Doe"]
    assert article.text.startswith("The city council approved")
