"""Whatever it is fed, ``newsclean.extract`` returns an Article or raises a NewscleanError:
no other exception, no hang. Fixed budgets keep this a few seconds in CI."""

from __future__ import annotations

import json
import signal
from contextlib import contextmanager
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article, NewscleanError

BUDGET = settings(
    max_examples=150,
    deadline=timedelta(seconds=5),
    derandomize=True,  # the same examples on every run: CI cannot go red by luck
    suppress_health_check=[HealthCheck.too_slow],
)
HANG_SECONDS = 20  # far above the deadline: only a real hang trips it


@contextmanager
def no_hang():
    def hung(signum, frame):
        raise AssertionError(f"extract() ran for more than {HANG_SECONDS} s")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def check(page: str | bytes) -> None:
    with no_hang():
        try:
            article = newsclean.extract(page)
        except NewscleanError as exc:
            assert str(exc).strip() and "\n" not in exc.reason
            return
    assert isinstance(article, Article)
    json.dumps(article.to_dict(), ensure_ascii=False)  # the record is always JSON-safe
    for fact in article.facts:
        assert article.text[fact.start : fact.end] == fact.text


TAGS = ["html", "head", "body", "title", "meta", "p", "div", "article", "span", "a", "br", "script",
        "style", "h1", "li", "ul", "table", "td", "tr", "time", "figure", "figcaption", "!--", "![CDATA["]
ATTRS = ["", ' charset="utf-8"', ' charset="euc-kr"', ' class="byline"', ' property="og:title" content="X"',
         ' name="author" content="Kim"', ' datetime="2020-02-30T25:61"', ' href="javascript:alert(1)"',
         ' itemprop="datePublished" content="yesterday"', ' lang="ko"']
WORDS = ["기자", "2020년 7월 15일", "$1.5 billion", "5억 원", "said", "\u202e", "\x1b[31m", "&amp;", "&#0;",
         "&#xD800;", "\x00", "\ufeff", "…", "\r\n", "Seoul", "12:30", "(", ")", "\"", "'", "%", "€3", "1e308"]

markup_token = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(TAGS), st.sampled_from(ATTRS)),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
    st.sampled_from(WORDS),
    st.text(max_size=20),
)
html_ish = st.lists(markup_token, max_size=80).map("".join)


@BUDGET
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data):
    check(data)


@BUDGET
@given(html_ish)
def test_arbitrary_html_ish_text(page):
    check(page)


@BUDGET
@given(html_ish)
def test_arbitrary_html_ish_bytes_in_legacy_encodings(page):
    check(page.encode("cp949", errors="replace"))
