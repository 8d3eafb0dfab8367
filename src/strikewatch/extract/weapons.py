"""The weapon-count grammar: a count with its weapon head, and the words around it that give its role.

A count is read by ``rules`` with these patterns: the head (drone, missile, bomb and their models), the
verbs of launching, destroying and hitting before or after it, and the cues that a count is a part of a
whole, a denial or a tally of something other than weapons.
"""
from __future__ import annotations

import re

from ..lexicon import en as lexicon
from ..quantities import AT_LEAST, NUMBER, ORDINAL, ROUGH, parse
from ..remembered import remembered

# a model named before its kind is one weapon phrase ("Kh-101 cruise missiles"), unless a new figure starts between
# them ("30 Kh-101s and 60 Shahed drones": two)
_GENERIC_FOLLOWS = rf"(?![\w/-])(?!\s+(?!(?:and|or)\s+(?:{NUMBER})\s)(?:[\w/-]+\s+){{0,3}}?(?:missiles?|drones?|decoys?|UAVs?)\b)"
# a model may be named with its variants: "Shahed-136/131", "Iskander-M/KN-23"
_DRONE = rf"(?:{lexicon.DRONE_NOUNS}|(?:{lexicon.DRONE_MODELS})(?:/[\w-]+)*{_GENERIC_FOLLOWS})"
_MISSILE = rf"(?:{lexicon.MISSILE_NOUNS}|(?:{lexicon.MISSILE_MODELS})(?:/[\w-]+)*{_GENERIC_FOLLOWS})"
_BOMB = rf"(?:{lexicon.BOMB_NOUNS})"
HEAD = rf"(?:(?P<drone>{_DRONE})|(?P<missile>{_MISSILE})|(?P<bomb>{_BOMB}))"
ANY_HEAD = rf"(?:{_DRONE}|{_MISSILE}|{_BOMB})"
# A word between a figure and its weapon noun; never a number word ("a thousand thousand drones" is no figure,
# not a thousand), nor a word that names a part of the whole counted ("more than 100 munitions including Tomahawk
# missiles" counts no missiles).
_MOD_WORD = (r"(?!(?:of|the|a|an|were|was|had|have|has|been|at|in|on|from|by|that|which|who|when|where|to|with|"
             r"including|includes|included|"
             r"over|into|is|are|and|or|as|than|while|after|before|for|their|its|it|they|more|if|people|injured|"
             r"killed|wounded|dead|hit|struck|shot|destroyed|launched|fired|hundred|thousand|million|using|locations?|"
             r"sites?|places|settlements|times)\b)(?!-+\s)(?:[\w/-]+|(?-i:[A-Z])\.(?:(?-i:[A-Z])\.)+(?:-[\w/-]+)?)")  # "U.S.-made"
# ... and a list of models: "96 Kh-101, Kh-555 and Kalibr cruise missiles", or a model told with its alternative, one
# weapon either way: "two Iskander-M or KN-23 ballistic missiles", "22 S-300 or S-400 missiles"
_MODS = (rf"(?:(?!(?:{lexicon.OTHER_PROJECTILES})\b){_MOD_WORD}(?:\s+|,\s+(?=(?-i:[A-Z])[\w/-]*\d?[\w/-]*(?:,|\s+and\s)))|"
         rf"(?:and|or)\s+(?=(?-i:[A-Z])[\w/-]*\s+(?:{_MOD_WORD}\s+){{0,2}}{ANY_HEAD})|"
         # "355 Shahed and decoy drones", "cruise and ballistic missiles": two kinds of one head
         rf"(?<!s\s)(?:and|or)\s+(?=(?!(?:{NUMBER})\s)(?-i:[a-z])[\w-]*\s+{ANY_HEAD}))")
_QUANT = rf"(?P<q>(?:{ROUGH}|{AT_LEAST}|all|the|a\s+total\s+of)\s+)?"

WEAPON = remembered(
    rf"\b{_QUANT}(?<![-/])(?P<num>{NUMBER}|an?(?!\s+(?:(?!and\b|or\b){_MOD_WORD}\s+){{0,3}}?(?:{NUMBER})\s)|both)(?P<more>\s+more)?\s+(?:(?P<part>(?:out\s+)?of\s+(?:(?:the|those|these|its|their)\s+|(?=\d)|(?=(?:{NUMBER})\s))))?"
    rf"(?P<mods>{_MODS}{{0,6}}?){HEAD}\b(?P<combined>\s+and\s+(?:{ANY_HEAD})\b(?!\s+(?:and|,)))?", re.IGNORECASE)
FRACTIONS = {"half": 0.5, "a half": 0.5, "one third": 1 / 3, "a third": 1 / 3, "two thirds": 2 / 3,
              "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75}
FRACTION = r"(?:half|a\s+half|one[-\s]third|a\s+third|two[-\s]thirds|a\s+quarter|one[-\s]quarter|three[-\s]quarters)"

# the verbs of shooting down, as against jamming and losing ("lost locationally")
_KINETIC = r"shot\s+down|destroyed|intercepted|downed|shooting\s+down|destroying|intercepting"
DESTROY = (rf"(?:{_KINETIC}|neutrali[sz]ed|brought\s+down|took\s+down|"
            r"knocked\s+down|suppressed|jammed|"
            r"eliminated|lost\s+locationally|locationally\s+lost|lost\s+locally|lost\s+to\s+(?:electronic|EW)|(?:were|was)\s+lost|"
            r"(?:lost|vanished|disappeared)\s+(?:from|off|on)\s+(?:the\s+)?radars?|lost\s+to\s+(?:jamming|interference|"
            r"countermeasures)|(?:were|was)\s+[\"“‘']lost|"
            r"disappeared|taken\s+out|repelled|neutrali[sz]ing|downing\s+of)")
# "between 300 and 400 drones", "300 to 400 drones", "40 to 50 soldiers were killed", "two or three people": the
# figure closing a range
RANGE_BEFORE = re.compile(rf"\bbetween\s+(?:{NUMBER})\s+and\s+$|\b(?:{NUMBER})\s*(?:to|-|–|or)\s*$", re.I)
# "In addition, the enemy used six Kh-22 missiles", "additionally fired 35 S-300s": more of the same slot
# "In addition, 20 drones were...", "additionally fired 35 S-300s"; not the base "in addition to the 444 drones"
IN_ADDITION = re.compile(r"\b(?:in\s+addition|additionally)\b(?!\s+to\s+(?:the\s+|its\s+|their\s+)?$)[^.;]*$", re.I)
# a count joined to a larger one told after it: "Together with the 90 drones fired overnight, ..." (not "along with 40
# missiles" told after the drones: only a count opening on the joining words holds the figures that follow)
JOINED_BEFORE = re.compile(rf"\b{lexicon.JOINED_TO}\s+(?:(?:the|its|their)\s+)?$", re.I)
# A weapon phrase whose article counts one, as a part of a list of counted weapons ("20 Kalibrs, an Iskander-M
# and two Kh-59s")
# (or, in a list of what was launched, another weapon with an article: "a Kh-59 and an Iskander-M")
LISTED_BEFORE = re.compile(rf"\b(?:{NUMBER}|(?P<article>an?))\s+(?:{_MODS}){{0,5}}?{ANY_HEAD}[^.;]{{0,60}}?(?:,|\band)\s+$",
                           re.I)
LISTED_AFTER = re.compile(rf"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{ROUGH}\s+)?(?:{NUMBER}|(?P<article>an?))\s+"
                          rf"(?:{_MODS}){{0,5}}?{ANY_HEAD}", re.I)
# a weapon not stopped: "seven got through", "two slipped past air defences", "only three made it through"
_PASSED = r"(?:(?:got|made\s+it|slipped)\s+(?:through|past)|evaded)"
PASSED = re.compile(_PASSED, re.IGNORECASE)
# what a bare figure that "hit" or "struck" struck, when it counts weapons ("24 struck targets in five regions"; not
# "One struck him")
_HIT_OBJECT = r"(?:the|their|a|an|targets?|homes?|buildings?|houses?|residential|infrastructure|facilities|objects)"
BARE = remembered(
    rf"\b(?P<q>(?:{AT_LEAST}|{ROUGH})\s+)?(?<![-/])(?P<num>{NUMBER})(?P<more>\s+more|\s+others)?"
    # a part of the weapons just named ("15 of them striking Kyiv", "27 of which air defences shot down") is a
    # figure whatever follows: the verb that governs it decides its role
    rf"(?:(?P<of>\s+of\s+(?:them|which|those|these))\b|"
    # "a further 172 “lost locationally”": the verb may stand in quotes
    rf"(?=\s*(?:[,.;](?!\d)|$|\s+[\"“‘']?(?:were|was|had|have|more|and|while|it\s+said|over|in|across|by|on|near|"
    rf"{_PASSED}|(?:hit|struck)\s+{_HIT_OBJECT}|reached|landed|breached|"
    rf"penetrated|reaching|breaching|hitting|{DESTROY})\b)))", re.IGNORECASE)
BOTH_KINDS = remembered(rf"\b{NUMBER}\s+(?:[\w/-]+\s+){{0,3}}?(?:{_DRONE}\s+and\s+(?:{ROUGH}\s+)?{NUMBER}\s+"
                         rf"(?:[\w/-]+\s+){{0,3}}?{_MISSILE}|{_MISSILE}\s+and\s+(?:{ROUGH}\s+)?{NUMBER}\s+"
                         rf"(?:[\w/-]+\s+){{0,3}}?{_DRONE})", re.I)
# "201 were shot down, 102 missiles and 99 drones", "84 of them were destroyed - 58 drones and 26 missiles": a bare
# figure whose clause goes on to split it into both kinds is of both kinds together (SPEC: a combined total is not
# split), and the parts are the figures; the separators the split may open on, in the rest of the figure's clause
SPLIT_OPENS = re.compile(r"(?:[:,]|\s[-–—])\s*")
SPLIT_CLAUSE = 80  # characters after the figure in which its split is looked for
EW = re.compile(r"locationally|electronic|EW\b|suppress|jamm|disappeared|vanished|radar|lost", re.I)
# "downed or suppressed 439 drones", "shot down or jammed": a figure of both kinds together, no part of either
KINETIC_OR_EW = re.compile(rf"\b(?:{_KINETIC})\s+(?:or|and|and/or)\s+(?:\w+\s+){{0,2}}?$", re.I)
_OR_DESTROY_AFTER = re.compile(rf"\s+(?:or|and|and/or)\s+(?:\w+\s+){{0,2}}?(?:{DESTROY})", re.I)


def electronic(text: str, start: int, end: int) -> bool | None:
    """Whether the verb of destroying at ``start``-``end`` tells electronic warfare ("lost locationally",
    "jammed"): True, False, or None when it is joined to a verb of the other kind ("downed or suppressed",
    "shot down or jammed"), whose figure is of both kinds together and no part of either."""
    if EW.search(text[start:end]):
        return None if KINETIC_OR_EW.search(text, 0, start) else True
    joined = _OR_DESTROY_AFTER.match(text, end)
    return None if joined and EW.search(joined.group()) else False


_HIT = (rf"(?:hit|struck|reached\s+(?:their|its)\s+targets?|breached|{_PASSED}|penetrated|slammed|landed|"
        # "one missile fell inside the base" (not debris that "fell on" a house)
        rf"(?:fell|fallen)\s+(?:inside|within)\b|hits\s+(?:by|of))")
_LAUNCH = (r"(?:launched|fired|sent|used|attacked\s+(?:[\w'’-]+\s+){0,12}?with|(?:struck|hit)\s+(?:[\w'’-]+\s+){0,4}?with|"
           r"(?:targeted|bombarded|pounded|pummell?ed|hammered|battered)\s+(?:\w+\s+){0,6}?with|deployed|"
           # "came under attack overnight from 150 drones"
           r"under\s+(?:attack|fire)\s+(?:\w+\s+){0,2}?(?:from|by)|"
           # "the barrage was made up of some 170 drones, more than 30 cruise missiles and ...": what it was made of
           r"involved|included|consisted\s+of|comprised|made\s+up\s+of|unleashed|salvo\s+of|barrage\s+of|hurled|launching|firing|recorded:|"
           r"using|employed)")
_ROLE_BEFORE = remembered(rf"(?P<destroyed>{DESTROY})|(?P<hit>\bhits\s+(?:by|of)|\b(?:hit|strikes)\s+by)|(?P<launched>\b{_LAUNCH})",
                          re.IGNORECASE)
# a weapon right before a verb: the verb is its participle ("71 missiles launched overnight")
_PARTICIPLE_OF = re.compile(rf"\b{ANY_HEAD}\s+$", re.IGNORECASE)
# "six of them struck homes, one hit a plant and one was shot down": the figures after a part that hit, in a list
# of the parts, are more of those that hit
HIT_PARTS_BEFORE = re.compile(rf"\b(?:{NUMBER})\s+of\s+(?:them|these|those|which)\s+(?:{_HIT})\b[^.;:]*,\s*$", re.I)
# "the plant was hit by eight missiles", "strikes by nine missiles and 54 drones were recorded": the figures are of
# those that hit, whatever else the sentence says
HIT_BY = re.compile(rf"\b(?:hit|hits|strikes)\s+by\s+(?:{NUMBER}\s+(?:[\w/-]+\s+){{0,3}}?{ANY_HEAD}(?:\s*,|\s+and)\s+)*"
                    rf"(?:(?:{ROUGH}|{AT_LEAST})\s+)?$", re.IGNORECASE)
AUX = (r"\s*,?\s*(?:it\s+said,?\s*)?(?:which\s+)?(?:were|was|had\s+been|have\s+been|has\s+been|been|are|had|have|has)?\s*"
        r"(?:also\s+|all\s+|later\s+|then\s+|successfully\s+|reportedly\s+|allegedly\s+)?"
        # "all of them were being intercepted outside the country's borders": a live report's progressive is the role
        r"(?:being\s+)?"
        # "563 drones were reported downed", "were said to have been destroyed": a reported role is still the role
        r"(?:(?:reported|said|believed|thought|claimed|confirmed|understood)\s+(?:to\s+have\s+(?:been\s+)?|as\s+)?)?"
        r"[\"“‘']?")
# "two drones crossed from Lebanon over the sea", "600 drones had entered Ukrainian airspace": as many came at it
_CAME_IN = r"(?:crossed|entered)(?=\s+(?:from|into|over|the|[\w-]+\s+airspace)\b)"
ROLE_AFTER = re.compile(
    rf"^{AUX}(?:(?P<destroyed>{DESTROY})|(?P<hit>{_HIT})|(?P<launched>launched|fired|used|deployed|targeted|attacked|"
    rf"{_CAME_IN}))\b", re.IGNORECASE)
_COORDINATED = re.compile(
    rf"^(?:\s*,?\s*and\s+(?:all\s+|{ROUGH}\s+)?(?:{NUMBER}|an?|both)\s+(?:of\s+(?:the\s+)?(?:(?:{NUMBER})\s+)?)?(?:{_MODS}){{0,5}}?{ANY_HEAD}\b)+",
    re.IGNORECASE)
BOTH_ALL = re.compile(
    rf"\b(?:(?P<both>both)|all\s+(?P<num>{NUMBER})|(?P<all>all\s+of\s+(?P<them>them|which)|all\s+of\s+the\s+\w+|all\s+the\s+\w+|"
    # a clause of its own: "Of 35 drones launched overnight, all were destroyed", "...; all were shot down"
    rf"(?<![\w-]\s)all(?=\s+(?:were|had\s+been|have\s+been)\s)))"
    # "all of the drones launched by Iran this morning were downed": the launch told between them
    rf"(?:\s+(?:launched|fired|sent)\s+(?:at|on|toward|towards|against|by|from|overnight|this|last|in)\b[^,.;]{{0,60}}?(?=\s+(?:were|was|had|have)\s))?"
    rf"(?:\s+of\s+them)?{AUX}(?:(?P<hit>{_HIT})|(?P<destroyed>{DESTROY}))",
    re.IGNORECASE)
# where a weapon "reached" that is no target but the ground it crossed into: "none reached Israeli airspace", "none
# had reached the country" tells no count of hits
_REACHED_GROUND = r"(?:[\w-]+\s+){0,2}?(?:territory|airspace|soil|skies|the\s+(?:country|border|coast))\b"
NONE = re.compile(
    # "none of the drones", "Neither missile was intercepted"
    rf"\b(?:none|neither)(?:\s+of\s+(?:the\s+|them\b)(?:[\w-]+\s+){{0,3}}?(?:{ANY_HEAD}\s+)?|"
    rf"(?<=neither)\s+(?:[\w-]+\s+)?{ANY_HEAD}(?=\s+(?:was|had|has)\b))?{AUX}"
    rf"(?:(?P<hit>reached(?!\s+{_REACHED_GROUND})|hit|struck)|(?P<destroyed>{DESTROY}))", re.IGNORECASE)
# "shot down 72 of the missiles and all of the drones", "intercepted all of them": as many as were launched
ALL_OBJECT = remembered(
    rf"(?:{DESTROY})\s+(?:[^.;]{{0,60}}?\s+and\s+)?(?:all|every\s+one|each\s+one)\s+(?:of\s+)?(?:them\b|the\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<head>{ANY_HEAD})\b)",
    re.IGNORECASE)
# "air defences intercepted all but one", "all but three of them were shot down": every weapon of the whole stopped
# save N, so the destroyed figure is the whole less N (the whole is the count it names, "all but two of the 30 drones",
# or the count named before it, else the launched)
ALL_BUT = re.compile(
    rf"(?:(?P<verb>{DESTROY})\s+)?\ball\s+but\s+(?P<num>{NUMBER})(?![\w-])"
    rf"(?:\s+of\s+(?:them|these|those|the\s+(?:(?P<whole>{NUMBER})\s+)?(?:[\w-]+\s+){{0,2}}?{ANY_HEAD})\b)?"
    rf"(?P<after>{AUX}(?:{DESTROY}))?", re.IGNORECASE)
# "Ten drones launched alongside the missiles were all shot down": the figure launched is also the figure destroyed
ALL_AFTER = re.compile(rf"^\s+(?:launched|fired)\b[^.;,]{{0,60}}?\s(?:were|was|had\s+been|have\s+been)\s+all\s+(?:{DESTROY})",
                        re.IGNORECASE)
# "nearly all of them", "over 99% of all the threats were intercepted": a share of them, not all
NOT_QUITE = re.compile(r"\b(?:nearly|almost|virtually|practically|not|all\s+but)\s+$|"
                        r"(?:%|\bper\s*cent|\bpercent)[\"”'’]?\s+of\s+$", re.IGNORECASE)
# "most of the 180 missiles were intercepted", "a handful of the 40 drones got through": a share of a whole, whose
# figure is the whole launched, never the share's
SHARE_OF_BEFORE = re.compile(r"\b(?:most|many|some|several|a\s+few|the\s+(?:majority|bulk)|a\s+(?:handful|small\s+number)|"
                             r"dozens|hundreds)\s+of\s+(?:(?:the|these|those|its|their)\s+)?$", re.IGNORECASE)
DESTROY_RIGHT_BEFORE = re.compile(rf"(?:{DESTROY})\s+$", re.IGNORECASE)
# "downed 52 of the 54", "52 of the 54 were shot down": a part and its whole, the weapon named before
PART_OF_WHOLE = remembered(
    rf"\b(?P<part>{NUMBER})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<whole>{NUMBER})(?=\s*[,.;]|\s*$|\s+(?:launched|fired|that|which|it\s+said)\b"
    rf"|{AUX}(?:{DESTROY}))", re.IGNORECASE)
# "None of the drones and none of the cruise missiles crossed into Israel; they were downed by ...": all of each
# kind named with no model or class were destroyed
NONE_PASSED = re.compile(
    rf"\b(?:none|neither)\s+of\s+the\s+(?P<heads>(?:[\w-]+\s+){{0,2}}?{ANY_HEAD}(?:\s*,?\s+(?:or|and|nor)\s+(?:none\s+of\s+"
    rf"the\s+)?(?:[\w-]+\s+){{0,2}}?{ANY_HEAD})*)\s+(?:\w+\s+){{0,2}}?(?:entered|crossed|reached|penetrated|got\s+through|"
    rf"made\s+it)\b[^.;]{{0,80}}?(?:[;,]|\s[-–—])\s*(?:[^.;]{{0,40}}?[;,]\s*)?(?:and\s+)?(?:they|all)\s+(?:were|had\s+been|have\s+been)\s+"
    rf"(?:all\s+)?(?:{DESTROY})", re.IGNORECASE)
# "Israeli officials put the number at about 180": the count of the weapon told before it, launched
NUMBER_PUT = re.compile(
    rf"\b(?:put|puts|putting|estimated|estimates|placed|places)\s+(?:the\s+|their\s+)?(?:number|figure|total|count)\s+"
    rf"(?:of\s+(?:[\w-]+\s+){{0,2}}?(?P<head>{ANY_HEAD})\s+(?:\w+\s+){{0,3}}?)?at\s+(?P<q>(?:{ROUGH}|{AT_LEAST})\s+)?(?P<n>{NUMBER})\b",
    re.IGNORECASE)
NONE_OF_BEFORE = re.compile(r"\b(?:none|neither)\s+of\s+$", re.IGNORECASE)
# "none of the nine Iskanders, the four Kh-59s or the single Kh-22": the list's later items are under the "none" too
NONE_LIST_BETWEEN = re.compile(r"\s*,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+", re.IGNORECASE)
# "none of the six Kinzhals was intercepted", "The six Kinzhals were not intercepted": the figure is of weapons not
# stopped, which struck (SPEC: hit). ("four Iskanders, none of which were intercepted" is left alone: the gold is
# split on it.)
_NOT_STOPPED = rf"(?:{DESTROY}|stopped)"
STOPPED_AFTER = re.compile(rf"^[^,.;]{{0,60}}?{AUX}{_NOT_STOPPED}", re.IGNORECASE)
NOT_STOPPED_AFTER = re.compile(rf"^[^,.;]{{0,60}}?\s+(?:were|was|had\s+been|have\s+been)\s+not\s+{_NOT_STOPPED}", re.IGNORECASE)
NOT_DESTROYED = re.compile(
    r"\b(?:did\s+not|didn't|failed\s+to|(?:was|were|been)\s+unable\s+to|could\s+not|couldn't|did\s+not\s+manage\s+to)\s+"
    r"(?:intercept|shoot\s+down|down|destroy)\s+(?:any|either|a\s+single|one)?", re.IGNORECASE)
LONE_NOT_DESTROYED = remembered(lexicon.LONE_NOT_DESTROYED, re.IGNORECASE)
# "one Iskander-M ballistic missile; ... the missile was intercepted": the one weapon launched, destroyed
LONE_DESTROYED = remembered(rf"\b(?:the|that|this)\s+(?:[\w/-]+\s+){{0,2}}?(?P<head>{_DRONE}|{_MISSILE})\s+(?:was|had\s+been|"
                            rf"has\s+been)\s+(?:also\s+|successfully\s+)?(?:{DESTROY})", re.IGNORECASE)
# "two drones ...; one was shot down, the other was lost from the radar", "contact with the second was lost", "the
# other struck the base": the rest of a pair whose one was downed, not stopped (with that one destroyed: a hit); and
# the next one counted by its ordinal: "Two were shot down; the third hit a building", "air defences intercepted five
# drones, but a sixth struck the yard" (one more, not stopped), "two drones hit the field and a third struck the
# depot" (one more of those that hit)
PAIR_OTHER = re.compile(
    rf"\b(?:contact\s+with\s+)?(?:the|a(?!\s+second))\s+(?P<nth>other|{ORDINAL})(?:\s+one)?(?:\s+(?:[\w-]+\s+)?{ANY_HEAD})?"
    rf"(?:\s+(?:was|had\s+been)\s+(?:[\w-]+\s+){{0,3}}?(?:lost|not\s+(?:intercepted|shot\s+down))\b|"
    # "the third flew on for 70 kilometres and hit a building": its course told before the strike
    # (not one that "exploded in the air")
    rf"(?:\s+(?:flew|went|carried)\s+on\b[^,.;]{{0,60}}?\s+and)?\s+(?:struck|hit|crashed|slammed|landed|"
    rf"exploded(?!\s+(?:in\s+(?:the\s+)?(?:mid-?)?air|mid-?air|over|above)\b))\b)",
    re.IGNORECASE)
# "Seven were intercepted over the Gulf and eleven over Doha": the verb shared by a figure of another place
SHARED_ROLE_BEFORE = re.compile(rf"(?:{DESTROY})\s+(?:over|above|near|in)\s+[^,;.]{{1,50}}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$",
                                re.IGNORECASE)
VAGUE_DESTROYED = remembered(
    rf"\b(?:most|many|some|several|a\s+number|the\s+majority|part|dozens|hundreds)\b(?:\s+of\s+(?:the\s+|them\b|those\b)"
    rf"(?:[\w-]+\s+){{0,3}}?(?P<head>{ANY_HEAD})?)?{AUX}(?:{DESTROY})|(?:{DESTROY})\s+(?:most|many|several|some|"
    rf"dozens|hundreds)\s+of\s+(?:them|the\s+(?:[\w-]+\s+){{0,3}}?(?P<head2>{ANY_HEAD}))", re.IGNORECASE)

# "most of the others were destroyed", "the rest were jammed": a vague fate told of what the figures before it left
VAGUE_OF_THE_REST = re.compile(r"[^.;]{0,40}?\b(?:others?|rest|remaining|remainder)\b", re.IGNORECASE)


# "one drone struck a residential building", "and that one had hit a military site": a single weapon that hit something
# is no count of hits (SPEC: "a drone hit a house"), unless the sentence accounts for the rest of its salvo (those
# launched are one more than those downed); weapons that landed, fell or got through are left to their own rules
LONE_STRIKE_VERB = re.compile(r"\b(?:hit|struck|slammed)\b", re.IGNORECASE)


# "nine out of every ten drones", "one in every five missiles": a rate, whose figures count no weapons
RATE_BEFORE = re.compile(r"\b(?:out\s+of|in|of)\s+every\s+$", re.IGNORECASE)
# "One destroyed the stairwell", "two destroyed homes in the village": a figure that did the destroying, told in the
# active voice with its object after it, not one destroyed ("76 destroyed", "32 were destroyed")
ACTIVE_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|his|her|several|homes?|houses?|buildings?|cars?)\b", re.IGNORECASE)


def category(m: re.Match | None) -> str | None:
    if m is None:
        return None
    for cat in ("drone", "missile", "bomb"):
        if m.groupdict().get(cat):
            return cat
    return None


# "About 170 — attack drones launched", "At least 7 — people killed by Tuesday morning": a "by the numbers" line,
# whose figure heads what it counts across a dash
_FIGURE_DASH = re.compile(rf"^(\W*(?:(?:{ROUGH}|{AT_LEAST})\s+)?\d[\d,]*\+?)(\s+[—–]\s+)(?=[^\d\s])", re.IGNORECASE)


def undashed(piece: str) -> str:
    """The piece with the dash after a "by the numbers" figure blanked, offsets kept: "About 170   attack drones"."""
    return _FIGURE_DASH.sub(lambda m: m.group(1) + " " * len(m.group(2)), piece)


_CLAUSE_CUT = re.compile(r"[.;]|\bwhile\b|\bbut\b|\bwhereas\b")
DESTROY_VERB = re.compile(DESTROY, re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n't)\s+(?:been\s+)?$", re.IGNORECASE)


def destroy_negated(before: str) -> bool:
    """Whether the last verb of destroying in the clause before a figure is negated: "Among the missiles that were
    not intercepted were seven Kinzhals and 12 Iskanders" tells of those not destroyed."""
    clause = _CLAUSE_CUT.split(before[-300:])[-1]
    verbs = list(DESTROY_VERB.finditer(clause))
    return bool(verbs) and bool(_NEGATED_BEFORE.search(clause[:verbs[-1].start()]))


def role_name(m: re.Match) -> str:
    return next(k for k in ("destroyed", "hit", "launched") if m.group(k))


# a figure inside an attack noun's modifier: "Russia's 150-drone attack", "a 40-missile barrage"
COUNT_IN_NOUN = re.compile(rf"(?<![\w,.-])(?P<num>\d[\d,]*|[a-z]+)-(?:strong\s+)?(?P<head>drone|UAV|missile)\s+"
                            rf"(?:[\w-]+\s+)?(?:{'|'.join(sorted(lexicon.ATTACK_NOUNS - {'total', 'mix', 'combination'}))})s?\b",
                            re.I)
# the words of a tally of all the hits: "hits by 33 missiles were recorded at 14 locations", "breached air defences"
TALLY_OF_HITS = re.compile(r"\b(?:locations?|sites|targets|places|objects|settlements|facilities|air\s+defen[cs]es?|"
                            r"got\s+through|getting\s+through|remaining|rest|others?)\b", re.I)
# asides between a figure and the passive verb that tells its role: who said it ("the air force said", "according
# to the military") or what the weapons were ("most of them Shaheds")
_ASIDE = (r"\s*,\s*(?:[^,.;:()]{0,60}?\b(?:said|says|reported|claimed|added|stated)\b[^,.;:()]{0,40}?|(?:according\s+to|citing)\s+"
          r"[^,.;:()]{1,60}?|(?:most|many|all|some|nearly\s+all|almost\s+all)\s+of\s+them\s+[^,.;:()\d]{1,40}?|"
          r"(?:mostly|mainly|largely|chiefly)\s+[^,.;:()\d]{1,40}?)\s*")
ASIDES = re.compile(rf"^(?:{_ASIDE}){{1,2}},(?=\s*(?:were|was|had\s+been|have\s+been|has\s+been)\s)", re.I)
# the second half of a bulletin's tally: "93 drones, 76 shot down", "289 attack drones; 267 neutralized"
TALLY_PAIR = re.compile(rf"^\s*(?:overnight\s*)?[,;]\s*(?:{ROUGH}\s+)?(?:{NUMBER})\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
                         rf"(?:{DESTROY}|{_HIT})\b", re.I)
# a tally given as a list after a colon, with no verb of its own: "its morning summary: 352 drones and 16 missiles,
# of which ...": the text up to one of the list's figures, and what then tells the fate of a part of it ("of which
# 324 were downed", "12 missiles were intercepted"; not a timeline's "10 November: 84 drones overall")
_LISTED_SO_FAR = (rf"\s*(?:(?:{ROUGH}|{AT_LEAST})\s+)?(?:{NUMBER}\s+(?:[\w/-]+\s+){{0,3}}?{ANY_HEAD}\s*(?:,|\band)\s+"
                  rf"(?:(?:{ROUGH}|{AT_LEAST})\s+)?){{0,3}}$")
LIST_HEAD = re.compile(rf":{_LISTED_SO_FAR}", re.I)
# ... or a list that opens the sentence and runs, with no verb, to a semicolon after which its fate is told: "172
# UAVs and two Kh-31 missiles; air defence neutralised 147 drones"
LIST_OPENS = re.compile(rf"^{_LISTED_SO_FAR}", re.I)
LIST_TO_SEMICOLON = re.compile(rf"(?:\s*(?:,|\band)\s+(?:(?:{ROUGH}|{AT_LEAST})\s+)?{NUMBER}\s+(?:[\w/-]+\s+){{0,3}}?"
                               rf"{ANY_HEAD}\b)*\s*;", re.I)
# ... or a list after a colon whose items, each perhaps with its own fate, are parted by semicolons: "launched 63
# missiles and drones: 32 Shahed drones, of which 23 were shot down; 16 Kalibrs; and one Kh-59, which was also
# destroyed"; or a list of lines, each an item ended by a semicolon ("— 32 Iskander-M missiles from Crimea;\n— 28
# Kh-101 cruise missiles from the Caspian Sea;"): the text up to an item's figure, which opens the item. The items are
# launched, and add up, unless a figure of their kind launched is told before the colon: then they are its parts ("31
# missiles: 20 Kh-101, of which 17 were shot down; 6 Kalibr, 5 shot down; 5 Iskander-M" launched 31, not 42)
LIST_ITEM_OPENS = re.compile(rf"(?::[^.:]*;|;[ \t]*\n)\s*(?:[—–•*-]\s*)?(?:and\s+)?(?:(?:{ROUGH}|{AT_LEAST})\s+)?$", re.I)
# the fate of the item just counted, told in a relative clause of its own ("one Kh-59, which was also destroyed")
ITEM_FATE = re.compile(r"^\s*,\s*which\b", re.I)
PART_FATE = re.compile(rf"\bof\s+(?:which|them)\b|{DESTROY}", re.I)
# ... and the list goes on or ends right after the figure's weapons, perhaps with its night ("352 drones and decoys
# and 16 missiles", "619 drones overnight, including..."; not ": One armed drone attempted to attack")
LIST_GOES_ON = re.compile(rf"(?:\s+and\s+[\w/-]+)?(?:\s+(?:overnight|into\s+\w+|on\s+\w+|last\s+night))*"
                          rf"\s*(?:[,;.:()—–-]|$|\band\s+(?:{ROUGH}\s+)?{NUMBER}\b)", re.I)
# "destroyed 30 missiles, 18 of them Kh-101s and 12 Kalibrs": the figures after "N of them" and a model are
# the breakdown of the figure before, not more of it
OF_THEM_MODELS = re.compile(rf",\s*(?:{NUMBER})\s+of\s+them\s+(?!(?:were|was|had|have|are|being|been)\b)[^,.;:]*$", re.I)
# "launched 598 drones and 31 missiles, shooting down 563 and 26 of them respectively", "of which 40 and nine were
# intercepted, respectively": two figures of a fate, each of the kind named in the same place before them
RESPECTIVELY = re.compile(
    rf"(?:(?P<verb>{DESTROY})\s+(?P<first>{NUMBER})\s+and\s+(?P<second>{NUMBER})(?:\s+of\s+them)?"
    rf"|(?P<first2>{NUMBER})\s+and\s+(?P<second2>{NUMBER})(?:\s+of\s+them)?{AUX}(?P<verb2>{DESTROY}))"
    rf",?\s+respectively\b", re.I)
# "... and six Iskander-M missiles and four Kh-22s — none of which were downed": the rest of a list the figure is
# in, then a fate its weapons did not meet (the figures were launched, whatever verb came before the list)
NONE_FATE_AFTER = re.compile(
    rf"^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{ROUGH}\s+)?(?:an?|{NUMBER})\s+(?:{_MODS}){{0,5}}?{ANY_HEAD}\b)*"
    rf"\s*(?:[,;:]|\s[-–—])\s*(?:and\s+)?none\s+of\s+(?:which|them|these|those){AUX}(?:{DESTROY})", re.I)
# "12 Kalibrs, of which only four were intercepted", "35 Kh-101s, 30 of them shot down": the fate of a part of
# the figure follows it, so the figure itself is that part's whole, launched
PART_FATE_AFTER = re.compile(
    rf"^\s*(?:,|\s[-–—]|\s\()\s*(?:and\s+)?(?:of\s+(?:which|them|these|those)\s*,?\s*(?:only\s+|just\s+)?(?:{ROUGH}\s+)?"
    rf"(?:{NUMBER}|all)|(?:only\s+|just\s+)?(?:{ROUGH}\s+)?{NUMBER}\s+of\s+(?:which|them|these|those)){AUX}(?:{DESTROY})",
    re.I)
# an attack noun that a figure may be inside: "a barrage of 40 missiles"
ATTACK_OF = re.compile(rf"\b{lexicon.ATTACK_NOUN}s?\s+of\s", re.I)
# ... or in a participle phrase set off by commas that tells what the attack was made of: "Russia's overnight
# assault on the grid, involving 88 missiles and 63 drones, struck ...": the verb after it is the attack's
MADE_OF_BEFORE = re.compile(rf",\s*(?:involving|comprising|featuring|consisting\s+of|made\s+up\s+of)\s+"
                            rf"(?:{NUMBER}\s+(?:[\w/-]+\s+){{0,3}}?{ANY_HEAD}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*"
                            rf"(?:(?:{ROUGH}|{AT_LEAST})\s+)?$", re.I)
LAUNCHED_THEN = re.compile(r"^\s+(?:launched|fired|sent)\s+(?:at|on|toward|towards|against|by|from|into|over|overnight|"
                            r"during|in|earlier|this|last)\b[^,.;:()]{0,80}?(?<!\sto)(?=\s+(?:were|was|have|had|has|struck|hit|slammed|"
                            r"crashed|reached)\s)", re.I)


def role_told_after(text: str, end: int) -> tuple[str, str] | None:
    """The role the verb right after a weapon phrase gives it, and that verb: the one certain rule."""
    # "18 UAVs flying towards Moscow have been shot down": the verb comes after the participle phrase
    rest = re.sub(r"^\s+(?:flying|heading|approaching)\s+(?:towards|toward|to|at|over|on|from)\s+"
                  r"[^,.;]*?(?=\s+(?:were|was|have|had|has)\s)", "", text[end:])
    # "42 drones, the air force said in a statement, were destroyed": an aside between a figure and its passive
    aside = ASIDES.match(rest)
    if aside:
        after = ROLE_AFTER.match(rest[aside.end():])
        if after:
            return role_name(after), after.group()
    # "Twelve drones launched from the Kursk region were shot down": the participle tells whence, the verb
    # after it what became of them
    told = LAUNCHED_THEN.match(rest)
    after = ROLE_AFTER.match(rest[told.end():]) if told else None
    if after and role_name(after) != "launched":
        return role_name(after), after.group()
    co = _COORDINATED.match(rest)
    if co:
        rest = rest[co.end():]
    after = ROLE_AFTER.match(rest)
    return (role_name(after), after.group()) if after else None


def names_models(m: re.Match) -> bool:
    """Whether a weapon phrase counts weapons of a named model ("ten Kinzhal missiles", "12 Kalibrs"), by figure."""
    head = m.group("drone") or m.group("missile") or ""
    generic = re.fullmatch(rf"(?:{lexicon.DRONE_NOUNS}|{lexicon.MISSILE_NOUNS})", head, re.I)
    return parse(m.group("num")) is not None and bool(re.search(r"[A-Z]", m.group("mods") or "") or (head and not generic))


# "430 drones, of which 401 were neutralised, and 36 missiles", "22 missiles, none of which were intercepted, and
# nine drones": the fate of a part, told between commas, of the
# weapons before it, and closed before the next figure, whose role it is not
_FATE_CLOSED = re.compile(rf",\s*(?:(?:{NUMBER}|none|all|most)\s+)?(?:of\s+which|of\s+them)\b[^,.;:()]*,\s*"
                          r"(?:and|as\s+well\s+as|plus)\s+", re.I)


def role_told_before(text: str, num_start: int, finite: bool = False) -> tuple[str | None, str]:
    """The role the nearest verb before a figure gives it, within its clause; with ``finite``, passing over the
    participles of weapons named before ("intercepted 61 of 71 missiles launched overnight, as well as 5 of 7
    drones": the 5 were intercepted)."""
    # the clause the figure shares with the weapons before the aside
    head = _FATE_CLOSED.sub(" and ", text[:num_start])
    clause = re.split(r"\bwhile\b|\bbut\b|\bwhereas\b|\bof\s+which\b|\bafter\b|\.\s", head)[-1]
    before = [b for b in _ROLE_BEFORE.finditer(clause)
              if not (finite and _PARTICIPLE_OF.search(clause, 0, b.start()))]
    if not before:
        return None, ""
    rest = clause[before[-1].end():]
    item_end = re.search(r";|\n", rest)
    if item_end and ":" not in rest[:item_end.start()]:
        return None, ""  # another list item's verb: "30 Kh-101, of which 21 were downed; 8 Kalibrs from the sea"
    return role_name(before[-1]), before[-1].group()
