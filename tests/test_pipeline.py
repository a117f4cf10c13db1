"""The pipeline's own promises: offsets index what they say they index, captions included."""

import newsclean
from conftest import SEED


def test_every_fact_indexes_the_text_or_its_caption():
    article = newsclean.extract(SEED.read_bytes(), source=str(SEED))
    assert article.facts
    for fact in article.facts:
        where = article.captions[fact.attrs["caption"]] if "caption" in fact.attrs else article.text
        assert where[fact.start : fact.end] == fact.text


def test_facts_of_a_photo_caption_are_reported_with_its_index():
    article = newsclean.extract(SEED.read_bytes(), source=str(SEED))
    caption_dates = [f for f in article.facts if f.type == "date" and "caption" in f.attrs]
    assert [(f.text, f.value, f.attrs["caption"]) for f in caption_dates] == [("지난 14일", "2020-07-14", 0)]
    # ... and the caption's text stays out of the article text.
    assert "지난 14일" not in article.text
