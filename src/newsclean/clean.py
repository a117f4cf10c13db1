"""Document -> Cleaned. (First cut: the clean issue replaces this.)"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from .errors import NoContentError
from .model import Block, Cleaned, Document


def clean(doc: Document) -> Cleaned:
    if doc.is_html:
        tree = HTMLParser(doc.text)
        title = tree.css_first("title")
        blocks = tuple(Block("paragraph", t) for p in tree.css("p") if (t := p.text(strip=True)))
        cleaned = Cleaned(title.text(strip=True) if title else None, blocks)
    else:
        lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
        cleaned = Cleaned(lines[0] if lines else None, tuple(Block("paragraph", ln) for ln in lines[1:]))
    if not cleaned.blocks:
        raise NoContentError("no article text found", doc.source)
    return cleaned


def clean_text_as_given(doc: Document) -> Cleaned:
    """``--no-clean``: the whole decoded text is the article text, offsets unchanged."""
    return Cleaned(None, (Block("paragraph", doc.text),))
