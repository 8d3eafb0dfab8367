"""The political and military context around attacks: calls, meetings, statements, sanctions,
arms supplies and negotiations, each with its actors and the words that report it.

Sentences are cut into clauses at ";" and at ", and"/", while"/", but" before a new
subject, so that one sentence reporting two acts ("the EU adopted sanctions, and
Germany said it would deliver...") gives two items. Each clause is classified by
its cue words; spaCy's named entities (people, countries, organisations) of the
candidate sentences then give the actors: the people and states named as doing
the thing, not every place in the clause. A statement's actor is its speaker, a
leader, minister or spokesperson, or a state or its ministry; a sanction's or an
arms supply's is the state that imposes, pays or delivers, not the recipient or
the target. Surnames are completed from fuller mentions in the article
("Zelensky" -> "Volodymyr Zelensky"), institutions and demonyms are mapped to
their states ("the Pentagon", "Ukrainian" -> "United States", "Ukraine").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import nlp
from .dates import MONTHS, WEEKDAYS
from .lexicon.en import (
    DEMONYMS,
    GROUPS,
    INTERNATIONAL_BODIES,
    PERSON_NAME_PARTICLES,
    PERSON_PREFIXES,
    REPLY_NOUNS,
    STATE_NAMES,
    STATES,
)
from .records import ArticleInput, ContextItem
from .spans import Sentence, sentences

# ------------------------------------------------------------------ cue words per kind
_CALL = re.compile(
    r"\b(?:phone\s+call|(?:tele)?phone\s+conversation|telephone\s+call|phoned|"
    r"(?:spoke|spoken|speaks|talked|talks|held\s+talks)\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)|"
    r"(?:spoke|spoken|speaks|talked)\s+(?:with|to)\b[^.;]*?\b(?:by\s+(?:tele)?phone|call)|"
    r"(?:a|the|their|held\s+a)\s+(?:video\s+)?call\s+(?:with|between)\b|"
    r"(?:in|during)\s+a\s+(?:phone\s+|video\s+|telephone\s+)?call\b|"
    r"(?:spoke|spoken|talked)\s+(?:with|to)\s+(?:(?:US|French|German|British|Russian|Ukrainian|Turkish|Chinese|"
    r"Israeli|Iranian|Polish)\s+)?(?:President|Prime\s+Minister|Chancellor|leader)\b)", re.I)
_SANCTIONS = re.compile(
    r"\b(?:(?:package|round)\s+of\s+(?:new\s+)?sanctions|sanctions\s+package|"
    r"(?:impos\w*|adopt\w*|approv\w*|announc\w*|introduc\w*|slapp\w*|extend\w*|agreed|unveil\w*|levied)"
    r"\s+(?:\w+\s+){0,5}?(?:sanctions|package)|"
    r"sanctions\s+(?:on|against)\s+[^.;]*?\b(?:were\s+)?(?:imposed|adopted|approved|announced)|"
    r"(?<!-)sanctioned\s+(?:\w+\s+){0,3}?(?:companies|firms|entities|individuals|banks|vessels|tankers|"
    r"officials|people))\b", re.I)
_ARMS = re.compile(
    r"\b(?:(?:will|would|to|agreed\s+to)\s+(?:deliver|supply|send|provide|pay\s+for|buy|fund|finance|purchase|"
    r"donate)|(?:continue|continues|continued|keep)\s+(?:providing|supplying|sending|delivering)|"
    r"(?<!-)(?:delivered|supplied|shipped|donated|pledged|promised|sent|handed\s+over)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:systems?|missiles?|interceptors?|weapons|tanks|drones|batter(?:y|ies)|launchers?|munitions|ammunition|"
    r"aid|shells|equipment|jets)|paused\s+(?:\w+\s+){0,2}?(?:shipments|deliveries)|"
    r"(?:suspend\w*|halt\w*|resum\w*)\s+(?:\w+\s+){0,2}?(?:weapons?|arms|military\s+aid)\s+(?:shipments|"
    r"deliveries)|(?:paus|suspend|halt|resum|froze|freez)\w*\s+(?:[\w.-]+\s+){0,2}?(?:military|weapons|security)\s+"
    r"(?:aid|assistance)|shipments\s+of\s+(?:\w+\s+){0,3}?(?:weapons|arms|missiles|interceptors|munitions)|"
    r"(?:deliveries|delivery|transfer|shipment)\s+of\s+(?:[\w-]+\s+){0,3}?(?:systems?|missiles?|interceptors?|"
    r"weapons|tanks|jets|F-16s|launchers|munitions|ammunition|shells)|"
    r"military\s+aid\s+package|arms\s+deliver\w+|finance\s+the\s+purchase|"
    r"(?:had|has|have)\s+received\s+(?:[\w-]+\s+){0,5}?(?:systems?|missiles?|interceptors?|weapons|tanks|"
    r"batter(?:y|ies)|launchers?|munitions|ammunition|shells|jets|F-16s))\b", re.I)
# Verbs of a reaction to another's act: "welcomed new sanctions", "thanked Berlin for the launchers".
_REACTION = re.compile(r"\b(?:welcom|thank|prais|hail|critici[sz]|condemn|denounc)\w*", re.I)
# "Russia sent waves of attack drones against Kyiv": an attack, not a delivery
_ATTACK_SENDING = re.compile(
    r"^sent\b(?:[^.;]*?\b(?:against|at|towards|into|overnight|attack)\b|\s+(?:\w+\s+)?\d)", re.I)
_NEGOTIATION = re.compile(
    r"\b(?:peace\s+talks|direct\s+talks|round\s+of\s+(?:[\w-]+\s+){0,2}?talks|(?:ceasefire|truce)\s+"
    r"(?:talks|proposals?|deal|agreement|along)|negotiations?|negotiators|delegations?|mediat(?:e|ion|ed)|"
    r"discuss\s+(?:a\s+)?(?:possible\s+)?(?:ceasefire|truce)|peace\s+(?:deal|plan|settlement|agreement)|"
    r"ready\s+(?:for|to\s+hold)\s+(?:(?:a|direct|peace)\s+)?(?:ceasefire|truce|talks)|"
    r"proposal\s+for\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:ceasefire|truce|halt|pause|moratorium)|"
    r"(?:pause|halt|moratorium)\s+(?:in|to|on)\s+(?:\w+\s+){0,2}?(?:strikes|attacks)|"
    r"stop\s+attacking\s+each\s+other|(?:agreed\s+to|accept\w*|reject\w*|propos\w*|back\w*|support\w*)\s+"
    r"(?:a|the|an)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|truce|peace\s+proposal)|"
    r"(?:held|hold|holding|resumed?|began|begin|start\w*)\s+(?:\w+\s+){0,2}?talks\s+(?!with\b))\b", re.I)
_MEETING = re.compile(
    r"\b(?:(?:met|meet|meets|meeting)\s+(?:with\s+|on\s+\w+\s+)?(?=(?-i:[A-Z]))|met\s+(?:with|in|at|on)\b|"
    r"(?:a|the)\s+meeting\s+(?:with|between)\b|(?:a|the)\s+(?:virtual\s+|video\s+)?meeting\s+of\s+(?:the\s+)?"
    r"(?=(?-i:[A-Z]))|(?:held|hold|holds|had)\s+(?:a\s+)?meeting\b|summit\b|"
    r"talks\s+with\b|hosted\b|on\s+the\s+sidelines\b|video\s+conference|(?:emergency\s+)?session\b|"
    r"(?:due|expected|set)\s+to\s+(?:meet|host)\b|convene[sd]?\b|convening\b|(?-i:meets)\b)", re.I)
# Bodies whose meeting is one without a person named: "NATO leaders met", "the Security Council convened".
_BODY_MEETS = re.compile(r"\b(?:NATO|G7|G20|leaders|summit|Group\s+of|Security\s+Council)\b")
# An arms supply names what is supplied.
_WEAPONS = re.compile(
    r"\b(?:systems?|missiles?|interceptors?|weapons?|arms|tanks?|drones|batter(?:y|ies)|launchers?|munitions|"
    r"ammunition|military\s+aid|shells|equipment|jets|aircraft|air\s+defen[cs]e)\b", re.I)
# A relative clause ("Oman, which has mediated between ..., called on") describes, it does not report the act.
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]*,")
# Verbs that report what someone said; demands and condemnations are statements whoever makes them.
_SPEECH = re.compile(
    r"\b(?:said|says|claimed|claims|warned|warns|urged|urges|urging|called\s+(?:on|for|the|it)|calls\s+(?:on|for)|"
    r"calling\s+(?:on|for|it)|accused|accuses|condemned|condemns|denounced|demanded|demands|vowed|vows|"
    r"threatened|insisted|appealed|appealing|asked|denied|wrote|told|tells|announced|announces|confirmed|blamed|blames|critici[sz]ed|"
    r"welcomed|praised|rejected|dismissed|described|thanked|declared|expressed|reiterated|stressed|promised|"
    r"promises|vowing|accusing|condemning|(?:renewed|repeated)\s+(?:his|her|its|their)\s+(?:call|appeal))\b",
    re.I)
_DEMAND = re.compile(
    r"\b(?:urged|urges|urging|called\s+(?:on|for)|calls\s+(?:on|for)|calling\s+(?:on|for)|appealed|appealing|"
    r"asked|demanded|demands|condemned|condemns|denounced|accused|accuses|vowed|blamed|blames|critici[sz]ed|"
    r"rejected|described\s+(?:the|it|them)|called\s+(?:the|it|them))\b", re.I)
# Words of dismay: "said it was horrified", "deeply concerned". With a demand, what makes an international
# body's words a statement, not a report ("the IAEA said radiation levels had not risen").
_DISMAY = re.compile(r"\b(?:horrified|appalled|alarmed|dismayed|outraged|shocked|saddened|"
                     r"(?:deeply|gravely)\s+(?:concerned|troubled|worried)|condemn\w*|deplor\w*)\b", re.I)
_BODIES = frozenset(INTERNATIONAL_BODIES.values())
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether|warned|warns|threatened)\b", re.I)
# Facts of the attack itself: a sentence reporting them is attack reporting, not political context.
_ATTACK_FACT = re.compile(
    r"\b(?:\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:drones|missiles|bombs|shells)|(?:were|was|been|had)\s+"
    r"(?:shot\s+down|intercepted|destroyed|downed)|(?:shot|brought)\s+down\s+\d|intercepted\s+and\s+destroyed|"
    r"downed|killed|killing(?!\s+of)|injured|injuring|wounded|died|casualties|no\s+one\s+was|death\s+toll|"
    r"air\s+defen[cs]es?\s+(?:had\s+)?(?:shot|destroyed|intercepted))\b", re.I)

# What a strike damaged: an official's account of the attack, not a political statement ("Interior Minister
# X said the building was hit directly", "... said 16 people were still unaccounted for"). A ministry's or a
# state's claim of its own strike is not among them: the gold takes it for a statement as often as not.
_DAMAGE_REPORT = re.compile(
    r"\b(?:(?:was|were|been)\s+(?:(?:directly|also|partly|badly|heavily)\s+)?(?:hit|struck|damaged|destroyed)|"
    r"hit\s+directly|direct\s+hit|unaccounted|without\s+(?:electricity|power|heat))\b", re.I)
_WEAPON_COUNT = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:drones|missiles|bombs)\b", re.I)
_MOTIVE = re.compile(rf"\b(?:retaliat\w+|revenge|self-defen[cs]e|{REPLY_NOUNS}\s+(?:to|for))\b", re.I)

# Titles of people whose words are statements in the SPEC's sense: leaders, ministers, spokespeople
# and envoys, not mayors or regional governors.
_TITLE = re.compile(
    r"\b(?:President|Prime\s+Minister|Premier|Chancellor|Minister|Secretary|Secretary-General|"
    r"spokes(?:man|woman|person)|Supreme\s+Leader|supreme\s+leader|Ayatollah|Pope|King|envoy|ambassador|aide|"
    r"intelligence\s+chief|commander-in-chief|chief\s+of\s+staff|Security\s+Council|leader|Speaker|"
    r"(?<!police\s)(?<!fire\s)(?<!company's\s)chief(?!\s+executive)|official|advis[eo]r|rapporteur|"
    r"(?:humanitarian\s+)?coordinator|High\s+Commissioner|"
    r"Director[-\s]General(?!\s+of\s+the\s+[a-z]))\b", re.I)
# The titles of heads of state or government, who speak for their state whatever they say.
_HEAD = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|Supreme\s+Leader|King|Emir|"
                   r"Crown\s+Prince)\b")
# Telling people to take shelter is a safety instruction, not a political statement.
_INSTRUCTION = re.compile(r"\b(?:urged|urging|asked|called\s+on|calling\s+on|told)\s+(?:local\s+)?"
                          r"(?:residents|people|citizens|locals|everyone|the\s+public|drivers|parents|Ukrainians|"
                          r"the\s+population)\b", re.I)
_LOCAL_TITLE = re.compile(r"\b(?:mayor|governor|head\s+of\s+the\s+\w+\s+(?:\w+\s+)?administration)\b", re.I)

# ------------------------------------------------------------------ states and their names: the lexicon's
_STATE_NAME, _DEMONYM, _STATES, _GROUPS = STATE_NAMES, DEMONYMS, STATES, GROUPS
# A place named after one of these is where something happened or whom it is for, not who did it.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|over|across|from|into|outside|around|to|for|against|on|"
                           r"targeting|toward|towards|of)\s+(?:the\s+)?$", re.I)
_NOT_A_PERSON = re.compile(r"^(?:Telegram|Shahed|Patriot|Kinzhal|Iskander|Kalibr|Tomahawk|ATACMS|Storm|"
                           r"Taurus|IRIS|NASAMS|Himars|F-16|the\s+|UN\s+|Kh-|USS\s)", re.I)
# After a state, the words that make it a government voice: "Poland's foreign ministry", "Iran's mission".
_STATE_VOICE = re.compile(
    r"^(?:\s*(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:ministry|ministries|government|mission|embassy|guards|"
    r"spokes(?:man|woman|person)|presidency|cabinet|parliament|leadership|foreign\s+office|authorities)\b"
    r"[^,;]{0,40}?|\s*,\s*(?:which|whose|who|for\s+its\s+part)[^,;]*,|)\s*"
    r"(?:(?:has|have|had|also|again|later|separately|then)\s+)*$", re.I)


# Between the states of one subject: "Egypt, Qatar and the European Union".
_STATE_AND = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?$")
_HONORIFIC = re.compile(PERSON_PREFIXES, re.I)
_LEADING_HONORIFICS = re.compile(rf"(?:{PERSON_PREFIXES}\s+)+")
# What continues a name spaCy cut short: particles, then a capitalised word ("Ursula von" der Leyen).
_NAME_RUNS_ON = re.compile(rf"(?:(?:\s+{PERSON_NAME_PARTICLES})+\s+[A-Z][\w'’-]*[a-z])+")
_PARTICLE = re.compile(PERSON_NAME_PARTICLES)
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z][\w'’-]*)")
_NOT_A_FIRST_NAME = {
    "The", "In", "On", "At", "But", "And", "After", "Before", "When", "While", "Earlier", "Later", "Foreign",
    "Defence", "Defense", "Prime", "Deputy", "Energy", "Health", "Interior", "Vice", "Regional", "Acting",
    "Former", "Kremlin", "Air", "Background", "Meanwhile", "Separately", "However", "Also", "Still", "Yet",
    "Overnight", "Today", "Yesterday", "Instead", "Then", "There", "This", "That", "It", "He", "She", "They",
    "We", "Russian", "Ukrainian", "Western", "European", "Military", "State", "Supreme", "Special",
    "Security"}
# spaCy's labels under which a titled surname of the article is a person taken for something else; a place
# or a day ("In Minsk, Belarusian President ...") is itself
_NOT_PLACE_OR_TIME = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# "On Friday, Health Minister X said": a day before a title is no name
_DAYS_AND_MONTHS = frozenset(WEEKDAYS + MONTHS)
_CLAUSE_CUT = re.compile(r";\s+|,\s+(?:and|while|but|whereas)\s+(?=(?:the\s+|[\"“])?[A-Z])")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def _unquoted(text: str) -> str:
    """The text with every quotation masked, each character kept in place (offsets stay valid)."""
    return _QUOTED.sub(lambda m: "x" * len(m.group()), text)


_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"


@dataclass(frozen=True)
class _Ent:
    kind: str  # "person" or "state"
    name: str
    start: int  # offsets in the clause
    end: int


def extract_context(article: ArticleInput) -> tuple[ContextItem, ...]:
    """Every context item the article reports, in text order."""
    text = article.text
    clauses_by_sentence = _candidate_clauses(text)
    if not clauses_by_sentence:
        return ()
    full_names = _full_names(text)
    officials = _officials(text)
    items: list[ContextItem] = []
    parsed = nlp.docs("entities", [s.text for s, _ in clauses_by_sentence])
    for (s, clauses), doc in zip(clauses_by_sentence, parsed, strict=True):
        ents = _entities(s.text, doc, full_names, officials[0])
        previous: ContextItem | None = None
        for cs, ce in clauses:
            clause = s.text[cs:ce]
            quoted = [(m.start() + cs, m.end() + cs) for m in _QUOTED.finditer(clause)]
            cents = [_Ent(e.kind, e.name, e.start - cs, e.end - cs) for e in ents
                     if e.start >= cs and e.end <= ce and not any(a <= e.start < b for a, b in quoted)]
            for kind, actors in _acts(clause, cents, *officials):
                item = ContextItem(kind, actors, clause, s.start + cs, s.start + ce)
                if previous is not None and previous.kind == kind and set(previous.actors) & set(actors):
                    # the same act continued in the next clause: one item
                    merged = tuple(dict.fromkeys(previous.actors + actors))
                    item = ContextItem(kind, merged, text[previous.start:item.end], previous.start, item.end)
                    items[-1] = item
                else:
                    items.append(item)
                previous = item
    return one_per_act(items)


@lru_cache(maxsize=64)  # a chunk's articles are looked at before they are read (``extract.prepare``)
def _candidate_clauses(text: str) -> tuple[tuple[Sentence, tuple[tuple[int, int], ...]], ...]:
    """Each sentence of TEXT that may report a context item, with its clauses that may."""
    found = []
    for s in sentences(text):
        clauses = tuple(c for c in _clauses(s.text) if _candidate(s.text[c[0]:c[1]]))
        if clauses:
            found.append((s, clauses))
    return tuple(found)


def entity_sentences(text: str) -> list[str]:
    """The sentences of TEXT whose named entities the context reads."""
    return [s.text for s, _ in _candidate_clauses(text)]


def one_per_act(items: list[ContextItem]) -> tuple[ContextItem, ...]:
    """A call, meeting, sanction, supply or negotiation reported twice (a live-blog line and its story) with
    the same actors is one item: the fuller report. So are a speaker's statements: the record says who spoke
    of the attacks, once per speaker, as SPEC's gold does ("one item each")."""
    best: dict[tuple, ContextItem] = {}
    for item in items:
        key = (item.kind, frozenset(a.split()[-1].lower()[:6] for a in item.actors))
        if key not in best or len(item.quote) > len(best[key].quote):
            best[key] = item
    return tuple(sorted(best.values(), key=lambda i: i.start))


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence that may each report an act of their own."""
    masked = _unquoted(sentence)
    out, cut = [], 0
    for m in _CLAUSE_CUT.finditer(masked):
        out.append((cut, m.start()))
        cut = m.end()
    out.append((cut, len(sentence)))
    return [(a, b) for a, b in out if sentence[a:b].strip()]


def _candidate(clause: str) -> bool:
    """Cheap test, before any NER, whether a clause can report a context item."""
    if any(rx.search(clause) for rx in (_CALL, _SANCTIONS, _ARMS, _NEGOTIATION, _MEETING)):
        return True
    speech = _SPEECH.search(clause)
    # a leader's quoted words ("he's killing a lot of people") report no fact of the attack
    unquoted = _unquoted(clause)
    return bool(speech) and not (_ATTACK_FACT.search(unquoted) and not _DEMAND.search(clause)
                                 and not _MOTIVE.search(clause) and not _HEAD.search(clause[:speech.start()]))


def _acts(clause: str, ents: list[_Ent], leaders: set[str],
          locals_: set[str], heads: set[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The context items (kind, actors) one clause reports: usually one, none for attack reporting."""
    people = [e for e in ents if e.kind == "person"]
    acts_text = _RELATIVE.sub(lambda m: "," + " " * (len(m.group()) - 2) + ",", clause)
    speech = _first_speech(acts_text)
    demand = _DEMAND.search(acts_text)

    def out(kind: str, actors: list[str]) -> list[tuple[str, tuple[str, ...]]]:
        actors = list(dict.fromkeys(a for a in actors if a))
        return [(kind, tuple(actors))] if actors else []

    def said(cue: int, doers: tuple[str, ...] = ()) -> list[tuple[str, tuple[str, ...]]]:
        """The statement of the clause's speaker, if a reporting verb comes before the act's cue CUE: "X said
        the EU had adopted sanctions" reports X's words, and the sanctions. A doer of the act announcing it
        ("Canada said it would send ...", "Norway promised ...") reports the act alone, and so do words about
        talks ("X said Ukraine was ready for talks"): eval/gold.jsonl has them as the negotiation only."""
        for verb in _speeches(acts_text) if speech else ():
            # "Asked about the strike, Trump said ...": the first verb may have no speaker of its own
            if verb.start() >= cue:
                break
            speakers = _speakers(clause, ents, verb, (leaders, locals_, heads), bool(demand))
            if speakers:
                return [] if set(speakers) & set(doers) else out("statement", speakers)
        return []

    if _CALL.search(acts_text) and people:
        acts = out("call", [p.name for p in people])
        if acts and _NEGOTIATION.search(acts_text) and re.search(r"\bagree[ds]?\b", clause, re.I):
            # leaders agreeing a ceasefire in a call: the call and the agreement
            acts += out("negotiation", [p.name for p in people])
        return acts
    for kind, rx in (("sanctions", _SANCTIONS), ("arms_supply", _ARMS)):
        m = rx.search(acts_text)
        if not m or (kind == "arms_supply" and (not _WEAPONS.search(clause)
                                                 or _ATTACK_SENDING.match(acts_text[m.start():]))):
            continue
        if (demand and demand.start() < m.start()) or _HYPOTHETICAL.search(acts_text[:m.start()]):
            # "urged the EU to adopt sanctions", "warned ... if the US supplied missiles": a demand or a
            # threat, not the act
            break
        doers = out(kind, _doers(clause, ents, m.start()))
        return said(m.start(), doers[0][1] if doers else ()) + doers
    m = _NEGOTIATION.search(acts_text)
    if m and not _negated(clause, m.start()):
        return out("negotiation", [e.name for e in ents if not _is_venue(clause, e)])
    m = _MEETING.search(acts_text)
    if m and (people or _BODY_MEETS.search(clause)):
        named = [p.name for p in people] or [e.name for e in ents if not _is_venue(clause, e)]
        return said(m.start()) + out("meeting", named)
    return said(len(acts_text) + 1)


def _first_speech(clause: str) -> re.Match | None:
    """The first reporting verb outside quotation marks."""
    masked = _unquoted(clause)
    return _SPEECH.search(masked)


def _speeches(clause: str) -> list[re.Match]:
    """The reporting verbs outside quotation marks, in order (at most three)."""
    masked = _unquoted(clause)
    return list(_SPEECH.finditer(masked))[:3]


def _negated(clause: str, at: int) -> bool:
    return bool(re.search(r"\b(?:not|no)\s+(?:a\s+)?$", clause[max(0, at - 10):at], re.I))


def _speakers(clause: str, ents: list[_Ent], verb: re.Match, officials: tuple[set[str], set[str], set[str]],
              demand: bool) -> list[str]:
    """Who makes the statement a clause reports, when it is a statement in the SPEC's sense: one person, or
    the states of one subject ("Qatar, Saudi Arabia and Jordan condemned ...")."""
    leaders, locals_, heads = officials
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(clause)]
    outside = [e for e in ents if not any(a <= e.start < b for a, b in quoted)]
    before = [e for e in outside if e.end <= verb.start()]
    # "..., said Serhiy Lysak, head of ..." : the speaker follows the verb
    inverted = clause[:verb.start()].rstrip().endswith((",", '"', "”"))
    after = [e for e in outside if inverted and e.kind == "person" and 0 <= e.start - verb.end() <= 2]
    # a claim of why ("retaliation for", "in response to") is a statement even when it names a strike's toll
    unquoted = _unquoted(clause)
    fact = bool(_ATTACK_FACT.search(unquoted)) and not (_MOTIVE.search(clause)
                                                      and not _WEAPON_COUNT.search(clause))
    person = next((e for e in before if e.kind == "person"), None) or (after[0] if after else None)
    if person is not None:
        surname = person.name.split()[-1]
        leader = surname in leaders or _leader_near(clause, person)
        # a head of state or government speaks for the state even of the attack's facts
        head = surname in heads or _HEAD.search(clause[max(0, person.start - 45):person.start])
        if (fact or _DAMAGE_REPORT.search(unquoted)) and not (demand and leader) and not head:
            return []
        # a demand, threat or condemnation is a statement whoever makes it, unless a mayor or governor
        threat = re.match(r"(?:warned|warns|threatened)\b", verb.group(), re.I)
        local = surname in locals_ or _LOCAL_TITLE.search(clause[:verb.start()])
        if leader:
            return [person.name]
        if _INSTRUCTION.search(clause):
            return []
        return [person.name] if demand or (threat and not local) else []
    if fact:
        return []
    # only a known state or group speaks as one: spaCy takes some surnames for places
    state = next((e for e in before if e.kind == "state" and not _is_venue(clause, e)
                  and _known_state(e.name.lower())), None)
    if state is None:
        return []
    subject = [state]
    for e in before[before.index(state) + 1:]:
        if e.kind != "state" or not _STATE_AND.match(clause[subject[-1].end:e.start]):
            break
        subject.append(e)
    if not _STATE_VOICE.match(clause[subject[-1].end:verb.start()]):
        return []
    if all(e.name in _BODIES for e in subject) and not (demand or _DISMAY.search(clause)):
        return []  # an agency's report of what it saw or did
    return [e.name for e in subject]


def _leader_near(clause: str, person: _Ent) -> bool:
    """A national title right before the name ("Foreign Minister X") or after it ("X, the ... minister,")."""
    head = clause[max(0, person.start - 45):person.start]
    tail = clause[person.end:person.end + 60]
    return bool((_TITLE.search(head) and not _LOCAL_TITLE.search(head))
                or re.match(r"\s*,\s*(?:the\s+)?[^,]*?" + _TITLE.pattern, tail, re.I))


def _doers(clause: str, ents: list[_Ent], cue: int) -> list[str]:
    """The states and people who impose sanctions or supply weapons: named before the cue, not as a place
    or recipient; failing that, anyone named who is not a place, recipient or target."""
    doers = [e for e in ents if e.start < cue and not _is_venue(clause, e)]
    if not doers:
        doers = [e for e in ents if not _is_venue(clause, e)]
    states = [e.name for e in doers if e.kind == "state"]
    # "X said ... and welcomed new US sanctions": a speaker reacting to a state's act is no doer of it (one
    # who announces it, "adding that Berlin would pay for them", speaks for the doer)
    reacting = bool(states) and _REACTION.search(clause, 0, cue)
    people = [e.name for e in ents if e.kind == "person" and not (reacting and e.start < cue)]
    return states + people


def _is_venue(clause: str, e: _Ent) -> bool:
    """True for a state named as a place, recipient or target ("in Istanbul", "to Ukraine", "against
    Russia")."""
    return e.kind == "state" and bool(_PLACE_BEFORE.search(clause[max(0, e.start - 20):e.start]))


def _entities(sentence: str, doc, full_names: dict[str, str], leaders: set[str]) -> list[_Ent]:
    """People and states spaCy finds in a sentence, under their normalised names, and the titled people
    of the article it misses when named by surname alone."""
    out: list[_Ent] = []
    taken = [(e.start_char, e.end_char) for e in doc.ents]
    for surname in leaders:
        for m in re.finditer(rf"\b{re.escape(surname)}\b", sentence):
            if not any(a <= m.start() < b for a, b in taken):
                out.append(_Ent("person", full_names.get(surname, surname), m.start(), m.end()))
    covered = 0  # the end of a name run on past spaCy's entity: what it covers is part of that name
    for ent in doc.ents:
        if ent.start_char < covered:
            continue
        raw = re.sub(r"(?:'s|’s|')$", "", ent.text).strip()
        key = re.sub(r"^the\s+", "", raw, flags=re.I).lower()
        label = ent.label_
        if label == "PERSON" and _known_state(key):
            label = "GPE"  # "Kyiv", "Houthis" taken for people
        elif (label != "PERSON" and re.fullmatch(rf"{_NAME}(?: {_NAME}){{1,2}}", raw)
              and not _known_state(key)
              and _TITLE.search(sentence[max(0, ent.start_char - 30):ent.start_char])):
            label = "PERSON"  # "spokesman Yurii Ihnat" taken for an organisation
        elif label in _NOT_PLACE_OR_TIME and raw.split()[-1] in leaders and not _known_state(key):
            label = "PERSON"  # "Trump said", the article's "President Donald Trump", taken for an ORG
        if label == "PERSON" and not _NOT_A_PERSON.match(raw):
            end = ent.start_char + len(raw)
            honorific = _LEADING_HONORIFICS.match(raw)
            if honorific and honorific.end() < len(raw):
                raw = raw[honorific.end():]
            run_on = _NAME_RUNS_ON.match(sentence, end)
            following = _NEXT_WORD.match(sentence, end)
            if run_on:  # "Ursula von" + " der Leyen"
                raw, end = raw + run_on.group(), run_on.end()
            elif following and _PARTICLE.fullmatch(raw.split()[-1]):  # "Ursula von der" + " Leyen"
                raw, end = f"{raw} {following.group(1)}", following.end()
            elif (honorific and " " not in raw and following and not _known_state(following.group(1).lower())
                  and not _TITLE.fullmatch(following.group(1))):
                raw, end = f"{raw} {following.group(1)}", following.end()  # "Seyyed Abbas" + " Araghchi"
            covered = end
            words = raw.split()
            if len(words) > 1 and _known_state(words[-1].lower()):
                words = words[:-1]  # "Trump Russia": a name run into the next word
            name = " ".join(words)
            if _HONORIFIC.fullmatch(name):
                continue  # a rank alone ("Major General") names no one
            out.append(_Ent("person", full_names.get(words[-1], name), ent.start_char, end))
        elif label in ("GPE", "NORP", "ORG", "LOC"):
            state = _state(key, label)
            if state:
                out.append(_Ent("state", state, ent.start_char, ent.end_char))
    return sorted(out, key=lambda e: e.start)


def _known_state(key: str) -> bool:
    return key in _STATE_NAME or key in _DEMONYM or key in _GROUPS or key in _STATES


def _state(key: str, label: str) -> str | None:
    if label == "ORG":
        return _GROUPS.get(key) or _STATE_NAME.get(key)
    if key in _STATE_NAME:
        return _STATE_NAME[key]
    if key in _DEMONYM:
        return _DEMONYM[key]
    if key in _GROUPS:
        return _GROUPS[key]
    if label == "GPE":
        return " ".join(w if w.isupper() else w.capitalize() for w in key.split())
    return None


def _full_names(text: str) -> dict[str, str]:
    """Surname -> the fullest "First Last" form the article uses."""
    out: dict[str, str] = {}
    for m in re.finditer(rf"\b(?=({_NAME}) ({_NAME})\b)", text):
        first, last = m.group(1), m.group(2)
        if _known_state(first.lower()) or _TITLE.fullmatch(first) or _LOCAL_TITLE.fullmatch(first) \
                or _HONORIFIC.fullmatch(first) or first in _NOT_A_FIRST_NAME or _PARTICLE.fullmatch(first):
            continue
        out.setdefault(last, f"{first} {last}")
    return out


def _officials(text: str) -> tuple[set[str], set[str], set[str]]:
    """Surnames the article gives a national title ("President Volodymyr Zelensky", "Peskov, the Kremlin
    spokesman"), those it gives a local one ("mayor Vitali Klitschko", "Kim, the regional governor"), and
    those of heads of state or government among the first."""
    leaders: set[str] = set()
    local: set[str] = set()
    heads: set[str] = set()
    def add(into: set[str], name: str) -> None:
        if name not in _NOT_A_FIRST_NAME and not _known_state(name.lower()) and not _TITLE.fullmatch(name) \
                and not _HONORIFIC.fullmatch(name) and name.lower() not in _DAYS_AND_MONTHS:
            into.add(name)

    for title, into in ((_TITLE, leaders), (_LOCAL_TITLE, local), (_HEAD, heads)):
        for m in re.finditer(rf"(?:{title.pattern})\s+(?:{PERSON_PREFIXES}\s+)*(?:{_NAME}\s+){{0,2}}?"
                             rf"(?:{_NAME}\s+)?({_NAME})\b(?!\s{_NAME})", text,
                             re.I if into is local else 0):
            head = text[max(0, m.start() - 30):m.start()]
            if into is local or not _LOCAL_TITLE.search(head + m.group(0)):
                add(into, m.group(1))
        for m in re.finditer(rf"\b({_NAME}),\s+(?:the\s+)?[^,.;]{{0,50}}?(?:{title.pattern})", text,
                             re.I if into is local else 0):
            if _PLACE_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
                continue  # "In Minsk, Belarusian President ...": a place, then the titled speaker
            if into is local or not _LOCAL_TITLE.search(m.group(0)):
                add(into, m.group(1))
    return leaders, local - leaders, heads & leaders
