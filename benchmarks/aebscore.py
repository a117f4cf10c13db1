"""The Scrapinghub Article Extraction Benchmark metric (own implementation).

Tokens are Unicode ``\\w+``; a text becomes the multiset of its 4-token shingles (a text
shorter than four tokens is one shingle). Per page, precision = overlap / predicted and
recall = overlap / true. Precision is averaged over pages with non-empty output, recall
over all pages; F1 is the harmonic mean of the two means.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    span = max(1, len(tokens) - SHINGLE + 1)
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(span))


def page_scores(predicted: str, true: str) -> tuple[float | None, float]:
    """(precision or None when the prediction is empty, recall) for one page."""
    pred, gold = shingles(predicted), shingles(true)
    overlap = sum((pred & gold).values())
    precision = overlap / sum(pred.values()) if pred else None
    recall = overlap / sum(gold.values()) if gold else 1.0
    return precision, recall


@dataclass(frozen=True)
class Score:
    f1: float
    precision: float
    recall: float
    pages: int
    empty: int


def score(pairs: Iterable[tuple[str, str]]) -> Score:
    """Macro-averaged score of (predicted, true) text pairs."""
    precisions: list[float] = []
    recalls: list[float] = []
    for predicted, true in pairs:
        p, r = page_scores(predicted, true)
        if p is not None:
            precisions.append(p)
        recalls.append(r)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(f1, precision, recall, len(recalls), len(recalls) - len(precisions))


def print_worst(pages: Sequence[tuple[str, object, str]], texts: Sequence[str], n: int) -> None:
    """Print the ``n`` pages with the lowest F1: ``pages`` are (id, markup, true text)."""
    rows = []
    for (pid, _, truth), text in zip(pages, texts):
        p, r = page_scores(text, truth)
        p = p or 0.0
        rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, pid))
    for f1, p, r, pid in sorted(rows)[:n]:
        print(f"  {f1:.3f} P={p:.3f} R={r:.3f} {pid}")
