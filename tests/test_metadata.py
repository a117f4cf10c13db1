"""Metadata: each source (JSON-LD, meta, <time>, bylines, URL) on fragments shaped like
real news pages, the seed's exact fields, and a floor on the fundus-dev pages."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EVAL, SEED
from newsclean import extract
from newsclean.metadata import AUTHOR_KEYS, dates, extract_metadata, page_signals, reference_date
from newsclean.model import Block, Cleaned, Document, Metadata

KST = timezone(timedelta(hours=9))
NO_CLEAN = Cleaned(None, ())


def html_meta(head: str = "", body: str = "<p>Body text of the article.</p>", **kw) -> Metadata:
    page = f"<!doctype html><html {kw.pop('html_attrs', '')}><head>{head}</head><body>{body}</body></html>"
    doc = Document("t.html", page, True, "utf-8", kw.pop("url", None), kw.pop("fetched", None))
    return extract_metadata(doc, kw.pop("cleaned", NO_CLEAN), **kw)


def text_meta(text: str, **kw) -> Metadata:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    cleaned = Cleaned(lines[0], tuple(Block("paragraph", ln) for ln in lines[1:]))
    doc = Document("t.txt", text, False, "utf-8", None, kw.pop("fetched", None))
    return extract_metadata(doc, cleaned, **kw)


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


# --- the seed ------------------------------------------------------------------------------


def test_seed_gives_exact_fields() -> None:
    text = SEED.read_text("utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    cleaned = Cleaned(lines[0], (Block("paragraph", lines[5]),), subtitle="성윤모 장관, 산업지능화협회 현판식 참석")
    m = extract_metadata(Document(str(SEED), text, False, "utf-8"), cleaned)
    assert m.title == "산업부, ‘디지털 뉴딜’ 본격 시동…산업지능화협회‧혁신펀드 발표"
    assert m.subtitle == "성윤모 장관, 산업지능화협회 현판식 참석"
    assert [(a.name, a.role) for a in m.authors] == [("오세은", "기자")]
    assert m.site == "뉴스투데이"
    assert m.published == m.modified == "2020-07-15T17:09:00+09:00"
    assert m.lang == "ko"


# --- JSON-LD -------------------------------------------------------------------------------


def test_jsonld_news_article_with_author_list_and_job_title() -> None:
    m = html_meta(ld({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "민주당 '선호투표제' 도입 또다시 불발",
        "author": [{"@type": "Person", "name": "박준석", "jobTitle": "기자"}, {"@type": "Person", "name": "김태연", "jobTitle": "기자"}],
        "datePublished": "2026-07-12T22:09:00+09:00", "dateModified": "2026-07-12T22:23:00+09:00",
        "publisher": {"@type": "Organization", "name": "한국일보"},
    }), html_attrs='lang="ko"', body="<p>더불어민주당이 최고위원회의를 열었다.</p>")
    assert m.title == "민주당 '선호투표제' 도입 또다시 불발"
    assert [(a.name, a.role) for a in m.authors] == [("박준석", "기자"), ("김태연", "기자")]
    assert (m.published, m.modified) == ("2026-07-12T22:09:00+09:00", "2026-07-12T22:23:00+09:00")
    assert (m.site, m.lang) == ("한국일보", "ko")


def test_jsonld_inside_graph_with_string_author_and_entities() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Golem.de"},
        {"@type": ["NewsArticle"], "headline": "LTE-Patent: Samsung soll Smartphones zerst&ouml;ren - Golem.de",
         "author": "Tobias Költzsch", "datePublished": "2024-04-28T14:26:01+00:00"},
    ]}
    m = html_meta(ld(graph) + '<meta property="og:site_name" content="Golem.de">')
    assert m.title == "LTE-Patent: Samsung soll Smartphones zerstören"
    assert [a.name for a in m.authors] == ["Tobias Költzsch"]
    assert m.published == "2024-04-28T14:26:01+00:00"


def test_jsonld_given_and_family_name_and_cdata_wrapper() -> None:
    obj = {"@type": "NewsArticle", "headline": "Sind wir zu sanft?", "datePublished": "2024-05-03T15:47:42.389Z",
           "author": [{"@type": "Person", "givenName": "Birgit", "familyName": "Baumann"}]}
    script = f'<script type="application/ld+json">\n//<![CDATA[\n{json.dumps(obj)}\n//]]>\n</script>'
    m = html_meta(script)
    assert [a.name for a in m.authors] == ["Birgit Baumann"]
    assert m.published == "2024-05-03T15:47:42+00:00"


def test_organization_author_gives_way_to_a_person_in_meta() -> None:
    m = html_meta(
        ld({"@type": "NewsArticle", "headline": "H", "author": {"@type": "Organization", "name": "Krautreporter"}})
        + '<meta name="author" content="Shany Littman"><meta property="og:site_name" content="Krautreporter">'
    )
    assert [a.name for a in m.authors] == ["Shany Littman"]


def test_role_phrases_and_credentials_after_a_name_are_not_authors() -> None:
    head = '<meta name="author" content="STEVE PEOPLES, AP National Political Writer, Rachael Link, MS, RD">'
    m = html_meta(head, cleaned=Cleaned(None, (Block("paragraph", "The campaign began today."),)))
    assert [(a.name, a.role) for a in m.authors] == [("STEVE PEOPLES", "AP National Political Writer"), ("Rachael Link", None)]


def test_organization_alone_is_kept_as_organization() -> None:
    m = html_meta(ld({"@type": "NewsArticle", "headline": "H", "author": {"@type": "Organization", "name": "Associated Press"}}))
    assert [(a.name, a.role) for a in m.authors] == [("Associated Press", "organization")]


@pytest.mark.parametrize("byline", ["By Associated Press", "Associated Press"])
def test_visible_byline_naming_only_the_outlet_is_kept_as_organization(byline: str) -> None:
    """An agency's own site signs its stories with its name; the name is no other outlet's."""
    head = '<meta property="og:site_name" content="Associated Press">'
    body = f"<h1>Mexico's economy grew in the first quarter</h1><p>{byline}</p><p>March 4, 2024</p><p>{'Mexico grew fast. ' * 12}</p>"
    m = html_meta(head, body, cleaned=Cleaned("Mexico's economy grew in the first quarter", (Block("paragraph", "Mexico grew fast. " * 12),)))
    assert [(a.name, a.role) for a in m.authors] == [("Associated Press", "organization")]


def test_visible_byline_naming_the_outlet_and_a_person_keeps_the_person() -> None:
    head = '<meta property="og:site_name" content="Associated Press">'
    body = f"<h1>Mexico's economy grew in the first quarter</h1><p>By Maria Verza and Associated Press</p><p>{'Mexico grew fast. ' * 12}</p>"
    m = html_meta(head, body, cleaned=Cleaned("Mexico's economy grew in the first quarter", (Block("paragraph", "Mexico grew fast. " * 12),)))
    assert [a.name for a in m.authors] == ["Maria Verza"]


def test_broken_jsonld_is_ignored() -> None:
    m = html_meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
                  '<meta property="og:title" content="Fallback headline">')
    assert m.title == "Fallback headline"


# --- meta ----------------------------------------------------------------------------------


def test_open_graph_and_article_meta() -> None:
    head = (
        '<meta property="og:title" content="Swedish police to investigate leaks | Euronews">'
        '<meta property="og:site_name" content="Euronews"><meta property="og:url" content="/2024/04/30/swedish-police">'
        '<meta property="og:image" content="https://img.example/a.jpg"><meta property="og:description" content="Leaks.">'
        '<meta property="article:published_time" content="2024-04-30T16:38:37+02:00">'
        '<meta property="article:modified_time" content="2024-04-30T18:00:00+02:00">'
        '<meta property="article:section" content="Europe"><meta property="article:tag" content="Sweden">'
        '<meta property="article:tag" content="Crime"><meta property="article:author" content="https://www.facebook.com/euronews">'
        '<meta name="author" content="Jane Doe">'
    )
    m = html_meta(head, url="https://www.example.com/news/x")
    assert m.title == "Swedish police to investigate leaks"
    assert (m.site, m.section, m.tags) == ("Euronews", "Europe", ("Sweden", "Crime"))
    assert m.url == "https://www.example.com/2024/04/30/swedish-police"
    assert (m.image, m.description) == ("https://img.example/a.jpg", "Leaks.")
    assert (m.published, m.modified) == ("2024-04-30T16:38:37+02:00", "2024-04-30T18:00:00+02:00")
    assert [a.name for a in m.authors] == ["Jane Doe"]  # the Facebook URL is not a name


def test_dublin_core_and_itemprop() -> None:
    head = '<meta name="dc.creator" content="Anna Giulia Fink"><meta name="dc.date" content="2023-04-28">'
    body = '<h1 itemprop="headline">Mexico economy grew</h1><p>Text.</p>'
    m = html_meta(head, body)
    assert (m.title, m.published, [a.name for a in m.authors]) == ("Mexico economy grew", "2023-04-28", ["Anna Giulia Fink"])


def test_time_element_and_korean_author_meta() -> None:
    head = ('<meta property="og:site_name" content="한국일보">'
            '<meta name="author" content="한국일보"><meta name="author" content="신현주 기자">')
    body = '<h1>장동혁, 한동훈 제명</h1><time datetime="2026-01-29T18:40:00">1월 29일</time><p>국민의힘이 결정했다.</p>'
    m = html_meta(head, body)
    assert [(a.name, a.role) for a in m.authors] == [("신현주", "기자")]
    assert m.published == "2026-01-29T18:40:00+09:00"  # Korean page, no offset: KST
    assert m.lang == "ko"


# --- visible bylines and date lines ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "role", "email"),
    [
        ("[연합뉴스=홍길동 기자] 정부가 발표했다.", "홍길동", "기자", None),
        ("홍길동 기자 hong@yna.co.kr", "홍길동", "기자", "hong@yna.co.kr"),
        ("(워싱턴=연합뉴스) 김동현 특파원 = 미국이 발표했다.", "김동현", "특파원", None),
        ("이영희 선임기자", "이영희", "선임기자", None),
        ("글·사진 박민수", "박민수", None, None),
        ("박준석 기자 외 1명", "박준석", "기자", None),
        ("정치부 김민지 인턴기자", "김민지", "인턴기자", None),
    ],
)
def test_korean_bylines(line: str, name: str, role: str | None, email: str | None) -> None:
    m = text_meta(f"제목입니다\n{line}\n본문은 한국어로 씁니다. 정부가 오늘 발표했다.")
    assert [(a.name, a.role, a.email) for a in m.authors] == [(name, role, email)]


def test_korean_byline_with_two_names() -> None:
    m = text_meta("제목입니다\n[뉴스1=홍길동·김철수 기자] 정부가 발표했다.\n본문은 한국어로 씁니다.")
    assert [(a.name, a.role) for a in m.authors] == [("홍길동", "기자"), ("김철수", "기자")]
    assert m.site == "뉴스1"


@pytest.mark.parametrize(
    ("line", "site"),
    [("[뉴스투데이=오세은 기자] 산업통상자원부가 나섰다.", "뉴스투데이"), ("(워싱턴=연합뉴스) 김동현 특파원 = 미국이 발표했다.", "연합뉴스")],
)
def test_korean_byline_names_the_outlet(line: str, site: str) -> None:
    assert text_meta(f"제목입니다\n{line}\n본문은 한국어로 씁니다.").site == site


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("기사입력 2020-07-15 17:09", "2020-07-15T17:09:00+09:00", None),
        ("승인 2020.07.15", "2020-07-15", None),
        ("등록 2020.07.15 오후 5:09 최종수정 2020.07.16 오전 9:30", "2020-07-15T17:09:00+09:00", "2020-07-16T09:30:00+09:00"),
        ("입력 2020년 7월 15일 17시 09분", "2020-07-15T17:09:00+09:00", None),
        ("입력 2020년 7월 15일 17시 9분", "2020-07-15T17:09:00+09:00", None),  # one digit before its unit
        ("입력 2020년 7월 15일 오후 5시 9분", "2020-07-15T17:09:00+09:00", None),
    ],
)
def test_korean_date_lines(line: str, published: str, modified: str | None) -> None:
    m = text_meta(f"제목입니다\n{line}\n본문은 한국어로 씁니다. 정부가 오늘 발표했다.")
    assert (m.published, m.modified) == (published, modified)


def test_english_byline_with_two_authors_and_updated_line() -> None:
    text = "Markets rally\nBy Jane Doe and John Roe\nUpdated 3:45 PM ET, Tue July 14, 2020\nStocks rose on Tuesday."
    m = text_meta(text)
    assert [a.name for a in m.authors] == ["Jane Doe", "John Roe"]
    assert m.modified == "2020-07-14T15:45:00-04:00"
    assert m.lang == "en"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe in Washington", ["Jane Doe"]),  # where she writes from
        ("By Jane Doe and John Roe in Kyiv", ["Jane Doe", "John Roe"]),
        ("By Jane Doe Published May 3, 2024 2:07pm", ["Jane Doe"]),  # the date label, capitalised
        ("By Jane Doe, New York", ["Jane Doe"]),  # after a comma: a place of two words is no second author
        ("By Jane Doe and John Roe, Hong Kong", ["Jane Doe", "John Roe"]),
        ("By JANE DOE, SAN FRANCISCO", ["JANE DOE"]),
        ("By Jane Doe, John Roe", ["Jane Doe", "John Roe"]),  # two authors
        ("By Jane DoeJohn Roe", ["Jane Doe", "John Roe"]),  # two author links a dump ran together
        ("By Ron DeSantis and Jeff VanderMeer", ["Ron DeSantis", "Jeff VanderMeer"]),  # capitals inside a surname
        ("By Mary MacDonald Smith", ["Mary MacDonald Smith"]),
    ],
)
def test_english_byline_ends_before_a_place_or_a_date_label(line: str, names: list[str]) -> None:
    m = text_meta(f"Markets rally\n{line}\nStocks rose on Tuesday.")
    assert [a.name for a in m.authors] == names


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Markets rally\nBy Jane Doe with AP\nStocks rose on Tuesday.", "en", ["Jane Doe"]),
        ("Markets rally\nBy Jane Doe - Political Editor\nStocks rose on Tuesday.", "en", ["Jane Doe"]),
        ("Markets rally\nBy Jane Doe, CNN Business\nStocks rose on Tuesday.", "en", ["Jane Doe"]),  # the outlet's initials
        ("Markets rally\nBy STEVE PEOPLES and JANE DOE\nStocks rose on Tuesday.", "en", ["STEVE PEOPLES", "JANE DOE"]),
        ("Neue Hilfen für Landwirte\nVon Anna Schmidt und dpa\nDie Bundesregierung hat am Freitag neue Hilfen angekündigt.", "de", ["Anna Schmidt", "dpa"]),
        ("Nuevas ayudas para el campo\nPor María García - Madrid\nEl Gobierno ha anunciado este viernes nuevas ayudas.", "es", ["María García"]),
    ],
)
def test_byline_names_end_before_an_agency_a_dash_or_an_outlet(text: str, lang: str, names: list[str]) -> None:
    assert [a.name for a in text_meta(text, lang=lang).authors] == names


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Karen Walsh | Michael Brennan", [("Karen Walsh", None), ("Michael Brennan", None)]),
        ("By Karen Walsh · Michael Brennan", [("Karen Walsh", None), ("Michael Brennan", None)]),
        ("Karen Walsh · Michael Brennan · Laura Chen", [("Karen Walsh", None), ("Michael Brennan", None), ("Laura Chen", None)]),
        ("By Karen Walsh, Health Reporter | Michael Brennan, Staff Writer", [("Karen Walsh", None), ("Michael Brennan", "Staff Writer")]),
        # after the bar no known given name: a role, the outlet, a place, a date
        ("Karen Walsh | Health Reporter", [("Karen Walsh", "Health Reporter")]),
        ("By Karen Walsh | Fox News", [("Karen Walsh", None)]),
        ("Karen Walsh | Los Angeles", [("Karen Walsh", None)]),
        ("By Karen Walsh | Updated 3 hours ago", [("Karen Walsh", None)]),
    ],
)
def test_byline_names_split_by_a_bar_or_a_dot(line: str, authors: list[tuple[str, str | None]]) -> None:
    """A bar, a bullet or a middle dot between two names in a byline: each part after the
    first names is another author when it opens with a known given name."""
    title = "Hospital waiting lists grow for a third month"
    m = dump_meta(["Health", title, line, "May 3, 2024"], title, ENGLISH_BODY)
    assert [(a.name, a.role) for a in m.authors] == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Story by Karen Walsh", ["Karen Walsh"]),
        ("words by Karen Walsh", ["Karen Walsh"]),
        ("by karen walsh", ["Karen Walsh"]),  # a byline in lower case, written capitalised
        ("words by karen walsh and michael brennan", ["Karen Walsh", "Michael Brennan"]),
        ("by robin van persie", ["Robin van Persie"]),
        ("by popular demand", []),  # no given name: no byline
        ("by staff writers", []),
    ],
)
def test_english_byline_opening_words_and_lower_case(line: str, names: list[str]) -> None:
    title = "Hospital waiting lists grow for a third month"
    m = dump_meta(["Health", title, line, "May 3, 2024"], title, ENGLISH_BODY)
    assert [a.name for a in m.authors] == names


@pytest.mark.parametrize(
    ("lines", "lang", "names"),
    [
        (["Anna Schmidt", "Redakteurin Politik", "03.05.2024, 14:07 Uhr"], "de", ["Anna Schmidt"]),
        (["Jane Doe", "Senior Writer Politics", "May 3, 2024"], "en", ["Jane Doe"]),
    ],
)
def test_plain_text_line_of_a_role_and_a_desk_under_the_name_is_no_name(lines: list[str], lang: str, names: list[str]) -> None:
    title, body = {"de": ("Neue Hilfen für Landwirte nach der langen Dürre", GERMAN_BODY), "en": ("Farmers hit by drought get new support", ENGLISH_BODY)}[lang]
    assert [a.name for a in dump_meta(["Menu", title, *lines], title, body).authors] == names


@pytest.mark.parametrize(
    ("line", "lang", "name", "role"),
    [
        ("Anna Schmidt, Korrespondentin in Brüssel", "de", "Anna Schmidt", "Korrespondentin in Brüssel"),
        ("Mario Rossi, inviato a Kiev", "it", "Mario Rossi", "inviato a Kiev"),
    ],
)
def test_name_line_with_a_role_and_its_place_after_a_comma(line: str, lang: str, name: str, role: str) -> None:
    title, body = {
        "de": ("Neue Hilfen für Landwirte nach der langen Dürre", GERMAN_BODY),
        "it": ("Siccità, il governo annuncia nuove misure", "Il governo ha annunciato venerdì una serie di misure per sostenere gli agricoltori."),
    }[lang]
    date = {"de": "03.05.2024, 14:07 Uhr", "it": "3 maggio 2024, 14:07"}[lang]
    m = dump_meta(["Menu", title, line, date], title, body)
    assert [(a.name, a.role) for a in m.authors] == [(name, role)]


def test_french_byline_role_in_lower_case_after_the_name() -> None:
    m = text_meta("Sécheresse : de nouvelles aides\nPar Jean Dupont, envoyé spécial à Kiev\nLe gouvernement a annoncé vendredi des mesures.", lang="fr")
    assert [(a.name, a.role) for a in m.authors] == [("Jean Dupont", "envoyé spécial")]


@pytest.mark.parametrize("line", ["By Jane Doe, Reuters", "Jane Doe, Reuters"])
def test_byline_with_outlet_keeps_only_the_person(line: str) -> None:
    m = text_meta(f"Markets rally\n{line}\nStocks rose on Tuesday.")
    assert [a.name for a in m.authors] == ["Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "Markets rally\nPublished 3 hours ago\nStocks rose on Tuesday.", "증시 반등\n입력 3시간 전\n주가가 올랐다.",
        "Markets rally\nPublished 3h ago\nStocks rose on Tuesday.",  # the unit as its letter
    ],
)
def test_relative_date_resolves_against_fetch_time_without_inventing_a_time(text: str) -> None:
    fetched = datetime(2024, 5, 2, 1, 30, tzinfo=timezone.utc)
    assert text_meta(text, fetched=fetched).published == "2024-05-01"


def test_a_date_line_right_under_the_article_dates_it_when_none_is_near_the_headline() -> None:
    body = [f"Paragrafo {i}: la premier è partita per la Florida e ha incontrato il presidente eletto." for i in range(16)]

    def meta(after: list[str]) -> Metadata:
        text = "\n".join(["Meloni da Trump", *body, *after])
        cleaned = Cleaned("Meloni da Trump", tuple(Block("paragraph", b) for b in body))
        return extract_metadata(Document("t.txt", text, False, "utf-8"), cleaned, lang="it")

    assert meta(["5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)", "© RIPRODUZIONE RISERVATA"]).published == "2025-01-05"
    teasers = ["Altre notizie", "Il governo e le pensioni", "Sport", "La Juventus vince ancora", "3 gennaio 2025"]
    assert meta(teasers).published is None  # a teaser's date further down


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2025年1月14日 01時28分 (1月14日 01時40分更新)", "2025-01-14T01:28:00+09:00"),  # DATE_UNITS, Japan's zone
        ("公開日：2025/01/31 11:30 更新日：2025/01/31 12:05", "2025-01-31T11:30:00+09:00"),  # up to the modified label
        ("2025年1月31日 午後3時05分", "2025-01-31T15:05:00+09:00"),  # MERIDIEM
        ("2025年1月31日 午前9時5分", "2025-01-31T09:05:00+09:00"),
    ],
)
def test_japanese_date_lines(line: str, published: str) -> None:
    text = f"南海トラフ、一時調査 巨大地震、基準達せず\n{line}\n気象庁は、南海トラフ地震の想定震源域で起きた地震について評価した。"
    assert text_meta(text).published == published  # the language told by its kana


def test_chinese_date_line_under_a_headline_of_no_spaces() -> None:
    nav = "人民网智慧党建体验中心 828企业服务平台 人民云"  # three 'words' split by spaces: no headline for that
    headline = "促进航天技术更好惠及人民——习近平主席向首届论坛致贺信"
    text = f"{nav}\n人民网\n{headline}\n2024年04月24日23:52 | 来源：新华网\n新华社北京4月24日电，论坛在北京开幕，各国代表出席。"
    meta = extract_metadata(Document("t.txt", text, False, "utf-8"), Cleaned(None, (Block("paragraph", text.splitlines()[-1]),)))
    assert meta.lang == "zh" and meta.published == "2024-04-24T23:52:00+08:00" and meta.title == headline


def test_kana_tell_japanese_and_only_japanese() -> None:
    from newsclean.metadata.language import _script

    assert _script("気象庁は、南海トラフ地震の想定震源域で起きた地震について評価した。") == "HIRAGANA"
    assert _script("习近平主席向首届中拉航天合作论坛致贺信，为中拉深化航天合作指明方向。") == "CJK"  # Chinese: no kana
    assert _script("도요타(トヨタ)는 15일 새 전기차를 공개했다고 밝혔다. 회사 측은 판매를 늘리겠다고 말했다.") == "HANGUL"  # a name in kana


def test_a_letter_after_a_number_is_no_age_without_ago() -> None:
    fetched = datetime(2024, 5, 2, 1, 30, tzinfo=timezone.utc)
    assert text_meta("Markets rally\nSeason 3h\nStocks rose on Tuesday.", fetched=fetched).published is None


def test_a_swedish_age_without_for() -> None:
    fetched = datetime(2024, 5, 2, 1, 30, tzinfo=timezone.utc)
    text = "Börsen steg\n{} 3 timmar sedan\nAktierna steg i tisdags."
    assert text_meta(text.format("Publicerad"), fetched=fetched, lang="sv").published == "2024-05-01"
    assert text_meta(text.format("Publicerad för"), fetched=fetched, lang="sv").published == "2024-05-01"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Fri 27 Nov 2026 10.04 GMT", "2026-11-27T10:04:00+00:00"),  # a dot between hours and minutes before a zone name
        ("Sat 27 Jun 2026 10.04 BST", "2026-06-27T10:04:00+01:00"),
    ],
)
def test_a_dotted_time_before_a_zone_name(line: str, published: str) -> None:
    assert text_meta(f"Markets rally\n{line}\nStocks rose on Tuesday.", lang="en").published == published
    priced = text_meta(f"Markets rally\n{line[:-3]}USD\nStocks rose on Tuesday.", lang="en").published  # no zone's name: no time
    assert priced is None or "T10:04" not in priced


# --- conflicts, rejections -------------------------------------------------------------------


def test_jsonld_date_beats_url_date() -> None:
    m = html_meta(ld({"@type": "NewsArticle", "headline": "H", "datePublished": "2020-07-15T08:00:00Z"}), url="https://x.example/2020/07/14/h")
    assert m.published == "2020-07-15T08:00:00+00:00"


def test_future_and_ancient_dates_are_rejected() -> None:
    fetched = datetime(2024, 1, 1, tzinfo=timezone.utc)
    head = ld({"@type": "NewsArticle", "headline": "H", "datePublished": "2031-01-01T00:00:00Z"}) + '<meta name="date" content="1970-01-01">'
    m = html_meta(head, url="https://x.example/2023/12/30/h", fetched=fetched)
    assert m.published == "2023-12-30"


def test_date_only_is_made_precise_by_a_later_source_for_the_same_day() -> None:
    head = '<meta name="dc.date" content="2024-04-30">'
    body = '<time datetime="2024-04-30T16:17:29+02:00">30/04/2024</time><p>Text.</p>'
    assert html_meta(head, body).published == "2024-04-30T16:17:29+02:00"


def test_modified_before_published_is_dropped() -> None:
    head = ld({"@type": "NewsArticle", "headline": "H", "datePublished": "2024-04-30T16:00:00Z", "dateModified": "2020-01-01T00:00:00Z"})
    m = html_meta(head)
    assert (m.published, m.modified) == ("2024-04-30T16:00:00+00:00", None)


@pytest.mark.parametrize(
    "junk",
    ["Email the author", "https://www.facebook.com/someone", "Foto: Mads Rasmussen", "chuck-ross", "Staff", "Name *", "1234"],
)
def test_junk_authors_are_rejected(junk: str) -> None:
    assert html_meta(f'<meta name="author" content="{junk}">').authors == ()


# --- title, language, reference date ----------------------------------------------------------


def test_title_drops_section_and_site_suffix() -> None:
    head = ('<meta property="og:title" content="장동혁, 한동훈 제명했지만-정치ㅣ한국일보">'
            '<meta property="og:site_name" content="한국일보"><meta property="article:section" content="정치">')
    assert html_meta(head).title == "장동혁, 한동훈 제명했지만"


def test_title_keeps_a_colon_inside_the_headline() -> None:
    head = '<meta property="og:title" content="Berlin-Marathon: Sebastian Hendel im Porträt">'
    assert html_meta(head).title == "Berlin-Marathon: Sebastian Hendel im Porträt"


@pytest.mark.parametrize(
    ("attrs", "body", "lang"),
    [
        ('lang="ko-KR"', "<p>정부가 오늘 발표했다.</p>", "ko"),
        ('lang="en"', "<p>정부가 오늘 발표했다. 산업부 장관이 참석했다.</p>", "ko"),  # markup disproved by the script
        ('lang="de"', "<p>Die Regierung hat heute entschieden.</p>", "de"),
        ("", "<p>The government decided today.</p>", "en"),
    ],
)
def test_language_from_markup_checked_against_script(attrs: str, body: str, lang: str) -> None:
    text = body.removeprefix("<p>").removesuffix("</p>")
    assert html_meta(body=body, html_attrs=attrs, cleaned=Cleaned(None, (Block("paragraph", text),))).lang == lang


def test_lang_argument_wins() -> None:
    assert text_meta("Title\nSome text here.", lang="en").lang == "en"


def test_reference_date() -> None:
    fetched = datetime(2024, 1, 2, tzinfo=timezone.utc)
    doc = Document("t", "x", False, "utf-8", fetched=fetched)
    assert reference_date(Metadata(published="2020-07-15T17:09:00+09:00"), doc) == datetime(2020, 7, 15, 17, 9, tzinfo=KST)
    assert reference_date(Metadata(published="2020-07-15"), doc) == date(2020, 7, 15)
    assert reference_date(Metadata(), doc) == fetched


def test_empty_page_gives_empty_metadata() -> None:
    m = html_meta(body="")
    assert (m.title, m.authors, m.published) == (None, (), None)


# --- real pages ------------------------------------------------------------------------------

FUNDUS = EVAL / "fundus-dev"


def fundus_pages(language: str | None = None) -> list[tuple[dict, Document]]:
    pages = []
    for expected in sorted(FUNDUS.glob("*/*/*/expected.json")):
        gold = json.loads(expected.read_text("utf-8"))
        if language and gold["language"] != language:
            continue
        text = gzip.decompress((expected.parent / "page.html.gz").read_bytes()).decode(gold.get("declared_charset") or "utf-8", "replace")
        pages.append((gold, Document(gold["id"], text, True, "utf-8", gold["url"])))
    return pages


@pytest.mark.skipif(not FUNDUS.is_dir(), reason="fundus-dev eval data not beside the repo")
def test_korean_fundus_pages_all_right() -> None:
    pages = fundus_pages("ko")
    assert pages
    for gold, doc in pages:
        m = extract_metadata(doc, NO_CLEAN)
        assert " ".join(m.title.split()) == " ".join(gold["title"].replace("\xa0", " ").split()), gold["id"]
        assert m.authors and m.authors[0].name == gold["authors"][0].split()[0], gold["id"]
        assert m.published[:10] == gold["published"][:10], gold["id"]
        assert "T" not in m.published or m.published[:16] == gold["published"][:16], gold["id"]
        assert m.lang == "ko"


@pytest.mark.skipif(not FUNDUS.is_dir(), reason="fundus-dev eval data not beside the repo")
def test_fundus_floor() -> None:
    """Floors a little under what benchmarks/metadata.py measures, to catch regressions."""
    pages = fundus_pages()
    day = title = 0
    for gold, doc in pages:
        m = extract_metadata(doc, NO_CLEAN)
        title += " ".join((m.title or "").split()).casefold() == " ".join(gold["title"].split()).casefold()
        day += bool(m.published) and m.published[:10] == gold["published"][:10]
    assert title / len(pages) >= 0.80
    assert day / len(pages) >= 0.97


@pytest.mark.skipif(not FUNDUS.is_dir(), reason="fundus-dev eval data not beside the repo")
def test_fundus_floor_of_authors_from_the_visible_page() -> None:
    """Pages whose first author is found with no author in JSON-LD or <meta> (the byline on
    the page, as on a page without structured data): a floor a little under what
    benchmarks/metadata.py --visible measures."""
    pages = fundus_pages()
    found = 0
    for gold, doc in pages:
        sig = page_signals(doc)
        sig = replace(sig, ld=tuple({k: v for k, v in o.items() if k != "author"} for o in sig.ld),
                      meta={k: v for k, v in sig.meta.items() if k not in AUTHOR_KEYS})
        first = (gold["authors"] or [""])[0].split(" 기자")[0].casefold()
        found += first in {a.name.casefold() for a in extract_metadata(doc, NO_CLEAN, signals=sig).authors}
    assert found / len(pages) >= 0.75


# --- robustness ------------------------------------------------------------------------------

FRAGMENTS = st.sampled_from([
    "<meta name='author' content='", "<meta property='article:published_time' content='", "'>",
    '<script type="application/ld+json">', "</script>", '{"@type": "NewsArticle", "author": ', '"datePublished": "',
    "<time datetime='", "<h1>", "</h1>", "기자", "입력 ", "By ", "2020-07-15T", "+99:99", "오후 ", "9999-99-99", "\n",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=30), st.booleans())
def test_any_input_gives_metadata_not_a_traceback(parts: list[str], is_html: bool) -> None:
    text = "".join(parts)
    m = extract_metadata(Document("t", text, is_html, "utf-8", "https://x.example/2020/07/15/a"), NO_CLEAN)
    for value in (m.published, m.modified):
        if value is not None:  # a valid ISO date or datetime, or this raises
            datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def test_date_under_the_headline_not_the_header_date() -> None:
    body = "<div>Friday, November 27, 2026</div><h1>Storm hits coast</h1><p>July 14, 2020</p><p>The storm came ashore.</p>"
    assert html_meta(body=body).published == "2020-07-14"
    assert html_meta(body=body.replace("<h1>Storm hits coast</h1>", "")).published is None


def test_time_nearest_the_headline_wins() -> None:
    body = ('<header><time datetime="2026-11-27">Today</time></header><h1>Storm hits coast</h1>'
            '<time datetime="2020-07-14T09:30:00-04:00">July 14</time><p>The storm came ashore.</p>')
    assert html_meta(body=body, cleaned=Cleaned("Storm hits coast", ())).published == "2020-07-14T09:30:00-04:00"


def test_time_just_above_the_headline_dates_it_not_one_further_down() -> None:
    """A page may date its article over its picture, a few lines above the headline; a
    <time> further down is a related link's or a broadcast's. The header's is too far up."""
    nav = "".join(f"<li>Menu {i}</li>" for i in range(8))
    body = ('<header><time datetime="2026-11-27">Today</time><ul>{nav}</ul></header>'
            '<time datetime="2020-07-14T09:30:00-04:00">14.07.2020</time><p>Picture caption</p><p>&gt;</p>'
            '<h1>Storm hits coast</h1><p>The storm came ashore.</p><p>By the sea</p><p>Read more</p>'
            '<time datetime="2020-07-01T08:00:00-04:00">Related story</time>').format(nav=nav)
    assert html_meta(body=body, cleaned=Cleaned("Storm hits coast", ())).published == "2020-07-14T09:30:00-04:00"
    far = body.replace("<p>Picture caption</p>", nav)
    assert html_meta(body=far, cleaned=Cleaned("Storm hits coast", ())).published == "2020-07-01T08:00:00-04:00"


def test_date_line_just_above_the_headline_when_none_is_under_it() -> None:
    """'Nov. 20, 2019 5:52 AM EST' over the headline dates it; a date line under the
    headline comes first; the header's date, further up, does not."""
    nav = "".join(f"<p>Menu {i}</p>" for i in range(6))
    body = ("<p>Friday, November 27, 2026</p>{nav}<p>Nov. 20, 2019 5:52 AM EST</p><h1>Storm hits coast</h1>"
            "<p>The storm came ashore on the coast early in the morning and flooded streets.</p>").format(nav=nav)
    cleaned = Cleaned("Storm hits coast", ())
    assert html_meta(body=body, cleaned=cleaned).published == "2019-11-20T05:52:00-05:00"
    under = body.replace("<p>The storm", "<p>November 21, 2019</p><p>The storm")
    assert html_meta(body=under, cleaned=cleaned).published == "2019-11-21"
    assert html_meta(body=body.replace("<p>Nov. 20, 2019 5:52 AM EST</p>", ""), cleaned=cleaned).published is None


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("22/10/2025, 19:25 (GMT+7)", "2025-10-22T19:25:00+07:00"),
        ("Oct 22, 2025 19:25 UTC+07:00", "2025-10-22T19:25:00+07:00"),
        ("Oct 22, 2025 19:25 GMT-5", "2025-10-22T19:25:00-05:00"),
        ("Oct 22, 2025 19:25 GMT", "2025-10-22T19:25:00+00:00"),
    ],
)
def test_gmt_plus_an_offset_is_ahead_of_utc(text: str, stamp: str) -> None:
    """Pages mean 'GMT+7' as 7 hours ahead of UTC (dateutil alone reads it as POSIX does)."""
    from newsclean.metadata import dates

    assert dates.iso(dates.parse(text)) == stamp


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("27.11.2026 13:55 GMT+1", "2026-11-27T13:55:00+01:00"),  # GMT or UTC with a signed hour
        ("27.11.2026 13:55 UTC+01:00", "2026-11-27T13:55:00+01:00"),  # ... and minutes
        ("27.11.2026 13:55 GMT-5", "2026-11-27T13:55:00-05:00"),
        ("27.11.2026, 13:55 (GMT+9)", "2026-11-27T13:55:00+09:00"),  # in brackets
        ("27.11.2026 13:55 GMT +1 | Updated", "2026-11-27T13:55:00+01:00"),
        ("2026-11-27 13:55 UTC+5:30", "2026-11-27T13:55:00+05:30"),  # year first
        ("2026-11-27 1:55 PM GMT-5", "2026-11-27T13:55:00-05:00"),
        ("2026-11-27 13:55 +0900", "2026-11-27T13:55:00+09:00"),  # an offset alone: hours and minutes
        ("2026-11-27 13:55 (+09:00)", "2026-11-27T13:55:00+09:00"),
        ("2026-11-27 13:55 +9", "2026-11-27T13:55:00"),  # a bare signed hour is no offset
        ("27.11.2026 13:55 GMT", "2026-11-27T13:55:00+00:00"),  # GMT or UTC alone
        ("2026-11-27T13:55:00Z", "2026-11-27T13:55:00+00:00"),
        ("27.11.2026 13:55 Uhr", "2026-11-27T13:55:00"),
    ],
)
def test_an_offset_after_a_numeric_date_sets_its_zone(text: str, stamp: str | None) -> None:
    """'27.11.2026 13:55 GMT+1' is 13:55 an hour ahead of UTC, not 13:55 UTC."""
    from newsclean.metadata import dates

    found = dates.parse(text)
    assert (dates.iso(found) if found else None) == stamp


@pytest.mark.parametrize(
    ("code", "line", "published"),
    [
        ("de", "27.11.2026, 13:55 Uhr", "2026-11-27T13:55:00+01:00"),  # no zone given: the language's DEFAULT_TZ ...
        ("de", "3. Mai 2024, 17:47", "2024-05-03T17:47:00+02:00"),  # ... on that day (summer time)
        ("de", "3. Mai 2024, 17:47 GMT+1", "2024-05-03T17:47:00+01:00"),  # a zone given wins
        ("no", "Publisert torsdag 09. mai 2024 - 13:26", "2024-05-09T13:26:00+02:00"),
        ("ko", "2024.05.09 13:26", "2024-05-09T13:26:00+09:00"),  # an offset as DEFAULT_TZ
        ("en", "May 9, 2024 1:26 PM", "2024-05-09T13:26:00"),  # English is written in many zones: none
        ("fr", "9 mai 2024 à 13h26", "2024-05-09T13:26:00"),  # so is French
    ],
)
def test_a_time_without_a_zone_is_in_the_language_default_zone(code: str, line: str, published: str) -> None:
    meta = text_meta(f"Headline of the story\n{line}\nThe first paragraph of the story is long enough.", lang=code)
    assert meta.published == published


@pytest.mark.parametrize(
    ("code", "line", "published"),
    [
        ("de", "05.11.2026 13:55 CET", "2026-11-05T13:55:00+01:00"),  # read day first, as the date is
        ("de", "05.07.2026 13:55 MESZ", "2026-07-05T13:55:00+02:00"),
        ("de", "05.07.2026 13:55 CET", "2026-07-05T13:55:00+02:00"),  # the zone's offset on that day
        ("de", "05.11.2026 13:55 GMT+1", "2026-11-05T13:55:00+01:00"),  # GMT+1 in any language
        ("en", "2026-11-27 1:55 PM (KST)", "2026-11-27T13:55:00+09:00"),
        ("en", "11/05/2026 1:55 PM EST", "2026-11-05T13:55:00-05:00"),
        ("en", "11/05/2026 1:55 PM XYZ", "2026-11-05T13:55:00"),  # a name the language does not know
        ("en", "October 23, 2025 5:50 pm CET", "2025-10-23T17:50:00+02:00"),  # English names of other zones
        ("en", "2024/10/13 17:41 JST", "2024-10-13T17:41:00+09:00"),
        ("fr", "05/11/2026 à 13h55 CET", "2026-11-05T13:55:00+01:00"),
    ],
)
def test_a_zone_name_after_a_numeric_time_is_read_on_the_date_read(code: str, line: str, published: str) -> None:
    """A name of the language's TZ_NAMES after a numeric time sets its offset on the day the
    numeric form reads ('05.11.2026' is 5 November on a German page, in winter time)."""
    meta = text_meta(f"Headline of the story\n{line}\nThe first paragraph of the story is long enough.", lang=code)
    assert meta.published == published


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("Published November 18, 2024 9:26pm Updated November 19, 2024 4:23pm", "2024-11-18T21:26:00", "2024-11-19T16:23:00"),
        ("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019", "2019-11-18T16:07:00", "2019-11-18T17:36:00-06:00"),
        ("Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read", "2024-08-28", None),
    ],
)
def test_a_labelled_date_ends_at_the_next_date_label(line: str, published: str, modified: str | None) -> None:
    """Two dates in one window are none to the parser: the text after 'Published' stops at 'Updated'."""
    meta = text_meta(f"Storm hits coast\n{line}\nThe storm came ashore on the coast early in the morning.")
    assert (meta.published, meta.modified) == (published, modified)


def test_jsonld_author_and_publisher_by_reference() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": "H", "author": {"@id": "https://x.example/#/schema/person/1"},
         "publisher": {"@id": "https://x.example/#organization"}},
        {"@type": "Person", "@id": "https://x.example/#/schema/person/1", "name": "Lê Phương"},
        {"@type": "Organization", "@id": "https://x.example/#organization", "name": "Example Daily"},
    ]}
    m = html_meta(ld(graph))
    assert ([a.name for a in m.authors], m.site) == (["Lê Phương"], "Example Daily")


def test_logo_h1_gives_way_to_the_title_tag_without_the_host_name() -> None:
    head = "<title>악녀의 덫에 걸린 이유리, 막장극 어울리는 남상미 - Entermedia</title>"
    body = ('<h1><a href="/">엔터 미디어</a></h1><div class="nav">연예 | 방송</div>'
            "<div>악녀의 덫에 걸린 이유리, 막장극 어울리는 남상미</div><div>기사입력 :[ 2018-09-28 17:32 ]</div>"
            "<p>드라마가 시작됐다.</p>")
    m = html_meta(head, body, url="http://www.entermedia.co.kr/news/news_view.html?idx=9876")
    assert m.title == "악녀의 덫에 걸린 이유리, 막장극 어울리는 남상미"
    assert (m.published, m.lang) == ("2018-09-28T17:32:00+09:00", "ko")


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://x.example/west-virginia/statements/2019/nov/18/what-value/", "2019-11-18"),
        ("https://www.hankookilbo.com/news/article/A2026012914320005196", "2026-01-29"),
        ("https://x.example/news/2020-07-15-storm", "2020-07-15"),
        ("https://x.example/a/12345", None),
    ],
)
def test_url_date_is_the_last_resort(url: str, published: str | None) -> None:
    assert html_meta(url=url).published == published


# --- unseen pages (issue 4, kept better) -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "value", "names"),
    [
        ("de", "Monika Bolliger und Anna Trechsel", ["Monika Bolliger", "Anna Trechsel"]),
        ("da", "Trine Juncher Jørgensen og Tôrtia Reimer-Johansen", ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]),
        ("fr", "Le Figaro et AFP", ["Le Figaro et AFP"]),  # a one-word credit after the conjunction: kept whole
        ("es", "José Ortega y Gasset", ["José Ortega y Gasset"]),
    ],
)
def test_author_names_joined_by_a_conjunction_in_a_language_without_rules(lang: str, value: str, names: list[str]) -> None:
    page = ld({"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": value}})
    assert [a.name for a in html_meta(page, html_attrs=f'lang="{lang}"').authors] == names


@pytest.mark.parametrize(
    ("lang", "value", "names"),
    [
        ("de", "Par Jean Dupont", ["Jean Dupont"]),  # any language's byline word (fr.py's), on any page
        ("sv", "Av Ola Nordmann", ["Ola Nordmann"]),
        (None, "Door Jan Jansen", ["Jan Jansen"]),  # a language without a module
        ("it", "Di Maio", ["Di Maio"]),  # Italian's byline word also opens surnames: kept
    ],
)
def test_an_author_string_drops_the_byline_word_of_any_language(lang: str | None, value: str, names: list[str]) -> None:
    from newsclean import lang as languages
    from newsclean.metadata import authors

    assert [a.name for a in authors.names(value, languages.get(lang))] == names


def test_every_languages_byline_words_and_conjunctions_are_read() -> None:
    """The byline-word line and the line between two name lines are built from the words of
    every language module: a language adds its words by its module."""
    from newsclean import lang as languages
    from newsclean.metadata import authors

    modules = [m for m in languages.all_modules() if hasattr(m, "BYLINE_WORDS")]
    assert len(modules) >= 9
    for m in modules:
        assert all(authors.BYLINE_WORD.fullmatch(w) for w in m.BYLINE_WORDS), m.CODE
        assert all(authors.SEPARATOR_LINE.fullmatch(w) for w in m.CONJUNCTIONS), m.CODE
        assert all(authors.BYLINE_WORD.fullmatch(f"{lead} {w}") for lead in getattr(m, "BYLINE_LEADS", ()) for w in m.BYLINE_WORDS), m.CODE
    assert not authors.BYLINE_WORD.fullmatch("Dinner") and not authors.SEPARATOR_LINE.fullmatch("andere")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab가나 .", min_size=1, max_size=4), min_size=1, max_size=12), st.text(alphabet="ab가나 .x", max_size=60))
def test_word_alternation_matches_what_a_plain_longest_first_list_matches(words: list[str], text: str) -> None:
    """``lang.alternation`` (the byline words here, the clean vocabulary, the facts stage's
    words) is only a faster way to write the words, the longest first."""
    import re

    from newsclean.lang import alternation

    plain = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    def spans(pattern: str) -> list[tuple[int, int, int]]:  # each match and where its "x"s start
        return [(m.start(), m.start(1), m.end()) for m in re.finditer(f"(?:{pattern})(x*)", text)]

    assert spans(alternation(words)) == spans(plain)


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("05.01.2025, 15:23", "2025-01-05T15:23:00"),
        ("Veröffentlicht am 27.04.24 um 07:39 Uhr", "2024-04-27T07:39:00"),
        ("Do 25.04.24 | 14:07 Uhr", "2024-04-25T14:07:00"),
        ("1.2.2024", "2024-02-01"),
        ("2020.07.15 17:09", "2020-07-15T17:09:00"),  # year first stays year first
        ("3.14.2020", None),  # no 14th month
        ("10.5", None),  # no year
    ],
)
def test_dotted_dates_are_day_first(text: str, stamp: str | None) -> None:
    from newsclean.metadata import dates

    found = dates.parse(text)
    assert (dates.iso(found) if found else None) == stamp


@pytest.mark.parametrize(
    ("code", "line", "published"),
    [
        ("es", "25/04/2026", "2026-04-25"),  # slashed dates in the language's DATE_ORDER
        ("es", "10/07/2026 00:50", "2026-07-10T00:50:00"),
        ("de", "10/07/2026", "2026-07-10"),
        ("en", "10/07/2026", "2026-10-07"),
        ("en", "25/04/2026", "2026-04-25"),  # a first number over 12 is the day, whatever the order
        ("es", "04/25/2026", "2026-04-25"),  # a second one over 12 is the day too
        ("en", "04/25/2026 at 10:00 AM EDT", "2026-04-25T10:00:00-04:00"),  # a zone name after the time
        ("no", "Publisert 15. okt. 2024 kl. 21:35", "2024-10-15T21:35:00+02:00"),  # a time after TIME_WORDS, in DEFAULT_TZ
        ("da", "6. februar 2025 kl. 19.25", "2025-02-06T19:25:00+01:00"),
        ("sv", "23 okt. 2025 klockan 10.23", "2025-10-23T10:23:00+02:00"),
        ("it", "5 febbraio 2025 alle 14:07", "2025-02-05T14:07:00+01:00"),
        ("it", "05/02/2025 ore 14:07", "2025-02-05T14:07:00+01:00"),
        ("es", "13/05/2026 a las 14:07", "2026-05-13T14:07:00"),
        ("de", "28. Juni 2025 - 16.03 Uhr", "2025-06-28T16:03:00+02:00"),  # a dot between hours and minutes
        ("de", "28.06.2025, 16.03 Uhr", "2025-06-28T16:03:00+02:00"),
        ("de", "Zuerst veröffentlicht am 30/04/2024 - 16:17", "2024-04-30T16:17:00+02:00"),  # a label of two words
        ("fr", "22 novembre 2024 à 07h22", "2024-11-22T07:22:00"),  # hours split by the DATE_UNITS hour unit
        ("fr", "10/07/2026 à 14h07", "2026-07-10T14:07:00"),
        ("pt", "22 de outubro de 2010 às 20h13", "2010-10-22T20:13:00"),  # DATE_CONNECTORS around the month
        ("es", "13 de mayo de 2026", "2026-05-13"),
        ("es", "13 de mayo del 2026, 14:07 h", "2026-05-13T14:07:00"),
        ("pt", "5 de fevereiro de 2025", "2025-02-05"),
    ],
)
def test_date_lines_in_the_page_language(code: str, line: str, published: str) -> None:
    """Each language's date data (order of slashed dates, words before a time, the hour
    unit, connectors) read on a date line under the headline."""
    meta = text_meta(f"Headline of the story\n{line}\nThe first paragraph of the story is long enough.", lang=code)
    assert meta.published == published


@pytest.mark.parametrize(
    ("html_attrs", "head", "line", "published"),
    [
        ('lang="en-GB"', "", "Published 10/07/2026", "2026-07-10"),  # a British page writes day first
        ('lang="en-gb"', "", "10/07/2026 14:07", "2026-07-10T14:07:00"),
        ('lang="en-AU"', "", "10/07/2026", "2026-07-10"),
        ('lang="en"', '<meta property="og:locale" content="en_GB">', "10/07/2026", "2026-07-10"),  # the region given elsewhere
        ('lang="en-US"', "", "10/07/2026", "2026-10-07"),  # US English: month first
        ('lang="en-CA"', "", "10/07/2026", "2026-10-07"),  # no region the language lists: its DATE_ORDER
        ('lang="en"', "", "10/07/2026", "2026-10-07"),  # no region: the language's order
        ('lang="en-GB"', "", "04/25/2026", "2026-04-25"),  # a number over 12 still decides
        ('lang="en-US"', '<meta property="og:locale" content="en_GB">', "10/07/2026", "2026-10-07"),  # the first region given
        ('lang="en"', '<meta property="og:locale" content="fr_FR">', "10/07/2026", "2026-10-07"),  # another language's region
    ],
)
def test_slashed_dates_follow_the_region_of_the_page_language(html_attrs: str, head: str, line: str, published: str) -> None:
    body = f"<h1>Headline of the story</h1><p>{line}</p><p>The first paragraph of the story is long enough.</p>"
    assert html_meta(head, body, html_attrs=html_attrs).published == published


@pytest.mark.parametrize(
    ("page", "published"),
    [
        ("Published on 10/07/2026 - 13:55 GMT+1", "2026-07-10T13:55:00+01:00"),  # a European zone: day first
        ("10/07/2026 13:55 UTC+5", "2026-07-10T13:55:00+05:00"),
        ("10/07/2026 13:55 GMT-5", "2026-10-07T13:55:00-05:00"),  # the Americas: month first, as English reads with no sign
        ("10/07/2026 13:55 GMT+8", "2026-10-07T13:55:00+08:00"),  # the Philippines write month first too
        ("10/07/2026\nMore: the council met on 25/06/2026 too", "2026-07-10"),  # another date on the page reads one way only
        ("10/07/2026\nMore: the council met on 06/25/2026 too", "2026-10-07"),
    ],
)
def test_slashed_dates_of_an_english_page_of_no_region_read_as_the_page_writes_them(page: str, published: str) -> None:
    meta = text_meta(f"Headline of the story\n{page}\nThe first paragraph of the story is long enough.", lang="en")
    assert meta.published == published
    assert text_meta(f"Headline of the story\n{page}\nThe first paragraph of the story is long enough.", lang="en-US").published[:10] == "2026-10-07"


@pytest.mark.parametrize(("code", "published"), [("en-GB", "2026-07-10"), ("en-US", "2026-10-07"), ("en", "2026-10-07")])
def test_a_given_language_tag_brings_its_region(code: str, published: str) -> None:
    meta = text_meta("Headline of the story\n10/07/2026\nThe first paragraph of the story is long enough.", lang=code)
    assert meta.published == published


@pytest.mark.parametrize(
    ("tag", "parts"),
    [
        ("ko-KR", ("ko", "KR")), ("en_GB", ("en", "GB")), ("en-gb", ("en", "GB")), ("es-419", ("es", "419")),
        ("zh-Hant-TW", ("zh", None)), ("DE", ("de", None)), (" ko ", ("ko", None)), ("x-klingon", ("x", None)),
    ],
)
def test_a_language_tag_splits_into_its_code_and_region(tag: str, parts: tuple[str, str | None]) -> None:
    from newsclean import lang

    assert lang.split_tag(tag) == parts
    assert lang.get(tag) is (lang.get(parts[0]) if parts[0] in lang.LANGUAGES else None)


def test_every_language_names_its_date_units() -> None:
    """DATE_UNITS name the parts they follow ({"hour": "h"}): a misspelt part fails here."""
    from newsclean import lang
    from newsclean.metadata import dates

    named = {m.CODE: dates.Units(**m.DATE_UNITS) for m in lang.all_modules() if hasattr(m, "DATE_UNITS")}
    assert named["ko"] == ("년", "월", "일", "시", "분") and named["fr"].hour == "h" and named["sv"].hour == "."


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("25/04/2026", "2026-04-25"),  # day first: 25 is no month
        ("04/25/2026", "2026-04-25"),
        ("10/07/2026", None),  # ambiguous, no language: the slashed form leaves it to dateutil ...
        ("Published 10/07/2026", "2026-10-07"),  # ... which reads it month first, as before
        ("25/13/2026", None),
    ],
)
def test_slashed_dates_with_no_language(text: str, stamp: str | None) -> None:
    from newsclean.metadata import dates

    found = dates.parse(text)
    assert (dates.iso(found) if found else None) == stamp


def test_spanish_and_portuguese_months_are_plain_names() -> None:
    """'de' around the month is a connector, not part of a month name."""
    from newsclean import lang

    assert not [name for code in ("es", "pt") for name in lang.get(code).MONTH_NAMES if " " in name]


def test_a_headline_of_two_blocks_is_found_and_dates_the_line_under_it() -> None:
    body = ("<p>Menu</p><h1><div>Stuttgart hat's drauf</div><div>: Stadt der Superlative</div></h1>"
            "<p>Kommentar von Jan Sellner</p><p>11.07.2026, 09:30 Uhr Stuttgart</p>"
            "<p>Wir leben in einer Stadt der Superlative, und das fängt beim Oberbürgermeister an.</p>")
    meta = html_meta(body=body, cleaned=Cleaned("Stuttgart hat's drauf: Stadt der Superlative", ()), html_attrs='lang="de"')
    assert meta.published == "2026-07-11T09:30:00+02:00"


def test_the_date_line_under_a_later_copy_of_the_headline_dates_it() -> None:
    """A bar at the top of the page shows the headline too, far from the article's date line."""
    menu = "".join(f"<p>Section {i}</p>" for i in range(30))
    body = (f"<header><h2>Russia hits Kyiv with ballistic missile</h2></header>{menu}<h1>Russia hits Kyiv with ballistic missile</h1>"
            "<p>By Samya Kullab</p><p>Posted May 24, 2026 10:05 am</p><p>Russia launched a ballistic missile at Kyiv early on Sunday.</p>")
    meta = html_meta(body=body, cleaned=Cleaned("Russia hits Kyiv with ballistic missile", ()), html_attrs='lang="en"')
    assert meta.published == "2026-05-24T10:05:00"
    assert html_meta(body=body.replace("<h1>Russia hits Kyiv with ballistic missile</h1>", ""), html_attrs='lang="en"',
                     cleaned=Cleaned("Russia hits Kyiv with ballistic missile", ())).published is None


def test_a_label_in_an_inline_element_of_its_own_is_a_word() -> None:
    """Inline elements styled apart are apart: 'Jen Mills' then 'Published …' is no
    'MillsPublished' (the label, a word of its own, dates the article)."""
    byline = ('<div><a rel="author">Jen Mills</a><span><strong>Published</strong> Jul 17, 2024, 11:21am</span>'
              '<span>|<strong>Updated</strong> Jul 17, 2024, 6:39pm</span></div>')
    body = f"<h1>Five key policies</h1>{byline}<p>The new government will focus on security, fairness and opportunity.</p>"
    meta = html_meta(body=body, cleaned=Cleaned("Five key policies", ()), html_attrs='lang="en"')
    assert (meta.published, meta.modified) == ("2024-07-17T11:21:00", "2024-07-17T18:39:00")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("08:39, 06 Jan 2026 Updated 08:41, 06 Jan 2026", "2026-01-06T08:39:00"),  # the part before the label
        ("August 30, 2023 1:55 am (Updated 4:30 am)", "2023-08-30T01:55:00"),  # not the edit's time
        ("Updated 08:41, 06 Jan 2026", None),  # a line opening with the label dates no publication
    ],
)
def test_a_date_line_under_the_headline_ends_at_a_modified_label(line: str, published: str | None) -> None:
    meta = text_meta(f"Headline of the story\n{line}\nThe first paragraph of the story is long enough.", lang="en")
    assert meta.published == published


def test_date_line_of_short_parts_under_a_headline_with_a_kicker() -> None:
    body = ("<div>Fr 26.04.24</div><h1><span>Premiere in Eisenhüttenstadt</span> - <span>Hotel öffnet</span></h1>"
            "<div>Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch</div><p>Das einst beliebte Hotel ist seit Jahren zu.</p>")
    m = html_meta("<title>Hotel öffnet | rbb24</title>", body, cleaned=Cleaned("Hotel öffnet", ()), html_attrs='lang="de"')
    assert (m.title, m.published) == ("Hotel öffnet", "2024-04-25T14:07:00+02:00")


def test_a_link_in_an_author_field_is_no_name() -> None:
    head = '<meta name="author" content="https://www.x.example/redaktion/felix-schwarz/">'
    assert html_meta(head, html_attrs='lang="de"').authors == ()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Von Robin Amberg", ["Robin Amberg"]),
        ("Par Jeanne Dupont", ["Jeanne Dupont"]),
        ("Von Sebastian Kohler, Andreas Gandzior und Philipp Siebert", ["Sebastian Kohler", "Andreas Gandzior", "Philipp Siebert"]),
        ("Gustavo Valiente / Europa Press", []),  # a photo credit: name / agency
    ],
)
def test_visible_byline_in_a_language_without_rules(byline: str, names: list[str]) -> None:
    body = f'<h1>Schlagzeile des Tages</h1><div class="byline">{byline}</div><p>Der Text des Artikels.</p>'
    assert [a.name for a in html_meta(body=body, html_attrs='lang="de"').authors] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe March 5, 2020", ["Jane Doe"]),
        ("By JERUSALEM POST STAFF NOVEMBER 20, 2019 10:43", ["JERUSALEM POST STAFF"]),
        ("By Jane Doe Sept. 12, 2021", ["Jane Doe"]),
        ("By Theresa May 5 min read", ["Theresa May"]),  # a month-named surname without a date after it
    ],
)
def test_english_byline_ends_where_its_date_begins(line: str, names: list[str]) -> None:
    assert [a.name for a in text_meta(f"Headline of the story\n{line}\nThe story begins here.").authors] == names


def test_korean_photo_credit_ending_a_caption_is_not_the_byline() -> None:
    text = ("왜 경상도, 전라도 나눠서 싸우나\n이재명 후보가 15일 순천시에서 시민들에게 큰절을 올리고 있다. 고영권 기자\n"
            "순천, 광양 구현모 기자 ninek@hankookilbo.com\n본문이 시작된다.")
    assert [a.name for a in text_meta(text).authors] == ["구현모"]
    column_end = "제목\n좀 더 차분하게 들여다봐야 할 필요가 있다. 정덕현 칼럼니스트 thekian1@entermedia.co.kr"
    assert [a.name for a in text_meta(column_end).authors] == ["정덕현"]


def test_a_name_read_twice_in_one_byline_element_is_one_name() -> None:
    body = '<h1>Der 9. Juli naht</h1><div class="author"><img alt="">Sidney Wiltgen <a href="/a">Sidney Wiltgen</a></div><p>Text.</p>'
    assert [a.name for a in html_meta(body=body, html_attrs='lang="de"').authors] == ["Sidney Wiltgen"]


def test_date_line_under_the_shown_headline_when_the_declared_one_is_not_on_the_page() -> None:
    head = ld({"@type": "NewsArticle", "headline": "Campaigns brace for a sprint"})
    body = ("<div>Nov 27, 2026</div><h1>Campaigns brace for an intense sprint</h1><div>Nov 22, 2024 08:49 GMT</div>"
            "<p>The campaigns are bracing for the final weeks before the vote.</p>")
    m = html_meta(head, body, html_attrs='lang="en"')
    assert (m.title, m.published) == ("Campaigns brace for a sprint", "2024-11-22T08:49:00+00:00")


# --- bylines of names alone on their lines ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # a name over the date line
        ("Australian teenager becomes sixth to die\nThe backpacker, 19, died in hospital.\nAngus Thompson\n"
         "Friday 22 November 2024 08:49 GMT\nAustralian teenager Holly Bowles has died.", "en", ["Angus Thompson"]),
        # under it
        ("Fikk overraskelse på fødestua\n15.10.24 23:35\nTuva Mathilde Løland\nI flere år har han vært manager.", "no", ["Tuva Mathilde Løland"]),
        # a run of name lines over a labelled date line
        ("Nordmann dømt til livstid\nIngrid Treborg\nMarlene Lundberg Holm\nPublisert torsdag 09. mai 2024 - 13:26\n"
         "Nordmannen er dømt til livstid i England.", "no", ["Ingrid Treborg", "Marlene Lundberg Holm"]),
        # the byline word on a line of its own, lone separators between the names
        ("Tiktok: Brüssel untersucht Wahleinmischung\nvon\nKonstantin Furrer\n,\nDeutsche Presse-Agentur\nDarum gehts", "de",
         ["Konstantin Furrer", "Deutsche Presse-Agentur"]),
        # role words after each name, the names running past the lines near the headline
        ("UK riots LIVE: stand-off in Plymouth\n" + "".join(f"Key event number {n} of the evening\n" for n in range(13))
         + "By\nLucy Thornton News Reporter\nTim Hanlon News Reporter\nPhoebe Tonks\nUpdated 20:49, 5 Aug 2024\nCounter protesters gathered.", "en",
         ["Lucy Thornton", "Tim Hanlon", "Phoebe Tonks"]),
        # an agency of the language beside the name signs too (en AGENCIES), as "dpa" does in German
        ("Trump congratulates China\nAdam Vidler and AP\nJune 30, 2026 4:34pm\nPresident Trump lashed out.", "en", ["Adam Vidler", "AP"]),
        # initials no language lists are an outlet's: no author
        ("Trump congratulates China\nAdam Vidler and XYZ\nJune 30, 2026 4:34pm\nPresident Trump lashed out.", "en", ["Adam Vidler"]),
        # a date line whose time the parser does not read ("4.34pm"): its day is enough
        ("Trump congratulates China\nAdam Vidler\nJune 30, 2026 - 4.34pm\nPresident Trump lashed out.", "en", ["Adam Vidler"]),
    ],
)
def test_names_alone_on_a_line_by_the_date_line(text: str, lang: str, names: list[str]) -> None:
    assert [a.name for a in text_meta(text, lang=lang).authors] == names


@pytest.mark.parametrize(
    "text",
    [
        "Neue Klage gegen Samsung\nSamsung hat Probleme vor Gericht.\n28.04.2024 10:00\nDer Text beginnt.",  # a sentence
        "Schlagzeile des Tages\nLesen und Hören\n28.04.2024 10:00\nDer Text beginnt.",  # not every word capitalised
        "A storm hits the coast\nSUBSCRIBE TO READ\nApril 28, 2023\nThe storm made landfall.",  # a button in capitals
        "A storm hits the coast\nJane Doe\nThe storm made landfall on Tuesday.",  # no date beside it
        "정부가 발표했다\n입력\n2020.07.15 17:09\n본문은 한국어로 씁니다.",  # a date label
    ],
)
def test_a_line_that_is_no_name_or_has_no_date_beside_it_is_no_byline(text: str) -> None:
    assert text_meta(text).authors == ()


def test_names_a_line_runs_together_are_split_by_the_author_links() -> None:
    body = ('<h1>Landeskirche will Missbrauch aufarbeiten</h1><div>Von</div><div class="author">'
            '<a href="/autor/riemann">Jasper Riemann</a><a href="/autor/schneider">Barbara Schneider</a></div>'
            "<p>Gleich zu Beginn der Landessynode gibt die Präsidentin den Ton vor.</p>")
    assert [a.name for a in html_meta(body=body, html_attrs='lang="de"').authors] == ["Jasper Riemann", "Barbara Schneider"]


def test_a_link_that_is_no_name_is_left_out_of_the_byline() -> None:
    body = ('<h1>The left must organize</h1><div class="byline">By <a href="/authors/sarah-lazare">Sarah Lazare</a> '
            '<a href="https://twitter.com/x" class="author-social">Twitter</a></div><p>The union drive began in May.</p>')
    assert [a.name for a in html_meta(body=body, html_attrs='lang="en"').authors] == ["Sarah Lazare"]


def test_an_author_link_under_the_headline_beats_one_in_a_sidebar() -> None:
    body = ('<aside><a href="/autor/john-rentoul">John Rentoul</a></aside>'
            "<h1>Niemcy. Stałe zamknięcie granic jedynie kwestią czasu</h1>"
            "<div>Aktualizacja: 02.02.2025 23:49</div><figure><figcaption>Friedrich Merz</figcaption></figure>"
            '<div><a href="/autor/piotr-jendroszczyk">Piotr Jendroszczyk</a></div><p>Friedrich Merz poniósł porażkę.</p>')
    assert [a.name for a in html_meta(body=body, html_attrs='lang="pl"').authors] == ["Piotr Jendroszczyk"]


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Chus del Pino, Martí Abad (Enviado especial)", [("Chus del Pino", None), ("Martí Abad", "Enviado especial")]),
        ("Emma Mackenzie Lifestyle Writer", [("Emma Mackenzie", "Lifestyle Writer")]),
        ("Steffan Rhys Deputy Content Hub Director", [("Steffan Rhys", "Deputy Content Hub Director")]),
        ("Vincent van Gogh Staff Writer", [("Vincent van Gogh", "Staff Writer")]),
    ],
)
def test_role_words_after_a_name_are_its_role(value: str, authors: list[tuple[str, str | None]]) -> None:
    m = html_meta(ld({"@type": "NewsArticle", "headline": "H", "author": value}))
    assert [(a.name, a.role) for a in m.authors] == authors


def test_german_byline_with_a_colon_and_surnames_in_capitals() -> None:
    text = "Angst vor dem Hantavirus\nVeröffentlicht am 13. Mai 2026 um 15:44\nVon: Bill MCCARTHY , Marisha GOLDHAMER\nDer Text beginnt."
    assert [a.name for a in text_meta(text, lang="de").authors] == ["Bill MCCARTHY", "Marisha GOLDHAMER"]


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        ("Fouzia Van Der Fort | Published 4 months ago", "en", ["Fouzia Van Der Fort"]),
        ("Associated Press April 28, 2023 GMT", "en", ["Associated Press"]),
        ("Published Fri, Apr 28 2023 11:24 AM EDT", "en", []),  # a date label is no name
        ("Von Moritz Bachmann publiziert am 25. September 2018", "en", ["Moritz Bachmann"]),  # a German line, English rules
    ],
)
def test_names_that_open_the_date_line(line: str, lang: str, names: list[str]) -> None:
    text = f"Mexico's economy grew in the first quarter\n{line}\nThe economy grew by 1.1% in the first quarter."
    assert [a.name for a in text_meta(text, lang=lang).authors] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Aktivistin getötet\nVon dpa 30.04.2024, 18:58\nDer Tod sorgte für Entsetzen.", ["dpa"]),
        ("Skisprung-Zoff ums Material\nVon DPA\n5. Januar 2026 18:58 Uhr\nEin zu kurzer Anzug.", ["DPA"]),
        ("Kühltürme gesprengt\ndpa\n25.10.2025 - 15:26 Uhr\nEtwa 30.000 Schaulustige.", ["dpa"]),
        ("Kühltürme gesprengt\nApfel\n25.10.2025 - 15:26 Uhr\nEtwa 30.000 Schaulustige.", []),
    ],
)
def test_a_news_agency_signs_a_german_byline(text: str, names: list[str]) -> None:
    assert [a.name for a in text_meta(text, lang="de").authors] == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # names each in an element of their own inside the byline
        ('<div class="article-byline"><span>Birgit Baumann</span> <span>Anna Giulia Fink</span> <span>Jan Michael Marchart</span></div>',
         ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]),
        # a link beside the name that is no name
        ('<div class="author"><p><span>Tuva Mathilde Løland</span> <a href="mailto:t@x.no">Tips meg</a></p></div>', ["Tuva Mathilde Løland"]),
        # a handle and a button in capitals beside the name
        ('<div class="author"><a href="/people/greg">Greg Iacurci</a> <a href="https://x.com/g">@GregIacurci</a> <span>WATCH LIVE</span></div>',
         ["Greg Iacurci"]),
        # the parts of one name are no names
        ('<div class="byline"><span>Ingrid</span> <span>Treborg</span></div>', ["Ingrid Treborg"]),
    ],
)
def test_names_a_byline_element_sets_apart(byline: str, names: list[str]) -> None:
    body = f"<h1>Schlagzeile des Tages</h1>{byline}<p>Der Text des Artikels beginnt hier.</p>"
    assert [a.name for a in html_meta(body=body, html_attrs='lang="de"').authors] == names


def test_an_outlet_named_with_the_ends_the_names_of_an_english_byline() -> None:
    text = "Russia hits Kyiv with ballistic missile\nBy Samya Kullab and Vasilisa Stepanenko The Associated Press\nThe assault damaged buildings."
    m = text_meta(text, lang="en")
    assert ([a.name for a in m.authors], m.site) == (["Samya Kullab", "Vasilisa Stepanenko"], "The Associated Press")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Schlagzeile\nDie Stadt hat am Montag beschlossen, dass die Brücke nicht mehr für den Verkehr geöffnet wird.", "de"),
        ("Titre\nLa ville a décidé lundi que le pont ne sera pas rouvert pour les voitures et les camions.", "fr"),
        ("Tittel\nByen har bestemt at broen ikke blir åpnet igjen, og det er ingen som vet når den ble stengt.", "no"),
        ("Rubrik\nStaden har beslutat att bron inte ska öppnas igen och det är ingen som vet när den blev stängd.", "sv"),
        ("Headline\nThe city said on Monday that the bridge is not going to reopen to traffic this year.", "en"),
        # English words other languages write too ("a", "as" are Portuguese words)
        ("The Fed could cut rates as soon as September. The vote may come as late as December.", "en"),
        ("Shares fell as much as 5% as investors sold.", "en"),
        ("Título\nO presidente disse que a economia cresceu mais do que o esperado e que os juros vão cair.", "pt"),
        ("Titular\nEl gobierno anunció que la economía creció más de lo previsto y que los precios bajan.", "es"),
        ("Titolo\nIl governo ha detto che la crescita è stata più forte del previsto e che i prezzi scendono.", "it"),
    ],
)
def test_plain_text_in_a_latin_script_is_read_in_the_language_it_uses_most_words_of(text: str, lang: str) -> None:
    assert text_meta(text).lang == lang


def test_a_german_byline_in_plain_text_is_read_with_german_rules() -> None:
    text = "Kühltürme gesprengt\nVon Anna Schmidt\n25.10.2025 - 15:26 Uhr\nDie Sprengung der Kühltürme markiert das Ende einer Ära und macht Platz für neue Projekte."
    m = text_meta(text)
    assert (m.lang, [a.name for a in m.authors], m.published) == ("de", ["Anna Schmidt"], "2025-10-25T15:26:00+02:00")


def test_a_text_in_a_language_without_rules_is_not_read_as_one_it_shares_a_few_words_with() -> None:
    text = ("Niemcy. Stałe zamknięcie granic jedynie kwestią czasu\nFriedrich Merz, najpoważniejszy kandydat na kanclerza z "
            "ramienia CDU/CSU, poniósł druzgocącą porażkę w Bundestagu w sprawie zaostrzenia polityki migracyjnej. Niemiecki "
            "parlament przyjął wniosek o zaostrzenie przepisów po śmiertelnym ataku, którego dokonał obywatel Afganistanu.")
    assert text_meta(text).lang not in ("pt", "es", "it", "fr")


def test_plain_text_headline_is_the_line_over_the_date_line_above_the_body() -> None:
    text = ("Alle Themen\nPolitik\nSport\nErstes Bild: So könnte die neue Brücke aussehen\nVon Philipp Wahl\n"
            "08.03.2024, 18:59 Uhr\nDie Stadt hat am Freitag ein erstes Bild der neuen Brücke gezeigt.\nMehr Themen")
    cleaned = Cleaned("Alle Themen", (Block("paragraph", "Die Stadt hat am Freitag ein erstes Bild der neuen Brücke gezeigt."),))
    m = extract_metadata(Document("t.txt", text, False, "utf-8"), cleaned)
    assert (m.title, [a.name for a in m.authors], m.published) == (
        "Erstes Bild: So könnte die neue Brücke aussehen", ["Philipp Wahl"], "2024-03-08T18:59:00+01:00")


def test_plain_text_headline_is_not_the_role_line_of_the_byline() -> None:
    text = ("Sport\nUS Open results: Andy Murray among the winners\nMichael Hincks\nFreelance sports writer\n"
            "August 30, 2023 10:52 pm\nAndy Murray reached the second round on Tuesday.")
    cleaned = Cleaned("Sport", (Block("paragraph", "Andy Murray reached the second round on Tuesday."),))
    m = extract_metadata(Document("t.txt", text, False, "utf-8"), cleaned)
    assert (m.title, [a.name for a in m.authors]) == ("US Open results: Andy Murray among the winners", ["Michael Hincks"])


def dump_meta(lines: list[str], title: str, body: str) -> Metadata:
    """The metadata of a text dump (chrome, headline, date line, body) whose clean stage saw
    ``title`` as its headline and ``body`` as its first paragraph."""
    text = "\n".join([*lines, body, "Mehr Themen"])
    return extract_metadata(Document("t.txt", text, False, "utf-8"), Cleaned(title, (Block("paragraph", body),)))


@pytest.mark.parametrize(
    ("lines", "title", "body"),
    [
        (["Wirtschaft", 'Schnellere Integration: "Job-Turbo" hilft Geflüchteten', 'Schnellere Integration "Job-Turbo" hilft Geflüchteten',
          "Veröffentlicht am 27.04.24 um 07:39 Uhr"],
         'Schnellere Integration: "Job-Turbo" hilft Geflüchteten', "Seit Beginn des Krieges sind zehntausende Geflüchtete nach Hessen gekommen."),
        (["Politics", "Election 2024: Voters head to the polls in Ohio", "Election 2024 Voters head to the polls in Ohio",
          "April 22, 2024 5:26 pm"],
         "Election 2024: Voters head to the polls in Ohio", "Voters across the state cast their ballots on Tuesday in a close race."),
        (["경제", "[단독] 삼성전자, 평택에 새 반도체 공장 짓는다", "단독 삼성전자 평택에 새 반도체 공장 짓는다", "입력 2024.04.22 17:26"],
         "[단독] 삼성전자, 평택에 새 반도체 공장 짓는다", "삼성전자가 경기 평택에 새 반도체 공장을 짓는 것으로 확인됐다."),
    ],
)
def test_plain_text_headline_shown_twice_is_the_clean_stages_copy_not_the_one_without_its_punctuation(
    lines: list[str], title: str, body: str
) -> None:
    assert dump_meta(lines, title, body).title == title


@pytest.mark.parametrize(
    ("lines", "title", "body"),
    [
        (["Kommentare anzeigen", "Per Mail sharen", "22.04.2024, 17:26 Uhr", "Artikel mit Bild-Inhalten",
          "Evangelische Kirche: Landeskirche will Missbrauch aufarbeiten", "Evangelische Kirche: Landeskirche will Missbrauch aufarbeiten"],
         "Evangelische Kirche: Landeskirche will Missbrauch aufarbeiten", "In Coburg hat die Landessynode der evangelischen Kirche begonnen."),
        (["Back to World news", "Share this article", "Monday, April 22, 2024, 7:25 pm", "Ferry sinks off the coast of Crete"],
         "Ferry sinks off the coast of Crete", "A ferry carrying 300 passengers sank off Crete on Monday, the coast guard said."),
        (["기사 공유하기", "사회 일반 기사 목록", "입력 2024.04.22 17:26", "서울 지하철 파업 사흘째 출근길 혼잡"],
         "서울 지하철 파업 사흘째 출근길 혼잡", "서울 지하철 노조의 파업이 사흘째 이어지면서 출근길 혼잡이 빚어졌다."),
    ],
)
def test_plain_text_headline_under_the_date_line_is_kept_not_the_chrome_line_over_the_date(
    lines: list[str], title: str, body: str
) -> None:
    assert dump_meta(lines, title, body).title == title


def test_plain_text_line_under_the_date_line_unlike_a_headline_leaves_the_one_over_the_date() -> None:
    lines = ["Politics", "Ferry sinks off the coast of Crete", "Monday, April 22, 2024, 7:25 pm", "Share"]
    assert dump_meta(lines, "Share", "A ferry carrying 300 passengers sank off Crete on Monday.").title == "Ferry sinks off the coast of Crete"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Guerre en Ukraine : la Russie affirme avoir fait échouer la campagne\nPar\nJeanne Dupont\nPublié le 22 novembre 2024 à 07h22\n"
         "Le ministre russe de la Défense a affirmé jeudi que l'armée avait repoussé l'offensive.", "fr", "Jeanne Dupont"),
        ("Trump e la Cina, la sfida dei dazi\ndi\nViviana Mazza\n4 febbraio 2025\n"
         "Il presidente americano ha annunciato nuovi dazi contro la Cina e il Messico.", "it", "Viviana Mazza"),
        ("Governo anuncia novas regras para o setor\nPor\nAna Luísa Ferreira\n13/01/2025 15:43\n"
         "O governo anunciou nesta segunda-feira novas regras para o setor elétrico.", "pt", "Ana Luísa Ferreira"),
        ("Rutinbrott i Lundsberg\nAv\nViktor Hedlund\nPublicerad 23 okt 2025 10:23\n"
         "Internatskolan har fått kritik för hur den hanterat anmälningar om kränkningar.", "sv", "Viktor Hedlund"),
    ],
)
def test_byline_word_over_a_name_line_in_plain_text(text: str, lang: str, name: str) -> None:
    m = text_meta(text)
    assert (m.lang, [a.name for a in m.authors]) == (lang, [name])


ENGLISH_BODY = "The first paragraph of the article says what happened, where it happened and who was there."


@pytest.mark.parametrize(
    ("lines", "names", "published", "body"),
    [
        (["Politics", "Five key policies announced in the King’s Speech", "Jen MillsPublished Jul 17, 2024, 11:21am|Updated Jul 17, 2024, 6:39pm"],
         ["Jen Mills"], "2024-07-17T11:21:00", ENGLISH_BODY),
        (["Markets", "Crypto buyers follow their friends, survey finds", "Published Fri, Apr 28 20232:23 PM EDT", "Greg Iacurci"],
         ["Greg Iacurci"], "2023-04-28T14:23:00-04:00", ENGLISH_BODY),
        (["Crime", "Man kept six women chained in a basement", "Steffan Rhys", "08:39, 06 Jan 2026Updated 08:41, 06 Jan 2026"],
         ["Steffan Rhys"], "2026-01-06T08:39:00", ENGLISH_BODY),
        (["Wirtschaft", "Schnellere Integration hilft Geflüchteten", "Von Anna Schmidt",
          "Aktualisiert am 28.04.2024, 10:00 UhrVeröffentlicht am 27.04.2024, 07:39 Uhr"],
         ["Anna Schmidt"], "2024-04-27T07:39:00+02:00", "Seit Beginn des Krieges sind zehntausende Geflüchtete nach Hessen gekommen, und die Zahl der Menschen ist hoch."),
        (["경제", "삼성전자, 평택에 새 반도체 공장 짓는다", "홍길동 기자", "기사입력 2024.04.22 17:26 최종수정 2024.04.22 18:05"],
         ["홍길동"], "2024-04-22T17:26:00+09:00", "삼성전자가 경기 평택에 새 반도체 공장을 짓는 것으로 확인됐다."),
    ],
)
def test_plain_text_date_label_month_or_hour_glued_on_by_a_text_dump_is_read(
    lines: list[str], names: list[str], published: str, body: str
) -> None:
    """A text dump loses the space between a page's pieces: a byline's name and the date
    label after it, a date and the label after it, a year and its hour. Hangul labels
    ("최종수정") are no glued words: a script without case does not show where one starts."""
    m = dump_meta(lines, lines[1], body)
    assert ([a.name for a in m.authors], m.published) == (names, published)


KOREAN_BODY = "삼성전자가 경기 평택에 새 반도체 공장을 짓는 것으로 확인됐다."
GERMAN_BODY = "Seit Beginn des Krieges sind zehntausende Geflüchtete nach Hessen gekommen, und die Zahl der Menschen ist hoch."


@pytest.mark.parametrize(
    ("line", "published", "body"),
    [
        ("By Madeleine Howell 30 August 2023 • 4:45pm", "2023-08-30T16:45:00", ENGLISH_BODY),
        ("03.05.2024, 16:24 Uhr • Lesezeit: 5 Minuten", "2024-05-03T16:24:00+02:00", GERMAN_BODY),
        ("9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer", "2025-09-09T15:46:00+02:00", GERMAN_BODY),
        ("2024.05.03 16:24 • 읽는 데 걸리는 시간: 약 5분 • 댓글 12개", "2024-05-03T16:24:00+09:00", KOREAN_BODY),
    ],
)
def test_plain_text_date_line_of_short_parts_split_by_bullets_or_slashes(line: str, published: str, body: str) -> None:
    """A line under the headline whose parts are short, split by a bar, a bullet or a
    slash, may be its date line, however long the whole."""
    assert dump_meta(["Politik", "Feuer in Lichterfelde: Warnung vor giftigen Gasen", line], "Feuer in Lichterfelde: Warnung vor giftigen Gasen", body).published == published


@pytest.mark.parametrize(
    ("line", "published", "body"),
    [
        ("11:48, Thu, Jul 18, 2024 | UPDATED: 11:50, Thu, Jul 18, 2024", "2024-07-18T11:48:00", ENGLISH_BODY),
        ("AKTUALISIERT: 04.05.2024, 09:10 Uhr | VERÖFFENTLICHT: 03.05.2024, 16:24 Uhr", "2024-05-03T16:24:00+02:00", GERMAN_BODY),
        ("최종수정 2024.05.04 09:10 | 입력 2024.05.03 16:24", "2024-05-03T16:24:00+09:00", KOREAN_BODY),
    ],
)
def test_plain_text_date_labels_in_capitals_are_read(line: str, published: str, body: str) -> None:
    """"UPDATED:" ends the published date before it; "VERÖFFENTLICHT:" opens it (Hangul has
    no capitals: its labels are read as before)."""
    assert dump_meta(["News", "Couple won't recover from a terrible snub", line], "Couple won't recover from a terrible snub", body).published == published


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Thu, Mar 14, 2024 page3", "2024-03-14"),
        ("Saturday, June 1, 2024 Print edition 12", "2024-06-01"),
        ("Updated 2 hours ago, 2024 season", None),  # no month: no date, cut or not
    ],
)
def test_a_number_after_the_year_does_not_spoil_a_worded_date(text: str, stamp: str | None) -> None:
    parsed = dates.parse(text)
    assert (dates.iso(parsed) if parsed else None) == stamp


@pytest.mark.parametrize(
    ("line", "published"),
    [("June 2, 20222 years", "2022-06-02"), ("March 4, 2024415 Views", "2024-03-04"), ("March 4, 20242:05 PM", "2024-03-04T14:05:00")],
)
def test_plain_text_count_glued_to_the_year_by_a_text_dump_is_no_part_of_the_date(line: str, published: str) -> None:
    """A text dump may glue the article's age or view count to its date line's year."""
    title = "The government takes the right road to create jobs for the youth"
    assert dump_meta(["News", title, line, "Staff Reporter"], title, ENGLISH_BODY).published == published


@pytest.mark.parametrize(
    ("text", "stamp"),
    [("June 30, 2026 - 4.34pm", "2026-06-30T16:34:00"), ("Monday 3 June 2024, 11.05 a.m.", "2024-06-03T11:05:00"), ("version 2.10pm", None)],
)
def test_a_time_with_a_dot_and_am_or_pm_is_read(text: str, stamp: str | None) -> None:
    parsed = dates.parse(text)
    assert (dates.iso(parsed) if parsed else None) == stamp


@pytest.mark.parametrize(
    ("line", "names", "body"),
    [
        ("Fouzia Van Der Fort|Published 4 months ago", ["Fouzia Van Der Fort"], ENGLISH_BODY),
        ("27. Januar 2026 • Gregor Meier • 3 Minuten", ["Gregor Meier"], GERMAN_BODY),
        ("9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer", ["Frank Wunderlich-Pfeiffer"], GERMAN_BODY),
        ("2024.05.03 16:24 | 김철수 기자", ["김철수"], KOREAN_BODY),
        ("Published 3 May 2024, 10:15am, Sarah Jones", ["Sarah Jones"], ENGLISH_BODY),
        ("Veröffentlicht am 12. März 2025, 08:30 Uhr, Jana Keller", ["Jana Keller"], GERMAN_BODY),
        ("12. März 2025, 08:30 Uhr, Hamburg", [], GERMAN_BODY),  # a place after the date is no name
    ],
)
def test_plain_text_names_in_a_part_of_the_date_line(line: str, names: list[str], body: str) -> None:
    """The names of a date line's part beside a part that is a date, whichever comes first,
    or after the date line's last comma."""
    m = dump_meta(["Politik", "EU und Indien besiegeln ein grosses Freihandelsabkommen", line], "EU und Indien besiegeln ein grosses Freihandelsabkommen", body)
    assert [a.name for a in m.authors] == names


@pytest.mark.parametrize(
    ("lines", "published", "body"),
    [
        (["By Enkosi Selane", "28 November 2025", "03:26 pm"], "2025-11-28T15:26:00", ENGLISH_BODY),
        (["André Schmidt", "30. Juni 2025,", "15:59 Uhr"], "2025-06-30T15:59:00+02:00", GERMAN_BODY),
        (["홍길동 기자", "2025.06.30", "15:59"], "2025-06-30T15:59:00+09:00", KOREAN_BODY),
    ],
)
def test_plain_text_time_alone_under_the_day_dates_the_article_to_the_minute(lines: list[str], published: str, body: str) -> None:
    """A text dump may put a date line's day and time on lines of their own."""
    title = "Severe storms escalate in Gauteng and residents are urged to stay home"
    assert dump_meta(["News", title, *lines], title, body).published == published


@pytest.mark.parametrize(
    ("lines", "names", "body"),
    [
        (["By", "Emma MackenzieLifestyle Writer"], ["Emma Mackenzie"], ENGLISH_BODY),
        (["By", "Lucy ThorntonNews Reporter"], ["Lucy Thornton"], ENGLISH_BODY),
        (["By", "Ronald McDonald Writer"], ["Ronald McDonald"], ENGLISH_BODY),
        (["Von Ulrich ExnerKorrespondent"], ["Ulrich Exner"], GERMAN_BODY),
        (["홍길동기자"], ["홍길동"], KOREAN_BODY),
    ],
)
def test_plain_text_role_glued_to_the_name_is_no_part_of_it(lines: list[str], names: list[str], body: str) -> None:
    """A text dump may glue a byline's role to the name; the letters of a name's own capital
    ("McDonald") are too few to be a name's end."""
    title = "Gorgeous houseplants that can get rid of unwanted kitchen odours"
    m = dump_meta(["News", title, *lines, "14:00, 28 Apr 2024"], title, body)
    assert [a.name for a in m.authors] == names


@pytest.mark.parametrize(
    ("lines", "names", "body"),
    [
        (["Chris Wilson-Smith", "Published", "3 seconds ago"], ["Chris Wilson-Smith"], ENGLISH_BODY),
        (["Anna Schmidt", "Veröffentlicht:", "vor 3 Stunden"], ["Anna Schmidt"], GERMAN_BODY),
        (["홍길동 기자", "입력", "3시간 전"], ["홍길동"], KOREAN_BODY),
    ],
)
def test_plain_text_name_line_over_a_date_label_alone_is_a_byline(lines: list[str], names: list[str], body: str) -> None:
    """A date label alone on its line ("Published", its date on the next line) marks the
    names over it as the byline, as a date line does."""
    title = "Business Brief: Nvidia is into nation building and we are cool with that"
    assert [a.name for a in dump_meta(["Business", title, *lines, "Share"], title, body).authors] == names


@pytest.mark.parametrize(
    ("lines", "names", "body"),
    [
        (["Published Fri, Apr 28 2023 2:23 PM EDT", "Greg Iacurci@GregIacurci"], ["Greg Iacurci"], ENGLISH_BODY),
        (["28.04.2023, 14:23 Uhr", "Anna Schmidt @annaschmidt"], ["Anna Schmidt"], GERMAN_BODY),
        (["입력 2023.04.28 14:23", "홍길동 기자 @hong"], ["홍길동"], KOREAN_BODY),
    ],
)
def test_plain_text_social_handle_after_a_name_is_no_part_of_the_line(lines: list[str], names: list[str], body: str) -> None:
    title = "Crypto buyers follow their friends, and advisers say it is a horrible idea"
    assert [a.name for a in dump_meta(["Markets", title, *lines, "WATCH LIVE"], title, body).authors] == names


@pytest.mark.parametrize(
    ("lines", "names", "body"),
    [
        (["Daniel Aragón", "Córdoba", "25/04/2026 Actualizado a las 15:10h."], ["Daniel Aragón"],
         "Tras seis derrotas consecutivas, el equipo volvió a puntuar en su lucha por la salvación en la liga."),
        (["Jane Doe", "Washington", "April 22, 2024 5:26 pm"], ["Jane Doe"], ENGLISH_BODY),
        (["Anna Schmidt", "Berlin", "22.04.2024, 17:26 Uhr"], ["Anna Schmidt"], GERMAN_BODY),
        (["홍길동 기자", "서울", "2024.04.22 17:26"], ["홍길동"], KOREAN_BODY),
    ],
)
def test_plain_text_name_line_over_a_place_line_over_the_date_is_a_byline(lines: list[str], names: list[str], body: str) -> None:
    """A line naming the place the author writes from may stand between the names and the
    date line; a date label alone is read as a date line first ("Published" is no place)."""
    title = "The team wins a vital point in its fight against relegation"
    assert [a.name for a in dump_meta(["Sport", title, *lines, "Share"], title, body).authors] == names


@pytest.mark.parametrize(
    ("byline", "line", "published", "body"),
    [
        ("By Malek Fouda", "First published on January 6, 2026 at 2:02 pm GMT", "2026-01-06T14:02:00+00:00", ENGLISH_BODY),
        ("Von Malek Fouda", "Zuerst veröffentlicht am 06/01/2026 - 14:02 MEZ", "2026-01-06T14:02:00+01:00", GERMAN_BODY),
        ("홍길동 기자", "입력 2026.01.06 14:02 ㅣ 기사 원문 보기 및 공유하기 메뉴", "2026-01-06T14:02:00+09:00", KOREAN_BODY),
    ],
)
def test_plain_text_headline_over_the_date_line_is_the_copy_there_not_one_in_a_menu_above(
    byline: str, line: str, published: str, body: str
) -> None:
    """A page may show its headline in a menu or a teaser list far above the article; the
    date line is looked for under the copy over it."""
    title = "Russia and China criticise the US military operation in Venezuela"
    menu = [title, *(f"Section {n}" for n in range(20))]
    m = dump_meta(["World", *menu, title, byline, line, "Share"], title, body)
    assert m.published == published


@pytest.mark.parametrize(
    ("code", "line", "published"),
    [
        ("en", "14:00, 28 Apr 2024", "2024-04-28T14:00:00"),
        ("de", "20:00, 29 Jan 2024", "2024-01-29T20:00:00+01:00"),
        ("de", "29. Januar 2024", "2024-01-29"),
        ("ko", "22:09, 12 Jul 2026", "2026-07-12T22:09:00+09:00"),
    ],
)
def test_a_time_before_a_day_with_a_month_name_is_read(code: str, line: str, published: str) -> None:
    """A day its language's month names read ("29 Jan 2024") is made precise by the time
    before it, which the date parser reads."""
    assert text_meta(f"Headline of the story here\n{line}\nThe first paragraph of the story is long enough.", lang=code).published == published


@pytest.mark.parametrize(
    ("line", "published", "modified", "body"),
    [
        ("Updated20:49, 5 Aug 2024", None, "2024-08-05T20:49:00", ENGLISH_BODY),
        ("Published10:12, 5 Aug 2024", "2024-08-05T10:12:00", None, ENGLISH_BODY),
        ("Veröffentlicht28.04.2024, 07:39 Uhr", "2024-04-28T07:39:00+02:00", None, GERMAN_BODY),
        ("기사입력2024.05.03 17:26 최종수정2024.05.04 09:10", "2024-05-03T17:26:00+09:00", "2024-05-04T09:10:00+09:00", KOREAN_BODY),
    ],
)
def test_plain_text_date_label_with_its_date_glued_on_is_read(line: str, published: str | None, modified: str | None, body: str) -> None:
    """A text dump may glue a date label to the number after it; an edit's time is then
    no publication time."""
    title = "Far right protests planned across the country this week"
    m = dump_meta(["News", title, "Lucy Thornton", line], title, body)
    assert (m.published, m.modified) == (published, modified)


@pytest.mark.parametrize(
    ("line", "published", "body"),
    [
        ("3 minute readMarch 12, 20249:05 AM GMT+1Last Updated 2 hours ago", "2024-03-12T09:05:00+01:00", ENGLISH_BODY),
        ("5 min read · June 3, 2024 4:10 PM", "2024-06-03T16:10:00", ENGLISH_BODY),
        ("12.03.2024, 09:05 UhrLesedauer: 4 Minuten", "2024-03-12T09:05:00+01:00", GERMAN_BODY),
    ],
)
def test_plain_text_reading_time_on_the_date_line_is_no_part_of_the_date(line: str, published: str, body: str) -> None:
    """A text dump may glue a reading time to the date line, over the headline or under it;
    its number is no day ("5 min read · June 3, 2024" is not June 5)."""
    title = "Regulators say there is no proof the engine failed on take-off"
    assert dump_meta(["Aerospace", line, title], title, body).published == published
    assert dump_meta(["Aerospace", title, line], title, body).published == published


def test_a_german_date_written_label_opens_the_date_line() -> None:
    title = "Itaipu hat sechs neue Ausschreibungen in Höhe von 11 Millionen US-Dollar"
    assert dump_meta(["Nachrichten", title, "Geschrieben am 15. April 2025 in Nachrichten"], title, GERMAN_BODY).published == "2025-04-15"


@pytest.mark.parametrize(
    ("lines", "names", "body"),
    [
        (["By Sarah LazareTwitter", "May 15, 2023"], ["Sarah Lazare"], ENGLISH_BODY),
        (["Von Anna SchmidtMerken", "15.05.2023, 10:00 Uhr"], ["Anna Schmidt"], GERMAN_BODY),
        (["홍길동 기자", "입력 2023.05.15 10:00 공유"], ["홍길동"], KOREAN_BODY),
    ],
)
def test_plain_text_button_label_glued_to_a_name_is_dropped(lines: list[str], names: list[str], body: str) -> None:
    """A text dump may glue a share or follow button's label to the byline's last name."""
    title = "Inside a rebellion: this is what union democracy looks like"
    assert [a.name for a in dump_meta(["Politics", title, *lines], title, body).authors] == names


CAPTION_BODY = (
    "The senator lost the vote on the border bill on Friday, and the debate in the chamber is far from over.\n"
    "Members voted against the draft that would have closed the border, as most observers had expected.\n"
    "The parties want to debate the bill again next week, a spokesman said on Friday evening in the capital."
)


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["02.02.2025 21:52", "Friedrich Merz", "Foto: REUTERS/Nadja Wohlleben", "Anna Schmidt"], ["Anna Schmidt"]),
        (["February 2, 2025 9:52 pm", "John Smith", "Photo: Getty Images", "Jane Doe"], ["Jane Doe"]),
        (["February 2, 2025 9:52 pm", "John Smith", "The senator in the chamber on Friday. Photo: AP", "Jane Doe"], ["Jane Doe"]),
    ],
)
def test_plain_text_names_over_a_photo_caption_are_who_it_shows_not_the_byline_under_it(lines: list[str], names: list[str]) -> None:
    """A picture between the date line and the byline: the name over its caption or credit is
    who the picture shows; the name under the picture signs the article."""
    title = "The senator loses the vote on the border bill in the chamber"
    text = "\n".join(["Politics", title, *lines, "Share", CAPTION_BODY])
    assert [a.name for a in extract(text).metadata.authors] == names


@pytest.mark.parametrize(
    "lines",
    [
        ["02.02.2025 21:52", "Anna Schmidt", "Foto: REUTERS/Nadja Wohlleben"],
        ["February 2, 2025 9:52 pm", "Jane Doe", "Photo: Getty Images"],
        ["By", "Jane Doe", "The senator in the chamber on Friday. Photo: AP"],
    ],
)
def test_plain_text_byline_over_a_photo_caption_with_no_other_names_is_the_byline(lines: list[str]) -> None:
    """A name under the date line (or the byline word) and over a picture, with no name
    under the picture, signs the article."""
    title = "The senator loses the vote on the border bill in the chamber"
    text = "\n".join(["Politics", title, *lines, "Share", CAPTION_BODY])
    assert [a.name for a in extract(text).metadata.authors] == [lines[1]]


@pytest.mark.parametrize(("line", "names"), [("By Reuters", ["Reuters"]), ("By AFP", ["AFP"]), ("By Jones", [])])
def test_plain_text_english_byline_of_a_news_agency_names_it(line: str, names: list[str]) -> None:
    """An English byline signed by a news agency alone names it (en AGENCIES); one other word
    (a surname alone) names no one."""
    title = "Swedish police to investigate reports of leaks to violent gangs"
    assert [a.name for a in dump_meta(["World", title, line, "April 30, 2024", "Share"], title, ENGLISH_BODY).authors] == names


@pytest.mark.parametrize(
    ("lines", "published", "body"),
    [
        (["15.04.2026, 14:36 Uhr", "TITLE", "Von", "Sabrina Gerstmaier", "Über dieses Thema berichtet:", "BR24 Radio", "am",
          "14.04.2026 um 17:50 Uhr."], "2026-04-15T14:36:00+02:00", GERMAN_BODY),
        (["TITLE", "Über dieses Thema berichtet: BR24 Radio", "am 14.04.2026 um 17:50 Uhr.", "15.04.2026, 14:36 Uhr"],
         "2026-04-15T14:36:00+02:00", GERMAN_BODY),
        (["April 15, 2026", "TITLE", "The show covered the strike", "on", "April 14, 2026."], "2026-04-15", ENGLISH_BODY),
    ],
)
def test_plain_text_end_of_a_sentence_the_dump_broke_is_no_date_line(lines: list[str], published: str, body: str) -> None:
    """A date that ends a sentence a text dump broke over lines (the line opens in lower case,
    or comes after a lone lower-case word, and ends with a full stop) is no date line."""
    title = "Streiks im Nahverkehr: ein Problem für viele Beschäftigte"
    assert dump_meta(["Politik", *(title if ln == "TITLE" else ln for ln in lines)], title, body).published == published


@pytest.mark.parametrize(
    ("line", "published", "body"),
    [
        ("14.04.2026 um 17:50 Uhr.", "2026-04-14T17:50:00+02:00", GERMAN_BODY),
        ("April 14, 2026.", "2026-04-14", ENGLISH_BODY),
    ],
)
def test_plain_text_date_line_ending_with_a_full_stop_is_read(line: str, published: str, body: str) -> None:
    """Not after a lone lower-case word, a date line that ends with a full stop is one."""
    title = "Streiks im Nahverkehr: ein Problem für viele Beschäftigte"
    assert dump_meta(["Politik", title, "Von Anna Schmidt", line], title, body).published == published


def article_meta(before: list[str], blocks: list[str], after: list[str]) -> Metadata:
    """The metadata of a text dump whose clean stage saw ``blocks`` as the article (the first
    line of ``before`` its headline)."""
    text = "\n".join([*before, *blocks, *after])
    return extract_metadata(Document("t.txt", text, False, "utf-8"), Cleaned(before[0], tuple(Block("paragraph", b) for b in blocks)))


ARTICLE = [ENGLISH_BODY, *(f"Paragraph {n} says what the officials said about it on Tuesday evening in the capital." for n in range(2, 16))]


def test_plain_text_byline_of_a_teaser_after_the_article_is_not_its_author() -> None:
    teasers = ["More stories", "Taiwan on alert over a Chinese carrier near its coast", "2024-10-14", "By John Roe and Jane Poe",
               "An official said the risk remains high for the next week.", *(f"Story number {n} of the list" for n in range(20))]
    assert article_meta(["US and Manila launch war games after the drills", "Wed, Oct 16, 2024"], ARTICLE, teasers).authors == ()


def test_plain_text_byline_right_under_the_article_signs_it() -> None:
    after = ["By John Roe", "More stories", *(f"Story number {n} of the list" for n in range(20))]
    m = article_meta(["US and Manila launch war games after the drills", "Wed, Oct 16, 2024"], ARTICLE, after)
    assert [a.name for a in m.authors] == ["John Roe"]


@pytest.mark.parametrize(
    ("lines", "lang", "names"),
    [
        (["15.10.24 23:35", "Tuva Mathilde Løland Tips meg"], "no", ["Tuva Mathilde Løland"]),
        (["April 30, 2024 4:38 pm", "Jane Doe Read more"], "en", ["Jane Doe"]),
    ],
)
def test_plain_text_button_label_of_two_words_after_a_name_is_no_part_of_it(lines: list[str], lang: str, names: list[str]) -> None:
    """A text dump joins a name and the button beside it with a space ("Tips meg": tip me)."""
    text = "\n".join(["Fikk overraskelse av manageren på fødestua i natt", *lines, "I flere år har han vært manager for artisten."])
    assert [a.name for a in text_meta(text, lang=lang).authors] == names


def test_plain_text_words_after_a_name_that_are_no_label_of_the_language_stay() -> None:
    """Only the page language's labels go ("Tips meg" is Norwegian): the line is no name then."""
    text = "Fikk overraskelse av manageren på fødestua i natt\n15.10.24 23:35\nJane Doe Tips meg\nThe story begins."
    assert text_meta(text, lang="en").authors == ()


@pytest.mark.parametrize(
    ("top", "shown", "title"),
    [
        ("Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen",
         "Ausschuss zur Ahrtal-Flut Zwei Rücktritte - und viele offene Fragen",
         "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen"),
        # a mark before it: a piece of a kicker's line, not the headline
        (':Warum Putin vor einer "Zerschlagung Russlands" warnt', 'Warum Putin vor einer "Zerschlagung Russlands" warnt',
         'Warum Putin vor einer "Zerschlagung Russlands" warnt'),
        # other words: another headline
        ("Ausschuss zur Ahrtal-Flut: Zwei Rücktritte und viele Fragen", "Ausschuss zur Ahrtal-Flut Zwei Rücktritte - und viele offene Fragen",
         "Ausschuss zur Ahrtal-Flut Zwei Rücktritte - und viele offene Fragen"),
    ],
)
def test_plain_text_headline_is_its_copy_with_the_kickers_colon_the_dump_lost(top: str, shown: str, title: str) -> None:
    lines = ["Startseite", top, *(f"Rubrik {n}" for n in range(20)), shown, "Stand: 28.04.2023 17:23 Uhr"]
    assert dump_meta(lines, shown, GERMAN_BODY).title == title


NOTICE = ["Esta funcionalidad es sólo para registrados", "Iniciar sesión"]


def test_plain_text_byline_over_a_notice_the_page_repeats_over_its_date_line() -> None:
    """A button or notice the page shows again and again ("only for registered users", "Log in")
    may stand between a byline (and its place line) and the date line."""
    title = "Detenido un policía por abusar de sus cuatro hijos durante casi una década"
    lines = [*NOTICE, "Sociedad", title, "Marta Cañete", "Corresponsal en Atenas", *NOTICE, "02/12/2024", "Compartir", *NOTICE]
    body = "Un nuevo caso de abuso a menores ha conmocionado al país heleno, según informó la policía el lunes."
    assert [a.name for a in dump_meta(lines, title, body).authors] == ["Marta Cañete"]


def test_plain_text_name_over_repeated_labels_and_no_date_line_is_no_byline() -> None:
    title = "Detenido un policía por abusar de sus cuatro hijos durante casi una década"
    lines = [*NOTICE, "Sociedad", "Marta Cañete", *NOTICE, "Compartir", title, "Compartir", *NOTICE, "Compartir"]
    body = "Un nuevo caso de abuso a menores ha conmocionado al país heleno, según informó la policía el lunes."
    assert dump_meta(lines, title, body).authors == ()


def test_plain_text_breadcrumb_is_no_place_line_between_a_menu_name_and_the_date() -> None:
    """A menu's last item over an ad label and the breadcrumb ("Nyheter / Sverige / Lundsberg")
    over the headline (shown three times) and its date line: no byline."""
    title = "Elever åtalas för misshandel på Lundsberg"
    lines = [title, title, "Sköna hem", "Teknikens Värld", "Annons", "Nyheter / Sverige / Lundsberg", title,
             "Publicerad 23 okt 2025 kl 10.23", "Annons", "Annons"]
    body = "Eleverna på privatskolan Lundsberg trängde på natten in och misshandlade flera andra elever, enligt åtalet."
    assert dump_meta(lines, title, body).authors == ()


@pytest.mark.parametrize(
    ("line", "published", "body"),
    [
        ("Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch", "2024-04-28T14:26:00+02:00", GERMAN_BODY),
        ("Story published on April 28, 2024", "2024-04-28", ENGLISH_BODY),
    ],
)
def test_plain_text_published_label_in_lower_case_after_the_lines_first_word(line: str, published: str, body: str) -> None:
    title = "Samsung soll wegen einer Patentklage Smartphones zerstören"
    lines = ["Technik", title, "Samsung hat vor Gericht eine Patentklage verloren und muss zahlen.", "Artikel teilen", line]
    assert dump_meta(lines, title, body).published == published


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        (["He posted on May 3, 2023 about the vote in the chamber today", "April 28, 2024"], "2024-04-28"),  # a date line goes first
        (["The book about the senator was published on May 3, 2023 in London"], None),  # the label after more than one word
    ],
)
def test_plain_text_lower_case_label_in_prose_is_no_date_line(lines: list[str], published: str | None) -> None:
    title = "The senator loses the vote on the border bill in the chamber"
    assert dump_meta(["Politics", title, *lines], title, ENGLISH_BODY).published == published


@pytest.mark.parametrize(
    ("line", "lang", "authors"),
    [
        ("Jane Doe | Senior Reporter", "en", [("Jane Doe", "Senior Reporter")]),
        ("María García / Madrid", "es", [("María García", None)]),
        ("Anna Schmidt | Redakteurin Politik", "de", [("Anna Schmidt", "Redakteurin Politik")]),
        ("Jane Doe / Reuters", "en", []),  # a photo credit: the agency is no place
        ("Jane Doe / Getty Images", "en", []),
    ],
)
def test_plain_text_name_line_with_its_role_or_place_after_a_bar_or_slash(line: str, lang: str, authors: list[tuple[str, str | None]]) -> None:
    """A byline of a name, then after a bar or a spaced slash its role or the place the author
    writes from, over the date line; a credit's agency after a slash is neither."""
    title, body, date = {
        "en": ("Markets slide as investors weigh fresh tariff threats", ENGLISH_BODY, "May 3, 2024 2:07 PM"),
        "es": ("El Gobierno aprueba nuevas ayudas para los agricultores", "El Consejo de Ministros ha aprobado este viernes un paquete de ayudas para el campo.", "3 de mayo de 2024, 14:07"),
        "de": ("Bundesregierung beschließt neue Hilfen für Landwirte", GERMAN_BODY, "03.05.2024, 14:07 Uhr"),
    }[lang]
    m = dump_meta(["Menu", title, line, date], title, body)
    assert [(a.name, a.role) for a in m.authors] == authors


@pytest.mark.parametrize("line", ["EFE", "(EFE)", "Europa Press"])
def test_plain_text_agency_alone_over_the_date_line_is_the_author(line: str) -> None:
    title = "El Gobierno aprueba nuevas ayudas para los agricultores"
    body = "El Consejo de Ministros ha aprobado este viernes un paquete de ayudas para el campo."
    m = dump_meta(["Inicio", title, line, "03/05/2024 14:07"], title, body)
    assert [a.name for a in m.authors] == [line.strip("()")]


@pytest.mark.parametrize(
    ("source", "names"),
    [("Quelle: dpa", ["dpa"]), ("Quelle: dpa/AFP", ["dpa", "AFP"]), ("Quelle: Statistisches Bundesamt", [])],
)
def test_plain_text_source_line_under_the_article_names_its_agencies(source: str, names: list[str]) -> None:
    """German articles from the wire end with "Quelle: dpa"; a source that is no agency (a
    chart's) names no author."""
    title = "Bundesregierung beschließt neue Hilfen für Landwirte"
    last = "Der Bauernverband begrüßte die Entscheidung, forderte aber schnellere Auszahlungen an die Betriebe."
    text = "\n".join(["Politik", title, "03.05.2024, 14:07 Uhr", GERMAN_BODY, last, source, "Mehr zum Thema"])
    cleaned = Cleaned(title, (Block("paragraph", GERMAN_BODY), Block("paragraph", last)))
    m = extract_metadata(Document("t.txt", text, False, "utf-8"), cleaned)
    assert [a.name for a in m.authors] == names


def test_plain_text_source_line_under_a_caption_is_the_pictures_not_the_authors() -> None:
    title = "Bundesregierung beschließt neue Hilfen für Landwirte"
    caption = "Landwirtschaftsminister Cem Özdemir stellte das Hilfspaket am Freitag in Berlin vor."
    m = dump_meta(["Politik", title, "03.05.2024, 14:07 Uhr", caption, "Quelle: dpa"], title, GERMAN_BODY)
    assert m.authors == ()


@pytest.mark.parametrize(
    "above",
    [
        ["Home", "Front Page", "Wed, Oct 16, 2024"],  # the menu's last item over the headline's date line
        ["Events", "Contact Us", "Advertise", "Current Issue", "Politics / January 11, 2024"],  # a menu item read as a place
    ],
)
def test_plain_text_menu_item_over_the_date_line_over_the_headline_is_no_byline(above: list[str]) -> None:
    title = "Manila and Washington launch war games after drills near Taiwan"
    lines = [*above, title, "Thousands of troops joined the annual exercises in the northern Philippines."]
    assert dump_meta(lines, title, ENGLISH_BODY).authors == ()


def test_plain_text_byline_over_the_date_line_under_the_headline_is_still_read() -> None:
    title = "Manila and Washington launch war games after drills near Taiwan"
    lines = ["Home", "World", title, "Jane Doe", "Wed, Oct 16, 2024"]
    assert [a.name for a in dump_meta(lines, title, ENGLISH_BODY).authors] == ["Jane Doe"]


def test_an_author_link_by_a_later_copy_of_the_headline_gives_way_to_the_byline_by_the_first() -> None:
    """The author link of a teaser, right over the share box that shows the headline again, is
    not the article's author: the name over the date line under the headline is."""
    title = "El Córdoba logra un punto vital ante el Noia en la lucha por la salvación"
    body = "".join(f"<p>{t}</p>" for t in [
        "Tras seis derrotas consecutivas, el Córdoba volvió a puntuar en su lucha por la salvación ante un rival que se jugaba la permanencia.",
        "El encuentro en Vista Alegre comenzó con toda una declaración de intenciones por parte del equipo local, que se adelantó en el marcador.",
        "El Noia reaccionó tras el descanso y empató a falta de cinco minutos con un disparo desde la banda izquierda que sorprendió al portero.",
    ])
    page = f"""<html><head><title>{title}</title></head><body>
<nav><a href="/">Portada</a> <a href="/deportes">Deportes</a></nav>
<h1>{title}</h1><p>El conjunto blanquiverde se puso dos veces por delante, pero la efectividad gallega motivó el empate final</p>
<div>Ana Torres</div><div>Córdoba</div><div>25/04/2026 Actualizado a las 15:10h.</div>
<article>{body}</article>
<aside><h3>El alcalde presenta el nuevo plan de movilidad para el centro de la ciudad</h3><a href="/autor/luis-marin">Luis Marín</a></aside>
<div class="share"><p>{title}</p><a>Facebook</a> <a>X</a></div></body></html>"""
    assert [a.name for a in extract(page).metadata.authors] == ["Ana Torres"]


GOVERNOR_STORY = [
    "The governor ended his campaign on Wednesday with the same theatrical flourish that had marked his two terms in office, telling supporters he saw no path to the nomination.",
    "He had spent months warning voters that the front-runner posed a threat to the party, a message that drew crowds at town halls but rarely moved the polls.",
    "His exit leaves two rivals in the race, both of whom have avoided criticising the front-runner directly in the weeks before the first primary.",
    "Party officials said they expected most of his supporters to back the candidate who finished second in the state, though few would say so on the record.",
]


@pytest.mark.parametrize(
    ("bio", "names"),
    [
        ("Jane Roe is a national affairs correspondent for the magazine. She has written three books on American politics.", ["Jane Roe"]),
        ("John Doe is a national affairs correspondent for the magazine. He has written three books on American politics.", []),  # someone else's
    ],
)
def test_plain_text_name_under_the_headline_that_the_authors_bio_opens_is_the_byline(bio: str, names: list[str]) -> None:
    """A name alone under the headline, with no date line beside it, is the author when the
    bio under the article opens with it."""
    title = "The governor's exit marks the end of a long fight inside his party"
    lines = ["Politics", "World", "Culture", "Subscribe", "Politics / January 11, 2024", title,
             "He told the truth about the threat to his party. His rivals will not.", "Jane Roe", "Share", "Facebook", "Twitter",
             *GOVERNOR_STORY, "Keep Reading", bio.split(" is ")[0], bio,
             "More from the magazine", "A second story about something else entirely happened on Tuesday in the capital city."]
    assert [a.name for a in extract("\n".join(lines)).metadata.authors] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By JANE DOE Associated Press", ["JANE DOE"]),  # the wire's own style: the agency she writes for ends the names
        ("By Jane Doe, Associated Press", ["Jane Doe"]),
        ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
        ("By Jane Doe and AP", ["Jane Doe"]),  # after "and", the agency wrote it with her (its initials are left out)
    ],
)
def test_english_byline_ends_before_the_agency_its_authors_write_for(line: str, names: list[str]) -> None:
    m = text_meta(f"Markets slide as investors weigh fresh tariff threats\n{line}\nStocks fell sharply on Friday as investors weighed new tariff threats.")
    assert [a.name for a in m.authors] == names


@pytest.mark.parametrize("line", ["Log In / Register", "Jane Doe | Share"])
def test_plain_text_menu_labels_split_by_a_slash_or_bar_are_no_byline(line: str) -> None:
    """A menu's labels over the date line are no name and its role or place."""
    title = "Markets slide as investors weigh fresh tariff threats"
    assert dump_meta(["Menu", title, line, "May 3, 2024 2:07 PM"], title, ENGLISH_BODY).authors == ()


@pytest.mark.parametrize("line", ["Jane Doe | Senior Reporter | May 3, 2024", "May 3, 2024 • Jane Doe • Senior Reporter"])
def test_plain_text_date_line_with_a_name_and_its_role_keeps_the_role(line: str) -> None:
    title = "Markets slide as investors weigh fresh tariff threats"
    m = dump_meta(["Menu", title, line], title, ENGLISH_BODY)
    assert ([(a.name, a.role) for a in m.authors], m.published) == ([("Jane Doe", "Senior Reporter")], "2024-05-03")


def test_plain_text_names_alone_right_under_the_article_sign_it() -> None:
    from newsclean.clean import clean

    story = [
        "Harbour reopens after storm repairs",
        "The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said in a statement.",
        "Fishing boats were the first to return, and ferries to the islands will resume their timetable from Wednesday morning.",
        "Engineers said the new wall was built to withstand waves a metre higher than those of last month's storm.",
    ]
    for under, names in (("Marta Solberg", ["Marta Solberg"]), ("Most Popular", [])):
        doc = Document("t.txt", "\n".join([*story, under, "Back to Local News", "Weather", "Sport"]), False, "utf-8")
        assert [a.name for a in extract_metadata(doc, clean(doc)).authors] == names, under


@pytest.mark.parametrize(
    "text, months, day",
    [
        ("12 KASIM 2025", {"kasım": 11}, date(2025, 11, 12)),  # Turkish dotless i, the name in capitals
        ("3 ΔΕΚΕΜΒΡΙΟΣ 2025", {"δεκεμβριος": 12}, date(2025, 12, 3)),  # Greek final sigma, in capitals
        ("5 Oct. 2025", {"oct": 10}, date(2025, 10, 5)),
    ],
)
def test_a_month_name_matched_in_another_case_is_found(text, months, day):
    """A language's month name listed in one form only is found whatever case the page writes
    it in (it raised KeyError when case-folding the match gave another string)."""
    from newsclean.metadata import dates

    found = dates.parse(text, months=months)
    assert (found.date() if isinstance(found, datetime) else found) == day
