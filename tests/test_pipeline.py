"""The pipeline's own promises: offsets index what they say they index, captions included."""

import codecs
import gzip
import sys

from selectolax.lexbor import LexborHTMLParser

import newsclean
from conftest import EVAL, SEED
from newsclean import RawPage


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


HANKOOK = EVAL / "fundus-dev" / "kr" / "HankookIlbo" / "2025_05_15" / "page.html.gz"


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


def test_an_html_page_is_parsed_once_from_its_utf8_bytes(monkeypatch, html_page):
    parsed = count_parses(monkeypatch)
    page = html_page.replace(b"</head>", b'<script type="application/ld+json">{"@type": "NewsArticle",'
                             b' "author": {"@type": "Person", "name": "Jane Doe"}}</script></head>')
    article = newsclean.extract(page)
    assert parsed == [bytes]
    # metadata read the tree before the clean stage stripped its scripts (JSON-LD)
    assert [a.name for a in article.metadata.authors] == ["Jane Doe"]
    assert article.text.startswith("The city council approved")


def test_a_page_parsed_from_its_text_gives_the_same_article_as_from_its_bytes(monkeypatch):
    utf8 = gzip.decompress(HANKOOK.read_bytes())
    parsed = count_parses(monkeypatch)
    as_given = newsclean.extract(utf8).to_dict()
    # with a byte-order mark, or in CP949: the decoded text is parsed (once), same article
    assert newsclean.extract(codecs.BOM_UTF8 + utf8).to_dict() == as_given
    cp949 = utf8.decode("utf-8").encode("cp949", "xmlcharrefreplace")  # &#160; for a no-break space
    assert newsclean.extract(RawPage("<input>", cp949, http_charset="cp949")).to_dict() == as_given
    assert parsed == [bytes, str, str]
    assert as_given["authors"] and as_given["published"] and "이재명" in as_given["text"]
