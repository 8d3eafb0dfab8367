"""The role of a weapon count, decided from the dependency parse.

A figure such as "72 drones" is launched, destroyed or hit according to the word that
governs it, not the words beside it: the verb it is the subject or object of ("72 drones
breached"), a participle attached to it ("with 72 drones breaching air defences"), or
the attack noun it belongs to ("a barrage of 11 missiles", "an assault involving 40
drones"). The verbs and nouns are the lexicon's (``ROLE_VERBS``, ``ATTACK_NOUNS``).

Only sentences that hold a figure and a weapon word are parsed, and only when a
decision needs their parse (``Parses``): most figures are decided by the verb right
after them, and their sentences are never parsed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import en as lexicon
from ..nlp import parse
from ..quantities import NUMBER

# A sentence worth parsing holds a figure (or "both", "all") and a weapon word of the lexicon.
_FIGURE_WORD = re.compile(rf"\d|\b(?:{NUMBER}|both|all)\b", re.IGNORECASE)
_WEAPON_WORD = re.compile(rf"\b(?:{lexicon.DRONE_NOUNS}|{lexicon.DRONE_MODELS}|{lexicon.MISSILE_NOUNS}|"
                          rf"{lexicon.MISSILE_MODELS}|Kh-\d+)\b", re.IGNORECASE)
_PARTICIPLE_TAGS = ("VBG",)
_SUBJECT_OR_OBJECT = ("nsubj", "nsubjpass", "dobj", "attr", "appos", "npadvmod", "pobj", "oprd")
_MAX_STEPS = 6
_PART_WORDS = ("including", "among")  # a preposition that names a part of the noun it follows


@dataclass(frozen=True)
class Role:
    """A role decided from the parse, and the word that decided it."""

    role: str  # "launched", "destroyed" or "hit"
    word: str  # the governing word, as it stands in the text


class Parses:
    """The parses of an article's sentences, each made when a decision first asks for it: most weapon
    figures are decided by the verb right after them, and their sentences are never parsed."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.docs: dict[int, object | None] = {}

    def __getitem__(self, index: int):
        if index not in self.docs:
            text = self.texts[index]
            self.docs[index] = parse(text) if worth_parsing(text) else None
        return self.docs[index]


def worth_parsing(sentence: str) -> bool:
    """Whether a decision may ask for the sentence's parse: it holds a figure and a weapon word."""
    return bool(_WEAPON_WORD.search(sentence) and _FIGURE_WORD.search(sentence))


def _verb_role(verb) -> str | None:
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    preps = [c.lower_ for c in verb.children if c.dep_ == "prep"]
    for phrase in ([f"{lemma} {p}" for p in particles] + [f"{lemma} {p}" for p in preps] + [lemma]):
        for role, verbs in lexicon.ROLE_VERBS.items():
            if phrase in verbs:
                return role
    return None


def _word_role(token) -> str | None:
    if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in lexicon.ATTACK_NOUNS:
        return "launched"
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return _verb_role(token)
    return None


def _figure(doc, start: int):
    """The token of the figure at character ``start`` and the noun it counts (itself when bare)."""
    if doc is None:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    return token, token.head if token.dep_ in ("nummod", "quantmod", "compound", "amod") else token


def role_at(doc, start: int, bare: bool = False) -> Role | None:
    """The role the parse gives the figure that begins at character ``start`` of the sentence.

    A ``bare`` figure (no weapon noun: "only seven landed") takes a role only as the subject of
    a role verb or of a participle ("with 12 of them reaching Kyiv"), never through a longer path."""
    found = _figure(doc, start)
    if found is None:
        return None
    token, noun = found
    # "72 drones breaching air defences", "12 of them reaching Kyiv"; "the remaining 33 missiles and 38 drones
    # breaching air defences": a participle on the last conjunct is said of them all
    for child in [*noun.children, *(c for conj in noun.conjuncts for c in conj.children)]:
        if child.dep_ in ("acl", "relcl", "pcomp") and child.tag_ in _PARTICIPLE_TAGS:
            role = _verb_role(child)
            if role:
                return Role(role, child.text)
    if bare:
        # "27 of which air defences shot down": the part is the object of the relative clause's verb
        partitive = any(c.dep_ == "prep" and c.lower_ == "of"
                        and any(g.lower_ in ("which", "them") for g in c.children) for c in token.children)
        for child in token.children if partitive and token.like_num else ():
            if child.dep_ == "relcl" and child.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in
                                                                        child.children):
                role = _verb_role(child)
                if role and role != "launched":
                    return Role(role, child.text)
        # "only seven landed"; a part as object: "air defences downing 45 of them"; "two of which slipped past
        # and struck Lviv"
        subject = token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "dobj" and partitive)
        # a verb given two subjects ("seven more during the day, five of which were downed") is misparsed
        alone = partitive or not any(c.dep_ == token.dep_ and c.i != token.i and c.like_num
                                     for c in token.head.children)
        if subject and alone and token.like_num and token.head.pos_ in ("VERB", "AUX"):
            verbs = [token.head, *(c for c in token.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
            for verb in verbs if token.dep_ != "dobj" else verbs[:1]:
                role = _word_role(verb)
                if role and not (partitive and role == "launched"):  # what was launched is said of the whole
                    return Role(role, verb.text)
        return None
    node = noun
    for _ in range(_MAX_STEPS):
        whole = node.head.head
        if node.dep_ == "pobj" and node.head.lower_ in _PART_WORDS and whole.pos_ in ("NOUN", "PROPN"):
            node = whole  # "shot down 59 missiles, including 50 Kh-101": a part takes its whole's role
            if _word_role(node):
                return Role(_word_role(node), node.text)  # "an attack including 40 drones"
            continue
        if node.dep_ == "conj" or (node.dep_ == "prep" and node.lower_ == "of") or node.dep_ == "cc":
            node = node.head  # "539 drones and 11 missiles": the conjunct shares the head's verb
            if node.pos_ == "NOUN" and _word_role(node):
                return Role(_word_role(node), node.text)  # "a barrage of 11 missiles"
            if node.pos_ == "VERB" and node.i < token.i and _word_role(node):
                # "downed 747 of the drones but only four of the missiles": a figure parsed as the conjunct of
                # the verb before it is its elided object
                return Role(_word_role(node), node.text)
            continue
        if node.dep_ in _SUBJECT_OR_OBJECT or node.dep_ in ("prep", "agent", "pcomp"):
            head = node.head
            role = _word_role(head) or ("launched" if node.dep_ == "dobj" and head.pos_ == "VERB"
                                        and head.lemma_.lower() in lexicon.TALLY_VERBS else None)
            if role:
                return Role(role, head.text)
            if head.dep_ in ("prep", "agent") or node.dep_ == "pobj":
                node = head
                continue
        break
    return _in_attack(noun)


def names_the_weapons(doc, start: int, partitive: str = "of them") -> bool:
    """Whether the "them" or "which" of a part at character ``start`` ("three of which were destroyed") stands
    for weapons: the nearest plural noun before it that is not the subject of its own clause is a weapon
    word (or "targets"), not "buildings" or "people". A "which" in a sentence that names no weapon (left
    unparsed: ``doc`` is None) stands for something else; a "them" may stand for the weapons of the sentence
    before."""
    found = _figure(doc, start)
    if found is None:
        return not partitive.split()[-1].lower() == "which"
    token = found[0]
    clause = next((a for a in [token, *token.ancestors] if a.dep_ == "relcl"), None)
    if clause is not None and clause.head.i < token.i and clause.head.tag_ in ("NNS", "NNPS"):
        # "12 buildings, three of which were destroyed" (not "fired ten missiles at Dnipro, three of which")
        return _names_weapons(clause.head)
    ancestors = {a.i for a in token.ancestors} | {token.i}
    for t in reversed(doc[:token.i]):
        first = t
        while first.dep_ == "conj":
            first = first.head
        # an argument of a verb, not "from ships and launchers" nor the part's own subject ("air defences")
        if t.tag_ not in ("NNS", "NNPS") or first.dep_ not in _ARGUMENTS or t.i in ancestors \
                or (first.dep_ in ("nsubj", "nsubjpass") and first.head.i in ancestors):
            continue
        return _names_weapons(t)
    return True


_ARGUMENTS = ("dobj", "nsubj", "nsubjpass", "attr", "appos")


def _names_weapons(noun) -> bool:
    return bool(_WEAPON_WORD.fullmatch(noun.text)) or noun.lemma_.lower() in ("target", "object", "threat")


# "there were 539 drones in the attack", "11 missiles took part in the assault": a count placed in an attack
_PRESENCE_VERBS = frozenset(("be", "take", "participate"))


def _in_attack(noun) -> Role | None:
    """Launched, when the counted noun, or the clause it is the subject of, sits in an attack noun."""
    first = noun
    while first.dep_ == "conj":
        first = first.head
    holders = [noun, first]
    if first.dep_ in ("nsubj", "attr", "nsubjpass") and first.head.lemma_.lower() in _PRESENCE_VERBS:
        verb = first.head
        # "took part in the assault", "were part of the attack"
        holders += [verb, *(c for c in verb.children if c.dep_ in ("dobj", "attr") and c.lower_ == "part")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and (prep.lower_ in ("in", "during")
                                        or (holder.lower_ == "part" and prep.lower_ == "of")):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and _word_role(obj) == "launched":
                        return Role("launched", obj.text)
    return None


def _path(token, steps: int = 3) -> list[str]:
    deps = []
    for _ in range(steps):
        deps.append(token.dep_)
        if token.head is token:
            break
        token = token.head
    return deps


def features(doc, start: int, end: int, before: str | None, after: str | None) -> dict[str, float]:
    """What the role model sees of the figure at ``start``-``end`` of a sentence: the parse around
    it (the governing word, the dependency path, the preposition), the words either side, and the
    roles the surface rules would give it (``before``: the nearest verb before; ``after``: the verb
    right after)."""
    feats = {"bias": 1.0, f"before={before}": 1.0, f"after={after}": 1.0}
    text = doc.text if doc is not None else ""
    left = re.findall(r"[a-z]+", text[max(0, start - 40):start].lower())[-3:]
    right = re.findall(r"[a-z]+", text[end:end + 40].lower())[:3]
    for i, w in enumerate(reversed(left)):
        feats[f"l{i}={w}"] = 1.0
    for i, w in enumerate(right):
        feats[f"r{i}={w}"] = 1.0
    found = _figure(doc, start)
    if found is None:
        return feats
    _, noun = found
    parsed = role_at(doc, start)
    feats[f"parse={parsed.role if parsed else None}"] = 1.0
    if parsed:
        feats[f"gov={parsed.word.lower()}"] = 1.0
    feats["path=" + "/".join(_path(noun))] = 1.0
    feats[f"dep={noun.dep_}"] = 1.0
    feats[f"head={noun.head.lemma_.lower()}"] = 1.0
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "prep"):
            feats[f"child={child.lemma_.lower()}"] = 1.0
    return feats


# -- casualties ------------------------------------------------------------------------------------

_CASUALTY_VERBS = {"kill": "killed", "die": "killed", "martyr": "killed", "injure": "injured",
                   "wound": "injured", "hurt": "injured"}
# subjects that are not people counted: "the toll", "the number of injured", "no one", "nobody"
_NOT_VICTIMS = frozenset({"toll", "number", "figure", "total", "count", "no", "nobody", "none", "all", "most",
                          "many", "some", "several", "dozens", "hundreds", "others", "other", "both", "each"})
_DEFINITE = ("no", "the", "this", "that", "these", "those", "his", "her", "their", "its", "some", "any",
             "all", "every", "each")


@dataclass(frozen=True)
class Victims:
    """People a casualty verb says were killed or injured, counted from its subject."""

    field: str  # "killed" or "injured"
    value: int
    start: int  # the subject phrase through the verb, offsets into the parsed text
    end: int


def victims(doc, start: int) -> Victims | None:
    """The people the casualty verb at character ``start`` counts, read from its subject however the
    victims are described: "A Ukrainian F-16 pilot was killed", "One man, aged 70, was killed", "one
    engineer was killed and three other workers were wounded", "a third person died", "Two fighters of
    the counter-terrorism service were killed". None when the subject gives no number ("the driver",
    "several people") or is not a person counted ("the toll")."""
    verb = next((t for t in doc if t.idx == start), None)
    if verb is None:
        return None
    field = _CASUALTY_VERBS.get(verb.lemma_.lower())
    if field is None and _treated(verb):
        field = "injured"  # "A third person, a woman, was taken to hospital"
    if field is None:
        return None
    died = verb.lemma_.lower() == "die"
    if not died and not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "killed three people" is read by the patterns; only a passive names its victims first
    subject = next((c for c in verb.children if c.dep_ == ("nsubj" if died else "nsubjpass")), None)
    if subject is None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAY:
        # "He said one security guard had been injured", parsed with the guard as what was said
        subject = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subject is None and verb.dep_ == "conj" and verb.head.lemma_.lower() in _CASUALTY_VERBS:
        return None  # "killed and wounded": the first verb's subject is read there
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    total = 0
    for head in [subject, *(c for c in subject.children if c.dep_ == "conj")]:
        n = _victim_count(head)
        if n is None:
            return None
        total += n
    first = min(t.idx for t in subject.subtree)
    if subject.i > verb.i:
        return None
    return Victims(field, total, first, verb.idx + len(verb.text))


# the verbs that tell the injured by their treatment, and the speech verbs whose object the parser may take
# for the subject of the clause said
_TREATMENT_VERBS = frozenset(("take", "rush", "admit", "bring", "evacuate", "transfer"))
_HOSPITALISE = frozenset(("hospitalise", "hospitalize", "hospitalised", "hospitalized"))
_SAY = frozenset(("say", "report", "write", "tell", "add", "confirm"))


def _treated(verb) -> bool:
    """Whether a verb tells someone taken to hospital: "was taken to hospital", "was hospitalised"."""
    lemma = verb.lemma_.lower()
    if lemma in _HOSPITALISE or verb.lower_ in _HOSPITALISE:
        return True
    return lemma in _TREATMENT_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("to", "in", "into") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ("hospital", "clinic") for g in c.children)
        for c in verb.children)


def _victim_count(head) -> int | None:
    named = head.pos_ == "PROPN" and not any(c.dep_ in ("det", "nummod") for c in head.children)
    if head.lower_ in _NOT_VICTIMS or head.lemma_.lower() in _NOT_VICTIMS or named:
        return None  # a name ("Ryan Evans was killed") is counted by the sentence that gives the toll
    if head.pos_ == "NUM":
        return _number(head.text) if head.lower_ == "one" else None
    if not any(c.dep_ == "nummod" for c in head.children) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS")
                                                          for g in c.children) for c in head.children):
        return None  # "a handful of people", "a group of workers" (not "18 members of armed groups")
    for child in head.children:
        if child.dep_ == "nummod":
            ranged = any(c.dep_ in ("cc", "conj") or c.lower_ in ("between", "to", "from")
                         for c in child.children)
            return None if ranged else _number(child.text)  # "between 40 and 50 people": no figure
        if child.dep_ == "det" and child.lower_ in ("a", "an", "one", "another"):
            return 1
        if child.dep_ == "det" and child.lower_ in _DEFINITE:
            return None  # "the driver": told before, or counted by the sentence that gives the toll
    return None


def _number(word: str) -> int | None:
    from ..quantities import parse as parse_number

    return parse_number(word)


_BEFORE_AFTER = ("after", "before", "following")
# the words by which a sentence tells an attack of its own: "Russian drones struck Kharkiv", "The attack came"
_STRIKE_LEMMAS = frozenset(("strike", "hit", "attack", "launch", "fire", "pound", "target", "bomb", "shell",
                            "escalation", "send")) | (lexicon.ATTACK_NOUNS - {"total", "mix", "combination",
                                                                              "package"})


# the words of an event of another kind that a toll may belong to: "after a shooting at a rail station"
_OTHER_EVENT_LEMMAS = frozenset(("shoot", "shooting", "explode", "explosion", "blast", "crash", "bombing",
                                 "raid", "stab", "stabbing", "ambush", "shelling", "gunfire"))


def _tells_event(t) -> bool:
    """Whether a token tells an attack or another deadly event ("shooting"; "shoot down" is none)."""
    lemma = t.lemma_.lower()
    if lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children):
        return False
    return lemma in _STRIKE_LEMMAS or lemma in _OTHER_EVENT_LEMMAS


def earlier_attack(doc, start: int, end: int, dated) -> bool:
    """Whether the casualty verb between characters ``start`` and ``end`` tells of another attack than the
    sentence's own: it stands in a clause introduced by "after" or "before" ("two days after a glide bomb
    attack on the city injured nine", "a day after missile strikes on nine sites, which Islamabad says
    killed 31") while the rest of the sentence tells an attack of its own ("Russian drones struck Kharkiv
    overnight, ..."). A clause that gives its attack a date of its own (``dated``) is left to that date's
    event; a figure over such a clause is the sentence's own ("two people were killed after a drone hit
    their car"). A clause that tells no attack nor other deadly event ("after the IDF failed to shoot it
    down") holds no other event's toll, however the parser hangs the casualty verb on it."""
    verb = next((t for t in doc if start <= t.idx < end and t.lemma_.lower() in _CASUALTY_VERBS), None)
    if verb is None:
        return False
    opener = next((a for a in verb.ancestors if a.lower_ in _BEFORE_AFTER and a.dep_ == "prep"), None)
    if opener is None:
        opener = next((c for t in [verb, *verb.ancestors] if t.dep_ != "ROOT" for c in t.children
                       if c.dep_ == "mark" and c.lower_ in _BEFORE_AFTER), None)
        clause = list(opener.head.subtree) if opener is not None else []
    else:
        clause = list(opener.subtree)
    if opener is None:
        return False
    inside = {t.i for t in clause}
    # the victims the casualty verb names are no event of the clause: "after attempts to intercept it failed,
    # injuring 16 people who were hit by flying glass" tells them hit, not an attack
    own = {verb.i} | {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    if not any(_tells_event(t) for t in clause if t.i not in own):
        return False  # "struck a park after the IDF failed to shoot it down, wounding 16": no attack in it
    text = doc.text[min(t.idx for t in clause):max(t.idx + len(t) for t in clause)]
    main = [t for t in doc if t.i not in inside]
    return not dated(text) and any(t.lemma_.lower() in _STRIKE_LEMMAS for t in main)


# the links by which a clause hangs on the clause above it, up to the relative clause of a noun
_CLAUSE_LINKS = ("ccomp", "conj", "xcomp", "advcl")
_WEAPON_LEMMAS = lexicon.TOLD_WEAPON_NOUNS | {"rocket", "missile", "drone", "jet", "warplane", "aircraft"}


def _war_or_disaster(token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in lexicon.LONG_WAR_NOUNS or bool(re.fullmatch(lexicon.NATURAL_DISASTERS, token.lower_))


def _attack_or_weapon(token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in _STRIKE_LEMMAS or lemma in _WEAPON_LEMMAS


def war_or_disaster_toll(doc, start: int, end: int) -> bool:
    """Whether the casualty verb between characters ``start`` and ``end`` tells the toll of a war or a
    disaster, in a clause that hangs on its noun: "the war in Gaza, where the ministry says 33,000 have been
    killed", "an insurgency since 1984 in which 40,000 have been killed", "the earthquake that struck on 28
    March, killing 3,700". Not when an attack or a weapon is the subject of the clause ("the war, in which a
    strike on the market killed 40"), nor when the noun is told of an attack ("the deadliest attack of the
    war, which killed 12")."""
    verb = next((t for t in doc if start <= t.idx < end and t.lemma_.lower() in _CASUALTY_VERBS), None)
    if verb is None:
        return False
    clause = [verb]
    while clause[-1].dep_ in _CLAUSE_LINKS and clause[-1].head is not clause[-1]:
        clause.append(clause[-1].head)
    if clause[-1].dep_ not in ("relcl", "acl"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and _attack_or_weapon(c) for v in clause for c in v.children):
        return False
    noun = clause[-1].head
    for _ in range(4):
        if _war_or_disaster(noun):
            return True
        if _attack_or_weapon(noun):
            return False
        if noun.dep_ != "pobj":
            return False
        held = noun.head.head  # the word the preposition hangs on
        if held.pos_ in ("VERB", "AUX"):
            # "waged an insurgency since 1984 in which ...": the span of the verb's object
            return any(c.dep_ == "dobj" and _war_or_disaster(c) for c in held.children)
        noun = held
    return False
