"""Document -> Cleaned: keep the article, set captions apart, explain what was dropped.

HTML goes through ``html.clean_html`` (main-content extraction on selectolax), or, when the
page rendered in the browser keeps its article only in script data, through the markup
``embedded.embedded_markup`` finds there; plain text through ``text.clean_plain`` (line
classification). Both read the page-chrome vocabulary of every language (``vocab.py``),
since the language is not known yet.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from ..errors import NoContentError
from ..model import Block, Cleaned, Document
from .embedded import embedded_markup
from .html import clean_html, clean_tree
from .text import clean_plain

__all__ = ["clean", "clean_text_as_given"]


def clean(doc: Document, explain: bool = True, tree: LexborHTMLParser | None = None) -> Cleaned:
    """The article in ``doc``; raises NoContentError when nothing is left. ``explain=False``
    may leave ``removed`` empty (an HTML page's dropped text is then never read). ``tree``
    is the HTML page already parsed (``decode.parse``), which this changes; without it the
    page is parsed here."""
    if not doc.is_html:
        cleaned = clean_plain(doc.text)
    else:
        cleaned = clean_tree(tree, explain) if tree is not None else clean_html(doc.text, explain)
        if not cleaned.blocks and (markup := embedded_markup(doc.text)) is not None:
            cleaned = clean_html(markup, explain)  # rendered in the browser: the article is script data
    if not cleaned.blocks:
        raise NoContentError("no article text found", doc.source)
    return cleaned


def clean_text_as_given(doc: Document) -> Cleaned:
    """``--no-clean``: the whole decoded text is the article text, offsets unchanged."""
    return Cleaned(None, (Block("paragraph", doc.text),))
