"""The clean stage: HTML main-content extraction and plain-text line classification."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsclean.clean import clean, clean_text_as_given
from newsclean.clean.vocab import is_dateline, vocab
from newsclean.errors import NoContentError
from newsclean.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parent / "pages"))
import golden  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "samples" / "000_3a65b3409141d8c2.txt"


def html(body: str, head: str = "") -> Document:
    return Document("<test>", f"<html><head>{head}</head><body>{body}</body></html>", True, "utf-8")


def text(lines: str) -> Document:
    return Document("<test>", lines, False, "utf-8")


PROSE = (
    "The council voted on Tuesday to approve the plan, which had been debated for months, "
    "and officials said work would begin in the spring once the contracts were signed."
)


# --- golden pages -------------------------------------------------------------------------


@pytest.mark.parametrize("slug", golden.slugs())
def test_golden_page(slug: str) -> None:
    rendered = golden.render(slug)
    spec = golden.spec(slug)
    for snippet in spec["must_have"]:
        assert snippet in rendered, f"missing: {snippet}"
    for snippet in spec["must_not_have"]:
        assert snippet not in rendered, f"should be gone: {snippet}"
    assert rendered == golden.expected(slug), f"regenerate with: python tests/pages/golden.py {slug}"


def test_golden_pages_say_what_matters() -> None:
    for slug in golden.slugs():
        spec = golden.spec(slug)
        assert spec["must_have"] and spec["must_not_have"], slug


# --- the seed: plain text with page chrome --------------------------------------------------


def test_seed_cleans_to_title_subtitle_subheads_and_paragraphs() -> None:
    raw = SEED.read_text(encoding="utf-8")
    cleaned = clean(text(raw))
    lines = [" ".join(ln.split()) for ln in raw.splitlines()]
    assert cleaned.title == lines[0]
    assert cleaned.subtitle == "성윤모 장관, 산업지능화협회 현판식 참석"
    body = [ln for ln in lines[17:58] if ln and not ln.endswith(".png") and "[사진제공" not in ln]
    assert [b.text for b in cleaned.blocks] == body
    assert [b.text for b in cleaned.blocks if b.kind == "heading"] == [ln for ln in body if ln.startswith("■")]
    assert cleaned.captions == (lines[26],)


def test_seed_explains_every_dropped_line() -> None:
    raw = SEED.read_text(encoding="utf-8")
    cleaned = clean(text(raw))
    lines = [t for ln in raw.splitlines() if (t := " ".join(ln.split()))]
    assert len(cleaned.removed) + len(cleaned.blocks) + len(cleaned.captions) + 2 == len(lines)
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["오세은 기자 입력 : 2020.07.15 17:09 | 수정 : 2020.07.15 17:09"] == "byline"
    assert reasons["• 카카오스토리"] == "widget label"
    assert reasons["성윤모 장관.png"] == "photo file name"
    assert reasons["메일보내기닫기"] == "widget label"
    assert reasons[lines[0]] == "repeats the title"
    assert all(r.reason for r in cleaned.removed)


# --- plain text ----------------------------------------------------------------------------


def test_plain_text_rules_are_general() -> None:
    doc = text(
        "Home\nWorld\nBusiness\n"
        "City opens new library after decade of delays\n"
        "By Jane Doe | Published March 3, 2024 10:15\n"
        "• Share\n• Tweet\n• Email\n"
        f"{PROSE}\n"
        "library.jpg\n"
        "The new reading room on opening day (Photo: City Hall)\n"
        f"Second paragraph. {PROSE}\n"
        "What comes next\n"
        f"Third paragraph. {PROSE}\n"
        "Related articles\n"
        "City opens new library after decade of delays\n"
        "Copyright 2024 The Daily Example. All rights reserved.\n"
    )
    cleaned = clean(doc)
    assert cleaned.title == "City opens new library after decade of delays"
    assert [b.kind for b in cleaned.blocks] == ["paragraph", "paragraph", "heading", "paragraph"]
    assert cleaned.captions == ("The new reading room on opening day (Photo: City Hall)",)
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["By Jane Doe | Published March 3, 2024 10:15"] == "byline"
    assert reasons["• Tweet"] == "widget label"
    assert reasons["library.jpg"] == "photo file name"
    assert reasons["Business"] == "before the article"
    assert reasons["Copyright 2024 The Daily Example. All rights reserved."] == "copyright notice"


def test_plain_text_photo_credits_are_captions_and_a_gallery_does_not_split_the_article() -> None:
    gallery = "".join(f"Firefighters at the scene, view {i}. © Photo Agency | Jane Roe\n" for i in range(14))
    doc = text(f"Fire in the old mill\n{PROSE}\nSecond. {PROSE}\n{gallery}Third. {PROSE}\nFourth. {PROSE}\n")
    cleaned = clean(doc)
    assert [b.text[:6] for b in cleaned.blocks] == ["The co", "Second", "Third.", "Fourth"]
    assert len(cleaned.captions) == 14


def test_plain_text_placeholders_repeated_on_the_page_are_not_text() -> None:
    placeholder = "Charts and videos from other sites cannot be shown in this version of the page."  # no notice's words (that one: NOTICES)
    doc = text(f"Storm closes harbour\n{PROSE}\n{placeholder}\nSecond. {PROSE}\n{placeholder}\nThird. {PROSE}\n{placeholder}\n")
    cleaned = clean(doc)
    assert [b.text[:6] for b in cleaned.blocks] == ["The co", "Second", "Third."]
    assert [r.reason for r in cleaned.removed if r.text == placeholder] == ["repeated on the page"] * 3
    twice = clean(text(f"Storm closes harbour\n{PROSE}\n{placeholder}\nSecond. {PROSE}\n{placeholder}\nThird. {PROSE}\n"))
    assert placeholder in twice.text  # said twice: it may be the article's


def test_plain_text_labels_notices_and_related_lists() -> None:
    doc = text(
        "Storm closes harbour for two days\n"
        f"{PROSE}\n"
        "Article content\n"
        f"Second. {PROSE}\n"
        "Article content\n"
        f"Third. {PROSE}\n"
        "Article content\n"
        "Most read\n"
        "Ferry fares rise again\n"
        "The operator blames fuel costs for the third rise this year, and says more may follow soon.\n"
        "Bridge repairs start\n"
        "We use cookies to personalise content and ads. By continuing you accept our privacy policy.\n"
    )
    cleaned = clean(doc)
    assert [b.text[:6] for b in cleaned.blocks] == ["The co", "Second", "Third."]
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Article content"] == "repeated on the page"
    assert reasons["Most read"] == "heads a related/comments section"
    assert reasons["Ferry fares rise again"] == "in a related/comments section"
    assert reasons["We use cookies to personalise content and ads. By continuing you accept our privacy policy."] == "cookie notice"


def test_plain_text_teasers_with_dates_after_a_related_heading_stay_out() -> None:
    blurb = "The operator blames fuel costs for the third rise this year, and says more may follow soon, " * 3
    teasers = "".join(f"Ferry fares rise again, part {i}\nUpdated Nov. 1{i}, 2019\n{i}: {blurb.strip()}\n" for i in range(3))
    doc = text(f"Storm closes harbour for two days\n{PROSE}\nSecond. {PROSE}\nThird. {PROSE}\nMore stories\n{teasers}")
    cleaned = clean(doc)
    assert [b.text[:6] for b in cleaned.blocks] == ["The co", "Second", "Third."]
    assert {r.reason for r in cleaned.removed if "The operator" in r.text} == {"in a related/comments section"}
    back = clean(text(f"Storm closes harbour\n{PROSE}\nSecond. {PROSE}\nMore stories\nFerry fares rise again\n{blurb.strip()}\nThird. {PROSE}\n"))
    assert "The operator blames" in back.text and "Third." in back.text  # no date: a long line resumes the article


def test_plain_text_a_second_copy_of_the_article_in_one_line_goes() -> None:
    paragraphs = [f"Paragraph {i}. {PROSE}" for i in range(8)]
    doc = text("Storm closes harbour for two days\n" + "\n".join(paragraphs) + "\nShare\n" + " ".join(paragraphs) + "\n")
    cleaned = clean(doc)
    assert [b.text for b in cleaned.blocks] == paragraphs
    assert [r.reason for r in cleaned.removed if len(r.text) > 1000] == ["holds other lines of the page"]


def test_plain_text_a_list_of_teasers_beside_the_article_is_not_joined_to_it() -> None:
    works = "as works on the track go on at night and on the weekends, and buses stop at the stations instead. " * 2
    teasers = "".join(f"Line U{i}\nLine U{i}\nLine U{i}\nUntil May {i}: trains run every {i + 5} minutes, {works}\n" for i in range(6))
    menu = "Traffic news\nAll speed cameras\nCulture\nBerlinale\nTheatre\n"  # a gap that splits the runs
    article = "".join(f"Paragraph {i}. {PROSE}\n" for i in range(8))
    cleaned = clean(text(f"Traffic\n{teasers}{menu}Storm closes harbour for two days\n{article}"))
    assert [b.text[:11] for b in cleaned.blocks] == [f"Paragraph {i}" for i in range(8)]
    assert not any("trains run" in b.text for b in cleaned.blocks)


def test_plain_text_a_paragraph_of_several_sentences_signed_at_its_end_is_no_caption() -> None:
    signed = (
        "Last Monday the police raided a second flat in the same street, after weeks of watching it. They seized a kilo "
        "of cocaine and two plantations with 274 plants. Five people were arrested on the spot. / ab"
    )
    caption = "The mayor speaks at the opening of the new bridge on Monday. Newsis"
    cleaned = clean(text(f"Storm closes harbour\n{PROSE}\n{caption}\nSecond. {PROSE}\n{signed}\n"))
    assert signed in cleaned.text and cleaned.captions == (caption,)


def test_plain_text_a_short_article_split_by_a_widget_is_read_whole() -> None:
    jobs = "".join(f"Engineer {i} (m/w/d)\nSome Company {i} GmbH, Munich\n" for i in range(3))
    first = f"First part. {PROSE} And more: {PROSE}"
    second = f"Second part. {PROSE} And more: {PROSE}"
    cleaned = clean(text(f"Samsung loses a patent case\n{first}\nJob market\n{jobs}Search\n{second}\n"))
    texts = [b.text for b in cleaned.blocks]
    assert texts[0] == first and texts[-1] == second and "Engineer" not in cleaned.text


def test_plain_text_a_short_paragraph_before_a_sub_head_is_article_text() -> None:
    lines = [
        "Storm closes harbour for two days", PROSE, "The ferries will not run either.", "What happens next",
        f"Second. {PROSE}", "Traders are expected to:", "Stay inside the marked areas;", "Keep the quay clear;",
        f"Third. {PROSE}", "Storm photos", "Harbour live", f"Fourth. {PROSE}",
    ]
    cleaned = clean(text("\n".join(lines)))
    kept = [b.text for b in cleaned.blocks]
    for line in ("The ferries will not run either.", "Traders are expected to:", "Stay inside the marked areas;", "Keep the quay clear;"):
        assert line in kept
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Storm photos"] == "short line between article lines"  # a label, no sentence
    assert "Yes, please." not in clean(text("\n".join([*lines[:2], "Yes, please.", "Harbour live", *lines[4:]]))).text  # too few words


def test_plain_text_a_related_list_above_the_article_ends_where_the_article_starts() -> None:
    article = [f"First. {PROSE}", "2", f"Second. {PROSE}", "Photo gallery", f"Third. {PROSE}", "Harbour live", f"Fourth. {PROSE}"]
    cleaned = clean(text("\n".join(["Home", "Trending", "Ferry fares rise again", "Bridge repairs start", "Storm closes harbour", *article])))
    assert all(p in cleaned.text for p in article if p.endswith("signed.")) and "Ferry" not in cleaned.text


def test_plain_text_short_sentences_count_as_article_text_and_make_no_list() -> None:
    explainer = [
        "Who is the new harbour master?", f"She joined from the coast guard. {PROSE}",
        "She is thought to be 52 years old and to have sailed since her teens.", "2",
        "When does she start the new job?", f"The exact date is unknown. {PROSE}",
        "She will move to the town with her family in the spring of next year.", "Credit line",
        "How many ferries does the harbour run?", f"There are six. {PROSE}",
        "In April the council said it would buy two more of them for the islands.", "Video",
        "What does she plan first?", f"A new quay. {PROSE}",
        "The works will begin as soon as the storm season is over in the port.",
    ]
    box = ["Most read", "SHOCK", "Ferry fares rise again after the storm", "ALERT", "Bridge repairs start on Monday", "FLOPS", "Town hall shuts"]
    quotes = [f"“Quote {i}. {PROSE}”" for i in range(4)]
    cleaned = clean(text("\n".join(["Storm closes harbour for two days", *explainer, *box, *quotes])))
    assert "The exact date is unknown" in cleaned.text and "Quote 3" in cleaned.text and "Bridge repairs" not in cleaned.text
    teasers = [line for i in range(5) for line in (f"Ferry fares rise again, part {i}", f"Part {i}. {PROSE}")]
    listed = clean(text("\n".join(["Traffic", *teasers, *box, *quotes])))  # headlines between blurbs: a list, not the article
    assert "Ferry fares" not in listed.text and "Quote 3" in listed.text


def test_plain_text_a_credit_in_brackets_makes_the_line_before_it_a_caption() -> None:
    caption = "The islands where the financier hosted his guests have been listed for sale this month."
    cut = "English ivy is easy to grow and needs little light ("
    linked = "The ministry said it would publish the full report on its website."
    lines = [
        "Storm closes harbour", PROSE, caption, "(Bespoke Real Estate)", f"Second. {PROSE}", cut, "Getty Images)",
        f"Third. {PROSE}", linked, "(opens in a new window)", f"Fourth. {PROSE}", "Comments", "(12)",
    ]
    cleaned = clean(text("\n".join(lines)))
    assert caption in cleaned.captions and "(Bespoke Real Estate)" in cleaned.captions and cut in cleaned.captions
    assert linked in cleaned.text and linked not in cleaned.captions and "Fourth." in cleaned.text  # a note in brackets is no credit


def test_plain_text_a_slashed_credit_makes_a_caption() -> None:
    tail = "The minister arrives at the summit in Brussels on Monday Stefan Rousseau/via Reuters"
    over = "From left: the mayor, the two candidates and the party leaders, on the stage before the debate"
    unit = "The new cells store 301 Wh/kg."
    lines = ["Storm closes harbour", PROSE, tail, f"Second. {PROSE}", over, ":", "Martin Schutt/dpa", f"Third. {PROSE}", unit, f"Fourth. {PROSE}"]
    cleaned = clean(text("\n".join(lines)))
    assert {tail, over, "Martin Schutt/dpa"} <= set(cleaned.captions)
    assert unit in cleaned.text and unit not in cleaned.captions
    job = "Engineer for network technology (m/w/d)"  # no credit: a job ad's genders
    assert job not in clean(text("\n".join([*lines[:3], job, *lines[3:]]))).captions


def test_plain_text_a_line_saying_where_people_stand_in_the_picture_is_a_caption() -> None:
    placed = "The mayor, left, and the harbour master inspect the flood wall in the old town on Monday"
    legend = "Legende: Die Feuerwehr pumpt am Montag das Wasser aus dem Keller des Rathauses."
    said = "The court ruled that the agency had no right, left alone a duty, to seize the boats."  # no ", left,"
    lines = ["Storm closes harbour", PROSE, placed, f"Second. {PROSE}", legend, f"Third. {PROSE}", said, f"Fourth. {PROSE}"]
    cleaned = clean(text("\n".join(lines)))
    assert {placed, legend} <= set(cleaned.captions)
    assert said in cleaned.text


def test_plain_text_a_wire_captions_phrasing_makes_a_caption_up_to_a_long_ones_size() -> None:
    handout = "Smoke rises over the port after the blast in this handout picture released by the fire service on March 3, 2025."
    long = (
        "Coast guard commander Rear Admiral Jane Doe, second left, navy representative Captain John Roe, left, and the "
        "exercise director, Commodore Ann Lee, second right, attend the opening ceremony of the annual joint maritime "
        "drills at the naval base in the capital on Monday, as the three navies began two weeks of search-and-rescue, "
        "mine-clearing and boarding exercises in the bay, the largest they have held together since the drills began."
    )
    assert 400 < len(long) < 500
    lines = ["Storm closes harbour", PROSE, handout, f"Second. {PROSE}", long, f"Third. {PROSE}"]
    cleaned = clean(text("\n".join(lines)))
    assert {handout, long} <= set(cleaned.captions)


def test_plain_text_a_picture_in_prose_is_no_wire_caption() -> None:
    taken = "Rescuers search the rubble of the school in this photo taken on Monday and obtained by the news agency."
    prose = "Where does China fit in this picture, analysts asked, as the talks dragged into a third week without a deal."
    cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, taken, f"Second. {PROSE}", prose, f"Third. {PROSE}"])))
    assert taken in cleaned.captions
    assert prose in cleaned.text and prose not in cleaned.captions


def test_plain_text_a_file_photos_caption_a_form_error_and_a_disclaimer_are_no_article_text() -> None:
    file_photo = "FILE - Firefighters work at the scene of a warehouse fire in the port district on June 2, 2023."
    error = "There was an error, please provide a valid email address."
    views = "The views expressed in this column are the author's own."
    lines = ["Storm closes harbour", PROSE, file_photo, f"Second. {PROSE}", error, f"Third. {PROSE}", views, f"Fourth. {PROSE}"]
    cleaned = clean(text("\n".join(lines)))
    assert file_photo in cleaned.captions
    assert {r.text: r.reason for r in cleaned.removed}.get(error) == "page chrome"
    assert {r.text: r.reason for r in cleaned.removed}.get(views) == "page chrome"


def test_plain_text_an_authors_bio_at_the_end_ends_the_article() -> None:
    bio = "Jane Roe is a senior correspondent for The Daily Example. She has covered energy policy since 2015."
    lines = ["Storm closes harbour", PROSE, f"Second. {PROSE}", f"Third. {PROSE}", bio, "Her new book is out in May."]
    cleaned = clean(text("\n".join(lines)))
    assert cleaned.text.splitlines()[-1] == f"Third. {PROSE}"
    assert {r.text: r.reason for r in cleaned.removed}[bio] == "about the author"
    for other in (
        "Korrespondentin Erika Muster ist bei der Zeitung für die Landespolitik zuständig.",
        "Redakteurin im Ressort Wirtschaft, zuständig für Energie und Verkehr.",
        "Roe covers courts and crime for The Daily Example. She is based in Leeds.",
    ):
        assert other not in clean(text("\n".join([*lines[:4], other]))).text
    early = clean(text("\n".join(["Storm closes harbour", PROSE, bio, f"Second. {PROSE}", f"Third. {PROSE}", f"Fourth. {PROSE}"])))
    assert bio in early.text  # inside the story, it is the story's


@pytest.mark.parametrize("last", [
    "Smith was a professor of economics at Harvard before joining the central bank in 2019, where she led its research.",
    "Jones is a fellow Republican who has clashed with the governor over spending, and he said he would vote no.",
    "Gershkovich is a reporter for The Wall Street Journal who was detained last year and accused of spying, which he denies.",
    "Ms. Okafor is a researcher at the ministry and was not involved in the decision, officials said on Tuesday.",
    "Die Ministerin ist Autorin eines Buches über die Energiewende, das im Herbst erscheinen soll.",
])
def test_plain_text_a_story_ending_on_a_person_it_names_keeps_its_last_lines(last: str) -> None:
    """A bio names the author in full; a story's last lines name people by surname or title."""
    lines = ["Storm closes harbour", PROSE, f"Second. {PROSE}", f"Third. {PROSE}", last]
    assert last in clean(text("\n".join(lines))).text


def test_plain_text_a_pictures_text_shown_alone_and_glued_to_its_credit_is_a_caption_twice() -> None:
    alone = "Firefighters spray water on the roof of the warehouse in the port district on Monday."
    glued = f"Photo: Jane Roe/Example Agency{alone}"
    lines = ["Storm closes harbour", PROSE, alone, glued, f"Second. {PROSE}", f"Third. {PROSE}"]
    cleaned = clean(text("\n".join(lines)))
    assert {alone, glued} <= set(cleaned.captions) and alone not in cleaned.text
    quoted = "The mayor said the harbour would stay closed until Friday."  # a sentence a longer paragraph repeats is text
    lines = ["Storm closes harbour", PROSE, quoted, f"{quoted} {PROSE}", f"Third. {PROSE}"]
    assert quoted in [b.text for b in clean(text("\n".join(lines))).blocks]


def test_plain_text_a_caption_ending_in_an_agencys_copyright_is_a_caption() -> None:
    caption = "The council meets in the city hall on Monday, 5 January 2026. Jane Roe/Copyright 2026 The AP. All rights reserved."
    cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, caption, f"Second. {PROSE}", f"Third. {PROSE}"])))
    assert caption in cleaned.captions


def test_plain_text_a_credit_opening_a_line_makes_a_caption_not_in_prose() -> None:
    credit = "Illustration by Jane Roe for The Example"
    prose = "The photograph by Dorothea Lange became the best-known image of the Depression, the curator said on Monday."
    cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, credit, f"Second. {PROSE}", prose, f"Third. {PROSE}"])))
    assert credit in cleaned.captions and prose in cleaned.text


def test_plain_text_a_sentence_opening_with_copyright_is_prose_and_the_article_goes_on() -> None:
    prose = "Copyright holders say the new rules would let platforms profit from their work without paying for it."
    notice = "Copyright 2026 Example Media. All rights reserved."
    cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, prose, f"Second. {PROSE}", notice, f"Third. {PROSE}"])))
    assert prose in cleaned.text and f"Second. {PROSE}" in cleaned.text
    assert notice not in cleaned.text and f"Third. {PROSE}" not in cleaned.text  # the notice ends the article


def test_plain_text_a_caption_mark_in_prose_is_no_caption() -> None:
    """"FILE - " marks a caption only where a line opens with it; where a person stands (", left,")
    only in a line of a sentence or two."""
    file_prose = "The file – obtained by the broadcaster under freedom of information rules – shows ministers were warned."
    left_prose = (
        "Families who could afford to leave the city, left, while the poorest stayed behind in the shelters. "
        "Aid groups said on Monday that they had run out of blankets. The shelling went on for a third night."
    )
    placed = "Jane Roe, left, and John Doe arrive for talks at the ministry in Berlin on Monday."
    cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, file_prose, f"Second. {PROSE}", left_prose, f"Third. {PROSE}", placed, f"Fourth. {PROSE}"])))
    assert file_prose in cleaned.text and left_prose in cleaned.text
    assert placed in cleaned.captions


def test_plain_text_a_short_line_after_a_credit_word_is_a_credit_under_its_caption() -> None:
    caption = "José Rizal is the national hero of the Philippines. He was a writer, doctor and advocate of peaceful resistance"
    long_credit = "Photo: the harbour master in her office at the port on Monday morning, before the storm"
    lines = ["Storm closes harbour", PROSE, caption, "Photo: picture alliance / prisma", f"Second. {PROSE}", f"Third. {PROSE}", long_credit, f"Fourth. {PROSE}"]
    cleaned = clean(text("\n".join(lines)))
    assert caption in cleaned.captions and "Photo: picture alliance / prisma" in cleaned.captions
    assert f"Third. {PROSE}" in cleaned.text  # a caption of its own: the paragraph over it is no caption


def test_plain_title_is_no_menus_labels_run_together_on_one_line() -> None:
    menu = "World Business Politics Health Travel Culture Video Sport Weather Science Climate Europe Americas Asia Africa Opinion"
    headline = "Harbour reopens after storm damage is repaired"
    caption = "Workers repair the harbour wall on Monday. Jane Roe/Copyright 2026 The Agency. All rights reserved."
    lines = [menu, "All programmes", "News", headline, caption, "Copyright Jane Roe/Copyright 2026 The Agency", PROSE, f"Second. {PROSE}"]
    assert clean(text("\n".join(lines))).title == headline


def test_plain_title_is_the_last_near_headline_when_only_it_is_signed_below() -> None:
    head = ["Story Saved", "To revisit this article, visit your profile, then", "View saved stories", "Close Alert", "Explore", "Bottlenecks"]
    title = "A Heat Shield for the Most Important Ice on Earth"
    body = ["Engineers might protect Arctic ice by coating it with tiny glass bubbles. Should they do it at all?", "By Jane Roe", "April 25, 2023", PROSE, f"Second. {PROSE}"]
    assert clean(text("\n".join([*head, title, *body]))).title == title
    signed = ["Ice shields tested in the Arctic this spring", "By John Doe", "Story Saved", title]  # the first is signed: it stays
    assert clean(text("\n".join([*signed, *body]))).title == signed[0]


def test_plain_title_broken_at_its_colon_is_joined_back() -> None:
    cleaned = clean(text("\n".join(["Politik", "Stuttgart hat's drauf", ": Stadt der Superlative", PROSE, f"Second. {PROSE}"])))
    assert cleaned.title == "Stuttgart hat's drauf: Stadt der Superlative"
    whole = clean(text("\n".join(["Politik", "Stuttgart hat's drauf: Stadt der Superlative", ":", PROSE, f"Second. {PROSE}"])))
    assert whole.title == "Stuttgart hat's drauf: Stadt der Superlative" and [r.text for r in whole.removed if r.reason == "no words"] == [":"]


def test_plain_title_is_no_list_item_the_page_repeats() -> None:
    traffic = [f"- on the {road}" for road in ("B 96 near Wormlage", "A 10 near Bad Saarow") for _ in range(2)] * 2  # each shown 4 times
    cleaned = clean(text("\n".join(["Traffic", *traffic, "Culture", "Old hotel opens as a theatre once more", PROSE, f"Second. {PROSE}"])))
    assert cleaned.title == "Old hotel opens as a theatre once more"


def test_plain_text_a_headline_said_twice_in_its_line_opens_a_teaser_list() -> None:
    teasers = [
        "Ferry Fares Rise Again Ferry Fares Rise Again", "The operator blames fuel costs for the third rise this year, and more may follow.", "Jane Roe",
        "Bridge Repairs Start Monday Bridge Repairs Start Monday", "Traffic will be diverted through the old town for at least six weeks, the city says.", "John Doe",
    ]
    story = ["Storm closes harbour", PROSE, f"Second. {PROSE}", *teasers, f"Third. {PROSE}", f"Fourth. {PROSE}"]
    cleaned = clean(text("\n".join(story)))
    assert "Ferry" not in cleaned.text and "diverted" not in cleaned.text and "Third." in cleaned.text
    assert [r.reason for r in cleaned.removed if r.text.startswith("Ferry")] == ["the same text twice"]
    echo = "New York, New York is where the ferry goes next, the operator said on Monday."  # a phrase twice, not the line
    assert echo in clean(text("\n".join([*story[:3], echo, *story[-2:]]))).text


def test_plain_text_a_line_ending_in_a_links_note_is_a_link() -> None:
    ads = ["IT administrator (m/w/d) City of Example (opens in a new window)", "Software engineer (m/w/d) Example GmbH (öffnet im neuen Fenster)"]
    cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, *ads, f"Second. {PROSE}"])))
    assert [r.reason for r in cleaned.removed if r.text in ads] == ["link", "link"]
    window = "She opened the new window of the harbour office on Monday, the first since the storm of last year."
    assert window in clean(text("\n".join(["Storm closes harbour", PROSE, window, f"Second. {PROSE}"]))).text


def test_plain_text_a_numbered_sub_head_is_no_caption_and_a_numbered_date_no_sub_head() -> None:
    lines = ["Storm closes harbour", PROSE, "3. Workers' rights strengthened", f"Second. {PROSE}", "Rescuers at the harbour wall. Jane Roe", f"Third. {PROSE}"]
    cleaned = clean(text("\n".join(lines)))
    assert "3. Workers' rights strengthened" in [b.text for b in cleaned.blocks]
    assert cleaned.captions == ("Rescuers at the harbour wall. Jane Roe",)  # a sentence and its credit: a caption still
    dated = clean(text("\n".join(["Sturm schließt den Hafen", "3. Mai 2024, 17:47", PROSE, "21. Mai 2026", f"Second. {PROSE}"])))
    assert [r.reason for r in dated.removed if r.text[0].isdigit()] == ["byline", "byline"]


def test_plain_subtitle_under_a_byline_is_a_line_like_a_headline() -> None:
    title, byline = "Judge summons attorney general over leak of data", "By Jane Roe | April 28, 2024 3:00 AM"
    for label in ("Shares", "Journalist", "| Fox News"):
        assert clean(text("\n".join([title, byline, label, PROSE, f"Second. {PROSE}"]))).subtitle is None, label
    deck = "The magistrate widens the inquiry to his deputy"
    assert clean(text("\n".join([title, byline, deck, PROSE, f"Second. {PROSE}"]))).subtitle == deck


@pytest.mark.parametrize(
    "line",
    [
        "Von Erika Muster", "By Jane Roe and AP", "Jane Roe", "Karen Walsh, John Roe",  # a byline, names alone
        "FAQ", "Dive Deeper", "How We Tested", "vor 14 Minuten", "571K", "Jetzt weiterlesen!",  # a label, a count, a teaser's age
        "Zu den Kommentaren springen.", "Jump to comments",  # a link down to the comments
        "Facebook Twitter Flipboard Reddit Bluesky Threads Whatsapp",  # share buttons
        "27. März 2025 • Erika Muster • 3 Minuten", "Jane Roe|Published 4 months ago",  # a byline's and date line's parts
    ],
)
def test_plain_line_under_the_title_that_is_no_dek_is_no_subtitle(line: str) -> None:
    """The line right under the title is its subtitle only when it is like one: a headline's
    words or a sentence, not a byline, a label, a count or a link."""
    title = "Judge summons attorney general over leak of data"
    assert clean(text("\n".join(["News", title, line, PROSE, f"Second. {PROSE}"]))).subtitle is None


@pytest.mark.parametrize(
    "deck",
    [
        "The magistrate widens the inquiry to his deputy",  # a headline's words
        "He asks for the phone records of both.",  # a sentence
        "비서실장 소환 통보, 휴대전화 기록 요청",  # wide characters, few spaces
        "Analysis | The magistrate widens the inquiry to his deputy and to the ministry's press office",  # a part a dek's length
    ],
)
def test_plain_dek_under_the_title_stays_its_subtitle(deck: str) -> None:
    title = "Judge summons attorney general over leak of data"
    assert clean(text("\n".join(["News", title, deck, PROSE, f"Second. {PROSE}"]))).subtitle == deck


def test_plain_text_a_byline_after_any_languages_by_word_is_no_article_text() -> None:
    for byline in ("Von Eileen Wagner", "Von Robin Amberg, Volontär (Sport)", "Par Le Figaro et AFP", "di Viviana Mazza"):
        cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, byline, f"Second. {PROSE}"])))
        assert [r.reason for r in cleaned.removed if r.text == byline] == ["byline"], byline
    for head in ("Von der Leyen warnt vor Zöllen", "Di Maio attacca Conte"):  # sub-heads opening with the same word
        cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, head, f"Second. {PROSE}"])))
        assert head in [b.text for b in cleaned.blocks], head


@pytest.mark.parametrize("line", [
    "Redaktion: Erika Muster, Max Mustermann",
    "Aus dem Englischen von Erika Muster",
    "Sendung: Inforadio, 24.04.2025, 10:45 Uhr",
    "This advertisement has not loaded yet, but your article continues below.",
    "Don't have an account? Create one for free",
    "Advertisement 2",
    "Advertisement · Scroll to continue",
])
def test_a_credit_or_ad_slot_line_is_chrome_for_both_cleaners(line: str) -> None:
    for cleaned in (clean(html(f"<article><p>{PROSE}</p><p>{line}</p><p>{PROSE}</p></article>")), clean(text(f"Title\n{PROSE}\n{line}\n{PROSE}"))):
        assert line not in cleaned.text and [r.reason for r in cleaned.removed if r.text == line] == ["page chrome"]


def test_plain_text_notices_part_the_article_from_a_promo_as_plain_lines_do() -> None:
    """A notice or a chrome phrase was a plain line until a rule knew it: between the article
    and a promo box below it, it still counts in the gap that keeps them apart."""
    story = [f"{n}. {PROSE}" for n in range(6)]
    menu = [f"Section {n}" for n in range(10)]
    notices = [
        "Got a story? Get in touch with our news team by email or on WhatsApp.",
        "Don't have an account? Create one for free",
        "Please keep comments relevant and respectful; see our commenting policy for the house rules.",
    ]
    promo = [
        "Enjoy unlimited reading of our award-winning journalism on any device, at home or on the move, every day of the week.",
        "Get our morning briefing, exclusive analysis from our columnists and early access to the weekend magazine and puzzles.",
        "Support independent local reporting in your community and across the region with a digital subscription from just $1.",
        "Read the digital replica of the print edition on any device, share its pages and comment on the stories you care about.",
        "Enjoy the daily crossword, the sudoku and our new word games, with an archive of more than ten years of past puzzles.",
        "Get email updates from your favourite writers and save stories to your reading list to come back to them later on.",
    ]
    cleaned = clean(text("\n".join(["Council approves the plan", *story, *menu, *notices, *promo])))
    assert story[-1] in cleaned.text and promo[0] not in cleaned.text


def test_a_source_credit_line_is_chrome() -> None:
    cleaned = clean(text(f"Sturm schließt den Hafen\n{PROSE}\nQuelle: dpa\nSecond. {PROSE}\n"))
    assert "Quelle" not in cleaned.text and [r.reason for r in cleaned.removed if r.text == "Quelle: dpa"] == ["page chrome"]
    html_cleaned = clean(html(f"<article><p>{PROSE}</p><p>Quelle: Infografik WELT</p><p>{PROSE}</p></article>"))
    assert "Quelle" not in html_cleaned.text


NOTICES = {
    "Follow the Opinion section on Facebook, Twitter (@ExampleOpinion) and Instagram.": "social media notice",
    "Ground Game: sign up for our weekly politics newsletter to get it in your inbox every Monday.": "newsletter notice",
    "By signing up you consent to receive the above newsletter from Example Media Inc.": "newsletter notice",
    "(Reporting by Jane Roe; Editing by John Doe)": "wire credits",
    "Associated Press writers Ann Lee and Bo Park contributed to this report.": "wire credits",
    "This site uses cookies to personalise content and ads; see our privacy policy.": "cookie notice",
    "이 사이트는 맞춤 광고를 위해 쿠키를 사용합니다. 브라우저 설정에서 거부할 수 있습니다.": "cookie notice",
    "It looks like you are using an ad blocker. Please disable it to keep reading and to see the comments.": "ad blocker notice",
    "Local news costs money to make. Please consider supporting our newsroom with a donation of any size.": "donation request",
    "By signing up, you agree to our Terms of Use and acknowledge our Privacy Notice.": "sign-up terms",
    "Make us a preferred source on Google to see more of our stories in Top Stories.": "search engine notice",
    "Dieser Text ist eine maschinelle Übersetzung des englischen Originalartikels und wurde von der Redaktion geprüft.": "translation notice",
    "Mit der Anmeldung erklären Sie sich mit der Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung einverstanden.": "sign-up terms",
    "Die wichtigsten Nachrichten schon am Morgen: Abonnieren Sie unseren WhatsApp-Kanal.": "social media notice",
    "If you buy something through links on this page, we may earn a commission at no extra cost to you.": "affiliate notice",
    "Dieser Beitrag enthält Affiliate-Links: Beim Kauf über diese Links erhalten wir eine Provision.": "affiliate notice",
    "Um eingebettete Inhalte anzuzeigen, ist Ihre Einwilligung zur Übermittlung von Daten an Dritte nötig.": "embed consent",
    "Please keep comments relevant and respectful; see our commenting policy for the house rules.": "comment policy",
    "Die Kommentarfunktion ist nachts geschlossen; bitte beachten Sie unsere Netiquette.": "comment policy",
    "Got a story? Get in touch with our news team by email or on WhatsApp.": "tip line",
    "By providing your email address you agree to our Terms of Service and Privacy Policy.": "sign-up terms",
    "Mit meiner Anmeldung stimme ich den Datenschutzbestimmungen und der Werbevereinbarung zu.": "sign-up terms",
    "What would you do with a four-day week? Let us know in the comments below.": "reader prompt",
    "Wie kommst du durch den Winter? Teile deine Tipps mit der Community.": "reader prompt",
    "Esta funcionalidad es sólo para registrados": "members notice",
    "This article is for subscribers only. Sign in or start your free trial to keep reading.": "members notice",
}


@pytest.mark.parametrize("line", NOTICES)
def test_notice_lines_inside_the_article_are_removed_by_both_cleaners(line: str) -> None:
    story = "".join(f"<p>{PROSE} ({i})</p>" for i in range(4))
    for cleaned in (clean(html(f"<article>{story}<p>{line}</p></article>")), clean(text(f"Title\n{PROSE}\n{line}\n{PROSE}"))):
        assert line not in cleaned.text and PROSE in cleaned.text
        assert {r.text: r.reason for r in cleaned.removed}[line] == NOTICES[line]


@pytest.mark.parametrize("line", [
    "The senator said the donation to her campaign had been returned and that she would not accept others from the group.",
    "The ministry will disable the old app once the new one is live; the ad blocker in the browser was not to blame, it said.",
    "Ad agencies said the ministry's plan to block ads for sugary drinks would cost them millions in the first year.",
    "Der Konzern hat die Spenden an die Partei im vergangenen Jahr verdoppelt, teilte ein Sprecher mit.",
    "The company's ad blocker, which is enabled by default in its new browser, stops trackers from loading, the firm said.",
    "Google warned developers that an ad blocker may not work as before once the new rules for extensions take effect.",
    "By signing up for the app, users gave the company access to location data that privacy advocates say was later sold.",
    "The European Commission said it had opened an inquiry into the bank's affiliate in Dublin on Tuesday.",
    "The minister said she would follow the live coverage of the vote from Brussels on Thursday evening.",
    "The platform removed embedded content from accounts that broke its privacy rules, the regulator said.",
    "The spokesman declined to comment on whether the post broke the site's rules, saying only that it was under review.",
    "Readers are welcome to email us at the address below with questions about the charity's research.",
    "Der Roman wurde aus dem Englischen übersetzt; im Original heißt er schlicht „Die Brücke“.",
    "Advertisement spending by the big four supermarkets rose 12 percent last year, the trade body said.",
    "This feature of the new phone is free for subscribers to the carrier's unlimited plans, the company said.",
    "Für diesen Kommentar wurde der Politiker am Dienstag von mehreren Parteien scharf kritisiert.",
    "Residents can share your concerns with the council until Friday, the community group told members in its newsletter.",
    "Teile der Community hatten die Pläne im Kommentarbereich scharf kritisiert, sagte ein Sprecher.",
])
def test_a_sentence_of_the_news_with_a_notices_word_is_article_text(line: str) -> None:
    for cleaned in (clean(html(f"<article><p>{PROSE}</p><p>{line}</p><p>{PROSE}</p></article>")), clean(text(f"Title\n{PROSE}\n{line}\n{PROSE}"))):
        assert line in cleaned.text


def test_plain_text_a_long_notice_is_one_by_its_first_sentence_said_to_the_reader() -> None:
    consent = (
        "Um eingebettete Inhalte anzuzeigen, ist deine Einwilligung in die Übermittlung deiner Daten an den Anbieter nötig. "
        + "Der Anbieter kann dabei Nutzungsprofile bilden und Daten in Drittländer übermitteln. " * 6
        + "Du kannst deine Einwilligung jederzeit über den Schalter am Seitenende widerrufen."
    )
    story = (
        "The regulator said websites must ask for consent before they set advertising cookies, in a ruling that could "
        "force thousands of publishers to change their banners. " + PROSE + " " + PROSE + " " + PROSE
    )
    assert len(consent) > 500 and len(story) > 500
    cleaned = clean(text("\n".join(["Title", PROSE, consent, f"Second. {PROSE}", story, f"Third. {PROSE}"])))
    assert consent not in cleaned.text and story in cleaned.text


def test_a_long_paragraph_with_notice_words_is_article_text() -> None:
    long = f"Readers who follow the mayor on Twitter saw the post first. {PROSE} {PROSE} {PROSE} {PROSE}"
    assert long in clean(html(f"<article><p>{PROSE}</p><p>{long}</p></article>")).text


def test_short_text_without_chrome_is_kept_whole() -> None:
    cleaned = clean(text("Samsung bought a startup.\nThe price was not disclosed."))
    assert [b.text for b in cleaned.blocks] == ["Samsung bought a startup.", "The price was not disclosed."]


@pytest.mark.parametrize("chrome", ["", "   \n\n", "Share\nTweet\nEmail\n", "카카오스토리\n페이스북\n"])
def test_nothing_left_is_no_content_error(chrome: str) -> None:
    with pytest.raises(NoContentError, match="no article text"):
        clean(text(chrome))


def test_text_as_given_keeps_offsets() -> None:
    doc = text("  line one\n\nline two  ")
    assert clean_text_as_given(doc).text == doc.text


# --- HTML ------------------------------------------------------------------------------------


def test_html_keeps_structure_and_sets_captions_apart() -> None:
    cleaned = clean(golden_doc("en-synthetic-features"))
    kinds = [b.kind for b in cleaned.blocks]
    assert kinds.count("item") == 3 and "quote" in kinds and "heading" in kinds
    table = next(b for b in cleaned.blocks if b.kind == "table")
    assert table.text.splitlines()[1] == "2025 | 9,500"
    assert table.markdown and table.markdown.splitlines()[1] == "| --- | --- |"
    assert cleaned.captions == ("A test turbine is lowered into the water at the north breakwater. Photo: Ledger staff",)
    assert cleaned.subtitle == "Twelve turbines will be tested off the north breakwater from next spring."


def test_html_explains_removed_blocks() -> None:
    cleaned = clean(golden_doc("en-synthetic-features"))
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Share Tweet Email"] == "page chrome (share)"
    assert reasons["Advertisement"].startswith("page chrome")
    assert "Hidden print-only summary" not in cleaned.text
    assert all(r.reason for r in cleaned.removed)


def test_html_without_explain_keeps_the_same_article() -> None:
    explained = clean(golden_doc("en-synthetic-features"))
    fast = clean(golden_doc("en-synthetic-features"), explain=False)
    assert explained.removed and not fast.removed
    assert (fast.title, fast.subtitle, fast.blocks, fast.captions) == (
        explained.title, explained.subtitle, explained.blocks, explained.captions
    )


def test_related_heading_ends_its_section_only() -> None:
    body = (
        f"<article><p>{PROSE}</p><p>Second. {PROSE}</p>"
        "<div><h3>Related</h3><p>Other story people might read about something else entirely.</p></div>"
        f"<p>Third. {PROSE}</p></article>"
    )
    cleaned = clean(html(body))
    assert [b.text[:6] for b in cleaned.blocks] == ["The co", "Second", "Third."]
    assert {r.reason for r in cleaned.removed} >= {"heads a related/comments section", "in a related/comments section"}


def test_a_short_line_that_is_no_heading_may_open_a_related_section() -> None:
    teasers = "".join(f"<p>Another story of the day, number {i}, which is not this article.</p>" for i in range(3))
    body = f"<article><p>{PROSE}</p><p>Second. {PROSE}</p><div><p>Top stories</p>{teasers}</div></article>"
    cleaned = clean(html(body))
    assert [b.text[:6] for b in cleaned.blocks] == ["The co", "Second"]
    said = clean(html(f"<article><p>{PROSE}</p><p>Top stories were read less.</p><p>{PROSE}</p></article>"))
    assert "Top stories were read less." in said.text  # a sentence, not a section's label


def test_widget_labels_are_chrome() -> None:
    cleaned = clean(html(f"<article><p>{PROSE}</p><p>Advert</p><p>Second. {PROSE}</p><p>Tags:</p></article>"))
    assert [b.text[:6] for b in cleaned.blocks] == ["The co", "Second"]
    assert {r.text: r.reason for r in cleaned.removed} == {"Advert": "widget label", "Tags:": "widget label"}


@pytest.mark.parametrize("line", ["XFacebookLinkedInEmail", "X", "Top stories"])
def test_a_share_bar_run_together_is_chrome(line: str) -> None:
    """Labels glued together (a share bar's icons' names) are one widget line, a one-letter
    label ("X") first too; a related section's heading is still read as one."""
    cleaned = clean(html(f"<article><p>{PROSE}</p><p>{line}</p><p>Second. {PROSE}</p></article>"))
    reason = {r.text: r.reason for r in cleaned.removed}[line]
    assert reason == ("heads a related/comments section" if line == "Top stories" else "widget label")


@pytest.mark.parametrize("label", ["Cookie Settings", "Datenschutzeinstellungen anpassen", "Box aufklappen Box zuklappen", "Show more"])
def test_settings_and_toggle_labels_are_chrome(label: str) -> None:
    cleaned = clean(text(f"Title\n{PROSE}\n{label}\nSecond. {PROSE}"))
    assert {r.text: r.reason for r in cleaned.removed}[label] == "widget label"


def test_a_more_in_section_heading_opens_a_related_list() -> None:
    teasers = [f"Another story of the day, number {i}, which is not this article at all" for i in range(3)]
    cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, f"Second. {PROSE}", "More In Personal Finance", *teasers])))
    assert cleaned.text.splitlines()[-1] == f"Second. {PROSE}"


def test_link_lists_are_navigation() -> None:
    links = "".join(f"<li><a href='/{i}'>Section number {i}</a></li>" for i in range(8))
    cleaned = clean(html(f"<article><p>{PROSE}</p><ul>{links}</ul><p>{PROSE}</p></article>"))
    assert "Section number" not in cleaned.text
    assert any(r.reason == "mostly links" for r in cleaned.removed)


def test_a_paragraph_linked_whole_is_article_text() -> None:
    summary = "<p><a href='/full'>The council approved the budget on Monday after a long debate over the new bridge.</a></p>"
    teaser = "<p><a href='/t'>Is this the most beautiful bridge in the whole country? Find out in our poll</a></p>"
    many = "<p>" + " ".join(f"<a href='/{i}'>Other story number {i} of the day.</a>" for i in range(4)) + "</p>"
    cleaned = clean(html(f"<article><p>{PROSE}</p>{summary}{teaser}{many}<p>{PROSE}</p></article>"))
    assert "The council approved the budget on Monday" in cleaned.text
    assert "most beautiful bridge" not in cleaned.text and "Other story" not in cleaned.text
    short = clean(html(f"<article><p>{PROSE}</p><p><a href='/x'>Watch the video.</a></p><p>{PROSE}</p></article>"))
    assert "Watch the video" not in short.text


def test_a_short_sentence_with_a_time_is_text_and_a_time_stamp_is_not() -> None:
    stamps = "<p><time>21:00</time> Jane Roe</p><p>Updated <time>Nov. 19, 2019 at 5:10 p.m.</time></p>"
    body = f"<article><p>{PROSE}</p>{stamps}<p>The vote is set for <time>Tuesday</time>.</p><p>{PROSE}</p></article>"
    cleaned = clean(html(body))
    assert "The vote is set for Tuesday." in cleaned.text
    assert "Jane Roe" not in cleaned.text and "Updated" not in cleaned.text
    assert {r.text for r in cleaned.removed if r.reason == "date line"} == {"21:00 Jane Roe", "Updated Nov. 19, 2019 at 5:10 p.m."}


@pytest.mark.parametrize("stamp", ["Thứ tư, 22/10/2025, 19:25 (GMT+7)", "Onsdag 22.10.2025 kl 19:25", "Środa, 22-10-2025 19:25"])
def test_a_numeric_date_and_time_with_a_word_or_two_of_any_language_is_a_date_line(stamp: str) -> None:
    cleaned = clean(html(f"<article><p>{PROSE}</p><p><span>{stamp}</span></p><p>{PROSE}</p></article>"))
    assert stamp not in cleaned.text and [r.reason for r in cleaned.removed if r.text == stamp] == ["date line"]
    kept = "Polls close 22/10/2025 at 19:25 in every district"  # more words: not a date line
    assert kept in clean(html(f"<article><p>{PROSE}</p><p>{kept}</p><p>{PROSE}</p></article>")).text


def test_snake_case_class_names_read_as_kebab_case() -> None:
    bio = "<p class='author_bio'>Ann Roe is a reporter on the city desk and writes about housing.</p>"
    photo = "<span class='img_desc'>The new bridge at dusk on Monday</span>"
    cleaned = clean(html(f"<article><p>{PROSE}</p>{photo}<p>{PROSE}</p>{bio}</article>"))
    assert "Ann Roe" not in cleaned.text and "page chrome (author-bio)" in {r.reason for r in cleaned.removed}
    assert "The new bridge at dusk on Monday" in cleaned.captions and "bridge at dusk" not in cleaned.text


def test_a_chrome_element_of_a_bem_block_named_for_the_article_is_chrome() -> None:
    bio = "<div class='article-end__author-bio'><p>Ann Roe is a reporter on the city desk and writes about housing.</p></div>"
    hashed = "<div class='article__ad-box__x9k2q'><p>Words in a box whose class ends in a build hash, not an element.</p></div>"
    cleaned = clean(html(f"<article><p>{PROSE}</p><div class='article-body__text'><p>{PROSE}</p></div>{hashed}{bio}</article>"))
    assert "Ann Roe" not in cleaned.text and "page chrome (author-bio)" in {r.reason for r in cleaned.removed}
    assert cleaned.text.count("The council voted") == 2 and "Words in a box" in cleaned.text


@pytest.mark.parametrize(
    "cls",
    [
        "factbox", "fact-box border-black", "infobox copytext__clearBox", "c-infoBox c-infoBox--inTabs",  # a fact box
        "expandable-box js-expandable-box", "wrapper wrapper--collapsed", "accordion",  # a box that opens on a click
    ],
)  # fmt: skip
def test_a_box_beside_the_story_is_chrome(cls: str) -> None:
    box = f"<div class='{cls}'><h3>Who is Ann Roe?</h3><p>Ann Roe is a professor of politics who has written four books on the city.</p></div>"
    cleaned = clean(html(f"<article><p>{PROSE}</p>{box}<p>{PROSE}</p></article>"))
    assert "Who is Ann Roe?" not in cleaned.text and "four books" not in cleaned.text
    assert cleaned.text.count("The council voted") == 2


def test_a_placeholder_for_an_embed_or_an_ad_is_chrome() -> None:
    consent = "<div class='c-oembed-placeholder'><p>To show embedded content, we need your consent to share data with the provider.</p></div>"
    cleaned = clean(html(f"<article><p>{PROSE}</p>{consent}<p>{PROSE}</p></article>"))
    assert "embedded content" not in cleaned.text and "page chrome (placeholder)" in {r.reason for r in cleaned.removed}


def test_a_block_without_words_is_not_text() -> None:
    cleaned = clean(html(f"<article><p>{PROSE}</p><p>\u200c</p><p>* * *</p><p>{PROSE}</p></article>"))
    assert [b.text for b in cleaned.blocks] == [PROSE, PROSE]
    assert [r.text for r in cleaned.removed if r.reason == "no words"] == ["\u200c", "* * *"]


def test_a_heading_left_at_the_end_with_nothing_under_it_goes() -> None:
    cleaned = clean(html(f"<article><h2>The vote</h2><p>{PROSE}</p><h3>Tell us what you think</h3><ul><li><a href='/c'>Comment</a></li></ul></article>"))
    assert [b.text for b in cleaned.blocks] == ["The vote", PROSE]
    assert ("Tell us what you think", "heading with no text after it") in {(r.text, r.reason) for r in cleaned.removed}


def test_a_list_told_in_headings_stays_when_its_last_paragraph_is_a_notice() -> None:
    """A widget's title is a heading or two at the end; more in a row are the article's own."""
    heads = [f"{n}. The plan sets aside {n} million for new buses on rural routes" for n in range(1, 5)]
    notice = "Got a story? Get in touch with our news team by email or on WhatsApp."
    cleaned = clean(html(f"<article><p>{PROSE}</p>{''.join(f'<h2>{h}</h2>' for h in heads)}<p>{notice}</p></article>"))
    assert [b.text for b in cleaned.blocks] == [PROSE, *heads]


def test_japanese_chrome_a_paywall_line_a_related_section_and_date_lines_go() -> None:
    story = "市は１４日、新しい図書館の建設計画を発表した。総事業費は約３０億円で、２０２７年の開館を目指す。"
    more = "市長は記者会見で「子どもたちが気軽に立ち寄れる場所にしたい」と述べ、周辺の公園も整備する考えを示した。"
    page = (
        f"<article><p>{story}</p><p>{more}</p><p>この記事は会員限定です。</p>"
        "<div><h3>関連キーワード</h3><a href='/a'>図書館</a><a href='/b'>市政</a></div>"
        "<p>1月14日</p></article>"
    )
    cleaned = clean(html(page))
    assert [b.text for b in cleaned.blocks] == [story, more]
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["この記事は会員限定です。"] == "page chrome" and reasons["1月14日"] == "date line"


def test_text_around_the_article_is_explained() -> None:
    body = (
        "<nav><a href='/'>Home page</a></nav><div class='promo'>Win a trip</div>"
        f"<article><p>{PROSE}</p><nav>Jump to section</nav><p>{PROSE}</p></article>"
    )
    reasons = {r.text: r.reason for r in clean(html(body)).removed}
    assert reasons == {"Jump to section": "<nav>", "Home page": "outside the article", "Win a trip": "outside the article"}


def test_headline_is_the_heading_matching_og_title() -> None:
    head = '<meta property="og:title" content="Mayor resigns after vote"><title>Mayor resigns after vote | Site</title>'
    body = f"<h1>Site name</h1><h2>Mayor resigns after vote</h2><p>{PROSE}</p>"
    assert clean(html(body, head)).title == "Mayor resigns after vote"


def test_json_ld_article_body_fills_in_when_the_page_lacks_it() -> None:
    story = " ".join(f"Sentence {i} of the structured story tells more of it." for i in range(20))
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "articleBody": "{story}\\nLast line."}}</script>'
    teaser = f"<article><p>{PROSE}</p><p>{PROSE}</p></article>"
    cleaned = clean(html(teaser, ld))
    assert [b.text for b in cleaned.blocks] == [story, "Last line."]
    assert {r.reason for r in cleaned.removed} == {"the page's JSON-LD articleBody holds the article"}
    full = f"<article><p>{story}</p><p>Last line.</p></article>"
    assert [b.text for b in clean(html(full, ld)).blocks] == [story, "Last line."]


def test_clean_is_pure() -> None:
    doc = golden_doc("en-synthetic-features")
    before = doc.text
    assert clean(doc) == clean(doc)
    assert doc.text == before


@pytest.mark.parametrize(
    "markup",
    ["<html></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>", "<p>", "<script>x=1</script>"],
)
def test_empty_pages_are_no_content_error(markup: str) -> None:
    with pytest.raises(NoContentError):
        clean(Document("<test>", markup, True, "utf-8"))


@pytest.mark.parametrize("tag", ["span", "div", "b", "li"])
def test_absurdly_deep_markup_is_read(tag: str) -> None:
    deep = f"<{tag}>" * 5000 + PROSE + f"</{tag}>" * 5000
    assert PROSE in clean(html(f"<article><p>{PROSE}</p>{deep}</article>")).text


@pytest.mark.parametrize("inner", ["<header>Inside</header>", "<hr>Inside", "<hgroup><h1>Inside</h1></hgroup>", "<ul><li>Inside</li></ul>"])
def test_blocks_nested_in_headings(inner: str) -> None:
    cleaned = clean(html(f"<article><h2>{inner}</h2><p>{PROSE}</p></article>"))
    heading = next(b for b in cleaned.blocks if b.text == "Inside")
    assert (heading.kind, heading.level) in (("heading", 2), ("heading", 1), ("item", 1))


def test_list_items_carry_their_nesting_depth() -> None:
    lists = "<ul><li>One<ul><li>One point one</li></ul></li><li>Two</li></ul>"
    items = [b for b in clean(html(f"<article><p>{PROSE}</p>{lists}</article>")).blocks if b.kind == "item"]
    assert [(b.text, b.level) for b in items] == [("One", 1), ("One point one", 2), ("Two", 1)]


def test_broken_json_ld_is_ignored() -> None:
    head = '<script type="application/ld+json">{"articleBody": ' + "[" * 100000 + "</script>"
    head += '<script type="application/ld+json">{"articleBody": "unclosed</script>'
    assert clean(html(f"<article><p>{PROSE}</p></article>", head)).text == PROSE


def golden_doc(slug: str) -> Document:
    return Document(slug, golden.source_bytes(slug).decode("utf-8"), True, "utf-8")


def test_golden_specs_are_valid_json() -> None:
    for path in golden.PAGES.glob("*/page.json"):
        assert set(json.loads(path.read_text(encoding="utf-8"))) == {"source", "must_have", "must_not_have"}


def test_plain_ruby_reading_split_over_lines_is_joined_back() -> None:
    from newsclean.clean.text import clean_plain

    body = "尹氏は野党が政府高官や検事らへの\n弾劾\n（\nだんがい\n）\n訴追案を提出している点などを挙げ、「内乱を企てる明白な反国家行為だ。自由民主主義体制の転覆を企てている」と指摘した。"
    text = clean_plain(f"ホーム\n{body}\n{body.replace('尹氏', '同氏')}").text
    assert "検事らへの 弾劾（だんがい） 訴追案を提出" in text
    assert "\n（\n" not in text


def test_plain_paragraph_cut_off_by_a_paywall_ends_the_article() -> None:
    from newsclean.clean.text import clean_plain

    first = "１３日午後９時１９分ごろ、宮崎県で震度５弱の地震があった。気象庁によると、震源地は日向灘で、震源の深さは約３６キロ。地震の規模はマグニチュード６・６と推定される。"
    cut = "気象庁は調査終了を受けた記者会見で「地震はいつ起きてもおかしくない」と呼びかけた。気象庁によると..."
    text = clean_plain(f"社会\n{first}\n{cut}\nこの記事は会員限定です。\nログイン").text
    assert cut in text and "会員限定" not in text


def test_plain_list_of_named_blurbs_loses_to_a_shorter_article() -> None:
    from newsclean.clean.text import clean_plain

    article = [
        "【ソウル＝特派員】韓国の大統領は３日夜、緊急談話を出し、野党が国政をまひさせているとして「非常戒厳」を宣言した。具体的な措置については明らかにされていない。",
        "大統領の発言をテレビで見る国民（ソウルで、３日）＝ＡＰ",
        "大統領は野党が政府高官や検事らへの訴追案を提出している点などを挙げ、「内乱を企てる明白な反国家行為だ」と指摘した。",
        "韓国憲法は第７７条で、大統領は、戦時などの国家緊急事態や公共の安寧秩序を維持する必要がある場合に、戒厳令を宣布することができると定めている。",
    ]
    blurbs = []
    for n in range(12):
        blurbs += [f"サイト{n}", f"新聞社が運営する第{n}の情報サイトです。暮らしや旅、健康にまつわる最新の話題を幅広く紹介しています。"]
    cleaned = clean_plain("\n".join(["ホーム", *article, "あわせて読みたい", *[f"メニュー{n}" for n in range(6)], *blurbs]))
    assert cleaned.text.startswith("【ソウル＝特派員】") and "情報サイト" not in cleaned.text
    assert cleaned.captions == (article[1],)


def test_plain_full_width_forms_and_cjk_punctuation_count_as_wide() -> None:
    from newsclean.clean.text import _size

    assert _size("１３日、「ＡＰ」") == 16  # full-width digits and letters, ideographic comma and brackets
    assert _size("13 AP") == 5


# --- plain text: the title among the lines above the article ---------------------------------

BERICHT = (
    "Die Feuerwehr kämpft seit dem Morgen gegen einen Brand in einer Lagerhalle im Süden der Stadt. "
    "Anwohner sollen Fenster und Türen geschlossen halten, teilte die Polizei am Nachmittag mit."
)
기사 = (
    "더불어민주당이 당대표 선출에 선호투표제를 도입하는 방안을 논의했지만 결론을 내지 못했다. "
    "최고위원회의는 2시간 반 만에 끝났고 당규 개정안은 다음 회의로 넘어갔다고 당 관계자가 전했다."
)


SIGNED_QUESTION = "Who is the harbour club’s new striker and how many goals did he score for his old side?"
SIGNED_BELOW = ["Jane Roe", "Published: 09:15, 3 Mar 2026", PROSE, f"Second. {PROSE}"]


def test_plain_title_is_no_menu_run_together_without_spaces() -> None:
    """A dump that ran a menu's links together ("NewsSportBusiness…") gives no title; the
    article's first line, a headline with the author and date right under it, is the title."""
    cleaned = clean(text("\n".join(["NewsSportBusinessTravelWeatherTV", "Sport", "Football", "HARBOUR DERBY", SIGNED_QUESTION, *SIGNED_BELOW])))
    assert cleaned.title == SIGNED_QUESTION
    assert SIGNED_QUESTION not in cleaned.text and cleaned.text.endswith(f"Second. {PROSE}")


def test_plain_title_opening_the_article_ends_a_related_list_above_it() -> None:
    teasers = ["Coach named for spring qualifiers after long search", "Fans queue overnight for derby tickets at the harbour"]
    cleaned = clean(text("\n".join(["Related articles", *teasers, SIGNED_QUESTION, *SIGNED_BELOW])))
    assert cleaned.title == SIGNED_QUESTION
    assert PROSE in cleaned.text and not any(t in cleaned.text for t in teasers)


def test_plain_title_is_no_teaser_in_a_menu_the_page_shows_twice() -> None:
    menu = ["Home", "Courts", "Careers", "Guide: 50 tips for your first year at law school", "Rankings", "Events"]
    headline = "Court hears complaint over export permits for tank parts"
    cleaned = clean(text("\n".join([*menu, "Jobs", *menu, "Login", headline, "by Jane Roe", "20.10.2025", PROSE, f"Second. {PROSE}", *menu])))
    assert cleaned.title == headline


def test_plain_title_is_no_menu_label_the_page_repeats() -> None:
    cleaned = clean(text("\n".join([
        "Nachrichten Meinung Magazin", "Gastkommentar",
        "Nennen wir ihn doch Golf von Nordamerika",
        BERICHT, f"Zweiter Absatz. {BERICHT}",
        "Mehr aus Gastkommentar", "Gastkommentar",
    ])))
    assert cleaned.title == "Nennen wir ihn doch Golf von Nordamerika"


def test_plain_title_is_the_first_headline_over_its_subtitle_byline_and_date_line() -> None:
    cleaned = clean(text("\n".join([
        "World", "Europe", "War in Ukraine",
        "Judge summons attorney general over leak of data",
        "The magistrate widens the inquiry to his deputy and asks for the phone records of both",
        "Jane Doe", "Madrid",
        "Updated March 3, 2024 10:15",
        PROSE, f"Second paragraph. {PROSE}",
    ])))
    assert cleaned.title == "Judge summons attorney general over leak of data"
    assert cleaned.subtitle == "The magistrate widens the inquiry to his deputy and asks for the phone records of both"


def test_plain_title_is_no_date_line_nor_a_line_of_sentences() -> None:
    cleaned = clean(text("\n".join([
        "Politik", "Brand in Lagerhalle: Warnung vor giftigen Rauchgasen",
        "Mittwoch, 03.05.2024, 16:24 Uhr • Lesezeit: 5 Minuten • Von Sebastian Kohler und Andreas Gandzior",
        "Die Zeitung ist Teil der Mediengruppe. Sie ist für Ihre Daten verantwortlich. Mehr erfahren",
        BERICHT, f"Zweiter Absatz. {BERICHT}",
    ])))
    assert cleaned.title == "Brand in Lagerhalle: Warnung vor giftigen Rauchgasen"


@pytest.mark.parametrize(
    "head, dateline, article",
    [
        (["World", "Storm hits coast"], "Thursday, March 7, 2024 6:59 PM EST", [PROSE, f"Second paragraph. {PROSE}"]),
        (["Politik", "Seilbahn kommt"], "08.03.2024, 18:59 Uhr • Lesezeit: 1 Minute", [BERICHT, f"Zweiter Absatz. {BERICHT}"]),
        (["정치", "선호투표제 또 불발"], "2025년 5월 15일 목요일 오후 6시 30분", [기사, f"이어서 {기사}"]),
    ],
)
def test_plain_title_is_never_a_date_line_above_or_below_a_short_headline(head: list[str], dateline: str, article: list[str]) -> None:
    """A headline too short to look like one leaves only the longest line above the article to
    take; a date line, longer, is never it, above the headline or below it."""
    section, headline = head
    for lines in ([section, headline, dateline], [section, dateline, headline]):
        assert clean(text("\n".join([*lines, *article]))).title == headline


def test_plain_title_the_page_repeats_wins_over_an_earlier_headline_like_line() -> None:
    title = "민주당 '선호투표제' 도입 또다시 불발 친청계 \"당규 개정 왜 밀어붙이나\""
    cleaned = clean(text("\n".join([
        "정치", "국회·정당", "이 기사를 추천합니다 공유하기 닫기",
        title, "2시간 반 만에 끝난 '빈손' 최고위",
        기사, f"이어서 {기사}",
        "많이 본 뉴스", title, "정치",
    ])))
    assert cleaned.title == title
    assert cleaned.subtitle == "2시간 반 만에 끝난 '빈손' 최고위"


def test_plain_headline_like_lines() -> None:
    from newsclean.clean.text import _headline_like

    assert _headline_like("Niemcy. Stałe zamknięcie granic jedynie kwestią czasu")  # one sentence break
    assert _headline_like("促进航天技术更好惠及人民")  # wide characters, no spaces
    assert not _headline_like("Poll of Polls")  # a menu label
    assert not _headline_like("Über dieses Thema berichtet:")  # a label
    assert not _headline_like("Tausende haben am Montag in Tiflis demonstriert.")  # a sentence
    assert not _headline_like("Publisert torsdag 09. mai 2024 - 13:26")  # a date line


def test_plain_title_the_page_shows_again_with_a_kicker_or_the_site_name_wins() -> None:
    title = "EU und Indien besiegeln grösstes Freihandelsabkommen ihrer Geschichte"
    cleaned = clean(text("\n".join([
        "Leserbrief schreiben", f"Start / Ausland / {title}", title,
        "27. Januar 2026 • Gregor Meier • 3 Minuten", BERICHT, f"Zweiter Absatz. {BERICHT}",
    ])))
    assert cleaned.title == title
    cleaned = clean(text("\n".join([
        "Most read stories this week in the city", "Judge summons attorney general over leak of data",
        PROSE, f"Second paragraph. {PROSE}",
        "Judge summons attorney general over leak of data | The Daily Example",
    ])))
    assert cleaned.title == "Judge summons attorney general over leak of data"


def test_plain_title_is_not_echoed_by_a_caption_that_starts_with_its_words() -> None:
    cleaned = clean(text("\n".join([
        "민주당 선호투표제 도입 또다시 불발", "이재명 더불어민주당 대선 후보",
        기사, "이재명 더불어민주당 대선 후보가 15일 전남 순천시에서 연설하고 있다. 연합뉴스", f"이어서 {기사}",
    ])))
    assert cleaned.title == "민주당 선호투표제 도입 또다시 불발"


def test_plain_title_stays_over_a_subtitle_above_the_date_line() -> None:
    from newsclean import extract

    page = "\n".join([
        "Politik", "Ausland", "Die Schweiz ist ein großer Tummelplatz für russische Spione",
        "Spionagedrehscheibe Schweiz :", "Ein großer Tummelplatz für russische Spione",
        "Von Johannes Ritter", "17.04.2024, 12:24 Uhr",
        BERICHT, f"Zweiter Absatz. {BERICHT}",
    ])
    assert extract(page).metadata.title == "Die Schweiz ist ein großer Tummelplatz für russische Spione"


def test_plain_title_is_no_share_line_of_a_box_the_page_shows_twice() -> None:
    title = "Eskalation im Nahen Osten: Israel hält sich vorerst zurück"
    share = ["Auf Facebook teilen Facebook", "Auf X teilen X", "Per WhatsApp teilen WhatsApp"]
    cleaned = clean(text("\n".join([
        "Inhalt", title, *share, BERICHT, f"Zweiter Absatz. {BERICHT}", *share, "Impressum",
    ])))
    assert cleaned.title == title


def test_plain_title_over_its_byline_wins_over_a_menu_line_when_share_labels_are_glued() -> None:
    # A dump joins a row of share icons' labels into one line; a networks' label it does not
    # know (VK) left the row a plain line, and the menu line far above became the title.
    title = "Coastal towns brace for the strongest storm in a decade"
    menu = "Programmes Live Europe Decoded, Smart Regions State Of The Union The Cube Unreported Europe Sport"
    cleaned = clean(text("\n".join([
        "Search", "Newsletters", menu, "Travel Tales Notes From Abroad Taste Women Beyond Borders",
        "Culture Cinema Creators Crossing Cultures Meet The Locals", "Special Coverage Climate Depth Of Field",
        "All Programmes", "News World", title,
        "Waves hit the harbour wall - Copyright Jane Roe/AP", "Copyright Jane Roe/AP", "By Example News with Agencies",
        "Published on 30/04/2024 - 16:38", "Share this article", "FacebookTwitterFlipboardSendRedditMessengerLinkedinVK",
        PROSE, f"Second paragraph. {PROSE}",
    ])))
    assert cleaned.title == title
    assert {r.text: r.reason for r in cleaned.removed}["FacebookTwitterFlipboardSendRedditMessengerLinkedinVK"] == "widget label"


def test_plain_title_the_page_frames_again_is_found_above_a_paywall_box() -> None:
    title = "Kamala Harris' Canadian connections: What we know about her childhood"
    box = [
        "Sign in without password New , a new way to login", "Create an account to keep reading",
        "Access articles from across Canada with one account", "Share your thoughts in the comments",
        "Enjoy additional articles per month", "Get email updates from your favourite authors",
        "Try refreshing your browser, or", "tap here to see other videos from our team", "View more offers",
    ]
    cleaned = clean(text("\n".join([
        f"Share this Story : {title}", "Canada", title, *box, PROSE, f"Second paragraph. {PROSE}",
    ])))
    assert cleaned.title == title
    # A line far above shown again without a separator before it is no frame: a nearer headline stays.
    cleaned = clean(text("\n".join([
        "x Send this page to someone via email", "Send this page to someone via email",
        "Menu", "Canada", "World", "Sports", "Video", "Opinion", "Local", "Health", "Money",
        "Judge summons attorney general over leak", PROSE, f"Second paragraph. {PROSE}",
    ])))
    assert cleaned.title == "Judge summons attorney general over leak"


def test_plain_headline_asking_a_question_is_no_caption_by_its_end() -> None:
    title = "EZB-Zinsentscheid am Donnerstag: Sinkt der Leitzins? Klare Ansage"
    cleaned = clean(text("\n".join(["Finanzen", title, BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == title
    caption = "Kräfte der Feuerwehr sind in Lichterfelde im Einsatz. Christoph Soeder"
    assert caption in clean(text("\n".join([title, BERICHT, caption, f"Zweiter Absatz. {BERICHT}"]))).captions


def test_plain_korean_byline_of_one_author_among_several() -> None:
    cleaned = clean(text("\n".join(["민주당 선호투표제 도입 또다시 불발", "박준석 기자 외 1명", 기사, f"이어서 {기사}"])))
    assert ("박준석 기자 외 1명", "byline") in [(r.text, r.reason) for r in cleaned.removed]
    assert cleaned.title == "민주당 선호투표제 도입 또다시 불발"


def test_plain_handles_icon_names_and_breadcrumbs_are_no_headline() -> None:
    from newsclean.clean.text import _headline_like

    assert not _headline_like("Stay in touch MetroUK @MetroUK @Metro.co.uk")  # a follow box
    assert not _headline_like("Saved articles bookmark Account settings account_circle Log out logout")  # an icon font's names
    assert not _headline_like("Home › News › Politics")  # the path to the page
    assert _headline_like("Reporter @ work: a day with the night shift")  # no handle
    title = "Two arrested after protest at West End play"
    cleaned = clean(text("\n".join(["MY ACCOUNT", "Saved articles bookmark Account settings account_circle Log out logout", title, PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title


def test_plain_caption_credit_follows_a_sentence_not_a_title_or_initialism() -> None:
    from newsclean.clean.text import _judge
    from newsclean.clean.vocab import vocab

    assert _judge("Lawmakers move to silence Trans Rep. Zooey Zephyr", vocab()).reason is None
    assert _judge("Leaders clash over revising the Japan-U.S. Pact", vocab()).reason is None
    assert _judge("Der Kanzler spricht am Montag in Berlin. Max Muster", vocab()).reason == "caption"
    assert _judge("이재명 후보가 15일 순천시에서 연설하고 있다. 뉴시스", vocab()).reason == "caption"


def test_plain_title_is_no_teaser_of_a_box_the_page_shows_twice() -> None:
    teaser, author = "Green group behind the gas stove study faces questions", "Collin Anderson and Joseph Simonson"
    title = "Soros family gives early support to Montana senator"
    cleaned = clean(text("\n".join(["Politics", teaser, author, title, "Chuck Ross", PROSE, f"Second paragraph. {PROSE}", teaser, author])))
    assert cleaned.title == title
    teaser, author = "Hitzewelle: Kommunen öffnen ihre Freibäder länger", "Von Anna Muster"
    title = "Stadtrat beschließt den Neubau der Brücke am Hafen"
    cleaned = clean(text("\n".join(["Lokales", teaser, author, title, BERICHT, f"Zweiter Absatz. {BERICHT}", teaser, author])))
    assert cleaned.title == title
    teaser, author = "폭염에 지자체 수영장 운영 시간 연장 검토", "김민수 기자"
    title = "민주당 선호투표제 도입 또다시 불발"
    cleaned = clean(text("\n".join(["정치", teaser, author, title, 기사, f"이어서 {기사}", teaser, author])))
    assert cleaned.title == title


def test_plain_title_under_a_section_name_shown_everywhere_is_shown_again() -> None:
    title = "Niemcy. Stałe zamknięcie granic jedynie kwestią czasu"
    cleaned = clean(text("\n".join([
        "Subscribe now for one month free", "Polityka", title, PROSE, f"Second paragraph. {PROSE}",
        "Najczęściej czytane", "Polityka", title, "Polityka", "Podatkowe przeciąganie liny",
    ])))
    assert cleaned.title == title


def test_plain_title_is_no_menu_item_between_short_lines() -> None:
    title = "The best heated clothes airers to save money when drying laundry"
    menu = ["Broadband deals", "Cheap broadband", "Broadband in my area", "Broadband and TV deals", "Mobile deals"]
    cleaned = clean(text("\n".join([*menu, title, PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title
    menu = ["Verkehr", "Alle Meldungen zum Nahverkehr", "Alle Blitzer", "Kultur"]
    title = "Stadtrat beschließt den Neubau der Brücke am Hafen"
    cleaned = clean(text("\n".join([*menu, title, BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == title
    cleaned = clean(text("\n".join(["정치", "국회 정당 외교 일반", "북한", "민주당 선호투표제 도입 또다시 불발", 기사, f"이어서 {기사}"])))
    assert cleaned.title == "민주당 선호투표제 도입 또다시 불발"
    # A short headline under a kicker, over its subtitle, stays.
    cleaned = clean(text("\n".join(["Leichtathletik", "Berlin-Marathon: Hendel im Porträt", "Marathon in Berlin: Im harten Läuferalltag weit nach vorne", BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == "Berlin-Marathon: Hendel im Porträt"


def test_plain_title_the_page_shows_three_times_is_still_the_title() -> None:
    title = "Chris Christie’s exit marks the end of the fight for the soul of the GOP"
    cleaned = clean(text("\n".join([
        title, "Books & the Arts", "Politics / January 11, 2024", title, PROSE, f"Second paragraph. {PROSE}", "Most read", title,
    ])))
    assert cleaned.title == title
    title = "UN: Russland und China kritisieren US-Militäreinsatz in Venezuela"
    cleaned = clean(text("\n".join([
        title, "Menü", "Facebook Twitter Flipboard Send Xing Messenger Bluesky Telegram Threads Whatsapp",
        title, BERICHT, f"Zweiter Absatz. {BERICHT}", title,
    ])))
    assert cleaned.title == title
    title = "왜 경상도, 전라도 나눠서 싸우나... DJ 고향에서 '국민 통합' 외친 이재명"
    cleaned = clean(text("\n".join([title, "웹 알림 동의 (크롬브라우저만 가능)", title, 기사, f"이어서 {기사}", title])))
    assert cleaned.title == title
    # A label of a few words shown three times stays chrome.
    label = "DIVE DEEPER (7 MIN)"
    cleaned = clean(text("\n".join([label, "Judge summons attorney general over leak", label, PROSE, f"Second paragraph. {PROSE}", label])))
    assert cleaned.title == "Judge summons attorney general over leak"


def test_plain_title_after_a_caption_that_opens_the_article() -> None:
    caption = "Rep. Zooey Zephyr walks out of the Montana House of Representatives after lawmakers voted to ban her from the floor."
    title = "An insider’s view of the Montana legislature’s attacks on a lawmaker"
    cleaned = clean(text("\n".join(["Donate", "Become a member", caption, "Photo: Thom Bridge / AP", title, "April 28 2023, 3:54 p.m.", PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title and title not in cleaned.text
    caption = "Personen in Schutzanzügen gehen auf das vom Ausbruch betroffene Kreuzfahrtschiff zu, am 11. Mai im Hafen."
    title = "Angst vor dem Virus lässt alte Verschwörungserzählungen wiederaufleben"
    cleaned = clean(text("\n".join(["Revisionen", "Impfungen", caption, title, "Veröffentlicht am 13. Mai 2026 um 15:44", BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == title
    caption = "이재명 더불어민주당 대선 후보가 15일 전남 순천시 연향동 패션의거리에서 지지자들에게 인사하고 있다."
    title = "민주당 선호투표제 도입 또다시 불발"
    cleaned = clean(text("\n".join(["정치", "사회", caption, title, "2025.05.15 18:30", 기사, f"이어서 {기사}"])))
    assert cleaned.title == title
    # A line like a headline above the article stays the title over an author's line inside it.
    cleaned = clean(text("\n".join([
        "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?", BERICHT,
        "Birgit Baumann Anna Giulia Fink Jan Michael Marchart", "3. Mai 2024, 18:00", f"Zweiter Absatz. {BERICHT}", f"Dritter Absatz. {BERICHT}",
    ])))
    assert cleaned.title == "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?"


def test_plain_title_shown_again_is_found_above_a_share_box_when_no_near_line_has_a_headlines_words() -> None:
    title = "Russia hits Kyiv with ballistic missile, damages buildings and schools"
    box = [
        "Send this page to someone via email", "See more sharing options", "Listen to this article", "Report an error",
        "Open image in full screen", "Save to reading list", "Decrease article font size", "Increase article font size", "4 min read",
    ]
    cleaned = clean(text("\n".join([title, "World", title, *box, PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title
    title = "Schüler wegen Misshandlung an einem Internat angeklagt"
    box = ["0.5x", "1.0x", "1.5x", "2.0x", "Vorlesen lassen", "Fehler melden", "Bild im Vollbild öffnen", "Foto teilen", "Schriftgröße ändern"]
    cleaned = clean(text("\n".join([title, "Inland", title, *box, BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == title
    title = "민주당 선호투표제 도입 또다시 불발 친청계 반발"
    box = ["기사 듣기 시작", "0.5배속", "1.5배속", "2.0배속", "오류 신고하기", "사진 크게 보기", "본문 글씨 키우기", "본문 글씨 줄이기", "공유"]
    cleaned = clean(text("\n".join([title, "정치", title, *box, 기사, f"이어서 {기사}"])))
    assert cleaned.title == title
    # A near line with a headline's words stays the title over one shown again far above.
    near = "Judge summons attorney general over leak of data"
    box = ["0.5x", "1.0x", "1.5x", "1.8x", "2.0x", "Report an error", "4 min read", "Listen now"]
    cleaned = clean(text("\n".join([
        "How to boost your credit score today", "Markets", "How to boost your credit score today", *box, near, PROSE, f"Second paragraph. {PROSE}",
    ])))
    assert cleaned.title == near


def test_plain_reading_time_is_no_headline() -> None:
    from newsclean.clean.text import _headline_like

    assert not _headline_like("Tiempo de lectura: 6 min")
    assert not _headline_like("Estimated reading time 4 min")
    assert _headline_like("Minister wins 90-minute debate on rail strike")
    title = "Judge summons attorney general over leak of data"
    cleaned = clean(text("\n".join(["Politics", "Estimated reading time 4 min", title, "Jane Doe", PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title
    title = "Stadtrat beschließt den Neubau der Brücke am Hafen"
    cleaned = clean(text("\n".join(["Lokales", "Geschätzte Lesezeit 5 Min und 20 Sek", title, BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == title
    title = "민주당 선호투표제 도입 또다시 불발"
    cleaned = clean(text("\n".join(["정치", "예상 읽기 시간 3 min", title, 기사, f"이어서 {기사}"])))
    assert cleaned.title == title


def test_plain_title_is_no_headline_listed_under_a_related_heading() -> None:
    title = "Severe storms escalate in Gauteng, residents urged to avoid flood risks"
    related = ["RELATED ARTICLES", "Water crisis deepens as desperate residents turn to the river", "Growing sinkhole in the south ignored"]
    cleaned = clean(text("\n".join([
        "Home » News » South Africa", title, "Journalist", "28 November 2025", *related, PROSE, f"Second paragraph. {PROSE}", related[1],
    ])))
    assert cleaned.title == title
    title = "Stadtrat beschließt den Neubau der Brücke am Hafen"
    related = ["Weitere Artikel", "Hitzewelle: Kommunen öffnen ihre Freibäder länger", "Neue Buslinie verbindet die Vororte"]
    cleaned = clean(text("\n".join([title, "Von Anna Muster", *related, BERICHT, f"Zweiter Absatz. {BERICHT}", related[1]])))
    assert cleaned.title == title
    title = "민주당 선호투표제 도입 또다시 불발"
    related = ["관련 기사", "폭염에 지자체 수영장 운영 시간 연장 검토", "새 버스 노선 개통에 주민들 환영"]
    cleaned = clean(text("\n".join([title, "박준석 기자", *related, 기사, f"이어서 {기사}", related[1]])))
    assert cleaned.title == title


def test_plain_breadcrumb_with_guillemets_is_no_headline() -> None:
    from newsclean.clean.text import _headline_like

    assert not _headline_like("Home » News » South Africa")
    assert not _headline_like("Startseite » Politik » Ausland")
    assert not _headline_like("홈 » 뉴스 » 정치 일반")
    assert _headline_like("Why the »old guard« still runs the party")


def test_plain_teaser_with_its_age_is_no_headline() -> None:
    from newsclean.clean.text import _headline_like

    assert not _headline_like("3h agoWhy the manager's gamble was a necessary evil")
    assert not _headline_like("45m ago Hitzewelle: Kommunen öffnen ihre Freibäder länger")
    assert not _headline_like("2d ago 폭염에 지자체 수영장 운영 시간 연장 검토")
    assert _headline_like("Sturm vor 3 Tagen: Kommunen zählen die Schäden")  # no teaser's age
    assert _headline_like("사고 3일 전 경고 있었다")
    title = "US Open results: six British players record first-round wins without dropping a set"
    cleaned = clean(text("\n".join([
        "6m agoWatching a star embarrass mediocre defenders is not the football I fell in love with", title, "By", "Michael Hincks", PROSE, f"Second paragraph. {PROSE}",
    ])))
    assert cleaned.title == title


def test_plain_title_opening_the_article_over_a_day_month_year_date() -> None:
    notice = "Hinweis zu Affiliate-Links: Alle Produkte werden von der Redaktion unabhängig ausgewählt. Beim Kauf erhalten wir eine Provision."
    title = 'Kate Moss auf dem Cover: "Was ich nicht will: gewöhnlich sein"'
    lead = "Seit den Neunzigern ist sie ein Supermodel. An ihrer Bekanntheit und Relevanz hat sich wenig geändert, sagt sie."
    cleaned = clean(text("\n".join(["Story Saved", notice, "Coverstory", title, lead, "Von Philipp Muster", "23. April 2024", BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == title
    notice = "Affiliate links: every product is chosen by our editors independently. We may earn a commission when you buy."
    title = "A heat shield for the most important ice on Earth"
    cleaned = clean(text("\n".join(["Story Saved", notice, "Cover story", title, PROSE, "Jane Doe", "28 April 2024", f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title


def test_plain_title_is_the_articles_first_line_when_the_page_shows_it_again() -> None:
    title = "Iran zrezygnował z drugiej rundy rozmów z USA. Powodem „wygórowane żądania Waszyngtonu”"
    cleaned = clean(text("\n".join(["Serwisy", "Świat", title, PROSE, f"Second paragraph. {PROSE}", "Most read", title])))
    assert cleaned.title == title and title not in cleaned.text
    title = 'Stadtrat beschließt nach langem Streit den Neubau der Brücke am Hafen: "Wir haben lange genug gewartet"'
    cleaned = clean(text("\n".join(["Lokales", title, BERICHT, f"Zweiter Absatz. {BERICHT}", "Meistgelesen", title])))
    assert cleaned.title == title
    title = "민주당 선호투표제 도입 또다시 불발, 친청계 반발 \"당규 개정을 왜 이렇게 밀어붙이나\""
    cleaned = clean(text("\n".join(["정치", title, 기사, f"이어서 {기사}", "많이 본 뉴스", title])))
    assert cleaned.title == title


def test_plain_subtitle_is_no_second_copy_of_the_title() -> None:
    title = "Judge summons attorney general over leak of data"
    cleaned = clean(text("\n".join(["World", title, "Share", title, "Jane Doe", PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title and cleaned.subtitle != title
    title = "Evangelische Kirche: Landeskirche will Missbrauch aufarbeiten"
    cleaned = clean(text("\n".join(["Bayern", title, "Teilen", title, BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == title and cleaned.subtitle != title
    title = "민주당 선호투표제 도입 또다시 불발"
    cleaned = clean(text("\n".join(["정치", title, "공유하기 닫기", title, 기사, f"이어서 {기사}"])))
    assert cleaned.title == title and cleaned.subtitle != title


SUMMARY_BOXES = [
    (
        ["News", "Only a third of the children came to school on Monday",
         "Many parents kept their children at home on Monday, fearing the smoke from the fire in the valley.",
         "In brief", "The article summed up for you"],
        [
            "A fire at the waste centre shut schools and nurseries across the valley on Monday morning.",
            "Parents could choose whether to keep their children at home or send them to school as usual.",
            "Care homes put an emergency plan into action and cancelled their outdoor activities for the day.",
            "Classes are to resume on Tuesday, as the air has cleared and the smoke has moved on to the east.",
        ],
        ["© Jane Doe", "Jane Doe", *(f"Paragraph {n}. {PROSE}" for n in range(8))],
    ),
    (
        ["Lokales", "Nur ein Drittel der Kinder kam am Montag in die Schule",
         "Viele der Eltern im Talboden schickten ihre Kinder am Montag nicht in Schulen und Kindergärten.",
         "In Kürze", "Der Artikel für Sie zusammengefasst"],
        [
            "Ein Großbrand im Abfallwirtschaftszentrum führte dazu, dass Schulen auf Notbetrieb umgestellt wurden.",
            "Eltern konnten entscheiden, ob sie ihre Kinder zu Hause lassen oder in die Schule schicken wollten.",
            "In Pflegeheimen wurde ein Notfallplan aktiviert, und geplante Ausflüge wurden kurzfristig abgesagt.",
            "Der Regelbetrieb in Schulen soll am Dienstag wieder aufgenommen werden, da sich die Lage verbessert.",
        ],
        ["© Anna Muster", "Anna Muster", *(f"Absatz {n}. {BERICHT}" for n in range(8))],
    ),
    (
        ["사회", "월요일 등교한 학생은 3분의 1에 그쳐",
         "많은 학부모들이 화재 연기를 우려해 월요일 자녀를 학교에 보내지 않았다고 교육청이 밝혔다.",
         "요약", "이 기사를 요약해 드립니다"],
        [
            "폐기물 처리장 화재로 계곡 일대의 학교와 어린이집이 월요일 아침부터 비상 운영 체제로 전환됐다.",
            "학부모들은 자녀를 집에 둘지 학교에 보낼지 스스로 결정할 수 있었다고 교육청이 설명했다.",
            "요양원들은 비상 계획을 가동하고 예정됐던 야외 활동을 모두 취소했다고 밝혔다.",
            "학교 수업은 공기가 맑아짐에 따라 화요일부터 정상적으로 재개될 예정이라고 당국은 전했다.",
        ],
        ["© 김민수", "김민수", *(f"{n}. {기사}" for n in range(8))],
    ),
]


@pytest.mark.parametrize(("head", "summary", "body"), SUMMARY_BOXES, ids=["en", "de", "ko"])
def test_plain_title_above_a_lead_and_a_summary_box(head: list[str], summary: list[str], body: list[str]) -> None:
    """A lead and a summary box between the title and the article do not push the title out."""
    cleaned = clean(text("\n".join([*head, *summary, *body])))
    assert cleaned.title == head[1]


def test_plain_title_opening_the_article_wins_over_an_undated_line_above() -> None:
    caption = "Rep. Zooey Zephyr walks out of the Montana House of Representatives after lawmakers voted to ban her from the floor."
    title = "An insider’s view of the Montana legislature’s attacks on a lawmaker"
    cleaned = clean(text("\n".join([
        "A division of First Look Institute", "Terms of use", "Privacy", "Donate", caption, "Photo: Thom Bridge / AP", title,
        PROSE, "Ryan Devereaux", "April 28 2023, 3:54 p.m.", f"Second paragraph. {PROSE}",
    ])))
    assert cleaned.title == title
    caption = "Personen in Schutzanzügen gehen auf das vom Ausbruch betroffene Kreuzfahrtschiff zu, am 11. Mai im Hafen."
    title = "Angst vor dem Virus lässt alte Verschwörungserzählungen wiederaufleben"
    cleaned = clean(text("\n".join([
        "Ein Angebot der Nachrichtenagentur", "Impressum", "Kontakt", "Datenschutz", "Newsletter", caption, title, "Veröffentlicht am 13. Mai 2026 um 15:44",
        BERICHT, f"Zweiter Absatz. {BERICHT}",
    ])))
    assert cleaned.title == title
    caption = "이재명 더불어민주당 대선 후보가 15일 전남 순천시 연향동 패션의거리에서 지지자들에게 인사하고 있다."
    title = "민주당 선호투표제 도입 또다시 불발"
    cleaned = clean(text("\n".join(["전체 서비스 보기 및 검색", "구독", "로그인", "회원가입", "고객센터", caption, title, "2025.05.15 18:30", 기사, f"이어서 {기사}"])))
    assert cleaned.title == title
    # A byline opening the article is no title: the line above stays.
    title = "Prime minister dodges criticism during leaders debate"
    cleaned = clean(text("\n".join([
        "Politics", title, "Post", "Save", "Print", "Listen", "The Daily Example", PROSE, "By Jane Doe and John Roe / Daily Example Staff Writers", "October 13, 2024",
        f"Second paragraph. {PROSE}",
    ])))
    assert cleaned.title == title


def test_plain_browser_notice_is_chrome_not_a_title() -> None:
    from newsclean.clean.text import _judge
    from newsclean.clean.vocab import vocab

    notices = [
        "Your web browser is no longer supported. To improve your experience update it here",
        "Ihr Browser wird nicht mehr unterstützt. Bitte aktualisieren Sie ihn",
        "현재 사용 중인 브라우저는 지원하지 않습니다. 최신 브라우저로 업데이트해 주세요",
    ]
    assert [_judge(n, vocab()).reason for n in notices] == ["browser notice"] * 3
    assert _judge("Try refreshing your browser, or", vocab()).reason is None
    title = "Nearly 3000 pages of court documents released, but questions remain"
    cleaned = clean(text("\n".join([notices[0], "World", title, "12:20pm Jan 7, 2024", PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title
    title = "Stadtrat beschließt den Neubau der Brücke am Hafen"
    cleaned = clean(text("\n".join([notices[1], "Lokales", title, BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == title
    title = "민주당 선호투표제 도입 또다시 불발"
    cleaned = clean(text("\n".join([notices[2], "정치", title, 기사, f"이어서 {기사}"])))
    assert cleaned.title == title


def test_plain_title_loses_a_kicker_glued_before_it_with_a_hyphen() -> None:
    title = "Drusen fordern Teilhabe statt Schutzgarantien von neuer Regierung"
    cleaned = clean(text("\n".join(["International", "Inhalt", f"Minderheit in Syrien - {title}", BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == title
    title = "Judge summons attorney general over leak of data"
    cleaned = clean(text("\n".join(["World", f"Data scandal - {title}", PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title


@pytest.mark.parametrize(
    "headline",
    [
        "Sálfræðihernaður fyrir dómi – Vottar Jehóva ryðjast inn í salinn",  # a dash inside the headline
        "Zwei Rücktritte - und viele offene Fragen im Ausschuss",  # a clause goes on after the hyphen
        "Milan Design Week 2018 | Michael Anastassiades’ light installation for FLOS",  # a bar: part of the headline
        "Storm hits coast - live updates",  # too few words after it
        "Judge summons attorney general over leak of data - The Daily Example",  # the site's name after it
    ],
)
def test_plain_title_keeps_a_headline_whose_parts_no_kicker_splits(headline: str) -> None:
    cleaned = clean(text("\n".join(["World", headline, PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == headline


def test_plain_date_line_under_the_title_is_no_subtitle() -> None:
    title = "Judge summons attorney general over leak of data"
    for dateline in ["April 28, 2024 3:00 AM", "29.06.2023, 15:04 | Lesedauer: 7 Minuten", "6 Jan 2026"]:
        cleaned = clean(text("\n".join(["World", title, dateline, "Email App", PROSE, f"Second paragraph. {PROSE}"])))
        assert (cleaned.title, cleaned.subtitle) == (title, None)
    # A subtitle right under the title stays, with the date line under it.
    subtitle = "The magistrate widens the inquiry to his deputy"
    cleaned = clean(text("\n".join(["World", title, subtitle, "April 28, 2024 3:00 AM", PROSE, f"Second paragraph. {PROSE}"])))
    assert (cleaned.title, cleaned.subtitle) == (title, subtitle)


def test_plain_title_loses_a_label_glued_to_it_when_the_page_shows_it_alone() -> None:
    title = "India fires missiles into Pakistani-controlled territory, killing at least 26"
    video = ["We apologize, but this video has failed to load.", "Try refreshing your browser, or"]
    cleaned = clean(text("\n".join([
        "World", f"{title} Back to video", *video, PROSE, f"Second paragraph. {PROSE}", "Most read", title, "Contact us",
    ])))
    assert cleaned.title == title
    title = "Homemade Spiced Honey Pear Jam for the Holidays"
    cleaned = clean(text("\n".join([f"Home Holidays {title}", PROSE, f"Second paragraph. {PROSE}", "You may also like", title])))
    assert cleaned.title == title
    # Not shown alone, or after a kicker with a colon (part of the headline as pages write it): the line stays whole.
    cleaned = clean(text("\n".join(["World", f"{title} Back to video", PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == f"{title} Back to video"
    title = "LTE-Patent: Samsung soll wegen Patentklage Smartphones zerstören"
    cleaned = clean(text("\n".join(["Technik", title, BERICHT, f"Zweiter Absatz. {BERICHT}", "Samsung soll wegen Patentklage Smartphones zerstören"])))
    assert cleaned.title == title


def test_plain_photo_credit_the_page_shows_three_times_is_no_title() -> None:
    title, credit = "New car sales plunge 10 percent in October", "Photo: David Zalubowski, STF / Associated Press"
    gallery = [credit, "Image 1 of 9", "Caption", credit, "Close", credit, title, "1 / 9"]
    cleaned = clean(text("\n".join([title, "Gallery", *gallery, PROSE, f"Second paragraph. {PROSE}", "More", title])))
    assert cleaned.title == title
    # A headline the page shows three times is still the title (test above); a credit shown so is a caption.
    assert (credit, "repeated on the page") in [(r.text, r.reason) for r in cleaned.removed]


def test_plain_a_posts_age_is_no_headline_but_years_ago_may_be() -> None:
    from newsclean.clean.text import _headline_like

    assert not _headline_like("Published 1 day ago")
    assert not _headline_like("Updated 25 minutes ago")
    assert _headline_like("Remembering the quake that struck 50 years ago")
    title = "Scooter Braun allegedly frustrated with Big Machine partner amid feud"
    cleaned = clean(text("\n".join(["Taylor Swift", "Published 1 day ago", title, "By Julius Young", PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title


def test_plain_title_loses_a_breadcrumb_glued_to_it_with_no_space() -> None:
    title = "Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos"
    cleaned = clean(text("\n".join([f"HomeLatest News{title}", title, "By Admin", PROSE, f"Second paragraph. {PROSE}"])))
    assert (cleaned.title, cleaned.subtitle) == (title, None)
    # More than a few words before it: another line that ends with the headline, not a breadcrumb.
    teaser = f"Fans say the actress still looks as young as ever: {title}"
    cleaned = clean(text("\n".join(["Home", teaser, PROSE, f"Second paragraph. {PROSE}", "Gallery", title])))
    assert cleaned.title == teaser
    # Only a time glued to it: a live blog's entry, kept whole.
    entry = "Exact date far right thugs plan to plunge UK into chaos with 39 more protests"
    cleaned = clean(text("\n".join(["Live", f"{entry}17:56", PROSE, f"Second paragraph. {PROSE}", "Most read", entry])))
    assert cleaned.title == f"{entry}17:56"


def test_plain_title_is_the_headline_over_the_byline_not_a_label_above_it() -> None:
    title = "Doobie Brothers to reunite with Michael McDonald for Blossom show"
    cleaned = clean(text("\n".join([
        "Tonight", "Tomorrow", "View Full Weather Report", "Subscribe", "You are signed in as", "Search",
        title, "Updated Nov 19, 6:55 AM", PROSE, f"Second paragraph. {PROSE}",
    ])))
    assert cleaned.title == title
    # Over its subtitle that sits over the byline.
    subtitle = "The band will tour North America next summer with its old singer"
    cleaned = clean(text("\n".join(["View Full Weather Report", "Search", title, subtitle, "By Troy L. Smith", PROSE, f"Second paragraph. {PROSE}"])))
    assert (cleaned.title, cleaned.subtitle) == (title, subtitle)
    # A first headline with a headline's words stays, over an author's line that sits over the date.
    first = "Minderheit in Syrien: Drusen fordern Teilhabe statt Schutzgarantien"
    cleaned = clean(text("\n".join(["International", first, "Autor: Monika Bolliger und Anna Trechsel, Sweidah", "05.01.2025, 15:23", BERICHT, f"Zweiter Absatz. {BERICHT}"])))
    assert cleaned.title == first


def test_plain_title_over_its_date_line_is_found_far_above_a_settings_box() -> None:
    title = "[연천소식] 군-초록우산어린이재단, 아동복지 협약"
    box = ["본문듣기", "설정", "좋아요 0", "훈훈해요 0", "슬퍼요 0", "글자 크기 변경하기", "가1단계", "가2단계", "글꼴", "굴림", "돋움",
           "나눔고딕 폰트가 설치되어있지 않습니다.", "나눔 폰트를 설치하러 가시겠습니까?", "예 아니오", "인쇄하기", "보내기"]
    cleaned = clean(text("\n".join(["사회", title, "기사입력 2017.04.20. 오후 3:53", *box, 기사, f"이어서 {기사}"])))
    assert (cleaned.title, cleaned.subtitle) == (title, None)
    title = "Judge summons attorney general over leak of data"
    box = ["Listen", "Settings", "Text size", "Small", "Medium", "Large", "Font", "Arial", "Verdana",
           "The font is not installed on your device.", "Do you want to install the font now?", "Yes No", "Print", "Send"]
    cleaned = clean(text("\n".join(["World", title, "March 3, 2024 10:15", *box, PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title == title
    # Not a byline over the date; nor when a near headline sits over a date line of its own.
    cleaned = clean(text("\n".join(["World", "By Samya Kullab and Vasilisa Stepanenko The Associated Press", "March 3, 2024 10:15", *box, PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title != "By Samya Kullab and Vasilisa Stepanenko The Associated Press"
    near = "Court hears the attorney general on the leak of data"
    cleaned = clean(text("\n".join(["World", title, "March 3, 2024 10:15", *box, near, "March 4, 2024 09:00", PROSE, f"Second paragraph. {PROSE}"])))
    assert cleaned.title != title


@pytest.mark.parametrize("dateline", ["27 listopada 2026 r.", "27 listopada 2026 r., 14:30", "Publikacja: 27.11.2026 r."])
def test_plain_polish_date_line_with_the_year_mark_is_no_subtitle(dateline: str) -> None:
    """"r." (roku, "of the year") after a year's digits is part of a Polish date line."""
    title = "Rząd przyjął projekt budżetu na przyszły rok"
    cleaned = clean(text("\n".join(["Polityka", title, dateline, PROSE, f"Second paragraph. {PROSE}"])))
    assert (cleaned.title, cleaned.subtitle) == (title, None)


@pytest.mark.parametrize("line", ["R : 50,000₩ 12", "W 2026 r. rząd wyda więcej"])
def test_plain_year_mark_makes_no_date_line_of_a_letter_and_numbers_or_of_a_clause(line: str) -> None:
    """Not a lone "r" beside numbers (a price list), nor a clause holding "2026 r."."""
    assert not is_dateline(line, vocab())


TEASER_BOX = [
    "Read more", "Politics", "Parliament backs permanent border checks after the attack",
    "Parliament passed a motion on stricter migration rules after the deadly attack last month, the speaker said.",
]


def test_plain_teaser_box_the_article_shows_twice_after_a_label_is_no_article_text() -> None:
    """A teaser (a headline and its blurb) after a "Read more" label and a section name, shown
    twice inside the article, is no part of it."""
    lines = ["World", "Council closes the old bridge for repairs next month", PROSE, f"Second paragraph. {PROSE}",
             *TEASER_BOX, f"Third paragraph. {PROSE}", f"Fourth paragraph. {PROSE}", *TEASER_BOX, f"Fifth paragraph. {PROSE}",
             "Read more", "Politics", "Contact us"]
    cleaned = clean(text("\n".join(lines)))
    assert not any(t in cleaned.text for t in TEASER_BOX[2:])
    assert cleaned.text.count(PROSE) == 5


@pytest.mark.parametrize(
    "box",
    [
        # a notice of a blocked embed after article text, where the article has two embeds
        ["One click for privacy", "To show this chart we use software of a third party. Only when you click here are the charts loaded.", "Show charts"],
        # a recipe's lines repeated under a label the page repeats (no headline: they end in a full stop)
        ["Eat every 2-3 hours", "1 scoop protein powder, 1 cup strawberries, 8 oz. unsweetened almond milk, 1 tsp.", "Containers: 1 Purple, 1 Red, 1 tsp."],
    ],
)
def test_plain_lines_the_article_shows_twice_stay_when_no_teaser_box(box: list[str]) -> None:
    label = ["Eat every 2-3 hours"] if box[0].startswith("Eat") else []
    lines = ["World", "Council closes the old bridge for repairs next month", PROSE, f"Second paragraph. {PROSE}", *box,
             f"Third paragraph. {PROSE}", f"Fourth paragraph. {PROSE}", *box, f"Fifth paragraph. {PROSE}", *label]
    cleaned = clean(text("\n".join(lines)))
    assert cleaned.text.count(box[1]) == 2


# --- widgets inside the article: deals, embedded posts, polls, newsletter boxes -------------


def test_a_deal_boxs_button_and_the_products_name_over_it_are_no_article_text() -> None:
    name, button, other = "Acme Trailhead 20 Sleeping Bag", "$139 at Summit Outfitters", "£29.99 at Amazon (Medium)"
    lines = ["The best sleeping bags", PROSE, name, button, f"Second. {PROSE}", "Wollmütze Classic", "29,99 € bei Otto", f"Third. {PROSE}", other]
    cleaned = clean(text("\n".join(lines)))
    assert not {name, button, other, "29,99 € bei Otto", "Wollmütze Classic"} & {b.text for b in cleaned.blocks}
    assert {r.text: r.reason for r in cleaned.removed}[button] == "deal box"
    html_cleaned = clean(html(f"<article><p>{PROSE}</p><h3>{name}</h3><p><a href='#'>{button}</a></p><p>Second. {PROSE}</p></article>"))
    assert button not in html_cleaned.text and name in html_cleaned.text


@pytest.mark.parametrize("line", [
    "Tickets cost $5 at the door.",
    "$5 at the door",  # the shop is named with a capital
    "Shares rose 3% at the open.",
    "The company raised $1.2 billion at a valuation of $40 billion, the people said.",
    "Brent crude fell to $81.40 at Wall Street's close on Friday, its lowest since March.",
])
def test_a_price_in_a_sentence_is_no_deal(line: str) -> None:
    for cleaned in (clean(text(f"Title\n{PROSE}\n{line}\n{PROSE}")), clean(html(f"<article><p>{PROSE}</p><p>{line}</p><p>{PROSE}</p></article>"))):
        assert line in cleaned.text


def test_plain_text_an_embedded_posts_signature_and_its_text_are_no_article_text() -> None:
    post = "Our thoughts are with the families tonight. We will rebuild the bridge, and we will do it together. https://t.co/x1Y2z3"
    signature = "— Mayor Jane Roe (@MayorJaneRoe) May 6, 2025"
    said = "The mayor (@MayorJaneRoe) wrote on May 6, 2025, that the city would rebuild the bridge within two years."
    cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, post, signature, f"Second. {PROSE}", said, f"Third. {PROSE}"])))
    assert post not in cleaned.text and signature not in cleaned.text
    assert {r.text: r.reason for r in cleaned.removed}[signature] == "embedded post"
    assert said in cleaned.text and f"Second. {PROSE}" in cleaned.text


def test_a_polls_count_of_votes_is_no_article_text() -> None:
    counts = ["48% (1,204 votes)", "52 votes", "37 % 12 Stimmen"]
    vote = "The bill passed by 65 votes to 30 on Thursday, with five members abstaining."
    cleaned = clean(text("\n".join(["Should the city ban cars from the old town?", PROSE, "Yes", counts[0], "No", counts[1], counts[2], f"Second. {PROSE}", vote, PROSE])))
    assert not set(counts) & {b.text for b in cleaned.blocks} and vote in cleaned.text
    html_cleaned = clean(html(f"<article><p>{PROSE}</p><ul><li>Yes</li><li>{counts[0]}</li></ul><p>{vote}</p></article>"))
    assert counts[0] not in html_cleaned.text and vote in html_cleaned.text


def test_plain_text_a_newsletters_name_and_blurb_over_its_sign_up_form_are_no_article_text() -> None:
    name, blurb = "The Morning Brief", "Every weekday: the five stories you need to know before your first coffee."
    terms = "By signing up, you agree to our Terms of Use and acknowledge our Privacy Notice."
    story = [f"{n}. {PROSE}" for n in range(4)]
    lines = ["Council approves the plan", *story[:2], name, blurb, "Email address", "Sign Up", terms, *story[2:]]
    cleaned = clean(text("\n".join(lines)))
    assert name not in cleaned.text and blurb not in cleaned.text and all(s in cleaned.text for s in story)
    assert {r.text: r.reason for r in cleaned.removed}[blurb] == "newsletter box"


def test_plain_text_the_articles_last_paragraph_over_a_sign_up_form_stays() -> None:
    last = "The bridge is due to reopen in the spring, the council said, once the repairs to its two towers are done."
    terms = "By signing up, you agree to our Terms of Use and acknowledge our Privacy Notice."
    cleaned = clean(text("\n".join(["Council approves the plan", PROSE, f"Second. {PROSE}", last, "Email", "Sign Up", terms])))
    assert last in cleaned.text


def test_plain_text_a_credit_tail_is_names_not_a_sentences_first_words_or_a_lead_in() -> None:
    lead_in = "The policy adopted last year contains several provisions for street traders. Key elements include:"
    broken = "Volkswagen hat den Prototyp eines Akkupacks vorgestellt und kaum technische Daten genannt. Es soll"
    signed = "The mayor speaks at the opening of the new bridge on Monday. Jane Roe"
    lines = ["Storm closes harbour", PROSE, lead_in, "Licences for every trader", f"Second. {PROSE}", signed, f"Third. {PROSE}", broken, f"Fourth. {PROSE}"]
    cleaned = clean(text("\n".join(lines)))
    assert lead_in not in cleaned.captions and broken not in cleaned.captions and signed in cleaned.captions


def test_plain_text_a_credit_glued_to_a_caption_or_given_by_courtesy_makes_a_caption() -> None:
    glued = "An aerial view of the flooded fields, at dawn, and the river beyond.Photograph by Jane Roe"
    courtesy = "Jane Doe leads a rally of warehouse workers in Des Moines, Iowa. (Courtesy of Jane Doe)"
    agency = "The minister wears a dress loaned by the designer at the fashion show on Sunday Jane Roe/GC Images"
    prose = "The letters, courtesy of a private collector, go on show at the museum next month."
    lines = ["Storm closes harbour", PROSE, glued, f"Second. {PROSE}", courtesy, f"Third. {PROSE}", agency, f"Fourth. {PROSE}", prose, PROSE]
    cleaned = clean(text("\n".join(lines)))
    assert {glued, courtesy, agency} <= set(cleaned.captions) and prose in cleaned.text


def test_plain_text_a_fact_box_from_its_heading_to_its_source_is_no_article_text() -> None:
    box = [
        "Fakta om hetebølger",
        "En hetebølge er en periode på minst fem dager med temperaturer over 27 grader.",
        "Eldre, små barn og kronisk syke er mest utsatt for heteslag.",
        "Drikk mye vann og hold deg i skyggen midt på dagen.",
        "Kilde: Folkehelseinstituttet",
    ]
    story = [f"{n}. {PROSE}" for n in range(4)]
    cleaned = clean(text("\n".join(["Heatwave grips the south", *story[:2], *box, *story[2:]])))
    assert not set(box) & {b.text for b in cleaned.blocks} and all(s in cleaned.text for s in story)
    assert {r.text: r.reason for r in cleaned.removed}[box[1]] == "fact box"


def test_plain_text_a_heading_like_a_fact_boxs_stays_without_a_source_below_or_article_above() -> None:
    story = [f"{n}. {PROSE}" for n in range(4)]
    unclosed = ["Fakta om hetebølger", "En hetebølge er en periode på minst fem dager med temperaturer over 27 grader."]
    cleaned = clean(text("\n".join(["Heatwave grips the south", *story[:2], *unclosed, *story[2:]])))
    assert unclosed[1] in cleaned.text
    opening = ["Key facts about the new tax", *story, "Source: the finance ministry"]  # the page opens with it: no box
    assert all(s in clean(text("\n".join(opening))).text for s in story)


def test_html_a_post_the_page_embeds_in_a_social_embed_is_quoted_not_chrome() -> None:
    post = "The bridge will reopen on Monday, the mayor said in a post on Friday evening after the last inspection."
    embed = f'<div class="social-media-embed"><blockquote class="twitter-tweet"><p>{post}</p>— Jane Roe (@janeroe) May 6, 2025</blockquote></div>'
    share = '<div class="social-share"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>'
    cleaned = clean(html(f"<article><p>{PROSE}</p>{embed}<p>Second. {PROSE}</p>{share}</article>"))
    assert post in cleaned.text and "Share on" not in cleaned.text


@pytest.mark.parametrize("counter", ["Image 1 of 5", "3/12", "Bild 2 von 8", "1 /", "6 of 12 |", "1 2 3 4 5", "4 | 5 | 6 | 7"])
def test_a_gallerys_counter_is_no_article_text(counter: str) -> None:
    for cleaned in (clean(text(f"Title\n{PROSE}\n{counter}\nSecond. {PROSE}")), clean(html(f"<article><p>{PROSE}</p><p>{counter}</p><p>Second. {PROSE}</p></article>"))):
        assert counter not in {b.text for b in cleaned.blocks} and f"Second. {PROSE}" in cleaned.text


@pytest.mark.parametrize("line", ["The vote was 9 of 12.", "Nine of the 12 members voted for the plan on Tuesday.", "Chapter 12 of the new law", "2022 2023 2024", "3 7 12"])
def test_a_count_in_a_sentence_or_a_heading_is_no_gallerys_counter(line: str) -> None:
    assert line in clean(html(f"<article><p>{PROSE}</p><p>{line}</p><p>Second. {PROSE}</p></article>")).text


def test_plain_text_a_reading_time_a_like_button_and_a_scripts_data_are_no_article_text() -> None:
    chrome = ["3 Min.", "Lesezeit: 4 Minuten", "Like Loading...", '{"allowComment":"allowed","articleId":"article-1027"}']
    stopped = "The match was stopped after 90 min."
    lines = ["Storm closes harbour", PROSE, *chrome[:2], f"Second. {PROSE}", stopped, f"Third. {PROSE}", *chrome[2:], f"Fourth. {PROSE}"]
    cleaned = clean(text("\n".join(lines)))
    assert not set(chrome) & {b.text for b in cleaned.blocks} and stopped in cleaned.text
    assert {r.text: r.reason for r in cleaned.removed}["Lesezeit: 4 Minuten"] == "reading time"


def test_plain_text_an_appeal_with_its_button_glued_to_it_is_no_article_text() -> None:
    appeal = (
        "Before you go: independent reporting like this is not cheap to make. We have no ads and depend on readers like you. "
        "You can become a member for as little as $5 a month.Become a Member"
    )
    asked = "The charity asked readers to donate. It raised $2 million in a week, its director said on Friday."
    cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, f"Second. {PROSE}", appeal, f"Third. {PROSE}", asked, PROSE])))
    assert appeal not in cleaned.text and asked in cleaned.text
    assert {r.text: r.reason for r in cleaned.removed}[appeal] == "appeal"


@pytest.mark.parametrize("count", ["12 Comments", "Kommentare: 45", "Comments (3)", "0 Kommentare"])
def test_plain_text_a_count_of_comments_opens_the_comments_section(count: str) -> None:
    comment = "Great article, thanks for writing about our town! I have lived here for thirty years."
    story = [f"{n}. {PROSE}" for n in range(3)]
    cleaned = clean(text("\n".join(["Storm closes harbour", *story, count, "jane_doe_77", comment, "Reply"])))
    assert comment not in cleaned.text and all(s in cleaned.text for s in story)


def test_plain_text_a_comment_rubric_with_no_count_stays() -> None:
    story = [f"{n}. {PROSE}" for n in range(3)]
    cleaned = clean(text("\n".join(["Storm closes harbour", "Kommentar", *story])))
    assert all(s in cleaned.text for s in story)


@pytest.mark.parametrize("line", [
    "Many of those who could, left, the mayor said, and the town's population has halved since the mine closed in 2015.",
    "He turned, left, and walked out of the courtroom without a word to the reporters waiting outside on Tuesday.",
    "The party, left, right and centre, has lost its way, the former minister told reporters in Berlin on Monday.",
])
def test_plain_text_a_comma_left_after_a_verb_or_before_another_place_is_no_caption(line: str) -> None:
    cleaned = clean(text(f"Storm closes harbour\n{PROSE}\n{line}\nSecond. {PROSE}"))
    assert line in cleaned.text and line not in cleaned.captions


@pytest.mark.parametrize("line", [
    "Please disable your ad blocker only on sites you trust, the consumer group advised in its annual guide.",
    "By signing up, you agree to binding arbitration, the lawsuit says of the app's terms, which consumer groups call unfair.",
    "By providing your email address to the retailer, you consent to marketing you may not want, the regulator warned.",
    "Residents who want to get in touch with the news team of the council can call its hotline, the mayor said.",
])
def test_a_notices_words_reported_as_news_are_article_text(line: str) -> None:
    for cleaned in (clean(html(f"<article><p>{PROSE}</p><p>{line}</p><p>{PROSE}</p></article>")), clean(text(f"Title\n{PROSE}\n{line}\n{PROSE}"))):
        assert line in cleaned.text


def test_plain_text_a_line_like_a_bio_that_is_news_about_a_source_stays() -> None:
    source = "Maria Lopez is a professor at the state university who led the study, which was published on Wednesday."
    quote = "\u201cWe did not expect the effect to be this large,\u201d Lopez said in an interview, adding that more work was needed."
    heard = "Jane Roe is a senior correspondent for the rival paper who broke the story in 2019, the court heard on Tuesday."
    story = [f"{n}. {PROSE}" for n in range(3)]
    cleaned = clean(text("\n".join(["Study finds link", *story, source, quote])))
    assert source in cleaned.text and quote in cleaned.text
    assert heard in clean(text("\n".join(["Reporter testifies", *story, heard]))).text
    bio = "Jane Roe is a senior correspondent for the Daily Example, covering health and science."
    assert bio not in clean(text("\n".join(["Study finds link", *story, bio]))).text


def test_plain_text_a_bio_followed_by_a_live_blog_promo_and_a_topic_blurb_ends_the_article() -> None:
    """The bio may sit up to five blocks from the end (promos of a live blog or a topic page
    follow it); in German the person's name is what comes before "ist"."""
    bio = "Jana Berg ist ZDF-Reporterin für das Berichtsgebiet Skandinavien und das Baltikum."
    promos = [
        "Aktuelle Meldungen zum Streik finden Sie jederzeit in unserem Liveblog:",
        "Streik bei der Bahn: Alle Entwicklungen im Überblick",
        "Seit Montag legen die Lokführer den Verkehr lahm. Hier finden Sie alle Berichte und Hintergründe dazu.",
    ]
    story = [f"{n}. {BERICHT}" for n in range(3)]
    cleaned = clean(text("\n".join(["Streik legt Bahnverkehr lahm", *story, bio, *promos])))
    assert cleaned.text.splitlines()[-1] == story[-1]
    assert {r.text: r.reason for r in cleaned.removed}[bio] == "about the author"
    quoted = "„Wir haben mit so vielen Ausfällen nicht gerechnet“, sagte Berg am Abend im Studio."
    kept = clean(text("\n".join(["Streik legt Bahnverkehr lahm", *story, bio, quoted])))
    assert bio in kept.text  # news about a source the next line names again


def test_plain_text_a_date_line_with_its_labels_words_and_the_names_over_it_are_no_article_text() -> None:
    names, dateline = "Jens Holm og Aja Lund", "Offentliggjort mandag 12. maj 2025 09:40"
    lead = "Landsstyret vil bruge flere penge på havnene i de mindre byer, siger formanden i en ny plan for de næste fire år."
    body = "Planen skal behandles i parlamentet til efteråret, og oppositionen har allerede bedt om flere oplysninger om udgifterne."
    cleaned = clean(text("\n".join(["Nyheder", "Flere penge til havnene i bygderne", lead, names, dateline, body, f"Desuden. {body}"])))
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons[dateline] == "date line" and reasons[names] == "byline"
    assert lead in cleaned.text and cleaned.text.endswith(f"Desuden. {body}")


@pytest.mark.parametrize("line, kept", [
    ("Jana Berg, Deutsches Institut für Wirtschaftsforschung", False),
    ("Tom Lind, Chief Economist at Nordbank", False),
    ("Erik Sand, Bürgermeister", False),
    ("Starker Basistarif, auch im Vergleich", True),  # a sub-head: German capitalises its nouns
    ("Jana Berg, the institute's director, said the cut came too late.", True),
])
def test_plain_text_a_quotes_attribution_on_its_own_line_is_no_article_text(line: str, kept: bool) -> None:
    quote = "„Die Entlastung kommt für viele Betriebe zu spät, die Preise sind längst weitergegeben worden.“"
    cleaned = clean(text("\n".join(["Strompreise sinken", BERICHT, quote, line, f"Zweiter Absatz. {BERICHT}"])))
    assert (line in cleaned.text) is kept
    assert quote in cleaned.text and f"Zweiter Absatz. {BERICHT}" in cleaned.text


def test_plain_text_copyright_words_reported_as_news_are_no_copyright_notice() -> None:
    said = "Copyright 2024 rulings will force AI firms to pay for the books they used to train their models, lawyers said."
    cleaned = clean(text(f"Title\n{PROSE}\n{said}\nSecond. {PROSE}"))
    assert said in cleaned.text and f"Second. {PROSE}" in cleaned.text


def test_html_a_paragraph_ending_in_a_copyright_credit_is_a_caption() -> None:
    caption = "The head teacher welcomed only 14 of 75 children on Monday © Example Primary School"
    symbol = "The \u00a9 symbol was first used in 1802, historians say, long before the first copyright law."
    cleaned = clean(html(f"<article><p>{PROSE}</p><p>{caption}</p><p>Second. {PROSE}</p><p>{symbol}</p></article>"))
    assert caption in cleaned.captions and caption not in cleaned.text and symbol in cleaned.text


def test_plain_text_a_polls_question_and_answers_are_no_article_text() -> None:
    poll = ["Should the city ban cars from the old town on weekends?", "Yes, definitely.", "No, shops would suffer.", "Only in summer.", "Not sure."]
    story = [f"{n}. {PROSE}" for n in range(4)]
    cleaned = clean(text("\n".join(["Council approves the plan", *story[:2], *poll, *story[2:]])))
    assert not set(poll) & {b.text for b in cleaned.blocks} and all(s in cleaned.text for s in story)
    assert {r.text: r.reason for r in cleaned.removed}[poll[0]] == "poll"
    interview = ["Will you run again next year?", "No.", f"I have said it many times: {PROSE}"]  # one stock answer: an interview's
    cleaned = clean(text("\n".join(["Mayor steps down", *story[:2], *interview, *story[2:]])))
    assert f"I have said it many times: {PROSE}" in cleaned.text and interview[0] in cleaned.text


@pytest.mark.parametrize("poll", [
    ["Which remedy do you reach for first when a cold sets in?", "Hot soup with garlic.", "Lots of vitamin C.", "Sleep and more sleep.", "I never get colds."],
    ["Welches Verkehrsmittel nutzt du am häufigsten für den Weg zur Arbeit?", "Das Fahrrad.", "Bus und Bahn.", "Das Auto.", "Ich arbeite von zu Hause."],
    ["Which of these summer destinations would you pick for your family?", "The coast.", "The mountains.", "A city break.", "None of them."],
])
def test_plain_text_a_poll_with_no_stock_answer_is_no_article_text(poll: list[str]) -> None:
    story = [f"{n}. {PROSE}" for n in range(4)]
    cleaned = clean(text("\n".join(["Flu season arrives early", *story[:2], *poll, *story[2:]])))
    assert not set(poll) & {b.text for b in cleaned.blocks} and all(s in cleaned.text for s in story)
    assert {r.text: r.reason for r in cleaned.removed}[poll[0]] == "poll"


def test_plain_text_a_list_under_a_question_in_the_story_stays() -> None:
    """A story's question to the reader over a short list (no answer in the reader's voice), or a
    question not put to the reader over answers in the first person, is article text."""
    story = [f"{n}. {PROSE}" for n in range(4)]
    listed = ["What do you need to bring to the passport office?", "A completed application form.", "Two recent photos of your face.", "The fee of 60 euros."]
    cleaned = clean(text("\n".join(["Passport rules change", *story[:2], *listed, *story[2:]])))
    assert all(line in cleaned.text for line in listed)
    quoted = ["What did the witnesses see that night?", "I saw two men running.", "I heard a car.", "We called the police."]
    cleaned = clean(text("\n".join(["Witnesses describe the attack", *story[:2], *quoted, *story[2:]])))
    assert all(line in cleaned.text for line in quoted)


def test_html_a_polls_question_over_its_radio_buttons_is_no_article_text() -> None:
    question = "Which remedy do you reach for first when a cold sets in?"
    answers = ["Hot soup with garlic.", "Lots of vitamin C.", "I never get colds."]
    labelled = "".join(f'<label><input type="radio" name="a" value="{i}"> {a}</label>' for i, a in enumerate(answers))
    listed = "".join(f'<li><input type="radio" name="a" value="{i}"> {a}</li>' for i, a in enumerate(answers))
    rhetorical = "Why did the council wait so long?"
    for poll in (f"<div><p>{question}</p>{labelled}</div>", f"<div><p>{question}</p><ul>{listed}</ul></div>"):
        cleaned = clean(html(f"<article><p>{PROSE}</p><p>{rhetorical}</p><p>Second. {PROSE}</p>{poll}<p>Third. {PROSE}</p></article>"))
        assert question not in cleaned.text and not any(a in cleaned.text for a in answers)
        assert rhetorical in cleaned.text and f"Third. {PROSE}" in cleaned.text
        assert {r.text: r.reason for r in cleaned.removed}[question] == "poll"


def test_html_a_question_before_a_check_box_stays_and_the_box_goes() -> None:
    question = "Why did the council wait so long to act on the report?"
    consent = "I agree to receive the newsletter and accept the terms."
    cleaned = clean(html(f'<article><p>{PROSE}</p><p>{question}</p><p><input type="checkbox" name="ok"> {consent}</p><p>Second. {PROSE}</p></article>'))
    assert question in cleaned.text and consent not in cleaned.text and f"Second. {PROSE}" in cleaned.text


@pytest.mark.parametrize("line", [
    "Filed under: Politics | Courts |",
    "Published under: 2024 Election , Senate , Montana",
    "Like this story? Share it with a friend!",
    "Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",
    "This document is subject to copyright. All rights reserved.",
])
def test_tags_share_requests_and_legal_lines_under_the_story_are_chrome(line: str) -> None:
    for cleaned in (clean(html(f"<article><p>{PROSE}</p><p>{line}</p><p>Second. {PROSE}</p></article>")), clean(text(f"Title\n{PROSE}\n{line}\nSecond. {PROSE}"))):
        assert line not in cleaned.text and f"Second. {PROSE}" in cleaned.text


def test_a_sentence_opening_like_a_tags_label_stays() -> None:
    line = "Filed under seal on Monday, the complaint names three officers and the city as defendants."
    for cleaned in (clean(html(f"<article><p>{PROSE}</p><p>{line}</p><p>Second. {PROSE}</p></article>")), clean(text(f"Title\n{PROSE}\n{line}\nSecond. {PROSE}"))):
        assert line in cleaned.text


def test_html_explore_further_heads_a_related_section() -> None:
    cleaned = clean(html(f"<article><p>{PROSE}</p><p>Second. {PROSE}</p><div><h3>Explore further</h3><p><a href='/a'>Astronauts could hibernate on the way to Mars, study says</a></p></div></article>"))
    assert "hibernate" not in cleaned.text and f"Second. {PROSE}" in cleaned.text


def test_plain_text_a_boxs_toggle_is_a_widget_label() -> None:
    toggle = "Personen-Box aufklappen Personen-Box zuklappen"
    cleaned = clean(text(f"Titel der Meldung\n{BERICHT}\n{toggle}\nZweiter Absatz. {BERICHT}"))
    assert toggle not in cleaned.text and {r.text: r.reason for r in cleaned.removed}[toggle] == "widget label"


def test_plain_text_a_caption_with_a_slashed_credit_glued_to_it_is_a_caption() -> None:
    caption = "Rest and sleep help the body recover from a cold.Unsplash/Jane Roe"
    kept = "Sales of the drug rose 12 percent in the U.S./Canada region, the company said on Tuesday."
    cleaned = clean(text("\n".join(["Flu season arrives early", PROSE, caption, f"Second. {PROSE}", kept, f"Third. {PROSE}"])))
    assert caption not in cleaned.text and kept in cleaned.text


def test_plain_text_a_byline_of_three_authors_is_no_subtitle_nor_text() -> None:
    byline = "By JANE DOE, JOHN ROE and ANN POE"
    cleaned = clean(text("\n".join(["Campaigns brace for a sprint to Election Day", byline, PROSE, f"Second. {PROSE}"])))
    assert cleaned.title == "Campaigns brace for a sprint to Election Day"
    assert cleaned.subtitle is None and byline not in cleaned.text


def test_a_sentence_about_copyright_with_a_year_stays_and_a_notice_goes() -> None:
    prose = "Copyright lawyers say the ruling, issued in March 2024, could change how news sites license photos."
    notice = "Copyright 2024 Example Media Inc."
    page = f"<article><p>{PROSE}</p><p>{prose}</p><p>Second. {PROSE}</p><p>{notice}</p></article>"
    for cleaned in (clean(html(page)), clean(text(f"Storm closes harbour\n{PROSE}\n{prose}\nSecond. {PROSE}\n{notice}\nThird. {PROSE}"))):
        assert prose in cleaned.text and f"Second. {PROSE}" in cleaned.text and notice not in cleaned.text


@pytest.mark.parametrize("name", ["pollWidget", "VoteBox", "js-poll", "survey-embed", "quizContainer"])
def test_html_a_poll_in_a_box_named_so_in_camel_or_kebab_case_is_chrome(name: str) -> None:
    poll = f"<div class='{name}'><p>Should the city ban cars from the old town?</p><p>Ban them all week</p><p>Only at weekends</p></div>"
    cleaned = clean(html(f"<article><p>{PROSE}</p>{poll}<p>Second. {PROSE}</p></article>"))
    assert "ban cars" not in cleaned.text and f"Second. {PROSE}" in cleaned.text


def test_html_a_word_holding_a_poll_token_is_no_poll() -> None:
    kept = "<div class='pollen-count'><p>Pollen levels will stay high across the south until the weekend rain arrives, forecasters said.</p></div>"
    cleaned = clean(html(f"<article><p>{PROSE}</p>{kept}<p>Second. {PROSE}</p></article>"))
    assert "Pollen levels" in cleaned.text


@pytest.mark.parametrize("line", ["5 min read", "4-minute read", "Lesezeit: 3 Minuten", "Tempo de leitura: 2 minutos"])
def test_html_a_reading_time_is_no_article_text(line: str) -> None:
    match = "The match was stopped after 90 min."
    cleaned = clean(html(f"<article><h1>Storm closes the harbour for a week</h1><p>{line}</p><p>{PROSE}</p><p>{match}</p><p>Second. {PROSE}</p></article>"))
    assert line not in cleaned.text and match in cleaned.text
    assert {r.text: r.reason for r in cleaned.removed}[line] == "reading time"


PERSON_BOXES = [
    ["Jane Doe", "Age: 54", "Party: Labour", "Born: Leeds, 1970", "Occupation: Lawyer"],
    ["Anna Schmidt", "Alter: 47", "Partei: SPD", "Beruf: Juristin"],
    ["Âge : 61 ans", "Parti : Les Républicains", "Profession : médecin"],
]


@pytest.mark.parametrize("box", PERSON_BOXES)
def test_a_box_about_a_person_is_no_article_text(box: list[str]) -> None:
    story = [f"{n}. {PROSE}" for n in range(4)]
    markup = f"<article><p>{story[0]}</p><p>{story[1]}</p><div>{''.join(f'<p>{b}</p>' for b in box)}</div><p>{story[2]}</p><p>{story[3]}</p></article>"
    for cleaned in (clean(html(markup)), clean(text("\n".join(["Council approves the plan", *story[:2], *box, *story[2:]])))):
        assert not set(box) & {b.text for b in cleaned.blocks} and all(s in cleaned.text for s in story)
        assert {r.text: r.reason for r in cleaned.removed}[box[1]] == "person box"


def test_one_labelled_line_or_a_sentence_with_a_fields_label_stays() -> None:
    story = [f"{n}. {PROSE}" for n in range(4)]
    kept = ["Age: the new limit applies to drivers over 70 from next year, the ministry said.", "Party: Labour", "Councillors split on the vote"]
    markup = f"<article><p>{story[0]}</p><p>{story[1]}</p>{''.join(f'<p>{k}</p>' for k in kept)}<p>{story[2]}</p><p>{story[3]}</p></article>"
    cleaned = clean(html(markup))
    assert all(k in cleaned.text for k in kept)


@pytest.mark.parametrize("line", ["Share icon", "X Icon", "Print Icon"])
def test_a_buttons_icon_named_in_its_text_is_no_article_text(line: str) -> None:
    pop = "Pop icon"  # a sub-head: no button's label
    cleaned = clean(html(f"<article><p>{PROSE}</p><p>{line}</p><h2>{pop}</h2><p>Second. {PROSE}</p></article>"))
    assert line not in cleaned.text and pop in cleaned.text
    assert {r.text: r.reason for r in cleaned.removed}[line] == "widget label"


def test_a_reading_time_with_a_spaced_colon_is_no_article_text() -> None:
    line = "Temps de lecture : 3 min"
    cleaned = clean(html(f"<article><h1>Storm closes the harbour for a week</h1><p>{line}</p><p>{PROSE}</p><p>Second. {PROSE}</p></article>"))
    assert line not in cleaned.text and {r.text: r.reason for r in cleaned.removed}[line] == "reading time"


@pytest.mark.parametrize("label", ["Link copied Bookmark", "Share via email", "Next Page", "Ich folge", "Zitieren", "Weitere Videos", "Podcast freigeben"])
def test_plain_text_a_toolbars_or_pagers_labels_are_no_article_text(label: str) -> None:
    cleaned = clean(text("\n".join(["Storm closes harbour", PROSE, label, f"Second. {PROSE}"])))
    assert label not in cleaned.text and f"Second. {PROSE}" in cleaned.text
    said = f"{label} was the button readers pressed most, the publisher said in its annual report on Tuesday."
    assert said in clean(text("\n".join(["Storm closes harbour", PROSE, said, f"Second. {PROSE}"]))).text


def test_the_walk_tells_tags_apart_in_any_case_and_reads_unknown_ones_inline() -> None:
    cited = "<hl-source><A HREF='/report'>the agency's report</A></hl-source>"
    page = (
        f"<ARTICLE><P>{PROSE}</P><p>Officials cited {cited} on Monday, saying the bridge would reopen in May.</p>"
        f"<NAV><a href='/'>Home</a> <a href='/news'>News</a></NAV><H2>Contracts signed in March</H2><p>{PROSE}</p></ARTICLE>"
    )
    cleaned = clean(html(page))
    assert [(b.kind, b.level) for b in cleaned.blocks] == [("paragraph", 0), ("paragraph", 0), ("heading", 2), ("paragraph", 0)]
    assert cleaned.blocks[1].text == "Officials cited the agency's report on Monday, saying the bridge would reopen in May."
    assert "Home" not in cleaned.text
