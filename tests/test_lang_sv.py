"""Swedish rules (lang/sv.py): chrome of Swedish pages removed, their article kept, their
byline and date line read; no facts rules."""

from __future__ import annotations

import pytest

from newsclean import lang
from newsclean.clean import clean
from newsclean.metadata import extract_metadata
from newsclean.metadata.authors import from_line
from newsclean.model import Document

PROSE = [
    "Av alla förslag valde regeringen i tisdags en budget med stöd från oppositionen för första gången.",
    "Mer än 300 personer samlades på söndagen utanför stadshuset för att kräva fler hyresrätter.",
    "Ministerns kommentarer i sociala medier hade präglat debatten i flera veckor, sade talespersonen.",
]
CHROME = ["Dela artikeln", "Annons", "Läs också: Så blir den nya bostadslagen", "Mest läst"]
TEASER = "Börsen stiger till årets högsta nivå"


def page(date_line: str) -> Document:
    paragraphs = [PROSE[0], PROSE[1], *CHROME[:3], PROSE[2], CHROME[3], TEASER]
    return Document(
        "t",
        '<html lang="sv"><body><article><h1>Riksdagen röstar om budgeten</h1>'
        f"<p>Av Viktor Hedlund och Anna Svensson</p><p>{date_line}</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>",
        True,
        "utf-8",
    )


def test_swedish_is_a_language_without_facts_rules() -> None:
    assert lang.get("sv-SE") is lang.get("sv") is not None
    assert lang.get("sv") in lang.all_modules()
    assert lang.with_section("sv", "NUMBER_WORDS") is None


def test_swedish_chrome_removed_article_kept() -> None:
    """Share and ad labels, a 'Läs också' line, the date line and what follows a
    'Mest läst' heading go; the article's paragraphs stay, Swedish words inside them too."""
    date_line = 'Publicerad 23 oktober 2025 kl 10.23'
    cleaned = clean(page(date_line))
    lines = cleaned.text.splitlines()
    assert all(p in lines for p in PROSE)
    assert not set(lines) & {*CHROME, TEASER, date_line}
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons[CHROME[1]] == "widget label"
    assert reasons[date_line] == "date line"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Publicerad 23 oktober 2025 kl 10.23", "2025-10-23"),
        ("Publicerad 23 okt 2025 10:23", "2025-10-23T10:23:00"),
        ("lördag 1 mars 2025", "2025-03-01"),
    ],
)
def test_swedish_date_line_read_with_its_month_name(line: str, published: str) -> None:
    doc = page(line)
    meta = extract_metadata(doc, clean(doc))
    assert lang.get(meta.lang) is lang.get("sv")
    assert meta.published == published


def test_swedish_updated_label_dates_the_edit() -> None:
    doc = page('Uppdaterad 24 okt. 2025 12:17')
    meta = extract_metadata(doc, clean(doc))
    assert (meta.published, meta.modified) == (None, '2025-10-24T12:17:00')


@pytest.mark.parametrize(
    ("line", "names", "role"),
    [
        ("Av Viktor Hedlund och Anna Svensson", ["Viktor Hedlund", "Anna Svensson"], None),
        ("Av Anna Svensson, TT", ["Anna Svensson"], None),
        ("Av Anna af Sillén Reporter", ["Anna af Sillén"], "Reporter"),
    ],
)
def test_swedish_byline(line: str, names: list[str], role: str | None) -> None:
    byline = from_line(line, [lang.get("sv")])
    assert byline is not None
    assert [a.name for a in byline.authors] == names
    assert byline.authors[0].role == role


@pytest.mark.parametrize("line", ['Av alla förslag valdes det billigaste.', 'Av Sveriges 290 kommuner har 40 sagt nej.'])
def test_swedish_sentence_opening_with_av_is_no_byline(line: str) -> None:
    assert from_line(line, [lang.get("sv")]) is None
