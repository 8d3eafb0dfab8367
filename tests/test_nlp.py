"""The spaCy parses kept by sentence text, and parsed in batches ahead of their reading."""
from __future__ import annotations

import json

from conftest import ROOT
from strikewatch import nlp
from strikewatch.extract import extract_article, prepare
from strikewatch.records import ArticleInput

SENTENCES = [
    "Air defence units shot down 52 of the 54 Shahed drones launched overnight, the air force said.",
    "Russia attacked Kharkiv with 17 drones and three guided bombs on Sunday afternoon.",
    "A barrage of 11 missiles hit energy facilities in the Lviv region.",
]


def arcs(doc) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.dep_, t.head.text, t.lemma_) for t in doc]


def test_a_batch_parses_each_sentence_as_it_alone_would_be_parsed():
    nlp.forget()
    batched = nlp.docs("parse", SENTENCES)
    alone = [nlp.parser()(text) for text in SENTENCES]
    assert [arcs(d) for d in batched] == [arcs(d) for d in alone]
    entities = nlp.docs("entities", ["President Zelensky spoke with Emmanuel Macron in Paris on Monday."])
    assert {(e.text, e.label_) for e in entities[0].ents} >= {("Zelensky", "PERSON"), ("Paris", "GPE")}


def test_a_sentence_parsed_before_is_not_parsed_again_and_the_oldest_are_dropped(monkeypatch):
    nlp.forget()
    first = nlp.parse(SENTENCES[0])
    assert nlp.parse(SENTENCES[0]) is first
    assert nlp.docs("entities", [SENTENCES[0]])[0] is not first  # entities and parses are kept apart
    monkeypatch.setattr(nlp, "KEPT", 2)
    nlp.docs("parse", SENTENCES[1:])
    assert nlp.parse(SENTENCES[0]) is not first  # dropped as the oldest, parsed again


def test_prepared_articles_give_the_records_unprepared_ones_give():
    lines = (ROOT / "eval" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    articles = [ArticleInput(**{k: v for k, v in json.loads(line).items()}) for line in lines if line.strip()]
    nlp.forget()
    unprepared = [extract_article(a).to_dict() for a in articles]
    nlp.forget()
    prepare(articles)
    kept = len(nlp._kept)
    assert kept > len(articles)  # the chunk's sentences were parsed ahead, in two batches
    prepared = [extract_article(a).to_dict() for a in articles]
    # reading them asked for few sentences not parsed ahead (a casualty verb no pattern reads, a
    # capitalised word that may be a town)
    assert len(nlp._kept) - kept < kept / 10
    for record in unprepared + prepared:
        record.pop("extracted_at", None)
    assert prepared == unprepared


def test_a_sentence_is_parsed_ahead_when_its_reading_will_ask_for_the_parse():
    from strikewatch.extract.rules import likely_parsed

    # a count the verb right after settles is decided without the parse
    assert not likely_parsed("Twenty-three Shahed drones were shot down over the Kyiv region by 7:30 a.m.")
    # a count told inside an attack noun, or after its verb, is decided by the parse
    assert likely_parsed("The barrage of 40 drones and six missiles lasted for more than five hours.")
    assert likely_parsed("Russia launched 72 drones at Odesa overnight, the regional governor said.")
    # a count that "hit" settles is decided without the parse, unless an attack noun it may belong to precedes
    assert not likely_parsed("Four drones hit a grain terminal near the port, the operator said.")
    assert likely_parsed("A salvo of nine missiles hit the rail junction before dawn.")
    # a casualty verb that no casualty pattern reads: its subject is found in the parse
    assert likely_parsed("Two firefighters who answered the call were later killed.")
    assert not likely_parsed("Three people were killed and 12 injured in the city.")
    # times and dates are figures of nothing
    assert not likely_parsed("The alert was lifted at 06:45 on 14 June, the city administration said.")


TRICKY = [
    "It's not clear whether the drones that weren't shot down hit the plant, but officials said they'd look.",
    "There were 12 explosions; y'all heard nothing, the mayor ain't saying much.",
    "Air defences got 40 of them, and the rest have gone astray, said the spokesman, who gave no names.",
    "That is what the army says: this attack was the largest, and those who did it will answer for it.",
]


def test_the_attribute_table_gives_the_tokens_spacys_attribute_ruler_gives():
    parser = nlp.parser()
    assert "attribute_ruler" in parser.disabled  # the table stands in for it
    ruler, lemmatizer = parser.get_pipe("attribute_ruler"), parser.get_pipe("lemmatizer")
    table = nlp.AttributeTable.of(ruler)
    for text in SENTENCES + TRICKY:
        doc = parser.make_doc(text)
        for name in ("tok2vec", "tagger", "parser"):
            doc = parser.get_pipe(name)(doc)
        by_ruler, by_table = lemmatizer(ruler(doc.copy())), lemmatizer(table(doc.copy()))
        assert [(t.pos_, str(t.morph), t.lemma_) for t in by_table] == \
               [(t.pos_, str(t.morph), t.lemma_) for t in by_ruler]
    # what the rules set: coarse tags, morphology, lemma exceptions ("n't" -> "not", "'s" -> "be")
    doc = nlp.parse(TRICKY[0])
    assert [(t.text, t.pos_, t.lemma_) for t in doc if t.text in ("'s", "n't")] == \
           [("'s", "AUX", "be"), ("n't", "PART", "not")]


def test_a_ruler_with_a_rule_the_table_cannot_match_is_kept():
    class Ruler:
        patterns = [{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}, "index": 0}]
        indices, attrs = [0], [{}]

    assert nlp.AttributeTable.of(Ruler()) is None
