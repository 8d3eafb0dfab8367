"""English: the words strikewatch reads in English reporting, as data.

Everything here is a word list or a pattern of words; nothing here decides anything. The
reader (``strikewatch.extract``), the brief, the faithfulness check and the context reader
all import from this module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..remembered import remembered


@dataclass(frozen=True)
class Actor:
    """A state (or a group coded as the state it fights from) and the words that name it."""

    code: str  # ISO 3166-1 alpha-2 of the state it is coded as
    name: str  # how a brief names the state
    nationality: str  # how a brief names its forces ("Russian drones", "Houthi missiles")
    words: tuple[str, ...]  # lower-case words and phrases that name it in a text
    groups: tuple[str, ...] = ()  # those that name an armed group coded as this state, not the state itself


# Iraq's militias as a report names them by their patron, when it lays an attack on US troops in Iraq, Syria or
# Jordan at their door: "blaming radical Iran-backed militant groups", "carried out by militias backed by Iran's
# Revolutionary Guards". Plural nouns only: "the Iran-backed group" is the Houthis or Hezbollah, named by their names.
_MILITIA_NOUNS = ("militias", "militants", "militant groups", "armed groups", "factions")
IRAN_ALIGNED_MILITIAS: tuple[str, ...] = (
    *(f"{patron}-{tie} {noun}" for patron in ("iran", "iranian") for tie in ("backed", "aligned") for noun in _MILITIA_NOUNS),
    *(f"{noun} backed by iran" for noun in _MILITIA_NOUNS))
_MILITIA_NOUN = "|".join(n.replace(" ", r"\s+") for n in _MILITIA_NOUNS)
IRAN_ALIGNED_MILITIA_PATTERN = (rf"(?i:Iran(?:ian)?-(?:backed|aligned)\s+(?:{_MILITIA_NOUN})|(?:{_MILITIA_NOUN})\s+backed\s+by\s+"
                                rf"Iran)(?![\w-])")

# Non-state attackers are coded as the country they fight from: the Houthis as Yemen, Hezbollah as
# Lebanon, Hamas as the Palestinian territories, the Rapid Support Forces as Sudan, Iran's proxies in Iraq as Iraq.
ACTORS: tuple[Actor, ...] = (
    Actor("RU", "Russia", "Russian", ("russia", "russian", "russians")),
    Actor("UA", "Ukraine", "Ukrainian", ("ukraine", "ukrainian", "ukrainians")),
    Actor("IR", "Iran", "Iranian", ("iran", "iranian", "irgc", "revolutionary guards", "revolutionary guard corps",
                                    "islamic revolution guards corps")),
    Actor("IL", "Israel", "Israeli", ("israel", "israeli", "zionist regime", "zionist entity", "occupied palestine",
                                      "idf", "israel defense forces", "israel defence forces")),
    Actor("SY", "Syria", "Syrian", ("syria", "syrian")),
    Actor("LB", "Lebanon", "Lebanese", ("lebanon", "lebanese"), groups=("hezbollah",)),
    Actor("YE", "Yemen", "Houthi", ("yemen", "yemeni"), groups=("houthi", "houthis", "huthi", "huthis", "ansar allah")),
    Actor("BY", "Belarus", "Belarusian", ("belarus", "belarusian")),
    Actor("PS", "Gaza", "Palestinian", ("gaza", "palestinian"), groups=("hamas",)),
    # Iraq's militias: "Kataib Hezbollah" is not Lebanon's Hezbollah
    Actor("IQ", "Iraq", "Iraqi", ("iraq", "iraqi"),
          groups=("islamic resistance in iraq", "kataib hezbollah", "kata'ib hezbollah", "popular mobilisation forces",
                  "popular mobilization forces", *IRAN_ALIGNED_MILITIAS)),
    Actor("US", "the United States", "US", ("us", "u.s.", "united states", "american")),
    Actor("SD", "Sudan", "Sudanese", ("sudan", "sudanese", "paramilitary"), groups=("rsf", "rapid support forces")),
    Actor("IN", "India", "Indian", ("india", "indian")),
    Actor("PK", "Pakistan", "Pakistani", ("pakistan", "pakistani")),
    Actor("AF", "Afghanistan", "Afghan", ("afghanistan", "afghan")),
    Actor("GB", "the United Kingdom", "British", ("britain", "british", "united kingdom", "uk", "u.k.", "raf",
                                                "royal air force")),
    Actor("TR", "Turkey", "Turkish", ("turkey", "turkish", "türkiye")),
    Actor("JO", "Jordan", "Jordanian", ("jordan", "jordanian")),
    Actor("MM", "Myanmar", "Myanmar", ("myanmar", "burmese", "tatmadaw")),
    Actor("AZ", "Azerbaijan", "Azerbaijani", ("azerbaijan", "azerbaijani")),
    Actor("AM", "Armenia", "Armenian", ("armenia", "armenian")),
    Actor("SA", "Saudi Arabia", "Saudi", ("saudi arabia", "saudi")),
    Actor("AE", "the United Arab Emirates", "Emirati", ("uae", "united arab emirates", "emirati")),
    Actor("QA", "Qatar", "Qatari", ("qatar", "qatari")),
    Actor("SO", "Somalia", "Somali", ("somalia", "somali")),
    Actor("ET", "Ethiopia", "Ethiopian", ("ethiopia", "ethiopian")),
    Actor("ML", "Mali", "Malian", ("mali", "malian")),
    Actor("BF", "Burkina Faso", "Burkinabe", ("burkina faso", "burkinabe", "burkinabè")),
    Actor("TH", "Thailand", "Thai", ("thailand", "thai")),
    Actor("KH", "Cambodia", "Cambodian", ("cambodia", "cambodian")),
    Actor("NG", "Nigeria", "Nigerian", ("nigeria", "nigerian")),
    Actor("CO", "Colombia", "Colombian", ("colombia", "colombian")),
    Actor("LY", "Libya", "Libyan", ("libya", "libyan")),
)
COUNTRY_WORDS: dict[str, str] = {w: a.code for a in ACTORS for w in a.words + a.groups}
# The armed groups' names: what "the group", "the movement" or "the rebels" later in a report stand for ("Hours
# later, the group said it had fired a missile at Ben Gurion airport")
GROUP_WORDS: tuple[str, ...] = tuple(w for a in ACTORS for w in a.groups)
GROUPS_OF_ACTORS = frozenset(GROUP_WORDS) | {a.nationality.lower() for a in ACTORS if a.nationality.lower() in GROUP_WORDS}
COUNTRY_NAME: dict[str, str] = {a.code: a.name for a in ACTORS}
NATIONALITY: dict[str, str] = {a.code: a.nationality for a in ACTORS}
# "the Saudi-led coalition": a coalition is coded as the state that leads it, and "coalition aircraft" later in the
# same report are that state's.
LED_COALITION = r"(?P<lead>Saudi|US|U\.S\.|American|Russian|Turkish)-led\s+(?:military\s+)?coalition"

# Whom an attacker is fighting, when the text names only one side. A civil war's sides share a
# country: their target is their own.
OPPONENT: dict[str, str] = {"RU": "UA", "UA": "RU", "IR": "IL", "YE": "IL", "LB": "IL", "PS": "IL",
                            "SD": "SD", "IN": "PK", "PK": "IN", "MM": "MM", "AZ": "AM", "AM": "AZ",
                            "ET": "ET", "ML": "ML", "BF": "BF", "TH": "KH", "KH": "TH",
                            "SA": "YE", "AE": "YE", "NG": "NG", "CO": "CO", "LY": "LY"}

# States that strike together: "The United States and Britain struck Houthi radar sites" is a joint attack, while two
# states not paired here and named as one subject ("Israel and Syria fired missiles") tell no one's attack.
ALLIED_PAIRS: frozenset[frozenset[str]] = frozenset((frozenset(("US", "GB")),))

# Capitals that stand for their state as the subject of an attack: "Moscow sent 810 drones".
CAPITALS: dict[str, str] = {"moscow": "RU", "kyiv": "UA", "kiev": "UA", "tehran": "IR", "washington": "US"}
# the hour a night ends, named by a word: "since dawn", "at daybreak"
DAYBREAK = r"(?:dawn|daybreak)"
CAPITAL_PATTERN = r"(?:Moscow|Kyiv|Kiev|Tehran|Washington)"
# Other capitals, which stand for their state only as the ground struck: "a strike on Beirut's southern suburbs"
# (never as the attacker: "Baghdad launched an inquiry").
SEATS: dict[str, str] = {"beirut": "LB", "damascus": "SY", "baghdad": "IQ", "sanaa": "YE", "sana'a": "YE"}
STRUCK_CAPITAL_PATTERN = "(?:" + "|".join(re.escape(w.capitalize()) for w in (*CAPITALS, *SEATS)) + ")"
# Verbs that launch an attack only with weapons as their object: "Russia deployed 120 drones" (not "deployed
# troops", "deployed air defences")
SENT_WEAPONS = (r"(?:(?:deployed|hurled|dispatched|threw)(?=\s+(?:[\w/-]+\s+){0,4}?(?:drones?|UAVs?|missiles?|Shaheds?)\b)|"
                # "some 730 drones in one night: that is what Russia threw at Ukraine" (not "threw its weight behind")
                r"threw(?=\s+at\b)|"
                # a defence ministry's "the Russian Armed Forces delivered a massive strike", its words often quoted
                # ('delivered a "massive strike"')
                r"delivered(?=\s+(?:an?\s+)?[\"“‘']?(?:[\w-]+\s+){0,4}?(?:strikes?|blows?)\b))")
# before a bare verb of the present, the words that make it tell nothing that happened: "could kill 20",
# "threatened to kill three" (a headline's "drones hit Odesa and wound four" tells a toll)
NOT_MODAL = r"(?<!\bto\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!might\s)(?<!\bmay\s)(?<!can\s)(?<!\bdid\s)"
# Verbs of launching an attack, as a capital's or a state's: "Moscow sent", "Russia launched".
LAUNCH_VERBS = (r"(?:launched|fired|attacked|struck|hit|targeted|sent|used|unleashed|bombarded|pounded|pummell?ed|"
                r"hammered|battered|shelled|"
                rf"dropped|carried\s+out|conducted|answered\s+with|retaliated|bombed|launches|fires|attacks|strikes|"
                rf"{SENT_WEAPONS})")

# Attackers as a pattern, for the cues that name who launched an attack. "US" only in capitals:
# "us" is a pronoun. "Gaza" alone is the territory, as a country is ("strikes across Gaza"); Gaza City is a place.
COUNTRY_PATTERN = (r"(?:Russia|Ukraine|Iran|Israel|Syria|Lebanon|Yemen|Belarus|Gaza(?!\s+(?:City|Strip))|Kata'?ib\s+Hezbollah|Hezbollah|Hamas|[Tt]he\s+H(?:ou|u)this|"
                   r"[Tt]he\s+Zionist\s+(?:regime|entity)|[Oo]ccupied\s+Palestine|Jordan|Qatar|Somalia|"
                   r"(?:[Tt]he\s+)?Popular\s+Mobili[sz]ation\s+Forces|"
                   r"H(?:ou|u)this|[Tt]he\s+Islamic\s+Resistance\s+in\s+Iraq|Iraq|India|Pakistan|Afghanistan|Sudan|Turkey|Britain|Myanmar|Azerbaijan|Armenia|Saudi\s+Arabia|"
                   r"Ethiopia|Mali|Burkina\s+Faso|Thailand|Cambodia|Nigeria|Colombia|Libya|"
                   r"[Tt]he\s+(?:United\s+Arab\s+Emirates|UAE)|[Tt]he\s+IRGC|IRGC|"
                   r"[Tt]he\s+(?:Islamic\s+)?Revolution(?:ary)?\s+Guards?(?:\s+Corps)?|[Tt]he\s+(?:RSF|Rapid\s+Support\s+Forces)|RSF|"
                   r"[Tt]he\s+United\s+States|[Tt]he\s+(?-i:US|U\.S\.)|(?:[Tt]he\s+)?(?-i:IDF)|"
                   r"[Tt]he\s+Israel\s+Defen[cs]e\s+Forces|Ansar\s+Allah|(?:[Tt]he\s+)?Royal\s+Air\s+Force)")
# an armed group's name stands as its side's adjective too: "a Hezbollah drone", "Hamas rockets"
NATIONALITY_PATTERN = (r"(?:Russian|Ukrainian|Iranian|Israeli|Syrian|Lebanese|Yemeni|H(?:ou|u)thi|Iraqi|Belarusian|American|Palestinian|"
                       r"(?<!Kataib\s)(?<!Kata'ib\s)Hezbollah|Hamas|"
                       r"Indian|Pakistani|Afghan|Sudanese|Turkish|British|Myanmar|Azerbaijani|Armenian|Saudi|Emirati|"
                       r"Ethiopian|Malian|Burkinab[eè]|Thai|Cambodian|Nigerian|Colombian|Libyan|"
                       r"(?-i:RSF|US|U\.S\.|IDF|RAF))")

# The titles of an official who speaks for one area, a region, a city or a town ("Governor Oleh Kiper", "Mayor
# Vitali Klitschko", "Oleksandr Vilkul, head of the city's military administration", "Head of the Republic Sergei
# Aksyonov"): such an official's "no casualties" is of that area alone
LOCAL_TITLES = (r"(?:(?:acting\s+|regional\s+|deputy\s+)?governor|(?:deputy\s+)?mayor|(?:regional|city|district|"
                r"village|town)\s+(?:chief|head|leader)|"
                r"(?:region|city|town|village|republic|oblast|district|community)['’]s\s+(?:chief|head|leader)|"
                r"(?:head|chief|leader)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:administration|hromada|region|oblast|"
                r"republic|district|city|town|village|municipality|community))")
# ... and the bodies that speak for one area ("the Lviv Regional Military Administration reported", "the city
# military administration said", "the regional operational headquarters said"); not "regional authorities", who may
# speak for several
LOCAL_BODIES = (r"(?:(?:regional|city|district|oblast|municipal|town|village)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:administration|headquarters|council))")
# ... and the titles of an official, a commander or a spokesman who speaks for a state or its forces ("President
# Zelensky", "Defence Minister", "army spokesman Nabil Abdallah"): such a speaker's zero is the whole attack's
NATIONAL_TITLES = (r"(?:(?:vice\s+|deputy\s+)?president|(?:prime\s+|foreign\s+|defen[cs]e\s+|interior\s+)?minister|"
                   r"chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|commander(?:-in-chief)?|"
                   r"chief\s+of\s+(?:the\s+)?(?:general\s+)?staff|king|emir|sheikh|leader)")

# --- states and groups as the political context names them --------------------------------------------------

# Names that stand for a state in a statement or a call ("the Kremlin", "Washington"), demonyms,
# the states themselves, and groups that act like states in the news: they claim, threaten, negotiate.
STATE_NAMES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "america": "United States",
    "united states": "United States", "pentagon": "United States", "white house": "United States",
    "washington": "United States", "state department": "United States",
    "kremlin": "Russia", "moscow": "Russia", "russian federation": "Russia",
    "kyiv": "Ukraine", "kiev": "Ukraine", "eu": "European Union", "european union": "European Union",
    "european commission": "European Union", "brussels": "European Union", "berlin": "Germany",
    "london": "United Kingdom", "uk": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "united kingdom": "United Kingdom", "paris": "France", "tehran": "Iran", "beijing": "China",
    "warsaw": "Poland", "ankara": "Turkey", "türkiye": "Turkey", "turkiye": "Turkey", "jerusalem": "Israel",
    "doha": "Qatar", "the netherlands": "Netherlands", "holland": "Netherlands", "nato": "NATO", "g7": "G7",
    "un": "United Nations", "united nations": "United Nations",
}
DEMONYMS: dict[str, str] = {
    "american": "United States", "americans": "United States", "russian": "Russia", "russians": "Russia",
    "ukrainian": "Ukraine", "ukrainians": "Ukraine", "german": "Germany", "british": "United Kingdom",
    "french": "France", "polish": "Poland", "iranian": "Iran", "israeli": "Israel", "chinese": "China",
    "turkish": "Turkey", "european": "European Union", "dutch": "Netherlands", "norwegian": "Norway",
    "qatari": "Qatar", "lebanese": "Lebanon", "czech": "Czech Republic", "italian": "Italy",
    "spanish": "Spain",
    "swedish": "Sweden", "finnish": "Finland", "danish": "Denmark", "romanian": "Romania",
    "saudi": "Saudi Arabia",
    "japanese": "Japan", "canadian": "Canada", "belarusian": "Belarus", "hungarian": "Hungary",
    "slovak": "Slovakia", "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania",
    "syrian": "Syria", "jordanian": "Jordan", "egyptian": "Egypt", "indian": "India", "omani": "Oman",
    "yemeni": "Yemen", "belgian": "Belgium", "austrian": "Austria", "swiss": "Switzerland",
}
STATES: set[str] = {v.lower() for v in (*STATE_NAMES.values(), *DEMONYMS.values())} | {
    "israel", "iran", "germany", "france", "poland", "turkey", "china", "qatar", "oman", "norway", "lebanon",
    "syria", "yemen", "jordan", "egypt", "india", "japan", "canada", "belarus", "hungary", "romania",
    "moldova",
    "georgia", "italy", "spain", "sweden", "finland", "denmark", "netherlands", "belgium", "austria",
    "switzerland", "slovakia", "czech republic", "estonia", "latvia", "lithuania", "saudi arabia",
    "north korea",
    "south korea", "south africa", "brazil", "iraq", "ukraine", "russia"}
# The attackers' states (ACTORS) by every word that names them ("the UAE", "Sudanese", "Pakistan"): one list of
# states for the attacks and their context. An armed group's name stays its own (GROUPS: "Houthi" is not Yemen).
# A state's armed forces ("the IDF", "the RAF") report the fighting; they do not speak for the state.
STATE_FORCES = frozenset({"irgc", "revolutionary guards", "revolutionary guard corps", "islamic revolution guards corps",
                          "idf", "israel defense forces", "israel defence forces", "raf", "royal air force",
                          "tatmadaw", "paramilitary", "zionist regime", "zionist entity", "occupied palestine"})
for _actor in ACTORS:
    for _word in (_actor.name.removeprefix("the ").lower(), _actor.nationality.lower(), *_actor.words):
        if _word not in DEMONYMS and _word not in GROUPS_OF_ACTORS and _word not in STATE_FORCES:
            STATE_NAMES.setdefault(_word, _actor.name.removeprefix("the "))
STATES |= {a.name.removeprefix("the ").lower() for a in ACTORS}
GROUPS: dict[str, str] = {"hezbollah": "Hezbollah", "hamas": "Hamas", "houthis": "Houthis", "houthi": "Houthis",
           "nato": "NATO", "g7": "G7", "group of seven": "G7", "g20": "G20", "group of 20": "G20",
           "un security council": "UN Security Council", "u.n. security council": "UN Security Council",
           "security council": "UN Security Council", "eu": "European Union", "european union": "European Union",
           "pentagon": "United States", "white house": "United States", "kremlin": "Russia",
           "state department": "United States", "european commission": "European Union",
           "united nations": "United Nations", "un": "United Nations",
           **dict.fromkeys(("irgc", "revolutionary guards", "revolutionary guard corps", "islamic revolution guards corps",
                            "islamic revolutionary guard corps"), "Islamic Revolutionary Guard Corps")}
# International bodies, UN agencies and rights groups: they condemn, warn and appeal in their own name ("UNICEF
# said it was horrified"), so they speak as a state does. Keys are the names spaCy reads as organisations.
INTERNATIONAL_BODIES: dict[str, str] = {
    "unicef": "UNICEF", "world health organization": "World Health Organization",
    "world health organisation": "World Health Organization", "who": "World Health Organization",
    "unesco": "UNESCO", "world food programme": "World Food Programme", "wfp": "World Food Programme",
    "unhcr": "UNHCR", "un refugee agency": "UNHCR", "ocha": "OCHA", "unifil": "UNIFIL",
    "international atomic energy agency": "International Atomic Energy Agency",
    "iaea": "International Atomic Energy Agency",
    "international maritime organization": "International Maritime Organization",
    "un human rights office": "UN human rights office", "ohchr": "UN human rights office",
    "amnesty international": "Amnesty International", "amnesty": "Amnesty International",
    "human rights watch": "Human Rights Watch",
    "international committee of the red cross": "International Committee of the Red Cross",
    "icrc": "International Committee of the Red Cross", "doctors without borders": "Doctors Without Borders",
    "medecins sans frontieres": "Doctors Without Borders", "médecins sans frontières": "Doctors Without Borders",
    "msf": "Doctors Without Borders", "arab league": "Arab League", "african union": "African Union",
    "asean": "ASEAN", "gulf cooperation council": "Gulf Cooperation Council", "gcc": "Gulf Cooperation Council",
    "international criminal court": "International Criminal Court", "icc": "International Criminal Court",
    "international court of justice": "International Court of Justice",
    "icj": "International Court of Justice", "council of europe": "Council of Europe", "osce": "OSCE",
}
GROUPS.update(INTERNATIONAL_BODIES)

# --- weapons -----------------------------------------------------------------------------------------------

# Drone and missile model names that stand for their weapon ("87 Shaheds", "two Kinzhals").
DRONE_MODELS = r"Shaheds?|Gerans?|Geran-2s"
MISSILE_MODELS = r"Kinzhals?|Iskanders?(?:-[MK]s?)?|Kalibrs?|Kh-\d+(?:/\d+)?[A-Z]*s?|Zircons?|Tsirkons?"
DRONE_NOUNS = r"drones?|UAVs?|unmanned\s+aerial\s+vehicles?|decoys?|loitering\s+munitions?"
MISSILE_NOUNS = r"missiles?"
# The classes of missile a report may count apart ("30 cruise missiles ... 120 ballistic missiles"): counts of
# different classes told in different sentences, and no count of all the missiles, add up to the attack's figure.
MISSILE_CLASSES = frozenset(("cruise", "ballistic", "hypersonic", "anti-ship"))
BOMB_NOUNS = r"bombs?|KABs?"
# Projectiles that are neither drones nor missiles in the record: a count of them is not a weapon figure.
OTHER_PROJECTILES = r"rockets?|shells?|mortars?|rounds|projectiles?|interceptors?"

# Air-defence and portable missile systems: named in reports, never a place ("shot down by S-400 and Pantsir").
AIR_DEFENCE_SYSTEMS = ("Patriot", "Pantsir", "Piorun", "Stinger", "NASAMS", "IRIS-T", "Gepard", "Hawk", "Buk",
                       "Tor", "Arrow", "Iron Dome", "David's Sling", "SAMP/T", "Avenger", "Skynex", "THAAD", "SM-2",
                       "SM-3", "SM-6", "Aegis")
# What a defender fires: "the US had used a large share of its THAAD missiles" tells no attack by the US.
INTERCEPTOR_WEAPONS = (r"(?:\b(?i:interceptors?)|(?<![\w-])(?:" + "|".join(re.escape(w) for w in AIR_DEFENCE_SYSTEMS)
                       + r")s?)(?![\w-])")
# What comes before and after a state's weapon that is not attacking: "a returning American drone", "the US Missile
# Defense Agency", "a US drone returning to base".
NOT_ATTACKING_WEAPON_BEFORE = r"(?<!returning\s)"
NOT_ATTACKING_WEAPON_AFTER = r"\s+(?:defen[cs]es?|(?:that\s+|which\s+)?(?:was\s+|were\s+)?return(?:ing|ed))\b"

# A lone weapon that got through, told as a stated zero of those destroyed: "the drone was detected but was not
# intercepted", "several attempts to intercept it had failed", "no interceptor was fired", "a Houthi drone slipped
# through Israel's air defences". Singular only: "most were intercepted, but some were not" counts nothing.
_LONE = r"(?:it|the\s+(?:[\w-]+\s+){0,3}?(?:missile|drone|UAV|rocket|projectile|aircraft))"
LONE_NOT_DESTROYED = (
    # "was not intercepted"; a participle sharing the verb before: "had been detected but not intercepted"
    r"\b(?:was|had\s+been)\s+(?:[\w-]+\s+but\s+)?not\s+(?:intercepted|engaged|shot\s+down)\b|"
    rf"\b(?:efforts?|attempts?|bids?)\s+to\s+(?:intercept|shoot\s+down|down|stop)\s+{_LONE}\b[^.;]{{0,100}}?"
    r"\b(?:had\s+|have\s+)?failed\b|"
    rf"\bfailed\s+to\s+(?:stop|engage)\s+{_LONE}\b|"
    r"\bno\s+(?:interceptors?\s+(?:was|were)\s+(?:fired|launched)|air\s+defen[cs]es?\s+(?:engaged|fired\s+at)\s+it|"
    r"(?:attempt\s+(?:was\s+|had\s+been\s+)?made\s+)?to\s+intercept\s+it|interception\s+attempt\s+(?:was|had\s+been)\s+made)\b|"
    # ... the weapon told with where or by whom it was fired: "a missile fired from Yemen evaded Israeli air defences",
    # "a projectile fired from Lebanon slipped through" (the weapon the report named before)
    rf"\b(?:{_LONE}|an?\s+(?:[\w-]+\s+){{0,3}}?(?:missile|drone|UAV|aircraft|projectile))"
    r"(?:\s+(?:fired|launched)\s+(?:from|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:had\s+)?"
    r"(?:evaded|slipped\s+through|eluded)\s+(?:[\w'’-]+\s+){0,2}?(?:air\s+defen[cs]es|interceptors)\b")

# --- replies ----------------------------------------------------------------------------------------------

# Nouns of a reply, and the phrase that names what follows as the attack being answered: "in response to",
# "in retaliation for", "as a reprisal for", "its answer to" (rules, dates and context read the same words)
REPLY_NOUNS = r"(?:response|answer|retaliation|reprisal|revenge|punishment|payback)"
ANSWERING = rf"(?:in|an?|its|the|as)\s+{REPLY_NOUNS}\s+(?:to|for)"

# --- kinds of pieces ----------------------------------------------------------------------------------------

# The label a commentary carries in its title or on a line of its own at its head ("Analysis: Four days in May",
# "COMMENT", "Analysis | Air war", "Opinion: ..."): a piece that looks back, not a report of the day's news
COMMENTARY_LABEL = re.compile(r"^\s*(?:analysis|opinion|comment(?:ary)?|column|editorial|explainer)\s*(?:[:.|—–-]|$)",
                              re.IGNORECASE)

# --- hedges and sizes --------------------------------------------------------------------------------------

# Words that mark a fact as unconfirmed; a hedged fact keeps one of them in a brief.
HEDGE = remembered(
    r"\b(?:reportedly|allegedly|alleged|alleging|claim(?:ed|s|ing)?|purportedly|unconfirmed|unverified|"
    r"could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed|verify|confirm)|"
    r"was\s+not\s+(?:possible|able)\s+to\s+(?:independently\s+)?(?:verify|confirm)|without\s+(?:providing\s+)?"
    r"evidence|provided\s+no\s+evidence|said\s+to\s+have|believed\s+to\s+have)\b",
    re.IGNORECASE,
)
# Words that make a figure rough: "about 20", "more than 800", "nearly six".
ROUGH = (r"(?:about|around|nearly|almost|more\s+than|over|roughly|approximately|some|close\s+to|up\s+to|just\s+over|"
         r"just\s+under|fewer\s+than|less\s+than|upwards\s+of)")
# ... of which those that bound a figure from above only: "fewer than 100 missiles" says how many were not exceeded,
# not how many there were (the SPEC counts "about", "nearly", "more than" N as N, never a bound from above)
UPPER_BOUND = r"(?:fewer|less)\s+than"
AT_LEAST = r"(?:at\s+least|a\s+total\s+of|a\s+further|another|an\s+additional)"
# The numbers written as one word below twenty, which the number grammar builds on ("quantities")
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen").split()
# Words that join a count to the larger one told after it, which holds it: "Together with the 90 drones fired
# overnight, Russia launched 300 drones within a day" (a sum across waves or a period, no wave's own count)
JOINED_TO = r"(?:together\s+with|along\s+with|combined\s+with|added\s+to)"
VAGUE = r"(?:dozens|hundreds|thousands|several|a\s+few|a\s+number|many|scores|a\s+couple)"

# --- damage -----------------------------------------------------------------------------------------------

# Companies whose works are named for them, not for a place: "the Lukoil refinery", "a Naftogaz gas facility".
ENERGY_COMPANIES = frozenset(("Lukoil", "Rosneft", "Gazprom", "Gazprom Neft", "Transneft", "Bashneft", "Tatneft",
                              "Surgutneftegas", "Novatek", "Aramco", "Saudi Aramco", "ADNOC", "Naftogaz", "Ukrnafta",
                              "DTEK", "Centrenergo", "Ukrenergo", "Ukrhydroenergo", "Energoatom", "Ukrtransgaz"))
# A modifier shared by a later facility noun: "energy and rail facilities", "educational, medical and industrial
# sites". Each modifier of the list names its own kind of damage, as "energy facilities" and "rail facilities" would.
_AND_FACILITIES = (r"(?=(?:\s*,\s*[\w-]+)*,?\s+and\s+(?:[\w-]+\s+)?(?:facilit(?:y|ies)|infrastructure|sites?|objects?|"
                   r"enterprises?|buildings?)\b)")
# The damage vocabulary of the SPEC: each category and the words that name what was damaged.
DAMAGE_TERMS: list[tuple[str, str]] = [
    # longest first: "power plant" is energy before "plant" is industrial
    # (a bare "pipeline" carries oil or gas, as reports of strikes tell it; "water pipelines" are infrastructure)
    ("energy", r"power\s+(?:plants?|stations?|facilit(?:y|ies)|lines?|grid|infrastructure|supply\s+facilit\w+|"
               r"distribution\s+stations?)|(?:transmission|high-voltage)\s+lines?|electrical\s+(?:infrastructure|grid)|"
               r"energy\s+(?:facilit(?:y|ies)|infrastructure|system|sites?|objects?|company)|thermal\s+power|"
               r"thermal\s+plants?|(?:oil|petroleum|fuel)\s+(?:products\s+|distribution\s+|processing\s+|bulk\s+)?plants?|"
               # the works of an oil or gas field: "the oil processing facility", "a crude stabilisation plant" (not "a meat
               # processing plant"),
               # "a natural gas liquids facility", "fuel production facilities", "a fuel bulk plant", "the oilfield"
               r"(?:oil|crude|gas|fuel|petroleum)\s+(?:processing|stabili[sz]ation|production|export)\s+(?:facilit\w+|plants?)|"
               r"stabili[sz]ation\s+(?:plants?|facilit\w+)|bulk\s+plants?|(?:natural\s+)?gas\s+liquids\s+(?:facilit\w+|plants?)|"
               r"oil\s*fields?|"
               # "Aramco facilities", "the Gazprom plant": an energy company's works
               rf"(?:{'|'.join(sorted(ENERGY_COMPANIES, key=len, reverse=True))})(?:['’]s)?\s+(?:[\w-]+\s+)?"
               r"(?:facilit(?:y|ies)|plants?|sites?|installations?|depots?|stations?)|"
               r"petroleum\s+(?:products\s+)?(?:facilit\w+|depots?|storage)|(?:oil|crude|petroleum)\s+pipelines?|"
               r"fuel\s+terminals?|energy\s+grid|power\s+systems?|electricity\s+(?:grid|system)|"
               r"hydroelectric|hydro\s*power|substations?|refiner(?:y|ies)|pipelines?|oil\s+(?:depots?|facilit\w+|terminals?|"
               r"refiner\w+|storage|tanks?|fields?|installations?|pumping\s+stations?)|fuel\s+(?:depots?|storage|"
               r"facilit\w+|ports?|tanks?)|gas\s+(?:fields?|production|extraction|"
               r"facilit\w+|infrastructure|pipelines?|sites?|storage|plant)|storage\s+tanks|electricity\s+"
               r"(?:substations?|facilit\w+|infrastructure)|nuclear\s+power(?:\s+(?:plants?|stations?))?|transformers?|"
               r"distillation|(?:generation|generating|transmission)\s+facilit\w+|"
               rf"(?:energy|power|gas|oil|fuel|electricity){_AND_FACILITIES}"),
    ("infrastructure", r"critical\s+infrastructure|civilian\s+infrastructure|infrastructure\s+facilit\w+|"
                       r"boiler\s+houses?|heating\s+(?:plants?|facilit\w+|mains?|pipes?)|water\s+(?:supply|utility|"
                       r"mains?|pipes?|pipelines?|pumping|facilit\w+|treatment)|desalination\s+(?:plants?|facilit\w+)|telecom\w*|mobile\s+(?:network|phone)\s+\w+|"
                       r"masts?|communication\s+towers?|(?:civilian\s+)?installations|water\s+points?"),
    ("diplomatic", r"embass(?:y|ies)|consulates?(?:\s+general)?|(?:diplomatic|consular)\s+(?:mission|building|"
                   r"section|compound|annex)s?|"
                   r"(?:EU|European\s+Union)(?:['’]s)?\s+(?:delegation|mission)s?"),
    ("government", r"government\s+(?:building|quarter|offices?)s?|cabinet\s+of\s+ministers|administration\s+"
                   r"buildings?|(?:village|city|regional|town|district)\s+council|council\s+buildings?|city\s+hall|"
                   r"town\s+hall|parliament|ministry(?:['’]s)?\s+(?:buildings?|headquarters|compound)|"
                   r"administrative\s+buildings?|general\s+staff\s+(?:buildings?|headquarters)|presidential\s+"
                   r"(?:palace|office)|prisons?|detention\s+(?:centres?|centers?|facilit\w+)"),
    ("medical", r"hospitals?|clinics?|maternity|medical\s+(?:facilit\w+|centres?|centers?|institutions?)|polyclinics?|"
                r"ambulance\s+stations?|health\s+(?:centres?|centers?|facilit\w+)|"
                rf"medical{_AND_FACILITIES}"),
    ("education", r"schools?|kindergartens?|universit(?:y|ies)|colleges?|lyceums?|campus|educational\s+"
                  r"(?:institutions?|facilit\w+)|dormitor(?:y|ies)\s+of|seminar(?:y|ies)|madrasa?s?|"
                  rf"educational{_AND_FACILITIES}"),
    ("cultural", r"churche?s?|cathedrals?|museums?|monuments?|(?<!operating\s)(?:theatres?|theaters?)|mosques?|synagogues?|monaster(?:y|ies)|"
                 r"librar(?:y|ies)|historic\s+(?:buildings?|centre)|heritage\s+sites?|opera\s+house"),
    ("transport", r"railway(?:\s+(?:station|lines?|tracks?|infrastructure|bridge|facilit\w+))?|rail\s+(?:lines?|infrastructure|facilit\w+|"
                  r"tracks?)|tracks|trains?|bridges?|ports?(?!\s+(?-i:[A-Z]))|port\s+(?:facilit\w+|infrastructure)|berths?|harbou?r|"
                  r"airports?(?!\s+roads?\b)|roads?|(?:mini)?bus\s+(?:stations?|terminals?)|highways?|stations?\s+platform|locomotives?|grain\s+terminal|"
                  r"metro(?:\s+stations?)?|subway\s+stations?|transport\s+depots?|"
                  rf"(?:rail|transport){_AND_FACILITIES}"),
    ("commercial", r"shops?|stores?|superstores?|supermarkets?|shopping\s+(?:centres?|centers?|malls?)|malls?|"
                   r"(?<!fuel\s)(?<!oil\s)(?<!gas\s)(?<!stock\s)(?<!labour\s)(?<!labor\s)(?<!global\s)(?<!world\s)"
                   r"(?<!energy\s)(?<!grain\s)markets?|hypermarkets?|office\s+(?:buildings?|towers?|blocks?|centres?)|offices|business(?:es)?|cafes?|"
                   r"restaurants?|hotels?|car\s+dealerships?|petrol\s+stations?|gas\s+stations?|kiosks?|baker(?:y|ies)|"
                   r"pharmac(?:y|ies)|(?:fuel|filling)\s+stations?|car\s+(?:service|repair)\s+(?:stations?|centres?|"
                   r"shops?)|car\s+washes|bathhouses?|financial\s+institutions?|"
                   r"commercial\s+(?:buildings?|premises|propert(?:y|ies)|facilit\w+)|"
                   rf"commercial{_AND_FACILITIES}"),
    ("residential", r"apartment\s+(?:blocks?|buildings?|complex)|apartments?|residential(?:\s+\w+)?|homes?|houses?|"
                    r"flats|high-rises?|private\s+houses?|dwellings?|housing|(?:nine|five|four|\w+)-stor(?:e)?y\s+"
                    r"(?:block|building)s?|multi-storey\s+buildings?|dormitor(?:y|ies)|residential\s+complex|"
                    r"refugee\s+camps?"),
    ("industrial", r"factor(?:y|ies)|industrial\s+(?:plants?|enterprises?|facilit\w+|sites?|zones?|buildings?|estate)|"
                   r"warehouses?|workshops?|printing\s+houses?|enterprises?\s+(?:premises|buildings?)|"
                   r"(?<!power\s)(?<!gas\s)(?<!nuclear\s)(?<!hydroelectric\s)plants?|manufactur\w+|logistics\s+"
                   r"(?:centres?|hubs?|terminals?)|agricultural\s+(?:enterprises?|facilit\w+)|grain\s+(?:silos?|"
                   r"warehouses?|storage)|silos?|(?:flour|steel|paper|feed)\s+mills?|farm\s+enterprises?|industrial\s+"
                   r"parks?|shipyards?|enterprises?(?!\s+of\s+the\s+(?:[\w-]+\s+){0,2}military)|"
                   rf"industrial{_AND_FACILITIES}"),
    ("vehicles", r"cars?(?!\s+(?:service|repair|wash|dealerships?|showrooms?|parts|park|carriers?)\b)|buses|bus(?!\s+stops?)|"
                 r"minibus(?:es)?|trolleybus(?:es)?|trucks?|lorr(?:y|ies)|"
                 r"(?<!aerial\s)(?<!unmanned\s)(?<!aerial\s\s)(?<!armoured\s)(?<!armored\s)(?<!military\s)(?<!combat\s)(?<!surface\s)"
                 r"vehicles?|trams?|"
                 r"ambulances?|vans?|tractors?|tankers|(?:petroleum|fuel)\s+tanker|motorcycles?"),
]

# People killed inside a dwelling tell it was hit, with no verb of damage: "killed 25 people, most of them in one
# apartment block", "nine people died in one building", "killed four people in a residential block".
KILLED_IN_DWELLING_BEFORE = re.compile(r"\b(?:killed|killing|died|dead|trapped)\b[^.;]{0,60}?\bin\s+(?:the\s+ruins\s+of\s+)?"
                                       r"(?:a|an|one|the|their|his|her)\s+(?:single\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# Where a damage word only says where something else was: "near the university", "in the vicinity of a hotel",
# "a short walk from the hospital", "taken to hospital", "died in an ambulance", "drones shot down over the port",
# "debris fell on the grounds of a warehouse" (nothing said damaged there), "home to a refinery".
DAMAGE_LOCATES = re.compile(
    r"\b(?:near|next\s+to|beside|close\s+to|opposite|across\s+from|walk\s+from|grounds\s+of|vicinity\s+of|"
    r"(?:drones?|missiles?|shot\s+down|downed|intercepted)\s+over|"
    r"(?:metres|meters|km|kilometres|kilometers|miles)\s+from|(?:taken|rushed|brought|admitted|transferred|sent|"
    r"evacuated|died|treated|hospitali[sz]ed|surgery|operated\s+on)\s+(?:[\w'’-]+\s+){0,4}?(?:to|in|at))\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:(?!and\s)[\w'’-]+\s+){0,5}$|"
    r"\bhome\s+to\s+(?:[\w'’-]+\s+){0,6}$", re.I)
# A damage word used in another sense than a thing damaged: the body that speaks ("city council secretary X said",
# "according to the city council", "told parliament", "the port authority"), a kind of town ("the port city of
# Hodeidah"), a ship's side ("its starboard and port sides"), "home to a refinery", homes cut off from heat or power
# or left dark, a verb ("a school housing displaced families", "a hangar used to store drones"). Military kit ("armoured vehicles") is kept out in
# DAMAGE_TERMS itself.
DAMAGE_OTHER_SENSE_BEFORE = re.compile(
    r"(?:\b(?:according\s+to|told|cited\s+by|quoted\s+by|statement\s+(?:by|from))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}|"
    r"\b(?:used|designed|built|meant)\s+to\s+(?:load\s+|carry\s+|serve\s+|supply\s+)?|\bstarboard\s+and\s+|"
    # where people were headed: "on their way to church", "driving back from their dacha"
    r"\b(?:way|heading|going|walking|driving|returning)\s+(?:back\s+)?(?:to|from)\s+(?:the\s+)?|"
    # where weapons were launched from: "drones smuggled into Russia in trucks" (weapons "hidden in homes" that
    # were struck are the homes damaged)
    r"\b(?:launched|smuggled)\s+(?:[\w'’-]+\s+){0,4}?(?:from|in|into|inside|aboard)\s+(?:the\s+|their\s+)?)$", re.I)
DAMAGE_OTHER_SENSE_AT = re.compile(
    r"(?:[\w-]+\s+){0,2}?[\w-]+(?:['’]s)?\s+(?:secretary|spokes(?:man|woman|person)|chairman|chairwoman|"
    r"authorit(?:y|ies)|officials?|director|press\s+(?:office|service)|management|operator)\b|"
    # the body that speaks: "the Sumy City Council said"
    r"(?:[\w-]+\s+){0,2}?(?:said|says|wrote|reported|announced|added)\b|"
    # "the home front", "church services", "ambulances could not reach", "the railway right of way"
    r"home\s+front\b|church\s+services?\b|ambulances?\s+(?:could|struggled|had\s+struggled|were\s+unable)\b|"
    r"(?:railway|rail)\s+right\s+of\s+way\b|"
    r"ports?\s+(?:city|cities|town|sides?)\b|homes?\s+to\b|"
    # "the building that houses the consulate", "a tower which houses offices": a verb, not dwellings
    r"(?:(?<=\bthat\s)|(?<=\bwhich\s))houses\b|"
    # "1,100 apartment buildings lost heating after a strike on a power plant": cut off, not damaged
    r"(?:[\w-]+\s+){0,2}?(?:buildings?|blocks?|homes?|houses?|households?|apartments?)\s+(?:in\s+(?:the\s+)?[\w-]+\s+)?"
    r"(?:lost|(?:(?:were|are|was|remained)\s+(?:left\s+)?)?without)\s+(?:heating|heat|power|electricity|water|gas|hot\s+water)\b|"
    # "leaving 200,000 homes dark", "homes plunged into darkness"
    r"(?:[\w-]+\s+){0,2}?(?:homes?|households?|apartments?)\s+(?:(?:were|are|was|remained)\s+)?(?:dark|in\s+(?:the\s+)?dark(?:ness)?|"
    r"plunged\s+into\s+dark(?:ness)?)\b|"
    r"housing\s+(?:displaced|refugees|families|people|troops|soldiers|personnel|the|some|about|more|hundreds|"
    r"thousands|dozens|\d)|"
    # "a container housing unit at the base", "the housing units where troops were sleeping": soldiers' quarters at a
    # military base, which has no category
    r"housing\s+(?:units?|areas?|blocks?|quarters)\s+(?:at\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:air\s*)?bases?\b|"
    r"where\s+(?:the\s+|US\s+|American\s+)?(?:troops|soldiers|service\s*members|personnel))", re.I)
# A military site named by its modifier ("missile factories", "a military college", "a weapons manufacturing
# site", "defence industry enterprises"): the SPEC gives military sites no category. (A defence ministry's building
# is a government's: the caller keeps that category.)
DAMAGE_MILITARY_BEFORE = re.compile(r"\b(?:military|army|naval|navy|missile|weapons?|arms|ammunition|munitions?|radar|"
                                    r"defen[cs]e(?:\s+industry)?|military-industrial)\s+(?:manufacturing\s+|production\s+)?$",
                                    re.I)
# Vehicles listed with fighters or their positions are the fighters' own, a military target with no category: "hit
# government forces and vehicles", "a gathering of fighters and vehicles", "vehicles and positions in the hills".
DAMAGE_WITH_FIGHTERS_BEFORE = re.compile(r"\b(?:forces|fighters|gatherings?|troops|militants|militiamen|soldiers|"
                                         r"positions|convoys?|tanks|launchers|weapons|equipment)\s*(?:,|and)\s+"
                                         r"(?:their\s+|other\s+)?$", re.I)
DAMAGE_WITH_FIGHTERS_AFTER = re.compile(r"^\s*(?:,|and)\s+(?:(?:their|other|firing|military)\s+)?(?:positions|fighters|"
                                        r"troops|militants|launchers|weapons|equipment|ammunition)\b", re.I)
# A bare "the plant", "its other plant": the facility named before, whose kind that name gave ("the Trypilska
# power plant ... the plant's turbine hall").
DAMAGE_REFERS_BACK = re.compile(r"\b(?:the|its|this|that|these|those|their)\s+(?:(?:other|same|damaged|large|main)\s+)*$",
                                re.I)
DAMAGE_GENERIC = ("plant", "plants")  # words that name no kind of their own when they refer back
# What a plant makes, said before it: "a cement plant", "a meat processing plant", "the chemical plant" (not "the
# Trypilska plant", "the largest plant", "three of our plants", "the Abqaiq processing plant": a plant named or sized
# only, which beside a power station or a refinery is that works again)
PLANT_PRODUCT_BEFORE = re.compile(r"\b(?!(?:the|a|an|its|our|their|his|her|this|that|these|those|of|several|some|many|"
                                  r"two|three|four|five|six|large|larger|largest|big|bigger|biggest|main|major|key|other|"
                                  r"same|whole|entire|processing|production|damaged|two-unit)\b)(?-i:[a-z][\w-]*)\s+"
                                  r"(?:(?:processing|production)\s+)?$", re.I)

# A clause that says nothing was damaged: "without causing damage", "no damage to civilian infrastructure", "oil
# facilities were not hit".
NO_DAMAGE = re.compile(r"\b(?:no|without(?:\s+causing)?|not\s+cause)\s+(?:any\s+)?(?:serious\s+|significant\s+|major\s+)?"
                       r"(?:damage|destruction)\b|\b(?:was|were)\s+not\s+(?:damaged|hit|struck)\b|\bundamaged\b", re.I)

# A drill, a test or a rehearsal of an attack, told as what it is: no attack happened ("a civil-defence exercise
# simulating a missile strike on the city", "Pakistan test-fired a missile", "a blackout rehearsal"); not the
# "simulator drones" that are decoys of a real attack
DRILL = (r"simulat(?:es?|ed|ing|ions?)|rehears\w+|mock|test[- ]fir\w+|training\s+launch\w*|"
         r"(?:civil[- ](?:defen[cs]e|protection)|evacuation|air[- ]raid|emergency)\s+(?:[\w-]+\s+)?(?:drills?|exercises?)|"
         r"no\s+real\s+attack")

# Disasters of nature that kill and that no strike causes: "the March 28 earthquake that killed more than 3,700
# people". (Not floods, fires or outbreaks, which a strike on a dam or a depot sets off: "the flooding that followed
# killed two people" is the strike's toll. A "Storm Shadow" is a missile.)
NATURAL_DISASTERS = (r"earthquakes?|quakes?|cyclones?|typhoons?|hurricanes?|storms?(?![\s-]+shadows?)|"
                     r"landslides?|tsunamis?|droughts?|famine|epidemics?|cholera")

# A war, an insurgency or a campaign, whose toll runs over its whole span and no one attack's: "the war in Gaza,
# where the ministry says more than 30,000 have been killed" (the nouns as the parser lemmatises them)
LONG_WAR_NOUNS = frozenset(("war", "conflict", "insurgency", "invasion", "campaign", "offensive", "occupation",
                            "uprising"))

# People hurt running for shelter or treated for shock: not hurt by the attack, not its injured ("two people were
# lightly hurt while running to shelters", "30 were treated for minor injuries or acute anxiety").
NOT_ATTACK_INJURY = re.compile(
    r"\b(?:on\s+(?:their|his|her|the)\s+way\s+to\s+(?:a\s+|the\s+)?(?:shelters?|safe\s+rooms?|protected\s+(?:rooms?|"
    r"spaces?))|(?:while|when|after)\s+(?:running|rushing|hurrying|heading|fleeing|falling)\s+(?:to|for|towards|into)\s+"
    r"(?:a\s+|the\s+)?(?:(?:bomb|air[\s-]raid)\s+)?(?:shelters?|safe\s+rooms?|protected\s+(?:rooms?|spaces?)|cover)|(?:running|rushing|hurrying)\s+"
    r"(?:to|for)\s+(?:(?:bomb|air[\s-]raid)\s+)?(?:shelters?|safe\s+rooms?|protected\s+rooms?|cover)|(?:treated|suffering)\s+for\s+(?:[\w\s]{0,30}?\s+or\s+)?"
    r"(?:acute\s+)?(?:anxiety|shock|panic))", re.I)

# Fighting on the ground, which no air attack's toll counts: shelling, artillery, clashes; ... and infantry's
# assaults: "Russian forces attacked in small groups, sometimes on motorcycles"
GROUND = remembered(r"\b(?:shell(?:s|ed|ing)?|artillery|mortars?|tanks?\s+fire|ground\s+(?:fighting|assault|attack)|"
                     # troops sent in on the ground: "limited ground raids into southern Lebanon", "began a ground
                     # operation" (not Ukraine's "Ground Forces", who speak)
                     r"(?-i:ground)\s+(?:raids?|operations?|offensive|invasion|incursions?|troops|forces)|"
                     r"infantry|motorcycles?|armou?red\s+(?:vehicles?|assaults?|columns?)|assault\s+groups?|"
                     r"in\s+small\s+groups|"
                     # (not firefighters "fighting the blaze")
                     r"fighting(?!\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:blaze|fires?|flames))|"
                     r"clashes|landmine|mine\s+blast|sniper|MLRS|Grad)\b", re.I)
# A bomb planted, not dropped: "killed by a car bomb outside Moscow" is no aerial attack
PLANTED = remembered(r"\bcar[- ]bombs?\b|\bbombs?\s+(?:planted|hidden|placed)\b|\b(?:improvised\s+)?explosive\s+devices?\b|"
                     r"\bbooby[- ]trap\w*", re.I)
# A drone that sails, not flies, as the weapon: "a Ukrainian sea drone struck the landing ship", "attacked by
# uncrewed surface vessels", "the sea-drone attack on the bridge" (SPEC: an aerial attack is one by drones,
# missiles, bombs or aircraft from the air; not "workshops where unmanned boats were built were destroyed")
_SAILING = (r"(?:\b(?:sea|naval|maritime|marine|surface|water)[- ]drones?|\bdrone[- ]boats?|"
            r"\b(?:uncrewed|unmanned|explosive(?:-laden)?|remote-controlled)\s+(?:[\w-]+\s+)?(?:surface\s+)?"
            r"(?:boats?|vessels?|craft|skiffs?)|\bUSVs?)\b")
WATERBORNE = remembered(rf"\b(?:by|with|using)\s+(?:[\w-]+\s+){{0,3}}?{_SAILING}|{_SAILING}\s+(?:attacks?|strikes?)\b|"
                        rf"{_SAILING}(?:\s+[\w,'’-]+){{0,5}}?\s+"
                        rf"(?:struck|hit|damaged|attacked|rammed|exploded|sank|slammed|targeted)\b", re.I)
# A General Staff front summary ("71 air strikes ... 4,226 shellings of the positions of our troops",
# "in the Pokrovsk direction"): front-line fighting, not an aerial attack on a place
FRONT = remembered(r"\b(?:positions\s+of\s+(?:our|Ukrainian|the)\s+(?:troops|forces|defenders)|shellings|"
                    r"combat\s+engagements|\b[IiOo]n\s+the\s+[A-Z][\w-]+\s+(?:and\s+[A-Z][\w-]+\s+)?directions?\b|"
                    r"attacked\s+our\s+positions)")

# Deadly events of another kind than an attack from the air, told in the clause of a toll: "when two gunmen opened
# fire near a rail station", "pagers exploded across the country, killing 39", "two bridges collapsed, derailing
# trains". A toll told with one is that event's, not the air attack's.
NOT_AERIAL_EVENT = remembered(
    r"\b(?:gunm[ae]n|assailants?\s+opened\s+fire|(?:mass|terror(?:ist)?)\s+shootings?|shooting\s+(?:attack|spree|rampage)|"
    r"stabbing\s+(?:attack|spree)|car[\s-]bomb(?:s|ing)?|suicide\s+bomb(?:er|ing)s?|pagers?|walkie[\s-]talkies|"
    r"derail(?:ed|ing|ment|ments)?|(?:bridges?|building)\s+collapsed?|"
    # a raid on the ground: "the October 7 attack led by Hamas", "a cross-border incursion", "stormed the town"
    r"(?:cross-border|ground)\s+(?:attacks?|raids?|assaults?)|incursions?|infiltrations?|stormed|"
    r"(?:took|taking|seized|abducted)\s+(?:\w+\s+){0,2}?hostages?|October\s+7(?:th)?\s+(?:attacks?|assault|massacres?)|"
    # "a truck packed with explosives detonated near the school"
    r"(?:trucks?|cars?|vans?|vehicles?|motorcycles?)\s+(?:packed|laden|loaded|rigged)\s+with\s+explosives|"
    r"explosives?[\s-](?:laden|packed)\s+(?:trucks?|cars?|vans?|vehicles?)|"
    # "the Hamas-led attack on southern Israel, in which about 1,200 people were killed": the war's opening raid
    r"Hamas-led\s+(?:attacks?|assault|raid)|"
    # a disaster of nature: "a magnitude 7.7 earthquake on March 28 killed more than 3,700 people"
    rf"(?:{NATURAL_DISASTERS}))\b", re.I)

# A state's premises on another state's ground: "a strike on Iran's consular building in Damascus", "on Israel's
# embassy in ...". The state named is the building's owner, not the country struck.
PREMISES_ABROAD = (r"(?:[\w-]+\s+){0,2}?(?:embass(?:y|ies)|consulates?|consular|diplomatic|legation|"
                   r"ambassador['’]s\s+residence)\b")

# Ships: an attack on a ship at sea is on no country's ground, and no country's attack is inferred for it ("a missile
# struck the Barbados-flagged True Confidence south-west of Aden").
VESSEL = re.compile(
    r"\b(?:(?:cargo|container|merchant|commercial|bulk|passenger|naval)\s+(?:ships?|vessels?)|bulk\s+carriers?|"
    r"(?:oil|product|chemical|LNG|gas)\s+tankers?|tankers?|freighters?|vessels?|ships?|destroyers?|frigates?|"
    r"warships?|aircraft\s+carriers?|[A-Z][a-z]+-flagged|crew(?:\s+members)?|seafarers|sailors)\b", re.I)
# ... and a ship's people counted as the victims of a toll ("two crew members were killed", "five seafarers dead"),
# the words that put the ship in a port, on a country's ground ("a sailor on a ship in the harbour was hurt") or just
# off a coast ("off the coast", "off Haifa"), and those that put it out at sea ("60 nautical miles west of the port")
SHIP_PEOPLE = re.compile(r"\b(?:crew(?:\s*members?|men|man)?|seafarers?|sailors?|mariners?)\b", re.I)
ABOARD_SHIP = re.compile(r"\b(?:ships?|vessels?|bulk\s+carriers?|tankers?|freighters?|aboard|on\s+board|"
                         r"[A-Z][a-z]+-flagged)\b", re.I)
IN_PORT = re.compile(r"\b(?:ports?(?!\s+sides?\b)|harbou?rs?|moored|docked|berthed|quays?|piers?)\b", re.I)
OPEN_SEA = re.compile(r"\b(?:nautical\s+miles|nm|at\s+sea|high\s+seas)\b", re.I)
OFF_A_COAST = re.compile(r"\boff\s+(?:the\s+(?:[\w-]+\s+)?coast\b|(?-i:[A-Z]))", re.I)

# --- places ------------------------------------------------------------------------------------------------

REGION_SUFFIXES = ("Oblast", "Krai")
# Wide areas that stand for a whole territory: a place of an attack only when it names nothing inside them ("strikes
# across the Gaza Strip hit Khan Younis and Rafah" lists the towns; "the Nevatim base in the Negev" the base), not
# when the other place named lies outside ("the Gaza Strip ..., and a drone hit a car in Tulkarm"). Each with its
# bounds: south, west, north, east.
WIDE_AREAS: dict[str, tuple[float, float, float, float]] = {
    "Gaza Strip": (31.21, 34.20, 31.60, 34.58), "West Bank": (31.34, 34.88, 32.56, 35.58),
    "Negev": (29.48, 34.25, 31.40, 35.45), "Azad Kashmir": (32.50, 73.00, 36.20, 75.00)}
# Territories whose names join two names that are places of their own: one name, never its parts ("Jammu and
# Kashmir" is not Jammu and a Kashmir); each with the table's name for it, or None where the territory is never a
# place of an attack (a whole Indian union territory).
JOINED_TERRITORIES: dict[str, str | None] = {"Azad Jammu and Kashmir": "Azad Kashmir", "Jammu and Kashmir": None}
JOINED_TERRITORY = re.compile(r"\b(?:" + "|".join(
    re.escape(name).replace(r"\ ", r"\s+") for name in sorted(JOINED_TERRITORIES, key=len, reverse=True)) + r")\b")
# The forces of a state that helps defend another, counting what they alone shot down ("American warships and
# aircraft had shot down more than 70 drones"): a part of what the attack lost, never its whole (SPEC: a partial
# count stays null). Matched on the clause before the figure; "who" is the helping state.
# (its own forces, named by its command: "US Central Command said its own forces destroyed more than 80 drones"; told
# with their support: "American forces, supported by two destroyers offshore, had engaged and destroyed")
_HELPER = r"(?P<who>American|(?-i:US|U\.S\.|RAF)|British|Royal\s+Air\s+Force|Jordanian)"
_HELPER_FORCE = r"(?:warships?|destroyers?|forces|aircraft|(?:fighter\s+)?jets|warplanes|fighters|planes|[Nn]avy)\b"
HELPING_FORCE = re.compile(
    rf"\b{_HELPER}\s+(?:[\w-]+\s+){{0,3}}?(?:(?:said|says|reported)\s+(?:that\s+)?(?:its|their)\s+(?:own\s+)?)?"
    rf"{_HELPER_FORCE}[^.;:]{{0,150}}$", re.IGNORECASE)
# ... and named after the figure, as the agent of its passive: "more than 70 drones destroyed by US forces"
HELPING_FORCE_AFTER = re.compile(
    rf"[^.;:]{{0,40}}?\b(?:destroyed|shot\s+down|downed|intercepted)\s+by\s+(?:the\s+)?{_HELPER}\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_HELPER_FORCE}", re.IGNORECASE)
# Ukrainian territory under Russian occupation: a Ukrainian strike there is a strike on Ukraine (SPEC).
OCCUPIED = frozenset((
    "Crimea", "Sevastopol", "Simferopol", "Feodosia", "Kerch", "Yevpatoria", "Dzhankoi", "Donetsk", "Horlivka",
    "Makiivka", "Yenakiieve", "Luhansk", "Alchevsk", "Sievierodonetsk", "Lysychansk", "Mariupol", "Melitopol",
    "Berdiansk", "Enerhodar", "Tokmak", "Nova Kakhovka", "Oleshky", "Skadovsk", "Henichesk"))
REGION_SUFFIX = re.compile(r"\s+(?:Oblast|Krai)$")
# Ground of one state that another holds or shields (the table codes it by the first: the Golan Heights are Syria's,
# Jericho the Palestinian territories'), with the state that holds it. A strike there that names no attacker is
# one of the war over the holder: an attack on the holder spilling over ("Iran fired 180 missiles at Israel. A man
# was killed in Jericho by falling debris") or the other side's answer to the holder ("Israel struck Beirut, days
# after a rocket killed 12 children in Majdal Shams").
HELD_GROUND: dict[str, str] = {"Golan Heights": "IL", "Majdal Shams": "IL", "Mount Hermon": "IL", "Jericho": "IL"}
# "Read also: Russian drone attack on Odesa damages port infrastructure": a link to another report, whose headline
# tells nothing of this one
READ_MORE = r"read\s+(?:more|also)\b|see\s+also\b|also\s+read\b|related(?:\s+stories)?:"
# "three people were injured in the region", "drones were destroyed over the oblast": the region a heading or an
# official's title has named, told of itself
THE_REGION = re.compile(r"\b(?:in|over|across|throughout|around)\s+the\s+(?:region|oblast)\b", re.I)
# "a strike on a printing house in the city killed seven": the town the report has named, told of again
THE_TOWN = re.compile(r"\b(?:the|this)\s+(?:same\s+)?(?:city|town)\b(?!\s+(?:of|council|hall|authorities|administration|"
                      r"mayor|officials?|centre|center)\b)", re.I)
# The nouns of a part of a city or of a region: "the Obukhiv district", "Obolonskyi raion". A town named for its
# district is not reported struck when only its district is (the SPEC's "a district is not a separate place").
# A Ukrainian district's or power station's name is an adjective ("in Dniprovskyi and Desnianskyi", "in
# Shevchenkivskyi, the facade was blown out", "the attack on Trypilska"): one the table does not list as a town
# (Khmelnytskyi, Kropyvnytskyi) is a part of a city or a works, not a place.
UA_DISTRICT_NAME = re.compile(r"[A-Z][a-z'’-]+(?:[sc]kyi|ska)")
# Written with both cases, never compiled case-blind: a capitalised name stands before it.
DISTRICT_NOUNS = r"(?:[Dd]istricts?|DISTRICTS?|[Rr]aions?|[Mm]icrodistricts?|[Nn]eighbou?rhoods?|[Qq]uarters?)"
# The nouns of a Ukrainian community (hromada), a part of its region named for its chief town
COMMUNITY_NOUNS = r"(?:[Cc]ommunit(?:y|ies)|[Hh]romadas?)"
# Words of an airport closed or flights stopped, not struck: "flights were suspended at Vnukovo airport".
CLOSURE_WORDS = re.compile(r"\b(?:clos(?:ed|ing|ure|ures)|shut|suspend\w*|restrict\w*|halt\w*|reopen\w*|divert\w*|"
                           r"flights?|departures|arrivals|delays?|disrupt\w*)\b", re.I)
# Cities that bear the name of their river ("a bridge across the Dnipro", "the left bank of the Dnipro", "the
# Dnipro hydroelectric plant"): written with "the", the name is the river or a works on it, not the city.
RIVER_CITIES = frozenset(("Dnipro",))
# What stands before "the" and such a name when it is the river: a crossing, a bank, a course along it.
RIVER_BEFORE = re.compile(r"\b(?:across|over|along|beyond|banks?\s+of|crossings?\s+of|side\s+of|shores?\s+of)\s+the\s+$",
                          re.I)
# What follows such a name when it names a works on the river: "the Dnipro hydroelectric power plant", "the Dnipro dam".
RIVER_WORKS_AFTER = re.compile(r"^\s+(?:hydroelectric|hydro(?:power)?|dam|HPP|HES)\b", re.I)
# The nouns of a named feature that is not a town: "the Dnipro River", "Shevchenko Park", "the Kerch Strait".
# A nuclear plant is named for a town it is not in (the Kursk plant stands at Kurchatov); a thermal one is in its town.
FEATURE_NOUNS = (r"[Nn]uclear\s+[Pp]ower\s+(?:[Pp]lants?|[Ss]tations?)|NPPs?|[Cc]ascade|[Rr]ivers?|[Pp]ark|[Ss]treet|[Aa]venue|"
                 r"[Bb]oulevard|[Ss]quare|[Ss]trait|[Bb]ay|[Ll]ake|"
                 r"[Ee]mbankment|[Bb]ridge|(?:penal\s+)?[Cc]olony|[Rr]eservoir|[Cc]anal|[Ss]pit|[Vv]alley")
# The part of a country a place is said to be in: "in northeastern Jordan", "in western Iraq", "in northwest Yemen",
# "into south Lebanon".
COMPASS_ADJECTIVES = (r"(?:southern|northern|eastern|western|central|north-?eastern|north-?western|south-?eastern|"
                      r"south-?western|(?:north|south)(?:-?(?:east|west))?(?![\w-])|(?:east|west)(?![\w-]))")
# "the south" as the part of the country struck ("raids on the south and the Bekaa", "villages in the South"): the
# country's part of that name, when the table lists one (South Lebanon); not "the south of the city".
THE_COUNTRY_PART = re.compile(r"\b(?i:in|on|across|over|throughout|of|at)\s+the\s+(?P<dir>[Ss]outh|[Nn]orth|[Ee]ast|[Ww]est)"
                              r"\b(?![\w'’-])(?!\s+of\b)")
# Lower-case particles inside Arabic place names: "al-Shuqaiq", "Dhahran al-Janoub", "Borj el-Chmali", "Deir ez-Zor".
NAME_PARTICLES = r"(?:al|el|ad|an|ar|as|ash|at|az|ed|es|ez|ul|um)-"
# Lower-case words inside people's names, written apart: "Ursula von der Leyen", "Abdulaziz bin Salman",
# "Mohammed bin Abdulrahman Al Thani". A name runs on through them to the capitalised word after.
PERSON_NAME_PARTICLES = r"(?:von|van|der|den|de|del|della|da|di|du|le|la|bin|bint|ibn|abu|al|el|Al|El|Abu)"
# Military ranks and honorifics written before a name ("Rear Admiral Daniel Hagari", "Brigadier General Yahya
# Saree", "Sayyed Abdul-Malik al-Houthi"): part of no one's name.
PERSON_PREFIXES = (r"(?:(?:Rear|Vice|Brigadier|Major|Lieutenant|Air|Staff|Chief|Police|First|Second)\s+)?"
                   r"(?:Admiral|General|Gen|Colonel|Col|Lieutenant|Lt|Major|Maj|Captain|Capt|Commander|Marshal|"
                   r"Sergeant|Brigadier|Commodore|Ayatollah|Sheikh|Shaikh|Sayyed|Sayyid|Seyyed|Prince|Princess|"
                   r"Emir|Sultan|Mr|Mrs|Ms|Dr)\.?")
# The nouns of a works named for the place it stands in ("the Bajil cement plant", "the Hezyaz power station",
# "the Afipsky oil refinery", "the Swediya gas facility"); "power stations at Hezyaz and Dhahban" names them after it.
INDUSTRIAL_SITE_NOUNS = (r"(?:(?:cement|power|thermal|hydroelectric|oil|gas|fuel|pumping|transformer|compressor|"
                         r"oil\s+pumping|steel|chemical|fertili[sz]er)\s+(?:plants?|stations?|factory|factories|"
                         r"facility|facilities|terminals?|depots?|works)|(?:oil\s+)?refinery|refineries|dams?)")
# Words of how many, which open a sentence in capitals but name no place: "Several communities in the Sumy region",
# "Two villages were hit"
QUANTITY_WORDS = frozenset(("several", "some", "many", "most", "all", "both", "other", "numerous", "multiple",
                            "dozens", "hundreds", "thousands", *NUMBER_WORDS))
# Peoples and faiths a "community" or "village" may be named for, which name no place: "a Bedouin community near
# Arad", "Israel, which has a sizeable Druze community of its own".
COMMUNITY_WORDS = frozenset(("bedouin", "druze", "jewish", "arab", "christian", "muslim", "alawite", "kurdish",
                             "armenian", "circassian", "palestinian", "sunni", "shia", "shiite", "yazidi", "roma"))
# Countries whose provinces are governorates: "Dhamar Governorate", "Sweida Governorate".
GOVERNORATE_COUNTRIES = frozenset(("YE", "SY", "IQ", "JO", "LB", "EG", "PS", "BH", "KW", "OM"))
# The nouns of a named site that is itself the place struck: "the Nevatim and Hatzerim airbases", "the Khor Mor
# gas field", "the Abu Shouk camp", "the al-Mawasi area", "Oe Htein Kwin village", "the Cal Miskaad mountains".
# Read case-blind.
SITE_NOUNS = (r"(?:air\s*bases?|air\s*fields?|(?:military\s+|army\s+|naval\s+)?bases?|garrisons?|"
              r"(?:refugee\s+|displacement\s+|displaced\s+persons\s+)?camps?|(?:oil|gas)\s*fields?|areas?|villages?|"
              # "the Cal Miskaad mountains": hideouts struck in a range are struck there
              r"mountains|"
              # "the Arak heavy-water reactor", "the Natanz enrichment facility": a nuclear site named for its town
              r"(?:heavy[\s-]water\s+|research\s+)?reactors?|(?:uranium\s+)?(?:enrichment|conversion)\s+"
              r"(?:plants?|sites?|facilit(?:y|ies)|complex)|"
              rf"{INDUSTRIAL_SITE_NOUNS})")
# Outlets and titles whose name holds a place: "the Kyiv Post", "Kyiv Oblast Governor". A mayor is not here:
# "Moscow Mayor Sergei Sobyanin said drones were shot down" reports on the city he names.
PLACE_IN_NAME = re.compile(
    r"\b(?:Post|Independent|Times|Herald|Telegraph|Pravda|Journal|Gazette|Tribune|Daily|Radio|TV|Television|"
    r"Chronicle|Ledger|Courier|Observer|Express|Review|Bulletin|Dispatch|Wire|Insider|"
    r"Governor|Administration|Council|Court|Operational\s+Command|(?:Health\s+)?Ministry|Civil\s+Defen[cs]e)\b")
# Bodies a place only qualifies, written in lower case: "the Kyiv bureau", "a Kyiv think tank", "a Kyiv brokerage",
# "the commander of its Khan Younis brigade" (a unit named for a town). Read case-blind after the place.
PLACE_QUALIFIES = r"(?:bureau|think[\s-]+tank|brokerage|consultancy|brigade|battalion|regiment)s?\b"

# Institutions a region names ("the Kharkiv Regional Clinical Hospital", "the Odesa Oblast Children's Hospital"):
# the region is in a name, not struck
REGIONAL_INSTITUTION = re.compile(r"^(?:\s+(?:Oblast|Region|Regional))?(?:\s+[A-Z][\w'’-]+){0,3}?\s+"
                                  r"(?:Hospital|Clinic|Infirmary|Museum|Theatre|Theater|Library|University|"
                                  r"Philharmonic|Perinatal\s+Centre|Cancer\s+Centre)\b")

# A time that is not the attack being told: a place in a clause dated so ("which Russia first used against Dnipro
# in November 2024", "Earlier this month, … at the Saki airfield") is a place of another attack.
_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_HOW_MANY = r"(?:a|one|two|three|four|five|six|several|\d+)"  # "three weeks ago", "a month earlier"
OTHER_TIME = remembered(
    rf"\b(?:in\s+(?:early\s+|late\s+|mid-)?{_MONTH}(?:\s+(?:19|20)\d\d)?(?!\s+\d)|in\s+(?:19|20)\d\d|"
    rf"(?:in\s+)?(?:early|late)\s+{_MONTH}|(?:earlier|late|later)\s+(?:this|that|last|in\s+the)\s+(?:week|month|year)|"
    rf"last\s+(?:week(?:end)?|month|year|spring|summer|autumn|winter|fall)|{_HOW_MANY}\s+"
    rf"(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)|since\s+(?:19|20)\d\d|first\s+used)\b", re.I)
# A time before the attack told, counted back from the report: "earlier this month", "last week", "three weeks
# ago". A toll said with it, at the head of its sentence or in its own clause, is another attack's.
EARLIER_RELATIVE = re.compile(
    rf"\b(?:earlier\s+(?:this|that)\s+(?:month|year)|last\s+(?:week|month|year)|{_HOW_MANY}\s+"
    rf"(?:weeks?|months?|years?)\s+(?:ago|earlier|before))\b", re.I)

# A sentence that opens on a time before the attack told tells of other attacks: "In recent months its drones have
# struck …", "Since then, strikes have continued in …", "Earlier drone attacks hit …", "Background: Over the
# preceding 24 hours …". Its places are not the event's.
BACKGROUND_OPENING = re.compile(
    r"^[\W\d]*(?:\d{1,2}[.:]\d\d\s*(?:am|pm|BST|GMT)?\s*[—–-]\s*)?(?:in\s+recent\s+(?:weeks|months|years)|since\s+then|"
    r"earlier\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids)|previous\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids)|"
    r"in\s+the\s+past\s+(?:few\s+)?(?:weeks|months|years)|over\s+the\s+(?:past|last)\s+(?:few\s+)?"
    r"(?:weeks|months|years|month|year)|background\s*:)", re.I)
# A sentence that sums up a period or a campaign rather than telling one attack: "Monitors recorded deaths in Odesa
# and Kharkiv over the month", "Rights groups have documented repeated strikes in Darfur", "strikes have accounted
# for a growing share of deaths since mid-2024", "Coalition aircraft have carried out dozens of strikes on Sanaa".
# Its places and its damage are not the event's.
PERIOD_SUMMARY = remembered(
    r"\b(?:over|during|throughout)\s+the\s+(?:same\s+)?(?:month|week|year|period|summer|winter)\b|\bsince\s+mid-\d{4}\b|"
    r"\b(?:have|has)\s+(?:documented|accounted\s+for)\b|\bMission\s+documented\b|"
    r"\b(?:have|has)\s+carried\s+out\s+(?:dozens|hundreds|thousands|scores)\s+of\b", re.I)
# ... and a campaign told in the present perfect by its span or its growth, or as attacks over a span: "power
# stations in Merowe and Atbara have been hit in recent months", "In recent months, RSF drones have struck …",
# "Ukraine has been hitting Russian refineries for months", "the RSF has intensified drone attacks on Atbara", "a
# series of drone attacks on refineries in recent weeks" (not an attack in the past told beside a span: "hit a plant
# on Monday, the third such attack in recent weeks", "turbines that had been repaired for months"; nor "strikes in
# recent months, including one in Sanaa that killed …", an attack told in its own right). A sentence that also names
# a day tells an attack of its own (the reader checks): "has stepped up its attacks, and on Monday a drone struck …"
_SPAN = r"(?:in\s+recent\s+(?:weeks|months|years)|for\s+(?:many\s+|several\s+)?(?:months|years))\b"
CAMPAIGN_SUMMARY = remembered(
    rf"(?:\b(?:have|has)\s+[^.;]{{0,120}}?\b{_SPAN}|\b{_SPAN},?\s+[^.;]{{0,60}}?\b(?:have|has)\s|"
    rf"\b(?:attacks|strikes|raids)\b[^.;,]{{0,60}}?\bin\s+recent\s+(?:weeks|months|years)\b)(?![^.;]*\bkill(?:ed|ing)\b)|"
    r"\b(?:have|has)\s+(?:\w+\s+)?(?:stepped\s+up|intensified|escalated)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|strikes|raids)\b", re.I)
# several strikes told as one run over a month or a year ("in October 2021 a series of strikes on Mekelle killed
# several civilians"): no one attack a month dates
SEVERAL_STRIKES = re.compile(r"\b(?:series|string|spate|succession|run)\s+of\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:strikes|air\s*strikes|attacks|raids|bombings)\b", re.I)
# --- roles of a weapon count ---------------------------------------------------------------------------------

# The verbs (as lemmas) whose subject or object a weapon count is, by the role they give it. A
# phrasal verb is written with its particle ("shoot down").
ROLE_VERBS: dict[str, frozenset[str]] = {
    "launched": frozenset(("launch", "fire", "send", "use", "deploy", "involve", "include", "unleash", "hurl",
                           "employ", "direct", "dispatch", "attack", "target", "strike with", "hit with",
                           "pound with", "number", "comprise", "feature", "total")),
    "destroyed": frozenset(("shoot down", "bring down", "knock down", "take down", "down", "destroy", "intercept",
                            "neutralise", "neutralize", "suppress", "jam", "eliminate", "repel", "lose", "disappear",
                            "shoot", "defeat", "stop", "counter")),
    "hit": frozenset(("hit", "strike", "reach", "breach", "penetrate", "land", "slam", "crash", "evade",
                      "get through", "pass", "break through", "impact", "explode")),
}
# The verbs of a bulletin's tally, which tell what was launched only of their object: "the air force counted 97
# drones", "reported 810 drones and 13 missiles" (not "13 drones were recorded", nor "detected and destroyed").
TALLY_VERBS = frozenset(("count", "record", "register", "list", "report"))
# Nouns of an attack: a count inside "a barrage of 11 missiles" or "an assault involving 40 drones"
# tells how many were launched.
ATTACK_NOUNS = frozenset(("barrage", "salvo", "wave", "assault", "attack", "strike", "volley", "swarm", "raid",
                          "onslaught", "bombardment", "combination", "mix", "total", "package"))
# the attack nouns that name an attack itself, not a sum of weapons ("a barrage of", "the strike of April 15")
ATTACK_NOUN = "(?:" + "|".join(sorted(ATTACK_NOUNS - {"total", "mix", "combination", "package"})) + ")"

# --- records -----------------------------------------------------------------------------------------------

# The superlatives of an attack's size or toll a record is claimed by ("the largest", "the deadliest", "the worst",
# "the most widespread wave"); not "unprecedented", which measures no span.
# Verbs that tell a campaign's start after a superlative's "since": "the deadliest raid since Washington launched its
# campaign last month" (the span measured over, not the day of the raid).
CAMPAIGN_BEGUN_VERBS = r"(?:launched|began|started|opened|widened|expanded|escalated|resumed)\b"
SUPERLATIVE = (r"(?:largest|biggest|most\s+massive|heaviest|most\s+intense|deadliest|most\s+deadly|most\s+powerful|"
               r"longest|worst|most\s+extensive|most\s+widespread|most\s+serious|deepest)")
# The spans of time a superlative is measured over, however short: a record of a season or of a stretch of months is a
# record all the same ("the heaviest strike of the summer", "the deadliest attack on the capital in almost four
# months", "its largest combined strike in nearly three months", "the deadliest in over a year", "this year")
SEASON_OR_YEAR = r"(?:year|month|week|summer|winter|spring|autumn|fall)"
RECORD_SPAN = (rf"(?:this|last|the\s+past)\s+{SEASON_OR_YEAR}\b|of\s+the\s+{SEASON_OR_YEAR}\b|"
               rf"in\s+(?:(?:nearly|almost|over|more\s+than|about|at\s+least|recent|the\s+past|the\s+last)\s+)?"
               rf"(?:a|an|\w+|\d+)?\s*(?:{SEASON_OR_YEAR}s?|decades?)\b|in\s+recent\s+(?:times|memory)\b|"
               r"in\s+(?:its|their|the\s+[\w'’-]+)\s+history\b")
# Things whose record is no attack's: "petrol prices hit record highs", "the largest swap of the war", "DTEK, the
# largest private producer", "a record turnout".
OTHER_RECORDS = (r"\b(?:prices?|exchange\s+rates?|inflation|turnout|temperatures?|travell?ers|passengers|exports?|"
                 r"imports?|sales|swaps?|producers?|protests?|rall(?:y|ies)|demonstrations?|evacuations?|"
                 r"aid\s+packages?|budget|deficit|ratings?|revenues?|profits?)\b")

# Words of an aerial attack as written, inflected (``dates``: the day said in their clause dates the attack)
ATTACK_WORD = re.compile(r"\b(?:struck|strikes?|hit|hits|hitting|slamm(?:ed|ing)|attack(?:s|ed)?|bomb(?:s|ed|ing)?|"
                         r"exploded|fired|launched|shelled|targeted|raids?|barrage|airstrikes?|drones?|missiles?|"
                         r"rockets?)\b", re.I)

# --- a clause that tells an attack happened (``extract.told``) ----------------------------------------------

# Lemmas of verbs that tell an attack or its harm ("Russia struck Kyiv", "missiles fell on the city").
ATTACK_VERBS = frozenset(("strike", "hit", "attack", "bomb", "shell", "pound", "bombard", "target", "fire", "launch",
                          "raid", "hammer", "pummel", "shoot", "kill", "injure", "wound", "damage", "destroy", "drop",
                          "slam", "rain", "fall", "land", "explode", "crash", "intercept", "down", "blast", "level",
                          "unleash"))
# the verbs of harm done to victims: told even in a clause of time ("days after a strike killed three")
HURT_VERBS = frozenset(("kill", "injure", "wound", "damage", "destroy"))
# verbs whose subject, an attack or a weapon, did harm or was felt ("the strike killed", "a drone hit a block",
# "a missile set off sirens")
HARM_VERBS = frozenset(("hit", "kill", "damage", "destroy", "injure", "wound", "strike", "fall", "land", "slam",
                        "explode", "crash", "target", "level", "ignite", "rock", "shake", "tear", "leave", "cause",
                        "spark", "set", "trigger",
                        # or came on: a wave told live ("groups of drones are moving towards the region")
                        "move", "head", "fly", "approach", "enter", "cross",
                        # or was heard: "explosions rang out over Kyiv", "blasts echoed across the city" (the small
                        # model leaves "rang" unlemmatised after some subjects)
                        "ring", "rang", "echo", "sound", "boom", "rumble", "thunder"))
# verbs whose object, an attack or a weapon, was told or done ("explosions were heard", "carried out strikes")
TELL_VERBS = frozenset(("report", "hear", "record", "see", "confirm", "claim", "deliver", "carry", "conduct", "launch",
                        "mount", "stage", "use", "send", "fire", "come", "unleash", "describe"))
TRY_VERBS = frozenset(("attempt", "try", "seek"))  # "Pakistan attempted to strike military targets"
# nouns of an attack, its weapons or its blasts, as lemmas
TOLD_ATTACK_NOUNS = frozenset(("attack", "strike", "airstrike", "raid", "barrage", "salvo", "bombardment", "assault",
                               "onslaught", "shelling", "wave", "explosion", "blast", "operation"))
TOLD_WEAPON_NOUNS = frozenset(("missile", "drone", "rocket", "bomb", "uav", "shahed", "projectile"))
# what makes a clause no report: a modal or the infinitive's "to"; a clause of time, condition or comparison
NOT_ASSERTING_AUX = frozenset(("will", "would", "could", "might", "may", "can", "should", "must", "'ll", "to"))
NOT_TOLD_MARKS = frozenset(("after", "before", "since", "if", "unless", "until", "whether", "than"))
COMPARING_WORDS = frozenset(("as", "than", "same", "number", "equal"))
DAY_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "overnight", "tonight", "yesterday", "today"))
