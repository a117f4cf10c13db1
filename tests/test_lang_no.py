"""Norwegian rules (lang/no.py): chrome of Norwegian pages removed, their article kept, their
byline and date line read; no facts rules."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from newsclean import lang
from newsclean.clean import clean
from newsclean.clean.text import clean_plain
from newsclean.decode import decode
from newsclean.metadata import extract_metadata, page_signals
from newsclean.metadata.authors import from_line
from newsclean.model import Document, RawPage

FUNDUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "fundus-dev"
needs_eval = pytest.mark.skipif(not FUNDUS.is_dir(), reason="fundus-dev eval data not beside the repo")

PROSE = [
    "Av og til må regjeringen vente, men tirsdag la den fram et budsjett med støtte fra opposisjonen.",
    "Mer enn 300 mennesker samlet seg søndag foran rådhuset for å kreve flere kommunale boliger.",
    "Kommentarene fra statsråden i sosiale medier hadde preget debatten i flere uker, sa talspersonen.",
]
CHROME = ["Del artikkelen", "Annonse", "Les også: Slik blir den nye boligloven", "Mest lest"]
TEASER = "Børsen stiger til årets høyeste nivå"


def page(date_line: str) -> Document:
    paragraphs = [PROSE[0], PROSE[1], *CHROME[:3], PROSE[2], CHROME[3], TEASER]
    return Document(
        "t",
        '<html lang="nb-NO"><body><article><h1>Stortinget vedtar statsbudsjettet</h1>'
        f"<p>Av Ingrid Treborg og Ola Nordmann</p><p>{date_line}</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>",
        True,
        "utf-8",
    )


def test_norwegian_is_a_language_without_facts_rules() -> None:
    assert lang.get("nb-NO") is lang.get("nn") is lang.get("no") is not None
    assert lang.get("no") in lang.all_modules()
    assert lang.with_section("no", "NUMBER_WORDS") is None


def test_norwegian_chrome_removed_article_kept() -> None:
    """Share and ad labels, a 'Les også' line, the date line and what follows a
    'Mest lest' heading go; the article's paragraphs stay, Norwegian words inside them too."""
    date_line = 'Publisert 15. oktober 2024 kl. 21:35'
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
        ("Publisert 15. oktober 2024 kl. 21:35", "2024-10-15"),
        ("Publisert torsdag 09. mai 2024 - 13:26", "2024-05-09T13:26:00"),
        ("Publ. 3. des. 2024 08:10", "2024-12-03T08:10:00"),
    ],
)
def test_norwegian_date_line_read_with_its_month_name(line: str, published: str) -> None:
    doc = page(line)
    meta = extract_metadata(doc, clean(doc))
    assert lang.get(meta.lang) is lang.get("no")
    assert meta.published == published


def test_norwegian_updated_label_dates_the_edit() -> None:
    doc = page('Oppdatert 16. oktober 2024 08:10')
    meta = extract_metadata(doc, clean(doc))
    assert (meta.published, meta.modified) == (None, '2024-10-16T08:10:00')


@pytest.mark.parametrize(
    ("line", "names", "role"),
    [
        ("Av Ingrid Treborg og Marlene Lundberg Holm", ["Ingrid Treborg", "Marlene Lundberg Holm"], None),
        ("Av Ola Nordmann, NTB", ["Ola Nordmann"], None),
        ("Tekst: Kari Nordmann Journalist", ["Kari Nordmann"], "Journalist"),
    ],
)
def test_norwegian_byline(line: str, names: list[str], role: str | None) -> None:
    byline = from_line(line, [lang.get("no")])
    assert byline is not None
    assert [a.name for a in byline.authors] == names
    assert byline.authors[0].role == role


@pytest.mark.parametrize("line", ['Av og til regner det i Bergen.', 'Av Norges 356 kommuner har 40 sagt nei.'])
def test_norwegian_sentence_opening_with_av_is_no_byline(line: str) -> None:
    assert from_line(line, [lang.get("no")]) is None


def real_page(page_id: str) -> tuple[dict, Document]:
    folder = FUNDUS / page_id
    gold = json.loads((folder / "expected.json").read_text("utf-8"))
    return gold, decode(RawPage(source=page_id, data=gzip.decompress((folder / "page.html.gz").read_bytes()), url=None))


@needs_eval
def test_norwegian_read_also_lines_go_from_a_real_page_dump() -> None:
    """A Norwegian page's text dump: its 'Les også:' teasers go, the article stays."""
    gold, doc = real_page("no/Nettavisen/2024_10_16")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from textdump import text_dump

    cleaned = clean_plain(text_dump(doc.text))
    assert not [line for line in cleaned.text.splitlines() if line.startswith("Les også")]
    assert gold["text"].split("\n")[-1] in cleaned.text


@needs_eval
def test_norwegian_visible_date_line_read() -> None:
    """Without structured dates, the visible 'Publisert torsdag 09. mai 2024 - 13:26' dates
    the page (local time: the page names no zone)."""
    gold, doc = real_page("no/Dagbladet/2024_08_04")
    sig = page_signals(doc)
    sig = type(sig)(**{**sig.__dict__, "ld": (), "meta": {}, "times": ()})
    meta = extract_metadata(doc, clean(doc), signals=sig)
    assert meta.published == "2024-05-09T13:26:00"
    assert meta.modified == "2024-05-09T20:24:00"
