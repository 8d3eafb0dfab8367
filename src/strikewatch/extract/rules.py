"""Article -> ArticleRecord: every aerial attack an article reports, each fact with its evidence.

How it reads an article (rules from the evaluation SPEC):

1. ``spans.sentences`` splits the text; each sentence is cut into *segments* at
   every cue that names an attacker ("Russian drones", "Ukraine launched",
   "Ukraine's security service said it had struck"), so one sentence can
   report a Russian attack and a Ukrainian one.
2. Each segment gets a *frame* (attacker, target country): from its cues,
   from the countries of the places it names, or inherited from the sentence
   before. Segments that assert an attack create or extend an event; the
   rest only add facts to the current one.
3. Facts are read by small grammars: weapon counts and their role (launched,
   destroyed, hit; patterns in ``weapons``), casualties with the place they
   belong to (patterns and toll tests in ``casualties``), damage tied to a
   damage verb, record claims, alert durations, dates.
4. Facts are reconciled per event (``figures``): parts are summed, totals win over
   parts, an exact figure wins over a rough one, updated tolls take the highest figure.

Background (habitual) clauses, threats, period totals and comparisons with
earlier records add no facts.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .. import dates, places
from ..config import Setting
from ..gazetteer import area_holds, region_holds, region_of
from ..lexicon import en as lexicon
from ..lexicon.en import COUNTRY_WORDS, FRONT, GROUND, OPPONENT, PLANTED, WATERBORNE
from ..places import PlaceMention
from ..quantities import NUMBER, ROUGH, ordinal, parse
from ..records import AirAttack, ArticleInput, Counts, Evidence
from ..remembered import remembered
from ..spans import ENTRY_STAMP, Sentence, blank, sentences
from . import alerts, figures, roles, told
from .casualties import (
    AERIAL,
    AGE_OF,
    BEFORE_AFTER,
    CASUALTY_RE,
    CASUALTY_VERB,
    COMPARED_SINCE,
    FIGURE_RAISED,
    FIGURE_ROSE,
    FURTHER_STRIKE,
    IN_PLACE,
    KILLED_TOLD,
    MILITARY_VICTIMS,
    OTHER_VICTIMS,
    OWN_ATTACK,
    RISING,
    RUNNING_ON,
    SINCE_RE,
    SUBSET,
    TERRORISTS,
    TOTAL,
    VAGUE_CASUALTY,
    VICTIM,
    VICTIM_ADDED,
    ZERO_BOTH,
    ZERO_INJURED,
    ZERO_KILLED,
    ZERO_OF_ATTACK,
    Victims,
    attackers_forces,
    casualty_field,
    casualty_value,
    elided_parts,
    elided_total,
    local_speaker,
    longer_toll,
    names_a_day,
    other_kind_of_event,
    paired_with_longer,
    parts_follow,
    places_listed,
    superseded,
    told_abroad,
    told_earlier,
    told_in_earlier_year,
    toll_of,
)
from .figures import Fact
from .model import shipped as shipped_model
from .scope import ScopeWords, clock_times, country_words, decide_scope, morning_clock, told_in_daytime
from .weapons import (
    ACTIVE_OBJECT,
    ALL_AFTER,
    ALL_BUT,
    ALL_OBJECT,
    ANY_HEAD,
    ASIDES,
    ATTACK_OF,
    AUX,
    BARE,
    BOTH_ALL,
    BOTH_KINDS,
    COUNT_IN_NOUN,
    DESTROY,
    DESTROY_RIGHT_BEFORE,
    DESTROY_VERB,
    FRACTION,
    FRACTIONS,
    HEAD,
    HIT_BY,
    HIT_PARTS_BEFORE,
    IN_ADDITION,
    ITEM_FATE,
    JOINED_BEFORE,
    LAUNCHED_THEN,
    LIST_GOES_ON,
    LIST_HEAD,
    LIST_ITEM_OPENS,
    LIST_OPENS,
    LIST_TO_SEMICOLON,
    LISTED_AFTER,
    LISTED_BEFORE,
    LONE_DESTROYED,
    LONE_NOT_DESTROYED,
    LONE_STRIKE_VERB,
    MADE_OF_BEFORE,
    NONE,
    NONE_FATE_AFTER,
    NONE_LIST_BETWEEN,
    NONE_OF_BEFORE,
    NONE_PASSED,
    NOT_DESTROYED,
    NOT_QUITE,
    NOT_STOPPED_AFTER,
    NUMBER_PUT,
    OF_THEM_MODELS,
    PAIR_OTHER,
    PART_FATE,
    PART_FATE_AFTER,
    PART_OF_WHOLE,
    PASSED,
    RANGE_BEFORE,
    RATE_BEFORE,
    RESPECTIVELY,
    ROLE_AFTER,
    SHARE_OF_BEFORE,
    SHARED_ROLE_BEFORE,
    SPLIT_CLAUSE,
    SPLIT_OPENS,
    STOPPED_AFTER,
    TALLY_OF_HITS,
    TALLY_PAIR,
    VAGUE_DESTROYED,
    VAGUE_OF_THE_REST,
    WEAPON,
    category,
    destroy_negated,
    electronic,
    names_models,
    role_name,
    role_told_after,
    role_told_before,
    undashed,
)

# --- countries -------------------------------------------------------------------------------------------

# The rules backend's version, stored with every record it makes; raise it when its output changes.
VERSION = "2.9"

ENEMY = "enemy"  # an attacker named only as "the enemy": the side opposite the target
ALL_LAUNCHED = -1  # a count that equals the launched figure: "all of them were shot down"

_COUNTRY = lexicon.COUNTRY_PATTERN
_NAT = lexicon.NATIONALITY_PATTERN

# --- weapons ---------------------------------------------------------------------------------------------
# --- casualties ------------------------------------------------------------------------------------------
# --- damage ----------------------------------------------------------------------------------------------

# One word-start test for all the kinds, so that the search does not try every kind inside every word
_DAMAGE_RE = remembered(r"(?<!non-)\b(?:" + "|".join(rf"(?P<{cat}>(?:{terms})\b)" for cat, terms in lexicon.DAMAGE_TERMS)
                        + ")", re.IGNORECASE)
_DAMAGE_VERB = remembered(
    r"\b(?:hit|hits|hitting|struck|striking|(?:air\s*)?strikes?\s+on|attacks?\s+on|attacked|targeted|targeting|damaged|"
    # a weapon's own impact: "a drone slammed into an apartment building", "crashed into a residential high-rise"
    r"(?:slamm|crash|smash|plough|plow|ramm)(?:ed|ing)\s+(?:into|through)|"
    r"damaging|damage|destroyed|destroying|set\s+fire|setting|caught\s+fire|on\s+fire|ablaze|burned|burnt|burning|"
    r"blaze|fire\s+(?:at|broke\s+out)|fires\s+(?:at|broke\s+out)|destruction\s+of|dropped|crushed|blew\s+out|blown\s+out|blowing\s+out|shattered|shattering|broken|wrecked|wrecking|"
    r"knocked\s+out|tore|torn|collapsed|fell\s+on|fell\s+onto|landed\s+on|exploded|explosions?\s+at|rubble|"
    r"put\s+out\s+of\s+action|disabled|ruined|scorched|engulfed|smoke\s+rose|peppered|facade|"
    # what is left of a thing destroyed: "rescuers dug through the remains of a residential block", "pulled from the
    # ruins of their house", "the wreckage of a shop" (not "the situation remains of concern")
    r"(?:remains|ruins|wreckage)\s+of\s+(?:an?|the|its|their|his|her|one|two|three|several|\d+)\s|in\s+ruins|"
    # rarer words of the same: "a strike flattened a residential building", "apartments were left gutted",
    # "apartment buildings with blown-out windows"
    r"flattened|flattening|razed|gutted|blown-out)\b", re.IGNORECASE)
_OUTAGE_BEFORE = re.compile(r"\b(?:electricity|power|heating|heat|water|gas|supply|outages?|light)\s+(?:\w+\s+){0,3}?"
                            r"(?:to|for|in)\s+(?:[\w,]+\s+){0,3}$", re.I)
# a time of day said with an attack's date ("on Friday afternoon"): the scope stage's own words
# "since July 8 last year, when a missile strike killed 30": the day an earlier attack told after it happened
_SINCE_WHEN = re.compile(r"(?:\s+last\s+year)?,?\s+when\b", re.I)
# "the deadliest strike since January 14, 2023, when …", "… since a July 2024 attack that hit a hospital": after a
# record's "since", the earlier attack it is measured against
_SINCE_RECALLED = re.compile(r"(?<=since)\s+(?:[^.;]{1,40}?,?\s+when\b|(?:an?|the)\s+[^,.;]{0,40}?\b(?:attack|strike|"
                             r"raid|bombardment|barrage)s?\s+(?:that|which|on|in|against)\b)", re.I)
# "the deadliest attack on the city since July, when a rocket killed 12": the clause of the earlier attack a
# comparison names, up to a figure in it
_IN_SINCE_WHEN = re.compile(r"\bsince\s+[^,.;]{1,40}?,?\s+when\b[^.;]*$", re.I)
_MORNING_AFTER = re.compile(r"\s+morning\b", re.I)
_EVENING_AFTER = re.compile(r"\s+evening\b", re.I)
# "early on Friday", "before dawn on Friday", "in the early hours of Friday": a day told by its morning
_MORNING_BEFORE = re.compile(rf"\b(?:early|(?:before|at)\s+{lexicon.DAYBREAK}|early\s+hours)\s+(?:on|of)?\s*$", re.I)
_DAYTIME = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ScopeWords.for_language("en").day_attached
                                          if w != "evening") + r")\b", re.I)
_NOT_TARGET_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$|\b(?:sanctions|pressure|measures|embargo|restrictions|tariffs|case|resolution|"
                                r"war|aggression|claims?|accusations?|support|aid)\b[^.;]*$|"
                                # "the earthquake that struck central Myanmar": ground a disaster struck
                                rf"\b(?:{lexicon.NATURAL_DISASTERS})\b[^.;,]*$|"
                                # "two flew back towards Russian territory", "strayed into Belarusian airspace"
                                r"\b(?:flew|flying|returned|returning|headed|heading|strayed|crossed|veered|turned)\s+"
                                r"(?:back\s+)?(?:towards?|into|to|over)\s+(?:the\s+)?$", re.I)
_CLOSURE = re.compile(r"(?:\b(?:clos\w*|shut(?:ting)?|suspend\w*|restrict\w*|halt\w*|reopen\w*|forcing|"
                      r"flights?\s+(?:at|from|to))\s+(?:\w+\s+){0,3}$)|"
                      r"(?:^\s*(?:\w+\s+){0,2}?(?:(?:was|were|had\s+been|has|have)\s+)?(?:closed|shut|suspended|stopped|restricted|"
                      r"restrictions|halted|reopened|operated\s+normally|to\s+divert)\b)", re.I)
_AIMED = re.compile(r"targeted|targeting|attacks?\s+on", re.I)
# a list of what was damaged: "The damage listed by the city included…", "the list of damage: — …"
_DAMAGE_LIST = re.compile(r"\bdamage\s+(?:list|listed|included|includes|report)\b[^.]{0,40}?(?:included|includes|:)"
                          r"[^.]*$|\blist\s+of\s+(?:the\s+)?damage\b[^.]*$", re.I)
# "exploded near a clinic, blowing out its windows": what the weapon fell near was damaged all the same
_DAMAGE_BACK = re.compile(r"^(?:\s+[\w'’-]+){0,5}?\s*,\s*(?:blowing|wrecking|damaging|destroying|shattering|smashing|"
                          r"setting|tearing|collapsing)\b", re.I)
_RELATIVE = re.compile(r",\s*which\b[^,]*(?:,|$)")
_MILITARY = re.compile(r"\b(?:military|air\s*base|airbase|airfield|arms\s+depot|ammunition|munitions?\s+depot|barracks|"
                       r"command\s+post|army|bombers?|aircraft|positions?|enrichment|nuclear\s+(?:sites?|facilit\w+))\b",
                       re.I)

_YEAR = r"(?:19|20)\d\d"  # a year of the calendar: "1991", "2024"
# early, late or mid in a month: "early March", "mid-July"
_PART_OF_MONTH = r"(?:(?i:early|late|mid-?)\s*)?"

# --- whole-sentence cues ---------------------------------------------------------------------------------

# the superlatives of size a record is claimed by ("the largest", "the most massive")
_LARGEST = r"(?:largest|biggest|most\s+massive|heaviest)"
_RECORD = remembered(
    rf"\b(?:(?:the\s+|its\s+|their\s+|this\s+year's\s+)?(?<!-){lexicon.SUPERLATIVE}"
    r"\b[^.;,]{0,90}?\b(?:since\b|"
    r"of\s+the\s+(?:full-scale\s+)?war|ever|to\s+date|so\s+far|in\s+history|on\s+record|"
    rf"of\s+the\s+invasion|{lexicon.RECORD_SPAN}|"
    # a war's or a campaign's own yardstick: "the deadliest day since the end of the 1975-90 civil war", "since the
    # 2006 war", "since the group began firing", "in decades", "the deadliest attack of Washington's month-long
    # campaign", "of the conflict"
    r"in\s+decades|of\s+(?:the\s+|this\s+)?conflict\b|of\s+(?:[\w'’-]+\s+){0,3}?campaign\b|"
    # "the heaviest blow yet", "the largest number in a single attack", "for a single night"
    r"yet\b|(?:in|for)\s+a\s+single\s+(?:attack|night|day|strike|raid|wave|barrage)\b)|"
    # "more than Russia has ever launched in one day" (not "more than ever before")
    r"\bmore\s+than\s+(?:[\w'’-]+\s+){1,4}?(?:has|had|have)\s+ever\b|"
    # "the largest drone attack on the capital", "the deadliest strike on the city": a record of attacks on one place
    rf"\b(?:the\s+)?{lexicon.SUPERLATIVE}\s+(?:[\w-]+\s+){{0,3}}?(?:attack|assault|barrage|"
    r"bombardment|raid|strike)\s+(?:on|against)\b|a\s+(?:new\s+)?record(?:\s+number|\s+\d[\d,]*|-breaking|\s+high)?(?![\w-])|"
    # (the word itself: not "a recorded address", "record-keeping", "record highs" of prices)
    r"record[-\s](?:breaking|number|high)(?![\w-])|"
    # "The peak so far came on the night of 9 July, when", "The record so far was set on 7 September"
    r"the\s+(?:peak|record)\s+(?:so\s+far|to\s+date|of\s+the\s+(?:full-scale\s+)?war)\b)", re.IGNORECASE)
# The time of day a strike is told at, in a sentence with no date: midday, broad daylight, the afternoon, or a
# clock time of the day (``scope.told_in_daytime``: drones of the night's wave still fly at nine); and the
# night's words
_DAY_TOLD = re.compile(r"\b(?:midday|noon|lunchtime)\b|\bin\s+broad\s+daylight\b|\b(?:in\s+the|this)\s+afternoon\b|"
                       r"\b(?:late-morning|mid-morning|daytime|afternoon)\s+(?:attack|strike|raid|barrage)", re.I)
# "More than 500 people have been killed in Lebanon, most of them fighters": a count in the perfect over a whole
# country, with no attack of its own in its sentence, is the war's toll so far
_COUNTRY_TOLD = re.compile(rf"\s+(?:in|inside)\s+(?:{_COUNTRY})\b(?!['’]s)")
# how many sentences back "30 others were wounded" may reach for the figure it counts besides
_OTHERS_REACH = 2
# a sentence that ends on a week or a month ("... throughout the past week", "... all month long"): the toll
# told right after it, with no date of its own, is that period's
_WEEK_TOLD = re.compile(r"\b(?:throughout|over|during)\s+the\s+(?:past\s+|last\s+|whole\s+)?(?:week|month)\W*$|"
                        r"\ball\s+(?:week|month)(?:\s+long)?\W*$", re.I)
_HEADLINE_CHARS = 100  # the longest line read as an entry's headline
# "UPDATE, May 5:", "Updated, Monday May 5, 10:40 p.m.:", "UPDATE, Saturday, July 20:", "UPDATE, July 20, 22:10 -": a
# paragraph added after the report was stamped, told as of its own day
_UPDATE = re.compile(r"(?<![^\n])[ \t]*\**(?:UPDATED?|Updated?)\**\s*[,:]\s*(?P<when>(?:[^:\n]|:(?=\d)){3,60}?)"
                     r"\s*(?::|\s[-–—])\s", re.MULTILINE)
_ENTRY_LAG_MINUTES = 30  # how much later than a liveblog's time stamp its last entry may be stamped
_NIGHT_TOLD = remembered(r"\b(?:overnight|during\s+the\s+night|in\s+the\s+night|at\s+night|early\s+hours|"
                         r"before\s+dawn|for\s+the\s+night|last\s+night|night's)\b", re.I)
# "Separately, the Air Force said that overnight Russia had launched five drones": the night's wave told apart
# from the strike just told
_SEPARATE = re.compile(r"^\W*Separately\b[^.;]*?\b(?:overnight|during\s+the\s+night|at\s+night|in\s+the\s+night)\b",
                       re.I)
# "In a separate attack on Sunday afternoon, a guided bomb hit a village", "later on Wednesday, in a separate
# daytime attack": a strike the article tells apart from the one just told, at its own time of day (not "in a
# separate statement", nor "a separate strike hit the substation" in the same wave, which is one attack)
_SEPARATE_ATTACK = re.compile(r"\b(?:a|another)\s+separate\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air\s*strikes?|"
                              r"airstrikes?|raids?|bombings?|barrages?|waves?)\b", re.I)
# "Later that evening, three more Kinzhals were fired": more weapons at a later time of the day told, a strike of its
# own (not "another 27 drones were lost", the same wave's count going on)
_LATER_MORE = re.compile(r"^\W*Later\s+(?:that|the\s+same)\s+(?:evening|afternoon|night|day)\b[^.;]*?\b(?:more|another)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:\w+\s+)?(?:were|was)\s+(?:fired|launched)\b", re.I)
# ... at its own time of day: the scope stage's words for the day and the morning, or a night
_TIME_OF_DAY = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in (*ScopeWords.for_language("en").day_attached,
                                                                       *ScopeWords.for_language("en").morning_attached))
                          + rf")\b|{_NIGHT_TOLD.pattern}", re.I)
_WARNING = re.compile(r"\b(?:sirens?|alerts?|alarms?|explosions?|blasts?)\b", re.I)
_STRIKE_VERB = re.compile(r"\b(?:struck|hit|dropped|fired|launched|attacked|targeted|slammed|used|sent|"
                          r"set\s+(?:fire|ablaze))\b", re.I)
_MONTH = "(?:" + "|".join(m.capitalize() for m in dates.MONTHS) + ")"  # the dates module's month names
# An earlier month or year named before the attack verb: "In June 2022, a Russian missile strike ... killed"
_EARLIER = re.compile(rf"^[^.;]{{0,60}}?\b(?:(?i:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>{_MONTH})\s+)?"
                      rf"(?P<year>{_YEAR})\b|(?i:last)\s+(?P<last>{_MONTH}|year|summer|winter|spring|autumn)\b|"
                      rf"^\W*(?i:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?P<alone>{_MONTH})(?:,|\s+(?=(?i:an?|the)\s)))")
# "the deadliest since late July, when a rocket killed 12", "revived memories of September 2019, when drones
# struck the plant": the strike told after "when" is recalled by its month
_SINCE_MONTH_WHEN = re.compile(rf"\b(?:since|of)\s+{_PART_OF_MONTH}(?P<month>(?-i:{_MONTH}))(?:\s+(?P<year>{_YEAR}))?"
                               r"(?:\s+last\s+year)?,?\s+when\b", re.I)
# "an August strike in Sanaa that killed ...", "a strike on the depot in early March killed ...": a month said of one
# strike, with no day, dates it to that month
_STRIKE_MONTH = re.compile(rf"\b(?:an?|the|its|their)\s+{_PART_OF_MONTH}(?P<before>(?-i:{_MONTH}))"
                           rf"(?:\s+(?P<year>{_YEAR}))?\s+(?:[\w-]+\s+)?"
                           rf"(?:strike|air\s*strike|airstrike|attack|raid|bombing|barrage|assault)\b(?!-)|"
                           rf"\b(?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}?(?:strike|air\s*strike|airstrike|attack|raid|bombing)\b"
                           rf"(?!-)[^,.;]{{0,40}}?\b(?i:in)\s+{_PART_OF_MONTH}(?P<after>(?-i:{_MONTH}))\b(?!\s+\d)",
                           re.I)
# "a missile struck a playground in Jaffa in December, wounding 16", "a market in Togoga was bombed in June of that
# year", "a strike on a market in Kabkabiya, ..., which killed more than 100 people in December": a month said after
# the verb of one strike's harm dates that strike, recalled (a clause that counts weapons is a month's total instead:
# ``_COUNTED``; one that measures against it is a yardstick: ``_COMPARISON``)
_MONTH_AFTER_HARM = re.compile(
    r"\b(?:(?P<strike>struck|hit|bombed|slammed\s+into|crashed\s+into|set\s+fire\s+to)|killed|wounded|injured)\b"
    rf"[^.;:]{{0,80}}?\b(?i:in)\s+{_PART_OF_MONTH}(?P<after>(?-i:{_MONTH}))"
    rf"(?:\s+(?P<year>{_YEAR})|\s+(?P<last>last\s+year)|\s+of\s+(?:that|the\s+same)\s+year)?\b(?!\s*\d)", re.I)
# ... told with whom it killed or wounded (a strike recalled by its month alone is no event: "the zone was struck in
# April"), and not a span the month opens ("killed by hostile fire since the war began in October")
_TOLL_WORD = re.compile(r"\b(?:kill|wound|injur)(?:ed|ing)\b", re.I)
_SPAN_OPENED = re.compile(r"\b(?:since|began|begun|started|broke\s+out)\b", re.I)
# "In May, a military air strike on a school killed 20": a month heading one strike dates it, and is no period's total
_MONTH_HEAD = re.compile(rf"(?i:in|during|throughout)\s+{_MONTH}")
_MONTH_DAY_AFTER = re.compile(rf"\bon\s+(?:the\s+night\s+of\s+)?(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}(?:[-–]\d{{1,2}})?\s+{_MONTH})")
_PAST_YEAR_AFTER = re.compile(rf"\s+(?:last\s+year|(?:of\s+)?{_YEAR})\b", re.I)
_COUNTED = re.compile(rf"\b(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{ANY_HEAD})", re.I)
# "another six drones were shot down before dawn", "a further 12 drones": a count of the wave being told going on
_COUNT_GOES_ON = re.compile(rf"\b(?:another|a\s+further)\s+(?:{NUMBER})\b", re.I)
# a launch counted: "Russia sent another 130 drones", "launching 119 attack drones"
_LAUNCH_COUNTED = re.compile(rf"\b(?:launch(?:ed|ing)?|sen[dt](?:ing)?|fir(?:ed|ing))\s+(?:[\w-]+\s+){{0,3}}?"
                             rf"(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{ANY_HEAD})", re.I)
# a year's count: "Russia launched 10,970 Shahed-type attack drones and decoys in 2024" (not "in 2024, when …")
_A_YEAR = re.compile(rf"\b{_YEAR}\b")  # (a year named at all: the test of a year's count is the dearer one)
_YEAR_TOTAL = re.compile(rf"\b(?:{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:{ANY_HEAD})\b[^.;,]{{0,60}}?\b(?:in|during|throughout)\s+"
                         rf"{_YEAR}\b(?!\s*[-–/]\d)(?!,?\s+when\b)", re.I)
# a count over a span of days: "Iran had fired about 270 ballistic missiles since Friday", "some 550 ballistic missiles
# and 1,000 drones at Israel in twelve days", "2,100 drones ... since Monday" (SPEC: a total over a period is no
# event's; not "shot down 37 drones since Sunday evening", the night told); the span's word is looked for first
_SPAN_WORD = re.compile(r"\b(?:since|days|weeks|nights)\b", re.I)
_WEEKDAY = "|".join(dates.WEEKDAYS)
_SPAN_TOTAL = re.compile(rf"\b(?:{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:{ANY_HEAD})\b[^.;]{{0,80}}?\b(?:since\s+(?:last\s+)?"
                         rf"(?:{_WEEKDAY})(?!\s+(?:evening|night|morning|afternoon))|"
                         r"in\s+(?:the\s+(?:past|last)\s+)?(?:[\w-]+\s+)?(?:days|weeks|nights)|"
                         r"over\s+(?:the\s+)?(?:past|last)\s+(?:[\w-]+\s+)?(?:days|weeks|nights))\b", re.I)
# ... and a count since a night before the last: "Iran had fired about 270 ballistic missiles since Friday night", said
# on Sunday, counts two nights and the day between (not "shot down 37 drones since Sunday evening", said on Monday:
# the night told); also a total said before its figure ("put the total fired since Friday at roughly 270")
_SINCE_NIGHT_TOTAL = re.compile(rf"(?:\b(?:{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:{ANY_HEAD})\b|\btotal\b)[^.;]{{0,80}}?"
                                rf"\bsince\s+(?:last\s+)?(?P<day>{_WEEKDAY})(?P<part>\s+(?:evening|night|morning|afternoon))?\b",
                                re.I)


@functools.lru_cache(maxsize=1024)  # asked for each sentence by the segmenter and again by the reader
def _nights_listed(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each count of a list of nights told in one sentence begins: "the numbers dropped: 101 drones on the
    night to Sunday, 149 drones to Monday", "97 drones on the night into Tuesday, of which 63 were shot down, and
    71 on the night into Wednesday". Each count names its weapons or, after the first, is followed by its day
    alone ("and 71 on the night into Wednesday"); two counts or more, of two days or more (not "40 drones on
    Sunday and 12 killed on Sunday", one day's). Then where each count of weapons after the list begins that
    names no day of its own (", then 125 and 129 drones on the two nights that followed"): nights the list goes
    on with, none of them the last one named."""
    found, named = [], False
    for m in _COUNT_OF_ITS_DAY.finditer(sentence):
        weapons = bool(re.search(rf"\b(?:{ANY_HEAD})", m.group("head"), re.I))
        if weapons or named and not m.group("head").strip():
            found.append(m)
            named = named or weapons
    days = {re.sub(r"\s+", " ", m.group("day").lower()) for m in found}
    if len(found) < 2 or len(days) < len(found) or not named \
            or _MEASURED.search(sentence, found[0].start(), found[-1].start()):
        return (), ()  # (nor "310 drones on Sunday, up from 87 on Saturday": a comparison of magnitude)
    after = tuple(m.start() for m in _LIST_GOES_ON.finditer(sentence, found[-1].end()))
    return tuple(m.start("count") for m in found), after


def _since_nights_before(clause: str, published: date | None) -> bool:
    """Whether a count in ``clause`` runs since a day at least two days before ``published`` (or since a weekday
    named with no part of it, a span whenever said)."""
    for m in _SINCE_NIGHT_TOTAL.finditer(clause):
        if not m.group("part"):
            return True
        if published is not None and (published.weekday() - dates.WEEKDAYS.index(m.group("day").lower())) % 7 >= 2:
            return True
    return False


# "across Monday night, Tuesday and Tuesday night, Russia had launched more than 1,000 drones": the weapons of several
# nights and days named in a list, added into one count, tell no one attack's
_DAY_PART = rf"(?:{_WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?"
_DAYS_LISTED = re.compile(rf"\b(?:across|over|during|throughout)\s+{_DAY_PART}(?:,\s+{_DAY_PART})*,?\s+and\s+{_DAY_PART}\b"
                          rf"[^.;]{{0,80}}?\b(?:{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:{ANY_HEAD})\b", re.I)
# "101 drones on the night to Sunday, 149 drones plus 11 missiles to Monday", "97 drones on the night into Tuesday, ...,
# and 71 on the night into Wednesday": counts each told with a night or day of its own, several nights in one sentence
_OWN_DAY = (rf"(?:on\s+(?:the\s+night\s+(?:to|into|before|of)\s+)?|(?:to|into)\s+)(?:(?:{_WEEKDAY})\b|"
            rf"(?-i:{_MONTH})\s+\d{{1,2}}\b|\d{{1,2}}\s+(?-i:{_MONTH})\b)")
_COUNT_OF_ITS_DAY = re.compile(rf"(?<![\w-])(?P<count>{NUMBER})(?P<head>[^,;:.]{{0,60}}?)\s(?P<day>{_OWN_DAY})", re.I)
# "On the night to Thursday, ...", "And on the night before Saturday, ...": a sentence opened by the night named by the
# day it ended on
_NIGHT_TO_OPENS = re.compile(r"\W*(?:(?:and|but|then)\s+)?on\s+the\s+night\s+(?:to|into|before)\s+", re.I)
_MEASURED = re.compile(r"\b(?:than|compared|up\s+from|down\s+from|against|versus|vs|surpass\w*|exceed\w*|record)\b",
                       re.I)
_LIST_GOES_ON = re.compile(rf"(?<=,\s)(?:(?:and|then)\s+)?(?={NUMBER}\s+(?:and\s+{NUMBER}\s+)?(?:[\w-]+\s+){{0,2}}?"
                           rf"(?:{ANY_HEAD}))", re.I)
_ONE_STRIKE = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:strike|air\s*strike|airstrike|attack|raid|bombing)\s+"
                         r"(?:on|in|at|against|that|which|killed|hit)\b|"
                         # ... or one weapon striking: "In March, a guided bomb hit a hypermarket, killing 19"
                         r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:bomb|missile|drone|rocket)\s+(?:(?:that|which)\s+[^,.;]{1,60}?\s+)?"
                         r"(?:hit|struck|slammed|smashed|crashed|tore|ripped|killed|exploded)\b", re.IGNORECASE)
# a second dated strike joined to a sentence: ", and on August 30, a guided bomb struck ..."
_DATED_CLAUSE = re.compile(rf"[,;]\s+(?:and\s+|while\s+)?(?P<on>on\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\b)"
                           rf"(?P<told>[^,;]*,?[^,;]*)")
# "; on 11 April a strike destroyed the thermal plant": an attack named as the subject of a verb of harm
_ATTACK_NOUN_VERB = re.compile(r"\b(?:strikes?|air\s*strikes?|airstrikes?|attacks?|raids?|bombs?|missiles?|drones?|rockets?)"
                               r"\s+(?:\w+\s+)?(?:destroyed|damaged|killed|wounded|injured|struck|hit|set)\b", re.I)
# "Drones have struck the city repeatedly; in January, an attack on the hospital killed 70": a clause after a semicolon
# opened by a month of its own tells its own strike (and is no background the clause before it is); so does one
# joined by "and" ("In May, drones hit two pumping stations, and in August a drone attack set fire to the plant")
_MONTH_CLAUSE = re.compile(rf"(?:;|,\s+and)\s+(?P<on>(?i:in)\s+{_PART_OF_MONTH}{_MONTH}(?:\s+{_YEAR})?"
                           r"(?:,|\s+(?=(?i:an?|the)\s)))(?P<told>[^;]*)")
# a record of something other than an attack: named in the claim ("the largest swap of the war"), or rising to it
# ("petrol prices on the exchange climbed to a record")
_OTHER_RECORD = re.compile(lexicon.OTHER_RECORDS, re.I)
_OTHER_RISE = re.compile(rf"{lexicon.OTHER_RECORDS}(?:\s+[\w'’.-]+){{0,8}}?\s+(?:hit|hits|reached|(?:climbed|rose|jumped|"
                         r"soared|surged|fell|dropped)\s+to|stood\s+at|at)\s+$", re.I)
# one record among several: "one of the largest", "some of the heaviest raids", "among the biggest", "the
# second-heaviest", "the third largest"; and a record denied: "it was not the largest attack of the war"
_ONE_OF = re.compile(r"\b(?:one|some)\s+of\s+(?:the\s+|its\s+|their\s+)?$|\bamong\s+(?:the\s+|its\s+|their\s+)?$|"
                     r"\b(?:second|third|fourth|fifth)[-\s]$|\b(?:not|never|nor)\s+(?:(?:yet|even|quite)\s+)?$", re.I)
_COMPARISON = remembered(
    r"\b(?:(?:previous|earlier|former|old|last)\s+record\s+of|surpassing|exceeding|beating|topping|breaking|"
    r"compared\s+with|up\s+from|down\s+from|"
    # "two weeks after a record attack of 728 drones": an earlier attack told by its size, as a yardstick
    r"(?:days?|weeks?|months?|nights?)\s+(?:after|since)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attack|barrage|strike|raid|assault|onslaught|salvo|wave)s?\s+(?:of|with|involving))\b[^,.;]*", re.IGNORECASE)
# "eclipsed a record set less than a week earlier, when Russia sent 550 drones": what follows the record word
# tells the attack the record is measured against, no attack of its own
_BENCHMARK = remembered(r"\b(?:eclips|surpass|exceed|outstripp?|overt[oa]k|topp|br[oe]k|beat)\w*\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:record|peak|previous\s+(?:largest|biggest|heaviest))\b|"
                        # "modest compared with the attack on the night of June 16-17, when Russia launched 440"
                        r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to))\s+(?:the|that|an?)\s+"
                        r"(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|barrage|assault|raid|night)\b", re.IGNORECASE)
# "The previous single-night high was 728 drones, on 9 July": the attack a record is measured against, named
# by the record it held rather than by the verb that broke it
_PREVIOUS_BEST = remembered(r"\b(?:previous|prior|earlier|former)\s+(?:single[- ]night\s+|one[- ]night\s+|nightly\s+)?"
                            r"(?:record|high|peak|largest|biggest|heaviest|highest|maximum|"
                            r"most\s+(?:massive|powerful|intense|extensive))\b", re.IGNORECASE)
# "The attack came ten days after the strike of April 15-16, when ...", "The attack followed the overnight strike of
# October 30, when ...": the attack told is measured against an earlier one, told on after "when"
_FOLLOWED_STRIKE = re.compile(r"\b(?:came|comes|followed|follows)(?:\s+(?:[\w-]+\s+){0,3}?after)?(?=\s+(?:the|an?)\s+"
                              rf"(?:[\w-]+\s+){{0,2}}?{lexicon.ATTACK_NOUN}\s+(?:of|on)\s+"
                              r"[^,;.]{3,40}?,\s+when\b)", re.IGNORECASE)
# "The attack comes three weeks after Russia sent a record 728 drones against Ukraine": an earlier attack told by the
# record it set, as a yardstick for the one told
# ... or by the record claimed for it: "four days after what Kyiv called the biggest air attack of the war", "one
# week after Russia's largest missile barrage"
_AFTER_RECORD = re.compile(r"\b(?:days?|weeks?|months?|nights?)\s+after(?=\s+(?:[\w'’-]+\s+){0,5}?(?:a|the|its|their|"
                           rf"[\w-]+['’]s)\s+(?:then[- ])?(?:record|{_LARGEST})\b)",
                           re.IGNORECASE)
# "On May 25, Russia launched 298 drones, then the largest package": an earlier attack told by the size it then held,
# in an appositive (not "then a record 40 ballistic missiles", a "then" of what came next)
_THEN_LARGEST = re.compile(rf",\s+(?:then|at\s+the\s+time)\s+(?:the|a)\s+(?:{_LARGEST}|record)\b(?!\s+(?:of\s+)?\d)",
                           re.IGNORECASE)
# a sentence that goes on telling the time the one before it named: "On that night, a woman was killed"
_THAT_TIME = re.compile(r"\W*(?:on\s+|during\s+)?that\s+(?:night|day|morning|evening|attack)\b|\W*then\b", re.I)
# an attack named by its calendar day, the noun bound to the date: "the strike on March 22", "the attack of 1 June"
# (before the date) and "The November 19 attack", "the 22 March missile strike" (after it)
# a weapon noun that only qualifies the attack noun after it: "a drone swarm", "a missile barrage"
_NAMES_AN_ATTACK_AFTER = re.compile(rf"\s+{lexicon.ATTACK_NOUN}s?\b", re.I)
_ATTACK_OF_DAY_BEFORE = re.compile(rf"\b{lexicon.ATTACK_NOUN}s?\s+(?:on|of)\s+(?:the\s+night\s+of\s+)?$", re.I)
_ATTACK_OF_DAY_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{lexicon.ATTACK_NOUN}s?\b", re.I)
# ... with its toll told just before its name: "20 people died in an April 4 strike on Kryvyi Rih", "seven officers
# killed in the 1 April strike": the dead of that day's attack, an attack told in its own right
_TOLL_BEFORE_DAY = re.compile(rf"(?:{CASUALTY_VERB.pattern})\s+(?:in|by|during)\s+(?:an?|the)\s+$", re.I)
# an attack named as the measure of another: "the deadliest since the June 17 attack", "larger than the 9 July one"
_MEASURED_AGAINST = re.compile(r"\b(?:since|than|surpassing|exceeding|topping|beating|eclipsing|overtaking)\s+(?:the\s+)?$",
                               re.I)
# a night said beside a date: "on Sunday night", "overnight on 17 November", "late on Sunday", "into Monday"
_NIGHT_NEAR = re.compile(r"\b(?:night|overnight|evening|late|early\s+hours|into|until|dawn)\b", re.I)
_BACKGROUND = remembered(
    r"\b(?:has|have)\s+been\s+(?:\w+\s+){0,3}?(?:attacked|struck|hit|targeted|shelled|damaged|bombed)\b[^.;]*"
    r"\b(?:since|regularly|repeatedly|several\s+times|many\s+times|often|frequently|throughout)\b|"
    r"\b(?:regularly|repeatedly|routinely|frequently|often|near-daily|almost\s+daily|daily|every\s+(?:night|day|week)|"
    r"comes\s+under\s+(?:\w+\s+)?(?:attack|fire)|(?:come|came)\s+under\s+frequent|"
    r"throughout\s+the\s+war|frequent\s+target|several\s+times\s+since|on\s+average|per\s+(?:night|day|week|month)|"
    r"regular\s+(?:\w+\s+){0,3}?attacks|repeated\s+(?:[\w-]+\s+){0,3}?(?:strikes|attacks|raids)(?![^.;]*\bincluding\b)|"
    r"on\s+most\s+(?:nights|days)|lies|is\s+located|sits)\b|"
    # an archive photo's caption ("FILE - The cargo ship, listing after a missile attack, is seen ...")
    r"^\s*(?-i:FILE)(?:\s+PHOTO)?\s*[-–—:]",
    re.IGNORECASE)
# the nouns of a war or a disaster, whose clause may tell a toll of their own (read from the parse)
_WAR_OR_DISASTER = re.compile(rf"\b(?:{'|'.join(sorted(lexicon.LONG_WAR_NOUNS))}|{lexicon.NATURAL_DISASTERS})s?\b", re.I)
# "the March 28 earthquake that killed more than 3,700 people": a disaster's toll, no attack's
_DISASTER_TOLL = remembered(rf"\b(?:{lexicon.NATURAL_DISASTERS})\s+(?:that\s+|which\s+)?(?:had\s+|has\s+)?(?:killed|left|claimed|"
                            r"injured)\b", re.IGNORECASE)
# Fragments of the running-count patterns below: "have launched", "has been killed"; a superlative that makes a
# "since" a comparison ("the deadliest attack since the war began"); a "since" that names a time, not a span
_HAVE_COUNTED = r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?(?:been\s+)?(?:launched|fired|sent|killed|wounded|injured)\b"
_SUPERLATIVE = r"(?:largest|biggest|deadliest|heaviest|worst|first|most|highest|fiercest|bloodiest)"
# (nor "since the early hours of Tuesday", "since dawn": an hour of the attack's own day)
_NOT_A_TIME = (r"(?!\d{1,2}[:.]\d|(?:last\s+)?(?:night|evening|midnight)\b|(?:early\s+)?this\s+morning\b|"
               rf"(?:the\s+)?early\s+(?:hours|morning)\b|{lexicon.DAYBREAK}\b)")
_PERIOD = remembered(
    r"\b(?:(?:over|during|in|throughout|for|across)\s+(?:each\s+of\s+)?(?:the\s+)?(?:this|last|past|previous|first)\s+(?:\w+\s+)?"
    r"(?:week|month|year|days|weeks|months)|"
    # "Over the same week, the ministry claimed more than 1,000 drones downed": the span of a count told before
    r"(?:over|during|in|across|throughout)\s+the\s+same\s+(?:week|month|period|fortnight|\w+\s+days)\b|"
    # "This week Russia launched more than 1,300 drones": the week so far, opening the clause
    r"^\W*(?:so\s+far\s+)?this\s+(?:week|month)\b(?!['’]s?\b)(?!\s+(?:alone\s+)?(?:is|was|has|had)\b)|"
    # ... or last week's count of launches ("Last week Russia launched more than 1,300 drones"), and a count said to be
    # this week's after its verb ("Russia launched more than 1,300 drones ... this week"; not "the second attack
    # this week", nor a night's count that names its night)
    r"^\W*last\s+(?:week|month),?\s+(?:[\w'’-]+\s+){1,3}?(?:launched|fired|sent|used)\s+"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|at\s+least)\s+)?\d|"
    r"\b(?:launched|fired|sent|used)\b(?:(?!\b(?:overnight|tonight|night|attacks?|strikes?|raids?|barrages?|waves?|"
    rf"times?|second|third|fourth|another|{_SUPERLATIVE})\b)[^.;])*?(?<!earlier\s)\bthis\s+(?:week|month)\b(?!['’])|"
    # "1,270 drones and nearly 1,100 glide bombs against Ukraine over the week"
    r"(?:over|during|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:week|month|year)\b|"
    # "This week alone, Russia has used more than 1,200 attack drones"
    r"\b(?:this|last|that)\s+(?:week|month|year)\s+alone\b|"
    # "claimed to have shot down 873 Ukrainian drones over Russian regions in the week" (not "earlier in the week")
    r"(?<!earlier\s)(?<!later\s)\bin\s+the\s+(?:week|month)\b(?!\s+(?:since|before|after|of|to|when|that)\b)|"
    # "more than 1,500 drones in less than two days": a count over several days, not one attack's
    r"(?:in|within|over)\s+(?:less|more|fewer)\s+than\s+(?:two|three|four|five|six|seven|several|\d+)\s+(?:days|nights|weeks|months)|(?:in|during|throughout)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!\s+\d)|so\s+far\s+this\s+(?:year|month|week)|since\s+last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|(?:over|across)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|six|seven|several|\d+)\s+"
    r"(?:nights|days|weeks|months)|since\s+the\s+(?:start|"
    r"beginning)\s+of\s+(?:the\s+)?(?:year|month|week|\w+\s+\d{4}|"
    rf"{_MONTH}\b)|"
    # a roundup's tally: "The week's total: about 620 drones", "By the numbers this month: more than 5,000 drones",
    # "according to our running tally"
    r"(?:week|month|year)['’]s\s+(?:total|tally|count)|(?:weekly|monthly|running)\s+(?:total|tally|count)|"
    # "launched 550 missiles at Israel between 13 and 24 June": a count over days
    rf"between\s+\d{{1,2}}(?:\s+{_MONTH})?\s+and\s+\d{{1,2}}\s+{_MONTH}|between\s+{_MONTH}\s+\d{{1,2}}\s+and\s+"
    rf"(?:{_MONTH}\s+)?\d{{1,2}}\b|"
    # a running count in the present perfect: "39,790 have been killed in the war since October 7", "the Houthis
    # have launched some 200 missiles since the start of the war" (not "since 23:00", "since last night", nor "the
    # deadliest attack since the war began", a comparison)
    rf"{_HAVE_COUNTED}(?:(?!\b{_SUPERLATIVE}\b)[^.;])*?\bsince\s+{_NOT_A_TIME}|"
    # ... or since the attack told before, "since" standing alone: "Iran has since fired about 400 ballistic missiles"
    r"\b(?:have|has)\s+since\s+(?:been\s+)?(?:launched|fired|sent|killed|wounded|injured)\b|"
    # ... with the span said first ("Since the full-scale invasion, Russia has fired more than 12,000 missiles") or as
    # this week's or month's ("Kharkiv has been hit by more than 100 drones this month")
    rf"^\W*since\s+{_NOT_A_TIME}[^,.;]{{1,60}},[^.;]*?{_HAVE_COUNTED}|"
    r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?(?:been\s+)?(?:launched|fired|sent|killed|wounded|injured|hit|struck|"
    rf"attacked|targeted)\b(?:(?!\b(?:{_SUPERLATIVE}|since)\b)"
    r"[^.;])*?\b(?:this|last|past)\s+(?:week|month|year)\b(?!['’])|"
    r"^\W*(?:[\w-]+\s+){0,4}?(?:this|last|the\s+past)\s+(?:week|month)\s*:)", re.IGNORECASE | re.MULTILINE)
# A campaign told in the present perfect over a span or a number of times, no one attack: "The US and UK have
# carried out several rounds of air strikes on Houthi targets since 12 January", "Ukrainian drones have reached the
# plant more than once" (not a record's yardstick, "the most it has fired in a single attack since 2022", nor the
# day's own count, "has struck 1,300 targets since the morning")
_CAMPAIGN_PERFECT = remembered(
    r"\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:carried\s+out|conducted|staged|mounted|launched|fired|reached|struck|hit|"
    r"attacked|targeted|bombed|pounded)\b"
    rf"(?:(?!\b{_SUPERLATIVE}\b)[^.;])*?\b(?:since\s+{_NOT_A_TIME}(?!(?:the\s+)?morning\b)|more\s+than\s+once|"
    r"(?:several|many|multiple|\d+|dozens\s+of)\s+times|(?:several|multiple|repeated)\s+rounds)\b", re.IGNORECASE)
# ... unless the clause measures against it: "the deepest strikes India has carried out since 1971", "the second
# missile the Houthis have fired since Tuesday"
_MEASURED_BEFORE = re.compile(rf"\b(?:{_SUPERLATIVE}|deepest|longest|latest|second|third|fourth|fifth|only)\b[^,;.]*$",
                              re.IGNORECASE)
# "the deadliest day in the enclave since the start of a ceasefire in January": a comparison, to its clause's end
_COMPARED_SPAN = re.compile(rf"{COMPARED_SINCE.pattern}[^,.;]*", re.IGNORECASE)
_CAMPAIGN_BEGUN = re.compile(rf"{COMPARED_SINCE.pattern}\s+(?:[\w'’-]+\s+){{1,3}}?{lexicon.CAMPAIGN_BEGUN_VERBS}[^,.;]*",
                             re.IGNORECASE)
# a sentence that asks: it ends with a question mark, perhaps inside its quotes
_QUESTION = re.compile(r"\?[\s\"'”’)]*$")
_LINK_LINE = re.compile(rf"\W*(?:{lexicon.READ_MORE})\s*:?", re.I)  # a link to another report, with its headline
# "the Houthis launched a ballistic missile towards Tel Aviv": the place a weapon was fired at, even where the
# sentence tells only of the sirens it set off
_AIMED_AT = re.compile(r"\b(?:fired|launched|aimed|directed)\s+(?:[\w,'’-]+\s+){0,8}?(?:at|towards?)\s+(?:the\s+)?$",
                       re.I)
_HYPOTHETICAL = remembered(
    # (not the future in the past of a report: "the air force would later say that Russia fired 100 missiles")
    r"\b(?:will|would(?!\s+(?:later\s+|afterwards\s+)?(?:say|report|confirm|tell|write|announce)\b)|could|(?-i:may)|might|plans?\s+to|planning|threaten(?:ed|s|ing)?|warn(?:ed|s|ing)?\s+(?:of|that|"
    r"about)|potential|possible|prepar(?:e|es|ing)\s+(?:for|a)|stockpil\w+|if\s+\w+|in\s+case|expect(?:s|ed)?\s+"
    rf"(?:a|an)|intends?|vowed|capable\s+of|able\s+to|suppose|supposing|imagine|what\s+if|scenario|{lexicon.DRILL})\b"
    # "Moscow vowed to avenge a Ukrainian attack on Belgorod": the attack avenged has happened
    r"(?!\s+(?:to\s+)?(?:avenge|retaliate\s+for|respond\s+to|punish\s+\w+\s+for))", re.IGNORECASE)
_ATTACK_WORD = re.compile(
    r"\b(?:launched|fired|attacked|struck|hit|hitting|striking|targeted|targeting|shot\s+down|destroyed|intercepted|"
    r"downed|dropped|slammed|pounded|bombarded|strikes?|attacks?|air\s*strikes?|raid|barrages?|salvo|exploded|"
    r"explosions?|blasts?|killing|killed|injuring|injured|wounding|wounded|damaging|damaged)\b", re.IGNORECASE)
# what falls from a weapon shot down or spent: "a man was killed by falling debris from a missile", "killed when
# part of a missile or interceptor fell on him"
_FALLEN = (r"debris|fragments?|shrapnel|wreckage|"
           r"(?:piece|part)s?\s+of\s+(?:an?\s+|the\s+)?(?:missile|interceptor|rocket|drone)s?")
_FALLEN_PIECE = re.compile(rf"\b(?:{_FALLEN})\b", re.IGNORECASE)
_WEAPON_WORD = remembered(rf"\b(?:{ANY_HEAD}|strikes?|attacks?|air\s*strikes?|raids?|barrages?|salvos?|aircraft|"
                          rf"warplanes?|jets?|bombers?|{_FALLEN}|blast\s+wave|explosions?|blasts?|blows)\b",
                          re.IGNORECASE)
# an attack told as the answer it gave, its time perhaps between: "India had responded by sending armed drones",
# "Iran responded on Monday by firing 14 missiles", "Israel retaliated within hours by striking ports"
_ANSWERED_BY = (r"(?:responded|retaliated|replied|hit\s+back)(?:\s+(?!by\b)[\w'’-]+){0,4}?\s+by\s+"
                r"(?:sending|launching|firing|striking|targeting|attacking|bombing|hitting|carrying\s+out)")
_PAST_ATTACK = remembered(
    rf"\b(?:{_ANSWERED_BY}|launched|fired|attacked|struck|hit|targeted|shot\s+down|destroyed|intercepted|neutrali[sz]ed|downed|dropped|slammed|pounded|"
    r"unleashed|pummell?ed|hammered|battered|"
    r"bombarded|bombed|sent|used|killing|killed|injuring|injured|wounding|wounded|damaging|damaged|exploded|set\s+fire|"
    r"set\s+ablaze|"
    r"hitting|striking|targeting|breached|reached|crashed|fell|came\s+under|carried\s+out|repelled|recorded|"
    rf"caught\s+fire|burst\s+into\s+flames|(?:tore|ripped|slammed)\s+(?:through|into)|{lexicon.SENT_WEAPONS})\b",
    re.IGNORECASE)
# Verbs of attack that tell none, masked before asking whether a clause asserts a strike: a launch or a hit denied
# ("no missile launches had been recorded", "no missiles were fired", "strikes, which did not hit targets inside
# Iran"), a killing named as a noun ("in response to the killing of Hamas leader Ismail Haniyeh"), the habitual "used
# to" ("a building that used to make furniture"), and "sent" or "used" with no weapon as their object ("the United
# States sent two officers to observe"; not "Russia sent 40 Shaheds", "used them against Kyiv")
_NO_ATTACK = remembered(
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:launch(?:es)?|missiles?|drones?|strikes?|attacks?|hits)\s+(?:(?:had|have|has)\s+"
    r"been\s+|(?:were|was)\s+)?(?:recorded|reported|registered|detected|observed|launched|fired)\b|"
    r"\b(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:hit|strike|struck|target|targeted|launch|launched|fire|fired)\b|"
    r"\b(?:the|his|her|their|its)\s+killing\s+of\b|"
    r"\b(?:that|which|who|it|they|we|he|she)\s+used\s+to\b|"
    rf"\b(?:sent|used)\b(?!(?:\s+[\w'’,-]+){{0,6}}?\s+(?:{ANY_HEAD}|them|it|waves?|swarms?|barrages?|salvos?|aircraft|"
    r"jets|warplanes|bombers|planes|helicopters|munitions?|weapons|projectiles?|rockets?)\b)", re.IGNORECASE)
# "On Sunday night Russia had hit Ukraine with 298 drones": an attack before the one being told; not in reported
# speech ("the Air Force said Russia had launched 250 drones": a reporting verb before it)
# verbs of launching an attack, in the past: the tense is told by the words around them
_LAUNCHED = r"(?:launched|fired|attacked|struck|hit|targeted|sent|pounded|bombarded)"
_PLUPERFECT = re.compile(rf"\bhad\s+(?:already\s+)?{_LAUNCHED}\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|reported|according\s+to|told)\b", re.IGNORECASE)
_HAD_DONE = re.compile(r"\bhad\s+(?!to\b)\w+", re.IGNORECASE)  # any pluperfect: "had killed", "had been hit"
_EARLIER_SAME_DAY = re.compile(r"\b(?:earlier|hours\s+before)\b", re.IGNORECASE)
# "two days earlier", "a night before": a day counted back from the attack told (``dates.told_day``), another attack's
_DAYS_EARLIER = re.compile(r"\b(?:days?|nights?)\s+(?:earlier|before)(?:\s+that)?$", re.IGNORECASE)
# "… the one a night earlier, when Russia fired 70 missiles": the earlier attack, told on after "when"
_THEN_WHEN = re.compile(r",\s+when\b", re.IGNORECASE)


# "Earlier on Wednesday, Russia carried out its nationwide morning attack": a sentence that opens by setting what it
# tells before the attack being told, whatever its tense, and tells it as the night's or the morning's (`[scope.en]
# night`): the night's wave told after a daytime strike. An earlier strike of the same day is the same day's attack.
_EARLIER_OPENING = re.compile(r"^\W*earlier\s+(?:on\s+[\w'’]+(?:\s+[\w'’]+)?|in\s+the\s+day|that\s+day|today|"
                              r"this\s+morning)\s*,", re.IGNORECASE)
_NIGHT_OR_MORNING = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in (*ScopeWords.for_language("en").night,
                                                                           "morning")) + r")\b", re.IGNORECASE)
# ... those verbs, and "carried out", in the simple past: "Russia carried out its morning attack"
_PAST_LAUNCH = re.compile(rf"\b(?:{_LAUNCHED}|carried\s+out)\b", re.IGNORECASE)


def _before(piece: str) -> bool | str:
    """Whether the piece tells, in the pluperfect, an attack before the one being told: "earlier" when it
    says so ("Earlier on Sunday, Russia had launched"), which may be the same day's; so does a piece opening
    with "Earlier on <day>," that tells the night's or the morning's attack in the simple past ("Earlier on
    Wednesday, Russia carried out its nationwide morning attack")."""
    told = _PLUPERFECT.search(piece)
    simple_past = told is None
    if simple_past:
        opening = _EARLIER_OPENING.match(piece)
        told = _PAST_LAUNCH.search(piece, opening.end()) if opening and _NIGHT_OR_MORNING.search(piece) else None
        if told is None:
            return False
    if _REPORTED.search(piece[:told.start()]):
        return False  # "the Air Force said Russia had launched 88 drones": the tense of reported speech
    return "earlier" if simple_past or _EARLIER_SAME_DAY.search(piece) else True


# "explosions were heard in Kyiv", "two powerful blasts rocked the city", a liveblog's "Explosions reported in
# Khmelnytskyi": the strike told by what was heard
_HEARD_PATTERN = (
    r"\b(?:explosions|blasts|(?:an?|one|another|a\s+(?:loud|powerful|series\s+of))\s+(?:loud\s+|powerful\s+)?"
    r"(?:explosion|blast))(?:\s+and\s+the\s+sound\s+of\s+(?:[\w-]+\s+){1,3}?fire)?\s+(?:(?:were|was|have\s+been|had\s+been|"
    r"(?:are|is)(?:\s+(?:now\s+)?being)?)\s+)?(?:also\s+)?(?:heard|rocked|shook|rang\s+out|reported|rocks?|shakes?)\b|"
    # the verb first: "the mayor reported several explosions in the Kyivskyi district", "residents heard blasts"
    r"\b(?:reported|reporting|heard|hearing)\s+(?:hearing\s+)?(?:(?:several|multiple|a\s+series\s+of|loud|powerful|"
    r"more|new|two|three|four|five|at\s+least\s+\w+)\s+){0,2}(?:explosions|blasts)\b")
_HEARD = re.compile(_HEARD_PATTERN, re.IGNORECASE)
# a liveblog's present: "Russian forces are attacking the city with drones", "Kharkiv is under a massive attack"
_GOING_ON = (r"\b(?:is|are)\s+(?:now\s+|currently\s+|again\s+|still\s+)?(?:attacking|striking|targeting|launching|"
             r"firing)\b|\b(?:is|are)\s+(?:now\s+|again\s+|still\s+)?under\s+(?:a\s+)?(?:[\w'’-]+\s+){0,3}?"
             r"(?:attack|fire|bombardment)\b|"
             # drones in the air, told in the present: "groups of Shahed drones are moving towards the Poltava region",
             # or in an evening report's reported speech: "drones were in the air and heading for Kyiv", "were
             # crossing into Ukraine on Monday evening"
             r"\b(?:drones|shaheds|missiles|UAVs)\s+(?:are|is|were|was)\s+(?:now\s+|currently\s+|still\s+|already\s+)?"
             r"(?:in\s+the\s+air\s+and\s+)?(?:moving|heading|flying|crossing)\s+(?:towards?|for|over|into)\b")
# an attack told as under way, in the present: blasts "are heard", a headline's "Explosions heard in Kharkiv", a
# city "under attack", forces "are attacking", air defence "is working"
_UNDER_WAY = remembered(
    r"\b(?:explosions|blasts)\s+(?:(?:are|is)\s+(?:now\s+|also\s+|again\s+)?(?:being\s+)?)(?:heard|reported)\b|"
    r"^\W*(?:[A-Z]+:\s*)?(?:(?:loud|powerful|several)\s+)?(?:explosions|blasts)\s+heard\b|"
    rf"{_GOING_ON}|"
    r"\bair\s+defen[cs]es?\s+(?:is|are)\s+(?:working|operating|active|engaged|repelling)\b", re.IGNORECASE)
# "the Russian attack on Kharkiv began on Tuesday night and lasted until 4 a.m.": the attack noun as subject
_ATTACK_UNFOLDED = remembered(
    r"\b(?:attacks?|strikes?|(?<!air\s)(?<!air-)raids?|bombardment|barrage|assault)\b(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:began|started|lasted|continued|went\s+on|took\s+place|unfolded|happened|occurred|involved|"
    # "Wednesday's record attack involved 728 drones": the attack told by what it was made of
    r"consisted\s+of|comprised)\b|"
    # "the death toll from a Russian drone and missile attack on Kyiv on Friday has risen to three"
    r"\b(?:death\s+)?toll\s+(?:from|in|after|of)\s+(?:[\w'’-]+\s+){0,6}?(?:attacks?|strikes?|air\s*strikes?|airstrikes?|"
    r"bombardment|barrages?|salvos?)\b|"
    # "followed a Ukrainian drone strike overnight on the Russian port of Primorsk"
    r"\b(?:drone|missile|air)\s+(?:strike|attack)s?\s+(?:overnight\s+|early\s+on\s+\w+\s+|on\s+\w+day\s+)?on\s+(?:the\s+)?|"
    # "after the Friday airstrike on Dnipro", "following Saturday's missile attack on Odesa"
    r"\b(?:after|following|since|from)\s+(?:the|a|an|last|this|\w+day's|\w+day\s+night's)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:air\s*strike|airstrike|strike|attack|bombardment|raid)s?\s+(?:on|in|against)\s+(?:the\s+)?(?-i:[A-Z])|"
    # an earlier day's strike told by what it left behind: "buildings that lost heating after Tuesday's massive
    # strike"
    r"\b(?:lost|left\s+without|damaged|destroyed|knocked\s+out)\b[^.;]{0,80}?\b(?:after|in|by)\s+(?:\w+day['’]s|"
    r"yesterday['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:air\s*strike|airstrike|strike|attack|barrage|bombardment)s?\b|"
    # a liveblog's present (``_GOING_ON``), explosions heard
    rf"{_GOING_ON}|{_HEARD_PATTERN}|"
    # the attack noun as the subject of its consequence: "a drone attack caused a fire at the refinery", "a strike
    # on the plant left the region without heat", "the previous attack on Lviv, on June 30, left 12 dead" (not
    # "strikes have left millions without power", a state)
    r"\b(?:attacks?|strikes?|air\s*strikes?|airstrikes?|raids?|barrage|bombardment)\s+"
    r"(?:(?!(?:have|has|had|would|could|will|may|might)\b)[\w'’-]+,?\s+){0,6}?(?:caused|sparked|triggered|started|"
    r"set\s+off|left)\b|"
    # a fire told before the attack that set it: "a fire broke out at the plant after what the governor called a
    # massive attack by drones"
    r"\b(?:fires?\s+(?:broke\s+out|erupted|started)|caught\s+fire)\b[^.;]{0,100}?\b(?:after|following)\b[^.;]{0,60}?"
    r"\b(?:attacks?|strikes?|air\s*strikes?|airstrikes?|raids?|barrage)\b|"
    # an attack told by its consequence: "a fire broke out at the power station after a Russian missile strike"
    # (not "after the US strikes", which points back to an attack told before)
    rf"\b(?:after|following)\s+(?:(?:a|an|new|fresh|massive|overnight|night|heavy|another)\s+){{0,2}}{_NAT}\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:air\s*strikes?|airstrikes?|strikes?|attacks?|bombardment|barrage|raids?|shelling)\b"
    rf"(?![^.;]{{0,40}}?\b(?:in|of)\s+{_YEAR}\b)",
    re.IGNORECASE)
# Proceedings over attacks, which tell of a court or an inquiry, not an attack: "the court issued arrest warrants for
# two commanders over missile strikes on Ukraine's electricity infrastructure", "opens a case over drone strikes on
# ambulances" (an attack told with a verb of its own, "over the strike that killed 30 on Monday", still is one)
_PROCEEDINGS_OVER = remembered(
    r"\b(?:warrants?|charges|charged|indict(?:ed|ments?)|trials?|lawsuits?|prosecut\w+|cases?|court|tribunal|"
    r"investigat\w+|inquiry|probe)\b[^.;]{0,160}?\b(?:over|for|into|in\s+connection\s+with)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:strikes?|attacks?|bombings?|raids?)\b", re.IGNORECASE)
# "the Defense Forces hit the Afipsky oil refinery": armed forces as the subject of a verb of striking
_FORCES_ATTACK = re.compile(r"\b(?:forces|troops|army|military|air\s+force|navy|units|aircraft|warplanes|jets|aviation)\s+"
                            r"(?:(?:also|again|then|later|had|have|has|reportedly)\s+){0,2}(?:hit|struck|attacked|"
                            r"targeted|bombed|bombarded|pounded)\b", re.IGNORECASE)
# A breaking item's present: "as Russia fires waves of cruise missiles", "Russian drones attack Kyiv": a
# named attacker as the subject of a verb of firing or attacking
_PRESENT_ATTACK = remembered(
    rf"\b(?:{_COUNTRY}|(?i:{_NAT})\s+(?:forces|troops|army|military|aircraft|warplanes|jets|drones|missiles))\s+"
    r"(?:(?:again|now|also|once\s+again)\s+)?(?:fires|launches|attacks|strikes|hits|targets|pounds|bombards|"
    r"(?<=s\s)(?:attack|strike|hit|target|pound|bombard))\b"
    # what follows is the verb's object, not a noun phrase going on ("Hamas targets across Gaza", "the US strikes,")
    r"(?=\s+(?!(?:across|in|on|against|by|from|of|and|or|were|was|have|had|has|are|is|that|which|who|near|over|"
    r"during|since|overnight)\b)[\w'’])")
# A timeline's historic present, read only under a day's heading: "An Israeli strike on a building in the suburbs
# kills a commander", "A drone strike sets fire to a fuel depot", "drones strike Kosti": a weapon or a strike as the
# subject of a verb of striking in the present
_TIMELINE_PRESENT = re.compile(
    rf"\b(?:{ANY_HEAD}|strikes?|air\s*strikes?|airstrikes?|attacks?|raids?|jets|warplanes|aircraft)\b"
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:(?:again|also|then)\s+)?(?:hits?|strikes?|kills?|sets?\s+(?:fire|ablaze)|targets?|"
    r"pounds?|destroys?|damages?|levels?|flattens?|slams?\s+into)\b(?!\s+(?:by|on|at|in|of|and|were|was|are|is)\b)",
    re.IGNORECASE)
# ... and the attacker is the subject: not "striking Hamas targets", "after the US strikes", "on Russia's attacks"
_NOT_SUBJECT_BEFORE = re.compile(r"(?:\b(?:the|a|an|on|at|against|after|of|by|with|to|for)|\w+ing|['’]s)\s+$", re.I)
# "450 drones, launched from Kursk, Bryansk and Oryol": the words right before a launch site
_LAUNCHED_FROM = re.compile(r"\b(?:launched|fired|lifted\s+off|took\s+off)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?"
                            r"(?:(?:direction|area|region|territory)\s+of\s+)?(?:occupied\s+)?$", re.I)

# "Kyiv was the main target", "Odesa came under attack": a place named as the target
_TARGETED = re.compile(r"\b(?:was|were)\s+(?:the\s+)?(?:main\s+|primary\s+|principal\s+)?targets?\b|"
                       # "the main targets were Kyiv, Kharkiv and Odesa oblasts", "Odesa was among the targets"
                       r"\b(?:main\s+|primary\s+|principal\s+)?targets?\s+(?:was|were|included)\b|\bamong\s+the\s+targets\b|"
                       r"\b(?:was|were)\s+also\s+(?:hit|struck|targeted|attacked)\b|"
                       r"\bcame\s+under\s+(?:\w+\s+)?(?:attack|fire)\b|"
                       # "other sites were in Kotli and Bhimber", "precision weapons on military targets at Murid and
                       # Sukkur": the places named as where the targets stood
                       r"\b(?:targets|sites|locations)\s+(?:were|included)\s+(?:in|at|near)\b|"
                       r"\btargets?\s+(?:at|in)\s+(?-i:[A-Z])", re.IGNORECASE)
# "Damage was reported in the Kharkiv, Odesa and Kyiv regions", "hits were recorded in 14 locations": where it struck
_IMPACT_REPORTED = re.compile(r"\b(?:damage|hits?|impacts?|destruction|strikes?|casualties|explosions?|blasts?|deaths?|"
                              # "damage to energy and infrastructure was also reported": what was hit may come between
                              r"fatalities|injuries)\s+(?:(?:to|on)\s+(?:[\w'’-]+,?\s+){1,5}?)?"
                              r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|(?:is|are)\s+"
                              r"(?:now\s+)?being)\s+)?(?:also\s+)?(?:reported|recorded|registered|confirmed|heard)\b|"
                              # "Four people died in the Khmelnytskyi region", "also reported damage"
                              r"\b(?:died|reported\s+(?:damage|strikes|hits|casualties|explosions))\b|"
                              # "There were hits in Kharkiv, Odesa and Kyiv regions", "there were casualties in the
                              # Mykolaiv and Odesa regions"
                              r"\bthere\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:hits|impacts|casualties|deaths|"
                              r"injuries)\s+(?:in|on)\b|"
                              # "Dnipropetrovsk, Odesa and Vinnytsia regions were the worst affected", "Sumy region was
                              # among the hardest hit", "Kyiv region took the brunt", "damage in Sumy and Chernihiv
                              # regions": where the attack fell hardest
                              r"\b(?:worst|most|hardest|badly|heavily)[\s-]+(?:hit|affected)\b|\blisted\s+as\s+affected\b|"
                              r"\b(?:took|bore|taking|bearing)\s+the\s+brunt\b|\bdamage\s+in\b|"
                              # "officials reported one dead", "the dead include 16 in Kyiv": a toll told by its dead
                              rf"\b(?:{NUMBER})\s+dead\b|\bthe\s+dead\s+(?:include|included|were)\b|"
                              # "footage showed multiple impacts at the Nevatim base", "impact points inside the base"
                              r"\b(?:impacts|impact\s+(?:points|sites)|craters|direct\s+hits)\s+(?:in\s+and\s+around|"
                              r"at|in|inside|around|near|on)\b|"
                              # the rest of a tally: "the rest were spread over the Bryansk, Belgorod and Oryol regions"
                              r"\b(?:were|was)\s+(?:spread|scattered|distributed)\s+(?:over|across|among)\b|"
                              # a defence ministry's tally by region: "the ministry listed Bryansk, Kursk and Tula oblasts"
                              r"\b(?:ministry|it)\s+(?:also\s+)?listed\b|"
                              r"\b(?:regions?|oblasts?|provinces|cities|areas)\b[^.;]{0,120}?\b(?:were|was|had\s+been)\s+"
                              r"(?:also\s+)?affected\b|"
                              # a summary's label: "Affected: Lviv, Volyn and Rivne oblasts", "Affected regions: …"
                              r"\baffected(?:\s+(?:regions|oblasts|provinces|cities|areas))?\s*:", re.IGNORECASE)

# a state named, as itself or its people's adjective ("Iran's attack", "a base in Jordan", "Israeli jets")
_STATE_WORD = re.compile(r"\b(?:" + "|".join(re.escape(" ".join(w.capitalize() for w in k.split()))
                                             for k in sorted(COUNTRY_WORDS, key=len, reverse=True) if len(k) > 3)
                         + rf")\b|\b(?:{_NAT}|{_COUNTRY})")
# (not a passive, whose states are the ground struck: "Iraq and Syria have been attacked")
_BOTH_SIDES = remembered(rf"\b(?P<one>{_COUNTRY})\s+and\s+(?P<two>{_COUNTRY})\s+"
                         r"(?:(?!(?:been|being|was|were|is|are)\b)\w+\s+){0,2}?"
                         rf"(?:(?P<strike>launched|fired|attacked|struck|sent)|traded|exchanged)\b|"
                         rf"\bat\s+each\s+other\b|\btraded\s+(?:\w+\s+){{0,2}}attacks\b")


def _allies(both: re.Match) -> bool:
    """'The United States and Britain struck Houthi targets': two states striking together, not each other (a joint
    attack, which the cue of the first names with its partner), unlike "Israel and Iran fired" or "traded": only
    states the lexicon knows as allies."""
    if not both.group("strike"):
        return False
    one, two = (COUNTRY_WORDS.get(re.sub(r"^the\s+", "", both.group(g).lower())) for g in ("one", "two"))
    return frozenset((one, two)) in lexicon.ALLIED_PAIRS


# "coalition aircraft hit a house", "a coalition air strike on Hodeidah": the coalition the report names as led by a state
_LED_COALITION = re.compile(rf"\b{lexicon.LED_COALITION}")
# (its forces only as a subject: "a base that hosts coalition forces" tells no attack)
_COALITION_CUE = re.compile(r"\b(?P<who>[Cc]oalition)\s+(?:(?:fighter\s+|war)?jets|aircraft|warplanes|air\s*strikes?|"
                            r"airstrikes?|strikes?|raids?|bombers)\b|"
                            r"\b(?:the\s+)?(?P<subject>[Cc]oalition)(?:\s+forces)?(?:,\s+(?:of\s+)?which[^,]{1,60},)?\s+"
                            r"(?:said\s+(?:that\s+)?it\s+)?"
                            r"(?:(?:also|then|later|had|has|have)\s+){0,2}(?:launched|carried\s+out|struck|hit|bombed|"
                            r"targeted|attacked|began|begun)\b")
# a name's initials in brackets after it: "the Islamic Revolution Guards Corps (IRGC) says it has launched", "Israel
# Defense Forces (IDF) jets struck"
_INITIALS = r"(?:\s+\((?-i:[A-Z]{2,6})\))?"
# "the American enemy": a side's word for the other, after the other's name (read as the name alone)
_NAMED_ENEMY_AFTER = re.compile(r"(?<=\w)\s+enemy$")
# what a launch verb's object is not, when it tells an attack: a defender's shots ("the US had fired dozens of SM-3s")
_NOT_INTERCEPTORS = rf"(?!\s+(?:[\w'’-]+\s+){{0,6}}?{lexicon.INTERCEPTOR_WEAPONS})"
_ATTACKER_CUES = [  # each searched again by the scope (``remembered``)
    # "Russian drones", "Ukrainian drone attack", "Russian guided bombs", "Iranian missiles" (not a state's weapon that
    # defends or comes home: "a returning American drone", "the US Missile Defense Agency", "a U.S. drone returning")
    remembered(rf"{lexicon.NOT_ATTACKING_WEAPON_BEFORE}\b(?P<who>{_NAT})(?:\s+and\s+(?P<who2>{_NAT}))?\s+(?:(?:long-range|attack|strike|kamikaze|combat|cruise|ballistic|guided|aerial|"
               rf"air|glide|heavy|massive|combined|overnight|night|drone|missile|hypersonic|aeroballistic|army|military|navy|"
               rf"[\w]+-type|Shahed|Kh-\d+|Iskander-\w+|FPV|first-person-view|unmanned|loitering|suicide|"
               rf"fib(?:re|er)-optic|Lancet|tactical|aviation|anti-ship|supersonic|rocket|reconnaissance|retaliatory|punitive|"
               rf"fresh|renewed|deadly|precision|pre-?emptive)\s+){{0,3}}(?:{ANY_HEAD}|strikes?|air\s*strikes?|airstrikes?|"
               rf"attacks?|bombardment|barrages?|salvos?)\b(?!{lexicon.NOT_ATTACKING_WEAPON_AFTER})", re.IGNORECASE),
    # "Russian aircraft dropped", "Russian forces had used", "the Ukrainian armed forces had launched", "US B-2
    # stealth bombers dropped", "a US submarine launched"
    remembered(rf"\b(?P<who>{_NAT})(?:\s+and\s+(?P<who2>{_NAT}))?\s+(?:air\s+force\s+)?(?:fighter\s+|combat\s+|attack\s+|"
               rf"armed\s+|(?-i:[A-Z][\w]*-\d+\w*)\s+|(?-i:[A-Z][a-z]+)\s+|stealth\s+|strategic\s+){{0,2}}"
               rf"(?:aircraft|warplanes|jets|bombers|forces|troops|military|army|air\s+force|submarines?|"
               rf"rebels|militants|fighters|militias?|movement|regime|group|aggression|junta|helicopters|gunships)"
               # "Israeli warplanes, drones and helicopters struck", "US and British warplanes, ships and a submarine"
               rf"(?:(?:,|,?\s+and)\s+(?:an?\s+)?(?-i:[a-z]+)){{0,3}}\s+"
               rf"(?:had\s+|have\s+|has\s+)?(?:(?:\w+ly|also|then|later|(?:once\s+)?again|overnight)\s+)?(?:dropped|fired|launched|struck|"
               rf"attacked|hit|used|targeted|bombed|pounded|bombarded|hammered|pummell?ed|battered|raided|carried\s+out|"
               rf"set\s+fire\s+to|{lexicon.SENT_WEAPONS})\b",
               re.IGNORECASE),
    # "Israel's military struck a building in Beirut", "Myanmar's junta bombed a monastery": a state's forces, named
    # as its own, as the subject
    remembered(rf"\b(?P<who>{_COUNTRY})(?:'s|’s)\s+(?:(?:ruling|military|armed|air|naval)\s+)?(?:junta|military|army|"
               rf"armed\s+forces|air\s+force|forces|navy|troops|warplanes|jets|aircraft|drones)\s+(?:had\s+|has\s+|have\s+)?"
               rf"(?:(?:\w+ly|also|then|later|(?:once\s+)?again)\s+)?{lexicon.LAUNCH_VERBS}\b"
               rf"(?!\s+by\b)"),
    # "Russia launched", "Russia had attacked", "Iran answered with", "Israel launched a wave"
    remembered(rf"\b(?P<who>{_COUNTRY}){_INITIALS}(?:\s+and\s+(?:the\s+)?(?P<who2>{_COUNTRY}|(?-i:UK|U\.K\.)))?\s+"
               rf"(?:(?:also|once(?=\s+again)|again|then|later|overnight|had|has|have|reportedly|allegedly|"
               # "Israel first struck Hodeidah in July" (not "Russia first used it in 2022", a weapon's debut)
               rf"(?:first|last|previously)(?=\s+(?:struck|attacked|hit|bombed|targeted)\b)|"
               rf"itself)\s+){{0,2}}(?:{lexicon.LAUNCH_VERBS}|(?:tried|attempted)\s+to\s+(?:strike|hit|attack|target))"
               # not the struck of a headline's passive ("Ukraine hit by 400 drones"), nor a site's use ("an
               # airfield in Yemen used to launch drones"), nor a defender's shots
               rf"\b(?!\s+by\b)(?!(?<=used)\s+to\b){_NOT_INTERCEPTORS}"),
    # "India had responded by sending armed drones against four air defence sites", "Israel retaliated by striking
    # ports in Yemen": an answer told by how it was given (_ANSWERED_BY)
    remembered(rf"\b(?P<who>{_COUNTRY}|{lexicon.CAPITAL_PATTERN})\s+(?:(?:has|have|had|then|later|quickly)\s+){{0,2}}"
               rf"{_ANSWERED_BY}\b"),
    # "Israel kept up its own strikes on Iran", "Washington has responded with several rounds of strikes": an attack
    # told as a campaign's next round
    remembered(rf"\b(?P<who>{_COUNTRY}|{lexicon.CAPITAL_PATTERN})\s+(?:(?:has|have|had|also|then|later)\s+){{0,2}}"
               rf"(?:kept\s+up|continued|stepped\s+up|intensified|resumed|responded\s+with|pressed\s+on\s+with)\s+"
               rf"(?:its\s+(?:own\s+)?|(?:several\s+|new\s+|more\s+)?(?:rounds?|waves?)\s+of\s+)?(?:[\w-]+\s+){{0,2}}?"
               rf"(?:strikes|attacks|air\s*strikes|airstrikes|bombing|bombardment)\b"),
    # "the Russians had launched three Kinzhal missiles": a people for its state
    remembered(r"\b(?P<who>(?:[Tt]he\s+)?(?:Russians|Ukrainians))\s+(?:(?:also|again|then|later|overnight|had|has|have)\s+)"
               rf"{{0,2}}{lexicon.LAUNCH_VERBS}\b"),
    # "Moscow sent 810 drones", "Tehran fired about 180 missiles", "the Kiev regime launched": a capital for its state
    remembered(rf"\b(?P<who>{lexicon.CAPITAL_PATTERN})\s+(?:(?:regime|government|also|again|then|later|overnight|had|has|"
               rf"have)\s+){{0,2}}"
               rf"{lexicon.LAUNCH_VERBS}\b(?!\s+by\b)"),  # "Kyiv hit by missiles" is the struck
    # "Ukraine's security service said it had struck", "Ukraine's General Staff said its drones had hit", "the Israeli
    # military later said it had struck", "a Houthi military spokesman said the group had fired": the speaker's own side
    # ("Hezbollah, for its part, said it had fired", "the Yemeni Armed Forces announced that their missile force had
    # carried out")
    remembered(rf"\b(?P<who>{_COUNTRY}|{_NAT}){_INITIALS}(?:'s|’s)?(?:,\s+[\w\s]{{1,30}},)?\s+(?:[\w.-]+\s+){{0,4}}?(?:said|says|claimed|"
               rf"reported|announced|"
               rf"confirmed)(?:\s+(?:on\s+(?-i:[A-Z])\w+|late\s+on\s+(?-i:[A-Z])\w+|in\s+a\s+statement|separately|"
               rf"in\s+a\s+separate\s+statement)|,)?"
               rf"\s+(?:that\s+)?(?:it|its|they|their|the\s+group|the\s+movement|the\s+militia)\s+"
               rf"(?:(?:drones|forces|missiles|aircraft|jets|units|fighters|(?:missile|air|naval|drone)\s+force)\s+)?"
               rf"(?:had\s+|has\s+|have\s+)?"
               rf"(?:successfully\s+)?(?:struck|hit|launched|attacked|targeted|used|bombed|fired|carried\s+out|"
               rf"conducted)\b{_NOT_INTERCEPTORS}"),
    # "the IRGC says 90 percent of the missiles it fired hit their targets": the weapons the speaker's side fired
    remembered(rf"\b(?P<who>{_COUNTRY}|{_NAT}){_INITIALS}(?:'s|’s|\))?\s+(?:[\w.()-]+\s+){{0,4}}?(?:said|says|claimed|announced)\s+"
               rf"(?:that\s+)?(?:[\w%-]+\s+){{0,5}}?(?:the\s+)?(?:{ANY_HEAD})\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+)?"
               rf"(?:fired|launched|sent)\b"),
    # "the IDF says some 200 fighter jets struck about 100 targets": the speaker's own warplanes (not drones or
    # missiles, which may be the other side's)
    remembered(rf"\b(?P<who>{_COUNTRY}|{_NAT})(?:'s|’s)?\s+(?:[\w.-]+\s+){{0,3}}?(?:said|says|announced)\s+(?:that\s+)?"
               rf"(?:(?:some|about|around|nearly|more\s+than)\s+)?(?:(?:{NUMBER})\s+)?(?:of\s+)?(?:its\s+)?"
               rf"(?:fighter\s+jets|warplanes|jets)\s+(?:had\s+|have\s+)?(?:struck|hit|bombed|attacked|targeted)\b"),
    # "Israeli jets are striking in Tehran again": an attack told as under way
    remembered(rf"\b(?P<who>{_NAT})\s+(?:fighter\s+|war)?(?:jets|planes|aircraft|bombers)\s+(?:are|were|is|was)\s+"
               rf"(?:(?:again|still|now|\w+ly)\s+)?(?:striking|bombing|attacking|hitting|targeting|pounding)\b", re.IGNORECASE),
    # "three drones launched from Lebanon crossed into Israel", "a missile was launched from Yemen", "rockets were
    # fired from Lebanese territory" (the piece of the attacker named after its weapon begins with the weapon: ``lead``)
    remembered(rf"(?P<lead>\b(?:(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){{0,3}}?)?(?:{ANY_HEAD}|rockets?))\s+"
               rf"(?:(?:was|were|had\s+been|have\s+been|being)\s+)?(?:launched|fired)\s+from\s+"
               rf"(?:southern\s+|northern\s+)?(?P<who>{_COUNTRY}|{_NAT}(?=\s+(?:territory|soil)\b))\b"),
    # "Hezbollah had earlier on Saturday claimed a rocket attack on an Israeli position": the claimant's own attack
    # (not what the claim says of another's: "Ukrainian officials claimed the strikes damaged homes")
    remembered(rf"\b(?P<who>{_COUNTRY}|{_NAT})(?:'s|’s)?\s+(?:[\w-]+\s+){{0,4}}?claimed\s+(?:responsibility\s+for\s+)?"
               rf"(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){{0,3}}?(?:attacks?|strikes?|{ANY_HEAD})\b"
               rf"(?!\s+(?:had\s+|have\s+|has\s+)?(?:damaged|destroyed|hit|struck|killed|injured|wounded|caused|"
               rf"were|was|had|did)\b)"),
    # "units of the Security Service of Ukraine ... struck the oil refinery", "the Defence Forces of Ukraine hit" (not
    # what they said was struck: "the Security Service of Ukraine said the hospital was struck by a Kh-101 missile")
    remembered(rf"\b(?:Defen[cs]e\s+Forces|Armed\s+Forces|Security\s+Service|Air\s+Force|Navy|units|forces|drones)\s+"
               rf"of\s+(?P<who>{_COUNTRY})\b(?:(?!\b(?:{_COUNTRY}|{_NAT})\b)[^.;]){{0,80}}?"
               rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)"
               rf"\b(?:struck|hit|attacked|targeted|launched|bombed)\b(?!\s+by\b)"),
    # "the American enemy launched 15 raids" (a statement of the side struck): the enemy it names, not the side
    # opposite the target (the cue holds "enemy", so the bare enemy's cue below gives way)
    remembered(rf"\b[Tt]he\s+(?P<who>{_NAT}\s+enemy)\s+(?:\w+\s+){{0,2}}?{lexicon.LAUNCH_VERBS}\b(?!\s+by\b)"),
    # "the enemy attacked with 76 drones" (official bulletins): the side opposite the target
    remembered(r"\b(?P<who>the\s+enemy|enemy)\s+(?:\w+\s+){0,2}?(?:attacked|launched|carried\s+out|struck|hit|fired|"
               r"used|targeted)\b", re.IGNORECASE),
    # "widely attributed to Israel", "carried out by Russia", "an air strike by Myanmar's military", "a ballistic
    # missile fired by Yemen's Houthi rebels" (the weapon before the agent leads its piece)
    remembered(rf"(?P<lead>\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{ANY_HEAD})\s+(?:(?:was|were)\s+)?"
               rf"(?=(?:launched|fired|sent)\s+by\b))?"
               rf"\b(?:attributed\s+to|blamed\s+on|carried\s+out\s+by|launched\s+by|fired\s+by|sent\s+by|"
               rf"(?:air\s*|drone\s+|missile\s+)?strikes?\s+by|airstrikes?\s+by)\s+(?P<who>{_COUNTRY})\b"),
]
# an armed group named before, by what it is: "the group", "the Yemeni movement", "the Iran-aligned militia"
_THE_GROUP = r"[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:group|movement|militia|rebels|militants|paramilitaries)"
# "the group said it had fired a ballistic missile", "the Yemeni movement launched drones": the group as the subject
_GROUP_SUBJECT = re.compile(
    rf"\b(?P<who>{_THE_GROUP})"
    rf"(?:['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:spokes(?:man|woman|person)|leader|commander|office|wing))?\s+"
    rf"(?:(?:said|says|claimed|announced)\s+(?:on\s+(?-i:[A-Z])\w+\s+)?(?:that\s+)?(?:it|they)\s+)?"
    rf"(?:(?:had|has|have|also|later|then|again)\s+){{0,2}}{lexicon.LAUNCH_VERBS}\b")
# "a ballistic missile fired by the Iran-aligned group", "a drone launched by the Yemeni movement": the same group as
# the agent of its weapon (the weapon leads the piece: ``lead``)
_GROUP_AGENT = re.compile(
    rf"(?P<lead>\b(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){{0,3}}?(?:{ANY_HEAD}|rockets?)\s+(?:(?:was|were)\s+)?)"
    rf"(?:launched|fired|sent)\s+by\s+(?P<who>{_THE_GROUP})\b")
_GROUP_NAME = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.GROUP_WORDS) + r")\b", re.IGNORECASE)
# "Yemen's Iran-backed Houthi militia claimed responsibility", "Hezbollah said it had fired", "the Islamic Resistance
# in Iraq, an umbrella group of militias, claimed the attack" (a group named with what it is)
_RESPONSIBILITY = remembered(
    rf"\b(?P<who>{_COUNTRY}|{_NAT})(?:'s|’s)?(?:,\s+(?:an?|the)\s+[^,;.]{{1,80}}?,)?\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:claimed\s+(?:responsibility|(?:the\s+)?attacks?)|"
    rf"said\s+(?:on\s+\w+\s+(?:(?:night|morning|evening)\s+)?)?(?:that\s+)?(?:it|they)\s+(?:had\s+)?"
    rf"(?:fired|launched|targeted|struck|attacked))\b{_NOT_INTERCEPTORS}")
# "Israel has not acknowledged carrying out that strike", "... has neither confirmed nor denied it": a strike laid at a
# state's door that the state has not owned is still told as that state's (a denial is not: "Armenia denied it")
_UNOWNED = remembered(
    rf"\b(?P<who>{_COUNTRY})\s+(?:has|had|did|does)\s+(?:not|neither|never)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:claimed|acknowledged|confirmed|admitted|said)\b[^.;]{{0,40}}?\b(?:strikes?|attacks?|raids?|bombing)\b")
# "Washington has blamed the Islamic Resistance in Iraq", "attacks claimed by Hezbollah", "carried out by "outlaw
# groups" within Iraq's Popular Mobilisation Forces", "blaming radical Iran-backed militants": the attacker named
# after the verb that lays an attack at its door (not "blamed Iran-backed groups": a patron is not the attacker, and
# its proxies are named by their own kind; nor where the blame is denied, or laid for a shooting)
_BLAMED = remembered(
    rf"\b(?:blam(?:ed|ing)(?:\s+(?:it\s+)?on)?|(?:claimed|carried\s+out)\s+by|attributed\s+(?:it\s+)?to)\s+"
    rf"(?:[\"“]?[\w-]+(?:\s+[\w-]+)?[\"”]?\s+(?:groups?\s+)?within\s+|[\"“]?(?:(?-i:[a-z]+)\s+(?=Iran))?)?"
    rf"(?P<who>{lexicon.IRAN_ALIGNED_MILITIA_PATTERN}|{_COUNTRY}|{_NAT})(?:'s|’s)?(?![\w-])")
_DENIED = re.compile(r"\b(?:denied|denies|deny|rejected|rejects)\b")
_DIRECTION = lexicon.COMPASS_ADJECTIVES
# "in response to", "responsible for", "in retaliation for": what follows is the attack being answered
_PROVOKED_BY = remembered(rf"\b(?:(?:held|holds|hold|was|were|is)\s+responsible\s+for|{lexicon.ANSWERING}|"
                          r"(?:to\s+)?(?:avenge|punish)|avenged|punished)\s+",
                          re.I)
# ... ending the piece before an attacker's cue: "in response to an Israeli strike"
_ANSWERED = re.compile(_PROVOKED_BY.pattern + r"(?:(?:a|an|the)\s+)?$", re.I)
# ... when it is an attack told with its own day: "Saturday's rocket attack on", "the drone that hit Tel Aviv on Friday"
_ATTACK_TOLD = re.compile(rf"[\"“]?(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:attacks?|strikes?|barrage|{ANY_HEAD}|"
                          r"rockets?)\b", re.I)
# ... and told again in the sentence after, which is of that strike alone: "Those strikes killed 22 people"
_THAT_STRIKE = re.compile(r"\W*(?:That|Those)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|air\s*strikes?|airstrikes?|"
                          r"bombings?|barrages?)\b")
# ... and told as one from the air: "Saturday's rocket attack", "the drone strike on Eilat", not "the gun attack"
_FROM_THE_AIR = re.compile(rf"\b(?:strikes?|air\s*strikes?|airstrikes?|air\s*raids?|bombings?|barrages?|{ANY_HEAD}|"
                           r"rockets?|aerial)\b", re.I)
# ", hours after a rocket hit a pitch in Majdal Shams, killing 12": an earlier strike told after the comma with its
# own blow (a hit and a toll) is an attack of its own; not one told back onto the same ground, in passing ("struck
# Zaporizhzhia, three days after a strike on the city killed five")
_OWN_BLOW = re.compile(r"\b(?:hit|struck|slammed|killed|killing)\b", re.I)
_OWN_TOLL = re.compile(r"\b(?:killed|killing|injured|injuring|wounded|wounding|dead)\b", re.I)
_SAME_GROUND = re.compile(r"\b(?:the|that)\s+(?:same\s+)?(?:city|town|village|region|area|oblast|capital|port|site)\b|"
                          r"\bthere\b|\bsame\b", re.I)


# ", hours after a massive overnight attack on power plants", ", hours after the enemy's early morning barrage": an
# earlier attack named as one by the time of day it came at (not "hours after a night of strikes had ended", a night
# only set beside the attack told)
_NAMED_ATTACK = remembered(r"^(?:[\w'’-]+\s+){0,4}?(?:(?P<night>overnight|night(?:-time)?|morning)|afternoon|evening|daytime)"
                           r"(?:['’]s)?\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:attacks?|strikes?|barrages?|raids?|bombardment|assault)\b",
                           re.IGNORECASE)
# "presented the morning's strikes on Kyiv and Kharkiv as a response": an attack of the report's day named by its
# time of day and the ground it struck, told as one that happened whatever verb frames it
_TIME_NAMED_ATTACK = re.compile(r"\b(?:the|this|that)\s+(?:morning|overnight|night)['’]s\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:attacks?|strikes?|barrages?|raids?|bombardment)\s+(?:on|against)\s+(?:the\s+)?[A-Z]")
_AFTER_HEAD = re.compile(r"^.*?\bafter\s+", re.IGNORECASE | re.DOTALL)  # ", hours after " before the attack it names


def _after_cuts(sentence: str) -> list[int]:
    """Where the pieces telling an earlier attack after "after" begin: "came a day after …" always, ", hours after
    …" when the words before tell a strike (or one under way) and the one told after is one of its own on its own
    ground: told with its own blow and toll ("Rescuers searched the rubble on Tuesday, a day after strikes killed
    492" tells one attack, after the comma), or named as an attack by its time of day (", hours after a massive
    overnight attack on power plants")."""
    cuts = dates.after_clauses(sentence)
    for at in dates.after_clauses(sentence, comma=True):
        told = sentence[at:]
        named = _NAMED_ATTACK.search(_AFTER_HEAD.sub("", told, count=1))
        if at not in cuts and (_PAST_ATTACK.search(sentence, 0, at) or _UNDER_WAY.search(sentence, 0, at)) \
                and (named or _OWN_BLOW.search(told) and _OWN_TOLL.search(told) and _FROM_THE_AIR.search(told)) \
                and not _SAME_GROUND.search(told):
            cuts.append(at)
    return sorted(cuts)


_TARGET_CUES = [  # each searched again by the scope (``remembered``)
    # "a small US outpost in northeastern Jordan", "the garrison in Syria": the country an installation stands in,
    # which may be the attacker's own ("Iraqi militias hit a base in western Iraq")
    _GROUND_CUE := remembered(rf"\b(?:outposts?|bases?|air\s*bases?|garrisons?|installations?)\s+in\s+(?:the\s+)?"
                              rf"(?:{_DIRECTION}\s+)?(?P<who>{_COUNTRY})\b"),
    # "a heavy-water reactor in central Iran", "fuel depots in Yemen": the country a facility struck stands in (not the
    # attacker's own: "the refinery in Russia's south" told by a Russian source)
    remembered(rf"\b(?:reactors?|(?:nuclear|military|energy|oil|gas|missile|drone)\s+(?:sites?|facilit(?:y|ies)|plants?)|"
               rf"facilit(?:y|ies)|refiner(?:y|ies)|(?:fuel|oil|ammunition|arms|weapons)\s+depots?|power\s+(?:plants?|"
               rf"stations?))\s+(?:across|in|inside)\s+(?:the\s+)?(?:{_DIRECTION}\s+)?(?P<who>{_COUNTRY})\b(?!['’]s)"),
    # "air strikes against militants in the mountains of northern Somalia": the country the strikes were in
    remembered(rf"\b(?:air\s*strikes?|airstrikes?|strikes|raids|bombings?)\s+(?:against|on|targeting)\s+"
               rf"(?:(?!\b(?:from|by)\b)[^.;]){{0,60}}?\bin\s+(?:the\s+[\w-]+\s+of\s+)?(?:{_DIRECTION}\s+)?"
               rf"(?P<who>{_COUNTRY})\b"),
    remembered(rf"\b(?:on|at|against)\s+the\s+(?:[\w-]+\s+){{0,3}}?of\s+(?P<who>{_COUNTRY})\b"),
    remembered(rf"\b(?:at|on|against|across|inside|into|targets?\s+in|sites?\s+in)\s+(?:the\s+)?"
               rf"(?:{_DIRECTION}\s+)?(?P<who>{_COUNTRY})\b(?!-)(?!(?:'s|’s)\s+"
               rf"(?:air\s+force|defen|military|forces|general|ministry|security|{lexicon.PREMISES_ABROAD}|"
               rf"(?:[\w-]+\s+){{0,2}}?(?:Day|day|anniversary|holiday)\b))"
               # (not "at IDF positions on the Golan Heights", "at Israeli army posts in ...": the ground named after
               # the troops' own post is the one struck)
               rf"(?!\s+(?:[\w-]+\s+)?(?:positions?|posts?|outposts?|bases?|barracks|troops|soldiers|units?)\s+"
               rf"(?:in|on|at|near)\s)"),
    # "Ukraine's Air Force said Russia launched 415 drones, of which 386 were shot down": the state whose forces down
    # the weapons is the one they were sent against
    remembered(rf"\b(?P<who>{_COUNTRY})(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:air\s+defen[cs]es?|defen[cs]e\s+ministry|"
               rf"ministry\s+of\s+defen[cs]e|(?i:air\s+force))\b[^.;]{{0,80}}?(?:\b{ANY_HEAD}\b[^.;]{{0,40}}?\b(?:shot\s+down|"
               rf"brought\s+down|destroyed|intercepted|downed|repelled)|\b(?:shot\s+down|destroyed|intercepted|downed|"
               rf"repelled)\b[^.;]{{0,40}}?"
               rf"\b{ANY_HEAD}\b|\brepelled\b)"),
    remembered(rf"\b(?:the\s+)?(?P<who>{_NAT})\s+(?:border\s+)?(?:city|town|village|region|territory|airspace|"
               rf"capital|oblast|port|refinery)\b", re.IGNORECASE),
    # "military targets in 15 Indian cities": cities counted (not "bombers that drop bombs on Ukrainian cities", a
    # habit)
    remembered(rf"\b(?:{NUMBER}|several|multiple|many|various)\s+(?P<who>{_NAT})\s+(?:cities|towns|villages|ports)\b",
               re.IGNORECASE),
    # "In Syria, at least 23 fighters were killed in strikes in Deir Ezzor": a sentence headed by the state it tells of
    remembered(rf"^\W*(?:In|Inside|Across)\s+(?P<who>{_COUNTRY}),\s"),
    # "the Israeli strike on Tehran's Evin prison": a capital's site is its state's
    remembered(rf"\b(?:on|at|against|in)\s+(?P<who>{lexicon.STRUCK_CAPITAL_PATTERN})(?:'s|’s)\s"),
    # "air strikes against militants in the Cal Miskaad mountains of Somalia's Puntland region": a state's own ground
    remembered(rf"\b(?P<who>{_COUNTRY})(?:'s|’s)\s+(?:(?:semi-autonomous|breakaway|restive|northern|southern|eastern|"
               rf"western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)*"
               rf"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:region|province|state|governorate|district|"
               rf"mountains|port|city|coast)\b"),
    # "Iranian missiles struck southern Israel": a part of a state, named by its compass point, as what was struck
    remembered(rf"\b(?:struck|hit|hitting|striking|targeted|targeting|pounded|pounding|attacked|attacking|bombed|"
               rf"bombing)\s+(?:the\s+)?{_DIRECTION}\s+(?P<who>{_COUNTRY})\b(?!['’]s)"),
    # "fighter jets struck rocket launchers in southern Lebanon": a part of a state named by its compass point
    remembered(rf"\bin\s+(?:the\s+)?{_DIRECTION}\s+(?P<who>{_COUNTRY})\b(?!['’]s)"),
    # "struck 60 targets in Houthi-controlled Yemen", "in rebel-held areas of Sudan": a state named by who holds it
    remembered(rf"\bin\s+(?:[\w'’]+-(?:controlled|held|run)\s+)(?:(?:parts?|areas?|territory)\s+of\s+)?"
               rf"(?:{_DIRECTION}\s+)?(?P<who>{_COUNTRY})\b(?!['’]s)"),
]

# --- attribution and hedging -----------------------------------------------------------------------------

_HEDGE = lexicon.HEDGE
_SOURCE_NOUN = (r"(?:air\s+force|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|defen[cs]e\s+forces|military|army|"
                r"general\s+staff|governor|mayor|officials|authorities|(?:military\s+)?administration|media|"
                r"emergency\s+service|police|spokes(?:man|woman|person)|interior\s+ministry|prosecutors?|"
                r"security\s+service|intelligence|telegram\s+channels|witnesses|residents|rescue\s+service|"
                r"state\s+media|news\s+agency|agency|ministry|commander|head|energy\s+minister|minister|operator)")
# The words before a source noun start at a word's start: "paramilitary" holds no "military", and the
# search does not try the pattern inside every word.
_SOURCE = remembered(
    rf"(?:according\s+to\s+(?P<a>[^,.;]{{3,80}})|(?P<b>(?<![\w'’.-])(?:[\w'’.-]+\s+){{0,4}}?{_SOURCE_NOUN}(?:\s+[A-Z][\w'’-]+){{0,3}})"
    rf"(?:,\s*[^,]{{1,60}},)?\s+(?:said|says|reported|added|wrote|posted|claimed|told|stated|announced|confirmed)|"
    rf"(?:said|says|reported|added|wrote|posted|claimed|told)\s+(?P<c>(?:[\w'’.-]+\s+){{0,4}}?{_SOURCE_NOUN}"
    rf"(?:\s+[A-Z][\w'’-]+){{0,3}}))", re.IGNORECASE)


# =========================================================================================================


@dataclass
class Draft:
    """An event being assembled from the sentences that report it."""

    attacker: str | None
    target: str | None
    date: date | None = None
    date_span: tuple[int, int] | None = None
    vague_date: bool = False
    under_way: bool = False  # told as going on when published ("explosions are heard in Kharkiv")
    reported: date | None = None  # the day of the report telling it with no time of its own ("said on Sunday")
    night: bool = True  # False when dated as a day's own strike ("Thursday's strike"), which no night may join
    exact_night: bool = False  # dated by a night that names its morning ("overnight into Friday")
    headed: bool = False  # dated by a roundup's day heading ("TUESDAY, OCT. 11 — A second wave")
    earlier: bool = False  # dated by an earlier month or year only ("In June 2022, a missile strike killed 21")
    recalled: str | None = None  # that month or year as said ("june 2022"): a strike recalled by another is another
    partners: dict[str, tuple[int, int]] = field(default_factory=dict)  # joint attackers after the first named
    daytime: bool | None = None  # dated by a time of day ("on Friday afternoon") or by a night; None: not said
    asserted: bool = False
    cues: list[tuple[str, int, int]] = field(default_factory=list)  # ("attacker"/"target_country", start, end)
    places: dict[str, tuple[int, int]] = field(default_factory=dict)
    spoken: set[str] = field(default_factory=set)  # regions told only as a speaking official's ("governor of …")
    counts: dict[tuple[str, str], list[Fact]] = field(default_factory=lambda: defaultdict(list))
    vague_destroyed: dict[str, int] = field(default_factory=dict)  # category -> where "most were shot down" was said
    casualties: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    damage: dict[str, tuple[int, int]] = field(default_factory=dict)
    record: tuple[int, int] | None = None
    alert: tuple[float, tuple[int, int]] | None = None
    attribution: dict[tuple[int, int], tuple[str | None, bool]] = field(default_factory=dict)


@dataclass
class Segment:
    """A stretch of a sentence under one frame."""

    start: int  # relative to the sentence
    end: int
    attacker: str | None = None
    target: str | None = None
    attacker_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    ambiguous: bool = False  # both sides are the subject: no frame, no facts
    partners: list[tuple[int, int, str]] = field(default_factory=list)  # "US and British warplanes": the second
    occupied: bool = False  # every place struck in the piece is occupied ground of its target
    answered: bool = False  # the strike that the piece before answers ("in response to an Israeli strike that ..."):
    # an earlier attack of its own, which the attack being told never joins
    spills: Draft | None = None  # the attack whose strike on ground another state holds the piece tells, of its day


class _Reader:
    """Reads one article sentence by sentence, keeping the current frame."""

    def __init__(self, article: ArticleInput, observe=None):
        self.article = article
        self.observe = observe  # called with (features, category, value, role) of each weapon phrase: training
        self.last_features: dict[str, float] | None = None
        self.text = article.text
        # an article with no publication date is dated by a full date its title closes on or its dateline or lead prints
        self.published = dates.published_date(article.published) or dates.printed_date(self.text, article.title)
        hour = dates.published_hour(article.published)
        # published in the evening (a liveblog's entries carry times of their own)
        self.words = ScopeWords.for_language("en")
        self.evening = hour is not None and hour >= self.words.evening_hour \
            and not ENTRY_STAMP.search(self.text)
        # published before the day's strikes are told (``day_hours``): a morning report tells the day before
        self.morning = hour is not None and hour < self.words.day_hours[0] and not ENTRY_STAMP.search(self.text)
        # posted in the small hours (before ``[reconcile] small_hours_end``), while the night's attack may be going on
        self.small_hours = hour is not None and hour < Setting("reconcile", "small_hours_end")() \
            and not ENTRY_STAMP.search(self.text)
        # a commentary (``lexicon.COMMENTARY_LABEL``) tells no attack of its publication day unless it says so
        self.commentary = any(lexicon.COMMENTARY_LABEL.match(line) for line in
                              [article.title or ""] + [p for p in self.text.split("\n") if p.strip()][:3])
        self.events: list[Draft] = []
        self.current: Draft | None = None
        self.telling: Draft | None = None  # the attack being told when a sentence began
        self.last_category: str | None = None
        self.both_kinds = False  # whether the last weapons named were drones and missiles together
        self.sentences = sentences(self.text)
        self.parses = roles.Parses([s.text for s in self.sentences])  # parsed when a decision first needs it
        self.sentence_index = 0  # the sentence being read, and where its segment starts
        self.seg_start = 0
        self.mentions = [places.find(s.text) for s in self.sentences]
        led = _LED_COALITION.search(self.text)  # "the Saudi-led coalition": whose "coalition aircraft" are
        self.coalition = COUNTRY_WORDS.get(led.group("lead").lower()) if led else None
        countries = [p.place.country for ms in self.mentions for p in ms if p.struck and p.place.country]
        # The country most of the article's places are in: whom "the enemy" attacked; with no place struck, the
        # country of its dateline ("KYIV, January 31 — A relatively small wave: 85 drones overnight")
        countries = countries or [p.place.country for ms in self.mentions[:1] for p in ms
                                  if p.role == "dateline" and p.place.country]
        self.default_target = max(dict.fromkeys(countries), key=countries.count) if countries else None
        self.default_attacker = OPPONENT.get(self.default_target) if self.default_target else None
        # "Ukrainian drones struck the plant": an article whose struck places include occupied ground and none on the
        # occupier's own is about strikes by the state whose ground is occupied
        struck = [p.place for ms in self.mentions for p in ms if p.struck and p.place.country]
        self.own_ground = self.default_target if any(p.name in lexicon.OCCUPIED for p in struck) and not any(
            p.country == OPPONENT.get(self.default_target) for p in struck) else None
        self.pending: list[int] = []  # sentences read before any event existed
        self.heading: dates.DateMention | None = None  # the day of the roundup section being read (absolute offsets)
        self.section_opens = -1  # the sentence that opens the roundup section self.heading dates
        # "Then came the night into Thursday. Russia fired 70 missiles": the night a sentence opened, which dates the
        # rest of its paragraph, and the heading it stands in for until then
        self.opened: tuple[dates.DateMention | None] | None = None
        self.last_source: str | None = None  # who the last attributed sentence named, for "he said"
        # "Then at about 11:00 the sirens sounded again. This time Russia fired ballistic missiles": a time of day
        # told just before the strike
        self.told_period: bool | None = None
        # "Separately, the Air Force said Russia launched 55 drones overnight": the strike being told is not this one
        self.apart_from: Draft | None = None
        # the earlier attack a paragraph goes on with ("came two days after drones set fire to warehouses in
        # Lviv. Firefighters needed a day..."), and the attack being told, to which the next paragraph returns
        self.resume: tuple[Draft, Draft] | None = None
        # "ODESA REGION.", "Syzran, August 15": a roundup's heading names the place its section tells of (absolute)
        self.heading_places: list[tuple[str, str | None, tuple[int, int]]] = []
        self.heading_regions: list[tuple[str, tuple[int, int]]] = []  # a heading's region that so far only locates
        self.last_day: date | None = None  # the last day the text named, for "three days later"
        self.after_told = False  # whether the piece being read is the earlier attack of "came two days after …"
        self.running_told = -2  # the index of the last sentence that gave a toll over a war or a period
        self.last_toll_field: str | None = None  # the kind of the casualty figure read last, "killed" or "injured"
        self.last_toll: tuple[int, Draft] | None = None  # the sentence and the event of the casualty figure read last
        # "On the night of May 7-8, India said Pakistan tried to strike 15 cities. In response, India said, it
        # targeted radars": the full date the opening sentence of the paragraph being read dated its attack by
        self.paragraph_day: dates.DateMention | None = None

    # -- frames ---------------------------------------------------------------------------------------

    def _find(self, attacker: str | None, target: str | None, day: date | None, night: bool = True,
              daytime: bool | None = None, earlier: bool = False, period: bool | None = None,
              before: bool | str = False, own: set[str] | None = None, that_night: bool = False,
              exact: bool = False, headed: bool = False, launch: bool = False, late: bool = False,
              recalled: str | None = None) -> Draft | None:
        """The event of this frame on this day; a night attack may be dated either side of midnight, unless both
        name their morning (``exact``: "overnight into Thursday", "overnight into Friday" are two nights) or both
        are dated by a roundup's day headings (``headed``: "Monday — …", "Tuesday — …" are two days). A strike
        told at a time of day and no date (``period``) never joins one told as the night's, nor the reverse.
        ``before``: the piece tells, in the pluperfect, an attack before the event's: a night before it ("On
        Sunday night Russia had hit Ukraine with 298 drones"), not the event dated either side of midnight,
        or the same day's before a daytime strike. An attack told by its own day and places (``own``) never
        joins an undated one told of other places. A night named by its morning whose launch is counted
        (``exact`` and ``launch``: "Overnight into Thursday, Russia sent another 130 drones") never joins an event
        of the day before that already counts a launch: two tallies are two nights. A strike ``late`` on a day
        ("Late on Friday, missiles struck Dobropillia") is not the night that ended on that day's morning ("Before
        dawn on March 7"): it belongs to the night that ends the next morning. Two strikes recalled by two months or years
        (``recalled``: "In January 2017, a jet bombed a camp … In January 2023, a strike killed 40") are two."""
        # the event being told first ("the air force said Russia launched 84 missiles" in the entry that tells it),
        # then the latest
        order = sorted(reversed(self.events), key=lambda e: e is not self.current)
        for ev in order:
            if ev is self.apart_from:
                continue
            if ev.attacker == attacker and ev.target == target and ev.earlier == earlier \
                    and (None in (recalled, ev.recalled) or ev.recalled == recalled):
                if day is None and None not in (period, ev.daytime) and ev.daytime != period:
                    continue
                if None not in (daytime, ev.daytime, ev.date, day) and ev.daytime != daytime:
                    continue  # "a glide-bomb strike on Kharkiv on Friday afternoon" beside the night's wave
                if daytime is True and ev.daytime is None and ev.date == day and not ev.earlier \
                        and (ev.exact_night or self._told_at_night(ev)):
                    continue  # "At 14:20 on Sunday a guided bomb hit a house" after "on the night of Sunday, July 6"
                if before == "earlier" and ev.daytime is not False and ev.date == day:
                    continue  # "Earlier on Sunday, Russia had launched 120 missiles", told after Sunday evening's strike
                if day is not None and ev.date is None and self._told_undated(ev, day, before is True):
                    continue  # "On Tuesday, a drone hit an ambulance in Horlivka" after today's strike was told
                if late and ev.exact_night and ev.date == day:
                    continue  # "Late on Friday" after the night that ended on Friday morning
                if night and not that_night and day is not None and ev.date == day \
                        and (self._evening_of(ev) or self._daytime_morning_of(ev)):
                    # "overnight", the night that ended on Friday morning, after "on Friday evening" or after "on
                    # Friday morning" told at 10:40
                    continue
                if day is not None and ev.date is None and own is not None and ev.places and not own & set(ev.places):
                    continue  # "the toll from Thursday night's attack on Kharkiv" after the strike on Kryvyi Rih
                if day is None or ev.date is None or ev.date == day or \
                        (night and ev.night and abs((ev.date - day).days) <= 1 and not (before and day < ev.date)
                         and not (that_night and ev.date < day) and not (exact and ev.exact_night)
                         and not (headed and ev.headed)
                         and not (exact and ev.date < day and (self._morning_of(ev) or self._plain_day(ev)
                                                               or self._earlier_section(ev)))
                         and not (exact and launch and _counts_launch(ev))) or \
                        (late and ev.night and ev.daytime is not True and not before
                         and ev.date - day == timedelta(days=1) and not (headed and ev.headed)):
                    # "late on Saturday" beside the wave of the night into Sunday: the same night's (not a strike
                    # on Sunday afternoon, nor one it came hours after)
                    return ev
        return None

    def lead_day(self) -> date | None:
        """The day an attack told with no time reference took place, when it is not the day of publication: in
        a morning report whose first attack is dated to an earlier day ("Israeli jets struck Beirut's suburbs on
        Tuesday evening ... Hezbollah fired rockets at Beit Hillel", published at 02:15 on Wednesday), that
        attack's day, the day the report tells of; not when that attack was told in its morning ("early on
        Friday"), for the night after it ends on the morning of publication; nor when that attack is of a day before
        the eve of publication ("Last Sunday, drones hit the refinery" after an undated lead in a Saturday morning's
        report): an attack recalled, not the one the morning's report tells of. Else, at any hour, the day before
        publication that the report's opening sentence dates its story by (``dates.opening_day``)."""
        opening = dates.opening_day(self.sentences[0].text, self.published) if self.sentences else None
        if not self.morning or self.published is None:
            return opening
        lead = next((e for e in self.events if e.date is not None and e.date_span is not None and not e.earlier), None)
        if lead is None:
            return opening
        if lead.date >= self.published or lead.date < self.published - timedelta(days=1) \
                or self._morning_of(lead) or \
                _MORNING_BEFORE.search(self.text, max(0, lead.date_span[0] - 30), lead.date_span[0]):
            return None  # (an attack early on the day before is not the day the morning's report tells of)
        return lead.date

    def _morning_of(self, ev: Draft) -> bool:
        """Whether ``ev`` is dated by a day's morning ("On Saturday morning a drone struck a minibus"): the night
        that ends the next morning ("Overnight into Sunday, Russia launched 273 drones") is another attack."""
        return ev.date_span is not None and bool(_MORNING_AFTER.match(self.text, ev.date_span[1]))

    def _daytime_morning_of(self, ev: Draft) -> bool:
        """Whether ``ev`` is dated by a day's morning that the first clock time told after it puts in the day ("on
        Sunday morning ... The missiles struck at about 10:15"): a strike of that day, which the night that ended
        that morning ("overnight into Sunday, Russia also sent 55 drones") never joins."""
        if ev.date_span is None or ev.headed:
            return False
        start, end = ev.date_span
        before = self.text[max(0, start - 30):start].lower()
        return morning_clock(self.text, end, before, self.words) == "day"

    def _evening_of(self, ev: Draft) -> bool:
        """Whether ``ev`` is dated by a day's evening ("On Sunday evening a missile hit a block", "late on Sunday"):
        the night that ended that day's morning ("overnight", "overnight into Sunday") is another attack."""
        if ev.date_span is None or ev.headed:
            return False
        start, end = ev.date_span
        return bool(_EVENING_AFTER.match(self.text, end)) or dates.said_late(self.text[start:end])

    def _earlier_section(self, ev: Draft) -> bool:
        """Whether ``ev`` was dated in a roundup's section before the one being read ("Saturday, 30 December ...
        late on Saturday evening, missiles struck Kharkiv" before "Sunday, 31 December. Overnight into Sunday"):
        the earlier day's own strike, never the night the next section names by its morning."""
        return self.heading is not None and ev.date_span is not None and ev.date_span[0] < self.heading.start

    def _plain_day(self, ev: Draft) -> bool:
        """Whether ``ev`` is dated by a day said with no night ("On Sunday, Russia fired 120 missiles", "on 17
        November"): if a night at all, the one that ended that morning, never the next one named by its morning
        ("Overnight into Monday, Russia launched 11 drones")."""
        if ev.date_span is None or ev.headed:
            return False
        start, end = ev.date_span
        return not _NIGHT_NEAR.search(self.text, max(0, start - 16), min(len(self.text), end + 16))

    def _later_days_strike(self, piece: str, seg: Segment, mentions: list[PlaceMention], ev: Draft, day: date,
                           night: bool, mention: dates.DateMention) -> bool:
        """Whether PIECE, naming DAY after the day of EV, tells a strike of that later day, of the same sides: told
        with a verb of striking (a toll rising strikes nothing), a day or more later (the very next day's too, when
        neither is told as a night, or when one is a night named by the morning it ended and the other a day's:
        "before dawn on Sunday" and "On Monday, strikes hit the depots", "on Saturday between 6pm and 7.40pm" and
        "between 10pm on Saturday and 5am on Sunday"; a day's attack named by its day, "Monday's attacks targeted
        fuel depots", as a day's)."""
        if ev.date is None:
            return False
        named_morning = mention.kind in dates.EXACT_NIGHTS and (self._morning_of(ev) or self._plain_day(ev))
        next_day_apart = not night and (ev.daytime is None or ev.exact_night) or named_morning
        attack_day = mention.kind == "attack_day"  # "Monday's attacks targeted fuel depots"
        return (day - ev.date).days > (0 if next_day_apart else 1) \
            and (mention.kind in ("full", "day") or attack_day or named_morning) and bool(_STRIKE_VERB.search(piece)) \
            and self._same_sides_earlier(piece, seg, mentions, ev, attack_day)

    def _daytime_strike_after_night(self, piece: str, seg: Segment, mentions: list[PlaceMention], ev: Draft,
                                    day: date) -> bool:
        """Whether PIECE, told in the daytime of DAY, tells a strike of its own after EV, the wave of the night
        that ended on DAY (or one told as the day's), by the same sides and with a verb of striking."""
        return ev.date == day and (ev.daytime is False or ev.night and ev.daytime is None
                                   and ev.date_span is not None and not self._plain_day(ev)) \
            and bool(_STRIKE_VERB.search(piece)) and self._same_sides_earlier(piece, seg, mentions, ev)

    def _same_sides_earlier(self, piece: str, seg: Segment, mentions: list[PlaceMention], ev: Draft,
                            attack_day: bool = False) -> bool:
        """Whether a piece with no frame of its own, dated before ``ev``, tells an aerial attack of ``ev``'s sides:
        not "the attack began at 23:00 on 28 December" (``ev`` itself), not "Iran's attack on April 13" or "the
        drone attack on a base in Jordan" (another side's), not "the attack in which gunmen killed 26" (no air).
        In a report of an aerial attack, "the toll from Sunday's attack" (``attack_day``) is one unless it
        names ground fire."""
        # "On December 13, a strike on the thermal plant left the region without heat": in a report of aerial
        # attacks, a strike by no other side is one of them
        aerial = AERIAL.search(piece) or ((attack_day or re.search(r"\b(?:strikes?|raids?)\b", piece, re.I))
                                           and not GROUND.search(piece))
        began = re.search(r"\b(?:began|started|lasted|continued)\b", piece, re.I)
        if not aerial or (began and not re.search(r"\bwhen\s", piece[began.end():]) or began and not
                          _PAST_ATTACK.search(piece[began.end():])):
            return False  # "the attack began at 23:00", not "the attacks began on Sunday, when drones struck the base"
        named, owners = set(), set()  # owners: "Iran's attack" names whose attack it is
        for m in _STATE_WORD.finditer(piece):
            who = COUNTRY_WORDS.get(re.sub(r"^the\s+", "", m.group().lower()))
            (owners if re.match(r"['’]s\b", piece[m.end():]) else named).add(who)
        named |= {p.place.country for p in mentions if seg.start <= p.start < seg.end and p.place.country}
        return named <= {ev.attacker, ev.target, None} and owners <= {ev.attacker, None}

    def _nights_count_after_day(self, sentence: str) -> bool:
        """Whether SENTENCE counts the weapons of a night ("Overnight, 41 drones had been launched", "Russia also
        launched 64 Shahed drones overnight") while the attack being told is a strike told at a time of the day
        ("guided bombs struck a shopping centre in the afternoon", "the missiles struck at 10:40"): the night's wave,
        told after the day's strike, is an attack of its own (the reverse of a daytime strike told after the night's
        wave, ``_daytime_strike_after_night``); not "another six drones were shot down before dawn", the count of the
        wave being told going on."""
        ev = self.current
        return ev is not None and ev.daytime is True and not ev.earlier and bool(_NIGHT_TOLD.search(sentence)) \
            and bool(_COUNTED.search(sentence)) and not _COUNT_GOES_ON.search(sentence)

    def _told_undated(self, ev: Draft, day: date, before: bool = False) -> bool:
        """Whether ``ev`` was told with no date, as the report's own day's attack, with its places, and
        ``day`` is two or more days before that: a strike of an earlier day, not this one's date. An attack
        told as one before (``before``: "a day after Saturday night's attack, which ended on Sunday") may be
        of the day before."""
        return (ev.asserted and not ev.vague_date and not ev.earlier and self.published is not None
                and (self.published - day).days >= (1 if before else 2) and bool(ev.places))

    def _event_for(self, attacker: str | None, target: str | None, day: date | None, create: bool,
                   night: bool = True, daytime: bool | None = None, earlier: bool = False,
                   period: bool | None = None, occupied: bool = False, before: bool | str = False,
                   own: set[str] | None = None, that_night: bool = False, exact: bool = False,
                   headed: bool = False, launch: bool = False, late: bool = False,
                   recalled: str | None = None) -> Draft | None:
        if attacker is None and target is None:
            return None
        if attacker is None and occupied:
            attacker = target  # "explosions rocked occupied Luhansk": the state whose ground it is strikes there
        if attacker is None:
            same_target = [e for e in reversed(self.events) if e.target == target]
            attacker = same_target[0].attacker if same_target else \
                next((a for a, t in OPPONENT.items() if t == target and OPPONENT.get(t) == a), None)
            now = self.current
            if attacker is None and (day is None or now is None or now.date is None or day >= now.date):
                # "US strikes hit Sanaa. ... The group said it fired a ballistic missile at Israel": an attack on a
                # state by no one named is by the one side the article has told whose usual foe that state is (an
                # answer, never before the attack being told: not "the October 7 attack" in a report of July)
                answering = {side for e in self.events for side in (e.attacker, e.target)
                             if side not in (None, target) and OPPONENT.get(side) == target}
                attacker = answering.pop() if len(answering) == 1 else None
            if attacker is None and now is not None and now.attacker not in (None, target) and now.asserted \
                    and target not in OPPONENT and now.attacker not in OPPONENT and (day is None or now.date in (None, day)):
                # "The United States struck targets in Iraq and Syria. ... In Syria, 23 fighters were killed in
                # strikes in Deir Ezzor": strikes on a state at war with no one named are those being told, when their
                # attacker strikes more than one state (Russia's strikes are on Ukraine, whatever Belarus reports)
                attacker = now.attacker
        if target is None:  # the attacker's last target, its own occupied ground, its usual one, or the country
            # most places are in
            target = next((e.target for e in reversed(self.events) if e.attacker == attacker), None) or \
                (attacker if attacker == self.own_ground else None) or OPPONENT.get(attacker) or (self.default_target if self.default_target != attacker else None)
        ev = self._find(attacker, target, day, night, daytime, earlier, period, before, own, that_night, exact, headed,
                        launch, late, recalled)
        if ev is None and attacker is not None and target is not None:
            # "Drones struck the airport on Tuesday. ... The RSF said it had targeted the airport": an attack told
            # first with no attacker takes the one named later for the same target and day
            ev = self._find(None, target, day, night, daytime, earlier, period)
            if ev is not None:
                ev.attacker = attacker
        if ev is None and create:
            ev = Draft(attacker, target, daytime=daytime if daytime is not None else period, earlier=earlier,
                       vague_date=earlier, recalled=recalled)
            if period is not None and day is None:
                # told apart from the other period's event by its time of day alone: the same day's ("hours later,
                # in broad daylight, a salvo was fired at Kyiv"), and a day's own strike no other night joins
                told = next((e for e in reversed(self.events) if e.attacker == attacker and e.target == target
                             and e.date is not None and not e.earlier), None)
                ev.date, ev.night = (told.date if told else None), not period
            self.events.append(ev)
        return ev

    def _event_of_day(self, attacker: str | None, target: str | None, day: date, night: bool) -> Draft:
        """The event of these sides dated ``day`` exactly, or a new one: a night of a list of nights told in one
        sentence ("101 drones on the night to Sunday, 149 drones to Monday"), which no night either side joins,
        nor a strike told in the daytime of that day ("A daytime missile strike on Dnipro")."""
        ev = next((e for e in reversed(self.events) if (e.attacker, e.target) == (attacker, target)
                   and e.date == day and not e.earlier and not (night and e.daytime is True)), None)
        if ev is None:
            ev = Draft(attacker, target)
            self.events.append(ev)
        return ev

    def _by_places(self, mentions: list[PlaceMention], seg: Segment, day: date | None) -> Draft | None:
        """"The number killed in Ternopil rose to 19", read while another strike is told: the one event
        whose places the piece names, when the current event has none of them."""
        named = {p.place.name for p in mentions if p.struck and seg.start <= p.start < seg.end}
        if not named or self.current is None or not self.current.places or named & set(self.current.places):
            return None
        owners = [e for e in self.events if e is not self.current and named <= set(e.places)
                  and (day is None or e.date in (None, day))]
        return owners[0] if len(owners) == 1 else None

    def segments(self, s: Sentence, mentions: list[PlaceMention]) -> list[Segment]:
        """Cut a sentence at each attacker cue; give every piece its attacker and target."""
        cues: list[tuple[int, int, str]] = []
        if any(not _allies(m) for m in _BOTH_SIDES.finditer(s.text)):
            # "Russia and Ukraine traded drone attacks": facts here belong to neither
            return [Segment(0, len(s.text), ambiguous=True)]
        joint_cues: list[tuple[int, int, str]] = []
        leads: dict[int, int] = {}  # where the piece of an attacker named after its weapon begins
        for rx in _ATTACKER_CUES:
            for m in rx.finditer(s.text):
                word = _NAMED_ENEMY_AFTER.sub("", re.sub(r"^the\s+", "", m.group("who").lower())).strip()
                who = ENEMY if word == "enemy" else COUNTRY_WORDS.get(word) or lexicon.CAPITALS.get(word)
                if who and not any(a <= m.start("who") < b for a, b, _ in cues):
                    cues.append((m.start("who"), m.end("who"), who))
                    if m.groupdict().get("lead"):
                        leads[m.start("who")] = m.start("lead")
                    second = COUNTRY_WORDS.get(re.sub(r"^the\s+", "", (m.groupdict().get("who2") or "").lower()))
                    if second and second != who:  # "US and British warplanes": a joint attack, one event each
                        joint_cues.append((m.start("who2"), m.end("who2"), second))
        for m in itertools.chain(_GROUP_SUBJECT.finditer(s.text), _GROUP_AGENT.finditer(s.text)):
            named = list(_GROUP_NAME.finditer(self.text, 0, s.start + m.start("who")))
            who = COUNTRY_WORDS.get(named[-1].group().lower()) if named else None
            if who and not any(a <= m.start("who") < b for a, b, _ in cues):
                cues.append((m.start("who"), m.end("who"), who))
                if m.groupdict().get("lead"):
                    leads[m.start("who")] = m.start("lead")
        for m in _COALITION_CUE.finditer(s.text) if self.coalition else ():
            who_at = m.start("who") if m.group("who") else m.start("subject")
            if not any(a <= who_at < b for a, b, _ in cues):
                cues.append((who_at, who_at + len("coalition"), self.coalition))
        if not cues:
            # "450 Shahed-type drones, launched from Kursk, Bryansk and Oryol": no attacker named, but the launch
            # sites are the attacker's ground (an occupied one its occupier's)
            for p in mentions:
                if p.role == "launch" and p.place.country and _LAUNCHED_FROM.search(s.text[:p.start]):
                    who = OPPONENT.get(p.place.country) if p.place.name in lexicon.OCCUPIED else p.place.country
                    if who:
                        cues.append((p.start, p.end, who))
                        break
        cues.sort()
        # "US and British warplanes": a joint attack is coded as its first-named attacker
        joint = [i for i in range(1, len(cues)) if re.fullmatch(r"\s*(?:and|,|/|-)\s*", s.text[cues[i - 1][1]:cues[i][0]])]
        partners = joint_cues + [cues[i] for i in joint if cues[i][2] != cues[i - 1][2]]
        cues = [c for i, c in enumerate(cues) if i not in joint]
        merged: list[tuple[int, int, str]] = []
        for c in cues:  # consecutive cues for the same attacker belong to one segment
            if not merged or merged[-1][2] != c[2]:
                merged.append(c)
        bounds = [0] + [max(leads.get(c[0], c[0]), b[0]) for b, c in itertools.pairwise(merged)] + [len(s.text)]
        # "on November 25, bombs struck Kharkiv, injuring 23, and on August 30, a bomb struck ...": each dated
        # strike is its own piece, with the attacker of the piece it is cut from
        # ("...; on June 10 it was 315 drones and seven missiles": a dated count is a strike of its own too)
        cuts = [m.start("on") for m in _DATED_CLAUSE.finditer(s.text)
                if _STRIKE_VERB.search(m.group("told")) or WEAPON.search(m.group("told"))
                or _ATTACK_NOUN_VERB.search(m.group("told"))]
        cuts += [m.start("on") for m in _MONTH_CLAUSE.finditer(s.text) if _PAST_ATTACK.search(m.group("told"))]
        cuts += [c for cs in _nights_listed(s.text) for c in cs]  # "101 drones on the night to Sunday, 149 drones
        # to Monday": a night each
        # "Monday's attack came a day after drones hit the air base": the attack after "after" is another piece
        after_cuts = _after_cuts(s.text)
        cuts += after_cuts
        pieces = []
        for i in range(len(bounds) - 1):
            edges = [bounds[i], *(c for c in cuts if bounds[i] < c < bounds[i + 1]), bounds[i + 1]]
            pieces += [(a, b, i) for a, b in itertools.pairwise(edges)]
        segs = []
        for start, end, i in pieces:
            seg = Segment(start, end)
            if merged:
                seg.attacker, seg.attacker_span = merged[i][2], (merged[i][0], merged[i][1])
                seg.partners = [c for c in partners if seg.start <= c[0] < seg.end and c[2] != seg.attacker]
            self._target(s, seg, mentions)
            struck = [p for p in mentions if p.struck and seg.start <= p.start < seg.end and p.place.country == seg.target]
            # ("launched from Kursk, Bryansk and occupied Crimea" names launch sites, not the ground struck)
            seg.occupied = bool(struck) and all(p.place.name in lexicon.OCCUPIED for p in struck) and not any(
                p.role == "launch" for p in mentions if seg.start <= p.start < seg.end)
            if seg.attacker == ENEMY:
                seg.target = seg.target or self.default_target
                seg.attacker = OPPONENT.get(seg.target) if seg.target else None
            if seg.attacker is None and seg.target is not None:
                seg.attacker, seg.spills = self._held_grounds_side(seg, mentions, segs[-1] if segs else None)
            elif start in after_cuts and merged and merged[i][0] < start and segs and seg.target is not None:
                # "Israeli jets struck south Lebanon, hours after a rocket hit Majdal Shams": an earlier strike that
                # names no attacker of its own, on ground the striking side holds, is the other side's
                held = self._held_grounds_side(replace(seg, attacker=None), mentions, segs[-1])[0]
                seg.attacker = held or seg.attacker
            if seg.target is None and segs and segs[-1].attacker not in (None, seg.attacker) \
                    and _ANSWERED.search(s.text, segs[-1].start, seg.start):
                # "Hezbollah claimed a rocket attack on Mount Hermon, in response to an Israeli strike that killed four
                # of its fighters": the strike answered was on the side that answers it
                seg.target, seg.answered = segs[-1].attacker, True
            segs.append(seg)
        return [part for seg in segs for part in self._provoked(s, seg, mentions)]

    def _held_grounds_side(self, seg: Segment, mentions: list[PlaceMention],
                           before: Segment | None) -> tuple[str | None, Draft | None]:
        """"Iran fired 180 missiles at Israel. ... A man was killed in Jericho by falling debris": a strike that names no
        attacker on ground another state holds (``lexicon.HELD_GROUND``) is by the attacker of the attack being told when
        its target holds that ground, and by that target when its attacker does ("Israel struck Beirut, days after a
        rocket killed 12 children in Majdal Shams"). The first is of the day of the attack it spills from. The attack
        being told is the piece ``before`` in the sentence, when it has sides, else the current event."""
        now = self.current if before is None or before.attacker is None or before.target is None else \
            Draft(before.attacker, before.target)
        struck = {p.place.name for p in mentions if p.struck and seg.start <= p.start < seg.end
                  and p.place.country == seg.target}
        holders = {lexicon.HELD_GROUND.get(name) for name in struck}
        if now is None or now.attacker is None or len(holders) != 1 or None in holders:
            return None, None
        holder = holders.pop()
        if now.target == holder and now.attacker != seg.target:
            return now.attacker, now if now is self.current else None
        if now.attacker == holder and now.target not in (None, seg.target):
            return now.target, None
        return None, None

    def _provoked(self, s: Sentence, seg: Segment, mentions: list[PlaceMention]) -> list[Segment]:
        """"the commander it holds responsible for Saturday's rocket attack on Majdal Shams that killed 12": the
        attack a strike answers, told with its own day, is the other side's: the piece after the cue is cut off
        with the sides turned round (the ground it struck, when named, gives its target)."""
        m = _PROVOKED_BY.search(s.text, seg.start, seg.end)
        if m is None:
            return [seg]
        # the two sides: the piece's own (a target named before the cue), else those of the attack being told
        now = self.current
        own = seg.target if seg.target_span is None or seg.target_span[0] < m.start() else None
        striking = seg.attacker or (now.attacker if now and own in (now.target, None) else None)
        struck_side = own or (now.target if now and now.attacker == striking else None)
        if striking is None or struck_side is None or striking == struck_side:
            return [seg]
        told = s.text[m.end():seg.end]
        if not _ATTACK_TOLD.match(told) or not dates.mentions(told, self.published) or any(
                rx.search(told) for rx in _ATTACKER_CUES):
            return [seg]  # "in response to Ukrainian strikes": a vague cause, or one whose attacker is named
        if not _FROM_THE_AIR.search(told):
            # "in response to the April 22 attack in Pahalgam that killed 26": an attack not from the air is no event,
            # and neither its ground nor its toll is the answering strike's
            return [replace(seg, end=m.end())]
        cause = Segment(m.end(), seg.end, attacker=struck_side)
        self._target(s, cause, mentions)  # "on a base in Jordan": the ground struck names its country
        if cause.target in (None, cause.attacker):
            cause.target = striking
        first = replace(seg, end=m.end()) if own else replace(seg, end=m.end(), target=struck_side, target_span=None)
        return [first, cause]

    def _target(self, s: Sentence, seg: Segment, mentions: list[PlaceMention]) -> None:
        piece = s.text[seg.start:seg.end]
        for rx in _TARGET_CUES:
            for m in rx.finditer(piece):
                word = re.sub(r"^the\s+", "", m.group("who").lower())
                who = COUNTRY_WORDS.get(word) or lexicon.CAPITALS.get(word) or lexicon.SEATS.get(word)
                if _NOT_TARGET_BEFORE.search(piece[max(0, m.start() - 40):m.start("who")]):
                    continue  # "sanctions against Russia", "pressure on Moscow"
                if places.launch_site_follows(piece[:m.start("who")]):
                    continue  # "took off from an airfield in Russia's Kursk region": where they were launched from
                if who and (who != seg.attacker or rx is _GROUND_CUE) and \
                        not (seg.attacker == ENEMY and who == self.default_attacker):
                    seg.target, seg.target_span = who, (seg.start + m.start("who"), seg.start + m.end("who"))
                    return
        countries = [p.place.country for p in mentions
                     if p.struck and p.place.country and seg.start <= p.start < seg.end
                     and (p.place.country != seg.attacker or p.place.name in lexicon.OCCUPIED)
                     and not (seg.attacker == ENEMY and p.place.country != self.default_target)]
        if countries:
            seg.target = max(dict.fromkeys(countries), key=countries.count)
            first = next(p for p in mentions if p.place.country == seg.target and seg.start <= p.start < seg.end)
            seg.target_span = (first.start, first.end)

    # -- reading --------------------------------------------------------------------------------------

    def _entry_days(self) -> dict[int, date]:
        """A liveblog that crossed midnight: the day of each entry posted before it, counted back from the entry
        posted last (at the publication time, on its day), a day each time the clock goes back across midnight.
        An entry posted in the evening tells the night that ends the next morning. Empty when every entry is of the
        publication's day, or when the time stamp is not that of the last entry."""
        published = dates.published_date(self.article.published)
        stamp = self.article.published or ""
        at = re.search(r"T(\d{2}):(\d{2})", stamp)
        if published is None or at is None:
            return {}
        posted = []  # (sentence index, minutes of the day)
        for i, s in enumerate(self.sentences):
            m = ENTRY_STAMP.match(self.text, s.start)
            t = re.match(r"[ \t]*(?:Posted\s+at\s+)?(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?", m.group()) if m else None
            if t:
                hour = int(t.group(1)) % 12 + (12 if (t.group(3) or "").lower() == "p" else 0) if t.group(3) \
                    else int(t.group(1))
                posted.append((i, hour * 60 + int(t.group(2))))
        if len(posted) < 3:
            return {}
        falling = sum(b[1] < a[1] for a, b in itertools.pairwise(posted))
        if falling * 2 > len(posted) - 1:
            posted.reverse()  # the latest entry first: read them from the oldest
        last = posted[-1][1]
        if last > int(at.group(1)) * 60 + int(at.group(2)) + _ENTRY_LAG_MINUTES:
            return {}  # the time stamp is not that of the last entry
        days, day = {}, published
        ordered = list(reversed(posted))  # the last posted first
        days[ordered[0][0]] = day
        for (_, later), (i, minutes) in itertools.pairwise(ordered):
            if minutes > later:
                day -= timedelta(days=1)  # across midnight, going back
            days[i] = day
        # a liveblog kept open past midnight tells, in its evening entries, the night's attack that went on past it
        evening = self.words.evening_hour * 60
        shifted = {i: d + timedelta(days=1) if minutes >= evening and d < published else d for i, minutes in posted
                   for d in (days[i],)}
        return shifted if any(d != published for d in shifted.values()) else {}

    def _update_day(self, when: str) -> date | None:
        """The day an update heading names ("May 5", "Monday May 5, 10:40 p.m.", "Saturday, July 20"), when it is
        the stamp's day or up to a week after it."""
        found = [d.value for d in dates.mentions(when, self.published) if d.kind == "full" and d.value]
        if not found or self.published is None:
            return None
        day = found[0]
        if day.year < self.published.year:  # "May 5" read in a report stamped May 4 is this year's
            day = day.replace(year=self.published.year)
        return day if 0 <= (day - self.published).days <= 7 else None

    def read(self) -> list[Draft]:
        headline = False  # whether the line being read may be the headline of a liveblog entry
        entry_days = self._entry_days()
        stamped = self.published  # an update heading re-dates what follows it; the record keeps the stamp's day
        entry_heading = False  # whether self.heading is the day of a liveblog entry that crossed midnight
        timeline = dates.timeline(self.text)  # paragraphs opened by dates ("2 March — …"): each heads a section
        for i in range(len(self.sentences)):
            entry = ENTRY_STAMP.match(self.text, self.sentences[i].start)
            if entry:
                # "16:40 GMT | Toll rises to nine": a liveblog's entry tells its lead story unless it names another,
                # whatever the entry before it told
                self.current = next((e for e in self.events if e.asserted and not e.earlier
                                     and e.target == self.default_target), self.current)
                rest = self.text[entry.end():self.sentences[i].end]
                if i in entry_days:  # "18:15 — …" in a liveblog published at 02:30: the day before
                    self.heading = dates.DateMention(entry_days[i], entry.start(), entry.end(), "heading")
                    entry_heading = True
                elif entry_heading:
                    self.heading, entry_heading = None, False
                posted = dates.day_heading(rest.strip(), self.published)
                if posted is not None:  # "3:05 p.m. ET, April 24, 2025": the day it was posted dates what it tells
                    at = self.sentences[i].end - len(rest.strip())
                    self.heading = replace(posted, start=at + posted.start, end=at + posted.end)
                if posted is not None or not rest.strip(" |—–,()"):
                    headline = True  # the stamp alone: the entry's headline is the next line
                    continue
                if self._headline(i):
                    continue  # "21:40 | Kyiv toll climbs to 16": the entry's text tells it again, in full
            elif headline and self._headline(i):
                headline = False
                continue
            headline = False
            if _LINK_LINE.match(self.sentences[i].text):
                continue  # "Read also: Russian drone attack on Odesa damages port infrastructure": another report
            update = _UPDATE.match(self.text, self.sentences[i].start)
            if update and (day := self._update_day(update.group("when"))) is not None:
                # "UPDATE, May 5: IDF jets struck Hodeidah on Monday evening": what follows is told as of that day
                self.published = day
            placed = self._place_heading(i)
            heading = dates.day_heading(self.sentences[i].text, self.published) if not entry else None
            if placed or heading is not None:
                self.heading_places = placed  # a day heading with no place ends the last place's section
                self.heading_regions = []
            if heading is not None:
                # "Monday:", "Kharkiv, Tuesday.": a roundup's heading dates what follows, until the next one
                s = self.sentences[i]
                self.heading = replace(heading, start=s.start + heading.start, end=s.start + heading.end)
                self.current, self.section_opens = None, i + 1
                continue
            if placed:
                continue
            lead = dates.day_lead(self.sentences[i].text, self.published) or (
                dates.date_lead(self.sentences[i].text, self.published) if timeline else None)
            if lead is not None:
                # "Tuesday: Russia launched…": the paragraph's day heads a new section of the roundup
                s = self.sentences[i]
                self.heading = replace(lead, start=s.start + lead.start, end=s.start + lead.end)
                self.current, self.section_opens = None, i
            elif self.heading is not None and dates.titled_section(self.sentences[i].text):
                self.heading = None  # "**The totals.** Israel says 28 people were killed": no day's section any more
            if self.opened is not None and "\n" in self.text[self.sentences[i - 1].end:self.sentences[i].start]:
                self.heading, self.opened = self.opened[0], None  # the paragraph a night opened has ended
            had_event = any(e.asserted for e in self.events)
            self._sentence(i)
            self._open_night(i)
            if not had_event and any(e.asserted for e in self.events) and self.pending:
                # A liveblog's latest entry, or a toll given before the attack is told: read it again now.
                first, keep = self.current, self.pending
                if first is not None and first.recalled:
                    # "A jet bombed a market, killing nine. ... In March 2022, an air strike on a clinic in Chernihiv
                    # killed 30": the strike first told with its sides was recalled by its month; what came before
                    # it is the report's own attack, of the same sides
                    first = Draft(first.attacker, first.target)
                    self.events.insert(self.events.index(self.current), first)
                self.pending = []
                for j in keep:
                    if j != i:
                        self.current = first
                        self._sentence(j, replay=True)
                self.current = first
        ground = self.default_target or self._named_state()
        if not any(e.asserted for e in self.events) and self.pending and ground:
            # "Explosions in Kharkiv. ... A strike was recorded in the Industrialnyi district": an attack told with
            # no attacker and no target in any one sentence is on the country the article's places are in, else on
            # the state it names most (a civil war's side attacks its own country: the Sudanese drones that hit Port
            # Sudan are Sudan's, the junta's jets that bombed a village in Sagaing Myanmar's)
            own = ground if OPPONENT.get(ground) == ground else None
            fallback = self.current = Draft(own, ground)
            self.events.append(fallback)
            for j in self.pending:
                self._sentence(j, replay=True)
            # each attack so told ("The strike came two days after junta jets bombed…" tells a second one)
            told = self.events[self.events.index(fallback):]
            for ev in told:
                if not (any(ev.casualties.values()) or any(ev.counts.values()) or (ev.places and ev.damage)):
                    self.events.remove(ev)  # no one hurt, no weapon counted, nothing damaged: no attack told
            if fallback in self.events and any(fallback.counts.values()) and fallback.date is None \
                    and self.published is not None:
                # "A relatively small wave: 85 drones overnight, 64 neutralised": weapons counted with no verb of
                # attack are the night's attack of the article's day
                fallback.asserted = True
        self.published = stamped
        return [e for e in self.events if e.asserted]

    def _named_state(self) -> str | None:
        """The state a civil war is fought in that the article names most, when no state is named more: where its
        places are, when none of them is known ("junta jets bombed a village in Depayin Township", in a report
        that names Myanmar)."""
        named = [COUNTRY_WORDS.get(re.sub(r"^the\s+", "", m.group().lower()))
                 for m in _STATE_WORD.finditer(f"{self.article.title or ''}\n{self.text}")]
        named = [c for c in named if c]
        torn = [c for c in named if OPPONENT.get(c) == c]
        if not torn:
            return None
        top = max(dict.fromkeys(torn), key=torn.count)
        return top if torn.count(top) >= max(named.count(c) for c in named) else None

    def _headline(self, i: int) -> bool:
        """Whether sentence I is a whole line with no full stop, short as a headline ("Toll rises to 16")."""
        s = self.sentences[i]
        line_end = self.text.find("\n", s.end)
        return (line_end == -1 or not self.text[s.end:line_end].strip()) and len(s.text) <= _HEADLINE_CHARS \
            and not re.search(r"[.!?…\"”]$", s.text) and "\n" not in s.text

    def keep_the_wholes(self, ev: Draft) -> None:
        """A count over one region or town ("In Odesa Oblast, 256 drones were shot down") is that place's part:
        it is not the event's figure when a larger figure over the whole is given for the same slot."""
        words, countries = ScopeWords.for_language("en"), country_words(ev.target)

        def part(f: Fact, field: str) -> bool:
            if not f.evidence or f.additive:  # "additionally fired 35 S-300s at the Kharkiv region" adds to the whole
                return False
            start, end = f.evidence[0]
            i = next((k for k, s in enumerate(self.sentences) if s.start <= start < s.end), None)
            if i is None:
                return False
            s = self.sentences[i]
            source = ev.attribution.get(f.evidence[0], (None, False))[0]
            scope, _ = decide_scope(s.text, start - s.start, end - s.start, field, source,
                                    [p.place.name for p in self.mentions[i]], list(ev.places), countries, words)
            return scope != "national"

        marks = {key: [part(f, f"{key[0]}s.{key[1]}") for f in facts] for key, facts in ev.counts.items()
                 if key[0] in ("drone", "missile")}
        for (cat, role), parts in marks.items():
            facts = ev.counts[(cat, role)]
            if not any(parts):
                continue
            wholes = [f for f, p in zip(facts, parts, strict=True) if not p]
            # a whole is at least as large as its parts: "shot down at least one" is no whole of "10 over Crimea"
            if wholes and max(f.value for f in wholes) >= max(f.value for f, p in zip(facts, parts, strict=True) if p):
                ev.counts[(cat, role)] = wholes

    def _open_night(self, i: int) -> None:
        """A sentence opening with a night that names its morning and telling no attack of it ("Then came the
        night into Thursday.", "Overnight into Friday, Russia kept up its attacks.") opens that night: the rest
        of its paragraph tells its attack, not the one told before (a day's own strike or another night)."""
        s = self.sentences[i]
        opener = dates.night_opener(s.text, self.published)
        now = self.current
        if opener is None or (now is not None and now.asserted and now.date == opener.value):
            return  # no night opened, or the sentence told that night's attack itself
        if now is not None and now.date is not None and now.night and not now.exact_night \
                and abs((opener.value - now.date).days) <= 1:
            return  # "Thursday night's attack ... Overnight into Friday": the same night, dated either side
        if self.opened is None:
            self.opened = (self.heading,)
        self.heading = replace(opener, start=s.start + opener.start, end=s.start + opener.end)
        self.current = None

    def drop_local_hits(self, ev: Draft) -> None:
        """A hit figure told of one target ("two missiles struck the station", "the plant was hit by eight
        missiles") is that target's part of the hits, not the attack's: it is left out when the attack's own
        figures leave more weapons unstopped than it counts (launched less destroyed is larger). A tally of
        the whole ("hits by 33 missiles were recorded at 14 locations") is kept. So is a hit figure of one named
        model ("all six Iskander-K missiles reached their targets", "none of the eight Kh-22s was intercepted"): that
        model's part of the hits, left out on the same terms."""
        for cat in ("drone", "missile"):
            hits = ev.counts.get((cat, "hit"), [])
            launched = figures.reconcile_count(ev.counts.get((cat, "launched"), []))
            destroyed = figures.reconcile_count(ev.counts.get((cat, "destroyed"), []))
            if not hits or launched is None or destroyed is None or min(launched.value, destroyed.value) < 0:
                continue
            unstopped = launched.value - destroyed.value
            kept = [f for f in hits if not (f.evidence and 0 < f.value < unstopped
                                            and (self._told_of_one_target(f) or self._told_of_one_model(f)))]
            if len(kept) < len(hits):
                ev.counts[(cat, "hit")] = kept

    def place_by_facts(self, ev: Draft) -> None:
        """An attack told with no place of its own takes the places struck in the sentence that tells its toll or
        damage: "on August 28, a strike killed 25 people in Kyiv", "Kyiv had been spared since June, when a strike
        on a block killed one man" (the clause that names the place is told before the attack's own)."""
        if ev.places:
            return
        spans = [s for facts in ev.casualties.values() for f in facts for s in f.evidence]
        spans += list(ev.damage.values())
        for start in sorted(a for a, _ in spans):
            i = next((i for i, s in enumerate(self.sentences) if s.start <= start < s.end), None)
            if i is None:
                continue
            s = self.sentences[i]
            for p in self.mentions[i]:
                if p.struck and (p.place.country in (ev.target, None) or _occupied_by(p.place, ev.target)) \
                        and p.place.country is not None and not _background(s.text) \
                        and not places.opens_on_region_of_town(s.text, p, self.mentions[i]):
                    ev.places.setdefault(p.place.name, (s.start + p.start, s.start + p.end))
            if ev.places:
                return
            if (told := lexicon.THE_TOWN.search(s.text)) is not None:  # "in the city": the last town named struck
                for j in range(i, -1, -1):
                    town = next((p for p in reversed(self.mentions[j]) if p.struck and p.place.kind == "city"
                                 and p.place.country == ev.target and (j < i or p.start < told.start())), None)
                    if town is not None:
                        t = self.sentences[j]
                        ev.places[town.place.name] = (t.start + town.start, t.start + town.end)
                        return

    def _told_of_one_model(self, f: Fact) -> bool:
        """Whether every span of a figure names a missile model ("the six Kinzhal missiles", "all six Iskander-K")."""
        return all(_MODEL_NAMED.search(self.text, a, b) for a, b in f.evidence)

    def _told_of_one_target(self, f: Fact) -> bool:
        start = f.evidence[0][0]
        s = next((s for s in self.sentences if s.start <= start < s.end), None)
        return s is not None and not TALLY_OF_HITS.search(s.text)

    def _place_heading(self, i: int) -> list[tuple[str, str | None, tuple[int, int]]]:
        """The places of a heading line that holds nothing but places and a date ("KRYVYI RIH.",
        "Novoshakhtinsk, August 18", "Ternopil, 19 November 2025.", "LVIV AND VOLYN REGIONS."), else []."""
        s, mentions = self.sentences[i], self.mentions[i]
        if i == 0 or not mentions or len(s.text) > 80 or any(m.role not in ("named", "dateline") for m in mentions):
            return []
        rest = list(s.text)
        for m in mentions:
            rest[m.start:m.end] = " " * (m.end - m.start)
        for d in dates.mentions(s.text, self.published):
            rest[d.start:d.end] = " " * (d.end - d.start)
        if re.sub(r"[\s,.:;()—–-]+|\d{4}|\b(?i:and|regions|oblasts)\b", "", "".join(rest)):
            return []  # (the words of a list of regions stay: "LVIV, VOLYN AND RIVNE REGIONS.")
        return [(m.place.name, m.place.country, (s.start + m.start, s.start + m.end)) for m in mentions]

    def _claimed(self, s: Sentence) -> None:
        """'Yemen's Houthi militia claimed responsibility', 'Israel has not acknowledged that strike', 'Washington
        blamed Hezbollah': the attacker of an attack told without one."""
        m = _RESPONSIBILITY.search(s.text) or _UNOWNED.search(s.text) or \
            (None if _DENIED.search(s.text) or lexicon.NOT_AERIAL_EVENT.search(s.text) else _BLAMED.search(s.text))
        if not m:
            return
        word = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", m.group("who").lower())).strip()
        who = COUNTRY_WORDS.get(word)
        for ev in reversed(self.events):
            if ev.attacker is None and who and ev.target != who:
                ev.attacker = who
                ev.cues.append(("attacker", s.start + m.start("who"), s.start + m.end("who")))
                return

    def _sentence(self, i: int, replay: bool = False) -> None:
        s, mentions = self.sentences[i], self.mentions[i]
        if _QUESTION.search(s.text):
            return  # "Q: Were air bases hit?": a briefing's question, or a column's, asserts nothing
        if i > 0 and _THAT_STRIKE.match(s.text) and (cause := _PROVOKED_BY.search(self.sentences[i - 1].text)) \
                and _ATTACK_TOLD.match(self.sentences[i - 1].text, cause.end()) \
                and not any(rx.search(s.text) for rx in _ATTACKER_CUES):
            # "... in response to Israeli strikes on Beirut. Those strikes killed 22": the answered strike's toll and
            # ground, not the answer's (one that names its attacker, "That strike, attributed to Israel, killed
            # seven", is read as an attack of its own); told with its day, that strike is an event of its own
            self._answered_strike(i, cause)
            return
        following = self.sentences[i + 1].text if i + 1 < len(self.sentences) else ""
        if (told_against := _benchmark(s.text, following)) is not None:
            a, b = told_against
            s = replace(s, text=s.text[:a] + " " * (b - a) + s.text[b:])
            mentions = [p for p in mentions if not a <= p.start < b]
        if self.resume is not None and i > 0 and "\n" in self.text[self.sentences[i - 1].end:s.start]:
            if self.current is self.resume[0]:
                self.current = self.resume[1]  # a new paragraph: back to the attack being told
            self.resume = None
        self.sentence_index = i
        hedged = bool(_HEDGE.search(s.text))
        source = _source(s.text)
        if source is None and _PRONOUN_SAID.search(s.text):
            source = self.last_source  # "..., he said": the speaker named just before
        self.last_source = source or self.last_source
        main: Draft | None = None
        self.apart_from = self.current if self.current and (
            _SEPARATE.search(s.text) and self.current.daytime is not False
            or _SEPARATE_ATTACK.search(s.text) and _TIME_OF_DAY.search(s.text)
            or _LATER_MORE.search(s.text) or self._nights_count_after_day(s.text)) else None
        told = False  # whether the sentence tells a strike
        after_at, after = _after_cuts(s.text), None
        own_blows = set(after_at).difference(dates.after_clauses(s.text))  # ", hours after a rocket hit …, killing 12"
        aftermath = dates.day_before_aftermath(s.text, self.published)
        if aftermath is not None and _PAST_ATTACK.search(s.text[:aftermath[1]]):
            aftermath = None  # "Drones struck Odesa on Wednesday, a day after ...": the day of the attack told first
        telling, since_when = self.current, False  # whether the sentence names an earlier attack by "since ..., when"
        self.telling = telling
        sentence_day: dates.DateMention | None = None  # the day an earlier piece of the sentence dated its attack by
        that_day = self._that_strikes_day(i)  # the day the sentence before named the strike this one tells again by
        # (a sentence read again is no new paragraph)
        opens_paragraph = not replay and (i == 0 or "\n" in self.text[self.sentences[i - 1].end:s.start])
        nights_listed, nights_untold = _nights_listed(s.text)
        if opens_paragraph:
            self.paragraph_day = None
        for seg in self.segments(s, mentions):
            if seg.ambiguous:
                continue
            if seg.start in nights_untold:
                continue  # ", then 125 and 129 drones on the two nights that followed": no night the list dates
            piece = s.text[seg.start:seg.end]
            main_clause = _RELATIVE.sub(",", piece)  # "…, which has been struck repeatedly since…," is background
            # "…, in what the IDF said was a response to the group's repeated attacks": the cause is no background
            cause = _PROVOKED_BY.search(main_clause)
            main_clause = main_clause[:cause.start()] if cause and _PAST_ATTACK.search(main_clause[:cause.start()]) \
                else main_clause
            # (not "in January" of "the deadliest day since the start of a ceasefire in January", a comparison)
            period_told = _PERIOD.search(_COMPARED_SPAN.sub(blank, main_clause))
            background = bool(_BACKGROUND.search(main_clause)) or bool(
                period_told and not _month_heads_one_day(main_clause, period_told)
                and not _ORDINAL_ATTACK_BEFORE.search(main_clause[:period_told.start()])) \
                or _campaign_perfect(main_clause) or bool(_DISASTER_TOLL.search(main_clause)) or bool(_A_YEAR.search(main_clause) and _YEAR_TOTAL.search(main_clause)) \
                or bool(_SPAN_WORD.search(main_clause) and (_SPAN_TOTAL.search(main_clause)
                                                            or _since_nights_before(main_clause, self.published))) \
                or bool(_DAYS_LISTED.search(main_clause))
            # a warning after an attack already told ("Explosions heard in Kyiv; the Air Force warns of a
            # missile threat") leaves the attack told
            told_first = _HYPOTHETICAL.split(piece)[0]
            # and explosions reported after a warning ("Air force warns of Kinzhal missiles heading for Kyiv;
            # explosions reported in the capital") tell it too, as do drones in the air before a warning ("drones
            # were moving towards Kyiv, warning that a missile strike could follow")
            hypothetical = bool(_HYPOTHETICAL.search(piece)) and not (
                _PAST_ATTACK.search(told_first) or _HEARD.search(told_first) or _UNDER_WAY.search(told_first)
                or any(_HEARD.search(c) and not _HYPOTHETICAL.search(c) for c in piece.split(";")[1:]))
            ground_only = bool(GROUND.search(piece) or PLANTED.search(piece) or WATERBORNE.search(piece)) \
                and not AERIAL.search(WATERBORNE.sub(blank, PLANTED.sub(blank, piece)))
            if ground_only or FRONT.search(piece):
                continue  # shelling, artillery and ground fighting are not aerial attacks
            asserts = (not background and not hypothetical
                       and bool(_PAST_ATTACK.search(piece) and _PAST_ATTACK.search(_NO_ATTACK.sub(blank, piece))
                                or _ATTACK_UNFOLDED.search(piece) and not _PROCEEDINGS_OVER.search(piece)
                                or (self.heading is not None and self.heading.kind == "heading"
                                    and bool(_TIMELINE_PRESENT.search(piece)))
                                or any(not _NOT_SUBJECT_BEFORE.search(piece[:m.start()])
                                       for m in _PRESENT_ATTACK.finditer(piece)))
                       and bool(_WEAPON_WORD.search(piece) or seg.attacker or _FORCES_ATTACK.search(piece)))
            # ", hours after a massive overnight attack on power plants": an earlier attack named as one, cut off
            # from the one being told (``_after_cuts``), is told as having happened, apart from it
            named = _NAMED_ATTACK.search(_AFTER_HEAD.sub("", piece, count=1)) if seg.start in after_at else None
            named_before = named is not None and seg.start not in dates.after_clauses(s.text)
            asserts = asserts or (named_before and not hypothetical)
            asserts = asserts or bool(not hypothetical and not background and _TIME_NAMED_ATTACK.search(piece))
            mention, vague = dates.attack_date(piece, self.published, self.evening)
            # ("late on Thursday, the deadliest attack since Washington began its campaign last month": the campaign a
            # superlative is measured over, begun at a vague time, leaves the attack's own day exact)
            vague = vague and bool(dates.VAGUE.search(_CAMPAIGN_BEGUN.sub(blank, piece)))
            if mention is not None and self.evening and _UNDER_WAY.search(piece):
                # "drones were flying over Odesa on Tuesday evening", posted that evening: the night going on
                mention = dates.coming_night(piece, mention, self.published) or mention
            if mention is not None and mention.kind == "yesterday" and self.current is not None \
                    and self.current.date is not None and (back := self._told_day(piece)) is not None \
                    and back.start == mention.start:
                # "On Tuesday night, Russia sent 89 drones. The night before that, it launched 188": "the night
                # before (that)", "the previous day" count back from the attack told just before, not from the day
                # the report was posted (which "yesterday" does)
                mention = replace(mention, value=back.value)
            # "Oct. 18-19. The following night, Russia fired six missiles": a section's heading, before any attack of
            # the section is told, has named the day a day counted from the one told before would name
            counted = self.current is not None or self.heading is None or self.heading.value is None
            if mention is None and counted and not _EARLIER.search(s.text):
                # "Three days later Russia launched 539 drones": from the day told before (not "In 2019, Indian jets
                # struck Balakot, and Pakistan downed a fighter the next day": a day after one of no known date)
                mention = dates.relative_day(piece, self.last_day)
            if mention is None and counted:  # "Hours later, Israeli jets struck Hodeidah": the attack told just before
                mention = self._told_day(piece)
            elif mention is not None and _THEN_WHEN.search(piece, mention.end) and (earlier := self._told_day(piece)) is not None \
                    and earlier.start >= mention.end and _THEN_WHEN.match(piece, earlier.end):
                # "The overnight attack was smaller than the one a night earlier, when Russia fired 70 missiles": the
                # attack the piece tells is the earlier one, told after "when"
                mention = earlier
            if mention is None and self.current is not None and self.current.date is not None:
                # "The strike came two days after junta jets bombed Kyauk Myaung": an attack before the one told
                mention = dates.days_before(s.text, self.current.date, seg.end, night=self._told_at_night(self.current))
                if mention is not None:
                    mention = replace(mention, start=mention.start - seg.start, end=mention.end - seg.start)
            before_now = None  # the night before the one under way, told after it in a report of the small hours
            if mention is not None and mention.kind == "today" and self.small_hours and self.current is not None \
                    and self.current.under_way and not _UNDER_WAY.search(piece) and _PAST_ATTACK.search(piece) \
                    and not (background or hypothetical):
                # "Last night four people were killed in the region", posted at 03:10 after "explosions are heard in
                # Khmelnytskyi": the night before, its own event even when the sentence names no weapon
                before_now = dates.night_before_the_one_under_way(piece, mention)
                if before_now is not None:
                    mention, asserts = before_now, True
            if mention is None and self.current is not None and self.current.date is None and self.current.asserted \
                    and any(a <= seg.start for a in after_at) and asserts:
                # "The strike came a night after Russia sent 24 drones" in a report that dates nothing: another
                # attack all the same, left undated beside the one being told
                self.apart_from = self.current
            if not asserts and not background and not hypothetical and mention is not None and WEAPON.search(piece) \
                    and ((mention.kind in ("night_range", "into_day") or mention.kind == "full" and seg.start > 0)
                         and re.fullmatch(r"\W*(?:(?:and|but|then)\s+)?(?:(?:on|during|in|for)\s+)?(?:the\s+)?",
                                          piece[:mention.start], re.I)
                         or mention.kind in ("day", "full") and _NIGHT_TO_OPENS.fullmatch(piece[:mention.start])):
                # "On the night of 24-25 May, the Air Force counted 298 drones", "And overnight into Sunday, the Air
                # Force reported 810 drones", "On the night to Thursday, the count climbed to 219 drones": a sentence
                # opening with its night tells that night's attack (not "the count ranged from 86 to 157, with 91 on
                # the night of 5-6")
                asserts = True
            if not asserts and not background and not hypothetical and mention is not None and mention.kind == "full" \
                    and self._dated_attack_told(piece, mention, following):
                # "The strike on March 22, which disabled the dam, involved 88 missiles", "The November 19 attack
                # showed ... That night, two missiles hit apartment blocks": an earlier attack named by its own day,
                # told with what it hit, whom it killed or the weapons it counted (SPEC: an event of its own)
                asserts = True
            # "..., 149 drones plus 11 missiles to Monday": a count of a list of nights tells its night's attack
            listed = seg.start in nights_listed and mention is not None and mention.value is not None \
                and not background and not hypothetical
            asserts = asserts or listed
            shifted = dates.years_before(piece, mention) if mention is not None else None
            if shifted is not None and (_ATTACK_WORD.search(shifted[1]) or _PAST_ATTACK.search(shifted[1])):
                # "held at 10:45 on Tuesday, one year after a missile struck the hospital": that day a year back (and
                # the time of day is the ceremony's)
                mention = shifted[0]
            else:
                shifted = None
            if aftermath is not None and seg.end > aftermath[1] and (
                    mention is None or seg.start + mention.start < aftermath[1]):
                # "Rescuers were still searching the rubble on Wednesday morning, a day after a missile struck the
                # block": the attack told after "a day after" is of the day before (the time of day is the search's)
                at = max(0, aftermath[0].start - seg.start)
                mention, shifted = replace(aftermath[0], start=at, end=at), (aftermath[0], "")
            # a strike told with no day of its own, in the simple past, neither the one it answers ("in retaliation
            # for American strikes") nor one it came after, nor a toll told of before ("..., as officials said
            # Israeli strikes had killed 500 in three days"), may take the day the sentence or paragraph told
            undated = mention is None and asserts and not seg.answered and aftermath is None \
                and not any(a <= seg.start for a in after_at) and not _HAD_DONE.search(piece)
            if undated and that_day is not None:
                # "... in retaliation for the 3 May strike on the airbase. That strike, blamed on Israel, killed four":
                # the strike told again is of the day it was named by
                mention, shifted = replace(that_day, start=0, end=0), (that_day, "")
            elif undated and sentence_day is not None and (seg.attacker or seg.target):
                # "On Saturday, March 22, rockets were fired at Metula, and Israeli strikes on the south killed
                # seven": the other side's strike joined to a dated one in the same sentence is of that day
                mention, shifted = replace(sentence_day, start=0, end=0), (sentence_day, "")
            elif undated and self.paragraph_day is not None and seg.attacker and seg.target \
                    and not any((e.attacker, e.target) == (seg.attacker, seg.target) for e in self.events):
                # "On the night of May 7-8, Pakistan tried to strike 15 cities. In response, India said, it targeted
                # radars": the first strike of other sides that a paragraph opened by a full date tells is of that day
                mention, shifted = replace(self.paragraph_day, start=0, end=0), (self.paragraph_day, "")
            if mention is not None and re.search(r"\bsince\s+(?:the\s+)?$", piece[:mention.start], re.I):
                # "610 killed in strikes since June 13", "the heaviest bombardment since the January 19 truce": the
                # start of a period, no attack's date (but "the deadliest
                # since July 8 last year, when a missile strike killed 30" dates the earlier strike it tells)
                since_when = since_when or bool(_SINCE_WHEN.match(piece, mention.end))
                mention = mention if since_when else None
            # "TUESDAY, OCT. 11 — A second wave: 28 cruise missiles": the day a roundup's paragraph opens with (or
            # the heading line before it) heads its section, and a count of weapons opening it tells that day's attack
            lead = self.heading is not None and i == self.section_opens
            if lead and mention is not None and s.start + seg.start <= self.heading.start \
                    and s.start + seg.start + mention.start < self.heading.end:
                mention = None
            if lead and not asserts and not background and not hypothetical and WEAPON.search(piece):
                asserts = True
            # "Kursk region, Wednesday 12 March." / "77 drones were destroyed overnight": the heading's night
            # (not "In May, an air strike on a school killed 22" under it: a strike recalled by its month or year)
            from_heading = self.heading is not None and (mention is None or (
                mention.kind == "today" and self.heading.value != self.published)) \
                and not (asserts and mention is None and _earlier(piece, self.published))
            if from_heading:
                mention = self.heading
            day = mention.value if mention and asserts else None
            if day is not None and mention.kind in ("full", "day") and not from_heading and not shifted:
                sentence_day = mention
            if opens_paragraph and day is not None and mention.kind in ("full", "night_range") and not from_heading \
                    and not shifted:
                self.paragraph_day = self.paragraph_day or mention
            ev = None
            # "the previous night" is another night than the one being told, never the same one dated either side
            # nor is "came a night after <an attack>", which counts the nights between two attacks
            # (a count from an evening to a morning, "between 6 p.m. on May 3 and 8 a.m. on May 4", and a night named
            # by the morning it ended, "before dawn on Sunday", are nights in any words)
            night = bool(mention and not from_heading and mention.kind not in ("yesterday", "days_before")
                         and (mention.kind in dates.NIGHT_KINDS
                              or re.search(r"night|overnight|early\s+hours|into", piece[mention.start:mention.end + 12], re.I)
                              or _NIGHT_TO_OPENS.fullmatch(piece[:mention.start]))
                         # ", hours after the morning's missile barrage": the night's wave, by the time it is named by
                         or named_before and mention is not None and mention.kind == "days_before"
                         and named.group("night") is not None)
            if not seg.attacker:
                ev = self._by_places(mentions, seg, day)
            # a strike dated by a time of day is apart from a wave dated by its night, on the same date
            # ("on Friday afternoon", "at 11:00 on Monday")
            daytime = True if mention and day and not from_heading and not shifted and (
                _DAYTIME.search(piece[max(0, mention.start - 20):mention.end + 20])
                or (_period_told(piece, None, verb=False) and not night)) \
                else False if night else None
            # (a roundup's day heading dates the piece, never its time of day: "Sunday. In Zaporizhzhia, guided bombs
            # struck a shopping centre in the afternoon" is the day's strike)
            period = _period_told(piece, self.told_period) if asserts and (mention is None or from_heading) else None
            told = told or asserts
            fallen = self._fallen_from(piece, seg, day)
            if fallen is not None:
                seg.attacker = fallen.attacker
            if ev is None and (seg.attacker or seg.target):
                # "the toll from Thursday night's drone attack on Kharkiv": an attack of its own day on its own places
                own = {p.place.name for p in mentions if p.struck and seg.start <= p.start < seg.end} or None \
                    if mention is not None and mention.kind == "attack_day" and day is not None else None
                # "a day after Saturday night's attack on Zaporizhzhia": an attack of its own day, told as one before
                # and "The strike came a day after a Russian attack on Kyiv overnight into Monday": the attack told
                # after "came … after" is one before the one being told
                recalled = mention is not None and (mention.kind == "attack_day" and bool(re.search(
                    r"\bafter\s+$", piece[:mention.start], re.I)) or not from_heading and any(a <= seg.start for a in after_at)
                    # "A night earlier, Russia fired 40 missiles": the night before the one told, never that one
                    or mention.kind == "relative" and bool(_DAYS_EARLIER.search(piece[mention.start:mention.end])))
                # "Israel first struck Hodeidah in July last year, a day after a Houthi drone hit Tel Aviv": the attack
                # after "after" is as far back as the earlier one it is counted from
                after_earlier = any(a <= seg.start for a in dates.after_clauses(s.text, comma=True)) and \
                    self.current is not None and \
                    self.current.earlier and self.current.date is None and self.current is not telling
                exact = day is not None and mention.kind in dates.EXACT_NIGHTS
                # (a piece opening a roundup's section that tells no attack, "17 October — Drones over Kyiv.", is of
                # the heading's day all the same: never the attack of another section)
                opening = from_heading and not asserts and self.current is None
                ev = self._event_for(seg.attacker, seg.target, mention.value if opening else day,
                                     create=asserts, night=night, daytime=daytime, period=period, occupied=seg.occupied,
                                     earlier=(seg.answered or after_earlier or seg.start in own_blows) and day is None,
                                     before=_before(piece) or recalled, own=own,
                                     # "On Saturday night, the Houthis fired a missile at Eilat": that night ends on
                                     # Saturday or Sunday, never the night that ended on Friday
                                     that_night=mention is not None and bool(re.search(
                                         r"day\s+night$", piece[mention.start:mention.end], re.I)),
                                     exact=exact, headed=day is not None and from_heading,
                                     # (read only for a night named exactly: a launch counted makes it the next)
                                     launch=exact and bool(_LAUNCH_COUNTED.search(piece)),
                                     late=mention is not None and dates.late_start(piece, mention.start, mention.end) != mention.start)
            if ev is None and not seg.attacker and not seg.target:
                ev = self.current
                if asserts and ev is not None and (ev is self.apart_from or named_before):
                    # "In a separate attack on Sunday afternoon, a guided bomb hit a shop": the same sides, apart
                    ev = self._event_for(ev.attacker, ev.target, day, create=True, night=night, daytime=daytime)
                told_that_day = [e for e in self.events if e.date == day] if asserts and day is not None and \
                    ev is not None and ev.date is not None and day < ev.date and not from_heading else []
                if len(told_that_day) == 1:
                    # "Israeli jets struck Hodeidah on Monday, a day after a Houthi missile hit the airport. Sunday's
                    # missile slammed into a grove": the earlier day's attack already told, not the sides of the last
                    ev = told_that_day[0]
                if asserts and day is not None and ev is not None and ev.date is None and ev.places \
                        and mention is not None and mention.kind == "attack_day" and not from_heading \
                        and not {p.place.name for p in mentions if seg.start <= p.start < seg.end} & set(ev.places):
                    # "Toll from Tuesday's strike on the penal colony reaches 17" beside the undated lead story on
                    # Kyiv: an attack of its own day, by the same sides
                    ev = self._event_for(ev.attacker, ev.target, day, create=True, night=False, own=set())
                if asserts and day is not None and ev is not None and ev.date is not None and day < ev.date \
                        and not from_heading and self._same_sides_earlier(piece, seg, mentions, ev,
                                                                          mention.kind == "attack_day"):
                    # "This came after Sunday's attack: 298 drones and 69 missiles": the same side's attack of an
                    # earlier day (a later day's figure is the toll rising, not another attack)
                    ev = self._event_for(ev.attacker, ev.target, day, create=True, night=night, daytime=daytime)
                elif asserts and day is not None and ev is not None and ev.date is not None and night \
                        and (day - ev.date).days > 1 and not from_heading and WEAPON.search(piece):
                    # "Ukraine says it downed 21 of 49 drones overnight" two days after Friday's barrage was told:
                    # a later night's own attack (a toll rising is no weapon counted)
                    ev = self._event_for(ev.attacker, ev.target, day, create=True, night=night, daytime=daytime)
                elif asserts and day is not None and ev is not None and not from_heading \
                        and self._later_days_strike(piece, seg, mentions, ev, day, night, mention):
                    # "On 17 March a drone strike on a market killed 12. Another series of strikes on 28 March
                    # targeted vehicles near Abeibara": a later day's strike, told with a verb of striking, is its own
                    # (a toll rising strikes nothing); the very next day's too, when neither is told as a night ("The
                    # attacks began on Sunday, when drones hit the air base. On Monday, drones set fire to a depot")
                    ev = self._event_for(ev.attacker, ev.target, day, create=True, night=night, daytime=daytime,
                                         exact=mention.kind in dates.EXACT_NIGHTS)
                elif before_now is not None and day is not None and ev is not None \
                        and day < (ev.date or self.published or day):
                    # the night under way, told with no day of its own, is the report's (its morning's)
                    ev.date, ev.night = ev.date or self.published, True
                    ev = self._event_for(ev.attacker, ev.target, day, create=True, night=True, daytime=False,
                                         before=True)
                elif asserts and day is not None and ev is not None and daytime is True and not from_heading \
                        and self._daytime_strike_after_night(piece, seg, mentions, ev, day):
                    # "Later on Sunday, at about 11:50, a guided bomb struck a house, injuring one more person", told
                    # after the wave of the night that ended on Sunday: a daytime strike of its own (not after
                    # "a missile hit the block on Sunday", a day's strike the afternoon only tells the hour of)
                    ev.daytime = False
                    ev = self._event_for(ev.attacker, ev.target, day, create=True, night=False, daytime=True)
            if listed and day is not None and ev is not None and not from_heading:
                # each night of the list is an attack of its own: the one already told of that day, or a new one
                ev = self._event_of_day(ev.attacker, ev.target, day, night)
            if fallen is not None and ev is not None and ev.date is None and mention is None:
                ev.date, ev.night = fallen.date, fallen.night  # the debris fell in the attack being told
            if ev is not None and period is not None and not ev.earlier:
                if ev.daytime is None:
                    ev.daytime = period  # "fired at Belgorod around midday": the event's time of day is now known
                elif ev.daytime != period:  # "At 13:40, aircraft dropped bombs" after the night's drones
                    ev = self._event_for(ev.attacker, ev.target, None, create=True, period=period)
            month_said = _earlier_when(piece, self.published) \
                if asserts and mention is None and not lexicon.SEVERAL_STRIKES.search(piece) else None
            if month_said is not None and (ev is None or not ev.earlier or ev.recalled not in (None, month_said)):
                # "In June 2022, a Russian missile strike on a shopping centre killed 21": an earlier attack of its
                # own, dated by its month or year only, which the night being told never joins, nor one recalled
                # by another month or year
                ev = self._event_for(seg.attacker or (ev.attacker if ev else None),
                                     seg.target or (ev.target if ev else None), None, create=True, earlier=True,
                                     recalled=month_said)
            if ev is None and from_heading and asserts and self.default_target:
                # a roundup's section tells its own attack: "Glide bombs hit the outskirts of a village"
                ev = self._event_for(self.default_attacker, self.default_target, day, create=True, night=False)
            elif ev is None and self.heading is not None and day is not None and asserts and self.default_target:
                # ... dated in its own words: "The week ended with an attack that began on Saturday evening"
                ev = self._event_for(self.default_attacker, self.default_target, day, create=True, night=night)
            if ev is None:
                if not replay and i not in self.pending:
                    self.pending.append(i)
                continue
            main = main or ev
            after = ev if seg.start in after_at else after
            self.current = ev
            if background or hypothetical:
                continue  # a war-long pattern, a threat or a promise of weapons tells no figure of this attack
            if asserts:
                ev.asserted = True
                if night and ev.daytime is None and day is not None and ev.date == day and not ev.earlier:
                    ev.daytime = False  # joined by a piece told as the night's: a later daytime strike is apart
                if night and day is not None and ev.date == day and not ev.earlier \
                        and mention.kind in dates.EXACT_NIGHTS:
                    # "on Sunday ... The attack began before dawn on Sunday": the night that ended on the event's
                    # day, which a strike late that day never joins
                    ev.exact_night = True
                # ("explosions are heard in Kharkiv"; "the mayor reported explosions at around 21:30")
                ev.under_way = ev.under_way or (mention is None and bool(_UNDER_WAY.search(piece) or (
                    _HEARD.search(piece) and any(h >= self.words.evening_hour for h in clock_times(piece)))))
                if ev.date is None and mention and mention.value and not vague and \
                        (mention.kind != "today" or not ev.vague_date) and not (from_heading and ev.recalled):
                    ev.date = mention.value
                    # "Thursday's missile strike": a strike of its own day, not a night that may end the next morning
                    ev.night = from_heading or not (mention.kind == "attack_day"
                                                    and "night" not in piece[mention.start:mention.end].lower())
                    ev.exact_night = mention.kind in dates.EXACT_NIGHTS
                    ev.headed = from_heading
                    ev.date_span = (mention.start, mention.end) if from_heading else \
                        (dates.late_start(self.text, s.start + seg.start + mention.start, s.start + seg.start + mention.end),
                         s.start + seg.start + mention.end)
                ev.vague_date = ev.vague_date or vague
                if daytime is True and ev.daytime is None and day is not None and ev.date == day \
                        and not ev.earlier and not ev.exact_night and not self._told_at_night(ev) \
                        and _STRIKE_VERB.search(piece):
                    # "Witnesses say the missiles struck at 10:40 on Sunday" of the strike being told, dated by its day
                    # and never as a night: a strike of the day, which the night's wave told after it never joins
                    ev.daytime = True
                if ev.date is None and mention is None and ev.reported is None:
                    # "The militia said on Sunday it had launched drones at three bases": told no later than that day
                    ev.reported = dates.reported_day(s.text, self.published)
                if ev.date is None and seg.spills is not None and seg.spills is not ev and seg.spills.date:
                    ev.date, ev.night, ev.date_span = seg.spills.date, seg.spills.night, seg.spills.date_span
            elif ev.date is None and mention is not None and mention.value and mention.kind in ("full", "night_range") \
                    and not from_heading and not vague and WEAPON.search(piece):
                # "the peak came on the night of 9 July, when the Air Force counted 728 drones": the night of the count
                ev.date = mention.value
                ev.date_span = (s.start + seg.start + mention.start, s.start + seg.start + mention.end)
            for d in dates.mentions(piece, self.published):
                if d.kind in ("until_day", "into_day") and d.value and ev.date and (d.value - ev.date).days == 1 \
                        and not vague and not (mention is not None and mention.kind == "attack_day"
                                               and d.start < mention.start) \
                        and not (ev.exact_night or not ev.night and dates.night_opener(piece, self.published)):
                    # "ended on Wednesday, ... Tuesday's attack"; but a night named by its morning is not moved, and
                    # "Overnight into Friday, Russia kept up its attacks" after Thursday's strike opens the next night
                    ev.date, ev.night, ev.exact_night = d.value, True, True
            for role, span in (("attacker", seg.attacker_span), ("target_country", seg.target_span)):
                if span:
                    ev.cues.append((role, s.start + span[0], s.start + span[1]))
            if asserts and ev.attacker == seg.attacker:
                for a, b, who in seg.partners:
                    if who != ev.target:
                        ev.partners.setdefault(who, (s.start + a, s.start + b))
            # "two days after junta jets bombed X, killing six": the toll of the attack told after "after" is its own
            # (and so is that of a piece cut at ", hours after a rocket hit …, killing 12")
            self.after_told = mention is not None and mention.kind == "days_before" and ev.date == mention.value \
                or seg.start in own_blows
            self._facts(s, seg, ev, mentions, asserts, (source, hedged))
        self.after_told = False
        told_days = [d.value for d in dates.mentions(s.text, self.published)
                     if d.value and d.kind != "today" and (self.published is None or d.value <= self.published)]
        self.last_day = told_days[-1] if told_days else self.last_day
        self._claimed(s)  # after the sentence's own events: "Hezbollah said it had fired drones at Metula"
        if main is not None:
            self.current = main
        if since_when and telling is not None and telling.asserted:
            self.current = telling  # "It came a day after ..." goes on with the attack being told, not the one recalled
        if after is not None and i + 1 < len(self.sentences) and "\n" not in self.text[s.end:self.sentences[i + 1].start]:
            # "The Ternopil strike came a day after a missile attack on Balakliia killed three. Residential buildings
            # were damaged in the town": the paragraph goes on with the attack told after "after"
            if main is not None and main is not after and not replay:
                self.resume = (after, main)
            self.current = after
        # only a warning or the blasts set the time of what follows ("By midday, the toll had risen" does not)
        self.told_period = None if told or not _WARNING.search(s.text) else _period_told(s.text, None, verb=False)

    def _dated_attack_told(self, piece: str, mention: dates.DateMention, following: str) -> bool:
        """Whether PIECE names an attack by its calendar day (``mention``), two or more days before the dated
        attack being told, and tells after that name what it hit or whom it killed (or, just before it, whom it
        killed: "20 people died in an April 4 strike on Kryvyi Rih"), or goes on in the next
        sentence ("That night, ...") to tell that or the weapons it counted. Not an attack named as the one
        answered ("its answer to the April 1 strike") nor as a yardstick ("surpassing the June 17 attack", "the
        Dec. 29 strike (122 missiles), until now the benchmark": SPEC, a comparison of magnitude)."""
        now = self.current
        if now is None or now.date is None or mention.value is None or (now.date - mention.value).days < 2:
            return False
        before = piece[:mention.start]
        named_after = _ATTACK_OF_DAY_AFTER.match(piece, mention.end)
        if not (_ATTACK_OF_DAY_BEFORE.search(before) or named_after) or _PROVOKED_BY.search(before) \
                or _MEASURED_AGAINST.search(before) \
                or any(m.start() < mention.start <= m.end() for m in _COMPARISON.finditer(piece)):
            return False
        if named_after and _TOLL_BEFORE_DAY.search(before):
            return True
        next_told = following if _THAT_TIME.match(following) else ""
        told = piece[named_after.end() if named_after else mention.end:] + " " + next_told
        return bool(CASUALTY_VERB.search(told) or _DAMAGE_VERB.search(told) and _DAMAGE_RE.search(told)
                    or _COUNTED.search(next_told))

    def _answered_strike(self, i: int, cause: re.Match) -> None:
        """"Hezbollah said it fired the drones in response to Israeli strikes on Beirut on Thursday night. Those
        strikes hit two residential buildings and killed 22": the strike answered, named with its attacker and its
        day in the sentence before, is reported in its own right by the sentence that tells it again (SPEC: an
        earlier attack with what it hit or whom it killed is an event): its event gets that sentence's facts, and
        the answering attack stays the one being told."""
        before, s = self.sentences[i - 1], self.sentences[i]
        now = self.current
        # the piece whose attacker is named after the cause ("a response to Israeli strikes in Beirut on Thursday")
        seg = next((g for g in self.segments(before, self.mentions[i - 1]) if g.attacker and g.attacker_span
                    and g.attacker_span[0] >= cause.end() and g.end > cause.end()), None)
        # ("The group said the attack was a response to Israeli strikes": the answered strike was on the answering side)
        target = seg and (seg.target or (now.attacker if now is not None else None))
        if seg is None or target in (None, seg.attacker):
            return
        start = max(seg.start, cause.end())
        told = before.text[start:seg.end]
        mention, vague = dates.attack_date(told, self.published, self.evening)
        if mention is None or mention.value is None or vague:
            return  # "in response to Israeli strikes": no day, no attack told in its own right
        ev = self._event_for(seg.attacker, target, mention.value, create=True, night=False)
        if ev is None or ev is now:
            return
        ev.asserted = True
        if ev.date is None:
            ev.date, ev.night = mention.value, "night" in told[mention.start:mention.end + 12].lower()
            ev.date_span = (before.start + start + mention.start, before.start + start + mention.end)
        for p in self.mentions[i - 1]:  # "strikes on Beirut": the ground the strike answered was on
            if start <= p.start < seg.end and p.struck and p.place.country in (ev.target, None):
                ev.places.setdefault(p.place.name, (before.start + p.start, before.start + p.end))
        whole = Segment(0, len(s.text), attacker=ev.attacker, target=ev.target)
        self._facts(s, whole, ev, self.mentions[i], True, (_source(s.text), bool(_HEDGE.search(s.text))))
        self.current = now

    def _that_strikes_day(self, i: int) -> dates.DateMention | None:
        """The day of the strike that sentence I tells again ("That strike, attributed to Israel, killed seven"),
        when the sentence before named it by its day as what an attack answered ("in retaliation for the 3 May
        strike on the airbase"); None otherwise."""
        if i == 0 or not _THAT_STRIKE.match(self.sentences[i].text):
            return None
        before = self.sentences[i - 1].text
        cause = _PROVOKED_BY.search(before)
        if cause is None or not _ATTACK_TOLD.match(before, cause.end()):
            return None
        mention, vague = dates.attack_date(before[cause.end():], self.published, self.evening)
        return None if vague or mention is None or mention.value is None else mention

    def _fallen_from(self, piece: str, seg: Segment, day: date | None) -> Draft | None:
        """"A man was killed in Jericho by falling debris from a missile", told of a third country while another
        state's attack is being told: the debris is that attack's, which gives the piece its attacker and day."""
        now = self.current
        if seg.attacker or not seg.target or now is None or not now.asserted or now.attacker in (None, seg.target) \
                or now.target == seg.target or not _FALLEN_PIECE.search(piece):
            return None
        return now if day is None or now.date is None or abs((now.date - day).days) <= 1 else None

    def _told_at_night(self, ev: Draft) -> bool:
        """Whether ``ev`` was dated as a night's or an evening's ("overnight", "late on Saturday", "early on Sunday",
        "on Sunday night")."""
        told = self.text[max(0, ev.date_span[0] - 12):ev.date_span[1]] if ev.date_span else ""
        return bool(re.search(r"\b(?:night|overnight|late|early|evening)\b", told, re.I))

    def _told_day(self, piece: str) -> dates.DateMention | None:
        """"Hours later", "that night", "two days earlier": the day counted from the attack told just before (an
        undated one is the report's day). Not "two days earlier" said of another event ("criticised Scholz's call
        with Putin two days earlier"), not "hours after" an attack told late at night (after midnight, perhaps),
        and not "Hours after the attack, Trump announced a ceasefire" (no attack in the clause it dates)."""
        now = self.current
        anchor = self.last_day if now is None else now.date or (None if now.vague_date else self.published)
        mention = dates.told_day(piece, anchor)
        if mention is None:
            return None
        said = piece[mention.start:mention.end].lower()
        if _DAYS_EARLIER.search(said):
            clause = re.split(r"[,;]|\b(?:and|but|while)\b", piece[:mention.start])[-1]
            if now is not None and (not clause.strip(" \t\n\"'“‘(")
                                    or _THEN_WHEN.match(piece, mention.end)):
                # "A night earlier, drones hit Odesa", "smaller than the one a night earlier, when Russia fired 70
                # missiles": opening the sentence, or told on after "when", it dates the attack told after it
                clause = re.split(r"[;]|\b(?:but|while)\b", piece[mention.end:])[0]
            return mention if _PAST_ATTACK.search(clause) else None
        if "hours" in said:
            if now is not None and self._told_at_night(now):
                return None
            if re.search(r"\b(?:after|before)$", said):
                dated = piece[mention.end:]
                dated = dated[dated.find(",") + 1:] if "," in dated else ""
                return mention if _PAST_ATTACK.search(dated) else None
        return mention

    def _facts(self, s: Sentence, seg: Segment, ev: Draft, mentions: list[PlaceMention], asserts: bool,
               attribution: tuple[str | None, bool]) -> None:
        base = s.start + seg.start
        piece = s.text[seg.start:seg.end]
        before = set(_all_spans(ev))
        is_alert = bool(re.search(r"\b(?:alerts?|alarms?|sirens?)\b", piece, re.I))
        # "In Kyiv, where the alert lasted five hours, debris damaged two blocks": the places still count
        # ("alerts were declared across the country, and explosions were reported in Kyiv and Kharkiv": blasts reported
        # are no alert, but "sirens sounded and explosions were heard over Jerusalem" may be interceptions only)
        alert_only = is_alert and not re.search(r"\b(?:damaged|destroyed|injur(?:ed|ing)|kill(?:ed|ing)|wound(?:ed|ing)|hit|"
                                                 r"struck|(?:slamm|crash)(?:ed|ing)\s+into|"
                                                 r"(?:explosions|blasts)\s+(?:were\s+)?reported)\b", piece, re.I)
        local = [p for p in mentions if seg.start <= p.start < seg.end]
        place_ok = asserts or _WEAPON_WORD.search(piece) or _PAST_ATTACK.search(piece) or _TARGETED.search(piece) or \
            (_DAMAGE_VERB.search(piece) and _DAMAGE_RE.search(piece)) or _IMPACT_REPORTED.search(piece)
        if place_ok and not _HYPOTHETICAL.search(piece):
            for p in local:
                if alert_only and not _AIMED_AT.search(s.text[:p.start]):
                    continue  # "sirens sounded in Eilat", but not "sirens sounded as a missile was fired at Eilat"
                if p.struck and (p.place.country in (ev.target, None) or _occupied_by(p.place, ev.target)) \
                        and (p.place.name not in ev.places or p.place.name in ev.spoken) \
                        and (ev.earlier or not _other_time(s.text, p.start, p.end)) and not _background(s.text) \
                        and not _gunfire_place(s.text, p.start) \
                        and not places.opens_on_region_of_town(s.text, p, mentions):
                    if p.role == "spoken" and p.place.name not in ev.places:
                        ev.spoken.add(p.place.name)
                    elif p.role != "spoken":
                        ev.spoken.discard(p.place.name)
                    ev.places.setdefault(p.place.name, (s.start + p.start, s.start + p.end))
            if ev.target in places.parted_countries() and not alert_only and not _background(s.text):
                for m in lexicon.THE_COUNTRY_PART.finditer(piece):  # "raids on the south": South Lebanon
                    if (part := places.country_part(m.group("dir").lower(), ev.target)) is not None:
                        ev.places.setdefault(part.name, (base + m.start("dir"), base + m.end("dir")))
            for name, country, span in [] if alert_only else self.heading_places:  # the section's heading names its place
                if country in (ev.target, None) and name not in ev.places:
                    if figures.is_region(name) and not lexicon.THE_REGION.search(piece) and any(
                            p.struck and p.place.kind != "region" and p.place.name in ev.places and
                            region_holds(name, p.place.name) is not False for p in local):
                        # "DNIPROPETROVSK REGION. Two people were injured in Dnipro": the heading says where the town
                        # is; the region is struck only if the section goes on to tell of it ("… in the region")
                        self.heading_regions.append((name, span))
                        continue
                    ev.places[name] = span
            if not alert_only:
                self.heading_places = []
            if self.heading_regions and lexicon.THE_REGION.search(piece):
                for name, span in self.heading_regions:
                    ev.places.setdefault(name, span)
                self.heading_regions = []
        self.seg_start = seg.start
        plain = undashed(piece)
        self._counts(plain, base, ev)
        self._casualties(plain, base, s, seg, ev, mentions)
        if (asserts or _WEAPON_WORD.search(piece) or _DAMAGE_VERB.search(piece)) and \
                not _sums_up(s.text) and not self._after_other_kind(s, piece):
            # (not "30 houses were damaged in the district over the week", nor "The town was shelled with heavy
            # artillery. A power line was damaged": the shelling's damage)
            self._damage(piece, base, ev)
        rec = _RECORD.search(piece) or _BENCHMARK.search(piece)  # "surpassed the previous record"
        if rec and not _ONE_OF.search(piece[:rec.start()]) and \
                not _OTHER_RECORD.search(rec.group(0)) and not _OTHER_RISE.search(piece[:rec.start()]):
            owner = ev
            if _SINCE_RECALLED.match(piece, rec.end()) and self.telling is not None and self.telling is not ev:
                # "It was the deadliest attack on the city since January 14, 2023, when a missile hit ...": the
                # record is the attack being told's; the one after "since" is only what it is measured against
                owner = self.telling
            if owner.record is None:
                owner.record = (base + rec.start(), base + rec.end())
        if ev.alert is None and (is_alert or "anger" in piece and alerts.DANGER.search(piece)):
            ev.alert = alerts.alert(piece, base)
        for span in set(_all_spans(ev)) - before:
            ev.attribution.setdefault(span, attribution)

    # -- counts ---------------------------------------------------------------------------------------

    def _counts(self, piece: str, base: int, ev: Draft) -> None:
        masked = dates.DAY_OF_MONTH.sub(blank, _COMPARISON.sub(blank, piece))  # "on Oct. 17, destroying one"
        found: list[tuple[str, str, Fact]] = []  # (category, role, fact)
        heads: list[tuple[int, str]] = []  # where each weapon category is named, for "of them" and bare numbers
        taken: list[tuple[int, int]] = []
        mixed: list[tuple[int, int]] = []  # figures of both kinds together: "63 missiles and drones"
        none_end = -1  # where the last weapon phrase under a "none of" ended
        # (category, role, value) of shares of the whole told with no model or type: "25 of the missiles"
        shares: list[tuple[str, str, int]] = []
        lone_strikes: list[Fact] = []  # hits of one weapon told by "hit" or "struck" (LONE_STRIKE_VERB)
        for m in re.finditer(rf"\b{HEAD}\b", masked, re.IGNORECASE):  # "bombers" names no bomb
            heads.append((m.start(), category(m)))
        all_but = [m for m in ALL_BUT.finditer(masked) if m.group("verb") or m.group("after")]
        for m in WEAPON.finditer(masked):
            if any(a.start("num") <= m.start("num") < a.end() for a in all_but):
                continue  # "all but three of the missiles were shot down": the three are the ones not stopped
            cat = category(m)
            other = re.search(HEAD, m.group("combined") or "", re.IGNORECASE)
            if (other and category(other) != cat) or cat == "bomb":  # "300 drones and missiles" is not split
                taken.append((m.start(), m.end()))
                if other and {cat, category(other)} == {"drone", "missile"}:
                    mixed.append((m.start(), m.end()))
                continue
            if m.group("q") and re.match(lexicon.UPPER_BOUND, m.group("q"), re.I):
                taken.append((m.start(), m.end()))
                continue  # "Iran fired fewer than 100 missiles": a bound from above, no count
            if re.search(r"\b(?:every|each)\s+$", masked[:m.start()], re.I) and m.group("num").lower() == "one":
                taken.append((m.start(), m.end()))
                continue  # "every one of the drones": all of them, told below
            if RATE_BEFORE.search(masked[:m.start()]):
                taken.append((m.start(), m.end()))
                continue  # "shot down nine out of every ten drones": a rate, no count
            if NONE_OF_BEFORE.search(masked[:m.start()]) or \
                    none_end >= 0 and NONE_LIST_BETWEEN.fullmatch(masked, none_end, m.start()):
                taken.append((m.start(), m.end()))
                none_end = m.end()
                num = m.group("num").lower()
                if STOPPED_AFTER.match(masked[m.end():]) and parse(num) is not None and cat in ("drone", "missile"):
                    # "none of the six Kinzhals was intercepted": the six struck
                    found.append((cat, "hit", Fact(parse(num), [(base + m.start(), base + m.end())])))
                continue  # a part, whose zero destroyed is told by its "none" below
            role, verb = self._decide(masked, m.start("num"), m.end())
            if role == "destroyed" and _active_destroying(masked, m.end(), verb):
                taken.append((m.start(), m.end()))
                continue  # "Debris from one of the drones destroyed the roof of a house": what it did, not its fate
            item = LIST_ITEM_OPENS.search(masked[:m.start()])
            if item and role in ("launched", "destroyed") and (role == "launched" or ITEM_FATE.match(verb)) \
                    and self._list_total_told(cat, found, masked.rfind(":", 0, m.start()), base):
                taken.append((m.start(), m.end()))
                if role == "launched":
                    continue  # "31 missiles: 20 Kh-101, of which 17 were shot down; 6 Kalibr; 5 Iskander-M": a part
            elif role == "destroyed" and item and ITEM_FATE.match(verb) and parse(m.group("num").lower()) is not None:
                # "...; and one Kh-59, which was also destroyed": an item of a list of what was launched, and its fate
                found.append((cat, "launched", Fact(parse(m.group("num").lower()), [(base + m.start(), base + m.end())])))
            if NOT_STOPPED_AFTER.match(masked[m.end():]):
                role = "hit"  # "The six Kinzhals were not intercepted": they struck
            if role == "destroyed" and NONE_FATE_AFTER.match(masked[m.end():]):
                role = "launched"  # "..., of which 28 were shot down, and four Kh-22s — none of which were downed"
            if role in ("destroyed", "hit") and LAUNCHED_THEN.match(masked[m.end():]) and \
                    re.search(r"\bof\s+(?:the\s+|all\s+|these\s+|those\s+)?$", masked[:m.start()], re.I):
                role = "launched"  # "two-thirds of the 48 drones launched ... were shot down": the verb is the part's
            if role in ("destroyed", "hit") and SHARE_OF_BEFORE.search(masked, max(0, m.start() - 40), m.start()):
                role = "launched"  # "most of the 180 missiles were intercepted": the verb is the share's
            if role in ("destroyed", "hit") and not role_told_after(masked, m.end()) \
                    and not DESTROY_RIGHT_BEFORE.search(masked[:m.start()]) \
                    and (PART_FATE_AFTER.match(masked[m.end():]) or self._part_of_launched(masked, found, cat, m.start(), base)):
                # a role only the parse gave: "12 Kalibrs, of which four were intercepted" tells the fate of a part of
                # the twelve; "launched 38 missiles — 13 Kh-101, ... — and 30 were shot down", a part of the 38
                role = "launched"
            num = m.group("num").lower()
            value = 1 if num in ("a", "an") else 2 if num == "both" else parse(num)
            if self.observe and self.last_features is not None and value is not None:
                self.observe(self.last_features, cat, value, role)
            if value is None or role is None:
                continue
            if role == "destroyed" and destroy_negated(masked[:m.start()]) and not role_told_after(masked, m.end()):
                taken.append((m.start(), m.end()))
                continue  # "Among the missiles that were not intercepted were seven Kinzhals": not destroyed
            if role == "destroyed" and ev.target and (force := lexicon.HELPING_FORCE.search(masked[:m.start()])
                                                      or lexicon.HELPING_FORCE_AFTER.match(masked, m.end())) \
                    and COUNTRY_WORDS.get(re.sub(r"\s+", " ", force.group("who").lower())) not in (None, ev.target):
                taken.append((m.start(), m.end()))
                continue  # "American warships shot down 70 drones" aimed at Israel: a helper's part, not the whole
            if RANGE_BEFORE.search(masked[:m.start("num")]):
                continue  # "between 300 and 400 drones": a range gives no figure (SPEC)
            if num in ("a", "an") and _NAMES_AN_ATTACK_AFTER.match(masked, m.end()):
                continue  # "11 ballistic missiles and a drone swarm": the article is the attack's, no count of one
            if num in ("a", "an") and not re.match(r"(?:single|lone)\s", m.group("mods") or "", re.I) and not any(
                    listed and (role == "launched" or not listed["article"])
                    for listed in (LISTED_BEFORE.search(masked[:m.start()]), LISTED_AFTER.match(masked[m.end():]))):
                continue  # an article is no count, except as one of a list's parts: "33 cruise missiles and a Kinzhal",
                # or told as one: "a single missile fell inside the base"
            q = (m.group("q") or "").lower().strip()
            mods = m.group("mods") or ""
            of_total = re.match(rf"({NUMBER})\s+", mods, re.I)  # "three of the four missiles": four were launched
            if m.group("part") and of_total and role == "launched":
                # "shot down 381 of the 412 drones launched": "launched" is said of the 412
                role = role_told_before(masked, m.start("num"), finite=True)[0] or role
            if m.group("part") and of_total and parse(of_total.group(1)) is not None and role != "launched":
                found.append((cat, "launched", Fact(parse(of_total.group(1)), [(base + m.start(), base + m.end())])))
            fraction = re.search(rf"\b({FRACTION})\s+of\s+(?:the\s+|all\s+)?$", masked[:m.start()], re.I)
            if fraction and role == "launched":  # "two-thirds of the 48 drones launched ... were shot down"
                after = ROLE_AFTER.match(re.sub(r"^\s+launched\s+(?:at|against|on)\s+[^,.;]*?(?=\s+(?:were|was))",
                                                 "", masked[m.end():]))
                share = FRACTIONS[re.sub(r"\s+|-", " ", fraction.group(1).lower())] * value
                if after and share == int(share):
                    found.append((cat, role_name(after), Fact(int(share), [(base + fraction.start(), base + m.end())])))
            if role == "launched" and DESTROY_RIGHT_BEFORE.search(masked[:m.start()]):
                role = "destroyed"  # "shot down four missiles fired at Voronezh": the participle tells of the four
                if q == "all":  # "intercepting all 14 missiles fired": as many were launched
                    found.append((cat, "launched", Fact(value, [(base + m.start(), base + m.end())])))
            elif role != "launched" and q == "all" and LAUNCHED_THEN.match(masked[m.end():]):
                # "all 45 drones launched overnight had been destroyed": as many were launched
                found.append((cat, "launched", Fact(value, [(base + m.start(), base + m.end())])))
            elif role == "launched" and ALL_AFTER.match(masked[m.end():]):
                # "ten drones launched alongside the missiles were all shot down": as many were destroyed
                found.append((cat, "destroyed", Fact(value, [(base + m.start(), base + m.end())])))
            earlier = [f.evidence[0][1] - base for c, r, f in found if c == cat and r == role and f.evidence]
            between = masked[max(earlier):m.start()] if earlier else ""
            if earlier and (parts_follow(masked, max(earlier), between) or OF_THEM_MODELS.search(between)):
                taken.append((m.start(), m.end()))
                continue  # "40 missiles, including six Kinzhals and 14 Kalibrs": parts of the figure just given
            if SUBSET.search(masked[:m.start()]) and any(c == cat for c, _, _ in found):
                taken.append((m.start(), m.end()))
                continue  # "shot down 72 of the missiles, including all ten Kinzhals": a part, whatever its verb
            narrowed = bool(mods or re.search(r"[A-Z]", masked[m.start("num"):m.end()]))  # a type or a model
            if q == "all" and narrowed and any(c == cat and r == role and v >= value for c, r, v in shares):
                taken.append((m.start(), m.end()))
                continue  # "downed 25 of the missiles; all 20 Kalibrs were shot down": the Kalibrs are among the 25
            if m.group("part") and not narrowed:
                shares.append((cat, role, value))
            if role == "hit" and value == 1 and LONE_STRIKE_VERB.search(verb) and not PASSED.search(verb):
                lone_strikes.append(Fact(value, [(base + m.start(), base + m.end())]))
                found.append((cat, role, lone_strikes[-1]))
                taken.append((m.start(), m.end()))
                continue
            found.append((cat, role, Fact(value, [(base + m.start(), base + m.end())],
                                          ew=_told_electronic(masked, verb, m.start(), m.end()),
                                          model=bool(re.search(r"[A-Z]", mods)),
                                          missile_class=_missile_class(cat, mods),
                                          rough=bool(re.match(ROUGH, q)) if q else False,
                                          additive=q in ("another", "a further", "an additional") or bool(m.group("more"))
                                          or bool(IN_ADDITION.search(masked[:m.start()])))))
            taken.append((m.start(), m.end()))
        for m in COUNT_IN_NOUN.finditer(masked):  # "a 150-drone attack", "a 40-missile barrage": launched
            value = parse(m.group("num"))
            cat = "drone" if re.fullmatch(lexicon.DRONE_NOUNS, m.group("head"), re.I) else "missile"
            if value is not None and not any(a <= m.start() < b for a, b in taken):
                found.append((cat, "launched", Fact(value, [(base + m.start(), base + m.end())])))
                taken.append((m.start(), m.end()))
        lowered = masked.lower()
        # the pattern is costly and its word rare: searched only where the word is (read fast)
        for m in RESPECTIVELY.finditer(masked) if "respectively" in lowered else ():
            found += self._respective(masked, m, heads, base)
            taken.append((m.start(), m.end()))
        for m in PART_OF_WHOLE.finditer(masked):
            if any(a <= m.start() < b for a, b in taken):
                continue
            part, whole = parse(m.group("part")), parse(m.group("whole"))
            destroyed = DESTROY_RIGHT_BEFORE.search(masked[:m.start()]) or \
                re.match(rf"{AUX}(?:{DESTROY})", masked[m.end():], re.IGNORECASE)
            cat = self._antecedent(heads, m.start())
            if not destroyed or part is None or whole is None or part > whole or cat not in ("drone", "missile"):
                continue
            span = [(base + m.start(), base + m.end())]
            found += [(cat, "destroyed", Fact(part, span)), (cat, "launched", Fact(whole, span))]
            taken.append((m.start(), m.end()))
        for m in all_but:
            found += self._all_but(m, masked, heads, found, base)
            taken.append((m.start(), m.end()))
        for m in BARE.finditer(masked):
            if any(a <= m.start() < b for a, b in taken):
                continue
            value = parse(m.group("num"))
            pre = masked[:m.start()]
            aside = ASIDES.match(masked[m.end():])  # "35 of them, the air force said, were shot down"
            skip = aside.end() if aside else 0
            role_after = ROLE_AFTER.match(masked[m.end() + skip:])
            role_before = re.search(rf"(?:{DESTROY})\s+(?:all\s+)?$", pre, re.IGNORECASE) or (
                SHARED_ROLE_BEFORE.search(pre[-160:]) if re.match(r"\s+(?:over|above|near|in)\b", masked[m.end():]) else None)
            year = re.fullmatch(_YEAR, m.group("num"))
            parsed = None if role_after or role_before or year else self._parsed_role(m.start("num"), bare=True)
            # a figure right after a colon heads a list ("Summary: 352 drones"), unless it is a part of the weapons
            # with its own verb ("eight drones took part: six of them struck homes, ...")
            opens = re.search(r"[:(]\s*$", pre) and not (m.group("of") and role_after)
            if value is None or opens or (not role_after and not role_before and not parsed):
                continue
            last_named = max((p for p, _ in heads if p < m.start()), default=-1)
            if m.group("of") and any(a <= last_named < b for a, b in mixed):
                continue  # "launched 63 missiles and drones, and 37 of them were destroyed": of both kinds together
            if split_into_both_kinds(masked, m.end()):
                continue  # "201 were shot down, 102 missiles and 99 drones": both kinds together, told in parts
            both = [b for b in BOTH_KINDS.finditer(pre)]
            if m.group("of") and ((both and not re.search(rf"\b{HEAD}\b", pre[both[-1].end():], re.I))
                                  or not roles.names_the_weapons(self.parses[self.sentence_index],
                                                                 self.seg_start + m.start("num"), m.group("of"))):
                # "damaging 12 buildings, three of which were destroyed": a part of something else; "127 missiles
                # and 109 drones ... shot down 201 of them": a part of both kinds together
                continue
            role = role_name(role_after) if role_after else parsed.role if parsed else "destroyed"
            if role_after and _active_destroying(masked, m.end() + skip, role_after.group()):
                continue  # "One destroyed the stairwell of a building": what the weapon did, not its fate
            if role == "hit" and not m.group("of") and not (role_after and PASSED.search(role_after.group())) \
                    and not re.search(
                    r"(?:\b(?:while|but|whereas|and|with|only)\s+(?:that\s+)?(?:the\s+(?:other|remaining)\s+)?|"
                    r"\bof\s+(?:them|these),?\s+|"
                    r"\bthe\s+(?:remaining|other)\s+)$", pre, re.IGNORECASE) and not HIT_PARTS_BEFORE.search(pre[-200:]):
                continue  # "One struck the roof" tells of one drone; "..., while three hit" counts the hits
            cat = self._antecedent(heads, m.start())
            if cat not in ("drone", "missile"):
                continue
            q = (m.group("q") or "").lower().strip()
            earlier = [f.evidence[0][1] - base for c, r, f in found if c == cat and r == role and f.evidence]
            between = masked[max(earlier):m.start()] if earlier else ""
            if earlier and parts_follow(masked, max(earlier), between):
                continue  # "266 drones were neutralised: 139 shot down and 127 lost locationally": parts of it
            ew = electronic(masked, m.end() + skip + role_after.start("destroyed"),
                            m.end() + skip + role_after.end("destroyed")) \
                if role_after and role_after.group("destroyed") else False
            part = m.group("of") or _OF_THEM_BEFORE.search(pre)
            if part and _part_of_total(masked, found, (cat, role, ew, m.start()), base):
                continue  # "shot down 251 drones; 180 of them were downed by mobile fire groups": a part of it
            # "a further 556 drones, of which 541 were shot down": a part of an addition adds to its own slot too
            whole = [f for c, r, f in found if c == cat and r == "launched"] or ev.counts.get((cat, "launched"), [])
            added = bool(part) and role != "launched" and bool(whole) and whole[-1].additive
            found.append((cat, role, Fact(value, [(base + m.start(), base + m.end() + (skip + role_after.end() if role_after else 0))],
                                          ew=ew,
                                          rough=bool(re.match(ROUGH, q)) if q else False,
                                          additive=added or q in ("another", "a further", "an additional")
                                          or bool(m.group("more")))))
            if role == "hit" and value == 1 and not m.group("of") and not m.group("more") and role_after \
                    and LONE_STRIKE_VERB.search(role_after.group()) and not HIT_PARTS_BEFORE.search(pre[-200:]):
                lone_strikes.append(found[-1][2])  # "..., and one struck a school"
        for m in BOTH_ALL.finditer(masked):
            if NOT_QUITE.search(masked[:m.start()]):
                continue  # "nearly all of them were intercepted" fixes no figure
            value = 2 if m.group("both") else ALL_LAUNCHED if m.group("all") else parse(m.group("num"))
            # ("seven Kh-101 cruise missiles, launched from Saratov, all of which were destroyed", "... cruise missiles
            # from the Caspian Sea, all of which": the launch or its origin told between them)
            named = [w for w in WEAPON.finditer(masked, 0, m.start()) if re.fullmatch(
                r"(?:\s+(?:from|over)\s+[^,.;:]{1,60})?\s*,\s*(?:(?:launched|fired)\s+[^,.;:]{1,80},\s*)?",
                masked[w.end():m.start()])]
            if m.group("them") and named and names_models(named[-1]) and not LISTED_BEFORE.search(masked[:named[-1].start()]):
                # "Among them were ten Kinzhals, all of which were intercepted": all of the models counted, not
                # all that were launched (but "five drones and two Kh-59s, all of which": each kind listed)
                value = parse(named[-1].group("num"))
            # "27 of the 35 missiles and all of the drones were destroyed": the kind named after "all", if any
            named_all = re.match(rf"all\s+(?:of\s+)?the\s+{HEAD}\b", m.group(), re.IGNORECASE)
            cats = [category(named_all) if named_all else self._antecedent(heads, m.start())]
            if m.group("them"):  # "five drones and two missiles, all of which were shot down": each kind listed
                cats = list(dict.fromkeys(c for p, c in heads if p < m.start() and c in ("drone", "missile"))) or cats
            if value is None or any(a <= m.start() < b for a, b in taken):
                continue
            for cat in cats:
                if cat in ("drone", "missile"):
                    found.append((cat, "hit" if m.group("hit") else "destroyed",
                                  Fact(value, [(base + m.start(), base + m.end())])))
        for m in ALL_OBJECT.finditer(masked):
            head = m.group("head")
            cat = category(re.match(HEAD, head, re.I)) if head else self._antecedent(heads, m.start())
            if cat in ("drone", "missile"):
                found.append((cat, "destroyed", Fact(ALL_LAUNCHED, [(base + m.start(), base + m.end())])))
        for m in NONE.finditer(masked):
            inner = re.search(HEAD, m.group(), re.IGNORECASE)
            cat = category(inner) if inner else self._antecedent(heads, m.start())
            if cat in ("drone", "missile"):
                found.append((cat, "hit" if m.group("hit") else "destroyed", Fact(0, [(base + m.start(), base + m.end())])))
                named = [w.start() for w in WEAPON.finditer(masked, 0, m.start()) if category(w) == cat]
                whole = self._all_launched(cat, found, ev, base + named[-1] if named else None) \
                    if m.group("destroyed") and not re.search(r"\bof\s+the\b", m.group(), re.I) else None
                if whole is not None:
                    # "two Iskander-M missiles were fired at Sumy. Neither was intercepted": both struck
                    found.append((cat, "hit", Fact(whole.value, [*whole.evidence, (base + m.start(), base + m.end())])))
        for m in NONE_PASSED.finditer(masked):
            for head in re.finditer(rf"(?:^|\bthe\s+|\s(?:or|and|nor)\s+)(?P<bare>{HEAD})\b", m.group("heads"), re.IGNORECASE):
                cat = category(head)
                if cat in ("drone", "missile"):  # "the cruise missiles" are a class of the missiles: not all of them
                    found.append((cat, "destroyed", Fact(ALL_LAUNCHED, [(base + m.start(), base + m.end())])))
        for m in PAIR_OTHER.finditer(masked):
            inner = re.search(HEAD, m.group(), re.IGNORECASE)
            cat = category(inner) if inner else self._antecedent(heads, m.start())
            if cat not in ("drone", "missile"):
                continue
            nth = m.group("nth").lower()
            before = 1 if nth == "other" else ordinal(nth) - 1  # how many the ordinal counts before it
            down = [f for c, r, f in found if c == cat and r == "destroyed"] or ev.counts.get((cat, "destroyed"), [])
            struck = [f for c, r, f in found if c == cat and r == "hit"]
            span = [(base + m.start(), base + m.end())]
            if [f.value for f in down] == [before]:
                # "One was intercepted over the sea; the second was lost from the radar and crashed into the base",
                # "Two were shot down; the third hit the building": the one after those downed, not stopped
                found.append((cat, "hit", Fact(1, span)))
            elif nth != "other" and before > 1 and [f.value for f in struck] == [before] \
                    and not m.group().lower().endswith(("lost", "intercepted", "down")):
                # "two drones hit the field and a third struck the depot": one more of those that hit
                found.append((cat, "hit", Fact(1, span, additive=True)))
        for m in NUMBER_PUT.finditer(masked):
            head = m.group("head")
            cat = category(re.match(HEAD, head, re.I)) if head else self._antecedent(heads, m.start())
            value = parse(m.group("n"))
            if cat in ("drone", "missile") and value is not None and not any(a <= m.start("n") < b for a, b in taken):
                q = (m.group("q") or "").lower().strip()
                found.append((cat, "launched", Fact(value, [(base + m.start(), base + m.end())],
                                                    rough=bool(q and re.match(ROUGH, q)))))
        for m in NOT_DESTROYED.finditer(masked):
            near = [c for pos, c in heads if abs(pos - m.end()) < 60]
            cat = near[-1] if near else self.last_category
            if cat in ("drone", "missile"):
                found.append((cat, "destroyed", Fact(0, [(base + m.start(), base + m.end())])))
        for m in LONE_NOT_DESTROYED.finditer(masked):
            near = [c for pos, c in heads if abs(pos - m.end()) < 60]
            # or the weapon the sentence named before it: "A missile ... slammed into ... after efforts to intercept
            # it failed"
            # (the weapon the phrase itself names, however long: "a cruise missile launched by the Houthis slipped
            # through Israel's air defences")
            before = [c for pos, c in heads if pos < m.end()]
            cat = near[-1] if near else before[-1] if before else self.last_category
            if cat in ("drone", "missile") and not ev.counts.get((cat, "destroyed")) \
                    and all(f.value == 1 for f in ev.counts.get((cat, "launched"), [])) \
                    and not any(c == cat and (role == "destroyed" or role == "launched" and f.value != 1)
                                for c, role, f in found):
                # a lone weapon's zero, even counted as the one launched ("a missile fired from Yemen evaded the
                # defences"); not the one missile "not intercepted" of a wave whose others were downed
                found.append((cat, "destroyed", Fact(0, [(base + m.start(), base + m.end())])))
        for m in LONE_DESTROYED.finditer(masked):
            cat = category(re.match(HEAD, m.group("head"), re.I))
            launched = [f.value for c, r, f in found if c == cat and r == "launched"] or \
                [f.value for f in ev.counts.get((cat, "launched"), [])]
            told = any(c == cat and r == "destroyed" for c, r, _ in found) or ev.counts.get((cat, "destroyed"))
            if cat in ("drone", "missile") and launched == [1] and not told:
                # "one Iskander-M ballistic missile ...; the missile was intercepted": the one launched, destroyed
                found.append((cat, "destroyed", Fact(1, [(base + m.start(), base + m.end())])))
        for m in VAGUE_DESTROYED.finditer(masked):
            head = m.group("head") or m.group("head2")
            cat = category(re.match(HEAD, head, re.I)) if head else self._antecedent(heads, m.start())
            if cat:
                ev.vague_destroyed.setdefault(cat, base + m.start())
        if heads:
            self.last_category = next((c for _, c in reversed(heads) if c != "bomb"), self.last_category)
            # "Russia fired 440 drones and 32 missiles. Air defences neutralised 428 of them": both kinds together
            self.both_kinds = bool(BOTH_KINDS.search(masked))
        found = [(c, r, f) for c, r, f in found if not any(f is lone for lone in lone_strikes)
                 or self._salvo_accounted(c, found, ev)]
        by_slot: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for cat, role, fact in _without_joined_sums(found, masked, base):
            by_slot[(cat, role)].append(fact)
        listed = bool(re.search(r";|\n", masked))  # a list of items, each its own model and figures
        for slot, facts in by_slot.items():
            ev.counts[slot].append(figures.combine_parts(facts, listed))

    @staticmethod
    def _list_total_told(cat: str, found: list[tuple[str, str, Fact]], colon: int, base: int) -> bool:
        """Whether a figure of ``cat`` launched is told before the ``colon`` that opens a list of items parted by
        semicolons ("fired 31 missiles at Ukraine: 20 Kh-101 ..., of which 17 were shot down; 6 Kalibr ...; 5
        Iskander-M"): the stated total, of which each item is a part (LIST_ITEM_OPENS)."""
        return colon >= 0 and any(c == cat and r == "launched" and f.evidence and f.evidence[0][1] - base < colon
                                  for c, r, f in found)

    @staticmethod
    def _salvo_accounted(cat: str, found: list[tuple[str, str, Fact]], ev: Draft) -> bool:
        """Whether the weapons of ``cat`` launched, told in the sentence or before it, are one more than those
        destroyed: the one weapon told to have hit is then the rest of the salvo, a count of hits ("Two drones were
        launched; one was shot down and one hit the base"), not a weapon that hit something (LONE_STRIKE_VERB)."""
        def told(role: str) -> Fact | None:
            return figures.reconcile_count([*ev.counts.get((cat, role), []),
                                            *(f for c, r, f in found if c == cat and r == role)])
        launched, destroyed = told("launched"), told("destroyed")
        return launched is not None and destroyed is not None and launched.value == destroyed.value + 1

    def _decide(self, masked: str, num_start: int, end: int) -> tuple[str | None, str]:
        """launched, destroyed or hit for the weapon phrase at ``num_start``-``end``, and the verb that
        says so: the verb right after the phrase (certain), else the trained model where it is sure,
        else the word that governs the figure in the parse, else the nearest verb before it."""
        after = role_told_after(masked, end)
        before = role_told_before(masked, num_start)
        if after and after[0] == "hit" and ATTACK_OF.search(masked[:num_start]):
            # "a strike of 12 missiles and 45 drones hit Dnipro": the attack hit; its figures are what it
            # was made of, launched
            parsed = self._parsed_role(num_start)
            if parsed and parsed.role == "launched" and parsed.word.lower() in lexicon.ATTACK_NOUNS:
                after = (parsed.role, parsed.word)
        if after and after[0] == "hit" and after[1].lstrip().startswith(",") \
                and (made_of := MADE_OF_BEFORE.search(masked[max(0, num_start - 200):num_start])):
            after = ("launched", made_of.group().strip(", ").split()[0])  # "an assault involving 88 missiles, struck"
        if after is None and before[0] == "hit" and HIT_BY.search(masked[:num_start]):
            after = before  # "the plant was hit by eight missiles": the verb right before the figure is as certain
        if after is None and before[0] is None and TALLY_PAIR.match(masked[end:]):
            # "93 drones, 76 shot down": a bulletin's tally, what was launched and then what became of a part
            after = ("launched", "")
        if after is None and before[0] is None and (
                LIST_HEAD.search(masked[:num_start]) and LIST_GOES_ON.match(masked, end) and self._fate_told(masked, end)
                or LIST_OPENS.match(masked[:num_start]) and LIST_TO_SEMICOLON.match(masked, end)
                and PART_FATE.search(masked, end)):
            # "The Air Force's summary: 352 drones and 16 missiles, of which 324 drones were downed", "172 drones and
            # two missiles; air defence neutralised 147 drones": a list with no verb of its own tells what was launched
            after = ("launched", "")
        if after is None and before[0] is None and LIST_ITEM_OPENS.search(masked[:num_start]):
            after = ("launched", "")  # "...: 16 Kalibrs, of which 13 were downed; eight Kh-22s; ...": an item of the list
        if after and self.observe is None:
            return after  # certain: no parse needed
        doc = self.parses[self.sentence_index]
        self.last_features = None if doc is None else roles.features(
            doc, self.seg_start + num_start, self.seg_start + end, before[0], after[0] if after else None)
        if after:
            return after
        parsed = self._parsed_role(num_start)
        if parsed and before[0] == "launched" and before[1].split()[0].lower() == parsed.word.lower():
            return before  # "struck the grid with 14 missiles": the verb the parse names is that of the launch phrase
        if self.last_features is not None and ((parsed.role if parsed else None) != before[0] or before[0] is None):
            # consulted only where the parse and the nearest verb disagree, or neither gives a role
            model = shipped_model()
            decision = model.decide(self.last_features) if model else None
            if decision:
                verb = before[1] if before[0] == decision.role else parsed.word if parsed else ""
                return decision.role, verb
        if parsed:
            return parsed.role, parsed.word
        return before

    @staticmethod
    def _part_of_launched(masked: str, found: list[tuple[str, str, Fact]], cat: str, start: int, base: int) -> bool:
        """Whether the weapon phrase at ``start`` is one of the parts listed right after a launch figure of its kind
        ("launched 38 missiles — 13 Kh-101, 14 Kalibr ..."), with no verb of destroying between them."""
        launched = [f.evidence[0][1] - base for c, r, f in found if c == cat and r == "launched" and f.evidence]
        if not launched or launched[-1] > start:
            return False
        between = masked[launched[-1]:start]
        return parts_follow(masked, launched[-1], between) and not DESTROY_VERB.search(between)

    def _fate_told(self, masked: str, end: int) -> bool:
        """Whether what became of a part of the weapons is told after ``end``: in the rest of the segment or
        in the next sentence of its paragraph ("...: 352 drones and 16 missiles. It says 146 were shot down")."""
        if PART_FATE.search(masked, end):
            return True
        i = self.sentence_index
        return i + 1 < len(self.sentences) and self.sentences[i + 1].paragraph == self.sentences[i].paragraph \
            and bool(PART_FATE.search(self.sentences[i + 1].text))

    def _parsed_role(self, pos: int, bare: bool = False) -> roles.Role | None:
        """The role the parse gives the figure at ``pos`` of the segment being read."""
        return roles.role_at(self.parses[self.sentence_index], self.seg_start + pos, bare)

    @staticmethod
    def _all_launched(cat: str, found: list[tuple[str, str, Fact]], ev: Draft, named: int | None) -> Fact | None:
        """The launch figure told last before a "none"/"neither" (and the weapons ``named`` last before it, when
        the sentence names any), when it is the whole of the attack's launch ("two Iskander-M missiles were
        fired at Sumy. Neither was intercepted"), not a part of a larger one ("... 12 S-300 missiles, none
        intercepted")."""
        told = [*ev.counts.get((cat, "launched"), []), *(f for c, r, f in found if c == cat and r == "launched")]
        whole = figures.reconcile_count(told)
        if whole is None or whole.rough or whole.value != told[-1].value or not told[-1].evidence:
            return None
        return told[-1] if named is None or told[-1].evidence[0][0] == named else None

    def _all_but(self, m: re.Match, masked: str, heads: list[tuple[int, str]], found: list[tuple[str, str, Fact]],
                 base: int) -> list[tuple[str, str, Fact]]:
        """The destroyed figure of an "all but N" (``ALL_BUT``): the count of its kind launched before it in the
        sentence less N ("19 missiles were launched and air defences intercepted all but one": 18; "all but two of
        the 30 drones": 28, and 30 launched), else the
        attack's launched figure less N, settled when the event is finished."""
        inner = re.search(rf"\b{HEAD}\b", m.group(), re.IGNORECASE)
        cat = category(inner) if inner else self._antecedent(heads, m.start())
        short = parse(m.group("num"))
        if cat not in ("drone", "missile") or short is None:
            return []
        span = (base + m.start(), base + m.end())
        named = parse(m.group("whole")) if m.group("whole") else None
        if named is not None and named > short:
            return [(cat, "launched", Fact(named, [span])), (cat, "destroyed", Fact(named - short, [span]))]
        whole = [f for c, r, f in found if c == cat and r == "launched" and f.evidence and f.evidence[0][0] < span[0]]
        if whole and not whole[-1].rough and whole[-1].value > short:
            return [(cat, "destroyed", Fact(whole[-1].value - short, [*whole[-1].evidence, span]))]
        return [(cat, "destroyed", Fact(ALL_LAUNCHED, [span], short_of=short))]

    @staticmethod
    def _respective(text: str, m: re.Match, heads: list[tuple[int, str]], base: int) -> list[tuple[str, str, Fact]]:
        """The two figures of a "respectively" (``RESPECTIVELY``), each given to the kind of weapon named in its
        place among the last two kinds named before them ("598 drones and 31 missiles"); none if those are one kind."""
        kinds = [c for p, c in heads if p < m.start() and c in ("drone", "missile")][-2:]
        values = [parse(m.group("first") or m.group("first2")), parse(m.group("second") or m.group("second2"))]
        if len(set(kinds)) != 2 or None in values:
            return []
        verb = m.group("verb") or m.group("verb2")
        span = [(base + m.start(), base + m.end())]
        return [(kind, "destroyed", Fact(value, span, ew=electronic(verb, 0, len(verb))))
                for kind, value in zip(kinds, values, strict=True)]

    def _antecedent(self, heads: list[tuple[int, str]], pos: int) -> str | None:
        """The weapon category named last before ``pos`` ("of them", "62 were shot down"), in this
        sentence or an earlier one."""
        before = [c for p, c in heads if p < pos]
        return before[-1] if before else None if self.both_kinds else self.last_category

    def _after_other_kind(self, s: Sentence, piece: str) -> bool:
        """Whether PIECE, naming no weapon and nothing aerial, goes on in its paragraph from a sentence that told
        shelling or ground fighting alone, or ended on a deadly event of another kind: what it tells is theirs."""
        prev = self.sentences[s.index - 1] if s.index > 0 else None
        return prev is not None and prev.paragraph == s.paragraph and not _WEAPON_WORD.search(piece) \
            and not AERIAL.search(piece) and (GROUND.search(prev.text) and not AERIAL.search(prev.text)
                                              or _other_kind_told_last(prev.text))

    # -- casualties -----------------------------------------------------------------------------------

    def _casualties(self, piece: str, base: int, s: Sentence, seg: Segment, ev: Draft,
                    mentions: list[PlaceMention]) -> None:
        if GROUND.search(piece) and not _WEAPON_WORD.search(piece):
            return
        # a figure in the lead sums up the attack, and the places told after it are its parts
        total = bool(TOTAL.search(piece)) or s.index == 0
        prev = self.sentences[s.index - 1] if s.index > 0 else None
        if prev is not None and prev.paragraph == s.paragraph and _WEEK_TOLD.search(prev.text) \
                and not dates.mentions(piece, self.published):
            return  # "The district was under fire throughout the week. Two civilians were killed": the week's toll
        if self._after_other_kind(s, piece):
            # "Russian artillery shelled the town. A man was killed in his yard": the shelling's toll; "six people were
            # killed in a shooting attack at a light rail stop. The toll later rose to seven": the shooting's
            return
        taken: list[tuple[int, int]] = []
        longer: list[int] = []  # the ends of the figures that count over more than the attack
        told: list[tuple[int, str, Draft, str | None, bool]] = []  # the figures read: end, field, event, scope, total
        days = [(d.start(), d.end()) for d in dates.DAY_OF_MONTH.finditer(piece)]
        other_kind = bool(lexicon.NOT_AERIAL_EVENT.search(s.text))  # a shooting, pagers, a derailment told here
        raised: dict[str, Draft] = {}  # the event whose toll a risen one raises, by field (``_toll_raised``)
        for m, kind in self._casualty_phrases(piece, s, seg, taken):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if m.groupdict().get("n") and any(a <= m.start("n") < b for a, b in days):
                continue  # "the attack on January 28 killed three": the 28 is a day
            if m.groupdict().get("n") and AGE_OF.search(piece, 0, m.start("n")):
                continue  # "a man of about 60 died at the scene": the 60 is his age
            if SUBSET.search(piece[:m.start()]) or re.match(r"\s+(?:were\s+)?among\b", piece[m.end():], re.I):
                continue
            if longer_toll(piece[:m.start()], m.group() if kind == "toll" else "", piece[m.end():]) \
                    or paired_with_longer(piece[:m.start()], piece[m.start():m.end()]) or (
                    prev is not None and prev.paragraph == s.paragraph and (self.running_told == s.index - 1 or (
                        SINCE_RE.search(prev.text) and CASUALTY_VERB.search(prev.text)
                        and not COMPARED_SINCE.search(prev.text)))
                    and RUNNING_ON.search(piece[:m.end()]) and not OWN_ATTACK.search(piece)) or (
                    RUNNING_ON.search(piece, m.start(), m.end()) and _COUNTRY_TOLD.match(piece, m.end())
                    and not OWN_ATTACK.search(piece)) or (
                    _WAR_OR_DISASTER.search(s.text) and roles.war_or_disaster_toll(
                        roles.parse(s.text), seg.start + m.start(), seg.start + m.end())):
                # ... and the next sentence's perfect-tense count, with no attack of its own, carries it on: "Israel
                # says 24 have been killed since June 13. In Iran, a rights group says 639 have been killed."; and a
                # toll in the clause of a war's or a disaster's noun: "the war in Gaza, where 33,000 have been killed"
                longer.append(m.end())
                self.running_told = s.index
                continue
            if any(0 <= m.start() - e <= 120 and not re.search(r"[.;:]|\b(?:while|but|whereas)\b", piece[e:m.start()])
                   and (re.search(r"\b(?:and(?:\s+that)?|with)\s+$|\band$", piece[e:m.start()]) or re.match(r"and\b", m.group(), re.I))
                   for e in longer):
                # "13 killed since Friday night, and about 380 injured": the injured of the same span (and "... had
                # reached 224, and that 1,277 others had been wounded", "..., with more than 380 wounded")
                continue
            since = _IN_SINCE_WHEN.search(piece[:m.start()])
            if since and any(a < s.start for a, _ in _all_spans(ev) + [ev.date_span or (s.start, 0)]):
                # "the deadliest since July, when a rocket killed 12": the earlier attack's toll, not that of the
                # attack told before the sentence (an attack first told by the clause keeps it)
                continue
            if told_earlier(piece[:m.start()]) and not ev.recalled:
                # "Earlier this month, explosions at a depot killed one": another attack's toll (but "In October last
                # year, a missile hit a hotel, killing two" is the toll of the strike recalled by that month)
                continue
            if told_in_earlier_year(s.text[:seg.start + m.start()], self.published):
                continue  # "In 2019, after a suicide bombing killed 40 paramilitary police": another year's toll
            if other_kind and other_kind_of_event(s.text[:seg.start + m.start()], s.text[seg.start + m.end():]):
                continue  # "seven were killed when two gunmen opened fire": a shooting's toll, not the strike's
            if re.match(r"\s+or\s+(?:were\s+)?(?:killed|dead|injured|wounded|hurt)\b", piece[m.end():], re.I):
                continue  # "about 20 servicemen were killed or wounded": the dead and the injured together
            if ev.attacker and MILITARY_VICTIMS.match(piece[m.start():m.end() + 40]) and \
                    attackers_forces(s.text) == ev.attacker:
                continue  # "Russia's Defence Ministry claimed the strike killed 60 servicemen": the attacker's claim
            if BEFORE_AFTER.search(piece[:m.start()]) and not self.after_told and \
                    roles.earlier_attack(roles.parse(s.text), seg.start + m.start(), seg.start + m.end(), names_a_day):
                continue  # "two days after a glide bomb attack on the city injured nine": another attack's toll
            if kind == "ordinal" and KILLED_TOLD.search(piece[:m.start()]):
                continue  # "two men were killed in Domodedovo, and a third person died in Vidnoye": one more
            what = casualty_field(m, kind)
            value = casualty_value(m, kind)
            if what is None or value is None:
                continue
            if self._crew_at_sea(s, piece, m.start(), m.end()):
                continue  # "two crew members of the tanker were killed": a ship's toll at sea, on no country's ground
            if what == "injured" and _hurt_otherwise(piece, m.start(), m.end()):
                continue  # "two people were hurt while running to shelters": not the attack's injured
            if kind == "number" and (m.group("what") or "").lower() in ("dead", "killed") and \
                    re.match(r"\s+(?:people|persons)", piece[m.end("n"):] or "") is None and \
                    re.search(r"\b(?:rose|from)\s+$", piece[:m.start("n")]):
                continue
            if re.search(r"\b(?:no|not)(?:\s+|\s*-\s*)$", piece[:m.start()], re.I):
                continue  # "no one was killed" is a zero, read below
            if m.groupdict().get("n") and kind not in ("toll", "revision") and (re.search(
                    r"\b(?:between|from)\s+\S+\s+(?:and|to)\s+$", piece[:m.start("n")], re.I)
                    or RANGE_BEFORE.search(piece[:m.start("n")])):
                # "between 40 and 50 people were injured", "40 to 50 soldiers were killed" give no figure (but "the
                # toll rose from 10 to 14" is a toll grown)
                continue
            taken.append((m.start(), m.end()))
            q = (m.groupdict().get("q") or "").lower()
            scope = _scope(piece, seg.start, m, mentions, ev, toll=kind in ("toll", "revision"))
            if _over_places(piece, seg.start, m, mentions):
                scope = None  # "killing eight people in Odesa and Dnipro": the sum over the places it names
            elif scope is None and not total:
                scope = self._paragraph_place(s, seg, mentions, ev)
            owner = self._owner(ev, scope, mentions)
            if owner is not None and kind in ("toll", "revision") and (day_of := self._day_of_toll(m.group(), owner)):
                owner, scope = day_of, None  # the whole toll of the day it names, not the paragraph's place's
            whose = toll_of(s.text[seg.start + m.end():]) if owner is not None and owner.attacker else None
            if owner is not None and whose is not None and owner.attacker != whose:
                # "Iran's envoy said 78 were killed in Israel's strikes", read in the report of Iran's missiles: the
                # toll of the other side's attack, when the article tells it
                owner = self._event_for(whose, None, None, create=False)
            where = told_abroad(s.text[:seg.start + m.start()]) if owner is not None and owner.target else None
            if where is not None and where not in (owner.target, owner.attacker):
                # "an explosion in a Polish village near the border killed two farm workers", in the report of an
                # attack on Ukraine: the toll of a third country's ground, that country's event's when there is one
                owner = next((e for e in reversed(self.events) if e.target == where), None)
            if owner is None:
                continue
            # (the verb may come before the toll's words: "bringing the toll to five"); the victim the sentence
            # adds ("a civilian had also been killed") goes with it
            if kind == "toll" and scope is None and RISING.search(piece, max(0, m.start() - 25), m.end()) \
                    and VICTIM_ADDED.search(piece) and not OWN_ATTACK.search(piece):
                raised[what] = self._toll_raised(what, value, owner)
            if scope is None:
                owner = raised.get(what, owner)
            if scope is None and self.last_toll is not None and 0 <= s.index - self.last_toll[0] <= _OTHERS_REACH \
                    and OTHER_VICTIMS.search(piece, m.start(), m.end()) and not OWN_ATTACK.search(piece):
                # "... a rocket hit a football pitch, killing 12 children. Around 30 others were wounded": victims
                # besides those just counted, in a sentence that tells no attack of its own, are of their attack
                owner = self.last_toll[1]
            # "Another 15 were killed in Khan Younis", "two more residents were injured": added to the figure before,
            # when it was of the same kind ("Three were killed. Ten more people were injured": ten others)
            additive = (bool(re.match(r"(?:another|a\s+further)$", q)) or bool(
                m.groupdict().get("n") and re.match(r"\s+more\b", piece[m.end("n"):], re.I))) \
                and self.last_toll_field == what
            # "A second strike on the city in the evening injured 25", "another raid hit Tabayin, killing three": a
            # further strike of the same attack, whose toll adds to the one told before
            additive = additive or bool(FURTHER_STRIKE.search(piece[:m.start()]))
            self.last_toll_field, self.last_toll = what, (s.index, owner)
            # "killing four people in Kyiv and one in Mykolaiv": a place's part, even in the lead
            parts = elided_parts(piece, m.end(), seg.start, mentions)
            if parts and scope is None:
                # "11 people were killed in the strikes on Tyre and four more in Dahiyeh": the first figure is the
                # part of the place named before the next one's
                scope = next((p.place.name for p in mentions if p.struck
                              and seg.start + m.end() <= p.start < seg.start + parts[0][1][0]), None)
            if any(place == scope for _, _, place in parts):
                scope = None  # "killing four in a village in the west and one in Zaporizhzhia": the four's is not known
            owner.casualties[what].append(Fact(value, [(base + m.start(), base + m.end())], additive=additive,
                                            rough=bool(q and re.match(ROUGH, q)), scope=scope,
                                            total=total and not parts or _over_places(piece, seg.start, m, mentions)
                                            or places_listed(piece[m.end():]),
                                            revision=kind == "revision",
                                            rising=kind == "toll" and bool(RISING.search(m.group()))
                                            or kind == "ordinal",
                                            estimate=kind == "toll" and not RISING.search(m.group()),
                                            # "first reported 42 wounded", "100 terrorists had died": set aside
                                            set_aside=superseded(piece[:m.start()])
                                            or bool(TERRORISTS.match(piece[m.start():m.end() + 40]))))
            told.append((m.end(), what, owner, scope, total))
            for n, (a, b), place in parts:
                taken.append((a, b))  # "three people were killed in Kharkiv and two in Dnipro": Dnipro's two
                owner.casualties[what].append(Fact(n, [(base + a, base + b)], scope=place))
            whole = elided_total(piece[m.end():]) if kind != "toll" else None
            if whole is not None and parse(whole.group("n")) is not None:
                # "33 dead in Kyiv and more than 40 across the country": the total that shares the verb
                a, b = m.end() + whole.start("n"), m.end() + whole.end()
                taken.append((a, b))
                owner.casualties[what].append(Fact(parse(whole.group("n")), [(base + a, base + b)], total=True,
                                                   rough=bool(re.match(ROUGH, whole.group("q") or ""))))
        # "... the figure had risen to more than 40", "first put the number of injured at 25, before raising it to 34
        # and then to more than 40": the same figure, grown
        for m in sorted([*FIGURE_ROSE.finditer(piece), *FIGURE_RAISED.finditer(piece)], key=lambda m: m.start()):
            before = [t for t in told if t[0] <= m.start()]
            if before and not any(a < m.end() and m.start() < b for a, b in taken) and parse(m.group("n")) is not None:
                _, what, owner, scope, was_total = before[-1]
                q = (m.group("q") or "").lower()
                taken.append((m.start(), m.end()))
                owner.casualties[what].append(Fact(parse(m.group("n")), [(base + m.start(), base + m.end())],
                                                   rough=bool(q and re.match(ROUGH, q)), scope=scope, total=was_total,
                                                   rising=True))
        for m in VAGUE_CASUALTY.finditer(piece):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if (other_kind and other_kind_of_event(s.text[:seg.start + m.start()], s.text[seg.start + m.end():])) \
                    or told_earlier(piece[:m.start()]) or longer_toll(piece[:m.start()], "", piece[m.end():]):
                # "seven were killed and several others wounded when gunmen opened fire": the shooting's, no part of
                # a sum over the attack's places
                continue
            scope = _scope(piece, seg.start, m, mentions, ev)
            what = casualty_field(m, "number")
            if scope is not None and what is not None:
                ev.casualties[what].append(Fact(0, [], scope=scope, vague=True))
        for rx, fields in ((ZERO_BOTH, ("killed", "injured")), (ZERO_KILLED, ("killed",)),
                           (ZERO_INJURED, ("injured",))):
            for m in rx.finditer(piece):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                scope = _scope(piece, seg.start, m, mentions, ev, zero=True)
                if len({region_of(p.place.name) for p in mentions
                        if p.struck and seg.start <= p.start < seg.start + m.start()}) > 1:
                    scope = None  # "damage in the Sumy and Kharkiv regions but no casualties": the zero of them all
                if scope is None and re.match(r"\s+(?:there|in\s+that\s+(?:area|district)|at\s+the\s+site)\b",
                                              piece[m.end():], re.I):
                    scope = "there"
                if scope is None and re.search(r"\b(?:elsewhere|other\s+(?:regions|cities|areas))\b", piece[m.end():], re.I):
                    scope = "elsewhere"  # "no casualties were reported elsewhere": not a total
                if scope is None and not total and not self.mentions[s.index] \
                        and not ZERO_OF_ATTACK.match(piece, m.end()):
                    # "Drones struck an enterprise in the Zhytomyr district. There were no casualties.": the zero
                    # of the place the paragraph tells of, not of the whole attack
                    scope = self._zero_place(s, seg, mentions, ev)
                # "He added that there were no casualties": one official's word, of the official's own area
                local = scope is None and not ZERO_OF_ATTACK.match(piece, m.end()) \
                    and local_speaker(s.text, self.text[:s.start])
                for f in fields:
                    ev.casualties[f].append(Fact(0, [(base + m.start(), base + m.end())], scope=scope,
                                                 total=total or scope is None, both=len(fields) == 2, local=local))

    def _crew_at_sea(self, s: Sentence, piece: str, start: int, end: int) -> bool:
        """Whether a casualty figure counts the people of a ship at sea ("the naval mission said two crew members of
        the tanker had died", "drone boats hit the freighter, leaving five seafarers dead"): an attack on a ship at
        sea is on no country's ground (SPEC), and its toll is no event's. The figure's clause names the ship's people,
        and its paragraph so far (or the sentence before) names the ship; not a ship in a port ("two crew members of
        a ship in the harbour were hurt"), nor a boat off a coast or a place the sentence names ("a sailor was
        wounded aboard a coastguard cutter off the coast"), unless out at sea ("60 nautical miles off the port")."""
        head = max(piece.rfind(";", 0, start), piece.rfind(":", 0, start)) + 1
        if not lexicon.SHIP_PEOPLE.search(piece, head, end):
            return False
        # the paragraph so far, and the sentence before it
        first = max(0, s.index - 1)
        while first > 0 and self.sentences[first - 1].paragraph == s.paragraph:
            first -= 1
        near = " ".join(t.text for t in self.sentences[first:s.index + 1])
        if lexicon.IN_PORT.search(near) or not (lexicon.ABOARD_SHIP.search(near) or lexicon.OPEN_SEA.search(near)):
            return False
        return bool(lexicon.OPEN_SEA.search(near)) or not (self.mentions[s.index] or lexicon.OFF_A_COAST.search(s.text))

    def _casualty_phrases(self, piece: str, s: Sentence, seg: Segment, taken: list[tuple[int, int]]):
        """The casualty phrases of a piece: the patterns' first, then, for a casualty verb none of them read,
        its subject in the parse, however the victims are described ("A Ukrainian F-16 pilot was killed")."""
        for rx, kind in CASUALTY_RE:
            for m in rx.finditer(piece):
                yield m, kind
        for m in CASUALTY_VERB.finditer(piece):
            if any(a <= m.start() < b for a, b in taken):
                continue
            found = roles.victims(roles.parse(s.text), seg.start + m.start())
            if found is not None and seg.start <= found.start and found.end <= seg.start + len(piece):
                yield Victims(found.start - seg.start, found.end - seg.start, found.field, found.value), "parsed"

    def _paragraph_place(self, s: Sentence, seg: Segment, mentions: list[PlaceMention], ev: Draft) -> str | None:
        """The one place the paragraph was telling of just before a sentence that names none: "In Mukachevo,
        two missiles hit a factory. Fifteen employees were injured." The injured are Mukachevo's."""
        if any(p.struck for p in mentions if seg.start <= p.start < seg.end):
            return None
        for i in range(self.sentence_index - 1, -1, -1):
            if self.sentences[i].paragraph != s.paragraph:
                return None
            named = {p.place.name for p in self.mentions[i] if p.struck and p.place.country in (ev.target, None)}
            regions = {p for p in named if figures.is_region(p)}
            if len(regions) == 1 and len(named) > 1:
                # "In Zhytomyr Oblast, a boy was killed in the village of Stavyshche. Two others were injured.":
                # the region the paragraph opens with holds its towns
                return regions.pop()
            if named:
                return named.pop() if len(named) == 1 else None
        return None

    def _zero_place(self, s: Sentence, seg: Segment, mentions: list[PlaceMention], ev: Draft) -> str | None:
        """The place a zero that names none is said of: "Governor Golubev said a substation in the Morozovsk
        district was damaged. He added that there were no casualties." is Morozovsk's. A zero in the lead, after
        a casualty figure ("Two were injured in Odesa. No deaths were reported.") or in a paragraph telling of
        several regions sums up the attack."""
        prev = self.sentences[s.index - 1] if s.index > 0 else None
        if prev is None or prev.paragraph != s.paragraph or s.paragraph == self.sentences[0].paragraph \
                or CASUALTY_VERB.search(prev.text):
            return None
        told = [p.place.name for i in range(s.index - 1, -1, -1) if self.sentences[i].paragraph == s.paragraph
                for p in self.mentions[i] if p.struck]
        if len({region_of(name) for name in told}) > 1:
            return None
        return self._paragraph_place(s, seg, mentions, ev)

    def _day_of_toll(self, words: str, ev: Draft) -> Draft | None:
        """The event of another day that a toll's own words name ("the toll from Monday stands at 19", told in
        Tuesday's entry), when one is told; None when the toll is the sentence's event's."""
        named = [d.value for d in dates.mentions(words, self.published) if d.value is not None]
        if not named or ev.date is None or named[0] == ev.date:
            return None
        return next((e for e in self.events if e.date == named[0] and e.attacker == ev.attacker
                     and e.target == ev.target), None)

    def _toll_raised(self, what: str, value: int | None, ev: Draft) -> Draft:
        """The event whose toll a risen one raises ("Iranian media later reported that a civilian had also been
        killed, bringing the toll to five"), told in a sentence with no attack of its own: the event holding the
        largest figure of that kind below it (``ev``, the sentence's, when it holds as large a one or none does)."""
        if value is None:
            return ev
        held = [(max(smaller), e is ev, e) for e in self.events
                if (smaller := [f.value for f in e.casualties.get(what, []) if f.value < value and not f.set_aside])]
        return max(held, key=lambda h: h[:2])[2] if held else ev

    def _owner(self, ev: Draft, scope: str | None, mentions: list[PlaceMention]) -> Draft | None:
        """The event a casualty figure belongs to: the one whose target holds its place."""
        country = next((p.place.country for p in mentions if p.place.name == scope), None)
        if scope is None or country is None or country == ev.target:
            return ev
        return self._event_for(None, country, None, create=False)

    # -- damage ---------------------------------------------------------------------------------------

    def _damage(self, piece: str, base: int, ev: Draft) -> None:
        for m in _DAMAGE_RE.finditer(piece):
            cat = m.lastgroup
            clause_start = max(piece.rfind(sep, 0, m.start()) for sep in (";", ", while", ", but", ", and the ", ", where"))
            clause_end = min([i for i in (piece.find(sep, m.end()) for sep in (";", ", while", ", but", ", and the "))
                              if i != -1] or [len(piece)])
            window = piece[max(clause_start, m.start() - 140, 0):min(clause_end, m.end() + 70)]
            listed = _DAMAGE_LIST.search(piece[:m.start()])  # "The damage list included: — a warehouse; — …"
            # "the strikes targeted energy facilities": a target named, not damage reported
            verbs = [v for v in _DAMAGE_VERB.finditer(window) if not _AIMED.fullmatch(v.group())]
            dwelling = cat == "residential" and lexicon.KILLED_IN_DWELLING_BEFORE.search(piece[max(0, m.start() - 90):m.start()])
            if not (verbs or listed or dwelling) or \
                    _OUTAGE_BEFORE.search(piece[max(0, m.start() - 60):m.start()]):
                continue
            if cat == "transport" and (_CLOSURE.search(piece[max(0, m.start() - 40):m.start()])
                                       or _CLOSURE.match(piece[m.end():])):
                continue  # "closing airports", "flights were suspended": not damage
            if re.fullmatch(r"roads?|highways?", m.group(), re.I) and \
                    re.search(r"\b(?:on|along|across)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}$", piece[:m.start()], re.I):
                continue  # "a drone hit the car on the road near the village": where the car was
            if _other_time(piece, m.start(), m.end()):
                continue  # "Earlier this month, a strike damaged the port": another attack's damage
            if lexicon.DAMAGE_LOCATES.search(piece[max(0, m.start() - 60):m.start()]) and \
                    not _DAMAGE_BACK.match(piece[m.end():]):
                continue  # "a missile hit a house near the university": the university only locates the house
            if lexicon.DAMAGE_OTHER_SENSE_BEFORE.search(piece[max(0, m.start() - 60):m.start()]) or \
                    lexicon.DAMAGE_OTHER_SENSE_AT.match(piece, m.start()):
                continue  # "according to the city council", "the port city of Hodeidah": not a thing damaged
            clause = piece[max(clause_start, 0):clause_end]
            if lexicon.NO_DAMAGE.search(clause) and not re.search(r"\b(?:damaged|destroyed|hit|struck)\b",
                                                                  lexicon.NO_DAMAGE.sub("", clause), re.I):
                continue  # "debris fell on an industrial enterprise, without causing damage"
            # the noun phrase of the damaged thing: "an air base, a goods warehouse" lists a warehouse of its own
            item = max(piece.rfind(sep, 0, m.start()) for sep in (",", " and ", ";"))
            context = piece[max(0, m.start() - 30, item + 1):m.end() + 5]
            if _MILITARY.search(context) and cat in ("industrial", "transport", "infrastructure") or \
                    cat != "government" and lexicon.DAMAGE_MILITARY_BEFORE.search(piece[max(0, m.start() - 40):m.start()]):
                continue  # "a missile factory", "the Houthi military college": a military site
            if m.group().lower() in lexicon.DAMAGE_GENERIC and \
                    lexicon.DAMAGE_REFERS_BACK.search(piece[max(0, m.start() - 40):m.start()]):
                continue  # "the plant's turbine hall": the facility named before, of the kind its name gave
            if cat == "vehicles" and (lexicon.DAMAGE_WITH_FIGHTERS_BEFORE.search(piece[max(0, m.start() - 40):m.start()])
                                      or lexicon.DAMAGE_WITH_FIGHTERS_AFTER.match(piece[m.end():])):
                continue  # "struck RSF fighters and vehicles": the fighters' own, a military target
            if cat == "industrial" and m.group().lower() in lexicon.DAMAGE_GENERIC and \
                    not lexicon.PLANT_PRODUCT_BEFORE.search(piece[max(0, m.start() - 40):m.start()]) and \
                    ("energy" in ev.damage or any(d.lastgroup == "energy" for d in _DAMAGE_RE.finditer(piece))):
                cat = "energy"  # "the Trypilska plant", "three of our plants" beside a power station: that works
            if cat not in ev.damage:
                ev.damage[cat] = (base + m.start(), base + m.end())


# --- helpers ---------------------------------------------------------------------------------------------


def _missile_class(cat: str, mods: str) -> str | None:
    """The one class of missile (lexicon MISSILE_CLASSES) a weapon phrase's words name ("30 cruise missiles":
    cruise); None when they name none, or two ("cruise and ballistic missiles")."""
    named = {w for w in re.findall(r"[\w-]+", mods.lower()) if w in lexicon.MISSILE_CLASSES} if cat == "missile" else set()
    return named.pop() if len(named) == 1 else None


def _benchmark(sentence: str, following: str = "") -> tuple[int, int] | None:
    """Where the sentence tells the attack a record is measured against ("broke the record set in July", "the
    previous high was 728 drones"): to its end, or to the end of the relative clause it is in ("The attack,
    which broke the record set in July, killed two"). ``following`` is the next sentence, which may go on telling
    that attack ("On that night, a woman was killed")."""
    m = _BENCHMARK.search(sentence)
    lowered = sentence.lower()  # (the rarer patterns below are tried only when their word is there)
    if m is None and (m := _PREVIOUS_BEST.search(sentence) or (
            "when" in lowered and _FOLLOWED_STRIKE.search(sentence) or None)) \
            and (when := re.search(r",\s+when\b", sentence[m.end():])):
        told = sentence[m.end() + when.end():] + (" " + following if _THAT_TIME.match(following) else "")
        if CASUALTY_VERB.search(told) or (_DAMAGE_VERB.search(told) and _DAMAGE_RE.search(told)):
            return None  # "The previous largest attack came on 10 September, when a woman was killed": an attack told
        # "The previous record was set on 9 July, when Russia sent 728 drones, mostly at Lutsk": told by its size only,
        # a yardstick (SPEC: a comparison of magnitude is no event)
    if m is None and "after" in lowered and (m := _AFTER_RECORD.search(sentence)):
        told = sentence[m.end():]
        if CASUALTY_VERB.search(told) or (_DAMAGE_VERB.search(told) and _DAMAGE_RE.search(told)):
            return None  # "weeks after a record barrage killed 12 in Kyiv": an attack told
    if m is None and ("then" in lowered or "the time" in lowered) and _THEN_LARGEST.search(sentence):
        if CASUALTY_VERB.search(sentence) or any(p.search(sentence) for p, _ in CASUALTY_RE) or (
                _DAMAGE_VERB.search(sentence) and _DAMAGE_RE.search(sentence)):
            return None  # "On May 25, then the largest attack, a missile killed two in Kyiv", "…, killing two": told
        return 0, len(sentence)  # the whole sentence tells the yardstick
    if m is None:
        return None
    end = len(sentence)
    if re.search(r",\s*which\s+[^,]*$", sentence[:m.start()]):
        comma = sentence.find(",", m.end())
        end = comma if comma >= 0 else end
    return m.end(), end


def _other_time(sentence: str, begin: int, end: int) -> bool:
    """Whether the clause naming a place or a damaged thing dates it to another time than the attack told ("which
    Russia first used against Dnipro in November 2024,"), or the sentence opens with such a time ("Earlier this
    month, …")."""
    start = max(sentence.rfind(sep, 0, begin) for sep in (",", ";", "—", "–", "("))
    ends = [i for i in (sentence.find(sep, end) for sep in (",", ";", "—", "–", ")")) if i != -1]
    clause = sentence[start + 1:min(ends, default=len(sentence))]
    opening = sentence[:sentence.find(",")] if "," in sentence[:40] else ""
    # "the deadliest attack since July, when a rocket killed 12 children in Majdal Shams": the clause after a time
    # the report goes back to tells of that time
    since = re.match(r"\s*when\b", clause) and re.search(rf"\bsince\s+(?:early\s+|late\s+)?(?:{'|'.join(dates.MONTHS)}|{_YEAR})"
                                                         r"\b[^,;]*$", sentence[:max(start, 0)], re.I)
    return bool(lexicon.OTHER_TIME.search(clause) or lexicon.OTHER_TIME.search(opening) or since)


_GUNFIRE = re.compile(r"\b(?:gunm[ae]n|opened\s+fire|shooting(?!\s+down)|shot\s+dead|stabbing|ramming)\b", re.I)
_WHERE_TOLD = re.compile(r"[\w'’ -]*?,\s+(?:where|in\s+which|when)\s+(?P<told>[^;]*?)(?:[;.]|$)", re.I)


def _gunfire_place(sentence: str, start: int) -> bool:
    """Whether a place is where gunmen opened fire, told in its clause before it with no aerial word between ("a
    terror shooting at a light rail station in Jaffa"): a shooting, not the aerial attack told."""
    clause = sentence[max(sentence.rfind(";", 0, start), sentence.rfind(". ", 0, start)) + 1:start]
    found = list(_GUNFIRE.finditer(clause))
    if found and not AERIAL.search(clause[found[-1].end():]):
        return True
    # ... or in a clause after it that tells what happened there: "in Pahalgam, where 26 tourists were shot dead",
    # "the April 22 attack in Pahalgam, in which gunmen killed 26"
    after = _WHERE_TOLD.match(sentence, start)
    return bool(after) and bool(_GUNFIRE.search(after.group("told"))) and not AERIAL.search(after.group("told"))


def _occupied_by(place: places.Place, target: str | None) -> bool:
    """Whether a place is ground its country's opponent holds and the event's target is that opponent ("shot down
    37 drones over Bryansk, Kursk and Crimea": Crimea is struck in an attack on Russia)."""
    return place.name in lexicon.OCCUPIED and target is not None and OPPONENT.get(place.country or "") == target


# "of which 541 were shot down", "and that 43 of them": a figure told as a part of one before it
_OF_THEM_BEFORE = re.compile(r"\bof\s+(?:which|them|these|those)\s+$", re.I)
_OF_THEM_AFTER = re.compile(rf"(?:{NUMBER})\s+(?:out\s+)?of\s+(?:which|them|these|those)\b", re.I)


# a missile model named (a drone model, "Shahed", names the night's drones at large)
_MODEL_NAMED = re.compile(rf"\b(?:{lexicon.MISSILE_MODELS})(?![\w-])")


def _active_destroying(text: str, end: int, verb: str) -> bool:
    """Whether the verb of destroying told right after a figure ending at ``end`` has the figure for its subject and
    an object after it ("One destroyed the stairwell", "two of the drones destroyed homes"): the active voice, with
    no auxiliary, tells what the weapons did, not that they were destroyed ("76 destroyed", "32 were destroyed")."""
    told = DESTROY_VERB.fullmatch(verb.strip())
    return bool(told) and text.startswith(verb, end) and bool(ACTIVE_OBJECT.match(text, end + len(verb)))


def split_into_both_kinds(text: str, end: int) -> bool:
    """Whether the clause of a bare figure ending at ``end`` goes on to split it into both kinds ("201 were shot
    down, 102 missiles and 99 drones"): then the figure is of both kinds together, no figure of either."""
    clause = re.match(r"[^.;]*", text[end:end + SPLIT_CLAUSE]).group()
    return any(BOTH_KINDS.match(text, end + opens.end()) for opens in SPLIT_OPENS.finditer(clause))


def _part_of_total(text: str, found: list, told: tuple[str, str, bool | None, int], base: int) -> bool:
    """Whether a figure told as "N of them" (its kind, role, ``Fact.ew`` and place in TEXT) is a part of the
    figure of its kind told last before it in the piece, a total of the same role that holds its kind of defence
    ("251 drones were shot down or suppressed; 180 of them by mobile fire groups"), not one more part of the
    weapons launched beside its siblings ("80 of them were shot down and 15 of them jammed"). A part set right
    after the figure ("67 Shaheds, 58 of them shot down") is of the weapons launched, whatever role the figure
    was read in."""
    cat, role, ew, pos = told
    before = [(f.evidence[0][0] - base, f.evidence[0][1] - base, r, f.ew) for c, r, f in found
              if c == cat and f.evidence and f.evidence[0][0] - base < pos]
    if role == "launched" or not before:
        return False
    start, end, last_role, last_ew = max(before)
    return last_role == role and last_ew in (None, ew) and not re.fullmatch(r"\s*,\s*", text[end:pos]) \
        and not _OF_THEM_AFTER.match(text, start) and not _OF_THEM_BEFORE.search(text, 0, start)


def _told_electronic(text: str, verb: str, start: int, end: int) -> bool | None:
    """Whether the verb that gave the figure at START-END its role (the nearest before it, else the first after
    it) tells electronic warfare (``weapons.electronic``)."""
    at = text.rfind(verb, 0, start) if verb else -1
    if verb and at < 0:
        at = text.find(verb, end)
    return electronic(text, at, at + len(verb)) if at >= 0 else False


def _campaign_perfect(clause: str) -> bool:
    """Whether the clause tells a campaign in the present perfect (``_CAMPAIGN_PERFECT``), not measured against."""
    return any(not _MEASURED_BEFORE.search(clause[max(0, m.start() - 60):m.start()])
               for m in _CAMPAIGN_PERFECT.finditer(clause))


def _without_joined_sums(found: list[tuple[str, str, Fact]], masked: str, base: int) -> list[tuple[str, str, Fact]]:
    """A sentence's counts less those that hold a count joined to them: "Together with the 90 drones fired overnight,
    Russia launched 300 drones within a day, and 280 of them were downed" tells the night's 90; the 300 after it, a
    larger launch of the same weapon, holds the 90 and another wave's or a period's, and so do the counts of that
    weapon told after it (its 280 downed). Added to the 90, they would count the night's drones twice."""
    out = found
    for cat, role, fact in found:
        if role != "launched" or not fact.evidence:
            continue
        start = fact.evidence[0][0]
        if not JOINED_BEFORE.search(masked[:start - base]):
            continue
        larger = [f for c, r, f in found if c == cat and r == "launched" and f.evidence
                  and f.evidence[0][0] > start and f.value > fact.value]
        if larger:
            after = min(f.evidence[0][0] for f in larger)
            out = [(c, r, f) for c, r, f in out if c != cat or not f.evidence or f.evidence[0][0] < after]
    return out


def _background(sentence: str) -> bool:
    """Whether a sentence's places are told of other attacks than the one reported: it opens on an earlier time
    ("In recent months its drones have struck …", "Since then, strikes have continued in …") or sums up a period
    ("Monitors recorded deaths in Odesa over the month")."""
    return bool(lexicon.BACKGROUND_OPENING.match(sentence)) or _sums_up(sentence)


def _sums_up(sentence: str) -> bool:
    """Whether a sentence sums up a period or a campaign rather than telling one attack (a campaign's sentence that
    names a day tells that day's attack too: "Russia has stepped up its attacks, and on Monday a drone hit …")."""
    return bool(lexicon.PERIOD_SUMMARY.search(sentence)) or bool(
        lexicon.CAMPAIGN_SUMMARY.search(sentence) and not dates.mentions(sentence, None))


# "its second direct attack in less than six months", "the first large combined strike in three weeks": the attack
# told, counted among a period's, is no total over the period
_ORDINAL_ATTACK_BEFORE = re.compile(rf"\b(?:first|second|third|fourth|fifth|another)\s+(?:[\w-]+\s+){{0,3}}?"
                                    rf"{lexicon.ATTACK_NOUN}s?\s+$", re.I)


def _month_heads_one_day(main_clause: str, period_told: re.Match) -> bool:
    """Whether the month the clause tells ("in June") dates one strike rather than a month's total: "In June,
    Russia had launched 480 drones on a single night, on June 12" (the month opening the clause heads the day named
    after it; not "5,000 drones in June alone, and a record 480 on June 12"), "a strike in June", "Israel first
    struck Hodeidah in July last year" (a month of a past year, when no count of weapons makes it a total)."""
    return bool(_MONTH_HEAD.fullmatch(period_told.group()) and (
        not main_clause[:period_told.start()].strip(" \t\n\"“'‘—–-")
        and _MONTH_DAY_AFTER.search(main_clause, period_told.end())
        or _ONE_STRIKE.search(main_clause)
        or (harm := _harm_month(main_clause)) is not None and harm.end("after") == period_told.end()
        or _PAST_YEAR_AFTER.match(main_clause, period_told.end()) and not _COUNTED.search(main_clause)))


def _counts_launch(ev: Draft) -> bool:
    """Whether the event already counts weapons launched (its night's tally)."""
    return any(facts for (_, role), facts in ev.counts.items() if role == "launched")


def _other_kind_told_last(text: str) -> bool:
    """Whether a sentence ends by telling a deadly event of another kind than an air attack ("Separate from the
    missile threat: police say six people were killed in a shooting attack at a light rail stop")."""
    other = [m.start() for m in lexicon.NOT_AERIAL_EVENT.finditer(text)]
    return bool(other) and other[-1] > max((m.end() for m in AERIAL.finditer(text)), default=-1)


def _period_told(piece: str, before: bool | None, verb: bool = True) -> bool | None:
    """True when the piece tells a strike at a time of the day ("At 13:40, Russian aircraft dropped four bombs",
    "fired at Belgorod around midday"), False when at night ("In the night, ten drones attacked"), else None;
    a piece that names no time takes the one told just ``before`` it."""
    if verb and not _STRIKE_VERB.search(piece):
        return None
    day, night = bool(_DAY_TOLD.search(piece) or told_in_daytime(piece)), bool(_NIGHT_TOLD.search(piece))
    return (before if not (day or night) else None) if day == night else day


def _earlier(piece: str, published: date | None) -> bool:
    """Whether the piece dates what it tells by a month or year before ``published``, ahead of its verb."""
    return _earlier_when(piece, published) is not None


def _earlier_when(piece: str, published: date | None) -> str | None:
    """The month or year before ``published`` by which the piece dates what it tells, ahead of its verb ("june
    2022", "last year"), lower-cased; None if it names none. Two recalled strikes of two such dates are two."""
    m = _EARLIER.search(piece)
    since = _SINCE_MONTH_WHEN.search(piece) if m is None else None
    if since is not None and (published is None or _month_before(since.group("month"), since.group("year"), published)):
        return " ".join(filter(None, (since.group("month"), since.group("year")))).lower()
    if m is None and published is not None and (one := _STRIKE_MONTH.search(piece)):
        if any(c.start() <= one.start() < c.end() for c in _COMPARISON.finditer(piece)):
            return None  # "surpassing a raid in September in which 20 drones were downed": a yardstick
        # a month other than the report's: that month's strike (the report's own month may be this very attack's)
        when = " ".join(filter(None, (one.group("before") or one.group("after"), one.group("year"))))
        return when.lower() if _month_before(one.group("before") or one.group("after"), one.group("year"),
                                             published) else None
    if m is None and published is not None and (harm := _month_after_harm(piece, published)) is not None:
        return harm
    # ("last year" is before any report, dated or not)
    if m is None or (published is None and not (m.group("alone") or m.group("last"))):
        return None
    verb = _PAST_ATTACK.search(piece)
    when = min(m.start(g) for g in ("month", "year", "last", "alone") if m.group(g))
    said = re.sub(r"\W+$", "", piece[when:m.end()].lower())
    if m.group("last"):  # "in October last year" is not "in May last year"
        named = re.search(rf"\b({_MONTH})\s+(?i:last)\s+$", piece[:when])
        said = f"{named.group(1).lower()} last {said}" if named else f"last {said}"
    if verb is not None and verb.start() < m.end() and (
            verb.start() >= when or not (m.group("month") or m.group("last")) or not re.fullmatch(
                r"struck|hit|attacked|bombed|targeted|pounded|bombarded", verb.group(), re.I) or re.search(
                r"[,;:(]|\b(?:largest|biggest|heaviest|deadliest|most|worst|since|than|times)\b", piece[verb.end():when], re.I)):
        # "struck Kyiv, the largest attack in 2024": a comparison, not the attack's date (but "Israel first struck
        # Hodeidah in July last year" dates the strike it tells)
        return None
    if m.group("last"):
        return said
    if m.group("alone"):  # "In May, a strike on a school killed 20": a month of this year or the last (an undated
        # report tells it as past all the same)
        return said if published is None or _month_before(m.group("alone"), None, published) else None
    month = dates.MONTHS.index(m.group("month").lower()) + 1 if m.group("month") else 12
    return said if (int(m.group("year")), month) < (published.year, published.month) else None


def _harm_month(piece: str) -> re.Match | None:
    """The month said after the verb of one strike's harm (``_MONTH_AFTER_HARM``): a verb of striking, or a toll
    of a strike the piece names as one ("a strike on a market ... killed 100 people in December", not "232 civilians
    killed in June", a month's toll), told with whom it killed or wounded; not a span the month opens, nor a
    clause that counts weapons or compares."""
    for one in _MONTH_AFTER_HARM.finditer(piece):
        if (one.group("strike") or _ONE_STRIKE.search(piece)) and _TOLL_WORD.search(piece, one.start()) \
                and not _SPAN_OPENED.search(one.group()) and not _COUNTED.search(piece) \
                and not any(c.start() <= one.start("after") < c.end() for c in _COMPARISON.finditer(piece)):
            return one
    return None


def _month_after_harm(piece: str, published: date | None) -> str | None:
    """The month before ``published`` said after the verb of one strike's harm ("struck a playground in Jaffa in
    December", ``_MONTH_AFTER_HARM``), lower-cased; None when the piece names none, counts weapons (a month's total)
    or names it in a comparison."""
    one = _harm_month(piece)
    if one is None:
        return None
    if not (one.group("last") or published is not None and _month_before(one.group("after"), one.group("year"),
                                                                             published)):
        return None
    return " ".join(filter(None, (one.group("after"), one.group("year"), one.group("last")))).lower()


def _month_before(name: str, year: str | None, published: date) -> bool:
    """Whether the month NAME of YEAR came before the report's month; a month said with no year is one of this
    year or the last, before the report unless it is the report's own month."""
    month = dates.MONTHS.index(name.lower()) + 1
    return (int(year), month) < (published.year, published.month) if year else month != published.month


def _scope(piece: str, seg_start: int, m: re.Match, mentions: list[PlaceMention], ev: Draft,
           zero: bool = False, toll: bool = False) -> str | None:
    """The place a casualty figure is about, or None for the whole attack."""
    local = [p for p in mentions if p.struck and seg_start <= p.start < seg_start + len(piece)]
    if toll:  # "the death toll in Odesa rose to four" names its place; else a toll is the whole attack's
        inside = [p for p in local if m.start() <= p.start - seg_start < m.end()]
        return inside[0].place.name if inside else None
    after = [p for p in local if 0 <= p.start - seg_start - m.end() <= 30
             and re.match(rf"\s*(?:{VICTIM}\s+)?(?:in|at)\s+(?:the\s+)?(?:\w+\s+of\s+)?$", piece[m.end():p.start - seg_start],
                          re.I)]
    if after:
        return after[0].place.name
    if zero and re.match(r"\s*(?:in|at)\s+(?:either|both|all|any)\b", piece[m.end():], re.I):
        return None
    before = [p for p in local if p.end - seg_start <= m.start()
              and re.search(rf"\b{IN_PLACE}$",
                            piece[:p.start - seg_start], re.I)]
    if before:
        return before[-1].place.name
    # "killed 12 people, including three children in the Zhytomyr region": the place of a part, not the figure's
    local = [p for p in local if not (p.start - seg_start > m.end() and re.search(
        r"\b(?:including|among\s+them|of\s+them|of\s+whom)\b", piece[m.end():p.start - seg_start], re.I))]
    if len({p.place.name for p in local}) == 1:
        return local[0].place.name
    return None


# the others a clause goes on to tell of: "two were wounded by shrapnel, and several others were hurt on their way
# to shelters"; or the parts of its figure: "treated nine people, seven of them cut by glass and two hurt on the way
# to shelters" (nine injured, of whom two ran for shelter)
_OTHERS = re.compile(rf"\b(?:others?|several|some|many|dozens|another|more|\d+|{NUMBER})\b", re.I)


def _hurt_otherwise(piece: str, start: int, end: int) -> bool:
    """Whether the injured figure at ``start``-``end`` is of people hurt other than by the attack ("two people were
    hurt while running to shelters"): the clause says so of the figure's own victims, not of others it goes on
    to ("two were lightly wounded by shrapnel, and several others were hurt on their way to shelters")."""
    head = piece.rfind(";", 0, start) + 1
    clause = piece[head:(piece.find(";", end) + 1 or len(piece) + 1) - 1]
    return any(not (m.start() > end - head and _OTHERS.search(clause, end - head, m.start()))
               for m in lexicon.NOT_ATTACK_INJURY.finditer(clause))


def _over_places(piece: str, seg_start: int, m: re.Match, mentions: list[PlaceMention]) -> bool:
    """Whether a casualty figure is told of several places at once ("killing at least eight people in Odesa
    and Dnipro", "killed in the Kharkiv, Sumy and Odesa regions"): it is their total, not one place's."""
    local = sorted((p.start - seg_start, p.end - seg_start) for p in mentions
                   if p.struck and seg_start <= p.start < seg_start + len(piece))
    for i, (start, end) in enumerate(local[:-1]):
        if 0 <= start - m.end() <= 30 and re.fullmatch(rf"\s*(?:{VICTIM}\s+)?(?:in|at|across)\s+(?:the\s+)?"
                                                      r"(?:\w+\s+of\s+)?", piece[m.end():start], re.I):
            return re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", piece[end:local[i + 1][0]]) is not None
    return False


_PRONOUN_SAID = re.compile(r"\b(?:he|she|they)\s+(?:said|added|told|wrote|says)\b", re.IGNORECASE)


_SOURCE_STATES = ("RU", "UA", "IL", "IR", "SY", "LB")  # whose forces a source is named by
_SOURCE_COUNTRIES = [(re.compile(rf"\b{w}(?:'s|’s)?\b"), c) for w, c in COUNTRY_WORDS.items() if c in _SOURCE_STATES]


def _source(sentence: str) -> str | None:
    """Who the sentence attributes its facts to, in a short normal form ("Ukrainian air force")."""
    m = _SOURCE.search(sentence)
    if not m:
        return None
    phrase = (m.group("a") or m.group("b") or m.group("c") or "").strip()
    low = phrase.lower()
    nat = next((lexicon.NATIONALITY[c] for rx, c in _SOURCE_COUNTRIES if rx.search(low)), None)
    for key, label in (("air force", "air force"), ("defence ministry", "defence ministry"),
                       ("defense ministry", "defence ministry"), ("ministry of defen", "defence ministry"),
                       ("general staff", "General Staff"), ("media", "media"), ("telegram", "Telegram channels"),
                       ("emergency service", "State Emergency Service"), ("interior ministry", "Interior Ministry"),
                       ("security service", "security service"), ("intelligence", "military intelligence"),
                       ("governor", "regional governor"), ("mayor", "mayor"), ("police", "police"),
                       ("military", "military"), ("administration", "officials"), ("authorities", "officials"),
                       ("officials", "officials")):
        if key in low:
            return f"{nat} {label}" if nat and label not in ("regional governor", "mayor", "State Emergency Service",
                                                             "Interior Ministry") else label
    words = re.findall(r"[A-Z][\w'’-]+", phrase)
    return " ".join(words[-2:]) if words else phrase[:60] or None


def _all_spans(ev: Draft) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for facts in ev.counts.values():
        spans += [s for f in facts for s in f.evidence]
    for facts in ev.casualties.values():
        spans += [s for f in facts for s in f.evidence]
    spans += list(ev.places.values()) + list(ev.damage.values())
    if ev.record:
        spans.append(ev.record)
    if ev.alert:
        spans.append(ev.alert[1])
    return spans


def _made_part(text: str, figure: int, vague: int) -> bool:
    """Whether a figure is a part of the fate "most were shot down" tells vaguely.

    Told in the same paragraph before it, it is ("six were downed over the city, and most of the others on the
    approaches"); told paragraphs before it, it is a part only when the vague fate is that of the rest ("the tally
    gave 747 drones downed. ... 'Most of the drones were destroyed by mobile fire groups,' he said" keeps 747).
    """
    if figure > vague:
        return False
    return "\n\n" not in text[figure:vague] or bool(VAGUE_OF_THE_REST.match(text, vague))


def _finish(ev: Draft, text: str, published: date | None, evening: bool = False,
            undated: date | None = None, breaking: bool = True) -> AirAttack:
    evidence: list[Evidence] = []
    # a wide area gives way to a place named inside it (one that cannot be placed is taken to be inside)
    places = {name: span for name, span in ev.places.items() if name not in lexicon.WIDE_AREAS or not any(
        other not in lexicon.WIDE_AREAS and area_holds(lexicon.WIDE_AREAS[name], other) is not False
        for other in ev.places)}
    # "Serhiy Lysak, governor of the Dnipropetrovsk region, said a warehouse was hit": the speaker's region gives way
    # to a town of it that the attack names
    places = {name: span for name, span in places.items() if name not in ev.spoken or not any(
        not figures.is_region(other) and region_holds(name, other) for other in places)}

    def cite(name: str, span: tuple[int, int]) -> None:
        if not text[span[0]:span[1]].strip():
            return
        source, hedged = ev.attribution.get(span, (None, False))
        evidence.append(Evidence(name, span[0], span[1], text[span[0]:span[1]], source, hedged))

    counts: dict[str, dict[str, int | None]] = {"drone": {}, "missile": {}}
    for (cat, role), facts in ev.counts.items():
        if cat not in counts:
            continue
        if any(f.value == ALL_LAUNCHED for f in facts):  # "all of them were shot down", "all but one"
            launched = figures.reconcile_count(ev.counts.get((cat, "launched"), []))
            facts = [Fact(launched.value - f.short_of, f.evidence) if f.value == ALL_LAUNCHED else f for f in facts
                     if f.value != ALL_LAUNCHED or launched and launched.value > f.short_of]
        if role == "destroyed" and cat in ev.vague_destroyed:
            # "most were shot down" makes the figures told before it parts; a figure told after it is the count
            facts = [f for f in facts if f.evidence and not _made_part(text, f.evidence[0][0], ev.vague_destroyed[cat])]
        best = figures.reconcile_count(facts)
        counts[cat][role] = best.value if best else None
        if best:
            for span in best.evidence:
                cite(f"{cat}s.{role}", span)
    scopes = {f.scope for fs in ev.casualties.values() for f in fs if f.scope}
    tolls: dict[str, int | None] = {}
    for what in ("killed", "injured"):
        others = ev.casualties.get("injured" if what == "killed" else "killed", [])
        other = {f.scope for f in others if f.scope}
        best = figures.reconcile_casualties(ev.casualties.get(what, []), other & scopes, set(places),
                                            other_counted=any(f.value > 0 or f.vague for f in others))
        tolls[what] = best.value if best else None
        if best:
            for span in best.evidence:
                cite(what, span)
    for span in places.values():
        cite("places", span)
    for span in ev.damage.values():
        cite("damage", span)
    if ev.record:
        cite("record", ev.record)
    if ev.alert:
        cite("alert_hours", ev.alert[1])
    day = ev.date
    if day is None and not ev.vague_date:
        # an attack with no time of its own takes the day the report telling it names ("said on Sunday"), else the
        # day a morning report's lead tells of, else (a breaking report, not a commentary) the publication day
        day = ev.reported or undated or (published if breaking else None)
        if day is not None and evening and ev.under_way and ev.daytime is not True and ev.reported is None:
            day += timedelta(days=1)  # an attack under way in the evening is the night ending the next morning
    if day is not None and ev.date_span:
        cite("date", ev.date_span)
    elif day is None and published is None and not ev.vague_date and (printed := dates.printed_day(text)):
        # a text that prints no year ("KHARKIV, March 24 —"): the date stays null, but its day and month, quoted,
        # tell the reconciler which night's wave it may belong to
        cite("date", printed)
    seen_roles = set()
    for role, start, end in ev.cues:
        if role not in seen_roles:
            seen_roles.add(role)
            cite(role, (start, end))
    return AirAttack(
        date=day.isoformat() if day else None, attacker=ev.attacker, target_country=ev.target,
        places=tuple(places), drones=Counts(**counts["drone"]), missiles=Counts(**counts["missile"]),
        killed=tolls["killed"], injured=tolls["injured"],
        damage=tuple(cat for cat, _ in sorted(ev.damage.items(), key=lambda kv: kv[1][0])),
        record=ev.record is not None, alert_hours=ev.alert[0] if ev.alert else None,
        evidence=tuple(sorted(evidence, key=lambda e: (e.start, e.field))),
    )


def read_events(article: ArticleInput) -> tuple[AirAttack, ...]:
    """Every aerial attack the article reports, in the order the article first reports them."""
    reader = _Reader(article)
    drafts = reader.read()
    for ev in drafts:
        reader.keep_the_wholes(ev)
        reader.drop_local_hits(ev)
        reader.place_by_facts(ev)
    events = [_finish(ev, article.text, reader.published, reader.evening, reader.lead_day(), not reader.commentary)
              for ev in drafts]
    for ev, event in zip(drafts, list(events), strict=True):
        for who, (start, end) in ev.partners.items():
            # one event per attacker (SPEC): "US and British warplanes struck Sanaa" is an attack by each; the
            # partner's own event of that day, if the article tells one, takes what this one adds
            cue = Evidence("attacker", start, end, article.text[start:end], None, False)
            copy = replace(event, attacker=who, evidence=tuple(sorted(
                [e for e in event.evidence if e.field != "attacker"] + [cue], key=lambda e: (e.start, e.field))))
            own = next((i for i, e in enumerate(events) if (e.attacker, e.target_country, e.date) ==
                        (who, event.target_country, event.date)), None)
            if own is None:
                events.insert(events.index(event) + 1, copy)
            else:
                events[own] = _joined(events[own], copy)
    events = [e for e in events if not _at_sea(e, reader.sentences) and not _untold(e, reader.sentences)]
    return _answered_sides(_told_something(_tally_holds_crimea(_join_halves(events))))


def likely_parsed(sentence: str) -> bool:
    """Whether reading the sentence will probably ask for its parse, so that it is worth parsing ahead,
    with the sentences of other articles (``strikewatch.extract.prepare``): a weapon count whose role the
    verb right after it does not settle, or settles as "hit" after an attack noun it may belong to ("a barrage
    of 40 drones hit": ``_decide``), or a casualty verb that no casualty pattern reads
    (``_casualty_phrases``). A hint for speed alone: a sentence left out is parsed when asked, one put in
    for nothing costs a parse."""
    if roles.worth_parsing(sentence):
        for m in WEAPON.finditer(sentence):
            settled = role_told_after(sentence, m.end())
            if settled is None or settled[0] == "hit" and ATTACK_OF.search(sentence, 0, m.end()):
                return True
        if any(not ROLE_AFTER.match(sentence[m.end():]) for m in BARE.finditer(sentence)):
            return True
    verbs = [m.start() for m in CASUALTY_VERB.finditer(sentence)]
    if not verbs:
        return False
    read = [(m.start(), m.end()) for rx, _ in CASUALTY_RE for m in rx.finditer(sentence)]
    return any(not any(a <= v < b for a, b in read) for v in verbs)


def _tells_figures(event: AirAttack) -> bool:
    """Whether the event tells something of its own beyond its sides, day and places: a weapon count, a
    casualty, damage or an alert."""
    return bool(event.damage) or event.alert_hours is not None or event.killed is not None or \
        event.injured is not None or any(v is not None for c in (event.drones, event.missiles)
                                         for v in (c.launched, c.destroyed, c.hit))


def _untold(event: AirAttack, spans: list[Sentence]) -> bool:
    """Whether the event carries nothing of its own (no weapon count, casualty, damage, alert or record: only
    sides, a day, places) and no sentence behind it reports that an attack happened (``told``): it was assembled
    from an anniversary, a cause ("in response to Ukrainian strikes"), a comparison or a mention of the war."""
    if event.record or _tells_figures(event):
        return False
    behind = {s.index: s.text for e in event.evidence for s in spans if s.start <= e.start < s.end}
    return bool(behind) and not any(told.reports_attack(text) or _TIME_NAMED_ATTACK.search(text)
                                    for text in behind.values())


# a ship that is no target: the weapon's kind ("an anti-ship missile") or where a salvo was fired from ("missiles
# launched from ships in the Black Sea")
_SHIP_NOT_STRUCK = re.compile(r"(?:\banti-|\bfrom\s+(?:[\w-]+\s+){0,2})$", re.I)


def _at_sea(event: AirAttack, spans: list[Sentence]) -> bool:
    """Whether the event is an attack on a ship at sea (SPEC: on no country's territory): no place struck, no
    target the text names, and its figures told in sentences about a ship ("The missile struck the
    Liberian-flagged tanker, killing three crew members"). Its target was only inferred from the attacker's
    usual enemy."""
    if event.places or any(e.field == "target_country" for e in event.evidence):
        return False
    # a figure told just after the ship ("The vessel came under fire on Monday. Aspides said four people were
    # killed") is the ship's too; an event that tells no figure is read by the sentences naming its sides and day
    told = [e.start for e in event.evidence if e.field not in ("attacker", "date")] or [e.start for e in event.evidence]
    return bool(told) and all(_about_a_ship(start, spans) for start in told)


def _about_a_ship(start: int, spans: list[Sentence]) -> bool:
    """Whether the sentence at ``start``, or the one before it in its paragraph, names a ship as what was struck
    (not a weapon against ships, "an anti-ship missile", nor the ships missiles were fired from)."""
    at = next((i for i, s in enumerate(spans) if s.start <= start < s.end), None)
    if at is None:
        return False
    return _names_a_ship(spans[at].text) or (
        at > 0 and spans[at - 1].paragraph == spans[at].paragraph and _names_a_ship(spans[at - 1].text))


def _names_a_ship(sentence: str) -> bool:
    """Whether the sentence names a ship as what was struck (``_SHIP_NOT_STRUCK`` sets the others aside)."""
    return any(not _SHIP_NOT_STRUCK.search(sentence[max(0, m.start() - 30):m.start()])
               for m in lexicon.VESSEL.finditer(sentence))


def _told_something(events: tuple[AirAttack, ...]) -> tuple[AirAttack, ...]:
    """Drop an event that tells nothing of its own (no place, weapon count, casualty, damage or alert: "the
    attack followed Friday's barrage", "two days after 800 drones were launched") before a later event of the
    same attacker on the same country that does: it is named to compare, not told."""
    def empty(e: AirAttack) -> bool:
        return not (e.places or _tells_figures(e))

    def compared(e: AirAttack) -> bool:  # an earlier attack of the same sides, named only beside a later one
        return e.date is not None and any(o.date is not None and o.date > e.date and not empty(o) and
                                          (o.attacker, o.target_country) == (e.attacker, e.target_country)
                                          for o in events)

    def unowned(e: AirAttack) -> bool:  # no attacker and nothing told, beside an attack that tells something
        return e.attacker is None and any(o is not e and not empty(o) for o in events)

    return tuple(e for e in events if not (empty(e) and (compared(e) or unowned(e))))


def _tally_holds_crimea(events: tuple[AirAttack, ...]) -> tuple[AirAttack, ...]:
    """Drones repelled over Sevastopol the night a Russian tally counts drones over Russian regions and Crimea are
    that tally's (SPEC: a stated total is never split): an attack on Crimea told with no death of its own joins
    the one attack on Russia of its day that lists Crimea among its places (a strike that killed people there is
    one reported on its own)."""
    events = list(events)
    for i, crimea in enumerate(events):
        if crimea.attacker is None or crimea.attacker != crimea.target_country or crimea.killed or \
                not any(p == "Crimea" or region_holds("Crimea", p) for p in crimea.places) or \
                any(region_holds("Crimea", p) is False for p in crimea.places):
            continue  # (a place known to lie outside Crimea, "Tokmak", is no night over Crimea)
        tallies = [j for j, e in enumerate(events) if e is not None and j != i and e.attacker == crimea.attacker
                   and e.target_country == OPPONENT.get(crimea.attacker) and "Crimea" in e.places
                   and e.date == crimea.date]
        if len(tallies) == 1:
            tally = events[tallies[0]]
            events[tallies[0]] = replace(_joined(tally, crimea), target_country=tally.target_country)
            events[i] = None
    return tuple(e for e in events if e is not None)


def _join_halves(events: list[AirAttack]) -> tuple[AirAttack, ...]:
    """One attack told in two halves becomes one event: a half that names only its attacker ("Israeli jets
    struck overnight, killing 24") and a half that names only its target ("targets in Tehran"), same day; else
    the one event of that attacker and day whose target is named ("The Israeli military said it struck the Arak
    reactor. Israeli jets also struck sites near Natanz")."""
    events = list(events)

    def same_day(a: AirAttack, b: AirAttack) -> bool:
        return None in (a.date, b.date) or a.date == b.date

    for i, head in enumerate(events):
        if head is None or not head.attacker or head.target_country:
            continue
        tails = [j for j, tail in enumerate(events) if tail is not None and j != i and not tail.attacker
                 and tail.target_country and tail.target_country != head.attacker and same_day(head, tail)]
        if not tails:
            tails = [j for j, tail in enumerate(events) if tail is not None and j != i and tail.attacker == head.attacker
                     and tail.target_country and tail.date is not None and tail.date == head.date]
            tails = tails if len(tails) == 1 else []
        if tails:
            events[i], events[tails[0]] = _joined(head, events[tails[0]]), None
    return tuple(e for e in events if e is not None)


def _answered_sides(events: tuple[AirAttack, ...]) -> tuple[AirAttack, ...]:
    """A strike and its answer told in one text are two events of opposite sides: "Iran fired missiles at Israel
    ... Overnight, jets struck the reactor at Arak" leaves the strike on Iran without its attacker, and "Israeli
    jets struck overnight" without its target. A side missing from one takes the side the other event gives it,
    when that side is its usual opponent (OPPONENT): the strike on Iran is Israel's, Israel's strike is on Iran."""
    pairs = {(e.attacker, e.target_country) for e in events if e.attacker and e.target_country
             and e.attacker != e.target_country}

    def opponent(side: str) -> str | None:  # the one side told fighting SIDE that SIDE is known to fight
        others = {b for a, b in pairs if a == side and OPPONENT.get(side) == b} | \
                 {a for a, b in pairs if b == side and OPPONENT.get(a) == side}
        return others.pop() if len(others) == 1 else None

    return tuple(replace(e, attacker=opponent(e.target_country)) if e.attacker is None and e.target_country else
                 replace(e, target_country=opponent(e.attacker)) if e.target_country is None and e.attacker else e
                 for e in events)


def _joined(a: AirAttack, b: AirAttack) -> AirAttack:
    def first(x, y):
        return x if x is not None else y

    def counts(x: Counts, y: Counts) -> Counts:
        return Counts(first(x.launched, y.launched), first(x.destroyed, y.destroyed), first(x.hit, y.hit))

    return AirAttack(
        date=first(a.date, b.date), attacker=a.attacker, target_country=b.target_country,
        places=tuple(dict.fromkeys(a.places + b.places)), drones=counts(a.drones, b.drones),
        missiles=counts(a.missiles, b.missiles), killed=first(a.killed, b.killed),
        injured=first(a.injured, b.injured), damage=tuple(dict.fromkeys(a.damage + b.damage)),
        record=a.record or b.record, alert_hours=first(a.alert_hours, b.alert_hours),
        evidence=tuple(sorted(a.evidence + b.evidence, key=lambda e: (e.start, e.end, e.field))))
