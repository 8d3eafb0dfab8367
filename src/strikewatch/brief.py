"""The article's brief: a headline and a dek written from the extracted facts, and a summary of the
article's own sentences chosen for the facts they carry.

How a brief is written:

1. The *main event* is the attack the article reports first; a second event by the other side
   may share the headline ("...; Ukrainian drones hit Belgorod").
2. The headline is data-to-text: a pattern chosen by what the facts are (a death toll that
   rose, a record attack, a deadly strike, an attack that only injured, one fully shot down, a
   strike the other side only claims to have repelled, an attack with no casualties) and filled
   with the event's attacker, weapons, places and the noun the article uses for what was hit.
   An article with no attack gets the main clause of its first sentence.
3. The dek is one sentence of the figures the headline left out (weapons launched and shot
   down, casualties); when there are none, the article's most informative sentence after the
   first.
4. The summary is up to three of the article's sentences, chosen greedily for the event facts
   they add (figures count most), helped by position (none in a live blog, whose newest entry
   comes first) and held back by background, reaction and direct speech, then printed in article
   order. Headings, datelines and time stamps are never chosen; a chosen sentence is quoted
   without its dateline, bracketed asides and who said it (unless a government's claim), and
   whole when the shorter wording would not pass the checker.

Every figure comes from an event field that has evidence; a fact whose evidence is hedged
keeps a hedge ("reportedly", "Russia says"). ``strikewatch.faithful.check_brief`` verifies
both for any brief.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .config import setting
from .faithful import (
    COUNTRY_NAME,
    NATIONALITY,
    Facts,
    check_text,
    read_facts,
    sentence_hedged,
)
from .lexicon.en import REGION_SUFFIX, REGION_SUFFIXES
from .records import AirAttack, ArticleInput, Brief, Evidence
from .spans import Sentence, sentences

_SMALL = "zero one two three four five six seven eight nine".split()

_DRONE_WORD = re.compile(r"\b(?:drones?|UAVs?|Shaheds?|Gerans?|loitering\s+munitions?)\b", re.I)
_MISSILE_WORD = re.compile(r"\b(?:missiles?|Iskanders?|Kinzhals?|Kalibrs?|Kh-\d+s?)\b", re.I)
_BALLISTIC = re.compile(r"\bballistic\b", re.I)
_BOMB_WORD = re.compile(r"\b(?:(?P<kind>guided|glide|aerial|guided\s+aerial)\s+)?bombs?\b", re.I)
_SINGLE_WEAPON = re.compile(
    r"\b(?:a|one|the)\s+(?:Russian\s+|Ukrainian\s+|Iranian\s+|Israeli\s+)?"
    r"(?:(?P<drone>drone)|(?P<missile>(?:ballistic\s+|cruise\s+)?missile))\b(?!s)",
    re.I,
)
_TOLL_ROSE = re.compile(
    r"\b(?:death\s+)?toll\b[^.]{0,120}?\b(?:rose|risen|rises|climbed|increased|reached)\b"
    r"|\bnumber\s+of\s+(?:people\s+)?(?:killed|dead)\b[^.]{0,160}?\b(?:rose|risen|rises|climbed)\b",
    re.I,
)
_WAR_SCALE = re.compile(
    r"\b(?:invasion|of\s+the\s+war|since\s+the\s+(?:start|beginning)\s+of\s+the\s+war)\b", re.I
)
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*[—–-]+\s*")

# Nouns for what an attack hit, in the article's words; a damage quote is matched against these.
_TARGET_NOUN = re.compile(
    r"\b(?:(?:oil\s+|fuel\s+)?refiner(?:y|ies)|oil\s+depot|fuel\s+depot|arms\s+depot|ammunition\s+depot|"
    r"(?:maternity\s+)?hospital|clinic|kindergarten|school|university(?:\s+building)?|church|cathedral|museum|"
    r"(?:apartment|residential)\s+(?:block|building)s?|high-rise|hotel|(?:hardware\s+)?superstore|supermarket|"
    r"hypermarket|shopping\s+(?:centre|center|mall)|market|port(?:\s+facilities)?|grain\s+(?:terminal|warehouse)|"
    r"warehouse|factory|(?:power|thermal\s+power|hydroelectric)\s+plant|energy\s+facilit(?:y|ies)|"
    r"power\s+facilit(?:y|ies)|substation|gas\s+(?:production\s+)?(?:sites?|facilit(?:y|ies))|power\s+lines|"
    r"railway\s+station|train\s+station|bridge|minibus|bus|embassy|consulate|"
    r"(?:government|administration)\s+building|air\s*base|airfield|printing\s+house|boiler\s+house)\b",
    re.I,
)
# Sentences that give background or reactions rather than what happened.
_BACKGROUND = re.compile(
    r"\b(?:since\s+(?:the\s+start|the\s+beginning|then|Russia|\d{4}|February|early)|has\s+been\s+(?:targeted|"
    r"attacked|struck|hit)|have\s+been\s+(?:targeted|attacked|struck|hit)|has\s+become|have\s+become|"
    r"(?:is|are)\s+(?:Soviet-era|known\s+as|one\s+of\s+the)|lies\s+about|\d+\s*km\s+from|in\s+20\d\d|"
    r"was\s+(?:the|its)\s+\w+\s+(?:large-scale\s+)?attack|has\s+(?:repeatedly|regularly|often)|"
    r"(?:called|calls)\s+on|urged|condemn\w*|demanded|asked\s+(?:Western\s+)?(?:partners|allies)|"
    r"described\s+the\s+attack|terror(?:ism|ist)?\b|did\s+not\s+comment|declined\s+to\s+comment|"
    r"had\s+not\s+(?:published|commented)|could\s+not\s+be\s+reached)",
    re.I,
)
_CLAUSE_CUT = re.compile(
    r",\s+(?:but|as|while|after|before|which|who|where|when|with|and)\s+|;\s+|\s+[—–]\s+"
)


@dataclass(frozen=True)
class BriefOptions:
    """Length limits and the weights the summary uses to choose sentences (defaults.toml [brief])."""

    headline_max: int = setting("brief", "headline_max")
    dek_max: int = setting("brief", "dek_max")
    summary_max: int = setting("brief", "summary_max")
    summary_sentences: int = setting("brief", "summary_sentences")
    use_title: bool = setting("brief", "use_title")  # an article with no attack may take its outlet's title
    field_weights: dict[str, float] = setting("brief", "field_weights", dict)
    other_event_weight: float = setting("brief", "other_event_weight")  # a second event's facts count less
    lead_bonus: float = setting("brief", "lead_bonus")  # the first sentence states the story
    position_decay: float = setting("brief", "position_decay")  # bonus lost per sentence further down
    background_penalty: float = setting("brief", "background_penalty")
    live_blog_stamps: int = setting("brief", "live_blog_stamps")  # entries with time stamps: a live blog
    live_blog_rank: int = setting("brief", "live_blog_rank")  # a live blog's sentences all have this rank
    quote_penalty: float = setting("brief", "quote_penalty")  # direct speech tells reactions
    length_penalty: float = setting("brief", "length_penalty")  # per character: of two, keep the shorter
    min_gain: float = setting("brief", "min_gain")  # a sentence must add at least this much to be chosen

    @classmethod
    def from_defaults(cls) -> BriefOptions:
        """The options with every value from the settings ([brief] of defaults.toml and --config)."""
        return cls()


# ------------------------------------------------------------------------------------------- the story


@dataclass(frozen=True)
class Story:
    """What the brief is written from: the article, its sentences and its events in reading order."""

    article: ArticleInput
    sentences: tuple[Sentence, ...]
    events: tuple[AirAttack, ...]
    facts: Facts  # what the article supports: every piece written is checked against it

    def faithful(self, part: str, text: str) -> bool:
        """Whether TEXT states only what the article supports, hedged as the article hedges it."""
        return not check_text(part, text, self.facts)

    def hedged_sentence(self, index: int) -> bool:
        return sentence_hedged([s.text for s in self.sentences], index)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding character OFFSET (the last one that starts before it)."""
        index = 0
        for s in self.sentences:
            if s.start > offset:
                break
            index = s.index
        return index

    def event_sentences(self, event: AirAttack) -> list[int]:
        """Indices of the sentences holding the event's evidence, in article order."""
        return sorted({self.sentence_at(e.start) for e in event.evidence})

    def text_of(self, indices: list[int]) -> str:
        return " ".join(self.sentences[i].text for i in indices)


def _valid(text: str, evidence: Evidence) -> bool:
    return text[evidence.start : evidence.end] == evidence.quote and bool(evidence.quote.strip())


def _evidence(event: AirAttack, name: str) -> list[Evidence]:
    return [e for e in event.evidence if e.field == name]


def _hedged(event: AirAttack, *names: str) -> bool:
    """Whether every piece of evidence for these fields is hedged (and there is some)."""
    items = [e for n in names for e in _evidence(event, n)]
    return bool(items) and all(e.hedged for e in items)


def _claimed_by(event: AirAttack, name: str) -> str | None:
    """The target country when only its side gives the figure (e.g. Russia's defence ministry)."""
    items = _evidence(event, name)
    target = NATIONALITY.get(event.target_country or "", "~")
    country = COUNTRY_NAME.get(event.target_country or "", "~")
    launched = getattr(event, name.split(".")[0]).launched if "." in name else None
    if (
        items
        and launched is None
        and all(e.source and (target in e.source or country in e.source) for e in items)
    ):
        return country
    return None


def _number(n: int) -> str:
    return _SMALL[n] if 0 <= n < 10 else f"{n:,}"


def _plural(n: int | None, word: str) -> str:
    return word if n == 1 else word + "s"


# ------------------------------------------------------------------------------------------ phrases


@dataclass(frozen=True)
class Weapons:
    """Which weapons an event used, as a headline names them."""

    drones: bool
    missiles: bool
    bombs: str | None  # "guided bombs", "glide bombs"
    ballistic: bool  # every missile named is ballistic
    single: bool  # one weapon: "a drone", "a missile"

    def noun(self) -> str:
        """Plural noun phrase: "drones", "missiles and drones", "ballistic missiles", "guided bombs"."""
        missiles = "ballistic missiles" if self.ballistic else "missiles"
        if self.drones and self.missiles:
            return "missiles and drones"
        if self.missiles:
            return missiles
        if self.bombs and not self.drones:
            return self.bombs
        return "drones" if self.drones else "air strikes"

    def modifier(self) -> str:
        """Modifier before "strike": "drone", "missile", "ballistic missile", "guided-bomb"."""
        if self.drones and self.missiles:
            return "missile and drone"
        if self.missiles:
            return "ballistic missile" if self.ballistic else "missile"
        if self.bombs and not self.drones:
            return self.bombs[:-1].replace(" ", "-")
        return "drone" if self.drones else "air"


def weapons_of(story: Story, event: AirAttack) -> Weapons:
    """The weapons an event used, from its counts and the words of its sentences."""
    text = story.text_of(story.event_sentences(event)[:4])
    drones = event.drones != event.drones.__class__() or bool(_DRONE_WORD.search(text))
    missiles = event.missiles != event.missiles.__class__() or bool(_MISSILE_WORD.search(text))
    bomb = _BOMB_WORD.search(text)
    bombs = None
    if bomb:
        kind = (bomb.group("kind") or "guided").split()[0].lower()
        bombs = f"{'glide' if kind == 'glide' else 'guided'} bombs"
    missile_mentions = [m.group() for m in _MISSILE_WORD.finditer(text)]
    ballistic = (
        bool(missile_mentions)
        and bool(_BALLISTIC.search(text))
        and not re.search(r"\bcruise\b|Kalibr|Kh-\d", text, re.I)
    )
    launched = [c for c in (event.drones.launched, event.missiles.launched) if c is not None]
    single_word = (
        _SINGLE_WEAPON.search(story.sentences[story.event_sentences(event)[0]].text)
        if event.evidence
        else None
    )
    single = (sum(launched) == 1) if launched else bool(single_word) and not (drones and missiles)
    if single and single_word:
        drones, missiles = bool(single_word.group("drone")), bool(single_word.group("missile"))
    return Weapons(
        drones=drones,
        missiles=missiles,
        bombs=bombs if not (drones or missiles) else None,
        ballistic=ballistic,
        single=single,
    )


def _place_name(name: str) -> str:
    return REGION_SUFFIX.sub(" region", name)


def lead_places(story: Story, event: AirAttack, limit: int = 3) -> list[str]:
    """The event's places in the order the article names them, cities before their own regions."""
    first_at: dict[str, int] = {}
    for e in event.evidence:
        if e.field == "places" and not e.quote.isupper():  # "KYIV, March 14 —" is a dateline
            for name in event.places:
                if _fold(name).startswith(_fold(e.quote)) or _fold(e.quote).startswith(_fold(name)):
                    first_at.setdefault(name, e.start)
    text = story.article.text
    for name in event.places:
        if name not in first_at:
            hit = re.search(re.escape(REGION_SUFFIX.sub("", name)), text)
            first_at[name] = hit.start() if hit else len(text)
            if hit and text[hit.start() : hit.end()].isupper():
                first_at[name] = len(text)
    ordered = sorted(event.places, key=lambda n: first_at[n])
    cities = [n for n in ordered if not n.endswith(REGION_SUFFIXES)]
    chosen = [n for n in ordered if n in cities or not any(c in n for c in cities)]
    lead = story.sentence_at(min(first_at.values())) if first_at else 0
    in_lead = [n for n in chosen if story.sentence_at(first_at[n]) == lead]
    return (in_lead or chosen)[:limit]


def places_phrase(names: list[str]) -> str:
    """ "Kyiv", "Rivne and Lutsk", "the Kharkiv, Poltava and Odesa regions"."""
    if not names:
        return ""
    if len(names) > 1 and all(n.endswith(REGION_SUFFIXES) for n in names):
        bases = [REGION_SUFFIX.sub("", n) for n in names]
        return f"{', '.join(bases[:-1])} and {bases[-1]} regions"
    shown = [_place_name(n) for n in names]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def target_noun(story: Story, event: AirAttack) -> str | None:
    """What the attack hit, in the article's words ("apartment block", "oil refinery"), if named early."""
    near = story.event_sentences(event)[:2] if event.evidence else []
    sources = [story.sentences[i].text for i in near]
    sources += [e.quote for e in _evidence(event, "damage") if story.sentence_at(e.start) in near]
    for source in sources:
        hit = _TARGET_NOUN.search(source)
        if hit:
            noun = re.sub(r"\s+", " ", hit.group()).lower()
            if re.search(r"\bone\s+of\s+(?:\S+\s+){0,5}$", source[: hit.start()]):
                noun = re.sub(r"ies$", "y", noun)  # "one of the largest oil refineries": one refinery
            return noun
    return None


def _fold(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower().replace("oblast", "").replace("region", ""))


# ----------------------------------------------------------------------------------------- headline


def _kill_clause(event: AirAttack, singular_subject: bool) -> str | None:
    s = "s" if singular_subject else ""
    if event.killed:
        return f"kill{s} {_number(event.killed)}"
    if event.injured:
        return f"injure{s} {_number(event.injured)}"
    return None


def _attack_subject(
    story: Story,
    event: AirAttack,
    weapons: Weapons,
    where: str,
    with_noun: bool = True,
) -> tuple[str, bool]:
    """("Russian missile strike on Dnipro apartment block", True) or ("Russian drones", False)."""
    nat = NATIONALITY.get(event.attacker or "", "")
    noun = target_noun(story, event) if with_noun else None
    single_place = " and " not in where and "," not in where
    place = f"{where} {noun}" if noun and where and single_place and len(noun) < 25 else where
    if weapons.single or not (weapons.drones and weapons.missiles) and (event.killed or event.injured):
        kind = "strike" if weapons.single or weapons.missiles or weapons.bombs else "attack"
        return f"{nat} {weapons.modifier()} {kind} on {place}".strip(), True
    return f"{nat} {weapons.noun()}".strip(), False


def event_headline(story: Story, event: AirAttack, limit: int | None = None) -> str:
    """A headline for one event: the richest wording that fits LIMIT (by default [brief] headline_max),
    chosen by what the facts are."""
    limit = default_options().headline_max if limit is None else limit
    candidates = [c for c in headline_candidates(story, event) if c]
    fitting = [c for c in candidates if len(c) <= limit]
    return fitting[0] if fitting else cut(candidates[-1], limit)


def headline_candidates(story: Story, event: AirAttack) -> list[str]:
    """Headlines for one event from the richest to the plainest; the first pattern that applies wins."""
    weapons = weapons_of(story, event)
    places = lead_places(story, event)
    wheres = [places_phrase(places[:n]) for n in (3, 2, 1) if n <= len(places)] or [""]
    target = COUNTRY_NAME.get(event.target_country or "", "")
    wheres = [w or target for w in wheres]
    country = COUNTRY_NAME.get(event.attacker or "", "")
    nat = NATIONALITY.get(event.attacker or "", "")
    hedge = " reportedly" if _hedged(event, "damage", "killed", "injured", "places") else ""
    noun = target_noun(story, event)
    first = story.sentences[0].text if story.sentences else ""
    claimed = _claimed_by(event, "drones.destroyed")
    if event.record and claimed and event.drones.destroyed and not event.drones.launched:
        head = f"{claimed} says it downed {_number(event.drones.destroyed)} {nat} drones"
        return [f"{head} in largest attack on {w}" for w in wheres] + [head]
    if event.record:
        scale = " of the war" if _WAR_SCALE.search(story.text_of(story.event_sentences(event)[:3])) else ""
        kind = "drone" if weapons.drones and not weapons.missiles else "air"
        if event.killed:
            return [f"{country}'s largest {kind} attack{scale} kills {_number(event.killed)} across {target}"]
        counts = _launch_counts(event, weapons)
        if counts:
            return [f"{country} launches record {counts} at {target}"]
        return [f"{country}{hedge} launches its largest {kind} attack{scale} on {w}" for w in wheres]
    if event.killed and _TOLL_ROSE.search(first):
        out = []
        for w in wheres:
            for with_noun in (True, False):
                subject, _ = _attack_subject(story, event, weapons, w, with_noun)
                out.append(f"Death toll from {subject} rises to {_number(event.killed)}")
        return out
    if _all_downed(event) and not event.killed:
        counts = _launch_counts(event, weapons)
        return [f"{target} downs all {counts} fired at {w}" for w in wheres] + [
            f"{target} downs all {counts}"
        ]
    claimed = _claimed_by(event, "drones.destroyed")
    if (
        claimed
        and event.drones.destroyed
        and not event.killed
        and not event.injured
        and not event.drones.launched
    ):
        return [f"{claimed} says it downed {_number(event.drones.destroyed)} {nat} drones"]
    out = []
    for w in wheres:
        out += _strike_candidates(story, event, weapons, w, noun, hedge)
    return out


def _strike_candidates(
    story: Story, event: AirAttack, weapons: Weapons, where: str, noun: str | None, hedge: str
) -> list[str]:
    nat = NATIONALITY.get(event.attacker or "", "")
    country = COUNTRY_NAME.get(event.attacker or "", "")
    target = COUNTRY_NAME.get(event.target_country or "", "")
    if event.killed:
        subject, singular = _attack_subject(story, event, weapons, where)
        plain, _ = _attack_subject(story, event, weapons, where, with_noun=False)
        clause = _kill_clause(event, singular)
        if singular:
            return [f"{subject}{hedge} {clause}", f"{plain}{hedge} {clause}"]
        out = [f"{subject}{hedge} {clause} in {where}"]
        return ([f"{out[0]}, damage {noun}"] if noun else []) + out
    subject = f"{nat} {weapons.modifier() if weapons.single else weapons.noun()}".strip()
    verb = "hits" if weapons.single else "hit"
    hit = f"{subject}{hedge} {verb} {noun} in {where}" if noun else f"{subject}{hedge} {verb} {where}"
    out = []
    if event.injured:
        out.append(f"{hit}, injuring {_number(event.injured)}")
    counts = _launch_counts(event, weapons)
    if counts and not noun:
        out.append(f"{country} attacks {target or where} with {counts}")
    return out + [hit]


def _all_downed(event: AirAttack) -> bool:
    """Every weapon launched was shot down, and the article gives a launch figure."""
    pairs = [(c.launched, c.destroyed) for c in (event.drones, event.missiles) if c.launched is not None]
    return bool(pairs) and all(launched == destroyed for launched, destroyed in pairs)


def _launch_counts(event: AirAttack, weapons: Weapons | None = None) -> str:
    """ "539 drones and 11 missiles"; "two ballistic missiles" when every missile named is ballistic."""
    missile = "ballistic missile" if weapons and weapons.ballistic else "missile"
    parts = []
    if event.drones.launched:
        parts.append(f"{_number(event.drones.launched)} {_plural(event.drones.launched, 'drone')}")
    if event.missiles.launched:
        parts.append(f"{_number(event.missiles.launched)} {_plural(event.missiles.launched, missile)}")
    return " and ".join(parts)


def short_clause(story: Story, event: AirAttack) -> str:
    """A second event in a few words: "Ukrainian drones hit Belgorod"."""
    where = places_phrase(lead_places(story, event, limit=2))
    nat = NATIONALITY.get(event.attacker or "", "")
    claimed = _claimed_by(event, "drones.destroyed")
    if claimed and event.drones.destroyed and not event.killed:
        return f"{claimed} says it downed {_number(event.drones.destroyed)} {nat} drones"
    weapons = weapons_of(story, event)
    hedge = " reportedly" if _hedged(event, "damage", "killed", "injured", "places") else ""
    clause = _kill_clause(event, False)
    if clause and where:
        return f"{nat} {weapons.noun()}{hedge} {clause} in {where}"
    return f"{nat} {weapons.noun()}{hedge} hit {where}" if where else ""


def write_headline(story: Story, options: BriefOptions) -> str:
    """The headline: from the main event's facts, or the first sentence when there is no attack."""
    if not story.events:
        return text_headline(story, options)
    main = story.events[0]
    candidates = [c for c in headline_candidates(story, main) if c]
    others = [e for e in story.events[1:] if e.attacker != main.attacker and (e.places or e.drones.destroyed)]
    second = short_clause(story, others[0]) if others else ""
    joined = [f"{c}; {second}" for c in candidates if second and ";" not in c]
    for candidate in joined + candidates:
        for wording in (_capital(candidate), _capital(reportedly(candidate))):
            if len(wording) <= options.headline_max and story.faithful("headline", wording):
                return wording
    return text_headline(story, options)


_VERB = re.compile(
    r"\b(?:hit|hits|kill|kills|injure|injures|launches|attacks|downs|rises|set|sets|damage|damages)\b"
)


def reportedly(text: str) -> str:
    """TEXT with its main claim hedged: "X says" becomes "X claims", else "reportedly" before the verb."""
    if " says " in text:
        return text.replace(" says ", " claims ", 1)
    m = _VERB.search(text)
    return f"{text[: m.start()]}reportedly {text[m.start() :]}" if m else text


def _capital(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text[:1].upper() + text[1:]


def text_headline(story: Story, options: BriefOptions) -> str:
    """The outlet's title when allowed, given and faithful, else the main clause of an early sentence."""
    candidates = []
    if options.use_title and story.article.title:
        candidates.append(" ".join(story.article.title.split()))
    for s in story.sentences[:3]:
        candidates.append(main_clause(_DATELINE.sub("", s.text).rstrip("."), options.headline_max))
    for candidate in candidates:
        if candidate and len(candidate) <= options.headline_max and story.faithful("headline", candidate):
            return candidate
    fallback = candidates[1] if len(candidates) > 1 else (candidates[0] if candidates else "")
    return main_clause(fallback, options.headline_max)  # a long title of an article with no text, cut


def main_clause(text: str, limit: int) -> str:
    """TEXT up to its first clause break, when that is long enough to stand alone, else cut to LIMIT
    at a word that can end a headline."""
    text = " ".join(text.split())
    for m in _CLAUSE_CUT.finditer(text):
        if 30 <= m.start() <= limit:
            return text[: m.start()]
    if len(text) <= limit:
        return text
    words = text[: limit + 1].split(" ")[:-1]
    while len(words) > 1 and (words[-1].lower() in _WEAK_END or words[-1].endswith(",")):
        words.pop()
    return " ".join(words)


_WEAK_END = frozenset(
    "a an the of to in on at for from by with and or but that which who as its their his her "
    "is are was were has have had be been than about after before into over".split()
)


def cut(text: str, limit: int) -> str:
    """TEXT cut at a word boundary to at most LIMIT characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return head + "…"


# ---------------------------------------------------------------------------------------------- dek


def figure_clauses(event: AirAttack) -> list[str]:
    """Clauses stating the event's weapon and casualty figures, each hedged like its evidence."""
    clauses = []
    country = COUNTRY_NAME.get(event.attacker or "", "The attacker")
    counts = _launch_counts(event)
    if counts:
        hedge = " reportedly" if _hedged(event, "drones.launched", "missiles.launched") else ""
        clauses.append(f"{country}{hedge} launched {counts}")
    downed = _downed_clause(event, launch_stated=bool(counts))
    if downed:
        clauses.append(downed)
    casualties = _casualty_clause(event)
    if casualties:
        clauses.append(casualties)
    return clauses


def _downed_clause(event: AirAttack, launch_stated: bool) -> str | None:
    """ "747 drones and four missiles were shot down", "all nine missiles were shot down"."""
    parts = []
    for name, counts in (("drone", event.drones), ("missile", event.missiles)):
        if counts.destroyed is None:
            continue
        n, launched = counts.destroyed, counts.launched
        if n == 0:
            parts.append(
                f"no {name}s"
                if not launched
                else f"neither {name}"
                if launched == 2
                else f"none of the {_number(launched)} {name}s"
            )
        elif n == launched and n > 1:
            parts.append(f"all {_number(n)} {name}s")
        elif launched and not launch_stated:
            parts.append(f"{_number(n)} of {_number(launched)} {name}s")
        else:
            parts.append(f"{_number(n)} {_plural(n, name)}")
    if not parts:
        return None
    fields = ("drones.destroyed", "missiles.destroyed")
    claimed = _claimed_by(event, "drones.destroyed") if event.drones.destroyed is not None else None
    if claimed:
        nat = NATIONALITY.get(event.attacker or "", "")
        return f"{claimed} says it downed {' and '.join(parts)}".replace(" drone", f" {nat} drone").replace(
            "  ", " "
        )
    plural = len(parts) > 1 or not re.match(r"(?:neither|one|no\b)", parts[0]) or parts[0].startswith("none")
    verb = "were" if plural and not parts[0].startswith(("neither", "none")) or len(parts) > 1 else "was"
    verb += " reportedly shot down" if _hedged(event, *fields) else " shot down or jammed"
    destroyed_evidence = [e for e in event.evidence if e.field in fields]
    summed = any(sum(e.field == f for e in destroyed_evidence) > 1 for f in fields)
    if not summed and all(_evidence_is_ew_free(e) for e in destroyed_evidence):
        # one figure per weapon, said without jamming words; a sum of parts is usually shot down + jammed
        verb = verb.replace(" or jammed", "")
    return f"{' and '.join(parts)} {verb}"


def _evidence_is_ew_free(evidence: Evidence) -> bool:
    return not re.search(r"locationally|electronic|jamm|suppress|lost", evidence.quote, re.I)


def _casualty_clause(event: AirAttack) -> str | None:
    hedge = " reportedly" if _hedged(event, "killed", "injured") else ""
    k, i = event.killed, event.injured
    if k == 0 and i == 0:
        return "no casualties were reported"
    if k and i:
        return (
            f"{_number(k)} {'person was' if k == 1 else 'people were'}{hedge} killed and {_number(i)} injured"
        )
    if k:
        return f"{_number(k)} {'person was' if k == 1 else 'people were'}{hedge} killed"
    if i:
        return f"{_number(i)} {'person was' if i == 1 else 'people were'}{hedge} injured"
    return None


def write_dek(story: Story, headline: str, summary_choice: list[int], options: BriefOptions) -> str:
    """One sentence of the figures the headline left out, else the best sentence after the first."""
    if story.events:
        main = story.events[0]
        headline_numbers = set(re.findall(r"\b[\w,]+\b", headline.lower()))
        clauses = [
            c
            for c in figure_clauses(main)
            if not _number_words(c) or not all(w in headline_numbers for w in _number_words(c))
        ]
        clauses = [w for w in (first_faithful(story, "dek", (c, reportedly(c))) for c in clauses) if w]
        dek = ""
        for clause in clauses:
            candidate = f"{dek}; {clause}" if dek else clause
            if len(candidate) + 1 > options.dek_max:
                break
            dek = candidate
        if dek:
            return dek[0].upper() + dek[1:] + "."
    rest = [i for i in summary_choice if i > 0] + list(range(1, len(story.sentences)))
    cuts = (sentence_cut(story.sentences[i].text, options.dek_max) for i in rest)
    return first_faithful(story, "dek", cuts) or ""


def first_faithful(story: Story, part: str, wordings) -> str | None:
    """The first of WORDINGS the checker passes."""
    return next((w for w in wordings if w and story.faithful(part, w)), None)


def _number_words(clause: str) -> list[str]:
    return [w for w in re.findall(r"\b[\w,]+\b", clause.lower()) if w[0].isdigit() or w in _SMALL]


def sentence_cut(text: str, limit: int) -> str | None:
    """A sentence cut to LIMIT at a clause break, ending with a full stop; None when it has none."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    for m in reversed(list(_CLAUSE_CUT.finditer(text[:limit]))):
        if m.start() >= limit // 3:
            return text[: m.start()].rstrip(",") + "."
    return None


# ------------------------------------------------------------------------------------------ summary

# What opens a sentence without being part of what it says: a bullet or symbol ("❗", "—"), a
# dateline ("KYIV, March 14 —", "ODESA, Ukraine (AEP) —", "WASHINGTON/BRUSSELS —", "Kyiv, March 14 —")
# or a live blog's time stamp ("13:40 —", "UPD 11:20.").
_SENTENCE_LEAD = re.compile(
    r"^(?:[^\w\"“‘'(]+\s*)?"
    r"(?:[A-Z]{2}[A-Z'.-]*(?:[ /][A-Z]{2}[A-Z'.-]*)*(?:,\s+[^—–.;]{1,40}?)?"
    r"(?:\s*\([^)]{1,30}\))?\s*[—–]+\s*"
    r"|[A-Z][A-Za-z .'-]{1,40},\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*[—–]+\s*"
    r"|(?:UPD\s+)?\d{1,2}[:.]\d{2}\s*(?:[—–-]+|\.)\s*)?"
)
_TIME_STAMP = re.compile(r"^\W{0,3}(?:UPD\s+)?\d{1,2}[:.]\d{2}\b")
# A label before what a sentence says: "Details: The first missile hit ...".
_LABEL = re.compile(r"^[A-Z][a-z]+:\s+(?=[A-Z\"“])")
# A sentence in direct speech: it opens a quotation, or ends one with who said it.
_DIRECT_QUOTE = re.compile(
    r"^[\"“]|[\"”]\s+[^\"“”]{0,80}\b(?:said|says|wrote|added|told)\b[^\"“”]*$|:\s*[\"“]"
)
# An aside in brackets: "(from 19:00 on 12 December)", "(RF)", "(without negative consequences)".
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")
_SAY = r"(?:said|says|reported|wrote|added|announced|told\s+(?:reporters|journalists|[A-Z][\w'-]+))"
# When and where it was said: "on Monday", "on Telegram", "in a statement", "late on Sunday".
_SAID_WHEN = (
    r"(?:\s+(?:(?:late|early)\s+)?(?:on|in|at|via|during)\s+(?:(?:a|an|his|her|its|their|the)\s+)?"
    r"(?:[A-Z][\w'-]*|statement|post|interview|briefing|morning|afternoon|evening|night|(?:Telegram\s+)?channel)"
    r"(?:\s+(?:morning|afternoon|evening|night|channel))?|\s+(?:later|earlier|separately|also|today|yesterday|tonight))*"
)
# Who said it, at the end of a sentence: ", regional governor Oleh Kiper said on Monday.",
# ", the head of the regional administration, Volodymyr Artiukh, said.", ", according to the ministry."
_SAY_TAIL = re.compile(
    r",(?P<q>[\"”’']?)\s+(?P<who>according\s+to\s+[^,;:]{2,80}?"
    rf"|[^,;:\"“”]{{1,70}}?(?:,\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,3}},)?\s+{_SAY}{_SAID_WHEN})"
    r"(?:,\s+citing\s+[^,;:]{2,60}?)?\s*(?P<end>[.!?])$"
)
# Who said it, in the middle: ", the air force said, while three got through".
_SAY_MID = re.compile(
    rf",\s+(?P<who>[^,;:\"“”]{{1,60}}?)\s+(?:said|says|reported){_SAID_WHEN},\s+"
    r"(?:(?P<adding>adding\s+that\s+)|(?=(?:while|along\s+with|and|but|with|as\s+well\s+as)\s))"
)
# Who said it, at the start: "The Ukrainian air force said Russia had launched ...".
_SAY_LEAD = re.compile(
    rf"^(?P<who>[A-Z][^,;:\"“]{{1,70}}?)\s+(?:said|says){_SAID_WHEN}(?:\s+that)?\s+"
    r"(?=(?:the|a|an|no|all|both|some|several|more|about|nearly|at\s+least|[A-Z][a-z]+|\d+)\b)"
)
_NOT_A_SPEAKER = re.compile(r"\d|\b\w+ing\b|\b(?:when|after|as|while|because|which|who|that|and|but)\b", re.I)
# A government's claim is worth its source ("Russia's defence ministry said"): the summary keeps it.
_SIDE = re.compile(r"\b(?:[Mm]inistry|Kremlin|[Gg]eneral\s+[Ss]taff|state\s+media)\b")


def _speaker(who: str) -> bool:
    """Whether WHO reads as the name of a source ("regional governor Oleh Kiper", "the air force") that
    the summary may leave out."""
    words = who.split()
    return (
        0 < len(words) <= 12
        and not _NOT_A_SPEAKER.search(re.sub(r"^according\s+to\s+", "", who))
        and not _SIDE.search(who)
    )


def _is_fragment(text: str) -> bool:
    """A headline, dateline or time stamp rather than a sentence: no full stop, or hardly a clause."""
    text = text.strip()
    lower = re.findall(r"\b[a-z][a-z'-]*\b", text)
    return not re.search(r"[.!?][\"”’')\]]*$", text) or len(text.split()) < 4 or len(lower) < 2


def tidy_sentence(text: str) -> str:
    """A sentence as the summary quotes it: without a dateline or time stamp before it, asides in
    brackets, or who said it, when what is left still reads as a sentence."""
    text = " ".join(text.split())
    out = _SENTENCE_LEAD.sub("", text, count=1)
    out = _LABEL.sub("", out, count=1)
    out = _ASIDE.sub("", out)
    tail = _SAY_TAIL.search(out)
    if tail and _speaker(tail.group("who")) and len(out[: tail.start()].split()) >= 3:
        out = out[: tail.start()].rstrip(",") + tail.group("end") + tail.group("q")
    for mid in reversed(list(_SAY_MID.finditer(out))):
        if _speaker(mid.group("who")) and mid.start() > 0:
            out = out[: mid.start()] + (", and " if mid.group("adding") else ", ") + out[mid.end() :]
    lead = _SAY_LEAD.match(out)
    rest = out[lead.end() :] if lead else ""
    if lead and _speaker(lead.group("who")) and len(rest.split()) >= 5:
        out = rest[0].upper() + rest[1:].replace(", and that ", ", and ", 1)
    if len(out.split()) < 4 or not out[:1].isalnum() and out[:1] not in "\"“‘'":
        return text
    return out


def sentence_facts(story: Story, options: BriefOptions) -> list[dict[tuple[int, str], float]]:
    """For each sentence, the (event, field) facts whose evidence it holds, with their weights. A
    fragment's facts (a live blog's entry heading) go to the sentence after it, which tells them."""
    facts: list[dict[tuple[int, str], float]] = [{} for _ in story.sentences]
    for n, event in enumerate(story.events):
        scale = 1.0 if n == 0 else options.other_event_weight
        for e in event.evidence:
            weight = options.field_weights.get(e.field, 0.5) * scale
            key = (n, e.field if e.field not in ("places", "damage") else f"{e.field}:{e.quote.lower()}")
            facts[story.sentence_at(e.start)][key] = weight
    for i, s in enumerate(story.sentences[:-1]):
        if facts[i] and _is_fragment(s.text) and _TIME_STAMP.match(s.text):
            facts[i + 1] = {**facts[i], **facts[i + 1]}
            facts[i] = {}
    return facts


def _position_bonus(rank: int, options: BriefOptions) -> float:
    """The lead's bonus, fading down the article."""
    return max(0.0, options.lead_bonus - options.position_decay * rank * (1 + rank) / 2)


def sentence_base(
    story: Story, index: int, options: BriefOptions, text: str | None = None, rank: int | None = None
) -> float:
    """What a sentence is worth before its facts: position (RANK among the article's sentences that are
    not fragments), background, length."""
    s = story.sentences[index]
    score = _position_bonus(index if rank is None else rank, options)
    if _BACKGROUND.search(s.text):
        score -= options.background_penalty
    if _DIRECT_QUOTE.search(s.text):
        score -= options.quote_penalty
    return score - options.length_penalty * len(text if text is not None else s.text)


def summary_wordings(story: Story) -> list[str]:
    """Each sentence as the summary would quote it (``tidy_sentence``)."""
    return [tidy_sentence(s.text) for s in story.sentences]


def choose_sentences(story: Story, options: BriefOptions, wordings: list[str] | None = None) -> list[int]:
    """Indices of the summary's sentences, chosen greedily for new facts, in article order."""
    wordings = wordings if wordings is not None else [s.text for s in story.sentences]
    facts = sentence_facts(story, options)
    fragment = [_is_fragment(s.text) for s in story.sentences]
    if all(fragment):
        fragment = [False] * len(fragment)
    ranks, rank = [], 0
    for f in fragment:
        ranks.append(rank)
        rank += not f
    if sum(bool(_TIME_STAMP.match(s.text)) for s in story.sentences) >= options.live_blog_stamps:
        # a live blog: its entries are dated, not ordered by importance, and the newest comes first
        ranks = [options.live_blog_rank] * len(ranks)
    base = [sentence_base(story, i, options, wordings[i], ranks[i]) for i in range(len(story.sentences))]
    refused: set[int] = {i for i, f in enumerate(fragment) if f}
    # refused also holds sentences the checker does not pass (e.g. hedged only by the next one)
    chosen: list[int] = []
    covered: set[tuple[int, str]] = set()
    length = 0
    while len(chosen) < options.summary_sentences:
        best, best_gain = None, options.min_gain
        for i in range(len(story.sentences)):
            if i in chosen or length + len(wordings[i]) + 1 > options.summary_max or i in refused:
                continue
            gain = base[i] + sum(w for k, w in facts[i].items() if k not in covered)
            if gain > best_gain:
                best, best_gain = i, gain
        if best is None:
            break
        if not story.faithful("summary", wordings[best]):
            raw = " ".join(story.sentences[best].text.split())
            if wordings[best] != raw and story.faithful("summary", raw):
                wordings[best] = raw
            else:
                refused.add(best)
                continue
        chosen.append(best)
        covered |= set(facts[best])
        length += len(wordings[best]) + 1
    return sorted(chosen)


def write_summary(
    story: Story, chosen: list[int], options: BriefOptions, wordings: list[str] | None = None
) -> str:
    if not chosen:
        return cut(story.sentences[0].text, options.summary_max) if story.sentences else ""
    wordings = wordings if wordings is not None else [s.text for s in story.sentences]
    return " ".join(" ".join(wordings[i].split()) for i in chosen)


# -------------------------------------------------------------------------------------------- entry


def build_brief(
    article: ArticleInput, events: tuple[AirAttack, ...] = (), *, options: BriefOptions | None = None
) -> Brief:
    """The brief of one article, written from its extracted events and its own sentences.

    An article in another language than English gets a brief in English written from its facts
    alone: no sentence of it is copied, and nothing is translated.
    """
    options = options or default_options()
    # an attacker the article never names (inferred from where the attack was) is left out of the brief
    events = tuple(e if any(x.field == "attacker" for x in e.evidence) else replace(e, attacker=None)
                   for e in events)
    story = Story(article, tuple(sentences(article.text)), tuple(events), read_facts(article, events))
    if article.language not in (None, "en"):
        return fact_brief(story, options)
    wordings = summary_wordings(story)
    chosen = choose_sentences(story, options, wordings)
    headline = write_headline(story, options)
    summary = write_summary(story, chosen, options, wordings)
    dek = write_dek(story, headline, chosen, options)
    return Brief(headline=headline, dek=dek, summary=summary)


_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
NO_ATTACK_HEADLINE = "No aerial attack reported"
NO_ATTACK_DEK = "The article reports no drone or missile attack."


def fact_brief(story: Story, options: BriefOptions) -> Brief:
    """A brief in English from the facts alone, for an article in another language."""
    if not story.events:
        return Brief(headline=NO_ATTACK_HEADLINE, dek=NO_ATTACK_DEK, summary=NO_ATTACK_DEK)
    headline = write_headline(story, options)
    if _CYRILLIC.search(headline):
        candidates = [c for c in headline_candidates(story, story.events[0])
                      if c and len(c) <= options.headline_max]
        headline = first_faithful(story, "headline", candidates) or "Aerial attack reported"
    dek = write_dek(story, headline, [], options)
    if _CYRILLIC.search(dek) or not dek:
        dek = ""
    return Brief(headline=_capital(headline), dek=dek, summary=fact_summary(story, options))


def fact_summary(story: Story, options: BriefOptions) -> str:
    """Up to three sentences of facts: the figures, the places and the figures per weapon model."""
    main = story.events[0]
    candidates = []
    clauses = figure_clauses(main)
    if clauses:
        candidates.append("; ".join(clauses))
    if main.places:
        candidates.append(f"Places struck or targeted: {places_phrase(list(main.places[:6]))}")
    models = [w for w in main.weapons if w.launched is not None or w.destroyed is not None]
    if models:
        parts = []
        for w in models:
            figures = [f"{_number(w.launched)} launched" if w.launched is not None else "",
                       f"{_number(w.destroyed)} destroyed" if w.destroyed is not None else ""]
            parts.append(f"{w.model} {', '.join(f for f in figures if f)}")
        candidates.append("By model: " + "; ".join(parts))
    summary = []
    for candidate in candidates:
        sentence = _capital(candidate) + "."
        if not story.faithful("summary", sentence):
            continue
        if len(" ".join([*summary, sentence])) > options.summary_max:
            break
        summary.append(sentence)
    return " ".join(summary)


def default_options() -> BriefOptions:
    """The options from the settings as they are now ([brief] of defaults.toml and --config)."""
    return BriefOptions()
