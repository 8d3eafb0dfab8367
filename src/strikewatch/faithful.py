"""Is a brief faithful to its article? Every number, place and actor must be supported, hedges kept.

``check_brief(article, record_or_events, brief)`` returns the problems it finds, an empty list
when the brief is faithful. What it checks, for the headline, the dek and the summary:

- **numbers**: each number (digits or words: "539", "two", "a dozen") is stated in the article
  or is the value of an event field with valid evidence (``text[start:end] == quote``). A number
  next to a weapon ("11 missiles") or a casualty word ("kills two") must be supported in that
  role: the article gives the same value for the same kind of thing, or the evidenced field of
  that kind has it.
- **places**: each place the brief names is named in the article or is one of an event's places.
- **actors**: each capitalised name is in the article (or is an event place, or a country the
  article names); "Russian drones" needs Russia as an event's attacker or those words in the text.
- **hedges**: a number whose every support is hedged ("reportedly", "claimed", evidence marked
  hedged), or a sentence copied from a hedged one, keeps a hedge word in its clause.
- **lengths**: the SPEC's limits (headline 90, dek 200 and one sentence, summary 600 and three
  sentences).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from typing import Any

from . import places
from .config import defaults
from .lexicon.en import COUNTRY_NAME, HEDGE, NATIONALITY
from .quantities import NUMBER, parse
from .records import AirAttack, ArticleInput, ArticleRecord, Brief, Counts, Evidence
from .remembered import remembered
from .spans import sentences

PARTS = ("headline", "dek", "summary")
_NUMBER_RE = remembered(rf"(?<![\w-])(?:{NUMBER})(?![\w])", re.IGNORECASE)
_DRONE = re.compile(r"^(?:drones?|uavs?|shaheds?|gerans?|decoys?|loitering)$", re.I)
_MISSILE = re.compile(r"^(?:missiles?|iskanders?|kinzhals?|kalibrs?|atacms)$", re.I)
_CASUALTY = re.compile(r"^(?:kill\w*|dead|died|deaths?|injur\w*|wound\w*|hurt|casualt\w*|toll)$", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*[A-Za-z]")
_CLAIM_LATER = re.compile(
    r"^(?:the|this|that|these|those)\s+(?:claims?|reports?|accounts?|information|figures?)\s+"
    r"(?:could|can|cannot|were|was)\s+(?:not\s+)?(?:be\s+)?(?:independently\s+)?"
    r"(?:verified|confirmed)",
    re.I,
)
_NAT_WEAPON = re.compile(
    rf"\b(?P<nat>{'|'.join(sorted(set(NATIONALITY.values())))})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:drones?|missiles?|strikes?|attacks?|bombs?|air\s+strikes?|barrage)\b"
)
_COUNTRY_OF = {
    **{v.lower(): k for k, v in NATIONALITY.items()},
    **{v.lower(): k for k, v in COUNTRY_NAME.items()},
    "russia's": "RU",
    "ukraine's": "UA",
    "israel's": "IL",
    "iran's": "IR",
    "moscow": "RU",
    "kyiv": "UA",
}
# Words a generated sentence may start with that name nothing.
_GENERIC = frozenset(
    "death toll no none neither all the a an one two three four five six seven eight nine ten air by places "
    "struck".split()
)
_ROLE_FIELDS = {"drones": "drone", "missiles": "missile", "killed": "casualty", "injured": "casualty"}
WINDOW = 4  # words either side of a number that decide what it counts


@dataclass(frozen=True)
class Problem:
    """One way a brief is not faithful to its article."""

    part: str  # "headline", "dek" or "summary"
    kind: str  # "number", "place", "actor", "hedge", "length"
    text: str  # the words of the brief at fault
    message: str

    def __str__(self) -> str:
        return f"{self.part}: {self.kind}: {self.message}"


@dataclass(frozen=True)
class Support:
    """One place in the article (a stated number or an evidenced field) that backs a number."""

    value: int
    role: str | None  # "drone", "missile", "casualty" or None
    hedged: bool


@dataclass(frozen=True)
class Facts:
    """What the article supports, read once: numbers, places, words, countries, attackers."""

    numbers: tuple[Support, ...]
    place_names: frozenset[str]  # the events' places, folded
    words: frozenset[str]
    countries: frozenset[str]
    attackers: frozenset[str]
    hedged_sentences: tuple[tuple[frozenset[str], bool], ...]  # (tokens, hedged) per sentence
    texts: tuple[str, ...] = ()  # the article's sentences

    @cached_property
    def text_places(self) -> frozenset[str]:
        """Every place the article names, folded (read only when a place is otherwise unsupported)."""
        return frozenset(_fold(m.place.name) for sentence in self.texts for m in places.find(sentence))


# ------------------------------------------------------------------------------------------ reading


def number_role(words: list[str], at: int) -> str | None:
    """What the number at word AT counts: a weapon named in the next words, or a casualty nearby."""
    for w in words[at + 1 : at + 1 + WINDOW]:
        if _DRONE.match(w):
            return "drone"
        if _MISSILE.match(w):
            return "missile"
    if any(_CASUALTY.match(w) for w in words[max(0, at - WINDOW) : at + 1 + WINDOW]):
        return "casualty"
    return None


def numbers_in(text: str) -> list[tuple[str, int, str | None]]:
    """(as written, value, role) for each precise number in TEXT."""
    out = []
    for m in _NUMBER_RE.finditer(text):
        value = parse(m.group())
        if value is None:
            continue
        before = _WORD.findall(text[max(0, m.start() - 120) : m.start()])[-WINDOW:]
        words = before + [m.group()] + [w.group() for w in islice(_WORD.finditer(text, m.end()), WINDOW)]
        out.append((m.group(), value, number_role(words, len(before))))
    return out


def sentence_hedged(texts: list[str], i: int) -> bool:
    """Whether sentence I hedges what it says, itself or by the next ("The claim could not be verified")."""
    later = texts[i + 1] if i + 1 < len(texts) else ""
    return bool(HEDGE.search(texts[i]) or _CLAIM_LATER.search(later))


def read_facts(article: ArticleInput, events: Iterable[AirAttack]) -> Facts:
    """Everything in the article and its events that can support a brief."""
    text = article.text
    texts = [s.text for s in sentences(text)]
    supports: list[Support] = []
    for i, sentence in enumerate(texts):
        hedged = sentence_hedged(texts, i)
        supports += [Support(value, role, hedged) for _, value, role in numbers_in(sentence)]
    names: set[str] = set()
    attackers: set[str] = set()
    models: set[str] = set()
    for event in events:
        supports += _field_supports(event, text)
        names |= {_fold(p) for p in event.places}
        models |= {part for w in event.weapons for part in (w.model.lower(), *w.model.lower().split("-"))}
        if event.attacker:
            attackers.add(event.attacker)
    words = {w.lower().strip("’'") for w in _WORD.findall(text)}
    words |= {part for w in words for part in w.split("-") if part}
    words |= {w.removesuffix("’s").removesuffix("'s") for w in words}
    words |= models  # weapon models the events name ("Kh-101"), however the text spells them ("Х-101")
    countries = {code for w, code in _COUNTRY_OF.items() if w in words} | attackers
    countries |= {e.target_country for e in events if e.target_country}
    hedged = tuple((frozenset(_tokens(s)), sentence_hedged(texts, i)) for i, s in enumerate(texts))
    return Facts(
        tuple(supports),
        frozenset(names),
        frozenset(words),
        frozenset(countries),
        frozenset(attackers),
        hedged,
        tuple(texts),
    )


def _field_supports(event: AirAttack, text: str) -> list[Support]:
    """A Support for each number field of EVENT that has valid evidence."""
    out = []
    fields = {
        f"{w}.{k}": getattr(getattr(event, w), k)
        for w in ("drones", "missiles")
        for k in ("launched", "destroyed", "hit")
    }
    fields |= {"killed": event.killed, "injured": event.injured}
    for name, value in fields.items():
        items = [
            e for e in event.evidence if e.field == name and text[e.start : e.end] == e.quote and e.quote
        ]
        if value is None or not items:
            continue
        role = _ROLE_FIELDS[name.split(".")[0]]
        out.append(Support(int(value), role, all(e.hedged for e in items)))
    for weapon in event.weapons:  # per-model figures, each with its own evidence
        for role in ("launched", "destroyed"):
            value = getattr(weapon, role)
            items = [e for e in event.evidence if e.field == f"weapons.{weapon.model}.{role}"
                     and text[e.start : e.end] == e.quote and e.quote]
            if value is not None and items:
                out.append(Support(int(value), weapon.kind, all(e.hedged for e in items)))
    return out


def _fold(name: str) -> str:
    return re.sub(r"\s+(?:oblast|krai|region)$", "", re.sub(r"[^a-z ]", "", name.lower())).strip()


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


# ------------------------------------------------------------------------------------------ checks


def check_numbers(part: str, text: str, facts: Facts) -> list[Problem]:
    problems = []
    for clause in _clauses(text):
        for written, value, role in numbers_in(clause):
            backing = [s for s in facts.numbers if s.value == value and (role is None or s.role == role)]
            what = f"{written!r}" + (f" ({role})" if role else "")
            if not backing:
                problems.append(Problem(part, "number", written, f"{what} is not supported by the article"))
            elif all(s.hedged for s in backing) and not HEDGE.search(clause):
                problems.append(
                    Problem(part, "hedge", written, f"{what} is hedged in the article but not in the brief")
                )
    return problems


def check_places(part: str, text: str, facts: Facts) -> list[Problem]:
    problems = []
    for sentence in _clauses(text):
        for mention in places.find(sentence):
            surface = sentence[mention.start : mention.end]
            if all(w.lower() in facts.words for w in _WORD.findall(surface)):
                continue
            names = {_fold(mention.place.name), _fold(surface)}
            if names & facts.place_names or names & facts.text_places:
                continue
            problems.append(Problem(part, "place", surface, f"place {surface!r} is not in the article"))
    return problems


def check_actors(part: str, text: str, facts: Facts) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        key = word.lower().removesuffix("’s").removesuffix("'s")
        if key in seen or key in facts.words or key in _GENERIC:
            continue
        seen.add(key)
        code = _COUNTRY_OF.get(key)
        if code and code in facts.countries:
            continue
        if any(key in name.split() for name in facts.place_names):
            continue
        problems.append(Problem(part, "actor", word, f"{word!r} is not named in the article"))
    for m in _NAT_WEAPON.finditer(text):
        code = _COUNTRY_OF[m.group("nat").lower()]
        if code in facts.attackers or _phrase_in(m.group(), facts):
            continue
        problems.append(
            Problem(
                part,
                "actor",
                m.group(),
                f"{m.group()!r}: {COUNTRY_NAME.get(code, code)} is not an attacker in the article",
            )
        )
    return problems


def _phrase_in(phrase: str, facts: Facts) -> bool:
    words = set(_tokens(phrase))
    return any(words <= tokens for tokens, _ in facts.hedged_sentences)


def check_hedges(part: str, text: str, facts: Facts, threshold: float = 0.7) -> list[Problem]:
    """A brief sentence copied from a hedged article sentence must keep a hedge."""
    problems = []
    for clause in _clauses(text):
        words = set(_tokens(clause))
        if len(words) < 5 or HEDGE.search(clause):
            continue
        for tokens, hedged in facts.hedged_sentences:
            if hedged and len(words & tokens) / len(words) >= threshold:
                problems.append(
                    Problem(
                        part,
                        "hedge",
                        clause,
                        f"{_short(clause)!r} comes from a hedged sentence but drops the hedge",
                    )
                )
                break
    return problems


def check_lengths(brief: Brief) -> list[Problem]:
    problems = []
    limits = defaults("brief")  # the SPEC's limits, as settings: headline_max, dek_max, summary_max
    for part in ("headline", "dek", "summary"):
        limit = limits[f"{part}_max"]
        value = getattr(brief, part)
        if len(value) > limit:
            problems.append(Problem(part, "length", _short(value), f"{len(value)} characters, over {limit}"))
    if not brief.headline.strip():
        problems.append(Problem("headline", "length", "", "the headline is empty"))
    if len(sentences(brief.dek)) > 1:
        problems.append(Problem("dek", "length", _short(brief.dek), "the dek is more than one sentence"))
    if len(sentences(brief.summary)) > 3:
        problems.append(
            Problem("summary", "length", _short(brief.summary), "the summary is over three sentences")
        )
    return problems


def _clauses(text: str) -> list[str]:
    """Sentences of TEXT, split again at semicolons: the span a hedge must cover."""
    return [c.strip() for s in sentences(text) for c in s.text.split(";") if c.strip()]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ------------------------------------------------------------------------------------------- entry


def check_brief(
    article: ArticleInput,
    record_or_events: ArticleRecord | Mapping[str, Any] | Iterable[Any],
    brief: Brief | Mapping[str, str] | None = None,
) -> list[Problem]:
    """Every way BRIEF (by default the record's own) is not faithful to ARTICLE; [] when it is."""
    events = events_of(record_or_events)
    if brief is None:
        brief = _brief_of(record_or_events)
    if isinstance(brief, Mapping):
        brief = Brief(
            headline=brief.get("headline", ""), dek=brief.get("dek", ""), summary=brief.get("summary", "")
        )
    facts = read_facts(article, events)
    problems = check_lengths(brief)
    for part in PARTS:
        problems += check_text(part, getattr(brief, part), facts)
    return problems


def check_text(part: str, text: str, facts: Facts) -> list[Problem]:
    """The numbers, places, actors and hedges of one piece of a brief, checked against FACTS."""
    return (
        check_numbers(part, text, facts)
        + check_places(part, text, facts)
        + check_actors(part, text, facts)
        + check_hedges(part, text, facts)
    )


def events_of(record_or_events: ArticleRecord | Mapping[str, Any] | Iterable[Any]) -> list[AirAttack]:
    """The events of a record, a record dict (the SPEC's JSON) or a sequence of events or event dicts."""
    if isinstance(record_or_events, ArticleRecord):
        return list(record_or_events.events)
    if isinstance(record_or_events, Mapping):
        record_or_events = record_or_events.get("events") or []
    return [e if isinstance(e, AirAttack) else attack_from_dict(e) for e in record_or_events]


def _brief_of(record: Any) -> Brief:
    if isinstance(record, ArticleRecord):
        return record.brief
    if isinstance(record, Mapping) and isinstance(record.get("brief"), Mapping):
        b = record["brief"]
        return Brief(headline=b.get("headline", ""), dek=b.get("dek", ""), summary=b.get("summary", ""))
    raise ValueError("no brief given, and the record has none to check")


def attack_from_dict(event: Mapping[str, Any]) -> AirAttack:
    """An AirAttack from its SPEC JSON form (fields the checker does not need may be missing)."""

    def counts(name: str) -> Counts:
        c = event.get(name) or {}
        return Counts(c.get("launched"), c.get("destroyed"), c.get("hit"))

    evidence = tuple(
        Evidence(
            field=e.get("field", ""),
            start=int(e.get("start", 0)),
            end=int(e.get("end", 0)),
            quote=e.get("quote", ""),
            source=e.get("source"),
            hedged=bool(e.get("hedged")),
        )
        for e in event.get("evidence") or []
    )
    return AirAttack(
        date=event.get("date"),
        attacker=event.get("attacker"),
        target_country=event.get("target_country"),
        places=tuple(event.get("places") or ()),
        drones=counts("drones"),
        missiles=counts("missiles"),
        killed=event.get("killed"),
        injured=event.get("injured"),
        damage=tuple(event.get("damage") or ()),
        record=bool(event.get("record")),
        alert_hours=event.get("alert_hours"),
        evidence=evidence,
    )
