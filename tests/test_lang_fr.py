"""French rules (lang/fr.py): chrome of French pages removed, their article kept, their
byline and date line read; no facts rules."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsclean import lang
from newsclean.clean import clean
from newsclean.clean.text import clean_plain
from newsclean.decode import decode
from newsclean.metadata import extract_metadata
from newsclean.metadata.authors import from_line
from newsclean.model import Document, RawPage

FUNDUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "fundus-dev"
needs_eval = pytest.mark.skipif(not FUNDUS.is_dir(), reason="fundus-dev eval data not beside the repo")

PROSE = [
    "Par ailleurs, le gouvernement a présenté mardi un budget soutenu pour la première fois par l’opposition.",
    "Plus de 300 personnes se sont rassemblées dimanche devant la mairie pour réclamer davantage de logements.",
    "Les commentaires du ministre sur les réseaux sociaux avaient nourri le débat pendant des semaines, selon son porte-parole.",
]
CHROME = ["Partager", "Publicité", "À lire aussi : Les clés de la nouvelle loi sur le logement", "Sur le même sujet"]


def page(date_line: str) -> Document:
    paragraphs = [PROSE[0], PROSE[1], *CHROME[:3], PROSE[2], CHROME[3], "La Bourse termine au plus haut de l’année"]
    return Document(
        "t",
        '<html lang="fr"><body><article><h1>L’Assemblée adopte le budget</h1>'
        f"<p>Par Jean Dupont et Marie Martin</p><p>{date_line}</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>",
        True,
        "utf-8",
    )


def test_french_is_a_language_without_facts_rules() -> None:
    assert lang.get("fr-BE") is lang.get("fr") is not None
    assert lang.get("fr") in lang.all_modules()
    assert lang.with_section("fr", "NUMBER_WORDS") is None


def test_french_chrome_removed_article_kept() -> None:
    """Share and ad labels, an 'À lire aussi' line, the date line and what follows a 'Sur le
    même sujet' heading go; the article's paragraphs stay, French words inside them too."""
    cleaned = clean(page("Publié le 22 novembre 2024 à 07h22"))
    lines = cleaned.text.splitlines()
    assert all(p in lines for p in PROSE)
    assert not set(lines) & {*CHROME, "La Bourse termine au plus haut de l’année", "Publié le 22 novembre 2024 à 07h22"}
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Publicité"] == "widget label"
    assert reasons["Publié le 22 novembre 2024 à 07h22"] == "date line"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Publié le 22 novembre 2024 à 07h22", "2024-11-22"),
        ("Publié le 3 févr. 2025 à 10:15", "2025-02-03T10:15:00"),
        ("Paris, le 14 juillet 2024", "2024-07-14"),
        ("samedi 1 mars 2025", "2025-03-01"),
    ],
)
def test_french_date_line_read_with_its_month_name(line: str, published: str) -> None:
    doc = page(line)
    meta = extract_metadata(doc, clean(doc))
    assert meta.lang == "fr"
    assert meta.published == published


def test_french_updated_label_dates_the_edit() -> None:
    doc = page("Mis à jour le 23 novembre 2024 à 09:42")
    meta = extract_metadata(doc, clean(doc))
    assert (meta.published, meta.modified) == (None, "2024-11-23T09:42:00")


@pytest.mark.parametrize(
    ("line", "names", "role"),
    [
        ("Par Jean Dupont et Marie Martin", ["Jean Dupont", "Marie Martin"], None),
        ("Par Jean-Marc Leclerc, à Bruxelles", ["Jean-Marc Leclerc"], None),
        ("Par Anne de La Tour Publié le 22 novembre 2024", ["Anne de La Tour"], None),
        ("Par Paul Durand Correspondant", ["Paul Durand"], "Correspondant"),
    ],
)
def test_french_byline(line: str, names: list[str], role: str | None) -> None:
    byline = from_line(line, [lang.get("fr")])
    assert byline is not None
    assert [a.name for a in byline.authors] == names
    assert byline.authors[0].role == role


@pytest.mark.parametrize("line", ["Par ailleurs, le gouvernement a décidé d’attendre.", "Par Emmanuel Macron lui-même, la réforme fut lancée."])
def test_french_sentence_opening_with_par_is_no_byline(line: str) -> None:
    assert from_line(line, [lang.get("fr")]) is None


@needs_eval
def test_french_read_also_line_goes_from_a_real_page_dump() -> None:
    """A French page's text dump: its 'À lire aussi' teaser goes, the article stays."""
    import sys

    folder = FUNDUS / "fr" / "LeFigaro" / "2024_11_22"
    gold = json.loads((folder / "expected.json").read_text("utf-8"))
    doc = decode(RawPage(source=gold["id"], data=gzip.decompress((folder / "page.html.gz").read_bytes()), url=None))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from textdump import text_dump

    cleaned = clean_plain(text_dump(doc.text))
    assert "page chrome" in [r.reason for r in cleaned.removed if r.text.startswith("À lire aussi ")]
    assert not [line for line in cleaned.text.splitlines() if line.startswith("À lire aussi")]
    assert gold["text"].split("\n")[-1] in cleaned.text


def test_french_prose_opening_like_a_further_reading_heading_stays() -> None:
    """'Pour aller plus loin' heads a further-reading box, but also opens sentences."""
    text = "\n".join([*PROSE[:2], "Pour aller plus loin, le gouvernement propose de doubler l’aide aux communes rurales dès l’an prochain.", PROSE[2]])
    assert clean_plain(text).text.splitlines() == text.splitlines()
