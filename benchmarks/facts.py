"""Benchmark of the facts stage: quality on Duckling's dev corpus, speed against peers.

    python benchmarks/facts.py quality [--show-misses DIM]
    python benchmarks/facts.py speed [--rounds 3]

Quality: every ``corpus`` example of ../shared/eval/duckling-dev that a news reader cares
about (see ``news_relevant``) must come out as one fact spanning the expression with
Duckling's value; every ``negative`` example must give no fact of that type.

Speed: the facts stage (``extract_facts``) against ``dateparser.search.search_dates`` and,
when the ``pyduckling-native-phihos`` wheel is installed, Duckling, on the same texts
(article bodies of ../shared/eval/fundus-dev in English and Korean, and the seed sample).
Each tool makes a whole pass over the texts at a time, as over a folder of articles; the
passes are interleaved (the order rotates from round to round) so that machine noise hits
all tools alike, and the speed is the median of the passes' ratios, as ``aeb.py`` measures
the clean stage (and as the issue's anchors there were measured). Times are CPU times of
this process, steadier than the wall clock on a shared machine.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from statistics import median
from typing import Any, Callable

from newsclean.facts import extract_facts
from newsclean.facts.numbers import number_pattern, parse_number
from newsclean.lang import get as get_rules

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
DEV = EVAL / "duckling-dev"

# Duckling dimension -> our fact type.
TYPES = {
    "AmountOfMoney": "money", "Time": "date", "Duration": "duration", "Quantity": "quantity",
    "Email": "email", "PhoneNumber": "phone", "Url": "url",
}
DUCKLING_UNITS = {"Dollar": "USD", "Pound": "GBP", "$": "USD", "£": "GBP", "€": "EUR"}
# Not news: coin and slang money ("a dime", "a quarter", "a grand", "5 bucks") and the
# spoken decimal point 쩜. Kept out by word, never by example, and only for money and
# numbers: "the third quarter" is a date. Cents ("shares fell 12 cents") and lakh/crore
# (Indian English news) are news and stay in.
NOT_NEWS_WORDS = re.compile(
    r"\b(dimes?|nickels?|pennies|penny|grand|bucks?|quarters?\b(?! of))\b|쩜",
    re.IGNORECASE,
)
NEWS_GRAINS = ("day", "week", "month", "quarter", "year")
# Dates written only in numbers without a four-digit year ("15/2", "31-10-74") or with
# spaces for separators ("31 10 1974") are never facts by design: in prose they are
# fractions, scores, ratios or lists. Counted apart, as "by design".
NUMERIC_ONLY = re.compile(r"[\d\s/.\-]+")
FOUR_DIGIT_YEAR_DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")


def load(name: str) -> list[dict[str, Any]]:
    path = DEV / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def news_relevant(ex: dict[str, Any]) -> bool:
    """Examples a news reader needs: calendar dates (a day or coarser, no time of day,
    no holidays), money without coin slang, numbers, durations, quantities, contacts."""
    exp = ex["expected"] or {}
    if ex["dim"] != "Time":
        return not NOT_NEWS_WORDS.search(ex["text"])
    if by_design(ex):
        return False
    # A holiday's date depends on the country (Duckling's corpus has one per locale);
    # newsclean does not guess the reader's country. Spans of days to years ("July 13-15",
    # "since 2014", "end of April") are news, scored by their bounds.
    return not exp.get("holiday") and exp.get("grain") in NEWS_GRAINS


def by_design(ex: dict[str, Any]) -> bool:
    """A date newsclean reads differently on purpose (README, "Conventions that differ from
    Duckling's"): numbers without a four-digit year, a weekday or month name alone (a
    weekday is resolved to the past), a number of years ago (reported at year grain),
    "the next day" / "the following week" (they count from the story's events), "upcoming
    two weeks" (the coming span)."""
    text = re.sub(r"^(?:on|in)\s+", "", ex["text"].strip(), flags=re.IGNORECASE)
    if NUMERIC_ONLY.fullmatch(text):
        if re.fullmatch(r"(?:1[89]|20)\d\d", text):  # a year alone ("in 2014") is a date
            return False
        return not (FOUR_DIGIT_YEAR_DATE.fullmatch(text) and re.search(r"(?:19|20)\d\d", text))
    rules = get_rules(ex["lang"].lower())
    names = [*getattr(rules, "WEEKDAYS", {}), *getattr(rules, "MONTHS", {})]
    if text.rstrip(".").lower() in names:
        return True
    part = r"(?:(?:at\s+)?(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+)?"
    story_relative = rf"{part}(?:the\s+)?following\s+(?:day|week|month|year)|(?:the\s+)?next\s+day|the\s+day\s+(?:before|after)"
    # "upcoming two weeks": the coming span, like "the next two weeks" (Duckling: the one week two ahead)
    upcoming = r"(?:upcoming\s+(?!the\b)\w+|(?!the\b)\w+\s+upcoming)\s+(?:day|week|month|quarter|year)s?"
    return re.fullmatch(rf"\w+ years? (?:ago|hence)|\d+년\s?(?:전|이전|후)|{story_relative}|{upcoming}", text, re.IGNORECASE) is not None


def ref_date(ex: dict[str, Any]) -> date:
    return datetime.fromisoformat(ex["ref_time"]).date()


def covering(facts: Any, text: str, type_: str) -> Any:
    """The fact of ``type_`` that spans the whole expression (blanks, a final dot and a
    leading preposition aside: newsclean reports "in 2014" as "2014", "at the end of 2012"
    as "the end of 2012")."""
    stripped = text.strip().strip(".")
    for f in facts:
        if f.type != type_:
            continue
        rest = stripped[: len(stripped) - len(f.text.strip("."))] if stripped.endswith(f.text.strip(".")) else None
        if rest is not None and rest.strip().lower() in ("", "in", "on", "at", "during", "for", "of"):
            return f
    return None


def right(ex: dict[str, Any]) -> bool:
    """Does newsclean give Duckling's value for this corpus example?"""
    lang = ex["lang"].lower() if ex["lang"] in ("EN", "KO") else "en"
    text, exp = ex["text"], ex["expected"]
    if ex["dim"] in ("Numeral", "Ordinal"):
        if ex["dim"] == "Ordinal":
            return False  # ordinals are not facts
        rules = get_rules(lang)
        if not re.fullmatch(number_pattern(rules), text.strip(), re.IGNORECASE):
            return False
        value = parse_number(text, rules)
        return value is not None and abs(value - exp["value"]) < 1e-6
    type_ = TYPES[ex["dim"]]
    facts = extract_facts(text, lang=lang, ref_date=ref_date(ex))
    fact = covering(facts, text, type_)
    if fact is None:
        return False
    if type_ in ("email", "url", "phone"):
        return fact.value == exp["value"]
    if type_ == "date":
        if exp.get("type") == "interval":
            return _same_span(fact.attrs, exp)
        return fact.attrs["grain"] == exp.get("grain") and fact.attrs["from"] == exp["value"][:10]
    if type_ == "money" and exp["unit"] == "Cent":  # Duckling keeps cents apart; newsclean counts the dollar
        return fact.attrs.get("unit") is not None and abs(fact.value * 100 - exp["value"]) < 1e-6
    if type_ == "money":
        unit = DUCKLING_UNITS.get(exp["unit"], exp["unit"])
        if fact.attrs.get("unit") != unit:
            return False
    if type_ == "duration":
        return _seconds(fact.value, fact.attrs["unit"]) == _seconds(exp["value"], exp["unit"])
    if exp.get("type") == "interval":
        r = fact.attrs.get("range")
        if "from" in exp and "to" in exp:
            return r == {"from": exp["from"], "to": exp["to"]}
        q = fact.attrs.get("qualifier")
        return fact.value == exp.get("from", exp.get("to")) and q is not None
    if type_ == "quantity":
        return _grams(fact.value, fact.attrs["unit"]) == _grams(exp["value"], exp["unit"].lower())
    return fact.value == exp["value"]


def _same_span(attrs: dict[str, Any], exp: dict[str, Any]) -> bool:
    """A closed span must match Duckling's first and last day (its end is exclusive); an open
    one ("since 2014", "through 2014") its one bound, with a qualifier saying which side."""
    if "from" in exp and "to" in exp:
        last = (datetime.fromisoformat(exp["to"]).date() - timedelta(days=1)).isoformat()
        return (attrs.get("from"), attrs.get("to")) == (exp["from"][:10], last)
    bound = exp.get("from", exp.get("to"))[:10]
    return attrs.get("qualifier") is not None and attrs.get("from") == bound


_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 2592000, "year": 31536000}


def _seconds(value: float, unit: str) -> float:
    return round(value * _SECONDS.get(unit, 0), 3)


_GRAMS = {"g": 1, "gram": 1, "kg": 1000, "mg": 0.001}
_UNIT_NAMES = {"lb": "pound", "oz": "ounce"}


def _grams(value: float, unit: str) -> tuple[float, str]:
    return (round(value * _GRAMS[unit], 6), "g") if unit in _GRAMS else (value, _UNIT_NAMES.get(unit, unit))


def wrong_negative(ex: dict[str, Any]) -> bool:
    lang = ex["lang"].lower() if ex["lang"] in ("EN", "KO") else "en"
    type_ = TYPES.get(ex["dim"])
    facts = extract_facts(ex["text"], lang=lang, ref_date=ref_date(ex))
    return any(f.type == type_ for f in facts)


def scores(show: str | None = None) -> dict[str, Counter[str]]:
    """Per dev file: corpus / news-relevant / negative examples, and how many came out right."""
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted(DEV.glob("*.jsonl")):
        for ex in load(path.name):
            key = path.stem
            if ex["section"] == "corpus":
                relevant = news_relevant(ex)
                ok = right(ex)
                rows[key]["corpus"] += 1
                rows[key]["corpus_ok"] += ok
                rows[key]["news"] += relevant
                rows[key]["by_design"] += ex["dim"] == "Time" and by_design(ex)
                rows[key]["news_ok"] += relevant and ok
                if show and show in key and relevant and not ok:
                    print("MISS", ex["text"], json.dumps(ex["expected"], ensure_ascii=False)[:150], file=sys.stderr)
            elif ex["section"] == "negative":
                rows[key]["negative"] += 1
                rows[key]["negative_ok"] += not wrong_negative(ex)
    return rows


def quality(show: str | None) -> None:
    rows = scores(show)
    total: Counter[str] = Counter()
    print(f"{'file':22} {'news-relevant':>16} {'all corpus':>14} {'negatives':>10} {'by design':>10}")
    target: Counter[str] = Counter()
    for key, c in rows.items():
        total.update(c)
        if key.split("_", 1)[1] in ("amount_of_money", "numeral", "time"):
            target.update(c)
        print(f"{key:22} {_ratio(c['news_ok'], c['news']):>16} {_ratio(c['corpus_ok'], c['corpus']):>14} {_ratio(c['negative_ok'], c['negative']):>10} {c['by_design'] or '':>10}")
    print(f"{'TOTAL':22} {_ratio(total['news_ok'], total['news']):>16} {_ratio(total['corpus_ok'], total['corpus']):>14} {_ratio(total['negative_ok'], total['negative']):>10} {total['by_design']:>10}")
    print(f"{'money+number+date':22} {_ratio(target['news_ok'], target['news']):>16} {_ratio(target['corpus_ok'], target['corpus']):>14}")


def _ratio(ok: int, n: int) -> str:
    return f"{ok}/{n} {ok / n:.0%}" if n else "-"


# --- speed -----------------------------------------------------------------------------


def speed_texts() -> list[tuple[str, str, date]]:
    """(text, lang, reference date) of real article bodies."""
    texts = []
    for expected in sorted((EVAL / "fundus-dev").glob("*/*/*/expected.json")):
        gold = json.loads(expected.read_text(encoding="utf-8"))
        lang = (gold.get("language") or "")[:2]
        if lang in ("en", "ko") and gold.get("text") and gold.get("published"):
            texts.append((gold["text"], lang, datetime.fromisoformat(gold["published"]).date()))
    seed = ROOT / "samples" / "000_3a65b3409141d8c2.txt"
    if seed.exists():
        texts.append((seed.read_text(encoding="utf-8"), "ko", date(2020, 7, 15)))
    return texts


def speed(rounds: int) -> None:
    from dateparser.search import search_dates

    texts = speed_texts()
    tools: dict[str, Callable[[str, str, date], Any]] = {
        "newsclean": lambda t, lang, ref: extract_facts(t, lang=lang, ref_date=ref),
        "search_dates": lambda t, lang, ref: search_dates(t, languages=[lang], settings={"RELATIVE_BASE": datetime.combine(ref, datetime.min.time())}),
    }
    duckling = _duckling()
    if duckling is not None:
        tools["duckling"] = duckling
    # Warm up on one text of each language: lazy imports and each language's one-time set-up
    # (newsclean compiles a language's patterns on first use, about 0.2 s) are not measured.
    firsts = {lang: (text, lang, ref) for text, lang, ref in reversed(texts)}
    for tool in tools.values():
        for first in firsts.values():
            tool(*first)
    passes: dict[str, list[float]] = {name: [] for name in tools}
    for r in range(rounds):
        order = list(tools.items())
        shift = r % len(order)
        for name, tool in order[shift:] + order[:shift]:
            gc.collect()  # no tool pays for another's garbage
            _forget_texts()  # nor is helped by what it kept of the last pass's texts
            t0 = time.process_time()
            for text, lang, ref in texts:
                tool(text, lang, ref)
            passes[name].append(time.process_time() - t0)
    breakdown = _per_extractor(texts, rounds)
    chars = sum(len(t) for t, _, _ in texts)
    print(f"{len(texts)} texts ({sum(1 for _, l, _ in texts if l == 'en')} en, {sum(1 for _, l, _ in texts if l == 'ko')} ko), {chars} characters, {rounds} passes each, interleaved")
    base = passes["newsclean"]
    for name, secs in passes.items():
        ratios = [s / b for s, b in zip(secs, base)]  # the median pass's ratio: one slow pass (a noisy neighbour) does not sway it
        per_text = median(secs) / len(texts) * 1000
        print(f"{name:14} {per_text:8.2f} ms/text  {chars / median(secs) / 1e6:6.2f} Mchar/s  x{median(ratios):6.1f} newsclean's time ({min(ratios):.1f}-{max(ratios):.1f})")
    print("share of the facts stage, by extractor (timed apart, same texts):")
    whole = sum(breakdown.values())
    for name, secs in breakdown.items():
        print(f"  {name:28} {secs / whole:6.1%}   search_dates takes x{sum(passes['search_dates']) / secs:7.1f} its time")


def _forget_texts() -> None:
    """Empty the facts stage's caches keyed by a text (what its extractors share about one
    text): each pass reads the same texts again, which a real run never does."""
    from newsclean.facts import scan

    scan._word_places.cache_clear()
    scan.whole_word_places.cache_clear()


def _per_extractor(texts: list[tuple[str, str, date]], rounds: int) -> dict[str, float]:
    """Time of each extractor (and of the engine's own work: sentences, overlaps)."""
    from newsclean import facts
    from newsclean.lang import get

    spent: Counter[str] = Counter()
    for _ in range(rounds):
        for text, lang, ref in texts:
            _forget_texts()
            t0 = time.perf_counter()
            rules = get(lang)
            ctx = facts.Context(text, rules, ref, (), facts.split_sentences(text, frozenset(getattr(rules, "ABBREVIATIONS", ()))))
            spent["engine (sentences)"] += time.perf_counter() - t0
            found: list[Any] = []
            for find in facts.EXTRACTORS:
                t0 = time.perf_counter()
                found.extend(find(ctx, tuple(found)))
                spent[find.__module__.rsplit(".", 1)[-1]] += time.perf_counter() - t0
    return dict(spent)


def _duckling() -> Callable[[str, str, date], Any] | None:
    try:
        import duckling  # pyduckling-native-phihos
    except ImportError:
        return None
    zones = duckling.load_time_zones("/usr/share/zoneinfo")
    dims = duckling.parse_dimensions(["time", "amount-of-money", "number", "duration", "email", "url", "phone-number"])
    contexts = {}
    for lang in ("en", "ko"):
        contexts[lang] = duckling.default_locale_lang(duckling.parse_lang(lang.upper()))

    def run(text: str, lang: str, ref: date) -> Any:
        stamp = int(datetime.combine(ref, datetime.min.time()).timestamp())
        ctx = duckling.Context(duckling.parse_ref_time(zones, "UTC", stamp), contexts[lang])
        return duckling.parse(text, ctx, dims, False)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["quality", "speed"])
    parser.add_argument("--show-misses", default=None, help="print misses of files whose name contains this")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.what == "quality":
        quality(args.show_misses)
    else:
        speed(args.rounds)


if __name__ == "__main__":
    main()
