"""The context around attacks in Ukrainian and Russian texts: statements by named officials and states'
offices, calls, meetings, talks, sanctions and supplies of weapons, each with its people and states under
their usual English names.

Each sentence is read as tokens with their dictionary forms (``extract.morph``, pymorphy3), so one
lemma in the lexicon covers every inflected form ("заявив", "заявила" -> "заявити"). A person is a
figure the lexicon knows by surname (``cyrillic_common.KNOWN_FIGURES``: "Трампа" -> Donald Trump), or
a first name and surname after a national title ("міністр закордонних справ Андрій Сибіга"),
transliterated. A statement is a reporting verb with such a person outside quotation marks; a local
title (mayor, governor, head of an administration) makes none. A sentence with a call's, talks' or a
meeting's words and a person or a state (``cyrillic_common.KNOWN_STATES``) is that act instead; sanctions and
a supply of weapons are reported beside it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .context import one_per_act
from .extract.morph import Token, tokens
from .lexicon import for_language
from .lexicon.cyrillic_common import (
    KNOWN_FIGURES,
    KNOWN_STATES,
    STATE_OFFICES,
    STATE_PHRASES,
    TRANSLIT_RU,
    TRANSLIT_UK,
)
from .records import ArticleInput, ContextItem
from .spans import sentences

_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]")
_RELATIVE = re.compile(r",\s+(?:який|яка|яке|які|котрий|который|которая|которое|которые)\b[^,;]*,", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"„(]?[А-ЯЁЄІЇҐ])")
_STEM = 4  # letters every inflected form of a cue word shares with its dictionary form ("скаж-е" aside)
_TITLE_WINDOW = 4  # words between a title and the name it gives ("міністр закордонних справ України")


def extract_context_cyrillic(article: ArticleInput) -> tuple[ContextItem, ...]:
    """Every context item a Ukrainian or Russian article reports, in text order."""
    lx = for_language(article.language)
    maybe = _stems(article.language)
    items: list[ContextItem] = []
    for start, text in _sentences(article.text):
        if not maybe.search(text):
            continue  # no word begins like a cue: not worth reading word by word
        # a quotation is not the reporter's words; a relative clause describes, it does not report the act
        quoted = [(m.start(), m.end()) for rx in (_QUOTED, _RELATIVE) for m in rx.finditer(text)]
        toks = [t for t in tokens(text, article.language) if not any(a <= t.start < b for a, b in quoted)]
        lemmas = set().union(*(t.lemmas for t in toks)) if toks else set()
        if not lemmas & _cues(lx):
            continue
        people = _people(toks, lx, article.language)
        items += [ContextItem(kind, tuple(actors), text, start, start + len(text))
                  for kind, actors in _acts(lemmas, lx, people, toks)]
    return one_per_act(items)


@lru_cache(maxsize=2)
def _cues(lx) -> frozenset[str]:
    """Every word of LX (a language's lexicon module) that may report an act, made once."""
    return (lx.CONTEXT_SPEECH | lx.CONTEXT_CALL | lx.CONTEXT_MEETING | lx.CONTEXT_NEGOTIATION
            | lx.CONTEXT_SANCTIONS | lx.CONTEXT_SUPPLY)


def _acts(lemmas: set[str], lx, people: list[str], toks: list[Token]) -> list[tuple[str, list[str]]]:
    """(kind, actors) of each act a sentence reports: a call or a meeting of people; a statement of a person,
    or of a state's office when no person is named; otherwise talks, of states or people. Sanctions and a
    supply of weapons, of states or people, are reported beside it, unless demanded, threatened or only
    possible ("закликав посилити санкції", "пригрозив санкціями")."""
    parties = list(dict.fromkeys([*_states(toks), *people]))
    acts: list[tuple[str, list[str]]] = []
    if lemmas & lx.CONTEXT_CALL and people:
        acts.append(("call", people))
    elif lemmas & lx.CONTEXT_MEETING and people:
        acts.append(("meeting", people))
    elif lemmas & lx.CONTEXT_SPEECH and (people or _speaking_office(toks)):
        acts.append(("statement", people[:1] or _speaking_office(toks)))
    elif lemmas & lx.CONTEXT_NEGOTIATION and parties:
        acts.append(("negotiation", parties))
    if parties and not lemmas & lx.CONTEXT_DEMAND:
        if lemmas & lx.CONTEXT_SANCTIONS:
            acts.append(("sanctions", parties))
        if lemmas & lx.CONTEXT_SUPPLY and lemmas & lx.CONTEXT_WEAPONS:
            acts.append(("arms_supply", parties))
    return acts


def _states_of(token: Token) -> list[str]:
    """The states a word names ("США", "Євросоюзу", "американськими"), both of a compound
    ("російсько-українських")."""
    for lemma in sorted(token.lemmas):
        named = [KNOWN_STATES[part] for part in lemma.split("-") if part in KNOWN_STATES]
        if named:
            return named
    return []


def _states(toks: list[Token]) -> list[str]:
    """The states a sentence names, by a word or a name of two words ("Сполучені Штати", "Білий дім")."""
    out: list[str] = []
    for i, t in enumerate(toks):
        pair = next((STATE_PHRASES[(a, b)] for a in toks[i - 1].lemmas for b in t.lemmas
                     if (a, b) in STATE_PHRASES), None) if i else None
        out += [pair] if pair else _states_of(t)
    return list(dict.fromkeys(out))


def _speaking_office(toks: list[Token]) -> list[str]:
    """The state whose office speaks in a sentence ("У Кремлі заявили", "МЗС України заявило"): the Kremlin,
    the Pentagon, the State Department, or a foreign ministry with the state named after it, as the subject
    or the place the words come from, not as a word's complement ("відповіддю Кремля")."""
    for i, t in enumerate(toks):
        office = next((lemma for lemma in sorted(t.lemmas) if lemma in STATE_OFFICES), None)
        if office is None or t.case not in ("nomn", "loct"):
            continue
        named = STATE_OFFICES[office]
        state = [named] if named else _states_of(toks[i + 1]) if i + 1 < len(toks) else []
        if state:
            return state[:1]
    return []


@lru_cache(maxsize=2)
def _stems(language: str) -> re.Pattern:
    """The first four letters of every cue word of LANGUAGE's lexicon, as one pattern: a cheap test before the
    sentence's words are looked up."""
    stems = sorted({lemma[:_STEM] for lemma in _cues(for_language(language))})
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, stems)) + ")", re.I)


def _sentences(text: str) -> list[tuple[int, str]]:
    """(start, text) of each sentence, paragraphs cut at every full stop before a capital letter."""
    out = []
    for s in sentences(text):
        cut = 0
        for m in _SENTENCE_END.finditer(s.text):
            out.append((s.start + cut, s.text[cut:m.start()]))
            cut = m.end()
        out.append((s.start + cut, s.text[cut:]))
    return [(a, t) for a, t in out if t.strip()]


def _people(toks: list[Token], lx, language: str) -> list[str]:
    """The people a sentence names: figures the lexicon knows, and titled first names with surnames."""
    out: list[str] = []
    for i, t in enumerate(toks):
        if not t.text[:1].isupper():
            continue
        known = next((KNOWN_FIGURES[lemma] for lemma in sorted(t.lemmas) if lemma in KNOWN_FIGURES), None)
        if known:
            out.append(known)
        elif i >= 2 and toks[i - 1].person and toks[i - 1].text[:1].isupper() and not t.person:
            window = toks[max(0, i - 1 - _TITLE_WINDOW):i - 1]
            titled = any(w.lemmas & lx.CONTEXT_TITLES for w in window)
            local = any(w.lemmas & lx.CONTEXT_LOCAL_TITLES for w in window)
            if titled and not local:
                out.append(f"{_latin(toks[i - 1].text, language)} {_latin(t.text, language)}")
    return list(dict.fromkeys(out))


def _latin(word: str, language: str) -> str:
    table = TRANSLIT_UK if language == "uk" else TRANSLIT_RU
    return "".join(table.get(c, c) for c in word.lower()).capitalize()
