"""Spanish rules (lang/es.py): chrome of Spanish pages removed, their article kept, their
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
    "Por primera vez en diez años, el Gobierno aprobó el martes un presupuesto con el apoyo de la oposición.",
    "Más de 300 personas se concentraron el domingo frente al Ayuntamiento para pedir más viviendas públicas.",
    "Los comentarios del ministro en las redes sociales avivaron el debate durante semanas, según el portavoz.",
]
CHROME = ["Compartir", "Publicidad", "Lee también: Las claves de la nueva ley de vivienda", "Te puede interesar"]


def page(date_line: str) -> Document:
    paragraphs = [PROSE[0], PROSE[1], *CHROME[:3], PROSE[2], CHROME[3], "La Bolsa cierra en máximos del año"]
    return Document(
        "t",
        '<html lang="es"><body><article><h1>El Congreso aprueba los presupuestos</h1>'
        f"<p>Por Ana López y Carlos Ruiz de la Torre</p><p>{date_line}</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>",
        True,
        "utf-8",
    )


def test_spanish_is_a_language_without_facts_rules() -> None:
    assert lang.get("es-MX") is lang.get("es") is not None
    assert lang.get("es") in lang.all_modules()
    assert lang.with_section("es", "NUMBER_WORDS") is None


def test_spanish_chrome_removed_article_kept() -> None:
    """Share and ad labels, a 'Lee también' line, the date line and what follows a 'Te
    puede interesar' heading go; the article's paragraphs stay, Spanish words inside them too."""
    cleaned = clean(page("Publicado el 13 de mayo de 2026, 14:07 h"))
    lines = cleaned.text.splitlines()
    assert all(p in lines for p in PROSE)
    assert not set(lines) & {*CHROME, "La Bolsa cierra en máximos del año", "Publicado el 13 de mayo de 2026, 14:07 h"}
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Publicidad"] == "widget label"
    assert reasons["Publicado el 13 de mayo de 2026, 14:07 h"] == "date line"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Publicado el 13 de mayo de 2026, 14:07 h", "2026-05-13T14:07:00"),
        ("Madrid, 5 de Marzo de 2025", "2025-03-05"),
        ("lun, 13 ene. 2025 10:22", "2025-01-13T10:22:00"),
        ("Publicado: 2 sept 2024", "2024-09-02"),
    ],
)
def test_spanish_date_line_read_with_its_month_name(line: str, published: str) -> None:
    doc = page(line)
    meta = extract_metadata(doc, clean(doc))
    assert meta.lang == "es"
    assert meta.published == published


def test_spanish_updated_label_dates_the_edit() -> None:
    doc = page("Actualizado el 14 de mayo de 2026, 09:30 h")
    meta = extract_metadata(doc, clean(doc))
    assert (meta.published, meta.modified) == (None, "2026-05-14T09:30:00")


@pytest.mark.parametrize(
    ("line", "names", "role"),
    [
        ("Por Ana López y Carlos Ruiz de la Torre", ["Ana López", "Carlos Ruiz de la Torre"], None),
        ("Por Chus del Pino, Martí Abad", ["Chus del Pino", "Martí Abad"], None),
        ("POR MARÍA GARCÍA", ["MARÍA GARCÍA"], None),
        ("Por Juan Pérez Corresponsal", ["Juan Pérez"], "Corresponsal"),
        ("Por Juan Pérez | 13/05/2026", ["Juan Pérez"], None),
    ],
)
def test_spanish_byline(line: str, names: list[str], role: str | None) -> None:
    byline = from_line(line, [lang.get("es")])
    assert byline is not None
    assert [a.name for a in byline.authors] == names
    assert byline.authors[0].role == role


@pytest.mark.parametrize("line", ["Por Navidad la ciudad se llena de luces.", "Por eso el Gobierno decidió esperar.", "Por Madrid pasan cada día miles de coches."])
def test_spanish_sentence_opening_with_por_is_no_byline(line: str) -> None:
    assert from_line(line, [lang.get("es")]) is None


@needs_eval
def test_spanish_ad_labels_go_from_a_real_page() -> None:
    """A Spanish page whose ad slots say 'Publicidad' between the paragraphs."""
    folder = FUNDUS / "es" / "Publico" / "2025_05_29"
    gold = json.loads((folder / "expected.json").read_text("utf-8"))
    doc = decode(RawPage(source=gold["id"], data=gzip.decompress((folder / "page.html.gz").read_bytes()), url=None))
    lines = clean(doc).text.splitlines()
    assert "Publicidad" not in lines
    assert gold["text"].split("\n")[-1] in lines


def test_spanish_prose_opening_like_a_recommendation_heading_stays() -> None:
    """'Te recomendamos' heads a box of teasers, but also opens advice in the article."""
    text = "\n".join([*PROSE[:2], "Te recomendamos beber agua con frecuencia y evitar salir a la calle en las horas de más calor.", PROSE[2]])
    assert clean_plain(text).text.splitlines() == text.splitlines()
