"""Portuguese rules (lang/pt.py): chrome of Portuguese pages removed, their article kept, their
byline and date line read; no facts rules."""

from __future__ import annotations

import pytest

from newsclean import lang
from newsclean.clean import clean
from newsclean.metadata import extract_metadata
from newsclean.metadata.authors import from_line
from newsclean.model import Document

PROSE = [
    "Por isso, o governo apresentou na terça-feira um orçamento apoiado pela primeira vez pela oposição.",
    "Mais de 300 pessoas se reuniram no domingo em frente à prefeitura para pedir mais moradias populares.",
    "Os comentários do ministro nas redes sociais alimentaram o debate durante semanas, disse o porta-voz.",
]
CHROME = ["Compartilhar", "Publicidade", "Leia também: O que muda com a nova lei da habitação", "Notícias relacionadas"]
TEASER = "Bolsa fecha no maior nível do ano"


def page(date_line: str) -> Document:
    paragraphs = [PROSE[0], PROSE[1], *CHROME[:3], PROSE[2], CHROME[3], TEASER]
    return Document(
        "t",
        '<html lang="pt-BR"><body><article><h1>Câmara aprova o orçamento</h1>'
        f"<p>Por Ana dos Santos e João Silva</p><p>{date_line}</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>",
        True,
        "utf-8",
    )


def test_portuguese_is_a_language_without_facts_rules() -> None:
    assert lang.get("pt-BR") is lang.get("pt-PT") is lang.get("pt") is not None
    assert lang.get("pt") in lang.all_modules()
    assert lang.with_section("pt", "NUMBER_WORDS") is None


def test_portuguese_chrome_removed_article_kept() -> None:
    """Share and ad labels, a 'Leia também' line, the date line and what follows a
    'Notícias relacionadas' heading go; the article's paragraphs stay, Portuguese words inside them too."""
    date_line = 'Publicado em 5 de fevereiro de 2025, às 14h07'
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
        ("Publicado em 5 de fevereiro de 2025, às 14h07", "2025-02-05"),
        ("sexta, 22 de outubro de 2010 às 20:13", "2010-10-22T20:13:00"),
        ("05 fev 2025 14:07", "2025-02-05T14:07:00"),
    ],
)
def test_portuguese_date_line_read_with_its_month_name(line: str, published: str) -> None:
    doc = page(line)
    meta = extract_metadata(doc, clean(doc))
    assert lang.get(meta.lang) is lang.get("pt")
    assert meta.published == published


def test_portuguese_updated_label_dates_the_edit() -> None:
    doc = page('Atualizado em 6 de fevereiro de 2025 às 09:30')
    meta = extract_metadata(doc, clean(doc))
    assert (meta.published, meta.modified) == (None, '2025-02-06T09:30:00')


@pytest.mark.parametrize(
    ("line", "names", "role"),
    [
        ("Por Ana dos Santos e João Silva", ["Ana dos Santos", "João Silva"], None),
        ("Por Ana dos Santos, de Brasília", ["Ana dos Santos"], None),
        ("Por João Silva — Lisboa", ["João Silva"], None),
    ],
)
def test_portuguese_byline(line: str, names: list[str], role: str | None) -> None:
    byline = from_line(line, [lang.get("pt")])
    assert byline is not None
    assert [a.name for a in byline.authors] == names
    assert byline.authors[0].role == role


@pytest.mark.parametrize("line", ['Por isso o governo decidiu esperar.', 'Por Lisboa passam milhares de carros.'])
def test_portuguese_sentence_opening_with_por_is_no_byline(line: str) -> None:
    assert from_line(line, [lang.get("pt")]) is None
