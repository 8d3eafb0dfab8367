"""The political and military context around attacks: calls, meetings, statements, sanctions,
arms supplies and negotiations, each with its actors and the sentence that reports it.

Each sentence is classified by its trigger words; actors come from spaCy's named
entities (people, countries, organisations) in that sentence, with surnames
completed from fuller mentions earlier in the article ("Zelensky" ->
"Volodymyr Zelensky") and institutions mapped to their states ("the Pentagon"
-> "United States").
"""
from __future__ import annotations

import re

from .nlp import pipeline
from .records import ArticleInput, ContextItem
from .spans import sentences

_KINDS: list[tuple[str, re.Pattern]] = [
    ("call", re.compile(r"\b(?:phone\s+call|(?:spoke|spoken|talked|speaks)\s+(?:by\s+phone\s+)?(?:with|to)\b[^.]*?"
                        r"(?:by\s+(?:tele)?phone|call)|spoke\s+(?:by\s+phone|on\s+the\s+phone)|phoned|telephone\s+"
                        r"(?:call|conversation)|(?:spoke|spoken|talked)\s+(?:with|to)\s+(?:[A-Z][\w-]*\s+){1,4})", re.I)),
    ("sanctions", re.compile(r"\b(?:package\s+of\s+sanctions|sanctions\s+package|(?:imposed|adopted|approved?|"
                             r"announced|introduced|slapped|extended)\s+(?:\w+\s+){0,4}?sanctions|sanctions\s+(?:on|"
                             r"against)\s+[^.]*?\b(?:imposed|adopted|approved|announced))", re.I)),
    ("arms_supply", re.compile(r"\b(?:will\s+(?:deliver|supply|send|provide|pay\s+for|buy|fund)|(?:delivered|supplied|"
                               r"received|shipped|donated|pledged)\s+(?:\w+\s+){0,5}?(?:systems?|missiles?|interceptors?|"
                               r"weapons|tanks|drones|batch|munitions|aid|design|shells|equipment)|paused\s+(?:some\s+)?"
                               r"shipments|shipments\s+of|military\s+aid\s+package|agreed\s+to\s+fund|would\s+buy|"
                               r"to\s+pay\s+for|arms\s+deliver\w+|supplied\s+the)\b", re.I)),
    ("negotiation", re.compile(r"\b(?:peace\s+talks|direct\s+talks|round\s+of\s+(?:\w+\s+)?talks|ceasefire\s+"
                               r"(?:talks|proposal|deal|agreement)|negotiations?|delegations|discuss\s+(?:a\s+)?"
                               r"(?:possible\s+)?ceasefire|truce\s+talks|peace\s+(?:deal|plan|settlement))\b", re.I)),
    ("meeting", re.compile(r"\b(?:met|meet|meeting|summit|convene|talks\s+with|to\s+sign|visited|hosted|"
                           r"on\s+the\s+sidelines)\b", re.I)),
    ("statement", re.compile(r"\b(?:condemned|called\s+(?:on|for|the)|urged|demanded|warned|threatened|accused|"
                             r"described|said|says|vowed|asked|denounced|insisted)\b", re.I)),
]
# People whose words are statements in the SPEC's sense: leaders and ministers, not local officials.
_LEADER = re.compile(r"\b(?:President|Prime\s+Minister|Chancellor|Foreign\s+Minister|Defen[cs]e\s+(?:Minister|"
                     r"Secretary)|Secretary\s+of\s+State|supreme\s+leader|Security\s+Council|Kremlin\s+spokesman|"
                     r"Pope|King|Minister|leader|envoy)\b", re.I)
_INSTITUTION = {"pentagon": "United States", "white house": "United States", "washington": "United States",
                "us": "United States", "u.s.": "United States", "america": "United States",
                "kremlin": "Russia", "moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine",
                "eu": "European Union", "berlin": "Germany", "london": "United Kingdom", "paris": "France",
                "tehran": "Iran", "beijing": "China", "britain": "United Kingdom", "uk": "United Kingdom"}
_DEMONYM = {"american": "United States", "us": "United States", "russian": "Russia", "ukrainian": "Ukraine",
            "german": "Germany", "british": "United Kingdom", "french": "France", "polish": "Poland",
            "iranian": "Iran", "israeli": "Israel", "chinese": "China", "turkish": "Turkey", "european": "European Union"}
_SKIP_ENTITY = re.compile(r"^(?:Telegram|Shahed|Patriot|Kinzhal|Iskander|Kalibr|the\s+|UN\s+General)", re.I)
_ATTACK_FACT = re.compile(r"\b(?:\d+\s+(?:drones|missiles)|were\s+shot\s+down|killed|injured|wounded)\b", re.I)


def extract_context(article: ArticleInput) -> tuple[ContextItem, ...]:
    """Every context item the article reports, in text order."""
    sents = sentences(article.text)
    candidates = [s for s in sents if any(rx.search(s.text) for kind, rx in _KINDS if kind != "statement")
                  or (_LEADER.search(s.text) and _KINDS[-1][1].search(s.text))]
    if not candidates:
        return ()
    nlp = pipeline()
    full_names: dict[str, str] = {}
    items: list[ContextItem] = []
    for s, doc in zip(candidates, nlp.pipe(s.text for s in candidates)):
        people = []
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not _SKIP_ENTITY.match(ent.text):
                name = re.sub(r"(?:'s|’s)$", "", ent.text).strip()
                surname = name.split()[-1]
                if len(name.split()) > 1:
                    full_names[surname] = name
                people.append(full_names.get(surname, name))
        states = _states(doc)
        kind = _kind(s.text, people)
        if kind is None:
            continue
        actors = people if kind in ("call", "statement") else people + states
        if kind in ("sanctions", "arms_supply", "negotiation") and states:
            actors = states + [p for p in people if p not in states]
        if kind == "statement":
            actors = people[:1]
        if not actors:
            continue
        items.append(ContextItem(kind, tuple(dict.fromkeys(actors)), s.text, s.start, s.end))
    return tuple(items)


def _kind(text: str, people: list[str]) -> str | None:
    for kind, rx in _KINDS:
        if not rx.search(text):
            continue
        if kind == "meeting" and not people and not re.search(r"\b(?:NATO|G7|leaders|summit)\b", text):
            continue
        if kind == "statement":
            if not people or not _LEADER.search(text) or _ATTACK_FACT.search(text):
                return None
        if kind == "call" and len(people) < 1:
            continue
        return kind
    return None


def _states(doc) -> list[str]:
    out: list[str] = []
    for ent in doc.ents:
        key = ent.text.lower().replace("the ", "")
        if ent.label_ == "GPE":
            out.append(_INSTITUTION.get(key, ent.text if key not in _INSTITUTION else _INSTITUTION[key]))
        elif ent.label_ == "NORP" and key in _DEMONYM:
            out.append(_DEMONYM[key])
        elif ent.label_ == "ORG" and key in ("eu", "european union", "nato", "g7", "pentagon", "white house", "kremlin"):
            out.append(_INSTITUTION.get(key, ent.text))
    return list(dict.fromkeys(out))
