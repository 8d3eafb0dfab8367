"""How well strikewatch.dedup finds syndicated copies: precision and recall on a generated set.

The set: 50 stories, each rewritten lightly 1-3 times the way outlets syndicate a report
(synonyms swapped, sentences reordered, an outlet credit line added, the toll updated, the last
paragraph trimmed), plus 50 distinct stories about the same nights, told from the same stock of
official phrasing. Stories are generated, not copied from any corpus; the seed fixes them.

Every text goes through the index in a shuffled order, as a store would see it: each is
queried first (a match is a "duplicate of" decision) and added when it matches nothing.

- precision: the share of "duplicate of X" decisions where X tells the same story;
- recall: the share of texts whose story was already indexed that were found to be duplicates.

    python eval/dedup_quality.py                  # the figures for defaults.toml [dedup]
    python eval/dedup_quality.py --threshold 0.4  # try another threshold
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass, replace

from strikewatch.dedup import DedupOptions, NearDuplicates, signature

STORIES = 50  # stories with rewrites
DISTINCT = 50  # stories told once
NIGHTS = [f"2025-{month:02d}-{day:02d}" for month, day in ((3, 7), (3, 8), (4, 24), (5, 25), (7, 9))]
CITIES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia", "Sumy", "Poltava", "Chernihiv",
          "Mykolaiv", "Kryvyi Rih", "Ternopil", "Rivne", "Vinnytsia", "Kherson", "Khmelnytskyi", "Lutsk",
          "Cherkasy", "Zhytomyr", "Ivano-Frankivsk"]
OFFICIALS = ["the regional governor", "the head of the city military administration", "the mayor",
             "the State Emergency Service", "the regional prosecutor's office", "police"]
TARGETS = ["a nine-storey apartment block", "an energy facility", "a grain warehouse", "a school building",
           "a railway depot", "a private house", "a supermarket", "a gas distribution station",
           "an industrial enterprise", "a hospital annex", "a bus depot", "a water pumping station"]
DAY = {"2025-03-07": "Friday", "2025-03-08": "Saturday", "2025-04-24": "Thursday", "2025-05-25": "Sunday",
       "2025-07-09": "Wednesday"}
OUTLETS = ["Kyiv Ledger", "Continental Wire", "Black Sea Herald", "Frontline Review", "Northern Monitor",
           "Dnipro Evening", "Eastern Dispatch"]

LEADS = [
    "Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, and {city} was among the "
    "cities hit, {official} said on {day}.",
    "Russian forces attacked {city} overnight with drones and missiles, damaging {target}, {official} said.",
    "A Russian {weapon} strike hit {city} early on {day}, {official} said, in one of the heaviest attacks on "
    "the region in weeks.",
    "{city} came under a combined drone and missile attack overnight into {day}, {official} reported.",
    "Explosions rang out in {city} overnight as air defence units worked to repel a Russian {weapon} attack, "
    "{official} said.",
    "{official_cap} said on {day} that a Russian {weapon} attack on {city} had left a trail of destruction "
    "across {district} district.",
    "Russia pounded {city} with {weapon}s for a second night running, hitting {target} in {district} "
    "district.",
    "In {city}, the night began with the drone of Shaheds over {district} district shortly after midnight.",
]
CASUALTIES = [
    "{killed} people were killed and {injured} injured, according to {official}.",
    "At least {killed} people died and {injured} were wounded in the attack.",
    "The attack killed {killed} and injured {injured}, among them two children.",
    "{injured} people were injured, and {killed} bodies have been recovered so far.",
    "Medics said {injured} people needed hospital treatment; {killed} could not be saved.",
    "The toll stood at {killed} dead on {day} morning, with {injured} people in hospital.",
]
DAMAGE = [
    "The strike damaged {target} and set fire to several cars parked nearby.",
    "Debris from a downed drone fell on {target}, starting a fire that burned for several hours.",
    "Windows were blown out in {target} and in neighbouring buildings, {official} said.",
    "A direct hit destroyed part of {target}, and rescuers searched the rubble until the morning.",
    "Firefighters put out a blaze at {target} by dawn; {structures} other buildings were damaged.",
    "Photographs from the scene showed {target} on {street} with its upper floors torn open.",
    "On {street}, {structures} cars burned out and the facade of {target} collapsed onto the pavement.",
    "The blast wave shattered glass along {street}, where {target} took the worst of the damage.",
]
AIR_FORCE = [
    "The air force said air defence destroyed {destroyed} of the {drones} drones, while {lost} more were "
    "lost from radar.",
    "Air defence units shot down {destroyed} drones and {missiles_down} missiles, the air force said.",
    "According to the air force, {destroyed} drones were intercepted over the northern and central regions.",
    "Ukraine's military said it had neutralised {destroyed} drones, but did not say how many missiles got "
    "through.",
    "It was not immediately clear how many of the {drones} drones reached {city}.",
]
CONTEXT = [
    "An air raid alert lasted for more than {hours} hours in the region.",
    "Power was cut to about {homes} homes after the attack, the grid operator said.",
    "Authorities declared a day of mourning in {city}.",
    "Residents spent the night in shelters and metro stations as the alert went on.",
    "Repair crews began restoring water and heating supplies in the affected districts.",
    "The region has been attacked almost every night this month.",
    "{witness}, who lives nearby, said the building shook and the windows fell in.",
    "\"We heard the explosion before the siren,\" said {witness}, a neighbour.",
    "Schools in {district} district switched to online lessons for the rest of the week.",
    "Volunteers handed out water and plywood to cover broken windows on {street}.",
    "The city council said temporary shelter was available for {homeless} residents whose flats were "
    "damaged.",
]
DISTRICTS = ["Shevchenkivskyi", "Saltivskyi", "Podilskyi", "Kyivskyi", "Primorskyi", "Sykhivskyi",
             "Zavodskyi", "Industrialnyi", "Slobidskyi", "Desnianskyi", "Obolonskyi", "Tsentralnyi"]
STREETS = ["Soborna Street", "Peremohy Avenue", "Shevchenko Street", "Hrushevskoho Street",
           "Heroiv Pratsi Street", "Naukova Street", "Kozatska Street", "Mira Avenue", "Vokzalna Street"]
WITNESSES = ["Olena Kovalenko", "Serhiy Bondar", "Tetiana Melnyk", "Ihor Shevchuk", "Natalia Tkachenko",
             "Yuriy Moroz", "Halyna Savchenko", "Andriy Kravets"]
SYNONYMS = {
    "launched": "fired", "attack": "strike", "attacked": "struck", "said": "reported",
    "overnight": "during the night", "injured": "wounded", "wounded": "hurt", "killed": "left dead",
    "destroyed": "shot down", "shot down": "downed",
    "damaged": "hit", "people": "civilians", "fire": "blaze", "rescuers": "emergency workers",
    "heaviest": "largest", "several": "a number of", "began": "started", "cities": "towns",
    "residents": "locals", "early": "in the early hours of",
}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Text:
    """One generated text and the story it tells."""

    key: str
    story: int
    night: str
    text: str


@dataclass(frozen=True)
class Quality:
    """The outcome of one run over the set."""

    texts: int
    decisions: int  # "duplicate of" answers
    correct: int  # ... of which pointed at the same story
    expected: int  # texts whose story was already indexed when they came
    precision: float
    recall: float


def make_story(rng: random.Random, story: int, night: str) -> list[str]:
    """Paragraphs of one invented report of one night's attack on one city."""
    facts = {"city": rng.choice(CITIES), "official": rng.choice(OFFICIALS), "target": rng.choice(TARGETS),
             "day": DAY[night], "weapon": rng.choice(["drone", "missile", "ballistic missile"]),
             "drones": rng.randint(40, 600), "missiles": rng.randint(0, 40), "killed": rng.randint(1, 9),
             "injured": rng.randint(2, 60), "hours": rng.randint(2, 9), "homes": rng.randint(2, 90) * 1000,
             "structures": rng.randint(3, 40), "district": rng.choice(DISTRICTS),
             "street": rng.choice(STREETS), "witness": rng.choice(WITNESSES),
             "homeless": rng.randint(20, 400)}
    facts["official_cap"] = facts["official"][0].upper() + facts["official"][1:]
    facts["destroyed"] = rng.randint(facts["drones"] // 2, facts["drones"])
    facts["lost"] = rng.randint(0, facts["drones"] - facts["destroyed"])
    facts["missiles_down"] = rng.randint(0, facts["missiles"])
    lead = rng.choice(LEADS) + " " + rng.choice(CASUALTIES)
    middle = " ".join(rng.sample(DAMAGE, 2)) + " " + rng.choice(AIR_FORCE)
    tail = " ".join(rng.sample(CONTEXT, 3))
    return [sentence.format(**facts) for sentence in (lead, middle, tail)]


def rewrite(rng: random.Random, paragraphs: list[str], outlet: str) -> str:
    """A light rewrite of a story as another outlet carries it: two or three edits of five kinds."""
    original = "\n\n".join(paragraphs)
    while True:  # two edits can leave the text as it was (no synonym to swap, sentences back in order)
        edited = paragraphs
        for edit in rng.sample([_swap_synonyms, _reorder, _credit, _update_toll, _trim], rng.randint(2, 3)):
            edited = edit(rng, edited, outlet)
        if "\n\n".join(edited) != original:
            return "\n\n".join(edited)


def _swap_synonyms(rng: random.Random, paragraphs: list[str], outlet: str) -> list[str]:
    chosen = {word: other for word, other in SYNONYMS.items() if rng.random() < 0.5}
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, chosen)) + r")\b") if chosen else None
    return [pattern.sub(lambda m: chosen[m[1]], p) if pattern else p for p in paragraphs]


def _reorder(rng: random.Random, paragraphs: list[str], outlet: str) -> list[str]:
    sentences = [SENTENCE_END.split(p) for p in paragraphs]
    for sentence_list in sentences[1:]:
        rng.shuffle(sentence_list)
    paragraphs = [" ".join(s) for s in sentences]
    return [paragraphs[0], *rng.sample(paragraphs[1:], len(paragraphs) - 1)]


def _credit(rng: random.Random, paragraphs: list[str], outlet: str) -> list[str]:
    line = rng.choice([f"Reporting by {outlet} staff.", f"This story was first published by {outlet}.",
                       f"({outlet}) -"])
    return [line + " " + paragraphs[0], *paragraphs[1:]] if line.endswith("-") else [*paragraphs, line]


def _update_toll(rng: random.Random, paragraphs: list[str], outlet: str) -> list[str]:
    def bump(match: re.Match) -> str:
        return str(int(match[0]) + rng.randint(1, 3))
    toll = r"\b\d+\b(?= (people|bodies|and injured|were wounded|were killed))"
    updated = re.sub(toll, bump, paragraphs[0], count=1)
    return [updated, *paragraphs[1:], "The death toll rose later on in the day, officials said."]


def _trim(rng: random.Random, paragraphs: list[str], outlet: str) -> list[str]:
    return paragraphs[:-1]


def build_set(seed: int = 2025) -> list[Text]:
    """The 50 stories with their rewrites and the 50 distinct stories, in a shuffled order."""
    rng = random.Random(seed)
    texts: list[Text] = []
    for story in range(STORIES + DISTINCT):
        night = NIGHTS[story % len(NIGHTS)]
        paragraphs = make_story(rng, story, night)
        texts.append(Text(f"s{story}-0", story, night, "\n\n".join(paragraphs)))
        if story < STORIES:
            for copy in range(1, rng.randint(1, 3) + 1):
                outlet = rng.choice(OUTLETS)
                texts.append(Text(f"s{story}-{copy}", story, night, rewrite(rng, paragraphs, outlet)))
    rng.shuffle(texts)
    return texts


def evaluate(texts: list[Text], options: DedupOptions | None = None) -> Quality:
    """Send TEXTS through a NearDuplicates index, in order, and score its decisions."""
    options = options or DedupOptions()
    index = NearDuplicates(options)
    story_of = {text.key: text.story for text in texts}
    indexed: set[int] = set()
    decisions = correct = expected = 0
    for text in texts:
        sig = signature(text.text, options)
        expected += text.story in indexed
        match = index.query(sig)
        if match is None:
            index.add(text.key, sig)
            indexed.add(text.story)
            continue
        decisions += 1
        correct += story_of[match] == text.story
    precision = correct / decisions if decisions else 1.0
    recall = correct / expected if expected else 1.0
    return Quality(len(texts), decisions, correct, expected, precision, recall)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=2025, help="seed of the generated set")
    parser.add_argument("--threshold", type=float, help="override [dedup] threshold")
    parser.add_argument("--shingle-words", type=int, help="override [dedup] shingle_words")
    args = parser.parse_args(argv)
    options = DedupOptions()
    if args.threshold is not None:
        lsh_threshold = min(options.lsh_threshold, args.threshold)
        options = replace(options, threshold=args.threshold, lsh_threshold=lsh_threshold)
    if args.shingle_words is not None:
        options = replace(options, shingle_words=args.shingle_words)
    quality = evaluate(build_set(args.seed), options)
    print(f"texts {quality.texts}  duplicate decisions {quality.decisions}  correct {quality.correct}  "
          f"duplicates to find {quality.expected}")
    print(f"precision {quality.precision:.3f}  recall {quality.recall:.3f}  "
          f"(shingle_words={options.shingle_words}, threshold={options.threshold}, "
          f"num_perm={options.num_perm})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
