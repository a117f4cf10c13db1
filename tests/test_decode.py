"""decode: BOM -> HTTP charset -> <meta charset> -> valid UTF-8 -> detection; binary refused."""

from __future__ import annotations

import codecs
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EVAL, SEED
from newsclean import DecodeError, RawPage, extract
from newsclean.decode import choose_encoding, codec_name, decode, looks_like_html

ENCODINGS = EVAL / "korean-dev" / "encodings"
LEGACY_FILES = sorted(p for p in ENCODINGS.glob("*/*") if p.is_file())
DECLARATION = re.compile(rb"""(<meta[^>]+charset\s*=\s*["']?\s*|<\?xml[^>]+encoding\s*=\s*["'])[\w.:-]+""", re.I)


def page(data: bytes, **kw: str) -> RawPage:
    return RawPage(source="t", data=data, **kw)


@pytest.mark.parametrize("path", LEGACY_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_legacy_korean_files_decode_like_their_folders_codec(path):
    data = path.read_bytes()
    expected = data.decode(path.parent.name.lower())
    assert decode(page(data)).text == expected.lstrip("\ufeff")
    # ... whether or not they declare a charset
    undeclared = DECLARATION.sub(lambda m: m.group(1) + b"x-unknown", data)
    assert undeclared.decode(choose_encoding(undeclared), "replace") == undeclared.decode(path.parent.name.lower())


def test_legacy_folders_are_not_empty():
    assert {p.parent.name for p in LEGACY_FILES} == {"CP949", "EUC-KR", "Johab"}


def squash(text: str) -> str:
    """Text without whitespace, "?" and the characters CP949 lacks (such as U+2027 and
    U+00A0, which the re-encoding turns into "?")."""
    return "".join(c for c in text if not c.isspace() and c != "?" and c.encode("cp949", "replace") != b"?")


def test_seed_reencoded_as_cp949_without_charset_gives_same_title_and_text():
    text = SEED.read_text(encoding="utf-8")
    data = text.encode("cp949", errors="replace")
    assert decode(page(data)).encoding == "cp949"
    assert decode(page(data)).text == data.decode("cp949")
    utf8, cp949 = extract(text), extract(data)
    assert squash(cp949.metadata.title or "") == squash(utf8.metadata.title or "") != ""
    assert squash(cp949.text) == squash(utf8.text) != ""
    assert "디지털 뉴딜" in cp949.text


def test_utf8_page_that_declares_euc_kr_decodes_as_utf8():
    html = "<html><head><meta charset='euc-kr'><title>한국판 뉴딜</title></head><body><p>디지털 뉴딜 본격 시동</p></body></html>"
    doc = decode(page(html.encode("utf-8")))
    assert doc.encoding == "utf-8"
    assert "디지털 뉴딜 본격 시동" in doc.text


def test_encoding_names_are_pythons_whichever_step_chose_them():
    ascii_page = b"<html><head><meta charset='UTF-8'></head><body><p>plain</p></body></html>"
    assert decode(page(ascii_page)).encoding == decode(page(b"<p>plain</p>")).encoding == "utf-8"


def test_http_equiv_declaration_is_honoured_for_legacy_bytes():
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body><p>뉴스</p></body></html>'
    data = html.encode("cp949")
    assert choose_encoding(data) == "cp949"
    assert "<p>뉴스</p>" in decode(page(data)).text


def test_http_charset_comes_before_meta():
    data = "<html><head><meta charset='iso-8859-1'></head><body><p>新聞</p></body></html>".encode("gb18030")
    assert decode(page(data, http_charset="GBK")).encoding == "gb18030"
    assert "新聞" in decode(page(data, http_charset="GBK")).text


@pytest.mark.parametrize(
    "bom, codec",
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_bom_wins_over_everything(bom, codec):
    text = "<html><head><meta charset='euc-kr'></head><body><p>기사 본문</p></body></html>"
    doc = decode(page(bom + text.encode(codec), http_charset="latin-1"))
    assert doc.encoding == codec
    assert doc.text == text


@pytest.mark.parametrize(
    "text, codec",
    [
        ("日本のニュース記事です。東京都は新しい計画を発表しました。今日の天気は晴れです。" * 8, "shift_jis"),
        ("中国新闻：北京市政府今天宣布了新的城市发展计划，将在明年开始实施。" * 8, "gb18030"),
    ],
)
def test_undeclared_cjk_legacy_text_is_detected(text, codec):
    assert decode(page(text.encode(codec))).text == text


def test_too_little_legacy_text_to_tell_goes_to_korean():
    text = "<html><body><p>The port reopened on 월요일 after a week of repairs, officials said.</p></body></html>"
    assert decode(page(text.encode("cp949"))).text == text


@pytest.mark.parametrize("label, codec", [("EUC-KR", "cp949"), ("ks_c_5601-1987", "cp949"), ("gb2312", "gb18030"),
                                          ("Shift_JIS", "cp932"), ("ISO-8859-1", "cp1252"), ("utf8", "utf-8"), ("nonsense", None)])
def test_labels_map_to_python_codecs_and_supersets(label, codec):
    assert codec_name(label) == codec


@pytest.mark.parametrize(
    "data, why",
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "zip"),
        (b"some text\x00\x00\x01\x02 more", "NUL"),
        (bytes(range(1, 256)) * 3, "control bytes"),  # binary with no NUL: read as cp1252 before
    ],
)
def test_empty_and_binary_input_raise_decode_error(data, why):
    with pytest.raises(DecodeError) as e:
        decode(page(data))
    assert why in e.value.reason
    assert e.value.source == "t"


@pytest.mark.parametrize(
    "text, is_html",
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("\n  <html lang='ko'><head><title>t</title></head></html>", True),
        ("<div class='article'><p>A fragment of a page.</p></div>", True),
        ("Warning: session_start() failed in index.php\n<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("Plain text article.\nSecond line with <b>not</b> a page.", False),
        ("How to write <html> in a blog post: start with a doctype.", False),
        ("<Reuters> reports: markets fell today.", False),
    ],
)
def test_html_is_sniffed_from_content(text, is_html):
    assert looks_like_html(text) is is_html


@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1).filter(lambda t: t.lstrip("\ufeff").strip()))
def test_any_utf8_text_decodes_back(text):  # not blank once its byte-order marks go: that is refused as empty
    data = text.encode("utf-8")
    if b"\x00" in data or data.startswith((b"\x1f\x8b", b"PK\x03\x04", b"%PDF-", b"GIF8", b"\x89PNG")):
        return  # refused as binary, tested above
    assert decode(page(data)).text == text.lstrip("\ufeff")


@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.text(alphabet=st.characters(codec="cp949", exclude_characters="\x00"), min_size=1))
def test_any_korean_legacy_text_decodes_back_when_declared(body):
    html = f"<html><head><meta charset='euc-kr'></head><body><p>{body}</p></body></html>"
    assert decode(page(html.encode("cp949"))).text == html


@pytest.mark.parametrize("extra", ["", "</p>" * 6000])  # closing tags elsewhere do not hide the depth
@pytest.mark.parametrize("codec", ["utf-8", "cp949"])  # tags counted in the bytes (UTF-8) or in the decoded text
def test_markup_nested_past_the_limit_is_refused_and_at_it_read(extra, codec):
    def nested(depth: int) -> bytes:
        charset = "<meta charset='euc-kr'>" if codec == "cp949" else ""
        return (f"<html><head>{charset}</head><body>" + "<div>" * depth + "<p>깊은 곳</p>" + "</div>" * depth + extra).encode(codec)

    assert decode(page(nested(5000))).encoding == codec
    with pytest.raises(DecodeError, match="nested over 5000 elements deep"):
        decode(page(nested(5001)))
