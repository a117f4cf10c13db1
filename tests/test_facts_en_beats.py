"""English facts on wire copy from beats the earlier audits did not cover (courts, elections,
energy, farming, aviation and shipping, schools, health): each case a rule, with variants, so
that the rule and not the sentence is tested."""

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
    """(type, text, value, range or counted) of every amount of the text."""
    return [(f.type, f.text, f.value, f.attrs.get("range") or f.attrs.get("counted")) for f in facts(text) if f.type in ("count", "quantity", "money", "percent")]


# After a verb of change, two bare numbers of which the second is over three times the first
# are the change and the level it reached, no range; close numbers, or a noun counted after
# them, stay a range.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claims rose by about 13,000 to 231,000 last week.", [("count", "about 13,000", 13000, None), ("count", "231,000", 231000, "claims")]),
        ("Initial jobless claims fell 6,000 to 223,000, the Labor Department said.", [("count", "6,000", 6000, "claims"), ("count", "223,000", 223000, "claims")]),
        ("The toll rose 10 to 15 people, officials said.", [("count", "10 to 15 people", 10, {"from": 10, "to": 15})]),
        ("The company cut 200 to 1,000 jobs.", [("count", "200 to 1,000 jobs", 200, {"from": 200, "to": 1000})]),
        ("Between 13,000 and 231,000 people attended.", [("count", "Between 13,000 and 231,000 people", 13000, {"from": 13000, "to": 231000})]),
    ],
)
def test_a_change_and_the_level_it_reached_are_no_range(text: str, expected: list[tuple[str, str, Any, Any]]) -> None:
    assert amounts(text) == expected


# A rate over a round base is a quantity of unit "per <base>", counting what the count before
# "per" counts; the base alone is no count.
@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "counted"),
    [
        ("There were 12 cases per 100,000 people in the county.", "12 cases per 100,000 people", 12, "per 100,000", "cases"),
        ("The rate rose to 12.4 deaths per 100,000 residents.", "12.4 deaths per 100,000 residents", 12.4, "per 100,000", "deaths"),
        ("Infant mortality fell to 30 deaths per 1,000 live births.", "30 deaths per 1,000 live births", 30, "per 1,000", "deaths"),
        ("The murder rate was 5.2 per 100,000 people last year.", "5.2 per 100,000 people", 5.2, "per 100,000", None),
        ("The state recorded 45 overdoses per 100,000 in 2023.", "45 overdoses per 100,000", 45, "per 100,000", "overdoses"),
    ],
)
def test_a_rate_over_a_round_base_is_a_quantity(text: str, surface: str, value: float, unit: str, counted: str | None) -> None:
    [rate] = [f for f in facts(text) if f.type in ("count", "quantity")]
    assert (rate.type, rate.text, rate.value, rate.attrs["unit"], rate.attrs.get("counted")) == ("quantity", surface, value, unit, counted)


@pytest.mark.parametrize("text", ["Buses now run 12 times per hour.", "Tickets cost $12 per 100 people.", "There are 3,450 patients per day in hospital."])
def test_per_before_no_round_base_makes_no_rate(text: str) -> None:
    assert all(not str(f.attrs.get("unit", "")).startswith("per ") for f in facts(text))


# What a quantity measures: the head of a compound after the word "of" reaches.
@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("Users get 5GB of free cloud storage.", "5GB of free cloud storage", "storage"),
        ("The plane burned 20,000 gallons of jet fuel.", "20,000 gallons of jet fuel", "fuel"),
        ("Exports reached 3 million tonnes of iron ore.", "3 million tonnes of iron ore", "ore"),
        ("The spill released 500 barrels of oil into the bay.", "500 barrels of oil", "oil"),
    ],
)
def test_a_quantity_measures_the_head_of_a_compound(text: str, surface: str, counted: str) -> None:
    [q] = facts(text, "quantity")
    assert (q.text, q.attrs["counted"]) == (surface, counted)


# A size joined to its number by hyphens before a noun, in the singular.
@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("They bought a 1,200-square-foot home in 2019.", "1,200-square-foot", 1200, "sq ft"),
        ("The 2,500-acre fire destroyed 40 homes.", "2,500-acre", 2500, "acre"),
        ("A 40-foot container fell overboard.", "40-foot", 40, "ft"),
        ("Officials closed a 1,000-square-mile area.", "1,000-square-mile", 1000, "sq mi"),
    ],
)
def test_a_hyphenated_size_in_the_singular_is_a_quantity(text: str, surface: str, value: int, unit: str) -> None:
    [q] = facts(text, "quantity")
    assert (q.text, q.value, q.attrs["unit"]) == (surface, value, unit)


def test_a_height_in_feet_and_inches_stays_no_quantity() -> None:
    assert facts("The 6-foot-4 forward scored 20 points.", "quantity") == []


# A singular noun naming a number of people before a verb of reaching: the count's noun.
@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("Attendance reached 74,512 on Sunday.", "74,512", "attendance"),
        ("Enrollment fell to 12,400 this year.", "12,400", "enrollment"),
        ("Ridership topped 1.2 million in March.", "1.2 million", "ridership"),
    ],
)
def test_a_noun_of_people_counted_before_its_verb(text: str, surface: str, counted: str) -> None:
    [c] = facts(text, "count")
    assert (c.text, c.attrs["counted"]) == (surface, counted)


def test_a_level_noun_before_its_verb_counts_nothing() -> None:
    assert facts("Output reached 74,512 in March.", "count") == []


# Points in a sentence naming an index are the index's, unless a stock is named after the
# last index before them: then they are the stock's, no fact.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apple shares fell 3% as the Nasdaq lost 120 points.", [("120 points", "index point")]),
        ("Apple shares lost 5 points while the Nasdaq rose 1%.", []),
        ("The Nasdaq fell 120 points as Apple stock lost 5 points.", [("120 points", "index point")]),
        ("Stocks rallied on Friday, with the Dow up 300 points.", [("300 points", "index point")]),
    ],
)
def test_a_stocks_points_are_no_index_points(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.attrs["unit"]) for f in facts(text, "quantity")] == expected


# A yearless span of months that a past clause tells is the one just ended, even when it
# wraps a year ("from October to June" written in May: the June before).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The drought lasted from October to June.", "2023-10/2024-06"),
        ("The drought will last from October to June.", "2025-10/2026-06"),
        ("The drought lasted from October to December.", "2024-10/2024-12"),
        ("Sales fell from January to June, the company said.", "2024-01/2024-06"),
    ],
)
def test_a_finished_span_of_months_is_the_one_just_ended(text: str, value: str) -> None:
    [d] = facts(text, "date")
    assert d.value == value


# A generation's suffix ends a person's name ("Jr.", "Sr.", "II", "III", "IV"): it is in the
# name, a role before or after it still reads, and the suffix alone is no organisation.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The rally was held in Ohio. Ken Griffey Jr. said it was fine.", "Ken Griffey Jr.", None),
        ("The rally was held in Ohio. Martin Luther King III said it was fine.", "Martin Luther King III", None),
        ("Shares fell sharply. John Smith III, the chief executive, said demand was weak.", "John Smith III", "chief executive"),
        ("The firm is based in Texas. Robert Hale Jr., the chief executive, said sales rose.", "Robert Hale Jr.", "chief executive"),
        ("U.S. Attorney James Kennedy Jr. said the case was clear.", "James Kennedy Jr.", "U.S. Attorney"),
    ],
)
def test_a_generations_suffix_ends_a_name(text: str, name: str, role: str | None) -> None:
    [person] = facts(text, "person")
    assert (person.value, person.attrs["role"]) == (name, role)
    assert facts(text, "organisation") == []


# A one-word name before "Center", or a word of shows before it, names a venue: a place, no
# organisation; nor is a known name its first word there. Bodies of research keep theirs.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("The Knicks beat the Nets at the Barclays Center on Friday.", []),
        ("The Knicks played at the Barclays Center. Barclays said profits rose.", ["Barclays"]),
        ("The tour stops at Blossom Music Center on July 22.", []),
        ("The band played the Saratoga Performing Arts Center last summer.", []),
        ("\u201cData matter,\u201d said Lee Rainie of the Pew Research Center.", ["Pew Research Center"]),
        ("He was treated at Tufts Medical Center in Boston.", ["Tufts Medical Center"]),
    ],
)
def test_a_venue_is_no_organisation(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A word before a title is no organisation: a level of government or a word of tenure.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Incumbent Gov. Laura Kelly won re-election on Tuesday.", "Laura Kelly", "Gov."),
        ("State Attorney General Letitia James said the case was closed.", "Letitia James", "Attorney General"),
        ("County Clerk Mary Jones said 2,000 ballots were rejected.", "Mary Jones", "Clerk"),
        ("The district will close 11 schools, Superintendent Maria Lopez said.", "Maria Lopez", "Superintendent"),
        ("High school math teacher Angela Cole said the walkout would go on.", "Angela Cole", "teacher"),
    ],
)
def test_a_word_before_a_title_is_no_organisation(text: str, name: str, role: str) -> None:
    assert facts(text, "organisation") == []
    [person] = facts(text, "person")
    assert (person.value, person.attrs["role"]) == (name, role)


def test_a_mortgage_agency_named_like_a_person_is_an_organisation() -> None:
    text = "Mortgage rates averaged 6.83% for a 30-year fixed loan, Freddie Mac said."
    assert [f.value for f in facts(text, "organisation")] == ["Freddie Mac"]
    assert facts(text, "person") == []


@pytest.mark.parametrize(
    ("text", "surface", "unit", "counted"),
    [
        ("Coal production fell to 512 million short tons in 2024.", "512 million short tons", "short ton", None),
        ("The utility plans to add 3 gigawatts of solar capacity by 2030.", "3 gigawatts of solar capacity", "GW", "capacity"),
    ],
)
def test_energy_quantities(text: str, surface: str, unit: str, counted: str | None) -> None:
    [q] = facts(text, "quantity")
    assert (q.text, q.attrs["unit"], q.attrs.get("counted")) == (surface, unit, counted)


# A country's possessive before a ministry named by its field alone is part of its name: two
# countries' ministries are two organisations.
def test_two_countries_ministries_are_two_organisations() -> None:
    text = "Japan's Defense Ministry said the missile flew 300 km. South Korea's Defense Ministry said it flew 250 km."
    assert [f.value for f in facts(text, "organisation")] == ["Japan's Defense Ministry", "South Korea's Defense Ministry"]


def test_a_countrys_possessive_stays_out_of_a_proper_name() -> None:
    assert [f.value for f in facts("Japan's Financial Services Agency fined the bank.", "organisation")] == ["Financial Services Agency"]


# An occupation after a comma is a role too, not the first word of a compound ("singer-keyboardist"
# names the next person).
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("\u201cIt is the worst season in 30 years,\u201d said Tom Harlan, a wheat farmer in Kansas.", "Tom Harlan", "wheat farmer"),
        ("Joel Hart, a teacher at Richmond High School, said politicians had vilified educators.", "Joel Hart", "teacher"),
        ("The band: Tom Johnston and Patrick Simmons, singer-keyboardist Mike McDonald, and John McFee.", "Patrick Simmons", None),
    ],
)
def test_an_occupation_after_a_comma_is_a_role(text: str, name: str, role: str | None) -> None:
    [person] = [f for f in facts(text, "person") if f.value == name]
    assert person.attrs["role"] == role


# "pending" tells what is still to come: the date after it is the coming one, whatever the
# tense before it; "pending since" tells the past.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He was ordered held without bail pending a hearing on June 12.", "2025-06-12"),
        ("The suspect was released pending trial in September.", "2025-09"),
        ("The deal, pending since March, was approved.", "2025-03"),
    ],
)
def test_pending_tells_the_coming_date(text: str, value: str) -> None:
    [d] = facts(text, "date")
    assert d.value == value


# A capitalised occupation opening a sentence is the person's role, no word of the name.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Actor Tom Hanks said he was thrilled.", "Tom Hanks", "Actor"),
        ("Rancher Bill Jensen said he sold 300 head of cattle last month.", "Bill Jensen", "Rancher"),
        ("Peter Singer said the argument was weak.", "Peter Singer", None),
    ],
)
def test_an_occupation_opening_a_sentence_is_no_word_of_the_name(text: str, name: str, role: str | None) -> None:
    [person] = facts(text, "person")
    assert (person.value, person.attrs["role"]) == (name, role)
