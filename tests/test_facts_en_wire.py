"""English facts on wire copy from more beats (health and medicine, science and space, weather
and disasters, sport, technology, real estate): each case a rule, with variants, so that the
rule and not the sentence is tested. Reference date: a story of May 2, 2025."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsclean.facts import extract_facts
from newsclean.model import Fact

REF = date(2025, 5, 2)


def facts(text: str, type_: str | None = None) -> list[Fact]:
    return [f for f in extract_facts(text, lang="en", ref_date=REF) if type_ is None or f.type == type_]


def amounts(text: str) -> list[tuple[str, str, Any, Any]]:
    """(type, text, value, unit or counted) of every amount of the text."""
    return [(f.type, f.text, f.value, f.attrs.get("unit") or f.attrs.get("counted")) for f in facts(text) if f.type in ("count", "quantity", "money", "percent")]


# A place before a lower-case noun that ends in a possessive only says whose the office is: no
# organisation of the place ("the Manhattan district attorney's office").
@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson for the Manhattan district attorney's office declined to comment.",
        "A spokeswoman for the Texas attorney general's office did not respond.",
        "Analysts at the Brooklyn borough president's office said rents rose.",
    ],
)
def test_a_name_before_an_offices_possessive_is_no_organisation(text: str) -> None:
    assert facts(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("A spokesperson for Goldman Sachs declined to comment.", "Goldman Sachs"),
        ("Analysts at Morgan Stanley said the bank's outlook was weak.", "Morgan Stanley"),
    ],
)
def test_an_organisation_before_a_verb_stays(text: str, org: str) -> None:
    assert [f.value for f in facts(text, "organisation")] == [org]


# A person in apposition to a kind of organisation through a preposition ("an investor in the
# startup") is no organisation; the organisation's own apposition stays ("Tesla, the carmaker,").
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("John Park, an investor in the startup, said the valuation was too high.", []),
        ("Maria Gomez, a director at the bank, said lending slowed.", []),
        ("Rivian, the electric carmaker, said it would cut 4% of jobs.", ["Rivian"]),
    ],
)
def test_a_person_tied_to_a_kind_of_organisation_is_none(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A school's cohort is no date.
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("She is a member of the class of 2028 at Yale.", []),
        ("The Class of 2025 graduated on Sunday.", ["2025-04-27"]),
        ("The school opened in 2028.", ["2028"]),
    ],
)
def test_a_class_year_is_no_date(text: str, dates: list[str]) -> None:
    assert [f.value for f in facts(text, "date")] == dates


# A past verb of agreeing or deciding and its "to" date the plan, not what is planned: the date
# after them is the nearer of this year's and next year's (a future seen from the past).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("OPEC+ agreed to raise output starting in November.", "2025-11"),
        ("OPEC+ agreed on Saturday to raise output from November.", "2025-11"),
        ("Lawmakers voted to extend the program through December.", "2025-12"),
        ("The board decided to cut the dividend in March.", "2025-03"),
        ("OPEC+ raised output sharply in November.", "2024-11"),
    ],
)
def test_a_plans_date_follows_the_plan(text: str, value: str) -> None:
    assert [f.value for f in facts(text, "date") if f.attrs["grain"] == "month"] == [value]


# A past with a present's form ("cut", "hit") tells the past where an object follows it and no
# modal or "to" stands before it; the noun "cut" tells nothing.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Federal Reserve cut rates by half a point in September.", "2024-09"),
        ("Average rents hit a record $4,800 a month in July.", "2024-07"),
        ("The Fed will cut rates in September.", "2025-09"),
        ("Traders expect the Fed to cut rates in September.", "2025-09"),
        ("Markets price in a rate cut in September.", "2025-09"),
    ],
)
def test_a_past_with_a_presents_form(text: str, value: str) -> None:
    assert [f.value for f in facts(text, "date")] == [value]


# A count before a maker's name and a model's number counts the plural after the model.
@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("The airline grounded 171 Boeing 737 MAX 9 jets after the incident.", "171 Boeing 737 MAX 9 jets", "jets"),
        ("The carrier ordered 12 Boeing 787 Dreamliners.", "12 Boeing 787 Dreamliners", "Dreamliners"),
        ("The carrier will lease 20 Boeing 777 freighters.", "20 Boeing 777 freighters", "freighters"),
        ("The FAA grounded 171 737 MAX 9 jets.", "171 737 MAX 9 jets", "jets"),
    ],
)
def test_a_count_of_a_makers_model(text: str, surface: str, counted: str) -> None:
    [count] = facts(text, "count")
    assert (count.text, count.attrs["counted"]) == (surface, counted)


# A winner's margin counts its votes; a tally after it ("52 to 48") is no count of the margin.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The incumbent won by a margin of 21,313.", [("count", "21,313", 21313, "margin")]),
        ("She won by a margin of 21,313 votes.", [("count", "21,313 votes", 21313, "votes")]),
        ("The measure passed by a margin of 52 to 48.", []),
        ("The bill passed by a margin of 218-214.", []),
    ],
)
def test_a_winners_margin(text: str, expected: list[tuple[str, str, Any, Any]]) -> None:
    assert amounts(text) == expected


# A rate of barrels a day is its own unit.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The group will add 2 million barrels per day in June.", "2 million barrels per day"),
        ("Output rose to 9.5 million barrels a day.", "9.5 million barrels a day"),
        ("The refinery processes 250,000 barrels per day of crude.", "250,000 barrels per day of crude"),
    ],
)
def test_barrels_a_day(text: str, surface: str) -> None:
    [q] = facts(text, "quantity")
    assert (q.text, q.attrs["unit"]) == (surface, "barrel/day")


# An earthquake's magnitude, before its number (the number's span, as Korean "규모 4.8") or after it.
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("A magnitude 7.5 earthquake struck off the coast on Monday.", "7.5", 7.5),
        ("The magnitude 6.1 quake shook the city.", "6.1", 6.1),
        ("A 6.8 magnitude earthquake hit the region.", "6.8 magnitude", 6.8),
    ],
)
def test_a_quakes_magnitude(text: str, surface: str, value: float) -> None:
    [q] = facts(text, "quantity")
    assert (q.text, q.value, q.attrs["unit"]) == (surface, value, "magnitude")


# The head of a count or a measure after a modifier ending in -s or -ar.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials reported 1,312 new measles cases in the state.", [("count", "1,312 new measles cases", 1312, "cases")]),
        ("The probe returned 1,935.3 grams of lunar samples.", [("quantity", "1,935.3 grams of lunar samples", 1935.3, "g")]),
        ("James missed two free throws moments later.", [("count", "two free throws", 2, "throws")]),
    ],
)
def test_the_head_after_a_modifier(text: str, expected: list[tuple[str, str, Any, Any]]) -> None:
    assert amounts(text) == expected


def test_fractions_of_a_second_count_nothing() -> None:
    assert amounts("She won by five thousandths of a second.") == []


# Known organisations named like people or missed by their shape.
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Eli Lilly said revenue from Mounjaro rose to $3.1 billion.", "Eli Lilly"),
        ("The quake had a depth of 10 km, the USGS said.", "U.S. Geological Survey"),
    ],
)
def test_known_organisations(text: str, org: str) -> None:
    assert [f.value for f in facts(text, "organisation")] == [org]
    assert facts(text, "person") == []


def test_surgeon_general_is_a_role() -> None:
    text = "Surgeon General Vivek Murthy said social media posed a risk to young people."
    assert facts(text, "organisation") == []
    [person] = facts(text, "person")
    assert (person.value, person.attrs["role"]) == ("Vivek Murthy", "Surgeon General")


# A bare number right after a verb of harm, flight or arrest counts the people it befell.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack killed 38 and wounded 120, the ministry said.", [("count", "38", 38, None), ("count", "120", 120, None)]),
        ("The floods displaced 1.2 million, the agency said.", [("count", "1.2 million", 1200000, None)]),
        ("Police arrested 12 after the match.", [("count", "12", 12, None)]),
        ("He was killed in 2020.", []),
        ("The storm killed 3-year-old Maya Lopez.", []),
    ],
)
def test_a_number_after_a_verb_of_harm_counts_people(text: str, expected: list[tuple[str, str, Any, Any]]) -> None:
    assert amounts(text) == expected


# Units of a dose.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Patients who received the 10-milligram dose lost weight.", "10-milligram", "mg"),
        ("Each shot holds 0.5 ml of vaccine.", "0.5 ml of vaccine", "ml"),
        ("The tablet contains 400 mcg of folic acid.", "400 mcg of folic acid", "µg"),
        ("Participants took 2,000 IU daily.", "2,000 IU", "IU"),
    ],
)
def test_units_of_a_dose(text: str, surface: str, unit: str) -> None:
    [q] = facts(text, "quantity")
    assert (q.text, q.attrs["unit"]) == (surface, unit)


# A mayor's, a governor's or a premier's "of" names a place, no organisation; a chief
# executive's names one.
@pytest.mark.parametrize(
    ("text", "orgs", "person", "role", "org"),
    [
        ("The mayor of Austin, Kirk Watson, said the city would build 1,000 homes.", [], "Kirk Watson", None, None),
        ("Kirk Watson, the mayor of Austin, said the city would build 1,000 homes.", [], "Kirk Watson", "mayor", None),
        ("Wes Moore, the governor of Maryland, signed the bill.", [], "Wes Moore", "governor", None),
        ("Mary Barra, the chief executive of General Motors, said sales rose.", ["General Motors"], "Mary Barra", "chief executive", "General Motors"),
    ],
)
def test_a_mayors_of_names_a_place(text: str, orgs: list[str], person: str, role: str | None, org: str | None) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs
    [found] = facts(text, "person")
    assert (found.value, found.attrs["role"], found.attrs["org"]) == (person, role, org)


# A name ending like a place ("Park", "Beach") with a role after it is a person's; without one
# it stays out.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Linda Park, a nurse at Mercy Hospital, said the ward was full.", [("Linda Park", "nurse")]),
        ("John Park, an investor in the startup, said the valuation was too high.", [("John Park", "investor")]),
        ("Victoria Park, a popular spot for runners, was closed on Sunday.", []),
    ],
)
def test_a_surname_like_a_places_word_with_a_role(text: str, people: list[tuple[str, str]]) -> None:
    assert [(f.value, f.attrs["role"]) for f in facts(text, "person")] == people
