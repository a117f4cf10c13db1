"""html.TAG_NAMES, the walk's names by lexbor tag id, agrees with selectolax's ``tag``."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsclean.clean.html import NAMED_TAGS, TAG_NAMES

PAGE = """<html><body><div class="a"><p>One <a href="#">two</a><br>three<!-- note --></p>
<table><tr><td>x</td></tr></table><ul><li>i</li></ul><my-widget>w</my-widget>
<svg><a><text>t</text></a></svg><math><mi>m</mi></math><span>s</span><time>t</time>
<figure><figcaption>c</figcaption></figure><template><p>in</p></template></div></body></html>"""


def test_tag_names_match_selectolax() -> None:
    assert set(TAG_NAMES.values()) == NAMED_TAGS
    body = LexborHTMLParser(PAGE).body
    assert body is not None
    seen = set()
    for node in [body, *body.traverse(include_text=True)]:
        name = TAG_NAMES.get(node.tag_id)
        assert name == (node.tag if node.tag in NAMED_TAGS else None), node.tag
        seen.add(node.tag)
    assert {"my-widget", "span", "-comment", "-text", "a", "br"} <= seen
