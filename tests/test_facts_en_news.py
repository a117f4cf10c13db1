"""English facts on news paragraphs written as Reuters, AP, the BBC and the NYT write them:
the cases an audit of twelve such paragraphs (courts, sports, politics, business, tech,
health, crime) found wrong, each with variants so that the rule, not the sentence, is tested."""

from __future__ import annotations

from datetime import date

import pytest

from newsclean.facts import extract_facts
from newsclean.model import Fact

REF = date(2024, 6, 1)


def facts(text: str, type_: str) -> list[Fact]:
    return [f for f in extract_facts(text, lang="en", ref_date=REF) if f.type == type_]


# A market role after a name: "Mary Jones, a trader at Citi"; its organisation maybe after its
# kind: "a partner at the law firm Sullivan & Cromwell".
@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        ("Mary Jones, a trader at Citi, said markets had already priced in a cut.", "Mary Jones", "trader", "Citi"),
        ("Bonds rallied. Peter Cardillo, a broker at Spartan Capital, said buyers returned.", "Peter Cardillo", "broker", "Spartan Capital"),
        ("Shares fell, said Anna Stupnytska, a portfolio manager at Fidelity International.", "Anna Stupnytska", "portfolio manager", "Fidelity International"),
        ("\u201cBoards are paying attention,\u201d said Laura Chen, a partner at the law firm Sullivan & Cromwell.", "Laura Chen", "partner", "Sullivan & Cromwell"),
        ("Ken Herbert, an analyst at the brokerage firm RBC Capital Markets, said the cuts were needed.", "Ken Herbert", "analyst", "RBC Capital Markets"),
    ],
)
def test_market_role_at_an_organisation(text: str, name: str, role: str, org: str) -> None:
    person = next(f for f in facts(text, "person") if f.value == name)
    assert (person.attrs["role"], person.attrs.get("org")) == (role, org)


# Two names joined by "&" act by a decision as by speech: "Standard & Poor's cut the rating".
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Standard & Poor's cut the rating of two regional lenders on Friday.", "Standard & Poor's"),
        ("Johnson & Johnson sued the former supplier in New Jersey.", "Johnson & Johnson"),
        ("Procter & Gamble raised its annual sales forecast.", "Procter & Gamble"),
        ("Later, Marks & Spencer lowered its outlook for the year.", "Marks & Spencer"),
    ],
)
def test_joined_name_acting_by_a_decision(text: str, org: str) -> None:
    assert org in [f.value for f in facts(text, "organisation")]


# "War & Peace cut" is still no body: only a verb of an act after the name makes it one.
def test_joined_name_without_an_act_is_no_organisation() -> None:
    assert facts("She reread War & Peace during the long winter.", "organisation") == []


# "…,” he said" after two people who spoke: the one whose sentence the quotation follows.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("WHO chief Tedros Adhanom Ghebreyesus said the spread was worrying. Dr. Jean Kaseya, head of "
         "the Africa CDC, said the continent needed more vaccines. \u201cWe cannot wait,\u201d he said.", "Jean Kaseya"),
        ("Paul Mason said the plan was late. Tom Riley, a union organiser, said workers were angry. "
         "\u201cThey feel ignored,\u201d he told reporters.", "Tom Riley"),
        ("Tom Riley said workers were angry. Paul Mason, the mayor, said the plan was late. "
         "\u201cWe will fix it,\u201d he said.", "Paul Mason"),
    ],
)
def test_pronoun_after_the_last_speaker_sentence(text: str, speaker: str) -> None:
    assert facts(text, "quote")[-1].attrs["speaker"] == speaker


# "…,” the source said": the unnamed source written last before, in its paragraph or the one before.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A person familiar with the matter said the deal was close. \u201cIt will be signed next week,\u201d "
         "the source said.", "A person familiar with the matter"),
        ("A senior EU diplomat said the vote could slip.\n\u201cThere is no majority yet,\u201d the diplomat "
         "told Reuters.", "A senior EU diplomat"),
        ("The talks stalled, according to two government officials. \u201cNobody moves first,\u201d "
         "the official said.", "two government officials"),
    ],
)
def test_the_source_refers_back_to_an_unnamed_source(text: str, speaker: str) -> None:
    quote = facts(text, "quote")[-1]
    assert (quote.attrs["speaker"], quote.attrs["speaker_type"]) == (speaker, "anonymous")


# With no unnamed source before, "the source" speaking is that unnamed source itself (not a
# person named before).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cIt is over,\u201d the source said.", "the source"),
        ("Mary Jones said the plan was late. \u201cThe board will decide,\u201d the official said.", "the official"),
    ],
)
def test_the_source_with_no_source_before(text: str, speaker: str) -> None:
    quote = facts(text, "quote")[-1]
    assert (quote.attrs["speaker"], quote.attrs["speaker_type"]) == (speaker, "anonymous")


# Not a pronoun followed by no speech verb: "the source" there is what is spoken of.
def test_the_source_spoken_of_is_no_speaker() -> None:
    text = "Police found the source of the leak. \u201cIt was a broken pipe under the road.\u201d"
    assert facts(text, "quote")[-1].attrs["speaker"] is None


# A surname opening a sentence with an age after it, or framing the quotation after it, is a
# person's: the text's first "Given Surname" with no cue, and the speaker of that quotation.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coco Gauff could win the Australian Open. Gauff, 20, lost in the semi-finals last year.", "Coco Gauff"),
        ("Police arrested Daniel Okafor on Friday. Okafor, 34, was charged with burglary.", "Daniel Okafor"),
        ("The party, led by Friedrich Merz, blamed the coalition. Merz said: \u201cThis government has failed.\u201d", "Friedrich Merz"),
        ("Talks with Maria Lopez went on late. Lopez told reporters: \u201cWe are close.\u201d", "Maria Lopez"),
    ],
)
def test_surname_opening_a_sentence_with_age_or_framing(text: str, name: str) -> None:
    assert name in {f.value for f in facts(text, "person")}
    quotes = facts(text, "quote")
    assert all(q.attrs["speaker"] == name for q in quotes)


# Not a pronoun nor a stop word: "He said: “…”" names nobody new.
@pytest.mark.parametrize("text", ["The team lost. He said: \u201cWe were poor.\u201d", "Rain fell. They, 20, left."])
def test_pronoun_opening_a_sentence_is_no_surname(text: str) -> None:
    assert facts(text, "person") == []


# A photo's credit names a photographer, no person of the story.
@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke in Ohio on Monday.\n\u00a9 John Brecher for NBC News",
        "The storm hit Florida. (Photo by Mark Wilson/Getty Images)",
        "Crowds gathered outside. REUTERS/Kevin Lamarque",
        "Biden spoke in Delaware. AP Photo/Evan Vucci, File",
        "Photograph: Sarah Lee for the Guardian",
    ],
)
def test_photo_credit_names_no_person(text: str) -> None:
    assert facts(text, "person") == []


# Outside a credit's words, or where they open a caption, the name is a person's.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Image: Jose Mourinho, left, has replaced Mauricio Pochettino as manager.", "Jose Mourinho"),
        ("The sale of a picture by Pablo Picasso, said Mary Jones, broke a record.", "Pablo Picasso"),
    ],
)
def test_credit_words_elsewhere_leave_the_person(text: str, name: str) -> None:
    assert name in {f.value for f in facts(text, "person")}
