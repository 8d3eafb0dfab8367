"""The casualty grammar: who was killed or injured, how many, and whether the toll is this attack's.

Patterns for a toll ("killing two people", "six were wounded", "no casualties"), and the tests that
keep a toll that is not this attack's out of it: a toll over a period or a war, one of another kind of
event, soldiers of the attacker's own forces, a toll told earlier and updated.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .. import dates
from ..countries import country_code
from ..lexicon import en as lexicon
from ..lexicon.en import COUNTRY_WORDS
from ..places import PlaceMention
from ..quantities import NUMBER, ORDINAL, ROUGH, VAGUE, ordinal, parse
from ..remembered import remembered
from ..spans import ENTRY_STAMP
from .weapons import ANY_HEAD

VICTIM = (r"(?:people|persons?|civilians?|residents?|children|child|men|women|man|woman|boys?|girls?|workers?|"
           r"employees?|passengers?|members\s+of\s+staff|staff\s+members|staff|others|rescuers?|firefighters?|medics?|"
           r"drivers?|pensioners?|teenagers?|babies|baby|infants?|journalists?|volunteers?|officers?|soldiers?|"
           r"servicemen|service\s*members?|personnel|patients?|guests?|shoppers?|customers?|colleagues|members|mother|father|son|daughter|husband|"
           r"wife|sister|brother|grand(?:mother|father|son|daughter)|parents|relatives|family\s+members|"
           r"students?|pupils?|schoolchildren|teachers?|adults?|sailors?|seafarers?|crew\s+members|worshippers?|"
           r"tourists?|guards?|paramedics?|doctors?|nurses?|engineers?|technicians?|farmers?|miners?|pilots?|"
           r"fighters|militants|Palestinians)")
# "around 30 others were wounded", "20 other people were hurt": victims besides those counted just before
OTHER_VICTIMS = re.compile(r"\b(?:others|other\s+(?:[\w-]+\s+)?(?:people|persons|civilians|residents|victims))\b", re.I)
# "two employees of the depot", "three members of one family": whose the victims are
_WHOSE = r"(?:\s+of\s+(?:the|a|an|one|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
# "a woman, 54, and her son", "a man, aged 70,": a victim's age told beside them, no count of victims
_AGE = r",\s+(?:aged\s+)?\d{1,3}(?:,|(?=\s+(?:and|were|was)\b|$))"
# "two men aged 44 and 51 were injured", "a man aged 62 was killed": the same, with no comma before
_AGE_PLAIN = r"\s+aged\s+\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,3})*(?=\s+(?:were|was|had|have|died)\b)"
_AGED = rf"(?:{_AGE}|{_AGE_PLAIN})?"
# "a man of about 60 died", "a woman of 45 was injured": the figure after a person "of" is an age, no count of victims
AGE_OF = re.compile(r"\b(?:man|woman|person|boy|girl|pensioner|resident)\s+of\s+"
                    r"(?:(?:about|around|roughly|some|nearly|almost|over|under)\s+)?$", re.IGNORECASE)
# "five of the group's fighters", "two of its soldiers": whose the victims are, said before them
_OF_WHOSE = r"(?:\s+of\s+(?:its|their|his|her|the\s+(?:[\w-]+\s+)?[\w-]+['’]s))"
# "85 people were buried after the strike": the dead ("buried under the rubble" may be alive)
_KILLED = (r"(?:killed|dead|died|martyred|lost\s+their\s+lives|confirmed\s+dead|"
           r"buried(?!\s+(?:under|beneath|alive|in\s+(?:the\s+)?rubble|by\s+(?:the\s+)?rubble)))")
# the dead told before ("two men were killed in Domodedovo, and a third person died"): the ordinal after is one more
KILLED_TOLD = re.compile(rf"\b(?:killing|{_KILLED})\b", re.IGNORECASE)
_INJURED = (r"(?:injured|wounded|hurt|hospitali[sz]ed|"
            # "treated for minor injuries", "being evaluated for possible brain injuries", "receiving treatment for
            # injuries": the injured told by the care their wounds are given
            r"(?:treated|evaluated|assessed|examined|(?:receiving|undergoing|getting)\s+treatment)\s+for\s+"
            r"(?:[\w-]+\s+){0,3}?(?:injuries|wounds)|injuries|"
            r"treated\s+in\s+(?:a\s+|the\s+)?hospitals?|"
            # "suffered minor to moderate injuries"
            r"(?:sustained|suffered|received)\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds)|"
            # "four officers survived with injuries"
            r"survived\s+with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)|"
            r"(?:taken|admitted|rushed|evacuated)\s+to\s+(?:a\s+|the\s+)?hospitals?|"
            # "151 people had sought medical help", "66 others were receiving treatment in hospitals"
            r"(?:(?:had|have|has)\s+)?(?:sought|seeking|needed|needing|required|requiring)\s+medical\s+(?:help|assistance|attention|care|aid)|"
            # "four people were treated at the scene", "six received medical assistance on the spot": the lightly hurt
            r"(?:treated|helped|assisted)\s+(?:at\s+the\s+scene|on\s+(?:the\s+)?(?:site|spot)|on-site|as\s+outpatients)|"
            r"(?:received|receiving|given|got)\s+(?:medical|first)\s+(?:help|assistance|attention|care|aid)|"
            r"(?:receiving|being\s+treated|under)\s+(?:medical\s+)?(?:treatment|care)\s+(?:in|at)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:hospitals?|clinics?))")
# a month's year, or a year after "in": "a drone that hit a base in October 2024 killed four" (a toll of four)
_MONTH_BEFORE = "".join(rf"(?<!\b{m}\s)" for m in dates.MONTHS)
_NOT_A_YEAR = rf"(?:(?!(?:19|20)\d\d\b)|{_MONTH_BEFORE}(?<!\bin\s))"
# (not the 16 of "an F-16 pilot", nor the 62 of "a man aged 62 was killed", nor a year)
_N = rf"(?:(?P<q>{ROUGH}|at\s+least|another|a\s+further)\s+)?(?<![\w-])(?<!\baged\s){_NOT_A_YEAR}(?P<n>{NUMBER})"
# the full stop of an abbreviation is no sentence's end: "the death toll from the Dec. 29 strike has risen to 39"
# ... nor the first of an initialism's ("the death toll from overnight U.S. air strikes ... has risen to 74")
_ABBREVIATION = r"(?:(?<=\b[JFMASOND][a-z]{2})|(?<=\bSept)|(?<=\bSt)|(?<=\b[A-Z]\.[A-Z])|(?<=\b[A-Z])(?=\.[A-Z]\.))"
# ... and an aside that counts the victims' parts: "17 people, three of them children, were", "seven people, five
# residents and a guard, were"
_ONE_OF = rf"(?:{NUMBER}|an?|one)\s+(?:[\w-]+\s+)?{VICTIM}"
_INCLUDING = (rf"(?:,\s*(?:including|among\s+them|most\s+of\s+them|{NUMBER}\s+of\s+(?:them|whom))[^,]{{1,80}},|"
              rf",\s*{_ONE_OF}(?:\s*,\s*{_ONE_OF})*\s+and\s+{_ONE_OF},|"
              r"\s+including(?:\s+[\w-]+){1,4}?(?=\s+(?:were|was|had|have)\b)|"  # "25 people including five children were"
              r"\s*[—–]\s*[^—–.;]{1,80}?\s*[—–])?")  # "Two people — a nurse and a patient — were killed"
# "20 students and two teachers": two groups of victims, counted together
# (not "killing three civilians and 12 others injured by debris": the second group has its own toll)
_PAIR_TOLD = r"were|was|had|have|injured|wounded|hurt|dead|killed"
# ... and "killing five members of the group and a security officer", "four passengers and the driver": a second group
# of one, told by its article (not "and a number of soldiers", "and the children", "and the driver's wife")
_ONE_MORE = (r"(?P<one>an?|the|one)\s+(?!(?:number|few|couple|dozen|handful|score|group|family|series)\b)"
             r"(?!(?:[\w-]+\s+){0,2}?(?:people|children|men|women|servicemen|personnel|staff|others|members)\b)"
             rf"(?:[\w-]+\s+){{0,2}}?{VICTIM}(?<!s)\b(?!['’])")
_PAIR = (rf"\s+(?:[\w-]+\s+)?{VICTIM}{_WHOSE}\s+and\s+(?:(?P<n2>{NUMBER})\s+(?:[\w-]+\s+)?{VICTIM}\b|{_ONE_MORE})")
# "a sixth body was recovered", "a tenth person had died in hospital": the toll so far, told by its last (not "a second
# child was found alive", "the second pilot was found": only a body is found dead, and a victim dies or is killed)
_WAS = r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?"
ORDINAL_TOLL = re.compile(
    rf"\b(?:an?|the)\s+(?P<n>{ORDINAL})\s+(?:[\w-]+\s+)?(?:(?:{VICTIM}|victim)\s+(?:(?:has|had)\s+(?:also\s+)?died|died|"
    rf"{_WAS}(?:killed|confirmed\s+dead|found\s+dead))|bod(?:y|ies)\s+{_WAS}(?:found|recovered|pulled\s+out))\b"
    r"(?!\s+alive)", re.IGNORECASE)
# "the number of dead had risen to "more than 100"": a figure quoted from its source is still the figure
_QUOTED = r"[\"“‘']?"
# "35 in the morning", not "35 dead" nor "12 in Kyiv"
_UNLABELLED = rf"(?!\s+(?:more\s+)?(?:{VICTIM}|dead|killed|injured|wounded|hurt)\b|\s+(?:in|at)\s+(?-i:[A-Z]))"
_CASUALTY_PATTERNS = [
    # "killing 20 students and two teachers", "20 schoolchildren and two teachers were killed"
    (rf"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+{_N}{_PAIR}(?!\s+(?:{_PAIR_TOLD})\b)",
     "pair"),
    (rf"\b{_N}{_PAIR}\s+(?:were|have\s+been|had\s+been)\s+(?P<what>{_KILLED}|{_INJURED})\b", "pair"),
    # "two people were killed", "78 people had been killed", "12 dead", "43 people had been injured"
    (rf"\b{_N}(?:\s+more(?=\s+(?:were|was|have|had|died)\b)|{_OF_WHOSE}?\s+(?:more\s+)?(?:[\w-]+\s+)?{VICTIM}{_WHOSE}{_AGED})?{_INCLUDING}"
     rf"\s+(?:(?:were|was|have\s+been|had\s+been|are|"
     rf"been|remain)\s+)?(?:(?:now|still)\s+)?(?:being\s+)?(?:\w+ly\s+)?(?:(?:reported|confirmed|said|known|believed)\s+"
     rf"(?:to\s+have\s+been\s+)?)?(?P<what>{_KILLED}|{_INJURED})\b", "number"),
    # "killing three people", "injured 117", "wounding four", "injuring 11 people"; a headline's or a newsletter's
    # present ("A Russian strike kills seven people", "drones hit Odesa and wound four"; not "will kill", "to kill")
    (rf"\b(?P<verb>killing|killed|martyring|injuring|injured|wounding|wounded|hurting|hurt|kills|injures|wounds|"
     rf"{lexicon.NOT_MODAL}(?:kill|injure|wound))\s+{_N}\b"
     rf"(?!\s+of\s+(?:them|whom|the\s+{NUMBER}\b))"
     rf"(?!\s*(?:%|per\s*cent|km|kilomet|metres|hours|minutes))", "verb"),
    # "killing 14 of the 19 people who died in the city that night": the part one building took, and the whole
    (rf"\b(?:killing|killed)\s+{NUMBER}\s+of\s+the\s+{_N}\s+(?:[\w-]+\s+)?{VICTIM}\s+(?:who|that)\s+"
     rf"(?:(?:were|had\s+been)\s+)?(?P<what>died|killed)\b", "number"),
    # "killed senior commander Ibrahim Aqil and at least 45 other people", "killing its leader along with 12 others":
    # one victim named, and the others counted beside him
    (rf"\b(?P<verb>killing|killed)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?-i:[A-Z])[\w'’-]+"
     rf"(?:\s+(?-i:[A-Z])[\w'’-]+){{0,3}}\s+(?:and|along\s+with|together\s+with|as\s+well\s+as)\s+{_N}\s+"
     r"(?:others|other\s+(?:[\w-]+\s+)?(?:people|persons|civilians|members|victims))\b", "named_and_others"),
    # "revised the death toll down to 10", "the toll was lowered to three": a correction, which wins
    (rf"\b(?:(?P<down>revised|lowered|corrected|reduced|cut)\s+(?:the\s+|its\s+|their\s+)?(?P<what>death\s+toll|toll|"
     rf"number\s+of\s+(?:people\s+)?(?:killed|dead|injured|wounded|deaths))(?:\s+down(?:ward)?)?|(?P<what2>death\s+toll|"
     rf"toll)\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+|since\s+|\w+ly\s+)?(?P<down2>revised|lowered|corrected|reduced)(?:\s+down(?:ward)?)?)"
     rf"\s+to\s+{_QUOTED}{_N}\b", "revision"),
    # "the death toll rose to 16", "the number of injured rose to 21", "raising the death toll to two"
    # ... "the number of service members hurt had risen to more than 40", "the number of people treated ... at 271"
    (rf"\b(?P<what>death\s+toll|toll|number\s+of\s+(?:those\s+|(?:[\w-]+\s+)?{VICTIM}\s+)?(?:killed|dead|injured|"
     rf"wounded|hurt|hospitali[sz]ed|treated|"
     rf"casualties|victims|deaths|who\s+(?:sought|needed|required)\s+medical\s+(?:help|assistance|attention|care)))\b"
     rf"(?:[^.;]|{_ABBREVIATION}\.){{0,140}}?\b(?:rose|risen|has\s+risen|climbed|increased|reached|grew|jumped|"
     rf"stands\s+at|stood\s+at|now\s+stands\s+at|went\s+up|to|at)\s+(?:overnight\s+|since\s+\w+\s+)?"
     rf"(?:from\s+\S+\s+)?(?:to\s+)?{_QUOTED}{_N}\b", "toll"),
    # "the death toll from the strike: 2 children, 3 women and 5 men": the toll told in its parts, which add up
    (rf"\b(?P<what>death\s+toll|toll|number\s+of\s+(?:[\w-]+\s+)?(?:killed|dead|injured|wounded|hurt|deaths))\b"
     rf"[^.;:]{{0,80}}:\s*(?P<parts>(?:{NUMBER}\s+(?:[\w-]+\s+)?{VICTIM}(?:,\s*(?:and\s+)?|\s+and\s+))+)"
     rf"{_N}\s+(?:[\w-]+\s+)?{VICTIM}\b", "toll"),
    # "the number of injured through the day: 35 in the morning, 53 by lunchtime and 64 by evening": the toll
    # told in its successive figures, the last of which is the latest
    (rf"\b(?P<what>death\s+toll|toll|number\s+of\s+(?:[\w-]+\s+)?(?:killed|dead|injured|wounded|hurt|deaths))\b"
     rf"[^.;:]{{0,80}}:\s*(?:(?:{ROUGH}\s+)?{NUMBER}\b{_UNLABELLED}[^,;.:]{{0,50}}?(?:,\s*(?:and\s+)?|\s+and\s+))+"
     rf"{_N}\b{_UNLABELLED}", "toll"),
    # "killing a man and a woman", "wounding the driver and four passengers", "killing him"; "killed a woman and
    # two children and wounded 74", "killed a man and injured his wife and son": each verb's victims
    (r"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+"
     r"(?P<np>(?:an?|one|the|his|her|its|their|him|her)\b[^,.;]{0,50}?)"
     r"(?=\s+and\s+(?:injur|wound|kill|hurt|setting|damaging)|\s*[,.;]|\s+(?:in|on|at|when|as|near)\s|$)", "np"),
    # "a 7-year-old girl and her mother were injured", "a woman was slightly injured", "a woman, 54, and her son"
    (rf"(?P<np>\b(?:an?|one|the)\s+(?:[\w-]+\s+){{0,3}}?{VICTIM}{_AGED}{_WHOSE}(?:\s+and\s+(?:an?|her|his|their|the|one|"
     rf"{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{VICTIM}{_AGED})?)\s+(?:were|was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
     rf"(?P<what>{_KILLED}|{_INJURED})\b", "np"),
    # "resulting in the deaths of six people and injuries to eight", "led to the death of two", "claimed the lives of 3"
    (rf"\b(?:(?P<what>deaths?|lives)\s+of|(?P<what2>injur(?:y|ies))\s+to)\s+{_N}\b(?!\s*(?:%|per\s*cent))", "number"),
    # "the strike claimed three lives", "costing 12 lives"
    (rf"\b(?:claimed|claiming|cost|costing|took|taking)\s+{_N}\s+(?P<what>lives)\b", "number"),
    # "medics treated six people who were lightly injured", "treated at least eight people for light injuries"
    (rf"\btreated\s+{_N}\s+(?:[\w-]+\s+)?{VICTIM}\s+(?:for\s+(?:[\w-]+\s+){{0,2}}?(?P<what>injuries|wounds)|who\s+"
     rf"(?:were|had\s+been)\s+(?:\w+ly\s+)?(?P<what2>injured|wounded|hurt))\b", "number"),
    # ... and the count a rescue service gives of those it treated, told with no injury ("the rescue service said its
    # crews had treated 52 people", "paramedics treated 30 civilians at the scene"); those treated for anxiety or hurt
    # running to shelters are set aside as for any injured (``NOT_ATTACK_INJURY``)
    (rf"\b(?P<what>treated)\s+{_N}\s+(?:[\w-]+\s+)?(?:{VICTIM}|wounded|injured|casualties)\b", "number"),
    # the injured told by the care they were given: "medics took 61 people to hospitals", "hospitals in the centre
    # had admitted more than 80 people"
    # (not "evacuated 30 patients to other hospitals" from a struck one)
    (rf"\b(?:took|taken|taking|brought|rushed)\s+{_N}\s+(?!(?:[\w-]+\s+)?patients\b)(?:(?:[\w-]+\s+)?{VICTIM}\s+)?"
     rf"to\s+(?:[\w'’-]+\s+){{0,3}}?(?P<what>hospitals?|clinics?)\b", "number"),
    (rf"\b(?P<what>hospitals?|clinics?)\b[^.;]{{0,60}}?\b(?:admitted|received)\s+{_N}\s+(?:(?:[\w-]+\s+)?{VICTIM}|"
     rf"wounded|injured)\b", "number"),
    # "The only confirmed death was that of a man in Jericho", "he is so far the only reported death": a toll of one
    (r"\b(?:the|its|their)\s+only\s+(?:(?:confirmed|known|reported|recorded)\s+)?(?P<what>death|fatality)"
     r"(?:\s+(?:reported|confirmed|recorded)(?:\s+so\s+far)?)?\s+(?:was|is|has\s+been)\b|"
     r"\b(?:is|was)\s+(?:so\s+far\s+)?the\s+only\s+(?:(?:confirmed|known|reported|recorded)\s+)?(?P<what2>death|fatality)\b",
     "only"),
    # "the only serious casualty was a girl, badly wounded by shrapnel": one injured
    (r"\bthe\s+only\s+(?:(?:serious|confirmed|known|reported)\s+)?(?:casualty|injury)\s+was\b[^.;]{0,80}?"
     r"\b(?P<what>wounded|injured|hurt)\b", "only"),
    # "a sixth body was recovered", "a tenth person had died in hospital": the toll so far, told by its last
    (ORDINAL_TOLL.pattern, "ordinal"),
    # "with more than 160 people injured", "killed and 44 injured", "and at least eight injured"
    (rf"(?:\band|\bwith|,)\s+{_N}(?:\s+(?:more\s+)?{VICTIM})?\s+(?P<what>injured|wounded|hurt|dead|killed)\b", "number"),
]
# remembered: each is searched in every piece of every sentence, and most pieces hold none of its words
CASUALTY_RE = [(remembered(p, re.IGNORECASE), kind) for p, kind in _CASUALTY_PATTERNS]
# "several people were killed in Sumy": no figure, but it means a sum over places would be short
VAGUE_CASUALTY = remembered(
    rf"\b{VAGUE}(?:\s+of)?\s+(?:more\s+)?(?:[\w-]+\s+)?{VICTIM}\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    rf"(?:\w+ly\s+)?(?P<what>{_KILLED}|{_INJURED})\b", re.IGNORECASE)
# "no one was", "nobody has been", "no-one were", "No Americans or Qataris were": no victim, said before the verb
# that tells what befell them (a people named by its plural, capitalised)
_NO_ONE_WAS = (r"no(?:\s*-?\s*one|body|\s+(?-i:[A-Z][a-z]+s)(?:\s+or\s+(?-i:[A-Z][a-z]+s))?)\s+"
               r"(?:was|were|has\s+been|had\s+been)\s+")
_HURT = r"(?:injured|hurt|wounded)"
# "no reports of damage or casualties", "no immediate reports of casualties": damage told beside them
_REPORTS_OF = r"no\s+(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?(?:damage\s+or\s+)?"
ZERO_BOTH = remembered(r"\b(?:no\s+(?:(?:damage|destruction)\s+or\s+)?(?:casualties|victims)|"
                        r"without\s+(?:causing\s+|inflicting\s+)?(?:any\s+)?casualties|"
                        # "there were no immediate reports of casualties": neither killed nor injured
                        rf"{_REPORTS_OF}casualties|"
                        r"no\s+(?:deaths|fatalities)\s+or\s+injuries|no\s+injuries\s+or\s+(?:deaths|fatalities)|"
                        # "fell inside the base without causing any injuries or deaths"
                        r"without\s+(?:causing\s+|inflicting\s+)?(?:any\s+)?(?:(?:deaths|fatalities)\s+or\s+injuries|"
                        r"injuries\s+or\s+(?:deaths|fatalities))|"
                        rf"{_NO_ONE_WAS}(?:{_HURT}\s+or\s+killed|killed\s+or\s+{_HURT}))\b", re.IGNORECASE)
ZERO_KILLED = re.compile(rf"\b(?:{_NO_ONE_WAS}killed|no\s+(?:deaths|"
                          r"fatalities|dead)|no\s+one\s+died|nobody\s+died|without\s+(?:deaths|fatalities)|"
                          rf"{_REPORTS_OF}(?:deaths|fatalities))\b", re.I)
ZERO_INJURED = re.compile(rf"\b(?:{_NO_ONE_WAS}{_HURT}|"
                           r"no\s+(?:injuries|injured|wounded)|without\s+(?:causing\s+|inflicting\s+)?(?:any\s+)?injur(?:y|ies)|"
                           # "no reports of injuries from impacts": none hurt by the attack itself
                           r"no\s+(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?(?:injuries|injured|wounded))\b", re.I)
# a zero said of the whole attack, not of the place a paragraph tells of: "No casualties were reported from
# Monday's attack", "no casualties have been reported in any of the attacks"
ZERO_OF_ATTACK = re.compile(r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:(?:immediately\s+)?reported\s+)?"
                            r"(?:from|in|during|after)\s+(?:any\s+of\s+|either\s+of\s+|all\s+)?"
                            r"(?:the|that|this|these|those|(?-i:[A-Z][a-z]+day)['’]s)\s+(?:[\w-]+\s+)?"
                            r"(?:attacks?|strikes?|raids?|barrage|assault|shelling)\b", re.IGNORECASE)
# One local official who tells of a zero: "he added that there were no casualties", "Golubev said", "the mayor said",
# "according to him", "the region's governor said". Such a zero is of the official's own area; in an attack on
# several regions it tells nothing of the rest. Who speaks is told by a title, not by a name: a ministry's, a state's
# or officials' word is no local official's, nor is a president's or a minister's ("President Zelensky said there were
# no casualties"), and a name that speaks ("Golubev said") is a local official's only when the article gives it a
# local title ("Governor Vasily Golubev", "Oleksandr Vilkul, head of the city's military administration").
_SAYS = r"(?:said|says|added|adds|wrote|writes|reported|reports|stressed|noted|told)"
_TITLED = re.compile(rf"\b(?:(?P<local>{lexicon.LOCAL_TITLES})|(?P<national>{lexicon.NATIONAL_TITLES}))\b", re.I)
_LOCAL_BODY = re.compile(rf"\b{lexicon.LOCAL_BODIES}\b", re.I)
_PRONOUN_SAYS = re.compile(rf"\b(?:he|she)\s+{_SAYS}\b|\baccording\s+to\s+(?:him|her)\b", re.I)
_NAME_SAYS = re.compile(rf"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+[a-z])\s+(?i:{_SAYS})\b|"
                        r"\b(?i:according\s+to)\s+(?P<after>[A-Z][a-z'’-]+[a-z])(?![\w-])")


def _title_of(name: str, text: str) -> str | None:
    """The kind of title ("local" or "national") the article first gives a name: before it ("Governor Vasily
    Golubev", "Head of the Republic of Crimea Sergei Aksyonov", "the republic's head, Rustam Minnikhanov",
    "Defence Minister Andrii Sybiha") or in an aside after it ("Oleksandr Vilkul, head of the city's military
    administration"); None when it gives none."""
    esc = re.escape(name)
    found = [m for m in (
        *re.finditer(rf"\b(?:(?P<local>{lexicon.LOCAL_TITLES})|(?P<national>{lexicon.NATIONAL_TITLES}))"
                     rf"(?:,?\s+(?:(?i:of|for|the)|(?-i:[A-Z])[\w'’.-]*)){{0,6}}?,?\s+{esc}(?![\w-])", text, re.I),
        *re.finditer(rf"(?<![\w-]){esc},\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,4}}?"
                     rf"(?:(?P<local>{lexicon.LOCAL_TITLES})|(?P<national>{lexicon.NATIONAL_TITLES}))\b", text, re.I))]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return "local" if first.group("local") else "national"


def local_speaker(sentence: str, before: str) -> bool:
    """Whether a sentence that tells a zero gives it as one local official's word: a local title or a local body
    in the sentence ("Governor Oleh Kiper said", "the city military administration said"), a name the article
    gives a local title ("Kiper said"), or "he said" after a local official or a speaker with no title (not after
    "President Zelensky"). ``before`` is the article's text before the sentence."""
    titles = list(_TITLED.finditer(sentence))
    if any(m.group("local") for m in titles) or _LOCAL_BODY.search(sentence):
        return True
    for m in _NAME_SAYS.finditer(sentence):
        if _title_of(m.group("name") or m.group("after"), before + " " + sentence) == "local":
            return True
    said = _PRONOUN_SAYS.search(sentence)
    if said is None:
        return False
    # "he said": the speaker is the one last given a title before the pronoun
    last = [*_TITLED.finditer(before[-600:]), *(m for m in titles if m.start() < said.start())]
    return not (last and last[-1].group("national"))


# A toll over more than this attack: the whole war, a campaign, a span of days. Said after the figure:
# "has killed more than 10,000 civilians since 2022", "killed 28 people over the course of the 12-day war";
# "since this morning's strike" is still the attack's own.
_POSSESSIVE_DAYS = "|".join(f"{d.capitalize()}'s" for d in dates.WEEKDAYS)
_MONTH_NAME = "(?:" + "|".join(m.capitalize() for m in dates.MONTHS) + ")"
_SINCE = (rf"since\s+(?!(?:risen|rose|climbed|grown|increased|reached|jumped|gone|been|died)\b)"
          rf"(?!(?:the|this|that|{_POSSESSIVE_DAYS})\s+(?:[\w-]+\s+){{0,2}}?(?:attacks?|strikes?|"
          r"barrage|raid|morning|evening|night|afternoon|hours|explosions?|blasts?)\b"
          # ... but "since the night of May 6-7" starts a span at a dated night
          rf"(?!\s+of\s+(?:\d|{_MONTH_NAME})))"
          rf"(?!then\b|{lexicon.DAYBREAK}\b)(?=[\w'’]+)")
# a daily round-up: "killed seven and injured 31 over the past day", "Over the previous day, one person was killed"
# ... and a monthly report's: "286 civilians were killed and 1,388 injured during the month"
_PERIOD_TOLL = (r"(?:(?:over|in|during|for)\s+(?:the\s+)?(?:(?:past|previous|last)\s+(?:day|24\s+hours|week|month|"
                r"\w+\s+(?:days|weeks|nights))|(?:two|three|four|five|six|seven|ten|\d+)\s+(?:days|weeks|nights|months))|"
                r"(?:during|throughout|over)\s+the\s+(?:whole\s+|entire\s+)?(?:month|year|reporting\s+period))")
# "killed in the war", "over the course of the 12-day war": the war a toll is counted over
_IN_WAR = (r"(?:in|during|throughout|over\s+the\s+course\s+of)\s+the\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|"
           r"full-scale\s+invasion|campaign)|so\s+far\s+in\s+the\s+war")
# ... a span that holds the report's day: "78 civilians have been killed this month" (not "this week's strike")
_THIS_SPAN = r"(?<!earlier\s)(?<!later\s)(?:so\s+far\s+)?this\s+(?:week|month|year)\b(?!['’])"
# ... and a figure told as holding the attack's own toll among others: "24 civilians have been killed, a figure that
# includes Saturday's victims"
_TOLL_INCLUDES = r"(?:figure|toll|tally|total|count|number)\s+(?:that|which)\s+(?:also\s+|now\s+)?includes?"
# the other half of a pair, between a figure and the span told after both: "40 killed and 121 injured in attacks on
# the region since ..."
_PAIR_HALF = r"(?:,?\s+and\s+(?:[\w,-]+\s+){1,3}?(?:injured|wounded|hurt|killed|dead)\b)?"
_LONGER_TOLL_AFTER = re.compile(
    rf"^{_PAIR_HALF}[^.;]{{0,40}}?\b(?:{_SINCE}|{_IN_WAR})\b|^[^.;]{{0,100}}?\b{_PERIOD_TOLL}\b|^[^.;,]{{0,20}}?\b{_THIS_SPAN}|"
    rf"^[^.;]{{0,80}}?\b{_TOLL_INCLUDES}\b", re.I)
# ... and said before it: "the running total since the full-scale invasion now stands at 13,580 civilians
# killed", "Israel's offensive in Gaza has killed more than 36,000", "Since November, the group has ... killed four"
_LONGER_TOLL_BEFORE = re.compile(
    r"\b(?:running|cumulative|overall)\s+(?:death\s+|casualty\s+)?(?:total|toll|tally)\b[^.;]{0,150}$|\bcumulatively\b[^.;]{0,150}$|"
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+)?the\s+(?:full-scale\s+)?(?:invasion|war)\b[^.;]{0,150}$|"
    # ... and "the campaign, Operation Rough Rider, has killed more than 200": a name or an aside between commas
    r"\b(?:war|offensive|campaign|invasion|conflict|bombardment|military\s+operations?)\b(?:,[^.;,]{1,60},)?"
    rf"[^.;,]{{0,40}}?\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?$|^\W*{_SINCE}(?:[^,.;]|\.(?=\s\d)){{0,60}},[^.;]*$|"
    # "the Israeli toll since Friday stands at 13 killed": a toll that names its span
    rf"\b(?:toll|tally|total|number\s+of\s+[\w-]+)\s+{_SINCE}[^,.;]{{0,60}}$|"
    # "The 14-month war killed more than 4,000 people": a war, the subject of its clause, told by its toll
    r"(?:^|[,;:]\s)\W*(?:the|a|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:war|conflict)\s+(?:also\s+)?$|"
    rf"\b{_PERIOD_TOLL}\b[^.;]{{0,100}}$|"
    # a monitor's count for a month: "in March 2025 it recorded at least 164 civilians killed"
    rf"\b(?:in|during|for)\s+(?:the\s+month\s+of\s+)?{_MONTH_NAME}(?:\s+\d{{4}})?,?\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:recorded|documented|verified|registered|counted|confirmed)\b[^.;]{0,20}$", re.I)
# "the deadliest attack since the invasion", "the first ... since 2022": a comparison, not the span of a toll
COMPARED_SINCE = remembered(r"(\b(?:largest|biggest|deadliest|heaviest|bloodiest|worst|first|highest|fiercest|"
                             r"most\s+\w+)\b[^.;]{0,80}?\b)since\b", re.I)
SINCE_RE = re.compile(rf"\b{_SINCE}", re.I)
# a toll that names its span or its war inside its own words ("raising the overall death toll since October 2023 to
# 49,617", "put the number of Palestinians killed in the war at more than 48,500")
_SPAN_INSIDE = re.compile(rf"\b(?:{_SINCE}|(?:{_IN_WAR})\b)", re.I)


# a count the report sets aside for a later one, or for its own: "the ministry initially reported 42 wounded", "it had
# given a provisional toll of three killed", "up from an earlier figure of 26 dead", "another group gave a higher toll,
# saying 61 died" (not the "then 38" after it, nor a
# figure past "but": "initially reported 54 killed, but said the number had risen to 100")
_SUPERSEDED = re.compile(
    r"\b(?:(?:initially|at\s+first|first|earlier|previously|originally)\s+(?:had\s+)?(?:reported|said|put|gave|given|"
    r"counted|spoke\s+of|announced)|(?:provisional|preliminary|earlier|initial|first|previous|original)\s+(?:death\s+)?"
    r"(?:tolls?|figures?|counts?|reports?|updates?|tall(?:y|ies)|estimates?)|"
    # "six killed and 83 wounded, updating a toll of three dead and 87 injured": the toll the new one replaces
    r"(?:updat|revis|correct|replac)ing\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?(?:death\s+)?"
    r"(?:tolls?|figures?|counts?|tall(?:y|ies))\s+of|"
    # "Local authorities gave a higher toll, saying 61 people had died": another source's figure beside the toll
    r"(?:gave|giving|gives|cited|citing)\s+(?:a|an)\s+(?:higher|lower|different|larger|smaller)\s+(?:death\s+)?"
    r"(?:toll|figure|count|number|tally|estimate)|"
    r"^\W*earlier\b[^.;]{0,60}?\bhad\s+(?:reported|said|given|put|counted|spoken\s+of))\b"
    r"(?:(?!\b(?:then|before|but|later|now|until|while)\b)[^;.])*$", re.I)


def superseded(before: str) -> bool:
    """Whether the words before a casualty figure tell it as a count since replaced by a later one ("Al-Masirah
    first reported two dead and 42 wounded; by Tuesday ... 39 injured"): the later count is the toll."""
    return bool(_SUPERSEDED.search(before[-160:]))


def told_earlier(before: str) -> bool:
    """Whether the words before a casualty figure date it back from the report ("Earlier this month, a strike on
    the depot killed one", "a drone strike in Baghdad last week that killed a commander"): at the head of the
    sentence, or in the figure's own clause. A day of the month said with it ("On 2 April last year") dates the
    attack it tells, which is left to that date's event."""
    if dates.DAY_OF_MONTH.search(before):
        return False
    for m in lexicon.EARLIER_RELATIVE.finditer(before):
        if (m.start() <= 25 and not re.search(r"[.;:]", before[:m.start()])) or \
                not re.search(r"[,;:—–]", before[m.end():]):
            return True
    return False


# a bare year before the report's, said in a toll's own clause ("the 1983 bombing of the barracks, which killed
# 241"); not the start of a span ("since 2022", "from 2014"), which tells a running toll, nor a month's year ("a
# July 2024 attack that killed more than 30"), which dates an attack the article tells
_YEAR = re.compile(rf"(?<!\bsince\s)(?<!\bfrom\s)(?<!\buntil\s){_MONTH_BEFORE}\b(?P<y>19[4-9]\d|20[0-4]\d)\b"
                   r"(?!\s*[-–]\s*\d)", re.I)


def told_in_earlier_year(before: str, published: date | None) -> bool:
    """Whether the words before a casualty figure, in its sentence and short of a semicolon, date what it tells
    to a bare year before the report's ("In 2019, after a suicide bombing killed 40 paramilitary police",
    "wanted for the 1983 bombing of the Marine barracks, which killed 241"): another event's toll. A day or a
    month said with it dates an attack the article tells, which is left to that date's event."""
    if published is None:
        return False
    clause = before.split(";")[-1]
    if dates.DAY_OF_MONTH.search(clause):
        return False
    return any(int(m.group("y")) < published.year for m in _YEAR.finditer(clause))


# "78 people were killed and more than 320 wounded in Israel's strikes", "killed by Iranian missiles": the attack a
# toll is told of, named after it by whose it is
_TOLL_OF = re.compile(rf"^[^.;:()]{{0,70}}?\b(?:in|by|from|during)\s+(?:the\s+)?(?:(?P<own>{lexicon.COUNTRY_PATTERN})['’]s|(?P<nat>{lexicon.NATIONALITY_PATTERN}))"
                      rf"\s+(?:[\w-]+\s+){{0,2}}?(?:strikes?|air\s*strikes?|airstrikes?|attacks?|bombardment|bombing|"
                      rf"raids?|barrages?|{ANY_HEAD}|rockets?)\b")


def toll_of(after: str) -> str | None:
    """The state whose attack a casualty figure is told of, when the words after it name it ("killed in Israel's
    strikes", "wounded by Russian drones"); None when they name none."""
    m = _TOLL_OF.match(after)
    if m is None:
        return None
    return COUNTRY_WORDS.get(re.sub(r"^the\s+", "", (m.group("own") or m.group("nat")).lower()))


# the place a casualty figure's clause tells it at, by a country's name or its people's: "an explosion in a Polish
# village near the border killed two", "a grain store in a village in eastern Poland was hit, killing two farm
# workers" (not "talks on a ceasefire in Gaza", which places no strike)
_ABROAD = re.compile(r"\b(?:an?|the)\s+(?P<dem>[A-Z][a-z]+)\s+(?:border\s+)?(?:village|town|city|farm|region|province|"
                     r"port|airport)\b|\b(?:village|town|city|farm|settlement|area|region|province|district)\s+in\s+"
                     r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|"
                     r"south-?west)ern\s+|central\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!['’]s)")


def told_abroad(before: str) -> str | None:
    """The country the words before a casualty figure, in its own clause, place it in ("an explosion in a Polish
    village killed two", "a village in eastern Poland, killing two"), by the last place so named; None when they name none."""
    clause = re.split(r"[;:]", before)[-1][-200:]
    for m in reversed(list(_ABROAD.finditer(clause))):
        name = lexicon.DEMONYMS.get(m.group("dem").lower()) if m.group("dem") else m.group("name")
        if name is None:
            continue
        try:
            return country_code(name)
        except ValueError:
            continue
    return None


# where a toll's own clause begins and ends: "..., and days after an Israeli strike on a building killed 45"
_CLAUSE_EDGE = re.compile(r"[;:]|\s[—–]\s|\b(?:after|before|following)\b", re.I)


# what the report says a deadly event had nothing to do with: "an attack unrelated to the missile strike"
_UNRELATED = re.compile(r"\b(?:unrelated|not\s+(?:related|connected|linked))\s+(?:to|with)\b", re.I)


def other_kind_of_event(before: str, after: str) -> bool:
    """Whether the clause of a casualty figure tells a deadly event of another kind, and no attack from the air:
    "seven people were killed when two gunmen opened fire", "pagers exploded across the country, killing 39"
    (not "a drone hit the station after gunmen had fled"). An air attack the clause says the event was unrelated
    to is no air attack of the clause ("gunmen opened fire, killing seven, in an attack unrelated to the missile
    strike")."""
    edges = list(_CLAUSE_EDGE.finditer(before))
    head = before[edges[-1].end():] if edges else before
    after = _UNRELATED.split(after, 1)[0]  # "..., in an attack unrelated to the missile strike": not its words
    end = _CLAUSE_EDGE.search(after)
    clause = head + " " + (after[:end.start()] if end else after)
    if not lexicon.NOT_AERIAL_EVENT.search(clause):
        return False
    if not AERIAL.search(clause):
        return True
    # "shortly before the missiles were fired, two gunmen opened fire at a stop, killing seven": the event named
    # last before the figure, past the comma after the air attack's words, is the toll's
    other = [m.start() for m in lexicon.NOT_AERIAL_EVENT.finditer(head)]
    aerial = [m.end() for m in AERIAL.finditer(head)]
    return bool(other) and (not aerial or other[-1] > aerial[-1] and "," in head[aerial[-1]:other[-1]]) \
        and not AERIAL.search(after[:end.start()] if end else after)


# "24 people had been killed in the Israeli strikes over the past day": a day's toll of one side's strikes
_DAY_OF_STRIKES = re.compile(r"^([^.;]{0,100}?\b)(?:over|in|during|for)\s+the\s+(?:past|previous|last)\s+(?:day|24\s+hours)\b",
                             re.I)


def longer_toll(before: str, inner: str, after: str) -> bool:
    """Whether a casualty figure counts over more than the attack: the war, a campaign, a span of days
    ("raising the overall death toll since October 2023 to 49,617" says it inside its own words). The past
    day, when the figure is told of a side's strikes or weapons ("wounded in attacks by Ukrainian drones over
    the past day"), is the day of that side's attack: its toll."""
    before, after = (COMPARED_SINCE.sub(r"\1after", t) for t in (before, after))
    day = _DAY_OF_STRIKES.match(after)
    if day and toll_of(day.group(1)):
        after = day.group(1)
    return bool(_LONGER_TOLL_AFTER.search(after) or _LONGER_TOLL_BEFORE.search(before) or _SPAN_INSIDE.search(inner))


# the clause a figure's "and (that)" or "with" goes on from: "... since Friday morning had reached 224, and that
# 1,277 others had been wounded"
_PAIRED_AFTER = re.compile(r"([^.;:]*\d[^.;:]*?)\b(?:and(?:\s+that)?|with)\s+$", re.I)


def paired_with_longer(before: str, phrase: str) -> bool:
    """Whether a casualty figure is the second half of a pair whose first half names the span it counts over
    ("the number killed since Friday morning had reached 224, and that 1,277 others had been wounded"): the
    injured of the same span, whichever figure is read first. ``phrase`` is the figure's own words, which may
    open with the joining word ("with more than 380 wounded")."""
    joined = re.match(r"(?:and|with)\s+", phrase, re.I)
    m = _PAIRED_AFTER.search(before[-250:] + (joined.group() if joined else ""))
    return m is not None and bool(_SPAN_INSIDE.search(COMPARED_SINCE.sub(r"\1after", m.group(1))))


# "40 missiles, including six Kinzhals", "34 missiles overnight – nine Kh-59s, four Kinzhals…": parts follow a total
_PARTS_FOLLOW = re.compile(r"\b(?:including|among\s+them|incl\.)\s|^[^;:–—\n]*?(?:\s[-–—]\s|:\s|\s\()", re.I)
_DASH = re.compile(r"\s[-–—]\s")


def parts_follow(masked: str, earlier: int, between: str) -> bool:
    """Whether the text ``between`` a figure (ending at ``earlier``) and the next opens a list of its parts: "40
    missiles, including six Kinzhals", "94 targets: 88 drones and six missiles". A dash that closes a pair
    ("112 targets — 48 missiles and 64 drones — while another 68 drones were lost") opens none."""
    if not _PARTS_FOLLOW.search(between) or re.search(r";(?!\s*[-–—•])", between):
        return False
    dash = _DASH.search(between)
    line = masked[:earlier].split("\n")[-1]
    stamp = ENTRY_STAMP.match(line)  # "17:15 — The Air Force says ...": a liveblog entry's time stamp opens no pair
    opened = len(_DASH.findall(line[stamp.end() if stamp else 0:])) % 2 == 1
    return not (dash and opened and not re.search(r"\b(?:including|among\s+them|incl\.)\s|:\s|\s\(", between))


SUBSET = re.compile(r"\b(?:among|including|of\s+them|of\s+whom|among\s+them)\s*$", re.I)
TOTAL = re.compile(r"\b(?:in\s+all|in\s+total|altogether|overall|nationwide|across\s+the\s+country|across\s+(?:Ukraine|"
                    r"Russia|Israel|Iran)|anywhere|in\s+either|either\s+region|throughout\s+the\s+country|"
                    r"country-?wide|(?:total|national)\s+(?:death\s+)?toll)\b", re.I)
AERIAL = re.compile(rf"\b(?:{ANY_HEAD}|air\s*strikes?|airstrikes?|aircraft|warplanes|jets|aerial|air\s+attack|"
                     rf"glide|guided\s+(?:aerial\s+)?bombs?)\b", re.I)
_SINGULAR = re.compile(r"^(?:an?|one|the|his|her|its|their|him|her)\b", re.I)

# "25 had been injured; by Monday, the figure had risen to more than 40": a figure told again, grown, with no
# casualty word of its own (it takes the kind of the casualty figure told just before it)
FIGURE_RAISED = remembered(rf"\b(?:(?:rais|revis|updat|br[io]ng|push|lift)(?:ing|ed|ght)\s+(?:it|that|the\s+figure|"
                            rf"that\s+figure|the\s+number|the\s+count)\s+(?:up(?:ward)?\s+)?to|,?\s*(?:and\s+)?then\s+to)\s+{_N}\b",
                            re.I)
# a further strike of the same attack, told by its raid or by its weapon ("A third bomb struck a residential area
# about 20 minutes later, injuring two people"): its toll adds to the one told before
FURTHER_STRIKE = re.compile(rf"\b(?:an?|the)\s+(?:{ORDINAL}|further|separate|subsequent)\s+"
                             rf"(?:[\w-]+\s+){{0,2}}?(?:strikes?|attacks?|raids?|barrages?|waves?|{ANY_HEAD})\b|"
                             r"\banother\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|raids?)\b(?![^,.;]{0,40}\b(?:that|which)\b)", re.I)
# a count in the perfect ("639 people have been killed", "has counted 639 dead") and the words by which a sentence
# tells an attack of its own ("a strike on the port killed 12")
RUNNING_ON = re.compile(r"\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?(?:been\s+(?:\w+\s+)?(?:killed|wounded|injured)|"
                         r"counted|recorded|documented|registered)\b", re.I)
OWN_ATTACK = re.compile(r"\b(?:strikes?|struck|attacks?|attacked|raids?|hit|bomb(?:ed|ing)?|barrage|missiles?|drones?|"
                         r"rockets?|shell(?:s|ing)?)\b(?!\s+(?:since|over|during|in\s+the\s+war))", re.I)
# a victim told as one more than those counted before: "a civilian had also been killed", "a woman also died"
VICTIM_ADDED = re.compile(r"\balso\s+(?:been\s+)?(?:killed|died|injured|wounded|hurt)\b", re.I)
# the verbs by which a toll grows ("the toll rose to more than 40"), as against another source's figure for it
_ROSE = r"risen|rose|climbed|increased|grown|grew|jumped|reached|gone\s+up|went\s+up"  # a toll that grew
RISING = re.compile(rf"\b(?:{_ROSE}|rising|raised|raising|bringing|brought|mounted)\b", re.I)
# ... and told in the passive, or with who set it beside it: "the figure had been revised to more than 40", "a
# number officials later raised to 40", "local officials said their count had reached 165"
_SET_AGAIN = r"(?:revised|raised|updated)(?:\s+up(?:ward)?)?\s+to"
FIGURE_ROSE = re.compile(rf"\b(?:(?:the|that|this|their|its)\s+(?:figure|number|count|tally)\s+(?:had\s+|has\s+|later\s+)?"
                          rf"(?:{_ROSE}|(?:later\s+)?been\s+(?:later\s+)?{_SET_AGAIN})|"
                          rf"\ban?\s+(?:figure|number|count)\s+(?:[\w-]+\s+){{1,2}}?(?:later\s+)?{_SET_AGAIN})"
                          rf"\s+(?:to\s+)?{_N}\b", re.I)


def casualty_field(m: re.Match, kind: str) -> str | None:
    if kind == "ordinal":
        return "killed"
    if kind == "only":
        return "injured" if m.group("what") in ("wounded", "injured", "hurt") else "killed"
    groups = m.groupdict()
    word = (groups.get("what") or groups.get("what2") or groups.get("verb") or "").lower()
    if re.match(r"(?:death\s+toll|toll$)", word) or re.search(r"killed|dead|died|lives|deaths|victims|martyr|buried",
                                                               word):
        return "killed"
    if re.search(r"kill", word):
        return "killed"
    if re.search(r"casualt", word):
        return None  # "the number of casualties rose to 80" counts the dead and the injured together
    if re.search(r"injur|wound|hurt|hospital|medical|treat", word):
        return "injured"
    return None


@dataclass(frozen=True)
class Victims:
    """A casualty phrase read from the parse, answering as a pattern's match does."""

    begin: int
    finish: int
    what: str
    value: int

    def start(self, group: str | None = None) -> int:
        return self.begin

    def end(self, group: str | None = None) -> int:
        return self.finish

    def groupdict(self) -> dict[str, str]:
        return {"what": self.what}

    def group(self, name: str | int = 0) -> str | None:
        return self.what if name == "what" else None


BEFORE_AFTER = re.compile(r"\b(?:after|before|following)\b", re.I)
# ... and the members of an armed group that its enemy's forces say they killed ("killing two senior Hamas figures")
_GROUP_MEMBERS = "|".join(re.escape(w) for w in lexicon.GROUP_WORDS)
MILITARY_VICTIMS = re.compile(r"[^.;]*?\b(?:servicemen|soldiers|troops|commanders|officers|militants|fighters|"
                               r"military\s+personnel|instructors|mercenaries|operatives|terrorists|"
                               rf"(?:{_GROUP_MEMBERS})\s+(?:figures|officials|members|leaders))\b", re.I)
# "more than 100 terrorists had died in the strikes": victims so called are counted by the side that struck them,
# a claim that gives way to any other toll
TERRORISTS = re.compile(rf"^(?:[\w,-]+\s+){{0,3}}?(?:{NUMBER}\s+)(?:[\w-]+\s+)?terrorists\b", re.I)
_FORCES = re.compile(r"\b(?P<who>[A-Z][\w-]+)(?:'s|’s)?\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|army|"
                     r"military|armed\s+forces|general\s+staff)\b(?=[^.;]{0,60}?\b(?:said|says|claimed|claims|"
                     r"reported|announced|stated|saying)\b)", re.I)


def attackers_forces(sentence: str) -> str | None:
    """The state whose ministry or forces the sentence quotes ("Russia's Defence Ministry claimed"); a
    figure of enemy soldiers killed that they give is the attacker's own claim, not a casualty toll."""
    for m in _FORCES.finditer(sentence):
        code = COUNTRY_WORDS.get(m.group("who").lower()) or lexicon.CAPITALS.get(m.group("who").lower())
        if code:
            return code
    return None
_DATED = re.compile(rf"\b(?:{'|'.join(dates.WEEKDAYS)}|{'|'.join(dates.MONTHS)}|yesterday|last\s+(?:week|month|night)|"
                    r"\d{1,2}\s+(?:days|weeks)\s+ago)\b", re.I)


def names_a_day(clause: str) -> bool:
    """Whether a clause dates what it tells ("on Friday, April 4", "Monday's drone strike", "last week")."""
    return bool(_DATED.search(clause) or lexicon.OTHER_TIME.search(clause))
CASUALTY_VERB = re.compile(r"\b(?:killed|died|martyred|injured|wounded|hurt|hospitali[sz]ed|(?:taken|rushed|admitted|brought|"
                            r"evacuated|transferred)(?=\s+(?:[\w-]+\s+){0,3}?(?:to|in|into)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:hospitals?|clinics?)\b))\b", re.I)


_PART = re.compile(rf"(?<![\w-]){NUMBER}(?![\w-])", re.IGNORECASE)


def casualty_value(m: re.Match, kind: str) -> int | None:
    if kind == "parsed":
        return m.value
    if kind == "np":
        return _count_people(m.group("np"))
    if kind == "ordinal":
        return ordinal(m.group("n"))
    if kind == "only":
        return 1
    if m.groupdict().get("parts"):  # "the death toll: 2 children, 3 women and 5 men"
        values = [parse(part.group()) for part in _PART.finditer(m.group("parts"))] + [parse(m.group("n"))]
        return None if None in values else sum(values)
    if kind == "named_and_others":  # the one named and those counted beside
        others = parse(m.group("n"))
        return others + 1 if others is not None else None
    if kind == "pair":
        first, second = parse(m.group("n")), 1 if m.group("one") else parse(m.group("n2"))
        return first + second if first is not None and second is not None else None
    return parse(m.group("n"))


def _count_people(np: str) -> int | None:
    """'a man and a woman' = 2, 'the driver and four passengers' = 5, 'him' = 1; None when unclear."""
    total = 0
    for part in re.split(r"\s*,\s*|\s+and\s+", re.sub(rf"{_AGE}|{_AGE_PLAIN}", "", np).strip()):
        if not part:
            continue
        first = part.split()[0].lower()
        n = parse(first) if first not in ("a", "an") else None
        if n is not None and first not in ("one",):
            total += n
        elif _SINGULAR.match(part) and not re.search(r"(?:people|children|residents|workers|men|women|others|staff|"
                                                     r"members|passengers|civilians)\b", part, re.I):
            total += 1
        else:
            return None
    return total or None

# the words that lead from a casualty figure to its place's name: "in", "at the", "in the town of"
IN_PLACE = r"(?:in|at)\s+(?:the\s+)?(?:(?:town|city|village|region)\s+of\s+)?"
# the next place's figure that shares the verb before: ", two in the town of", " and one more at"
_NEXT_PART = rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<n>{NUMBER})\s+(?:more\s+|others?\s+)?{IN_PLACE}"
_ELIDED_PART = re.compile(rf"\s*{_NEXT_PART}$", re.I)
# ... after a first part whose place the gazetteer does not hold: "in a village in western Ukraine and one in"
_ELIDED_AFTER_PHRASE = re.compile(rf"\s*(?:{VICTIM}\s+)?(?:in|at|near)\s+[^,.;\d]{{1,60}}?{_NEXT_PART}", re.I)


_ELIDED_TOTAL = re.compile(rf"^(?:\s+(?:in|at)\s+[^,.;]{{1,40}}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+){_N}\s+(?:{VICTIM}\s+)?(?:across\s+the\s+"
                           r"(?:country|region)|nationwide|countrywide|in\s+(?:all|total)|overall)\b", re.I)


# "nine people have been killed in the morning's attack, officials said: two in Mykolaiv, two in Odesa region": the
# places' figures listed after a colon are the parts of the figure before it
_PLACES_LISTED = re.compile(rf"^[^.;:\n]{{0,80}}:\s*(?:{NUMBER})\s+(?:{VICTIM}\s+)?{IN_PLACE}", re.I)


def places_listed(after: str) -> bool:
    """Whether the places' parts of a casualty figure are listed after a colon that follows it."""
    return bool(_PLACES_LISTED.match(after))


def elided_total(after: str) -> re.Match | None:
    """The total that shares a place's casualty phrase: "33 dead in Kyiv and more than 40 across the country"."""
    return _ELIDED_TOTAL.match(after)


def elided_parts(piece: str, end: int, seg_start: int, mentions: list[PlaceMention]) -> list[tuple[int, tuple[int, int], str]]:
    """The figures of further places that share a casualty phrase's verb: "three people were killed in Kharkiv
    and two in the Dnipropetrovsk region", "four died in Sumy, two in Okhtyrka and one in Trostianets"; each
    (figure, its span in the piece, its place)."""
    local = sorted(((p.start - seg_start, p.end - seg_start, p.place.name) for p in mentions
                    if p.struck and seg_start <= p.start < seg_start + len(piece)), key=lambda p: p[0])
    first = next((p for p in local if 0 <= p[0] - end <= 30 and re.fullmatch(
        rf"\s*(?:{VICTIM}\s+)?{IN_PLACE}", piece[end:p[0]], re.I)),
        None)
    parts: list[tuple[int, tuple[int, int], str]] = []
    if first is None:
        # "killing four people in a village in western Ukraine and one in Zaporizhzhia": the first part's place
        # is no place of the gazetteer, the next one's is
        found = next(((p, m) for p in local if 0 <= p[0] - end <= 120
                      and (m := _ELIDED_AFTER_PHRASE.fullmatch(piece, end, p[0]))), None)
        if found is None or parse(found[1].group("n")) is None:
            return []
        second, m = found
        parts.append((parse(m.group("n")), (m.start("n"), second[1]), second[2]))
        first = second
    last = first
    for place in local[local.index(first) + 1:]:
        m = _ELIDED_PART.fullmatch(piece, last[1], place[0])
        if m is None or parse(m.group("n")) is None:
            break
        parts.append((parse(m.group("n")), (m.start("n"), place[1]), place[2]))
        last = place
    return parts
