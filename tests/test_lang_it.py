"""Italian rules (lang/it.py): chrome of Italian pages removed, their article kept, their
byline and date line read; no facts rules."""

from __future__ import annotations

import pytest

from newsclean import lang
from newsclean.clean import clean
from newsclean.metadata import extract_metadata
from newsclean.metadata.authors import from_line
from newsclean.model import Document

PROSE = [
    "Di fronte all'opposizione, il governo ha presentato martedì una manovra sostenuta per la prima volta da tutti.",
    "Più di 300 persone si sono radunate domenica davanti al municipio per chiedere più case popolari.",
    "I commenti del ministro sui social avevano alimentato il dibattito per settimane, ha detto il portavoce.",
]
CHROME = ["Condividi", "Pubblicità", "Leggi anche: Le novità della nuova legge sulla casa", "Articoli correlati"]
TEASER = "La Borsa chiude ai massimi dell'anno"


def page(date_line: str) -> Document:
    paragraphs = [PROSE[0], PROSE[1], *CHROME[:3], PROSE[2], CHROME[3], TEASER]
    return Document(
        "t",
        '<html lang="it"><body><article><h1>La Camera approva la manovra</h1>'
        f"<p>di Marco Rossi e Anna Bianchi</p><p>{date_line}</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>",
        True,
        "utf-8",
    )


def test_italian_is_a_language_without_facts_rules() -> None:
    assert lang.get("it-IT") is lang.get("it") is not None
    assert lang.get("it") in lang.all_modules()
    assert lang.with_section("it", "NUMBER_WORDS") is None


def test_italian_chrome_removed_article_kept() -> None:
    """Share and ad labels, a 'Leggi anche' line, the date line and what follows a
    'Articoli correlati' heading go; the article's paragraphs stay, Italian words inside them too."""
    date_line = 'Pubblicato il 5 febbraio 2025 alle 14:07'
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
        ("Pubblicato il 5 febbraio 2025 alle 14:07", "2025-02-05"),
        ("5 febbraio 2025, ore 14:07", "2025-02-05T14:07:00"),
        ("sabato 1 mar 2025", "2025-03-01"),
    ],
)
def test_italian_date_line_read_with_its_month_name(line: str, published: str) -> None:
    doc = page(line)
    meta = extract_metadata(doc, clean(doc))
    assert lang.get(meta.lang) is lang.get("it")
    assert meta.published == published


def test_italian_updated_label_dates_the_edit() -> None:
    doc = page('Aggiornato il 6 febbraio 2025, ore 09:30')
    meta = extract_metadata(doc, clean(doc))
    assert (meta.published, meta.modified) == (None, '2025-02-06T09:30:00')


@pytest.mark.parametrize(
    ("line", "names", "role"),
    [
        ("di Viviana Mazza", ["Viviana Mazza"], None),
        ("Di Marco Rossi e Anna Bianchi", ["Marco Rossi", "Anna Bianchi"], None),
        ("di Marco Rossi, inviato a Kiev", ["Marco Rossi"], None),
    ],
)
def test_italian_byline(line: str, names: list[str], role: str | None) -> None:
    byline = from_line(line, [lang.get("it")])
    assert byline is not None
    assert [a.name for a in byline.authors] == names
    assert byline.authors[0].role == role


@pytest.mark.parametrize("line", ['Di Maio ha detto che il governo cadrà.', 'di Giorgia Meloni si è parlato a lungo.'])
def test_italian_sentence_opening_with_di_is_no_byline(line: str) -> None:
    assert from_line(line, [lang.get("it")]) is None
