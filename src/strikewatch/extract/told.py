"""Whether a sentence has a clause that reports an attack happened, read from its dependency parse.

An event assembled from scattered cues (an anniversary, "in response to Ukrainian strikes", a comparison of
missile numbers, a general mention of the war's attacks) carries only its sides, a day or places. It is kept
only when a sentence behind it tells an attack: a verb of attack or harm that asserts it (past or present, not
modal, infinitive, habitual "since", or inside a clause of time, condition, cause or comparison), or an attack
noun the clause tells (subject of harm, object of telling or doing, "the first strike on X", named with its
day).
A sentence with no verb (a heading, "Sunday.") has no clause to judge and tells enough.
"""
from __future__ import annotations

from ..lexicon import en as lexicon
from ..nlp import parse

_NOUNS = lexicon.TOLD_ATTACK_NOUNS | lexicon.TOLD_WEAPON_NOUNS
# a clause under these tells a time, cause or comparison ("in response to strikes", "blamed for the attack")
_NOT_TOLD_PREPOSITIONS = lexicon.NOT_TOLD_MARKS | {"as", "of", "for"}


def reports_attack(sentence: str) -> bool:
    """Whether a clause of the sentence reports that an attack happened (module docstring)."""
    doc = parse(sentence)
    if not any(t.pos_ in ("VERB", "AUX") for t in doc):
        return True
    return any((t.lemma_ in lexicon.ATTACK_VERBS and _asserted(t)) or _told_noun(t) for t in doc)


def _tries(v) -> bool:
    return v.dep_ == "xcomp" and v.head.lemma_ in lexicon.TRY_VERBS


def _asserted(v) -> bool:
    """Whether the verb asserts what it tells: a finite verb (or one the parser took for a noun but that has
    an object), not modal, negated, a bare participle nor an infinitive (but "tried to strike"), nor a habit
    "since"; and no clause above it up to the sentence's (or reported speech's) main verb tells a time, a
    condition, a cause or a comparison."""
    if not (v.pos_ in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in v.children)):
        return False
    if v.tag_ in ("VB", "MD") and not _tries(v) and not any(c.lemma_ == "do" for c in v.children):
        return False
    if not _tries(v) and any(c.dep_ in ("aux", "auxpass") and c.lower_ in lexicon.NOT_ASSERTING_AUX
                             for c in v.children):
        return False
    if v.tag_ == "VBG" and v.dep_ != "advcl" and not any(c.dep_ == "aux" for c in v.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in v.children):
        return False
    if any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "no" for d in c.children))
           for c in v.children):
        return False  # "no facilities were hit", "it did not strike"
    if v.dep_ == "acl" and v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children) and \
            v.head.lemma_ not in lexicon.TOLD_ATTACK_NOUNS and v.sent.root.pos_ in ("VERB", "AUX"):
        return False  # a participle that describes a weapon beside the clause's own verb: "identified it as a
        # rocket fired by the militia" (where the parse found no main verb, the participle is all that tells)
    node = v
    while True:
        if node.dep_ == "relcl":  # "the strike that killed him" tells; "as many as the bombs it dropped" not
            return not any(w.lower_ in lexicon.COMPARING_WORDS for w in _noun_phrase(node.head))
        if v.lemma_ not in lexicon.HURT_VERBS and not _attack_came(node.head) and any(
                c.dep_ == "mark" and c.lower_ in lexicon.NOT_TOLD_MARKS for c in node.children):
            return False
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in _NOT_TOLD_PREPOSITIONS:
            return False
        if node.dep_ == "xcomp" and node.head.lemma_ not in lexicon.ATTACK_VERBS | lexicon.TRY_VERBS:
            return False
        if node.head is node or node.dep_ in ("ccomp", "ROOT"):
            return True
        node = node.head


def _attack_came(verb) -> bool:
    """Whether the verb's subject is an attack ("Monday's attack came a day after drones hit the base"): the
    clause of time it governs tells the attack before it, not an anniversary."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in lexicon.TOLD_ATTACK_NOUNS
               for c in verb.children)


def _noun_phrase(noun) -> list:
    """The noun, the words before it in its phrase and the nouns it hangs from, up to the first verb ("the
    number of shells": shells, of, number, the)."""
    words = [w for w in noun.subtree if w.i <= noun.i]
    for up in noun.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            break
        words += [w for w in up.children if w.i < up.i] + [up]
    return words


def _told_noun(t) -> bool:
    if t.lemma_ not in _NOUNS:
        return False
    h = t.head
    # told or done ("explosions were heard", "carried out strikes"; a headline's "explosions reported")
    headline = t.dep_ == "nsubj" and t.lemma_ in lexicon.TOLD_ATTACK_NOUNS
    if (t.dep_ in ("dobj", "nsubjpass") or headline) and h.lemma_ in lexicon.TELL_VERBS and _asserted(h):
        return True
    # the subject, or what it is made of ("groups of drones are moving towards the region")
    subject = h.head if t.dep_ == "pobj" and h.lower_ == "of" else t
    if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.lemma_ in lexicon.HARM_VERBS and \
            _asserted(subject.head):
        return True
    if any(c.dep_ == "relcl" and c.lemma_ in lexicon.HARM_VERBS and _asserted(c) for c in t.children):
        return True
    if t.dep_ == "pobj" and h.dep_ == "prep":  # "used between 300 and 400 drones", "carried out a night of
        # strikes"
        verb = h.head.head if h.head.dep_ == "dobj" else h.head
        if verb.lemma_ in lexicon.TELL_VERBS and _asserted(verb):
            return True
    if t.lemma_ not in lexicon.TOLD_ATTACK_NOUNS:
        return False
    if t.dep_ == "pobj" and h.lower_ == "under":
        return True  # told live: "Lutsk is under massive attack", "the city came under a drone attack"
    if t.dep_ == "attr" and any(c.dep_ == "prep" and c.lower_ == "on" for c in t.children):
        return True  # "It was the first Israeli strike on the capital's suburbs"
    # named with its day: "drone attacks on airfields on June 1", "Tuesday's strike"
    return any(w.lower_ in lexicon.DAY_WORDS for w in t.subtree)
