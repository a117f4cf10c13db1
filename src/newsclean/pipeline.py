"""The pipeline: decode -> clean -> metadata -> facts. Pure functions, no I/O. An HTML page
is parsed once, after decode; metadata reads the tree first, then clean takes it apart.

``extract()`` is the library's front door; ``process()`` runs the stages on a RawPage
that a source (file, URL, stdin, WARC record) produced.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from .clean import clean, clean_text_as_given
from .decode import decode, parse
from .metadata import extract_metadata, page_signals, reference_date
from .model import Article, Cleaned, Fact, Metadata, RawPage


def process(
    raw: RawPage,
    *,
    lang: str | None = None,
    ref_date: date | datetime | None = None,
    clean_stage: bool = True,
    explain: bool = True,
    facts_stage: bool = True,
) -> Article:
    """Run every stage on one page. ``clean_stage=False`` takes the decoded text as the
    clean article text (offsets of facts then index the input as given); ``explain=False``
    may leave ``removed`` empty, which saves the clean stage reading all dropped text;
    ``facts_stage=False`` leaves ``facts`` empty (the facts package is then not imported)."""
    doc = decode(raw)
    tree = parse(raw, doc) if doc.is_html else None  # the page's one parse, read by both stages
    signals = page_signals(doc, tree)  # first: the clean stage strips scripts and styles from the tree
    cleaned: Cleaned = clean(doc, explain, tree) if clean_stage else clean_text_as_given(doc)
    meta = extract_metadata(doc, cleaned, lang=lang, signals=signals)
    ref = ref_date if ref_date is not None else reference_date(meta, doc)
    text = cleaned.text
    facts = _facts(text, cleaned.captions, meta, ref) if facts_stage else ()
    return Article(
        source=raw.source,
        text=text,
        metadata=meta,
        blocks=cleaned.blocks,
        captions=cleaned.captions,
        facts=facts,
        removed=cleaned.removed,
    )


def _facts(text: str, captions: tuple[str, ...], meta: Metadata, ref: date | datetime | None) -> tuple[Fact, ...]:
    """The facts of the text, then those of each photo caption: captions are kept out of the
    text, but their facts count; each caption's facts carry ``caption`` (its index in
    ``captions``) and offsets into that caption."""
    from .facts import extract_facts  # here: a run without facts (``newsclean clean``) starts sooner

    facts = extract_facts(text, lang=meta.lang, ref_date=ref, authors=meta.authors)
    return facts + tuple(
        replace(fact, attrs={**fact.attrs, "caption": i})
        for i, caption in enumerate(captions)
        for fact in extract_facts(caption, lang=meta.lang, ref_date=ref, authors=meta.authors)
    )


def extract(
    source_or_markup: str | bytes | RawPage,
    *,
    url: str | None = None,
    lang: str | None = None,
    ref_date: date | datetime | None = None,
    clean: bool = True,
    source: str = "<input>",
) -> Article:
    """Clean an HTML page or scraped text and extract its metadata and facts.

    ``source_or_markup`` is the page itself (str or bytes, HTML or plain text) or a
    RawPage. Raises a ``newsclean.errors.NewscleanError`` subclass on bad input.
    """
    if isinstance(source_or_markup, RawPage):
        raw = source_or_markup if url is None else replace(source_or_markup, url=url)
    elif isinstance(source_or_markup, str):
        raw = RawPage(source=source, data=source_or_markup.encode("utf-8"), url=url, http_charset="utf-8")
    elif isinstance(source_or_markup, (bytes, bytearray, memoryview)):
        raw = RawPage(source=source, data=bytes(source_or_markup), url=url)
    else:
        raise TypeError(f"extract() takes str, bytes or RawPage, not {type(source_or_markup).__name__}")
    return process(raw, lang=lang, ref_date=ref_date, clean_stage=clean)
