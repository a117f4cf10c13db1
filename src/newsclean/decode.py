"""Bytes -> Document: choose the character encoding, decode, and sniff HTML vs plain text.

Encoding, first match wins:

1. a byte-order mark;
2. a declared charset (the HTTP Content-Type, then ``<meta charset>`` or an XML
   declaration) -- unless the bytes are valid, non-ASCII UTF-8, which beats a wrong
   declaration (a common trap in saved pages);
3. valid UTF-8;
4. statistical detection (charset-normalizer), ties going to Korean and Western encodings.

Legacy names are read as their supersets, as browsers do: EUC-KR as CP949, GB2312/GBK as
GB18030, Shift_JIS as CP932, ISO-8859-1/ASCII as Windows-1252.

``parse`` gives the HTML tree of a decoded page: the pipeline parses each page once, and
the metadata and clean stages both read that tree.
"""

from __future__ import annotations

import codecs
import re

from selectolax.lexbor import LexborHTMLParser

from .errors import DecodeError
from .model import Document, RawPage

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BOM_STARTS = tuple(bom for bom, _ in BOMS)

SUPERSETS = {  # keyed by Python's codec names
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
}

TIE_BREAK = ("cp949", "cp1252", "gb18030", "cp932", "big5")

BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)

DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)"""  # <meta charset> and http-equiv
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",  # <?xml ... encoding="...">
    re.IGNORECASE,
)

HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|p|article|main"
    r"|section|header|nav|span|a|h[1-6]|ul|ol|table|br)[\s>/]",
    re.IGNORECASE,
)

PAGE_TAG = re.compile(r"^[ \t]*<(?:!doctype\s+html|html|body)[\s>]", re.IGNORECASE | re.MULTILINE)

SNIFF_BYTES = 4096
# Control bytes text rarely holds (C0 but tab, line breaks, form feed, and the escape and shift
# bytes of ISO-2022 encodings); more than one in CONTROL_SHARE of the first bytes, in bytes that
# are not UTF-8, is binary data with no NUL in its head (random or compressed bytes), not a page
# in a single-byte encoding (``check_control_bytes``).
CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x0e\x0f\x1b")
CONTROL_SHARE = 32

# Media types a page may be served as (octet-stream: servers that do not know; sniffed).
PAGE_MEDIA_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/octet-stream")

# Markup nested deeper than this is refused: parsing it is slow (quadratic) and no real
# page comes near it. Tags whose end tag is optional or that have no content do not nest.
MAX_DEPTH = 5000
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
FLAT_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen"  # void
    " html head body p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp"  # end tag optional
    .split()
)


def decode(raw: RawPage) -> Document:
    """Decode a page's bytes to text; DecodeError when they are empty or not text."""
    check_media_type(raw.content_type, raw.source)
    check_is_text(raw.data, raw.source)
    encoding, text, detected = _encoding_and_text(raw.data, raw.http_charset)
    if detected:  # no mark, no declaration, not UTF-8: text, or binary data?
        check_control_bytes(raw.data, raw.source)
    text = (text if text is not None else raw.data.decode(encoding, errors="replace")).lstrip("\ufeff")
    if not text or text.isspace():
        raise DecodeError("empty input (only whitespace)", raw.source)
    is_html = looks_like_html(text)
    if is_html:
        check_nesting(text, raw.source, raw.data if encoding == "utf-8" else None)
    return Document(raw.source, text, is_html, encoding, raw.url, raw.fetched)


def parse(raw: RawPage, doc: Document) -> LexborHTMLParser:
    """The HTML tree of ``doc`` (decoded from ``raw``). The parser reads UTF-8 bytes and
    would encode the text back to them, so when ``raw.data`` already is exactly that (UTF-8,
    no byte-order mark, nothing replaced) it is parsed as it came."""
    as_read = doc.encoding == "utf-8" and not raw.data.startswith(codecs.BOM_UTF8) and "\ufffd" not in doc.text
    return LexborHTMLParser(raw.data if as_read else doc.text)


def check_nesting(markup: str, source: str, utf8: bytes | None = None) -> None:
    """DecodeError if elements nest more than MAX_DEPTH deep (a page built to stall parsers).
    ``utf8``: the page's bytes, when they are the UTF-8 of ``markup``; its "<" are counted
    there (bytes.replace finds each with memchr, where str.count looks at every character:
    0.75x the time on AEB's pages)."""
    marks = len(utf8) - len(utf8.replace(b"<", b"")) if utf8 is not None else markup.count("<")
    if marks <= MAX_DEPTH:
        return
    if marks - markup.count("</") <= MAX_DEPTH:  # too few opening tags to nest that deep
        return
    depth = 0
    for m in TAG.finditer(markup):
        if m.group(3) or m.group(2).lower() in FLAT_TAGS:
            continue
        depth = max(depth - 1, 0) if m.group(1) else depth + 1
        if depth > MAX_DEPTH:
            raise DecodeError(f"markup nested over {MAX_DEPTH} elements deep, refused", source)


def check_media_type(content_type: str | None, source: str) -> None:
    """DecodeError if the server said the bytes are not a page (an image, a PDF, ...)."""
    if content_type and not content_type.lower().startswith(PAGE_MEDIA_TYPES):
        raise DecodeError(f"not a web page: the server sent {content_type}", source)


def check_is_text(data: bytes, source: str) -> None:
    if not data or data.isspace():  # not data.strip(): that copies a page ending in a line break
        raise DecodeError("empty input", source)
    for magic, kind in BINARY_MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"binary input ({kind}), not a web page or text", source)
    if data.find(b"\x00", 0, SNIFF_BYTES) >= 0 and not bom_encoding(data):  # find: no copy of the first bytes
        raise DecodeError("binary input (NUL bytes), not a web page or text", source)


def check_control_bytes(data: bytes, source: str) -> None:
    """DecodeError if the first bytes hold many control bytes: called for bytes whose
    encoding had to be detected (``_encoding_and_text``: random or compressed data almost
    never is UTF-8), so a UTF-8 page, nearly every page, pays nothing."""
    head = data[:SNIFF_BYTES]
    if (len(head) - len(head.translate(None, CONTROL_BYTES))) * CONTROL_SHARE > len(head):
        raise DecodeError("binary input (control bytes), not a web page or text", source)


def choose_encoding(data: bytes, http_charset: str | None = None) -> str:
    """The Python codec to decode ``data`` with (see the module docstring for the order)."""
    return _encoding_and_text(data, http_charset)[0]


def _encoding_and_text(data: bytes, http_charset: str | None) -> tuple[str, str | None, bool]:
    """The codec, the decoded text when choosing it meant decoding ``data`` as UTF-8
    already (a page is not decoded twice: that costs an eighth of parsing it), and whether
    the codec had to be detected (no byte-order mark, not UTF-8, no charset declared)."""
    if bom := bom_encoding(data):
        return bom, None, False
    utf8 = _utf8_text(data)
    if utf8 is not None and not data.isascii():  # valid UTF-8 beyond ASCII: no declaration is read
        return "utf-8", utf8, False
    declared = codec_name(http_charset) or codec_name(meta_charset(data))
    if declared:
        return declared, utf8 if declared == "utf-8" else None, False
    if utf8 is not None:
        return "utf-8", utf8, False
    return detect(data), None, True


def detect(data: bytes) -> str:
    """charset-normalizer's best guess; among equally good guesses (too little text to
    tell), the first in ``TIE_BREAK``: the legacy encodings of the languages served first.
    Imported here: most pages are UTF-8 or say their charset, and need no detection."""
    from charset_normalizer import from_bytes

    guesses = list(from_bytes(data))
    if not guesses:
        return "cp1252"
    top = [g for g in guesses if (g.chaos, g.coherence) == (guesses[0].chaos, guesses[0].coherence)]
    names = [codec_name(g.encoding) or "cp1252" for g in top]
    return min(names, key=lambda n: TIE_BREAK.index(n) if n in TIE_BREAK else len(TIE_BREAK))


def bom_encoding(data: bytes) -> str | None:
    if not data.startswith(BOM_STARTS):  # most pages: one test, no generator
        return None
    return next((enc for bom, enc in BOMS if data.startswith(bom)), None)


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta>`` or XML declaration)."""
    m = DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    return (m.group(1) or m.group(2)).decode("ascii", "replace") if m else None


def codec_name(label: str | None) -> str | None:
    """Python's codec for a charset label, widened to its superset; None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return SUPERSETS.get(name, name)


def _utf8_text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def looks_like_html(text: str) -> bool:
    """Sniff markup (extensions are not trusted): the text starts with an HTML tag, or
    has a line starting with a doctype, ``<html>`` or ``<body>`` near the start (after,
    say, a PHP warning)."""
    head = text[:SNIFF_BYTES].lstrip()
    return (head.startswith("<") and HTML_TAG.search(head) is not None) or PAGE_TAG.search(head) is not None
