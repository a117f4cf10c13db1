"""German rules (lang/de.py): chrome of German pages removed, their article kept, their
byline and date line read; the facts stage reads German as before (no facts rules)."""

from __future__ import annotations

import gzip
import json
import sys
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

import pytest

from newsclean import lang
from newsclean.clean import clean
from newsclean.clean.text import clean_plain
from newsclean.decode import decode
from newsclean.facts import extract_facts
from newsclean.metadata import extract_metadata, page_signals
from newsclean.metadata.authors import from_line
from newsclean.model import Cleaned, Document, RawPage

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
FUNDUS = EVAL / "fundus-dev"
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
needs_eval = pytest.mark.skipif(not FUNDUS.is_dir(), reason="fundus-dev eval data not beside the repo")


@cache
def german_pages() -> tuple[tuple[dict, bytes], ...]:
    pages = []
    for expected in sorted(FUNDUS.glob("*/*/*/expected.json")):
        gold = json.loads(expected.read_text("utf-8"))
        if gold["language"] == "de":
            pages.append((gold, gzip.decompress((expected.parent / "page.html.gz").read_bytes())))
    return tuple(pages)


def page(page_id: str) -> tuple[dict, Document]:
    gold, data = next(p for p in german_pages() if p[0]["id"] == page_id)
    return gold, decode(RawPage(source=page_id, data=data, url=None, http_charset=gold.get("declared_charset")))


def dump(doc: Document) -> str:
    sys.path.insert(0, str(BENCHMARKS))
    from textdump import text_dump

    return text_dump(doc.text)


def test_german_is_a_language_without_facts_rules() -> None:
    assert lang.get("de-AT") is lang.get("de") is not None
    assert lang.get("de") in lang.all_modules()
    assert lang.with_section("de", "NUMBER_WORDS") is None
    assert lang.with_section("en", "NUMBER_WORDS") is lang.get("en")


def test_german_prose_is_not_chrome() -> None:
    """Words of the German vocabulary inside prose, and English lines, stay."""
    text = "\n".join([
        "Von Anfang an war klar, dass die Regierung die Kosten nicht allein tragen würde.",
        "Mehr als 300 Menschen kamen am Sonntag zur Kundgebung vor dem Rathaus in der Innenstadt.",
        "Kommentare in sozialen Netzwerken hatten die Debatte seit Wochen angeheizt, sagte der Sprecher.",
        "The minister said on Monday that the plan would be published in full next month.",
        "Artikel teilen",
        "Drucken",
        "Lesen Sie auch: Die wichtigsten Fragen und Antworten zur Wahl",
    ])
    kept = clean_plain(text).text
    assert kept.splitlines() == text.splitlines()[:4]


@needs_eval
def test_german_page_chrome_removed_article_kept() -> None:
    """A German page dump: the date and byline line and share labels go, the article stays."""
    gold, doc = page("de/RBB24/2024_04_25")
    cleaned = clean_plain(dump(doc))
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch"] == "byline"
    assert reasons["Suchen"] == "widget label"
    first, last = gold["text"].split("\n")[0], gold["text"].split("\n")[-1]
    assert first in cleaned.text and last in cleaned.text


@needs_eval
def test_german_related_box_inside_the_article_does_not_end_it() -> None:
    """"Auch interessant" boxes stand inside German articles: the text after them stays."""
    gold, doc = page("de/WAZ/2025_09_10")
    text = clean(doc).text
    last = gold["text"].split("\n")[-1]
    assert "Auch interessant" not in text.splitlines()
    assert last in text


@needs_eval
def test_german_dumps_clean_better_than_without_rules() -> None:
    """Body F1 on the 52 German fundus-dev dumps: 0.923 with no German rules, 0.929 with them."""
    from aebscore import score  # benchmarks/ is on the path after dump()

    pages = [page(gold["id"]) for gold, _ in german_pages()]
    texts = [clean_plain(dump(doc)).text for _, doc in pages]
    assert score(zip(texts, (gold["text"] for gold, _ in pages))).f1 >= 0.927


@pytest.mark.parametrize(
    "line, names, role",
    [
        ("Von Sina Zehrfeld Landespolitische Korrespondentin", ["Sina Zehrfeld"], "Korrespondentin"),
        ("Von Ulrich ExnerKorrespondent", ["Ulrich Exner"], "Korrespondent"),
        ("Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch", ["Eva Kirchner-Rätsch"], None),
        ("Von Anna von der Heide und Max Mustermann, Berlin", ["Anna von der Heide", "Max Mustermann"], None),
        ("von Katja Belousova", ["Katja Belousova"], None),
        ("Von Diana Resnik mit AP", ["Diana Resnik"], None),
        ("Kommentar von Jan Sellner 11.07.2026, 09:30 Uhr Stuttgart", ["Jan Sellner"], None),
    ],
)
def test_german_byline(line: str, names: list[str], role: str | None) -> None:
    byline = from_line(line, [lang.get("de")])
    assert byline is not None
    assert [a.name for a in byline.authors] == names
    assert byline.authors[0].role == role


@pytest.mark.parametrize(
    "line", ["Von Berlin aus fuhr er weiter nach Hamburg.", "Von Anfang an war klar, wer gewinnt.", "von Berlin aus ging es weiter."]
)
def test_german_sentence_opening_with_von_is_no_byline(line: str) -> None:
    assert from_line(line, [lang.get("de")]) is None


@needs_eval
@pytest.mark.parametrize(
    "page_id", ["de/RheinischePost/2024_04_21", "de/DieWelt/2024_08_27", "de/FAZ/2024_04_17", "de/ZDF/2025_11_07", "de/EuronewsDE/2024_04_30"]
)
def test_german_visible_byline_read(page_id: str) -> None:
    """Without JSON-LD or <meta> authors, the visible German byline names the author."""
    gold, doc = page(page_id)
    sig = page_signals(doc)
    sig = type(sig)(**{**sig.__dict__, "ld": (), "meta": {}})
    meta = extract_metadata(doc, clean(doc), signals=sig)
    assert [a.name for a in meta.authors] == gold["authors"]


def test_german_date_labels() -> None:
    """"Veröffentlicht" and "Aktualisiert" label the two dates; "vor 3 Stunden" is read
    against the fetch time (the day only)."""
    html = (
        '<html lang="de"><body><article><h1>Der Landtag stimmt über den Haushalt ab</h1>'
        "<p>Veröffentlicht am 27.04.24 um 07:39 Uhr | Aktualisiert am 28.04.24 um 10:02 Uhr</p>"
        "<p>Der Landtag hat am Freitag nach langer Debatte über den Haushalt für das kommende Jahr abgestimmt. "
        "Die Opposition kritisierte die geplanten Kürzungen bei Schulen und Kitas scharf.</p></article></body></html>"
    )
    doc = Document("t", html, True, "utf-8")
    meta = extract_metadata(doc, clean(doc))
    assert meta.lang == "de"
    assert meta.published == "2024-04-27T07:39:00"
    assert meta.modified == "2024-04-28T10:02:00"
    fetched = datetime(2023, 4, 28, 20, 0, tzinfo=timezone.utc)
    ago = Document("t", html.replace("am 27.04.24 um 07:39 Uhr | Aktualisiert am 28.04.24 um 10:02 Uhr", "vor 3 Stunden"), True, "utf-8", fetched=fetched)
    assert extract_metadata(ago, Cleaned(None, ())).published == "2023-04-28"


@needs_eval
def test_facts_of_german_texts_as_without_rules() -> None:
    """The facts stage has no German rules: German texts give the facts of an unknown language."""
    for gold, _ in german_pages():
        assert extract_facts(gold["text"], lang="de") == extract_facts(gold["text"], lang=None)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("13. Mai 2026, 14:07 Uhr", "2026-05-13T14:07:00"),
        ("Veröffentlicht am 5. März 2025", "2025-03-05"),
        ("Mo, 3. Mrz. 2024 um 9:05 Uhr", "2024-03-03T09:05:00"),
        ("5. Febr. 2025 | 14:07 Uhr", "2025-02-05T14:07:00"),
        ("Dienstag, 12. DEZEMBER 2023", "2023-12-12"),
        ("2. Jänner 2024", "2024-01-02"),
    ],
)
def test_german_month_names_in_the_date_line(line: str, published: str) -> None:
    """Month names are read in the page's language (MONTH_NAMES): a German page without
    structured dates gets its visible date."""
    html = (
        '<html lang="de"><body><article><h1>Der Landtag stimmt über den Haushalt ab</h1>'
        f"<p>{line}</p>"
        "<p>Der Landtag hat am Freitag nach langer Debatte über den Haushalt für das kommende Jahr abgestimmt. "
        "Die Opposition kritisierte die geplanten Kürzungen bei Schulen und Kitas scharf.</p></article></body></html>"
    )
    doc = Document("t", html, True, "utf-8")
    assert extract_metadata(doc, clean(doc)).published == published


def test_german_month_names_only_on_german_pages() -> None:
    """Another language's page does not read German month names (a Norwegian 'mai' is no
    rule of ours: no date rather than a guess)."""
    from newsclean.metadata import dates

    assert dates.parse("13. Mai 2026", months=lang.get("de").MONTH_NAMES).isoformat() == "2026-05-13"
    assert dates.parse("13. Mai 2026") is None
    assert dates.parse("13. Maine 2026", months=lang.get("de").MONTH_NAMES) is None


def test_a_stand_date_alone_is_published_and_modified() -> None:
    """'Stand:' dates the page as of its last edit: the modified date, and the published one
    when the page names no other; a page with 'Veröffentlicht' keeps that as published."""
    body = (
        "<p>Der Landtag hat am Freitag nach langer Debatte über den Haushalt für das kommende Jahr abgestimmt. "
        "Die Opposition kritisierte die geplanten Kürzungen bei Schulen und Kitas scharf, die Regierung "
        "verteidigte sie als notwendig für einen ausgeglichenen Haushalt in den nächsten Jahren.</p>"
        "<p>{line}</p>"
    )
    page = '<html lang="de"><body><article><h1>Der Landtag stimmt über den Haushalt ab</h1>{body}</article></body></html>'
    alone = Document("t", page.format(body=body.format(line="Stand: 12.03.2025, 14:07 Uhr · Eine Analyse der Redaktion Landespolitik")), True, "utf-8")
    meta = extract_metadata(alone, clean(alone))
    assert (meta.published, meta.modified) == ("2025-03-12T14:07:00", "2025-03-12T14:07:00")
    both = Document("t", page.format(body=body.format(line="Stand: 12.03.2025, 14:07 Uhr · Veröffentlicht am 11. März 2025")), True, "utf-8")
    meta = extract_metadata(both, clean(both))
    assert (meta.published, meta.modified) == ("2025-03-11", "2025-03-12T14:07:00")


def test_date_lines_above_the_headline_published_and_updated() -> None:
    """Date lines just above the headline; 'Akt.:' (updated) dates the edit, not the
    publication; '16.03 Uhr' after the year is no 16th month, so the day is still read."""
    html = (
        '<html lang="de"><body><article><p>Anna Schmidt</p><p>28. Juni 2025 - 16.03 Uhr</p>'
        "<p>Akt.: 29. Juni 2025 - 21.18 Uhr</p><h1>Der Landtag stimmt über den Haushalt ab</h1>"
        "<p>Der Landtag hat am Freitag nach langer Debatte über den Haushalt für das kommende Jahr abgestimmt. "
        "Die Opposition kritisierte die geplanten Kürzungen bei Schulen und Kitas scharf.</p></article></body></html>"
    )
    doc = Document("t", html, True, "utf-8")
    meta = extract_metadata(doc, clean(doc))
    assert (meta.published, meta.modified) == ("2025-06-28", "2025-06-29")


def test_a_stand_line_after_the_article_dates_it_a_source_line_does_not() -> None:
    """German pages end the article with 'Stand: …' on a line of its own: the page's date
    wherever it stands. A chart's 'Quelle: …, Stand: …' dates the data, not the page."""
    paragraphs = "".join(f"<p>Absatz {i}: Der Landtag hat nach langer Debatte abgestimmt.</p>" for i in range(20))
    page = '<html lang="de"><body><article><h1>Der Landtag stimmt über den Haushalt ab</h1>{}{}</article></body></html>'
    end = Document("t", page.format(paragraphs, "<p>Stand: 28.04.2023 17:23 Uhr</p>"), True, "utf-8")
    meta = extract_metadata(end, clean(end))
    assert (meta.published, meta.modified) == ("2023-04-28T17:23:00", "2023-04-28T17:23:00")
    source = Document("t", page.format(paragraphs, "<p>Quelle: Statistisches Landesamt, Stand: 31.12.2022</p>"), True, "utf-8")
    meta = extract_metadata(source, clean(source))
    assert (meta.published, meta.modified) == (None, None)
