"""Danish rules (lang/da.py): chrome of Danish pages removed, their article kept, their
byline and date line read; no facts rules."""

from __future__ import annotations

import pytest

from newsclean import lang
from newsclean.clean import clean
from newsclean.metadata import extract_metadata
from newsclean.metadata.authors import from_line
from newsclean.model import Document

PROSE = [
    "Af og til må regeringen vente, men tirsdag fremlagde den et budget med støtte fra oppositionen.",
    "Mere end 300 mennesker samledes søndag foran rådhuset for at kræve flere almene boliger.",
    "Ministerens kommentarer på de sociale medier havde præget debatten i flere uger, sagde talspersonen.",
]
CHROME = ["Del artiklen", "Annonce", "Læs også: Sådan bliver den nye boliglov", "Mest læste"]
TEASER = "Børsen stiger til årets højeste niveau"


def page(date_line: str) -> Document:
    paragraphs = [PROSE[0], PROSE[1], *CHROME[:3], PROSE[2], CHROME[3], TEASER]
    return Document(
        "t",
        '<html lang="da"><body><article><h1>Folketinget vedtager finansloven</h1>'
        f"<p>Af Trine Jørgensen og Anne Hansen</p><p>{date_line}</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>",
        True,
        "utf-8",
    )


def test_danish_is_a_language_without_facts_rules() -> None:
    assert lang.get("da-DK") is lang.get("da") is not None
    assert lang.get("da") in lang.all_modules()
    assert lang.with_section("da", "NUMBER_WORDS") is None


def test_danish_chrome_removed_article_kept() -> None:
    """Share and ad labels, a 'Læs også' line, the date line and what follows a
    'Mest læste' heading go; the article's paragraphs stay, Danish words inside them too."""
    date_line = 'Publiceret 6. februar 2025 kl. 19.25'
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
        ("Publiceret 6. februar 2025 kl. 19.25", "2025-02-06"),
        ("Offentliggjort torsdag 06. feb 2025 17:25", "2025-02-06T17:25:00"),
        ("den 3. marts 2025", "2025-03-03"),
    ],
)
def test_danish_date_line_read_with_its_month_name(line: str, published: str) -> None:
    doc = page(line)
    meta = extract_metadata(doc, clean(doc))
    assert lang.get(meta.lang) is lang.get("da")
    assert meta.published == published


def test_danish_updated_label_dates_the_edit() -> None:
    doc = page('Opdateret 7. februar 2025 08:00')
    meta = extract_metadata(doc, clean(doc))
    assert (meta.published, meta.modified) == (None, '2025-02-07T08:00:00')


@pytest.mark.parametrize(
    ("line", "names", "role"),
    [
        ("Af Trine Juncher Jørgensen og Tôrtia Reimer-Johansen", ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"], None),
        ("Af Anne Hansen, Ritzau", ["Anne Hansen"], None),
        ("Af Mads Holm Korrespondent", ["Mads Holm"], "Korrespondent"),
    ],
)
def test_danish_byline(line: str, names: list[str], role: str | None) -> None:
    byline = from_line(line, [lang.get("da")])
    assert byline is not None
    assert [a.name for a in byline.authors] == names
    assert byline.authors[0].role == role


@pytest.mark.parametrize("line", ['Af og til regner det.', 'Af Mette Frederiksens ministre stemte fem imod.'])
def test_danish_sentence_opening_with_af_is_no_byline(line: str) -> None:
    assert from_line(line, [lang.get("da")]) is None
