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


# --- Money, percentages, counts and dates in wire copy (a Friday, 27 November 2026) --------

NOV27 = date(2026, 11, 27)


def read(text: str, type_: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in extract_facts(text, lang="en", ref_date=NOV27) if f.type == type_]


def date_of(text: str) -> dict[str, object]:
    return {f.text: f.value for f in extract_facts(text, lang="en", ref_date=NOV27) if f.type == "date"}


# A reporting verb with an object after it is a past as any other verb: a yearless month is the
# last one; after a quotation ("…," she posted) it tells nothing of the date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company posted a record loss in December.", {"December": "2025-12"}),
        ("The insurer reported a $2 billion loss in December.", {"December": "2025-12"}),
        ("\u201cThe launch is in December,\u201d she posted.", {"December": "2026-12"}),
    ],
)
def test_reporting_verb_with_an_object_tells_the_past(text: str, expected: dict[str, object]) -> None:
    assert date_of(text) == expected


# "a 10-year high" is a level, "the 30-year mortgage rate" an instrument: no span of time.
@pytest.mark.parametrize(
    "text", ["Walmart shares hit a 10-year high on Thursday.", "The yen fell to a two-week low.", "The 30-year mortgage rate fell to 6.8%."]
)
def test_a_level_or_an_instrument_is_no_duration(text: str) -> None:
    assert read(text, "duration") == []


@pytest.mark.parametrize(("text", "span"), [("The deal runs for a 10-year period.", "10-year"), ("He took out a 30-year loan.", "30-year")])
def test_a_hyphenated_span_before_another_noun_stays_a_duration(text: str, span: str) -> None:
    assert read(text, "duration") == [(span, 30 if "30" in span else 10)]


# A temperature after a slash keeps its minus sign; without one, it stays positive.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures fell to 15°F/-9°C overnight.", [("15°F", 15), ("-9°C", -9)]),
        ("Temperatures soared to 45C (113F) in Delhi.", [("45C", 45), ("113F", 113)]),
        ("Lows of 48°F/9°C are forecast.", [("48°F", 48), ("9°C", 9)]),
    ],
)
def test_temperatures_in_two_scales(text: str, expected: list[tuple[str, object]]) -> None:
    assert read(text, "quantity") == expected


# "plus or minus 2%", "+/-3 points": a margin, no negative amount; "minus 5 degrees" is one.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("It expects revenue of $65 billion, plus or minus 2%, for the quarter.", "percent", [("2%", 2)]),
        ("The poll has a margin of error of +/-3 percentage points.", "percent", [("3 percentage points", 3)]),
        ("Temperatures fell to minus 5 degrees.", "quantity", [("minus 5 degrees", -5)]),
    ],
)
def test_a_margin_is_no_negative_amount(text: str, type_: str, expected: list[tuple[str, object]]) -> None:
    assert read(text, type_) == expected


# A number after a month's short form is its day, whatever plural follows: no count.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("On Jan. 15 officials met in Geneva.", "count", []),
        ("On Sept. 3 workers walked out.", "date", [("Sept. 3", "2026-09-03")]),
        ("Shares fell back to Jan. 15 levels.", "count", []),
        ("The Gen. 5 fighters flew over the base.", "count", [("5 fighters", 5)]),  # no month
    ],
)
def test_a_number_after_a_months_short_form_is_a_day(text: str, type_: str, expected: list[tuple[str, object]]) -> None:
    assert read(text, type_) == expected


# A capitalised word opening a sentence before a count in digits is a name with its number,
# unless it is a word a count may follow there ("The", "All"), or a possessive.
@pytest.mark.parametrize("text", ["iPhone 15 users reported overheating last year.", "Windows 11 users can download the update now."])
def test_a_name_opening_a_sentence_keeps_its_number(text: str) -> None:
    assert read(text, "count") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The 14 companies can now bid for contracts.", "14 companies"),
        ("Officials met. All 14 companies are eligible.", "14 companies"),
        ("Stadia's 22 launch titles are uninspiring.", "22 launch titles"),
        ("Apple sold 232 million iPhones last year.", "232 million iPhones"),
    ],
)
def test_counts_after_a_determiner_or_a_possessive_stay(text: str, count: str) -> None:
    assert [t for t, _ in read(text, "count")] == [count]


# A number of a rate is no count: its base after "per", nor the number the rate counts (the
# rate is a quantity, tests/test_facts_en_beats.py).
@pytest.mark.parametrize(
    "text", ["Measles cases rose to 12.4 cases per 100,000 people.", "There were 30 deaths per 1,000 births."]
)
def test_a_rate_is_no_count(text: str) -> None:
    assert read(text, "count") == []


def test_a_count_before_per_and_a_unit_stays() -> None:
    assert read("There are now 3,450 patients per day in hospital.", "count") == [("3,450 patients", 3450)]


# A point of a rate joined to its number by hyphens: "a 25-basis-point cut"; "a 25-point lead"
# is a poll's percentage points in a sentence about polls, and nothing in a game's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank made a 25-basis-point cut.", [("25-basis-point", 25)]),
        ("It was a 0.5-percentage-point rise.", [("0.5-percentage-point", 0.5)]),
        ("She holds a 25-point lead in the polls.", [("25-point", 25)]),
        ("The Celtics built a 25-point lead in the third quarter of the game.", []),
    ],
)
def test_a_hyphenated_point_of_a_rate(text: str, expected: list[tuple[str, object]]) -> None:
    assert read(text, "percent") == expected


# "two days later" counts on from the date its sentence names before it; with none, no date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire began on Nov. 3 and collapsed two days later.", {"Nov. 3": "2026-11-03", "two days later": "2026-11-05"}),
        ("In May, the agency awarded the contract, but the company withdrew two months later.", {"May": "2026-05", "two months later": "2026-07"}),
        ("Rescuers arrived two days later.", {}),
    ],
)
def test_units_later_count_on_from_the_date_before(text: str, expected: dict[str, object]) -> None:
    assert date_of(text) == expected


def test_units_later_with_no_date_before_stay_a_duration() -> None:
    assert read("Rescuers arrived two days later.", "duration") == [("two days", 2)]


# "this time last year": the reference day a year back, around it; "last year" alone is the year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This time last year, the index was at a record high.", {"This time last year": "2025-11-27"}),
        ("At this time next year, the plant will be open.", {"this time next year": "2027-11-27"}),
        ("Last year, the index was at a record high.", {"Last year": "2025"}),
    ],
)
def test_this_time_last_year_is_a_day(text: str, expected: dict[str, object]) -> None:
    assert date_of(text) == expected


# A weekday after "starting", "effective" is the coming one, unless the sentence tells the past.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Users can download the update starting Tuesday.", "2026-12-01"),
        ("The new fares apply effective Monday.", "2026-11-30"),
        ("Stores were shut for three days starting Tuesday.", "2026-11-24"),
    ],
)
def test_a_weekday_after_starting_is_the_coming_one(text: str, expected: str) -> None:
    assert list(date_of(text).values()) == [expected]


# A forecast in the present places a yearless month at the nearer of this and next year's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nvidia said it expects revenue of $65 billion for the quarter ending in January.", "2027-01"),
        ("Analysts expect a rate cut in March.", "2027-03"),
        ("Nvidia reported revenue of $57 billion for the quarter ending in January.", "2026-01"),
    ],
)
def test_a_present_forecast_places_a_month_at_the_nearest(text: str, expected: str) -> None:
    assert list(date_of(text).values()) == [expected]


# "over" a duration an amount is spread across is the span, no bound.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal is worth about $1.2tn over 10 years.", ("10 years", None)),
        ("Prices rose 5% over three years.", ("three years", None)),
        ("After over 80 days of talks, a deal was reached.", ("over 80 days", "more than")),
        ("I have lived in Tamworth for over 50 years.", ("over 50 years", "more than")),
        ("The debate lasted over two hours.", ("over two hours", "more than")),
    ],
)
def test_over_a_span_across_is_no_bound(text: str, expected: tuple[str, str | None]) -> None:
    fact = next(f for f in extract_facts(text, lang="en", ref_date=NOV27) if f.type == "duration")
    assert (fact.text, fact.attrs["qualifier"]) == expected


# A capitalised word between a number and a plural names the plural's kind: a count of it.
@pytest.mark.parametrize(
    ("text", "count", "counted"),
    [
        ("The Pentagon will send 1,200 U.S. troops to Poland.", "1,200 U.S. troops", "troops"),
        ("Russia said it shot down 33 Ukrainian drones overnight.", "33 Ukrainian drones", "drones"),
        ("Some 300 Google employees signed the letter.", "Some 300 Google employees", "employees"),
        ("The 38-year-old has won 24 Grand Slam titles.", "24 Grand Slam titles", "titles"),
    ],
)
def test_a_named_kind_of_a_plural_is_counted(text: str, count: str, counted: str) -> None:
    fact = next(f for f in extract_facts(text, lang="en", ref_date=NOV27) if f.type == "count")
    assert (fact.text, fact.attrs["counted"]) == (count, counted)


# ... but a unit is no plural counted ("74.27 U.S. cents"), and a number right after a count is
# a model's ("400 737 Max jets": the count counts the plural after the model's name, or the name
# itself when it is a plural); a year before a count is none ("By 2019 30 people had died").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Canadian dollar traded at 74.27 U.S. cents.", []),
        ("Its fleet of roughly 400 737 Max jets was grounded.", [("roughly 400 737 Max jets", 400)]),
        ("It ordered five 787 Dreamliners.", [("five 787 Dreamliners", 5)]),
        ("Boeing delivered 12 737 MAX jets in April.", [("12 737 MAX jets", 12)]),
        ("Ryanair ordered 150 737 MAX 10 jets.", [("150 737 MAX 10 jets", 150)]),
        ("The carrier ordered 20 787-9 jets.", [("20 787-9 jets", 20)]),
        ("The 737 MAX jets were grounded in January.", []),
        ("The 787 Dreamliners were delayed.", []),
        ("The 300 NBA players voted.", [("300 NBA players", 300)]),
        ("By 2019 30 people had died.", [("30 people", 30)]),
        ("The finals take place 18-24 November. Ticket details are online.", []),
    ],
)
def test_no_count_of_a_unit_or_a_model_number(text: str, expected: list[tuple[str, object]]) -> None:
    assert read(text, "count") == expected


# "under 5" right after a plural noun bounds its age, no count; "kills at least 7" is a count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1.2 million children under 5 are malnourished.", [("About 1.2 million children", 1200000)]),
        ("Few adults over 65 have had a booster.", []),
        ("Artillery fire kills at least 7, police said.", [("at least 7", 7)]),
    ],
)
def test_a_bound_after_a_plural_noun_is_no_count(text: str, expected: list[tuple[str, object]]) -> None:
    assert read(text, "count") == expected


# Parts of the reference day and the night before it, as wire copy dates them; after "the"
# a day word is a night of a series or a name ("the last night of the tour", "the Today
# programme"), no date.
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Police said the attack happened last night.", ["2024-05-31"]),
        ("The minister will speak tonight.", ["2024-06-01"]),
        ("The club paid the fee this morning, and the player flew in this afternoon.", ["2024-06-01", "2024-06-01"]),
        ("On the last night of the tour, he sang.", []),
        ("She told the Today programme that rates would rise.", []),
    ],
)
def test_parts_of_the_day(text: str, dates: list[str]) -> None:
    assert [str(f.value) for f in facts(text, "date")] == dates


# Wire copy of markets, courts and politics: money in hundredths, rate moves in parts of a
# point, parts of a counted whole, spans up to the reference day and decades by two digits.
def values(text: str, type_: str) -> list[tuple[str, object, object]]:
    return [(f.text, f.value, f.attrs.get("unit") or f.attrs.get("counted") or f.attrs.get("grain")) for f in facts(text, type_)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Australian dollar fetched 65.12 U.S. cents, down from 65.40 cents.", [("65.12 U.S. cents", 0.6512, "USD"), ("65.40 cents", 0.654, "USD")]),
        ("The coin is worth 2 euro cents.", [("2 euro cents", 0.02, "EUR")]),
        ("A pint of milk now costs 95p, up from 80p.", [("95p", 0.95, "GBP"), ("80p", 0.8, "GBP")]),
        ("The shares closed 12.5p lower at 455p.", [("12.5p", 0.125, "GBP"), ("455p", 4.55, "GBP")]),
        ("Gasoline prices have jumped 80 cents a gallon.", [("80 cents", 0.8, "USD")]),
        ("The firm posted a pre-tax loss of 1.4 billion pounds.", [("1.4 billion pounds", 1400000000, "GBP")]),  # a word of money before
        ("He lost 30 pounds in a year.", []),  # a weight
        # "p" apart from its number, or after a video's lines, is no pence
        ("The clips were shot in 1080p and 720p.", []),
        ("See Table 3, page 5 p for details.", []),
    ],
)
def test_money_in_hundredths(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "money") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fed raised rates by a quarter percentage point.", [("a quarter percentage point", 0.25, "point")]),
        ("The bank announced a quarter-point cut and a half-point hike.", [("a quarter-point", 0.25, "point"), ("a half-point", 0.5, "point")]),
        ("It delivered a three-quarter-point increase.", [("a three-quarter-point", 0.75, "point")]),
        ("The bank cut rates by 50bp and signalled a further 25 basis points.", [("50bp", 50, "basis point"), ("25 basis points", 25, "basis point")]),
        # a quarter alone is a share, a quarter-point of a season no rate
        ("A quarter of the workforce will be replaced.", []),
        ("The quarter-point of the season is near.", []),
    ],
)
def test_rate_moves_in_parts_of_a_point(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert [v for v in values(text, "percent") if v[0] != "A quarter"] == expected


def test_a_number_word_opening_a_sentence_is_still_a_count() -> None:
    # "three-quarter-point" is a unit after "a"; "Three" stays a number's anchor
    assert values("Three police officers were hurt.", "count") == [("Three police officers", 3, "officers")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ruling party won 52 of the 99 seats.", [("52", 52, "seats"), ("99 seats", 99, "seats")]),
        ("Seven of the 12 jurors voted to convict.", [("Seven", 7, "jurors"), ("12 jurors", 12, "jurors")]),
        ("The team has lost six of its last eight matches.", [("six", 6, "matches"), ("eight matches", 8, "matches")]),
        ("About 60 of the roughly 200 passengers were rescued.", [("About 60", 60, "passengers"), ("roughly 200 passengers", 200, "passengers")]),
        # no determiner: a share (a percent, no count); "one of": one of them; the part bigger than the whole: none
        ("The plan was backed by 3 of 4 voters.", []),
        ("Only one of the 10 largest banks passed.", [("10 largest banks", 10, "banks")]),
        ("He sold 40 of the 12 pallets.", [("12 pallets", 12, "pallets")]),
    ],
)
def test_a_part_of_a_counted_whole_counts_what_it_counts(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home prices rose 4.2% over the past year.", [("the past year", "2023-06-01/2024-06-01", "day")]),
        ("Rents have risen 35% over the last five years.", [("the last five years", "2019-06-01/2024-06-01", "day")]),
        ("Average earnings grew over the past 12 months.", [("the past 12 months", "2023-06-01/2024-06-01", "day")]),
        ("Prices have more than doubled in the last decade.", [("the last decade", "2014-06-01/2024-06-01", "day")]),
        ("Bond yields jumped in the past week.", [("the past week", "2024-05-25/2024-06-01", "day")]),
        # without "the": the calendar unit before this one; quarters are reported whole
        ("Sales fell last year and last week.", [("last year", "2023", "year"), ("last week", "2024-W21", "week")]),
        ("Profit rose in each of the past three quarters.", [("the past three quarters", "2023-Q3/2024-Q1", "quarter")]),
        # the final one of something, plural units with no count: no span to today
        ("It was the last year of the war.", []),
        ("The past years have been hard.", []),
        ("Over the last few years, costs have soared.", []),
        # "the next", "the coming": on from the reference day, as a forecast means them
        ("Hiring will slow over the next two years.", [("the next two years", "2024-06-01/2026-06-01", "day")]),
        ("Analysts see the Fed cutting twice in the coming 12 months.", [("the coming 12 months", "2024-06-01/2025-06-01", "day")]),
        ("Inflation should ease within the next year.", [("the next year", "2024-06-01/2025-06-01", "day")]),
        # ... not told in the past (the story's), nor one unit without a word of a span, nor without "the"
        ("Her health declined over the next three months.", []),
        ("Police will arrest him the next week.", [("the next week", "2024-W23", "week")]),
        ("Hiring will slow next year.", [("next year", "2025", "year")]),
    ],
)
def test_the_past_units_run_up_to_the_reference_day(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "date") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Music from the '90s dominated the charts.", [("'90s", "1990/1999", "year")]),
        ("She grew up in the late ’70s in Ohio.", [("late ’70s", "1977/1979", "year")]),
        ("The Roaring '20s ended in 1929.", [("'20s", "1920/1929", "year"), ("1929", "1929", "year")]),  # this decade is "the 2020s"
        ("Growth slowed in the early 2000s and the mid-1980s.", [("early 2000s", "2000/2003", "year"), ("mid-1980s", "1983/1986", "year")]),
        # a year by two digits, temperatures and ages in the 90s: no decade
        ("The song was a hit in '95.", []),
        ("The temperature climbed into the 90s.", []),
        ("He is in his 60s.", []),
    ],
)
def test_decades_by_two_digits(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "date") == expected


# A yearless date after a verb of putting off and "until" is the coming one (this year's when
# that ended at most two weeks ago), though the clause tells the past (a November story);
# without such a verb the past told keeps its year back.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He appeared in court on Monday and was remanded in custody until Dec. 14.", "2026-12-14"),
        ("The hearing was adjourned until Jan. 6.", "2027-01-06"),
        ("The hearing was adjourned until Nov. 20.", "2026-11-20"),
        ("The ban was extended until March 31.", "2027-03-31"),
        ("The hearing was postponed to Jan. 15 at the defence's request.", "2027-01-15"),
        ("The case was adjourned to Dec. 3.", "2026-12-03"),
        ("The shop was closed until Dec. 14, then reopened.", "2025-12-14"),
        ("Sales rose until March.", "2026-03"),
        ("The trial was moved to Jan. 15.", "2026-01-15"),  # no verb of putting off: the past told keeps its year back
        ("The judge gave prosecutors until Dec. 20 to respond.", "2026-12-20"),  # a deadline given
        ("The court granted the company until Jan. 10 to appeal.", "2027-01-10"),
        ("He gave a speech and stayed until Dec. 2.", "2025-12-02"),  # too far from "gave": the past told
        ("The vote was postponed to March.", "2027-03"),  # this year's ended months ago: the coming one
        ("The hearing was adjourned until Oct. 30.", "2027-10-30"),
        ("The hearing was adjourned until Nov. 16.", "2026-11-16"),  # eleven days ago: last week's
    ],
)
def test_a_date_something_was_put_off_until_is_the_coming_one(text: str, expected: str) -> None:
    ref = date(2026, 11, 27)
    assert [f.value for f in extract_facts(text, lang="en", ref_date=ref) if f.type == "date"][-1:] == [expected]  # the last: the one put off


# A score's second number is no negative amount ("52%-48%"), nor the part of a ratio ("5-3 in
# 11 innings"); scores and votes alone are no facts.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The poll showed Smith leading 52%-48%.", "percent", [("52%", 52, "percent"), ("48%", 48, "percent")]),
        ("Prices fell to -3% from -2%.", "percent", [("-3%", -3, "percent"), ("-2%", -2, "percent")]),
        ("The Yankees beat the Red Sox 5-3 in 11 innings.", "percent", []),
        ("The Yankees beat the Red Sox 5-3 in 11 innings.", "count", [("11 innings", 11, "innings")]),
        ("Only 3 in 11 innings were scoreless.", "percent", [("3 in 11", 27.27, "percent")]),
        ("The court issued a 6-3 ruling and the team won 3-1.", "count", []),
        ("The Senate passed it by a vote of 74-24.", "count", []),
    ],
)
def test_scores_are_no_signs_nor_ratios(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# "pounds" is money after a verb of paying and whom it costs, or after a scale of millions;
# a weight after other words, or before "of".
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The levy will cost the average household 300 pounds a year.", "money", [("300 pounds", 300, "GBP")]),
        ("The club charged each fan 40 pounds.", "money", [("40 pounds", 40, "GBP")]),
        ("They paid him 2,000 pounds.", "money", [("2,000 pounds", 2000, "GBP")]),
        ("The bank set aside 1.1 billion pounds for bad loans.", "money", [("1.1 billion pounds", 1100000000, "GBP")]),
        ("The fee is 40 million pounds, rising to 50 million pounds.", "money", [("40 million pounds", 40000000, "GBP"), ("50 million pounds", 50000000, "GBP")]),
        ("He spent the day carrying 50 pounds of gear.", "quantity", [("50 pounds of gear", 50, "lb")]),
        ("The firm recalled 2 million pounds of beef.", "quantity", [("2 million pounds of beef", 2000000, "lb")]),
        ("The forward weighs 210 pounds.", "quantity", [("210 pounds", 210, "lb")]),
    ],
)
def test_pounds_of_money_and_of_weight(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# A unit after "-plus", "or more" is the amount's ("1 million-plus dollars"); "another" is one
# more rate move; a part of an owner's whole counts what it counts.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The club paid 1 million-plus dollars for him.", "money", [("1 million-plus dollars", 1000000, "USD")]),
        ("The talks could last five or more years.", "duration", [("five or more years", 5, "year")]),
        ("It has 2 million-plus users.", "count", [("2 million-plus users", 2000000, "users")]),
        ("It costs $549 plus $50 for shipping.", "money", [("$549", 549, "USD"), ("$50", 50, "USD")]),  # two amounts, added
        # a qualifier after "from": "from more than 300 witnesses", "from roughly $10,000 ... to"
        ("The inquiry heard evidence from more than 300 witnesses.", "count", [("more than 300 witnesses", 300, "witnesses")]),
        ("Fares went from over $20 to $25.", "money", [("from over $20 to $25", 20, "USD")]),
        ("Bitcoin jumped from roughly $10,000 in 2020 to a peak above $68,000.", "money", [("roughly $10,000", 10000, "USD"), ("above $68,000", 68000, "USD")]),
        ("The Fed delivered another half-point hike.", "percent", [("another half-point", 0.5, "point")]),
        ("Yields rose another percentage point.", "percent", [("another percentage point", 1, "point")]),
        ("He will stay another year. Another day, another dollar.", "duration", []),
        ("He scored 3 of the team's 5 goals.", "count", [("3", 3, "goals"), ("5 goals", 5, "goals")]),
        ("Two of Apple's four plants closed.", "count", [("Two", 2, "plants"), ("four plants", 4, "plants")]),
        ("He sold 40 of the firm's 12 trucks.", "count", [("12 trucks", 12, "trucks")]),
    ],
)
def test_units_after_a_bound_one_more_and_parts_of_an_owners_whole(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# "mid-2025" keeps its part as "mid-December" does (in ``part``, ``from``, ``to``; the value is the whole year or month).
def test_mid_year_after_until_keeps_its_part() -> None:
    found = [(f.value, f.attrs["part"], f.attrs["qualifier"], f.attrs["from"], f.attrs["to"]) for f in facts("Rates will stay at 5.25% until mid-2025. Talks resume in mid-December.", "date")]
    assert found == [("2025", "mid", "by", "2025-05-01", "2025-08-31"), ("2024-12", "mid", None, "2024-12-11", "2024-12-20")]


def test_a_bound_after_from_is_the_first_ends_not_the_ranges() -> None:
    assert [f.attrs["qualifier"] for f in facts("Fares went from over $20 to $25.", "money")] == [None]
    assert [f.attrs["qualifier"] for f in facts("Fares went from over $20.", "money")] == ["more than"]


# Points alone are a poll's or a share's percentage points where the sentence says so (a poll,
# voters, a rate, a percent), and no fact in a game's, an index's or a list's sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump's lead over Haley dropped 5 points in the latest poll.", [("5 points", 5, "point")]),
        ("Harris gained 3 points among suburban women, the survey showed.", [("3 points", 3, "point")]),
        ("The prime minister's approval rating fell 4 points to 38%.", [("4 points", 4, "point"), ("38%", 38, "percent")]),
        ("The jobless rate rose 0.3 point to 4.1% in March.", [("0.3 point", 0.3, "point"), ("4.1%", 4.1, "percent")]),
        ("Labour's vote share was up 2 points on 2019.", [("2 points", 2, "point")]),
        ("Jokic scored 32 points as Denver shot 54% from the field.", [("54%", 54, "percent")]),
        ("The Dow fell 300 points, or 0.8%, on Tuesday.", [("0.8%", 0.8, "percent")]),
        ("The Lakers won by 12 points.", []),
        ("Her credit score rose 40 points after a year of on-time payments, lifting her approval odds.", []),
        ("The governor announced a five-point plan to curb inflation.", []),
    ],
)
def test_points_of_a_poll_or_a_share(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert [(f.text, f.value, f.attrs["unit"]) for f in facts(text, "percent")] == expected


# A count after an owner's possessive is no name's number: "Apple's four plants" (as "Boeing 737" is).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Production halted at Apple's four plants in China.", [("four plants", 4, "plants")]),
        ("Workers at Amazon's 12 warehouses in Germany walked out.", [("12 warehouses", 12, "warehouses")]),
        ("Delays hit the airline's fleet of Boeing 737 jets.", []),
    ],
)
def test_a_count_after_an_owners_possessive(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


# An event named with its year and a verb of its running sets the year of the yearless dates
# after the verb; a thing named with a year (a model year) or a date of something else done
# about the event does not.
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("The 2022 World Cup in Qatar, which began Nov. 20, ended with Argentina's win on Dec. 18.", date(2024, 6, 1), ["2022-11-20", "2022-12-18"]),
        ("The 2028 Los Angeles Olympics will run from July 14 to July 30.", date(2025, 6, 1), ["2028-07-14/2028-07-30"]),
        ("The 2020 presidential election was held on Nov. 3.", date(2024, 6, 1), ["2020-11-03"]),
        ("Tickets for the 2026 World Cup go on sale Sept. 10.", date(2025, 8, 1), ["2025-09-10"]),
        ("The 2025 Camry started shipping in May.", date(2024, 6, 1), ["2024-05"]),
        ("The 2023 Tour ended on July 23, organisers said on May 2.", date(2024, 6, 1), ["2023-07-23", "2024-05-02"]),
    ],
)
def test_an_event_named_with_its_year_frames_its_dates(text: str, ref: date, expected: list[str]) -> None:
    assert [f.value for f in extract_facts(text, lang="en", ref_date=ref) if f.type == "date"] == expected


# What a count counts may stand after two modifiers ("350 million monthly active users"), not
# after a pronoun or a verb ("eight that submitted proposals").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Google said Gemini has 350 million monthly active users.", [("350 million monthly active users", 350000000, "users")]),
        ("The campaign has opened more than 100 dedicated field offices.", [("more than 100 dedicated field offices", 100, "offices")]),
        ("Of the 12 bidders, eight that submitted proposals were shortlisted.", [("12 bidders", 12, "bidders")]),
    ],
)
def test_a_count_after_two_modifiers(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


# Storage, power and speed spelled out are quantities, no count of one ("up to 1 terabyte").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The laptop has up to 1 terabyte of storage and 16GB of memory.", [("up to 1 terabyte of storage", 1, "TB"), ("16GB of memory", 16, "GB")]),
        ("The data center will draw up to 1 gigawatt of power.", [("up to 1 gigawatt of power", 1, "GW")]),
        ("Wind gusts reached 90 miles per hour on the coast.", [("90 miles per hour", 90, "mph")]),
    ],
)
def test_storage_power_and_speed_spelled_out(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "quantity") == expected
    assert values(text, "count") == []


# "over" before a duration is the span an amount earlier in its clause is spread across, not a
# bound, unless a preposition before it makes it one.
@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Microsoft will invest $3.2 billion in Sweden over two years.", None),
        ("The chipmaker plans to spend 20 billion euros in Germany over five years.", None),
        ("The firm has paid $2 million in rent for over two years.", "more than"),
        ("He has worked at the bank over 20 years.", "more than"),
    ],
)
def test_over_a_duration_after_an_amount_in_its_clause(text: str, qualifier: str | None) -> None:
    assert [f.attrs["qualifier"] for f in facts(text, "duration")] == [qualifier]


# A window that closes on a day is a schedule told in the present: the coming one.
def test_a_window_that_closes_is_the_coming_one() -> None:
    assert [f.value for f in facts("The transfer window closes on Aug. 30.", "date")] == ["2024-08-30"]
    assert [f.value for f in facts("The transfer window closes on May 30.", "date")] == ["2025-05-30"]


# A capitalised plural of people is what a count counts ("1 million Americans"); a headline's or
# a name's capitalised word is not ("5 Tips to Enjoy Game Day", "the Three Amigos").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Covid-19 killed more than 1 million Americans.", [("more than 1 million Americans", 1000000, "Americans")]),
        ("Five Republicans voted against the bill.", [("Five Republicans", 5, "Republicans")]),
        ("About 350,000 Teamsters could strike next month.", [("About 350,000 Teamsters", 350000, "Teamsters")]),
        ("The attack killed about 1,200 Israelis, officials said.", [("about 1,200 Israelis", 1200, "Israelis")]),
        ("5 Tips to Enjoy Game Day Parties", []),
        ("The envoys were known as the Three Amigos in Kyiv.", []),
        ("He confirmed the news to Nine News on Friday.", []),
    ],
)
def test_a_capitalised_plural_of_people_is_counted(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


# A toll's adjective right after its number is counted people ("left 12 dead and 30 injured");
# after a plural it describes the plural ("2 people injured").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack left 12 dead and 30 injured.", [("12 dead", 12, "dead"), ("30 injured", 30, "injured")]),
        ("Rescuers are still searching for the 14 missing.", [("14 missing", 14, "missing")]),
        ("The crash left 2 people injured.", [("2 people", 2, "people")]),
    ],
)
def test_a_tolls_adjective_is_counted_after_its_number(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


# An election's margin in points is a share's (the state, the district, a party named), as is
# "half a point" of a rate; "at one point" is a moment, and a game's margin stays no fact.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obama carried the state by 9 points in 2008.", [("9 points", 9, "point")]),
        ("The Republican leads by 6 points in Arizona.", [("6 points", 6, "point")]),
        ("She flipped the district by 11 points, a swing of 20.", [("11 points", 11, "point")]),
        ("The central bank lifted rates half a point on Thursday.", [("half a point", 0.5, "point")]),
        ("At one point the 10-year yield touched 5%.", [("5%", 5, "percent")]),
        ("Rates climbed to a point where buyers gave up.", []),
        ("Florida State beat Clemson by 10 points.", []),
    ],
)
def test_points_of_an_election_margin_and_half_a_point(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert [(f.text, f.value, f.attrs["unit"]) for f in facts(text, "percent")] == expected


# "24 of 30 drones": both count drones without a determiner when the whole is more than ten
# ("3 of 4 voters" is a share, no count); "12 others" counts the others.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Air defences downed 41 of 48 Shahed drones overnight.", [("41", 41, "drones"), ("48 Shahed drones", 48, "drones")]),
        ("The team won 15 of 20 matches.", [("15", 15, "matches"), ("20 matches", 20, "matches")]),
        ("Nearly 3 of 4 voters backed the measure.", []),
        ("The gunman killed two people and wounded 14 others.", [("two people", 2, "people"), ("14 others", 14, "others")]),
    ],
)
def test_a_part_of_a_whole_without_a_determiner_and_others(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert [v for v in values(text, "count") if v[2] is not None] == expected


# "the September quarter" is the calendar quarter that month ends (a month that ends none
# names no quarter); "the 2025 season" is the year it names.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apple posted revenue of $89.5 billion for the September quarter of 2023.", [("the September quarter of 2023", "2023-Q3")]),
        ("The miner's output rose 4% in the March quarter.", [("the March quarter", "2024-Q1")]),
        ("Sales rose in the November quarter.", []),
        ("The club re-signed him for the 2025 season.", [("2025", "2025")]),
        ("The agency's 2025 budget passed.", []),
    ],
)
def test_a_quarter_named_by_its_last_month_and_a_season_by_its_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# "the first nine months of 2025" is a span of the year's months (from its end with "last"),
# and "the same period last year" the same months a year back; twelve months (the whole year)
# name no span, and stay a duration.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose 6% in the first eight months of 2023.", [("the first eight months of 2023", "2023-01/2023-08")]),
        ("Deliveries slumped in the last four months of last year.", [("the last four months of last year", "2023-09/2023-12")]),
        ("Thefts fell in the first five months of the year from the same period last year.",
         [("the first five months of the year", "2024-01/2024-05"), ("the same period last year", "2023-01/2023-05")]),
        ("The first 12 months of 2022 were the hardest.", []),
    ],
)
def test_the_first_months_of_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# "$7.5 billion two years ago": the amount's scale is no part of the date's count; a distance in
# light-years is a quantity, no count of them.
def test_an_amount_before_ago_and_light_years() -> None:
    text = "Reserves fell to $3.1 billion from $6.4 billion three years ago."
    assert [(f.text, f.value) for f in facts(text, "date")] == [("three years ago", "2021")]
    assert facts(text, "duration") == []
    assert values("The star lies about 300 light-years from Earth.", "quantity") == [("about 300 light-years", 300, "light-year")]
    assert values("The star lies about 300 light-years from Earth.", "count") == []


# A full stop after a month's full name ends its sentence: "in October. The first shipment" is
# October, not the 1st; after a short form it is the form's ("Sept. 1").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output slumped in October. The first shipment left in March.", [("October", "2023-10"), ("March", "2024-03")]),
        ("The talks stalled in May. The third round was cancelled.", [("May", "2024-05")]),
        ("The plant reopened on Sept. 1, the company said.", [("Sept. 1", "2023-09-01")]),
    ],
)
def test_a_full_stop_after_a_month_ends_the_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# A yearless date before "deadline" is the coming one unless its clause tells the past.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shippers have until the Jan. 15 deadline to file.", "2025-01-15"),
        ("Three carriers missed the Jan. 15 deadline.", "2024-01-15"),
    ],
)
def test_a_deadlines_date_is_the_coming_one(text: str, expected: str) -> None:
    assert [f.value for f in facts(text, "date")] == [expected]


# "a" after an amount and what it is of means "per" ("barrels of oil a day"); pounds paid by
# the month are money; "COP30" is a conference, no pesos.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The pipeline ships 600,000 barrels of crude a day.", "duration", []),
        ("The pipeline ships 600,000 barrels of crude a day.", "quantity", [("600,000 barrels of crude", 600000, "barrel")]),
        ("Rents in Leeds now average 1,150 pounds a month.", "money", [("1,150 pounds", 1150, "GBP")]),
        ("The baby weighed 8 pounds.", "money", []),
        ("Delegates at COP29 in Baku agreed a deal.", "money", []),
        ("The fee is COP 50,000.", "money", [("COP 50,000", 50000, "COP")]),
    ],
)
def test_per_after_what_is_measured_pounds_by_the_month_and_cop(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# A futures contract's month is the coming one whatever the tense ("for March delivery"); "from"
# before the base of a change ("from a year earlier", "from 1990 levels") is no bound.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soybeans for January delivery fell 8 cents to $11.20 a bushel.", [("January", "2025-01", None)]),
        ("Sales fell in January.", [("January", "2024-01", None)]),
        ("Britain pledged to cut emissions 81% from 1990 levels by 2035.", [("from 1990", "1990", None), ("by 2035", "2035", "by")]),
        ("In April, prices rose 0.3% from a month earlier.", [("April", "2024-04", None), ("from a month earlier", "2024-03", None)]),
        ("The family has farmed the land from 1990.", [("from 1990", "1990", "from")]),
    ],
)
def test_a_delivery_month_and_the_base_of_a_change(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(f.text, f.value, f.attrs["qualifier"]) for f in facts(text, "date")] == expected


# A quarter named by its last month works as an adjective too, hyphenated or not, with no
# "the" ("September-quarter earnings"); a "March quarter-final" is a match, no quarter.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Westpac said September-quarter earnings rose 4%.", [("September-quarter", "2023-Q3")]),
        ("The miner's March quarter output slipped.", [("March quarter", "2024-Q1")]),
        ("Its December-quarter revenue will be released in February.", [("December-quarter", "2024-Q4"), ("February", "2025-02")]),
        ("She lost the March quarter-final in Miami.", []),
        ("Sales in September were weak.", [("September", "2023-09")]),
    ],
)
def test_a_quarter_named_by_its_month_as_an_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# "3 of 4 voters": a share when the whole is small and counts a population, never two counts;
# "one of three", a whole over ten or of no population keep their counts.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("Nearly 3 of 4 voters backed the measure, the survey found.", "percent", [("Nearly 3 of 4", 75, "percent")]),
        ("Nearly 3 of 4 voters backed the measure, the survey found.", "count", []),
        ("Nine of 10 doctors said they would prescribe it.", "percent", [("Nine of 10", 90, "percent")]),
        ("About 7 of 10 Americans oppose the tariff.", "percent", [("About 7 of 10", 70, "percent")]),
        ("Two of three wells on the site ran dry.", "count", [("three wells", 3, "wells")]),
        ("Two of three wells on the site ran dry.", "percent", []),
        ("The victim was one of two people who caught the virus.", "count", [("two people", 2, "people")]),
        ("Nearly 24 of 30 drones were shot down.", "count", [("Nearly 24", 24, "drones"), ("30 drones", 30, "drones")]),
    ],
)
def test_a_share_written_with_of(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# A number listed after a model number that follows its maker's name is a model too; a length
# glued to its number before a weapon or a film is its calibre or format, no quantity.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("Boeing's 767 and 777 jets were grounded after the fault.", "count", []),
        ("The airline flies Embraer 175 or 190 jets on the route.", "count", []),
        ("Apple's 150 engineers and 200 contractors moved to Austin.", "count", [("150 engineers", 150, "engineers"), ("200 contractors", 200, "contractors")]),
        ("Police found a 9mm handgun and 155mm artillery shells in the car.", "quantity", []),
        ("The studio still shoots on 35mm film.", "quantity", []),
        ("Up to 150mm of rain fell in the hills.", "quantity", [("Up to 150mm of rain", 150, "mm")]),
        ("Rainfall reached 80mm in places.", "quantity", [("80mm", 80, "mm")]),
    ],
)
def test_a_model_listed_with_one_and_a_calibre(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# A comma or colon inside a number ends no clause: "fell to 1,081 in September" tells the
# past of its own clause, so September is last year's (a May story).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overdose deaths fell to about 81,000 in the 12 months to September.", "2023-09"),
        ("Sales rose to $1,200 in September.", "2023-09"),
        ("Sales rose to 1,200 units in September.", "2023-09"),
        ("Sales will rise to 1,200 units in September.", "2024-09"),
    ],
)
def test_a_comma_inside_a_number_ends_no_clause(text: str, expected: str) -> None:
    assert [f.value for f in facts(text, "date")] == [expected]


# "plus" after an amount with its unit and before a word adds something, no bound; "50 plus
# people" and "$100,000 plus." are at least so much.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The striker joined for an initial 100 million euros plus add-ons.", "money", [("100 million euros", 100000000, None)]),
        ("The post pays $120,000 plus bonuses, the filing showed.", "money", [("$120,000", 120000, None)]),
        ("Tickets cost $95 plus tax.", "money", [("$95", 95, None)]),
        ("Top salaries reach $250,000 plus.", "money", [("$250,000 plus", 250000, "at least")]),
        ("There were 50 plus people at the vigil.", "count", [("50 plus people", 50, "at least")]),
    ],
)
def test_plus_before_a_word_adds_to_an_amount(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert [(f.text, f.value, f.attrs["qualifier"]) for f in facts(text, type_)] == expected


# A sum or a measure joined to its number by a hyphen, in the singular, is an amount as a
# duration is ("a 5-euro fee", "an 11,000-mile flight"); not a compound ("a 3-mile-long queue")
# nor a unit before a hyphen and digits ("48 F-35 jets": a name).
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("Day-trippers must pay a 5-euro fee to enter the old town.", "money", [("5-euro", 5, "EUR")]),
        ("He was ordered to pay a 5,000-pound fine.", "money", [("5,000-pound", 5000, "GBP")]),
        ("The route's 11,000-mile flight lasts nearly 19 hours.", "quantity", [("11,000-mile", 11000, "mile")]),
        ("The phone has a 6.8-inch screen and a 5,000mAh battery.", "quantity", [("6.8-inch", 6.8, "in"), ("5,000mAh", 5000, "mAh")]),
        ("Police found a 500-pound bomb near the bridge.", "quantity", [("500-pound", 500, "lb")]),
        ("A 3-mile-long queue formed at the border.", "quantity", []),
        ("The Pentagon ordered 48 F-35 jets and 12 C-130 transport planes.", "quantity", []),
        ("Download speeds averaged 245 megabits per second.", "quantity", [("245 megabits per second", 245, "Mbps")]),
        ("The display refreshes at 120Hz and the chip runs at 3.5GHz.", "quantity", [("120Hz", 120, "Hz"), ("3.5GHz", 3.5, "GHz")]),
    ],
)
def test_a_sum_or_a_measure_joined_by_a_hyphen(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# Pounds after a price's "starting at" or a fare are money; "crew" is counted as "staff" is; a
# bare number after a toll and its verb counts the dead; a preposition after a number opens what
# follows, no count of it ("stood at 12 after rescuers found").
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The airline will add 12 routes, with fares starting at 49 pounds.", "money", [("49 pounds", 49, "GBP")]),
        ("The ship carries up to 5,600 passengers and 2,300 crew.", "count", [("up to 5,600 passengers", 5600, "passengers"), ("2,300 crew", 2300, "crew")]),
        ("The death toll rose to 236, with 48 people still missing.", "count", [("236", 236, None), ("48 people", 48, "people")]),
        ("The toll from the quake stood at 12 after rescuers found two more bodies.", "count", [("12", 12, None), ("two more bodies", 2, "bodies")]),
        ("The toll road reopened at 5 a.m. on Monday.", "count", []),
    ],
)
def test_fares_crew_and_a_death_toll(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# One of a population in the singular may stand between a ratio's numbers ("one child in
# five"); "one study in 496 girls" counts the girls.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("One child in five lives in poverty, the charity said.", "percent", [("One child in five", 20, "percent")]),
        ("One child in five lives in poverty, the charity said.", "count", []),
        ("About one adult in three is obese.", "count", []),
        ("One study in 496 adolescent girls found no link.", "count", [("496 adolescent girls", 496, "girls")]),
        ("Eight out of 10 companies now write their own apps.", "percent", [("Eight out of 10", 80, "percent")]),
    ],
)
def test_one_of_a_population_between_a_ratios_numbers(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# "from" after a percent is the base of a change, no bound ("up 12% from last year"); after a
# sum or a duration it is where something starts ("worth £20,000 from 29 May").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 3% from last year.", [("from last year", "2023", None)]),
        ("New car sales edged up 0.3 percent from 2017.", [("from 2017", "2017", None)]),
        ("Bond yields fell 10 basis points from Friday.", [("from Friday", "2024-05-31", None)]),
        ("He was given a flat worth more than £20,000 from 29 May.", [("from 29 May", "2024-05-29", "from")]),
    ],
)
def test_from_after_a_percent_is_a_changes_base(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(f.text, f.value, f.attrs["qualifier"]) for f in facts(text, "date")] == expected


# Pounds in a sentence that names a price before them, and no weight, are money.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The average price of a home rose 1.2% to 285,000 pounds in April.", "money", [("285,000 pounds", 285000, "GBP")]),
        ("House prices in the capital averaged 520,000 pounds.", "money", [("520,000 pounds", 520000, "GBP")]),
        ("Cattle prices rose as the steer weighed 1,200 pounds.", "quantity", [("1,200 pounds", 1200, "lb")]),
        ("Season tickets rose by 8% to 950 pounds.", "money", [("950 pounds", 950, "GBP")]),
        ("Rail fares will rise to 4,000 pounds a year.", "money", [("4,000 pounds", 4000, "GBP")]),
        ("The bill for the bags, each weighing 50 pounds, was high.", "quantity", [("50 pounds", 50, "lb")]),
        ("The baby weighed 8 pounds.", "quantity", [("8 pounds", 8, "lb")]),
    ],
)
def test_pounds_after_a_price(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# "911 calls" name the emergency line, no count of calls ("hired 112 workers" counts them).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dispatchers received dozens of 911 calls about the shooting.", []),
        ("Police logged 999 calls from the estate overnight.", []),
        ("The plant hired 112 workers in March.", [("112 workers", 112, "workers")]),
    ],
)
def test_an_emergency_number_before_its_service_is_no_count(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


# A month with its year to another with its year is one span of months.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report covers the period from January 2020 to December 2023.", [("from January 2020 to December 2023", "2020-01/2023-12")]),
        ("Prices rose 40% from May 2021 through June 2022.", [("from May 2021 through June 2022", "2021-05/2022-06")]),
        ("Output fell from January to March 2021.", [("from January to March 2021", "2021-01/2021-03")]),
        ("In March 2020 to the dismay of many, the plant closed.", [("March 2020", "2020-03")]),
    ],
)
def test_a_span_of_months_over_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# "%" glued to its digits shows a share as a spaced word does: "by 3 points, 48% to 45%".
def test_a_percent_sign_after_digits_cues_points() -> None:
    assert values("Harris led Trump by 3 points, 48% to 45%.", "percent") == [("3 points", 3, "point"), ("48%", 48, "percent"), ("45%", 45, "percent")]


# "every" may stand before a ratio's whole: "1 in every 200 residents" is a share, no count.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The outbreak infected 1 in every 200 residents.", "percent", [("1 in every 200", 0.5, "percent")]),
        ("The outbreak infected 1 in every 200 residents.", "count", []),
        ("One in every five adults smokes, the survey found.", "percent", [("One in every five", 20, "percent")]),
    ],
)
def test_every_before_a_ratios_whole(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# A fraction after "by" and a verb of change is the change's size, a share ("fell by a third");
# "bought by a third party" is none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visitor numbers fell by a third in the first half of the year.", [("a third", 33.33, "percent")]),
        ("The carmaker cut its workforce by half.", [("half", 50, "percent")]),
        ("Profits dropped by two-thirds.", [("two-thirds", 66.67, "percent")]),
        ("The unit was bought by a third party.", []),
    ],
)
def test_a_fraction_after_by_and_a_change(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "percent") == expected


# A ratio whose whole is a bare number ("one in five is poor") is a share too, with one of
# anything in the singular between its numbers ("one home in 10 was flooded"); a year after
# "in" is none ("one in 2020"), nor is "3 of 4" with no population after it.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("One home in 10 was flooded when the river burst its banks.", "percent", [("One home in 10", 10, "percent")]),
        ("One in five is now behind on rent, the survey found.", "percent", [("One in five", 20, "percent")]),
        ("About one in 10 said they had skipped meals.", "percent", [("About one in 10", 10, "percent")]),
        ("The board named her one in 2021 after a vote.", "percent", []),
        ("Nearly 3 of 4 were happy with the result.", "percent", []),
    ],
)
def test_a_ratio_with_a_bare_whole(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# "between" a month with its year "and" another with its year is one span, as "from … to" is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents rose 30% between March 2020 and May 2021, the agency said.", [("between March 2020 and May 2021", "2020-03/2021-05")]),
        ("Between January 2019 and June 2022 the plant cut 800 jobs.", [("Between January 2019 and June 2022", "2019-01/2022-06")]),
        ("The talks ran between March 3 and 5.", [("between March 3 and 5", "2024-03-03/2024-03-05")]),
    ],
)
def test_between_two_months_of_two_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# A count before a model named by a unit's letter and a number ("C-130", "F-35") counts the
# plural after the name ("12 C-130 transport planes"); a capitalised plural ending in -ines is
# people ("3,000 Marines"); after a named kind a singular noun may stand before the counted plural.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The air force sent 12 C-130 transport planes to the island.", [("12 C-130 transport planes", 12, "planes")]),
        ("Warsaw agreed to buy 32 F-35 jets from Lockheed.", [("32 F-35 jets", 32, "jets")]),
        ("Some 3,000 Marines were deployed to the region.", [("Some 3,000 Marines", 3000, "Marines")]),
        ("Kyiv said it downed 33 Russian attack drones overnight.", [("33 Russian attack drones", 33, "drones")]),
        ("A 5 km-long queue formed at the border.", []),
    ],
)
def test_a_count_before_a_model_or_a_named_kind(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


# A bare number after "the number of" a plural and a verb counts that plural.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of measles cases doubled to 4,400 last year.", [("4,400", 4400, "cases")]),
        ("The number of people who lost their jobs rose by 12,000 in May.", [("12,000", 12000, "people")]),
        ("The number of migrants held at the border stood at 3,100.", [("3,100", 3100, "migrants")]),
        ("A number of them, 40 in all, were hurt.", []),
    ],
)
def test_the_number_of_a_plural_before_a_bare_number(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


# Energy and shipping units: watt-hours spelled out, knots, nautical miles.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant generated 8,500 gigawatt-hours last year.", [("8,500 gigawatt-hours", 8500, "GWh")]),
        ("The battery stores 100 megawatt hours, enough for 30,000 homes.", [("100 megawatt hours", 100, "MWh")]),
        ("The tanker was sailing at 12 knots when it struck the pier.", [("12 knots", 12, "knot")]),
        ("The boat was found 200 nautical miles off the coast.", [("200 nautical miles", 200, "nautical mile")]),
    ],
)
def test_energy_and_shipping_units(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "quantity") == expected


# "a year" after what is measured of two words is "per year", no duration ("50,000 tonnes of
# green hydrogen a year"); a lead that read nothing ("a year from", that of "a year from now")
# is tried again from its last word: "from 2026", "from April" are dates.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The plant will make 50,000 tonnes of green hydrogen a year from 2026.", "duration", []),
        ("The plant will make 50,000 tonnes of green hydrogen a year from 2026.", "date", [("from 2026", "2026", "year")]),
        ("Bills will rise by 5 pounds a month from April.", "date", [("from April", "2025-04", "month")]),
        ("The lease was signed a year from now, he joked.", "date", [("a year from now", "2025", "year")]),
    ],
)
def test_per_year_after_two_words_and_a_lead_read_again(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# A month alone after a verb that moves a date to it is a date ("postponed to March", "a pay
# rise backdated to September"); "a blow to May" is none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal gives nurses a 5% pay rise backdated to April.", [("April", "2024-04")]),
        ("The launch was pushed back to October.", [("October", "2024-10")]),
        ("The vote was postponed to March.", [("March", "2025-03")]),  # a June story: the coming March
        ("The vote was brought forward to June.", [("June", "2024-06")]),
        ("The defeat was a blow to May.", []),
    ],
)
def test_a_month_a_date_was_moved_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# "head of" counts the noun after it ("1.3 million head of cattle"); a bare number after a
# group's noun and "of" counts its members ("a crew of 1,200").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The country exported 1.3 million head of cattle last year.", [("1.3 million head of cattle", 1300000, "cattle")]),
        ("The cruise ship has 2,800 cabins and a crew of 1,200.", [("2,800 cabins", 2800, "cabins"), ("1,200", 1200, "crew")]),
        ("The city has a population of 8.4 million.", [("8.4 million", 8400000, "population")]),
        ("The head of the agency said 40 were missing.", []),
        ("A quake with a force of 7 hit the coast.", []),
    ],
)
def test_head_of_and_a_groups_members(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


# A day with its year to another day with its year is one span of days, with "from … to" and
# "between … and" alike; an end before the start is no span.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The programme ran from March 3, 2020 to May 5, 2021.", [("from March 3, 2020 to May 5, 2021", "2020-03-03/2021-05-05")]),
        ("Claims filed between Dec. 30, 2022 and Jan. 2, 2023 were void.", [("between Dec. 30, 2022 and Jan. 2, 2023", "2022-12-30/2023-01-02")]),
        ("The talks ran from March 3 to May 5, 2021.", [("from March 3 to May 5, 2021", "2021-03-03/2021-05-05")]),
        ("Nothing happened from May 5, 2021 to March 3, 2020.", []),
        ("The trial ran from 3 March 2020 to 5 May 2021.", [("from 3 March 2020 to 5 May 2021", "2020-03-03/2021-05-05")]),
        ("Claims filed between 30 December 2022 and 2 January 2023 were void.", [("between 30 December 2022 and 2 January 2023", "2022-12-30/2023-01-02")]),
        ("The ban ran from 20 December to 5 January 2024.", [("from 20 December to 5 January 2024", "2023-12-20/2024-01-05")]),
        ("The talks ran from 3 March to 5 May 2021.", [("from 3 March to 5 May 2021", "2021-03-03/2021-05-05")]),
        ("Nothing happened from 5 May 2021 to 3 March 2020.", []),
        ("He was born on 3 March 2020 and died 5 May 2021.", [("3 March 2020", "2020-03-03"), ("5 May 2021", "2021-05-05")]),
    ],
)
def test_a_span_of_days_over_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# After "of", a quantity measures the noun past the words that describe it ("tonnes of green
# hydrogen": hydrogen, not "green"); a noun with such an ending stays when no noun follows.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant will make 200,000 tonnes of green hydrogen a year.", [("200,000 tonnes of green hydrogen", 200000, "hydrogen")]),
        ("Police seized 2 kg of pure cocaine at the port.", [("2 kg of pure cocaine", 2, "cocaine")]),
        ("The terminal handles 10 million tonnes of liquefied natural gas.", [("10 million tonnes of liquefied natural gas", 10000000, "gas")]),
        ("Iran has 60 kg of highly enriched uranium.", [("60 kg of highly enriched uranium", 60, "uranium")]),
        ("The smelter makes 50,000 tonnes of metal a year.", [("50,000 tonnes of metal", 50000, "metal")]),
        ("The plant uses 300 litres of chemical per day.", [("300 litres of chemical", 300, "chemical")]),
    ],
)
def test_a_quantity_measures_the_noun_past_its_adjectives(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert [(f.text, f.value, f.attrs.get("counted")) for f in facts(text, "quantity")] == expected


# A bare number after a plural and a verb of change or of reaching counts that plural ("Jobless
# claims rose by 13,000 to 231,000": both); not a plural that names a level ("Home prices rose
# to 412,100", "Shares closed at 245") nor one with no such verb ("The firm cut jobs to 1,020").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jobless claims rose by 13,000 to 231,000 last week.", [("13,000", 13000, "claims"), ("231,000", 231000, "claims")]),
        ("Cases doubled to 4,400 in a week.", [("4,400", 4400, "cases")]),
        ("Deaths from overdoses topped 107,000 in 2023.", [("107,000", 107000, "deaths")]),
        ("Downloads of the game topped 10 million in two days.", [("10 million", 10000000, "downloads")]),
        ("Officials said arrests stood at 1,020.", [("1,020", 1020, "arrests")]),
        ("Overdose deaths fell 3% to 107,543 in 2023.", [("107,543", 107543, "deaths")]),
        ("Jobless claims edged up to 231,000.", [("231,000", 231000, "claims")]),
        ("Police in the city said arrests rose to 1,020.", [("1,020", 1020, "arrests")]),
        ("Emissions rose to 36,800 last year.", []),
        ("Home prices rose to 412,100 in March.", []),
        ("Shares closed at 245 on Friday.", []),
        ("Temperatures hit 42 on Saturday.", []),
        ("The firm cut jobs to 1,020.", []),
        ("Rates rose to 5.25 in July.", []),
    ],
)
def test_a_bare_number_after_a_plural_subject_and_its_verb(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


# An index's points are a quantity of unit "index point" (as Korean's "85.3포인트") where the sentence tells an index and
# no game nor list; a poll's points stay percentage points, a game's are no fact.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dow fell 412.5 points, or 1.1%, to 37,903.29.", [("412.5 points", 412.5, "index point")]),
        ("The FTSE 100 hit a record high of 8,213.49 points.", [("8,213.49 points", 8213.49, "index point")]),
        ("The benchmark Kospi rose 12.5 points to 2,650.", [("12.5 points", 12.5, "index point")]),
        ("The Nasdaq team scored 30 points in the charity game.", []),
        ("The index firm unveiled a five-point plan.", []),
        ("Harris gained 3 points among women, the poll showed.", []),
    ],
)
def test_an_index_points(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "quantity") == expected


# A bare number before "per" (or "against the") and a currency is an exchange rate: money in
# the currency the sentence names before it; none when it names none (not the verb "won").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The won traded at 1,382.5 per dollar in Seoul.", [("1,382.5", 1382.5, "KRW")]),
        ("The yen weakened past 160 per dollar for the first time since 1990.", [("160", 160, "JPY")]),
        ("India's rupee hit a record low of 83.57 against the dollar.", [("83.57", 83.57, "INR")]),
        ("The party that won the vote saw the currency fall to 1,400 per dollar.", []),
        ("The bank sold 500 per customer.", []),
    ],
)
def test_an_exchange_rate(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "money") == expected


# A participle after "be" tells no past ("will be held in March" is the coming March), and a
# modal of what must be, a present aim or a plan tells the future (a June story).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elections will be held in March.", [("March", "2025-03")]),
        ("The plant must be built by March.", [("by March", "2025-03")]),
        ("The firm aims to list its shares in March.", [("March", "2025-03")]),
        ("The merger should close in the first quarter.", [("the first quarter", "2025-Q1")]),
        ("Talks are planned for early March.", [("early March", "2025-03")]),
        ("The money was paid in March.", [("March", "2024-03")]),
        ("The plant should have opened in March.", [("March", "2024-03")]),
    ],
)
def test_a_future_told_by_a_modal_or_an_aim(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# A count counts a plural of capitals after it or after its modifiers ("3,000 EVs", "3.76 million
# data-center GPUs"), not a unit's ("2 TBs") nor after a resolution ("4K TVs").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nvidia shipped about 3.76 million data-center GPUs last year.", [("about 3.76 million data-center GPUs", 3760000, "GPUs")]),
        ("The firm sold 3,000 EVs in March.", [("3,000 EVs", 3000, "EVs")]),
        ("More than 200 NGOs signed the letter.", [("More than 200 NGOs", 200, "NGOs")]),
        ("The drive stores 2 TBs of data.", []),
        ("The store cut prices on 4K TVs.", []),
    ],
)
def test_a_count_of_a_plural_of_capitals(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, "count") == expected


# A month with its year to a month without one is one span of months, the end in the next year
# when it comes first in the calendar ("from November 2023 to February").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The programme ran from November 2023 to February.", [("from November 2023 to February", "2023-11/2024-02")]),
        ("The programme ran from March 2023 to May.", [("from March 2023 to May", "2023-03/2023-05")]),
        ("Sales fell in March 2023 to levels not seen since 2008.", [("March 2023", "2023-03"), ("since 2008", "2008")]),
    ],
)
def test_a_span_of_months_with_one_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# A plural and its verb count no number that a score's or a record's other number follows ("Bears
# fell to 2-7"); an index's points are none in a sentence that tells a rate or a poll as well.
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("Bears fell to 2-7 on the season.", "count", []),
        ("The S&P 500 rose 1% as the Fed held rates; the 10-year yield rose 5 points.", "quantity", []),
        ("The Stoxx 600 index closed down 0.4 points at 505.2.", "quantity", [("0.4 points", 0.4, "index point")]),
    ],
)
def test_no_count_before_a_score_and_no_index_points_beside_a_rate(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text, type_) == expected


# A span of months without a year around the reference day is the one just ended when its
# clause tells the past (a June story).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales were weak between May and March.", [("between May and March", "2023-05/2024-03")]),
        ("Sales fell from January to July.", [("from January to July", "2023-01/2023-07")]),
        ("Sales rose from January to April.", [("from January to April", "2024-01/2024-04")]),
    ],
)
def test_a_past_span_around_the_reference(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == expected


# A word in -ing before a noun describes it ("200 barrels of used cooking oil": oil), and "the
# won" is a currency, no past tense ("expect the won to trade at 1,400 per dollar by June" in a
# June story is this June).
@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The ship spilled 200 barrels of used cooking oil.", "quantity", [("200 barrels of used cooking oil", 200, "oil")]),
        ("The firm recycles 40 tonnes of clothing from donors.", "quantity", [("40 tonnes of clothing", 40, "clothing")]),
        ("Analysts expect the won to trade at 1,400 per dollar by July.", "date", [("by July", "2024-07", "month")]),
        ("The team won by July.", "date", [("by July", "2023-07", "month")]),
    ],
)
def test_cooking_oil_and_the_won(text: str, type_: str, expected: list[tuple[str, object, object]]) -> None:
    assert [(f.text, f.value, f.attrs.get("counted") or f.attrs.get("grain")) for f in facts(text, type_)] == expected
