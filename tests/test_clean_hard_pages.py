"""Pages whose article is hard to find whole: rendered in the browser (the article is only
script data, clean/embedded.py), or split by ads into several containers."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import newsclean
from newsclean.clean.embedded import embedded_markup
from newsclean.clean.html import clean_html

FUNDUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "fundus-dev"

PARAGRAPHS = "".join(f"<p>Paragraph {i} of the story, long enough to be read as article text by the cleaner.</p>" for i in range(6))


def next_page(fragment: str) -> str:
    """A React server components page: an empty body, the markup escaped twice in a push."""
    row = "5:" + json.dumps(["$", "div", None, {"dangerouslySetInnerHTML": {"__html": fragment}}])
    push = json.dumps([1, row]).replace("<", "\\u003c")
    return (
        "<html><head><title>Markets rally</title></head><body><div id='root'></div>"
        f"<script>self.__next_f.push({push})</script></body></html>"
    )


def test_the_article_of_a_page_rendered_in_the_browser_is_read_from_its_script_data():
    article = newsclean.extract(next_page(PARAGRAPHS + "<aside><p>Share</p></aside>"))
    assert article.text.splitlines() == [f"Paragraph {i} of the story, long enough to be read as article text by the cleaner." for i in range(6)]
    assert article.metadata.title == "Markets rally"


def test_the_fragment_with_the_most_paragraphs_wins_and_plain_strings_are_not_markup():
    menu = "<ul>" + "".join(f"<li><p>Menu {i}</p></li>" for i in range(2)) + "</ul>" + "x" * 200
    page = next_page(PARAGRAPHS).replace("</body>", f"<script>var menu = {json.dumps(menu)}; var t = {json.dumps('no markup ' * 40)};</script></body>")
    assert embedded_markup(page) is not None and "Paragraph 5" in embedded_markup(page)
    assert embedded_markup("<html><body><script>var t = " + json.dumps("plain " * 100) + "</script></body></html>") is None


def test_a_page_without_any_article_still_fails_with_no_content():
    with pytest.raises(newsclean.NoContentError):
        newsclean.extract("<html><body><div id='root'></div><script>var a = 1;</script></body></html>")


def test_a_real_korean_page_rendered_in_the_browser():
    page = FUNDUS / "kr" / "HankookIlbo" / "2026_01_29"
    if not page.is_dir():
        pytest.skip("no ../shared/eval/fundus-dev beside the repository")
    article = newsclean.extract(gzip.decompress((page / "page.html.gz").read_bytes()))
    truth = json.loads((page / "expected.json").read_text(encoding="utf-8"))["text"]
    paragraphs = [line for line in truth.splitlines() if len(line) > 80]
    assert len(paragraphs) > 5 and all(p in article.text for p in paragraphs)
    assert "연합뉴스" not in article.text  # the photo credits are captions
    assert any("국기에 경례하고 있다" in c for c in article.captions)


def test_a_body_split_into_containers_of_the_same_class_is_read_whole():
    part = lambda first: "".join(f"<p>Part {first + i}: a sentence of the story, long enough to be read as article text, with detail.</p>" for i in range(4))  # noqa: E731
    links = "".join(f"<div><a href='/s{i}'>Most read headline number {i} of the day, with many words in it</a></div>" for i in range(15))
    page = (
        "<html><head><title>Story</title></head><body><main>"
        f"<div class='row'><div class='body articleBody'><h1>Story</h1>{part(0)}</div></div>"
        f"<div class='row'><div class='sidebar'>{links}</div></div>"  # too much to widen over
        f"<div class='row'><div class='body articleBody'>{part(4)}</div></div>"
        "</main></body></html>"
    )
    text = newsclean.extract(page).text
    assert "Part 0:" in text and "Part 7:" in text
    assert "Most read" not in text


def test_a_page_that_scrolls_on_to_the_next_article_keeps_to_its_own():
    part = lambda word, n: "".join(f"<p>{word} {i}: a sentence of the story, long enough to be read as article text, with detail.</p>" for i in range(n))  # noqa: E731
    links = "".join(f"<div><a href='/s{i}'>Most read headline number {i} of the day, with many words in it</a></div>" for i in range(15))
    page = (
        "<html><head><title>Story</title></head><body><main>"
        f"<div class='row'><h1>Story</h1><div class='bodytext'>{part('Ours', 5)}</div></div>"
        f"<div class='row'><div class='sidebar'>{links}</div></div>"
        f"<div class='row'><h1>The next story</h1><div class='bodytext'>{part('Theirs', 4)}</div></div>"
        "</main></body></html>"
    )
    text = newsclean.extract(page).text
    assert "Ours 3:" in text and "Theirs" not in text


def test_a_real_page_split_by_ads():
    page = FUNDUS / "pl" / "Rzeczpospolita" / "2025_02_02"
    if not page.is_dir():
        pytest.skip("no ../shared/eval/fundus-dev beside the repository")
    text = newsclean.extract(gzip.decompress((page / "page.html.gz").read_bytes())).text
    assert "Na trzy tygodnie przed wyborami parlamentarnymi" in text  # the first container
    assert "Czy koalicja z AfD jest możliwa?" in text  # a later one, after an ad
    assert "Reklama" not in text


@pytest.mark.parametrize(
    "chrome",
    [
        "Sharing is caring!",
        "This slideshow requires JavaScript.",
        "First Published: Tuesday, November 19, 2019 08:38 AM",
        "Get the latest updates right in your inbox. Subscribe to our newsletters.",
        "Have a tip? Our reporter may be reached by email.",
    ],
)
def test_widget_and_promo_lines_inside_the_article_are_chrome(chrome):
    story = "".join(f"<p>Sentence {i} of the story, long enough to be read as article text, with detail.</p>" for i in range(5))
    page = f"<html><head><title>Story</title></head><body><article><h1>Story</h1>{story}<p>{chrome}</p></article></body></html>"
    text = newsclean.extract(page).text
    assert "Sentence 4" in text and chrome not in text
    assert newsclean.extract(f"Story\n\nSentence one of the story, long enough to be read as article text.\n{chrome}\n").text.count(chrome) == 0


def test_short_chunks_between_the_parts_of_a_split_body_are_kept():
    chunk = lambda inner: f"<section class='group'><div class='chunk'>{inner}</div></section>"  # noqa: E731
    long = lambda i: chunk(f"<p>Part {i}: a sentence of the story, long enough to be read as article text, with detail, and more detail to pass two hundred characters in all, which a long paragraph does.</p>")  # noqa: E731
    page = (
        "<html><head><title>Story</title></head><body><main><h1>Story</h1>"
        f"{long(0)}{long(1)}{chunk('<p>Here is the latest:</p>')}{chunk('<h3>A sub-head of its own</h3>')}{long(2)}"
        f"{chunk('<a href=/x>A link list after the story, not article text</a>')}{long(3)}"
        "</main></body></html>"
    )
    text = newsclean.extract(page).text
    assert "Here is the latest:" in text and "A sub-head of its own" in text and "Part 3:" in text
    assert "A link list" not in text


def live_blog(ld_type: str) -> str:
    entry = lambda i: (  # noqa: E731
        f"<div class='entry'><div class='entry-info'><time>1{i}:05</time> <span>Jane Roe</span></div>"
        f"<h3>Update {i} heading</h3><div class='entry-text'><p>Update {i}: what happened next, "
        "long enough to be read as article text, with detail and a quote.</p></div></div>"
    )
    return (
        f"<html><head><title>Storm live</title><script type='application/ld+json'>{{\"@type\": \"{ld_type}\"}}</script>"
        "</head><body><main><h1>Storm live</h1><div class='intro'>"
        + "".join(f"<p>Intro {i}: the storm reached the coast overnight, long enough to be article text, with detail, and more of it, which makes the intro the main block.</p>" for i in range(6))
        + "</div><div class='related'><a href='/a'>Other story</a></div><div class='feed'><div class='entries'>"
        + "".join(entry(i) for i in range(5))
        + "</div></div></main></body></html>"
    )


def test_a_live_blog_is_read_with_its_entries_in_page_order():
    blocks = newsclean.extract(live_blog("LiveBlogPosting")).blocks
    texts = [b.text for b in blocks]
    assert texts[0].startswith("Intro 0:") and texts[-1].startswith("Update 4:")
    assert ("heading", "Update 2 heading") in [(b.kind, b.text) for b in blocks]
    assert not any("Jane Roe" in t or "Other story" in t for t in texts)  # stamps, bylines, links left out
    assert "Update" not in newsclean.extract(live_blog("NewsArticle")).text  # only a live blog is read so
    removed = clean_html(live_blog("LiveBlogPosting")).removed  # --explain: the entries are not "outside"
    assert {r.text for r in removed if r.reason == "date line"} == {f"1{i}:05 Jane Roe" for i in range(5)}
    assert not any("Update" in r.text for r in removed)


def test_a_lead_paragraph_beside_the_body_container_is_read():
    lead = "<p>The lead of the story, set apart from the rest of its body above a paywall box, is read too.</p>"
    after = "<p>Please keep comments on topic and civil; the editors remove insults and off-topic posts.</p>"
    links = "<p><a href='/a'>A linked teaser headline that is long enough to count as a paragraph</a></p>"
    author = "<section>" + "".join(f"<span>Short author line {i}</span>" for i in range(8)) + "</section>"  # too much to widen over
    page = (
        "<html><head><title>Story</title></head><body><article><h1>Story</h1>"
        f"<div>{author}{links}{lead}<div class='box'>{PARAGRAPHS * 2}</div>{after}</div>"
        "</article></body></html>"
    )
    text = newsclean.extract(page).text
    assert text.splitlines()[0].startswith("The lead of the story") and "Paragraph 5" in text
    assert "A linked teaser" not in text and "Please keep comments" not in text  # linked; after the body


def test_a_real_page_with_its_lead_beside_the_body():
    page = FUNDUS / "es" / "ABC" / "2025_01_13"
    if not page.is_dir():
        pytest.skip("no ../shared/eval/fundus-dev beside the repository")
    text = newsclean.extract(gzip.decompress((page / "page.html.gz").read_bytes())).text
    assert text.startswith("Un nuevo caso de abuso a menores")
    assert "En un primer momento, la mujer" in text


def test_an_article_inside_the_article_is_another_storys_card():
    card = (
        "<article><h3>Live updates: the war in Europe</h3>"
        "<div>Our live blog follows the war day by day, with news and analysis from our reporters.</div></article>"
    )
    page = f"<html><head><title>Story</title></head><body><article><h1>Story</h1>{PARAGRAPHS}{card}{PARAGRAPHS}</article></body></html>"
    cleaned = clean_html(page)
    assert cleaned.text.count("Paragraph 5") == 2 and "live blog follows" not in cleaned.text
    assert "<article> inside the article" in {r.reason for r in cleaned.removed}
    entries = "".join(f"<article><h3>Update {i}</h3>{PARAGRAPHS}</article>" for i in range(3))  # the bulk of the text: entries
    assert clean_html(f"<html><body><article><h1>Story</h1><p>{'Intro of the blog, a sentence. ' * 3}</p>{entries}</article></body></html>").text.count("Paragraph 5") == 3


def test_a_real_page_with_a_teaser_card_inside_its_article():
    page = FUNDUS / "de" / "ZDF" / "2025_11_07"
    if not page.is_dir():
        pytest.skip("no ../shared/eval/fundus-dev beside the repository")
    text = newsclean.extract(gzip.decompress((page / "page.html.gz").read_bytes())).text
    assert "Seit Februar 2022 führt Russland einen Angriffskrieg" not in text  # the live blog's card
    assert "Am Ende seiner Rede verkündete Kremlchef Putin zwei neue Feiertage" in text
