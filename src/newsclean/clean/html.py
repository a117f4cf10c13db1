"""HTML -> Cleaned: find the article's main block, then keep its text blocks.

1. Parse with selectolax (lexbor); drop code (scripts, styles).
2. Find the headline (the heading that matches og:title / <title>) and a standfirst next to it.
3. Score the parents of paragraphs (readability's idea: a paragraph's weight goes to its
   parent and half to its grandparent; class/id words, link density and nearness to the
   headline adjust it); widen the best one to the ancestor whose extra text is still mostly
   paragraphs, or else add its well-scoring siblings (articles split into chunks) and the
   <p>s before it (a lead set apart), and later chunks of its class. A page whose JSON-LD
   says LiveBlogPosting adds its entries.
4. Walk only that block once: headings, paragraphs, list items, quotes and tables become
   Blocks; captions go apart; chrome (by tag, an <article> inside it that is not the bulk
   of its text (another story's card), class/id word, hidden style, link density unless a
   sentence is linked whole, a block with no word, widget label, dateline, a short block
   with a <time> that is no sentence, a related/comments heading or short line and the
   rest of its section) is dropped with a reason, as is everything around the block. Then
   notices (cookie, newsletter, social media, wire credits) go, judged by the same rule as
   in plain text (``vocab.notice``), and so do headings left at the end with nothing under
   them (a widget's title).
5. If the page's JSON-LD articleBody is long and the blocks miss most of it, it is the article.

A node's whole text is read with ``text_lexbor()``: the same string as ``text()`` (its text
nodes joined), made by lexbor in one buffer at about two thirds of the cost.
"""

from __future__ import annotations

import html
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, filterfalse

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..model import Block, Cleaned, Removed
from .vocab import (
    MAX_NOTICE, SENTENCE_END, Vocab, class_kinds, compact, copyright_prose, is_dateline, is_reading_time, is_sentence, notice,
    PROFILE_FIELDS, person_boxes, profile_field, vocab, widget,
)

CODE = ("style", "noscript", "template")  # removed up front (scripts apart, first: JSON-LD is read from them)
SKIPPED = frozenset({"svg", "iframe", "button", "select", "textarea", "label", "head", "-comment"})  # skipped in the walk
CHROME_TAGS = frozenset({"nav", "aside", "footer", "menu", "dialog"})  # skipped, with their text explained
KINDS = {
    "p": "paragraph", "pre": "paragraph", "dd": "paragraph", "dt": "paragraph",
    "li": "item", "blockquote": "quote",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
}  # fmt: skip
HEADING_LEVELS = {f"h{n}": n for n in range(1, 7)}
BLOCK_TAGS = frozenset(KINDS) | {
    "div", "section", "article", "main", "header", "ul", "ol", "dl", "figure", "table",
    "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "address", "center", "details",
    "summary", "form", "fieldset", "hr", "hgroup",
}  # fmt: skip
TAG_REASONS: dict[str | None, str] = {"figcaption": "caption", **{tag: f"<{tag}>" for tag in CHROME_TAGS}}  # why an element is set apart by its tag
BY_TAG = frozenset(SKIPPED | TAG_REASONS.keys() | {"br", "input"})  # the tags the walk treats by tag alone
OPTIONS = frozenset({"radio", "checkbox"})  # an <input> of these types: a block holding one is a form's option, not text
POLL_QUESTION = 200  # characters of a poll's question over its radio buttons
RADIO = 'input[type="radio"]'
WIDEN_DENSITY = 0.7  # an ancestor joins the main block if this share of its extra text is paragraphs
MAX_HIDDEN_TEXT = 5000  # a hidden element holding more text is kept
HIDING = frozenset({"style", "hidden", "aria-hidden"})  # the attributes that may hide an element (most have none)
MAX_CELL_TEXT = 150  # average characters per cell of a data table
HOLDERS = "h1, p, pre, td, blockquote"  # the headline's candidates and the elements whose whole text is a paragraph, found by one CSS query
OWN_TEXT = "div, section, article, span, font"  # their own text may be a paragraph
ENOUGH_PARAGRAPHS = 3000  # characters in <p>s and the like: enough, no need to read own text of divs
CLASS_WEIGHT = 25.0  # score bonus (body words) or malus (chrome words) of a container
MIN_TITLE_MATCH = 0.3  # Dice overlap of words between a heading and og:title/<title>
GOOD_TITLE_MATCH = 0.6  # an h1 matching this well is the headline
SUBTITLE_REACH = 3  # elements after the headline (and after its parent) where a subtitle may be
WORD = re.compile(r"\w+")
DIGIT = re.compile(r"\d")  # what a date line, a reading time and a widget's count, price or counter all hold
CAMEL_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # the words of a camel-case name ("pollWidget", "VoteBox")
BEM_BLOCK = re.compile(r"^\S*__(?=[a-z][a-z-]*$)")  # "article-end__" of "article-end__author-bio" (not of a hash: "x__lyzt4")
TAG = re.compile(r"<[^>]+>")
MIN_STRUCTURED = 500  # characters of a JSON-LD articleBody worth comparing with the page
MIN_COVERAGE = 0.7  # below this share of its words found in the page's blocks, use the JSON-LD body
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
MIN_SIBLING_SCORE, SIBLING_SHARE = 10.0, 0.35  # a sibling scoring this (or this share of the best) joins
MASSIVE = 0.5  # share of the best container's paragraph text that makes an element article
HEADLINE_REACH = 3  # levels up from the headline's parent (and from a container) that may meet
HEADLINE_BONUS = 1.5  # score factor of a container that meets the headline so
MASS_DEPTH = 4  # levels above a paragraph that count its text
SHORT_LINE = 100  # only blocks this short can be datelines or chrome phrases...
MAX_LABEL = 60  # ...and only this short, a run of widget labels
MAX_SECTION_LABEL = 40  # a <p> or <div> this short, not a sentence, opens a related section as a heading does
MAX_CAPTION = 300  # characters of a paragraph that is a caption by the credit at its end
COPYRIGHT_CREDIT = re.compile(r"\s©\s?[^©.!?]{1,40}$")  # a credit at a paragraph's end ("… © Jane Roe", "photos © Studio X, 2018")
MAX_TIMED = 60  # a block holding a <time> and this short is a date line (a time and a name), not a sentence
MIN_PARAGRAPH = 25  # characters for a paragraph to count when scoring
MIN_LONE_PARAGRAPH, MAX_LONE_LINKS = 80, 0.25  # a <p> beside the best container this long and this little linked joins
MIN_CONTINUATION = 200  # paragraph characters in a later container of the body's own class
MAX_CONTINUATION_LINKS = 0.3  # link density above which it is a list of links, not the body
MAX_LINK_DENSITY = 0.5  # blocks with more of their text in links are navigation, unless...
MIN_LINKED_SENTENCE, MAX_SENTENCE_LINKS = 60, 3  # ...a paragraph this long ending a sentence, in this many links at most
LIVE_BLOG = '"LiveBlogPosting"'  # the schema.org type in a page's JSON-LD
MIN_ENTRIES = 3  # sibling elements of one class holding paragraphs: a live blog's entries...
ENTRY_MARKS = "h2, h3, h4, time"  # ...most of them with a headline or a time
MAX_DEPTH = 150  # nesting the walk follows; deeper markup is read as one piece of text


def _tag_names() -> dict[int, str]:
    """The names of the tags the walk tells apart, by lexbor's tag id (a fixed number for
    every standard tag; other tags get an id of their document, missing here). An id
    costs the walk a fraction of the ``tag`` string, which is decoded anew at each read."""
    tree = LexborHTMLParser("<p>x<!---->")
    names = {node.tag_id: node.tag or "" for node in tree.css("p")[0].iter(True)}  # "-text", "-comment"
    for tag in BY_TAG | BLOCK_TAGS | {"article", "time", "a"}:
        if tag and not tag.startswith("-"):
            names[tree.create_node(tag).tag_id] = tag
    return names


TAG_NAMES = _tag_names()  # any other tag: "" (an inline element to the walk)
MAX_END_HEADINGS = 2  # headings at the end of the blocks that are widgets' titles: more are the article's


def clean_html(markup: str, explain: bool = True) -> Cleaned:
    """The article in an HTML page. ``explain=False`` leaves ``removed`` empty: reading and
    squashing the text of everything dropped (most of a page) is then skipped."""
    return clean_tree(LexborHTMLParser(markup), explain)


def clean_tree(tree: LexborHTMLParser, explain: bool = True) -> Cleaned:
    """``clean_html`` on a page already parsed. It removes the code (scripts, styles) from
    ``tree``: read anything else you need from the tree first."""
    v = vocab()
    scripts = tree.tags("script")
    structured, live = _ld_article_body(scripts)
    for node in scripts:
        node.decompose(recursive=False)
    for tag in CODE:  # a lookup by tag name walks the tree at about half the cost of a CSS query's walk
        for node in tree.tags(tag):
            node.decompose(recursive=False)
    removed: list[Removed] = []
    body = tree.body
    if body is None:
        return Cleaned(None, ())
    h1s: list[LexborNode] = []
    holders: list[LexborNode] = []
    for node in body.css(HOLDERS):  # one walk for both, in page order
        (h1s if node.tag == "h1" else holders).append(node)
    title, h1 = _headline(tree.head, h1s, body)
    subtitle = _subtitle(h1)
    paragraphs = _paragraphs(holders, body)
    mains, top, mass = _main_node(body, paragraphs, h1)
    if live and (entries := _entries(paragraphs)) is not None:
        mains = _with_entries(mains, entries, body)
    out = _Out(v, title, subtitle, mains, _ancestors(top, mains[0]), mass, MASSIVE * mass.get(top.mem_id, 0), explain, removed)
    for main in mains:
        out.walk(main, "paragraph", 0, False)
        out.flush()
    if explain:
        removed.extend(_outside(mains, body))
    explained = removed if explain else None
    blocks = _without_end_headings(_without_notices(_without_person_boxes(out.blocks, out.fields, explained), v, explained), explained)
    if structured and not _covered(structured, blocks):
        if explain:
            removed.extend(Removed(b.text, "the page's JSON-LD articleBody holds the article") for b in blocks)
        blocks = [Block("paragraph", t) for line in structured.splitlines() if (t := _squash(line))]
    return Cleaned(title, tuple(blocks), tuple(out.captions), tuple(removed), subtitle)


def _without_notices(blocks: list[Block], v: Vocab, removed: list[Removed] | None) -> list[Block]:
    """The blocks less notices (cookie, newsletter, social media, wire credits; ``notice``).
    The words a notice needs are looked for in one pass of an automaton over the text of all
    blocks short enough, as it is (lower-casing it costs more than the search); only the
    blocks holding one are judged."""
    short = [i for i, b in enumerate(blocks) if len(b.text) <= MAX_NOTICE]
    found = v.notice_cues.find_matches_as_indexes("\n".join([blocks[i].text for i in short]))
    if not found:
        return blocks
    ends = list(accumulate(len(blocks[i].text) + 1 for i in short))  # where each short block's text ends, its newline after it
    judged = {short[bisect_right(ends, at)] for _, at, _ in found}
    kept = []
    for i, block in enumerate(blocks):
        if i in judged and (kind := notice(block.text.lower(), v)):
            if removed is not None:
                removed.append(Removed(block.text, kind))
        else:
            kept.append(block)
    return kept


def _without_person_boxes(blocks: list[Block], fields: list[int], removed: list[Removed] | None) -> list[Block]:
    """The blocks less boxes about a person (``vocab.person_boxes``: "Jane Doe", "Age: 54",
    "Party: Labour"), given the indices of the blocks that are a person box's fields."""
    if len(fields) < PROFILE_FIELDS:
        return blocks
    at = frozenset(person_boxes([b.text for b in blocks], fields))
    if not at:
        return blocks
    if removed is not None:
        removed.extend(Removed(blocks[i].text, "person box") for i in sorted(at))
    return [b for i, b in enumerate(blocks) if i not in at]


def _without_end_headings(blocks: list[Block], removed: list[Removed] | None) -> list[Block]:
    """The blocks less the headings at their end, with nothing under them: the title of a
    widget whose items went ("Join the discussion"), or two. More in a row are the article's
    own (a list told in headings, its last paragraph a notice that went)."""
    end = len(blocks)
    while end and blocks[end - 1].kind == "heading":
        end -= 1
    if len(blocks) - end > MAX_END_HEADINGS:
        return blocks
    if removed is not None:  # last first, as they are taken off
        removed.extend(Removed(b.text, "heading with no text after it") for b in reversed(blocks[end:]))
    return blocks[:end]


def _ld_article_body(scripts: list[LexborNode]) -> tuple[str | None, bool]:
    """The longest JSON-LD ``articleBody`` in the page's scripts, as plain text, if long
    enough; and whether the JSON-LD says the page is a live blog."""
    best, live = "", False
    for script in scripts:
        if script.first_child is None or (script.attributes.get("type") or "").lower() != "application/ld+json":
            continue  # an empty script (most load a file by its src) is skipped before its attributes are read
        data = script.text_lexbor()
        live = live or LIVE_BLOG in data
        if '"articleBody"' not in data:
            continue
        try:
            stack = [json.loads(data)]
        except (ValueError, RecursionError):  # broken or absurdly nested data: not a signal
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                body = item.get("articleBody")
                if isinstance(body, str) and len(body) > len(best):
                    best = body
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    text = html.unescape(TAG.sub(" ", best)) if "<" in best else html.unescape(best)
    return (text if len(text) >= MIN_STRUCTURED else None), live


def _covered(structured: str, blocks: list[Block]) -> bool:
    """Whether the extracted blocks hold MIN_COVERAGE of the structured body's words. Most
    often the blocks are the body: then the whitespace-separated tokens both hold settle it
    before either text is split into words. Each such token's words are found in both, and
    are at least its plain ones (``isalnum``); the body's words are at most those and the
    words of its other tokens."""
    wanted = set(structured.lower().split())
    found = set(" ".join(b.text for b in blocks).lower().split())
    common = wanted & found
    held = sum(map(str.isalnum, common))
    if held and held / (held + len(_words_of(wanted - common))) >= MIN_COVERAGE:
        return True
    words = _words_of(wanted)
    return not words or len(words & _words_of(found)) / len(words) >= MIN_COVERAGE


def _words_of(tokens: set[str]) -> set[str]:
    """The ``WORD`` tokens of a set of lower-cased whitespace-separated tokens. Most distinct
    tokens are one word already (``isalnum`` is exactly ``WORD`` without "_"), so only the
    others go through the regex, which costs several times a split."""
    odd = set(filterfalse(str.isalnum, tokens))
    words = tokens - odd
    words.update(WORD.findall(" ".join(odd)))
    return words


def _outside(mains: list[LexborNode], body: LexborNode) -> list[Removed]:
    """What is left of the page around the main blocks, one entry per subtree, in page order."""
    removed = []
    kept = {m.mem_id for m in mains}
    holding = frozenset().union(*(_ancestors(m, body) for m in mains))  # the mains and what holds them
    stack = [body.iter()]  # the children still to see at each level, depth first
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.mem_id in holding:
            if child.mem_id not in kept:
                stack.append(child.iter())
        elif text := _squash(child.text(separator=" ", skip_empty=True)):
            removed.append(Removed(text, "outside the article"))
    return removed


# --- title and subtitle ------------------------------------------------------------------


def _headline(
    head: LexborNode | None, h1s: list[LexborNode], body: LexborNode
) -> tuple[str | None, LexborNode | None]:
    """The heading that best matches the page's og:title (else <title>), text and node;
    else og:title, else <title>. Lower headings are read only when no h1 matches well."""
    og = head.css_first('meta[property="og:title"]') if head else None
    named = _squash((og.attributes.get("content") if og else None) or "")
    if not named and head and (tag := head.css_first("title")):
        named = _squash(tag.text_lexbor())
    wanted = set(WORD.findall(named.lower()))
    best, best_node, best_match = None, None, MIN_TITLE_MATCH
    for headings in (h1s, None):
        for heading in body.css("h2, h3, h4") if headings is None else headings:
            text = _squash(heading.text_lexbor())
            words = set(WORD.findall(text.lower()))
            match = 2 * len(wanted & words) / (len(wanted) + len(words) or 1)
            if match > best_match:
                best, best_node, best_match = text, heading, match
        if best_match >= GOOD_TITLE_MATCH:
            break
    return (best, best_node) if best else (named or None, None)


def _subtitle(h1: LexborNode | None) -> str | None:
    """A standfirst just after the headline: an h2, or an element whose class/id says so."""
    for start in (h1, h1.parent if h1 else None):
        node, steps = start.next if start else None, 0
        while node is not None and steps < SUBTITLE_REACH:
            if node.tag != "-text":
                steps += 1
                attrs = node.attributes
                if node.tag in ("h2", "h3") or (attrs and _names_subtitle(attrs.get("class"), attrs.get("id"))):
                    text = _squash(node.text_lexbor())
                    if 20 <= len(text) <= 400:
                        return text
            node = node.next
    return None


@lru_cache(maxsize=1024)
def _names_subtitle(cls: str | None, id_: str | None) -> bool:
    return bool(vocab().subtitle_class.search(f"{cls or ''} {id_ or ''}".lower()))


# --- the main block -------------------------------------------------------------------


def _main_node(
    body: LexborNode, paragraphs: list[tuple[LexborNode, str]], h1: LexborNode | None
) -> tuple[list[LexborNode], LexborNode, dict[int, int]]:
    """(main blocks, best-scoring container, paragraph text under the elements a few levels
    above paragraphs). A container that shares a close ancestor with the headline scores
    more. The main block is the container widened by ``_widen``; when it cannot widen, the
    container and the siblings that join it (``_siblings``: articles split into sections)."""
    scores: dict[int, float] = {}  # readability: parents and grandparents of paragraphs
    mass: dict[int, int] = {}  # paragraph text under each ancestor, a few levels up
    nodes: dict[int, LexborNode] = {}
    up: dict[int, LexborNode | None] = {}  # the parent of each node in ``nodes``
    total = 0
    for parent, length, points in _by_parent(paragraphs):
        total += length
        node: LexborNode | None = parent
        depth = 0
        while node is not None and depth < MASS_DEPTH:  # ``_chain``, inline: it runs once per parent
            key = node.mem_id
            if key not in nodes:
                if node.tag == "html":
                    break
                nodes[key], up[key] = node, node.parent
            mass[key] = mass.get(key, 0) + length
            if depth < 2:
                if key in scores:
                    scores[key] += points / (depth + 1)
                else:  # its class/id weight first: ``_role``'s, read inline (it runs once per scored node)
                    attrs = node.attributes
                    scores[key] = (_role(attrs.get("class"), attrs.get("id"))[1] if attrs else 0.0) + points / (depth + 1)
            node = up[key]
            depth += 1
    if not scores:
        return [body], body, mass
    near_headline = set(_chain(h1.parent, nodes, up)[:HEADLINE_REACH]) if h1 is not None and h1.parent else set()
    best, best_score = -1, float("-inf")
    for key in sorted(scores, key=scores.__getitem__, reverse=True)[:5]:
        if scores[key] * HEADLINE_BONUS <= best_score:  # nothing below can win any more
            break
        bonus = HEADLINE_BONUS if near_headline.intersection(_chain(nodes[key], nodes, up)[:HEADLINE_REACH]) else 1.0
        if 0 <= scores[key] * bonus <= best_score:  # cannot win whatever its links: they need not be read
            continue
        score = scores[key] * (1 - _link_density(nodes[key])) * bonus
        if score > best_score:
            best, best_score = key, score
    top = nodes[best]
    main = _widen(top, mass, total)
    if main.mem_id != top.mem_id or top.parent is None:
        return [main, *_continuations(main, body, nodes, mass)], top, mass
    siblings = _siblings(top, top.parent, scores, max(MIN_SIBLING_SCORE, SIBLING_SHARE * best_score))
    taken = {s.mem_id for s in siblings}
    return siblings + [n for n in _continuations(top, body, nodes, mass) if n.mem_id not in taken], top, mass


def _siblings(top: LexborNode, parent: LexborNode, scores: dict[int, float], threshold: float) -> list[LexborNode]:
    """``top`` and the children of its ``parent`` that join it, in page order (readability's
    sibling rule): those scoring ``threshold`` or more, and lone paragraphs before it (a
    lead set apart; after it, such a <p> is often a notice)."""
    siblings, before, top_id = [], True, top.mem_id
    for s in parent.iter():
        key = s.mem_id
        before = before and key != top_id
        if key == top_id or scores.get(key, 0) >= threshold or (before and s.tag == "p" and _lone_paragraph(s)):
            siblings.append(s)
    return siblings


def _lone_paragraph(p: LexborNode) -> bool:
    """A <p> beside the best container that is a paragraph of the article (a lead set apart
    from the rest of the body, readability's rule): long enough and hardly linked."""
    return len(p.text(strip=True)) >= MIN_LONE_PARAGRAPH and _link_density(p) < MAX_LONE_LINKS


def _continuations(main: LexborNode, body: LexborNode, nodes: dict[int, LexborNode], mass: dict[int, int]) -> list[LexborNode]:
    """Other parts of a body that ads or widgets split into several containers of the same
    tag and class as ``main`` (``<div class="article-body">`` three times): those that hold
    paragraphs and few links, outside ``main``, in page order, and under the same headline
    (a page that scrolls on to the next article repeats the class after that one's <h1>).
    Between two such parts, those with little text join too (a short paragraph, a sub-head
    in a chunk of its own), unless they are mostly links."""
    cls = main.attributes.get("class")
    if not cls:
        return []
    main_id, tag = main.mem_id, main.tag
    alike = [
        (key, node) for key, node in nodes.items()
        if mass.get(key, 0) >= MIN_CONTINUATION and key != main_id and node.tag == tag and node.attributes.get("class") == cls
    ]
    if not alike:  # most pages: then the ancestors of ``main`` need not be read
        return []
    inside = _ancestors(main, body)
    found = {
        key: node for key, node in alike
        if key not in inside and main.mem_id not in _ancestors(node, body) and _link_density(node) < MAX_CONTINUATION_LINKS
    }
    if not found:
        return []
    parts: list[tuple[LexborNode, bool]] = []  # (node, holds enough paragraph text)
    own = {h.mem_id for h in main.css("h1")}
    for node in body.traverse():  # page order; an <h1> ends the stretch of the main block's story
        key = node.mem_id
        if node.tag == "h1" and key not in inside and key not in own:
            if any(p.mem_id == main.mem_id for p, _ in parts):
                break
            parts = []
        elif key == main.mem_id or key in found:
            parts.append((node, True))
        elif node.tag == main.tag and key not in inside and node.attributes.get("class") == cls:
            parts.append((node, False))
    held = [i for i, (_, enough) in enumerate(parts) if enough]
    return [  # between two parts, the short ones too: a one-line paragraph, a sub-head
        node for node, enough in parts[held[0] : held[-1] + 1]
        if node.mem_id != main.mem_id and (enough or _link_density(node) < MAX_CONTINUATION_LINKS)
    ]


def _entries(paragraphs: list[tuple[LexborNode, str]]) -> LexborNode | None:
    """The element holding a live blog's entries: the parent of the largest group (by
    paragraph text) of MIN_ENTRIES or more sibling elements of one tag and first class, not
    chrome by class/id, that hold paragraphs a few levels down; None unless most of them
    hold a headline or a time and their text is not mostly links (teasers, comments)."""
    groups: dict[tuple[int, str | None, str], list] = {}  # (parent, tag, class) -> [parent, members, text]
    for p, text in paragraphs:
        node = p.parent
        for _ in range(MASS_DEPTH):
            if node is None or (parent := node.parent) is None:
                break
            attrs = node.attributes
            classes = (attrs.get("class") or "").split()
            if classes and _role(attrs.get("class"), attrs.get("id"))[0] is None:  # not comments, not related
                group = groups.setdefault((parent.mem_id, node.tag, classes[0]), [parent, {}, 0])
                group[1][node.mem_id] = node
                group[2] += len(text)
            node = parent
    found = [g for g in groups.values() if len(g[1]) >= MIN_ENTRIES]
    if not found:
        return None
    parent, members, _ = max(found, key=lambda g: g[2])
    marked = sum(m.css_first(ENTRY_MARKS) is not None for m in members.values())
    if 2 * marked < len(members) or _link_density(*members.values()) >= MAX_CONTINUATION_LINKS:
        return None
    return parent


def _with_entries(mains: list[LexborNode], entries: LexborNode, body: LexborNode) -> list[LexborNode]:
    """The main blocks with a live blog's entries: as they are if one holds the entries,
    else the entries in place of the mains inside them or beside the mains in page order."""
    if any(m.mem_id in _ancestors(entries, body) for m in mains):
        return mains
    outside = [m for m in mains if entries.mem_id not in _ancestors(m, body)]
    order = {n.mem_id: i for i, n in enumerate(body.traverse())}
    return sorted([*outside, entries], key=lambda n: order[n.mem_id])


def _by_parent(paragraphs: list[tuple[LexborNode, str]]) -> list[tuple[LexborNode, int, float]]:
    """(parent, text length, readability points) summed over the paragraphs of each parent:
    the ancestors above are then visited once per parent, not once per paragraph."""
    parents: dict[int, list] = {}
    for p, text in paragraphs:
        length = len(text)
        parent = p.parent
        if parent is None:
            continue
        points = 1 + text.count(",") + (length / 100 if length < 300 else 3)  # min(length / 100, 3) without a call
        sums = parents.get(key := parent.mem_id)
        if sums is None:
            parents[key] = [parent, length, points]
        else:
            sums[1] += length
            sums[2] += points
    return [tuple(sums) for sums in parents.values()]


def _chain(node: LexborNode | None, nodes: dict[int, LexborNode], up: dict[int, LexborNode | None]) -> list[int]:
    """Ids of ``node`` and its ancestors below <html>, MASS_DEPTH levels at most. Each node
    met is kept in ``nodes`` and its parent in ``up``: ancestors that several chains share
    (the paragraphs' parents are often siblings) are read from the tree once."""
    chain: list[int] = []
    while node is not None and len(chain) < MASS_DEPTH:
        key = node.mem_id
        if key not in nodes:
            if node.tag == "html":
                break
            nodes[key], up[key] = node, node.parent
        chain.append(key)
        node = up[key]
    return chain


def _widen(top: LexborNode, mass: dict[int, int], total: int) -> LexborNode:
    """The highest ancestor of ``top`` whose extra text is mostly paragraphs (among those
    with paragraphs near enough to be counted). Each step up reads only the text that the
    new ancestor adds (its other children), never the text already counted, and stops
    reading as soon as there is too much of it."""
    best, base_mass = top, mass[top.mem_id]
    reach = (total - base_mass) / WIDEN_DENSITY  # more extra text than this can never qualify
    extra_text, child, node = 0, top, top.parent
    while node is not None and node.mem_id in mass and node.tag != "body":
        for other in node.iter(include_text=True, skip_empty=True):  # whitespace-only texts add nothing
            if other.mem_id != child.mem_id:
                extra_text += len(other.text(True, "", True, True))  # deep, separator, strip, skip_empty: see _paragraphs
                if extra_text > reach:
                    return best
        if mass.get(node.mem_id, 0) - base_mass >= WIDEN_DENSITY * extra_text:
            best = node
        child, node = node, node.parent
    return best


def _paragraphs(holders: list[LexborNode], body: LexborNode) -> list[tuple[LexborNode, str]]:
    """Elements holding a paragraph's worth of text: <p> and the like (``holders``, in page
    order, found by the one CSS query that finds the <h1>s: a lookup per tag walks the whole
    tree each time, at less CPU time per walk but more in all); and, on pages where those
    hold little text, elements with enough text of their own (text in <div>s)."""
    found = [(node, text) for node in holders if len(text := node.text_lexbor().strip()) >= MIN_PARAGRAPH]
    if sum(len(text) for _, text in found) >= ENOUGH_PARAGRAPHS:
        return found
    # text(False) is text(deep=False): passed by position, its arguments are not parsed as keywords,
    # which costs about a third of a call to text() (and it runs here on every <div> and <span> of the page)
    return found + [(node, text) for node in body.css(OWN_TEXT) if len(text := node.text(False).strip()) >= MIN_PARAGRAPH]


def _nested_articles(mains: list[LexborNode], keep: frozenset[int], mass: dict[int, int], massive: float) -> frozenset[int]:
    """Ids of the <article>s inside the main blocks that are not the article: cards of other
    stories, embedded posts. Empty when together they hold the bulk of the paragraph text
    (a live blog's entries)."""
    found = [a for m in mains for a in m.css("article") if a.mem_id != m.mem_id and a.mem_id not in keep]
    if sum(mass.get(a.mem_id, 0) for a in found) >= massive:
        return frozenset()
    return frozenset(a.mem_id for a in found)


def _ancestors(node: LexborNode, stop: LexborNode) -> frozenset[int]:
    """Ids of ``node`` and its ancestors up to ``stop``: chrome never contains the article."""
    ids = {node.mem_id}
    while node.mem_id != stop.mem_id and (parent := node.parent) is not None:
        node = parent
        ids.add(node.mem_id)
    return frozenset(ids)


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    style = attrs.get("style")
    if style is not None and "none" in style and "display:none" in style.replace(" ", ""):
        return True
    return "hidden" in attrs or attrs.get("aria-hidden") == "true"


@lru_cache(maxsize=4096)
def _role(cls: str | None, id_: str | None) -> tuple[str | None, float]:
    """For a class/id pair: why it is chrome ("caption" for captions) or None, and the
    score weight it gives a container (+ for article-body words, - for chrome words)."""
    if not cls and not id_:
        return None, 0.0
    v = vocab()
    written = f"{cls or ''} {id_ or ''}"
    names = written.lower()
    label = names.replace("_", "-")  # snake_case names as kebab-case
    if names != written:  # a camel-case name's words as tokens too ("VoteBox": "votebox vote box")
        label = f"{label} {' '.join(CAMEL_WORD.findall(written)).lower()}"
    kinds = class_kinds(label, v)  # the regexes only where they find something: most labels hold no word
    if not kinds:
        return None, 0.0
    chrome = v.junk_class.search(label) if "junk" in kinds else None  # which word, for the reason
    if chrome and v.post_class.search(label):
        chrome = None  # a post the page embeds ("social-embed"): quoted in the article, as a bare embed's blockquote is
    body = "body" in kinds
    weight = CLASS_WEIGHT * (body - (chrome is not None))
    if "caption" in kinds:
        return "caption", weight
    if chrome and body and "__" in names:  # a body word in a BEM block's name is not the node's ("article-end__author-bio")
        body = v.body_class.search(" ".join(BEM_BLOCK.sub("", n) for n in names.split())) is not None
    if chrome and not body:
        return f"page chrome ({chrome.group().strip(' -_')})", weight
    return None, weight


def _link_density(*nodes: LexborNode) -> float:
    """Share of the text of ``nodes`` in links (1.0 when they hold no text)."""
    total = links = 0
    for node in nodes:
        total += len(node.text_lexbor())
        links += sum(len(a.text_lexbor()) for a in node.css("a"))
    return links / total if total else 1.0


def _squash(text: str) -> str:
    """Whitespace runs as one space, none at the ends. Most texts are so once their ends are
    stripped; splitting them into words costs several times the check (" " is the only
    printable whitespace)."""
    text = text.strip()
    if text.isprintable() and "  " not in text:
        return text
    return " ".join(text.split())


# --- the walk -----------------------------------------------------------------------------


@dataclass
class _Out:
    """Blocks being collected from the main nodes in document order."""

    v: Vocab
    title: str | None
    subtitle: str | None
    mains: list[LexborNode]  # the main blocks being walked
    keep: frozenset[int]  # the best container and its ancestors: never chrome
    mass: dict[int, int]  # paragraph text under elements near paragraphs
    massive: float  # an element with this much paragraph text is article, whatever its class
    explain: bool  # else ``removed`` stays empty
    removed: list[Removed]
    blocks: list[Block] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    links: int = 0  # links in the block being collected
    timed: bool = False  # the block being collected holds a <time>
    option: bool = False  # the block being collected holds a radio button or a check box (``_option``)
    options_at: int = -1  # how many blocks there were at the last radio button
    fields: list[int] = field(default_factory=list)  # the indices of the blocks that are a person box's fields (``profile_field``)
    kind: str = "paragraph"
    level: int = 0
    section_ended: bool = False  # a "Related"/"Comments" heading: the rest of its section goes
    teasers: frozenset[int] | None = None  # <article>s inside the main blocks that are not the article, once one is met

    def walk(self, node: LexborNode, kind: str, level: int, in_link: bool, depth: int = 0) -> None:
        if depth > MAX_DEPTH:  # absurdly deep markup: its text as one piece, no recursion
            self.parts.append(node.text(separator=" "))
            return
        parts = self.parts  # one list for the whole walk: flush empties it in place
        for child in node.iter(True):  # include_text=True by position: Cython then parses no keyword
            text = child.text_content  # None for an element: a text node's tag is never read
            if text is not None or (tag := TAG_NAMES.get(child.tag_id, "")) == "-text":
                if text and not text.isspace():
                    parts.append(text)
                    if in_link:
                        self.link_chars += len(text.strip())
                elif parts:
                    parts.append(" ")
                continue
            junk: str | None = None
            if tag in BY_TAG:  # rare: one test lets the others by
                if tag == "br":
                    if parts:
                        self.flush()
                    continue
                if tag == "input":
                    self._option(child)
                    continue
                if tag == "label" and child.css_first(RADIO) is not None:
                    self._poll_question()  # a radio button in its label: the label is skipped, its question is not
                if tag in SKIPPED:
                    continue
                junk = TAG_REASONS[tag]
            elif tag == "article" and self._is_teaser(child):
                junk = "<article> inside the article"
            elif attrs := child.attributes:
                junk = self._junk(child, attrs)
            if junk:
                if parts:
                    self.flush()
                self._set_apart(child, junk)
                continue
            if tag not in BLOCK_TAGS:
                if tag == "time":
                    self.timed = True
                elif tag == "a" and not in_link:
                    self.links += 1
                self.walk(child, kind, level, in_link or tag == "a", depth + 1)
                continue
            if parts:
                self.flush()
            if tag == "table" and _is_data_table(child):
                self._table(child)
                continue
            child_kind = KINDS.get(tag, kind)
            if tag in ("ul", "ol"):  # list nesting depth: one more inside an item, else 1
                child_level = (level if kind == "item" else 0) + 1
            else:
                child_level = HEADING_LEVELS.get(tag, level)
            self.kind, self.level = child_kind, child_level
            self.walk(child, child_kind, child_level, in_link, depth + 1)
            if parts:
                self.flush()
            self.kind, self.level = kind, level
            if self.section_ended:
                self.section_ended = False
                self._drop_rest(child)
                return

    def _option(self, node: LexborNode) -> None:
        """A radio button or a check box: the block holding it is a form's option (a poll's
        answer, "I agree to the terms"), and the block right before a poll's first radio
        button, a question, is the poll's question ("Which remedy do you swear by?")."""
        kind = (node.attributes.get("type") or "").lower()
        if kind not in OPTIONS:
            return
        self.option = True
        if kind == "radio":
            self._poll_question()

    def _poll_question(self) -> None:
        """At a radio button: the block before it goes if it is a question, the first time
        since the last radio button that a block was added (a poll's other buttons follow)."""
        if self.options_at == len(self.blocks):
            return
        last = self.blocks[-1] if self.blocks and not self.parts else None
        if last is not None and last.text.endswith("?") and len(last.text) <= POLL_QUESTION:
            self.blocks.pop()
            if self.fields and self.fields[-1] == len(self.blocks):
                self.fields.pop()
            if self.explain:
                self.removed.append(Removed(last.text, "poll"))
        self.options_at = len(self.blocks)

    def _set_apart(self, node: LexborNode, reason: str) -> None:
        """A caption's text goes to ``captions``; other chrome's to ``removed``, if explaining."""
        if reason != "caption" and not self.explain:
            return
        text = _squash(node.text(separator=" "))
        if not text:
            return
        if reason == "caption":
            self.captions.append(text)
        else:
            self.removed.append(Removed(text, reason))

    def _is_teaser(self, article: LexborNode) -> bool:
        """Whether an <article> met in the walk is another story's card (``_nested_articles``,
        found when the first one is met: most main blocks hold none)."""
        if self.teasers is None:
            self.teasers = _nested_articles(self.mains, self.keep, self.mass, self.massive)
        return article.mem_id in self.teasers

    def _drop_rest(self, node: LexborNode) -> None:
        if not self.explain:
            return
        sib = node.next
        while sib is not None:
            text = _squash(sib.text(separator=" "))
            if text:
                self.removed.append(Removed(text, "in a related/comments section"))
            sib = sib.next

    def _junk(self, node: LexborNode, attrs: dict[str, str | None]) -> str | None:
        """Why an element is chrome by its attributes ("caption" if it is a caption), or None."""
        if not HIDING.isdisjoint(attrs) and _is_hidden(attrs) and len(node.text_lexbor()) <= MAX_HIDDEN_TEXT:
            return "hidden"
        cls, id_ = attrs.get("class"), attrs.get("id")
        if cls is None and id_ is None:  # a link's href, an image's src: no name to read
            return None
        reason, _ = _role(cls, id_)
        if reason is None or node.mem_id in self.keep or self.mass.get(node.mem_id, 0) >= self.massive > 0:
            return None
        return reason

    def flush(self) -> None:
        if not self.parts:
            return
        text = _squash("".join(self.parts))
        self.parts.clear()
        link_chars, self.link_chars = self.link_chars, 0
        links, self.links = self.links, 0
        timed, self.timed = self.timed, False
        option, self.option = self.option, False
        if not text:
            return
        reason = "form option" if option else self._reject(text, link_chars, links, timed)
        if reason == "caption":
            self.captions.append(text)
        elif reason:
            if self.explain:
                self.removed.append(Removed(text, reason))
        else:
            if profile_field(text, self.v):
                self.fields.append(len(self.blocks))
            self.blocks.append(Block(self.kind, text, self.level))

    def _reject(self, text: str, link_chars: int, links: int, timed: bool) -> str | None:
        if link_chars > MAX_LINK_DENSITY * len(text) and not self._linked_sentence(text, links):
            return "mostly links"
        if timed and len(text) <= MAX_TIMED and not is_sentence(text, self.v):
            return "date line"
        if text == self.title:
            return "title"
        if text == self.subtitle:
            return "subtitle"
        if "©" in text and len(text) <= MAX_CAPTION and COPYRIGHT_CREDIT.search(text):
            return "caption"  # a picture's text ending in its credit ("… on Monday © Jane Roe"), set in a paragraph
        if len(text) > SHORT_LINE:
            return None
        if not text[0].isalnum() and WORD.search(text) is None:
            return "no words"  # a separator, a bullet, an invisible character
        low = text.lower()
        if self.v.marked_start.match(low):  # a related/comments heading's words or chrome's open the line
            if ":" not in text and self.v.end_heading_start.match(low) and self._heads_section(text):
                self.section_ended = True
                return "heads a related/comments section"
            if self.v.chrome_start.match(low) and not (is_sentence(text, self.v) and copyright_prose(text, low, self.v)):
                return "page chrome"  # not prose opening with a chrome word ("Copyright lawyers say …")
        numbered = DIGIT.search(text) is not None  # most short lines hold no digit: no date, time, count or price
        if numbered and is_dateline(text, self.v):
            return "date line"
        if "@" in text and EMAIL.search(text) and any(m in low for m in self.v.byline_markers):
            return "byline"
        if len(text) <= MAX_LABEL and (len(two := low[:2]) < 2 or not two.isalnum() or two in self.v.widget_starts) and self.v.widget_line.fullmatch(compact(text)):
            return "widget label"
        if not numbered:
            return None
        if is_reading_time(text, self.v):
            return "reading time"  # "5 min read", "Lesezeit: 4 Minuten"
        return widget(text, self.v)  # a shop's button under a product, a poll's count of votes, a gallery's counter

    def _heads_section(self, text: str) -> bool:
        """A heading, or a line short enough to act as one in a <p> or <div> ("Top stories")."""
        return self.kind == "heading" or len(text) <= MAX_SECTION_LABEL and SENTENCE_END.search(text) is None

    def _linked_sentence(self, text: str, links: int) -> bool:
        """A paragraph that links a sentence or two whole (a live blog's entry, a story's
        summary), not a list of links: long, few links, ending as a statement does."""
        return (
            self.kind == "paragraph" and links <= MAX_SENTENCE_LINKS
            and len(text) >= MIN_LINKED_SENTENCE and SENTENCE_END.search(text) is not None
        )  # fmt: skip

    def _table(self, table: LexborNode) -> None:
        rows = [[_squash(c.text_lexbor()) for c in tr.css("th, td")] for tr in table.css("tr")]
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        text = "\n".join(" | ".join(r) for r in rows)
        width = max(len(r) for r in rows)
        cells = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in cells]
        lines.insert(1, "|" + " --- |" * width)
        self.blocks.append(Block("table", text, 0, "\n".join(lines)))


def _is_data_table(table: LexborNode) -> bool:
    """A table of data (short cells, none nested), not one used for page layout."""
    if table.css_first("table table") is not None:
        return False
    cells = len(table.css("td, th"))
    return cells >= 2 and len(table.text_lexbor()) < MAX_CELL_TEXT * cells
