"""An offline map for the dashboard: the region's outline drawn as SVG on the server, places as circles.

The outline (``data/outline.json``: Natural Earth's 1:50m countries from Ukraine to the Urals,
clipped and simplified by ``scripts/build_map_data.py``) is projected once with an
equirectangular projection true to scale at 50° N, and the view is the rectangle around the
points to draw (never smaller than Ukraine). Nothing is fetched: no tiles, no script, no inline
style, so the page's Content-Security-Policy holds. Circles are sized by area (a circle twice as
wide stands for four times the figure); a place outside the outline's bounds is not drawn but
counted, so that the page can say so.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from markupsafe import Markup, escape

SCALE = 10.0  # viewBox units per degree of latitude
COS = math.cos(math.radians(50))  # longitude shrinks by this at the map's middle latitude
UKRAINE = (22.0, 44.2, 40.3, 52.4)  # west, south, east, north: the smallest view
PADDING = 1.2  # degrees around the points
MIN_RADIUS, MAX_RADIUS = 1 / 110, 1 / 22  # of the view's width


@dataclass(frozen=True)
class MapPoint:
    """One place to draw: where, how big a figure it stands for, its tooltip and its link."""

    name: str
    latitude: float
    longitude: float
    value: float | None = None  # sizes the circle; None draws the smallest
    title: str = ""
    href: str | None = None
    label: bool = False  # write the name beside the circle


@dataclass(frozen=True)
class DrawnMap:
    svg: Markup
    drawn: int
    off_map: tuple[str, ...]  # names of the points outside the outline's bounds


def map_svg(points: Sequence[MapPoint], label: str) -> DrawnMap:
    """The outline with POINTS on it; LABEL is the map's accessible name."""
    west, south, east, north = _outline()["bounds"]
    inside = [p for p in points if west <= p.longitude <= east and south <= p.latitude <= north]
    off_map = tuple(dict.fromkeys(p.name for p in points if p not in inside))
    x0, y0, x1, y1 = _view(inside)
    width = x1 - x0
    parts = [
        f'<svg class="map" viewBox="{x0:.1f} {y0:.1f} {width:.1f} {y1 - y0:.1f}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
        f'<rect class="sea" x="{x0:.1f}" y="{y0:.1f}" width="{width:.1f}" height="{y1 - y0:.1f}"/>',
        *_land(),
    ]
    largest = max((p.value or 0 for p in inside), default=0)
    ordered = sorted(inside, key=lambda p: -(p.value or 0))  # small circles drawn last, on top
    parts += [_point(p, largest, width) for p in ordered]
    parts.append("</svg>")
    return DrawnMap(Markup("\n".join(parts)), len(inside), off_map)


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """(x, y) in the map's units."""
    west, _, _, north = _outline()["bounds"]
    return (longitude - west) * COS * SCALE, (north - latitude) * SCALE


def _view(points: Sequence[MapPoint]) -> tuple[float, float, float, float]:
    """The projected rectangle around POINTS (padded), at least Ukraine, within the outline."""
    west, south, east, north = UKRAINE
    for p in points:
        west, east = min(west, p.longitude - PADDING), max(east, p.longitude + PADDING)
        south, north = min(south, p.latitude - PADDING), max(north, p.latitude + PADDING)
    bounds = _outline()["bounds"]
    west, south = max(west, bounds[0]), max(south, bounds[1])
    east, north = min(east, bounds[2]), min(north, bounds[3])
    x0, y0 = project(north, west)
    x1, y1 = project(south, east)
    return x0, y0, x1, y1


def _point(point: MapPoint, largest: float, width: float) -> str:
    x, y = project(point.latitude, point.longitude)
    share = math.sqrt((point.value or 0) / largest) if largest else 0
    radius = width * (MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share)
    title = f"<title>{escape(point.title or point.name)}</title>"
    circle = f'<circle class="strike" cx="{x:.2f}" cy="{y:.2f}" r="{radius:.2f}">{title}</circle>'
    if point.label:
        size = width / 40
        circle += (
            f'<text class="place-label" x="{x + radius + size * 0.3:.2f}" y="{y + size * 0.35:.2f}" '
            f'font-size="{size:.2f}">{escape(point.name)}</text>'
        )
    body = f'<g class="place" data-place="{escape(point.name)}">{circle}</g>'
    if point.href:
        return f'<a href="{escape(point.href)}">{body}</a>'
    return body


@lru_cache(maxsize=1)
def _land() -> tuple[str, ...]:
    """One path per country, projected once."""
    paths = []
    for country in _outline()["countries"]:
        rings = []
        for ring in country["rings"]:
            points = [project(latitude, longitude) for longitude, latitude in ring]
            rings.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
        code = country["code"].lower()
        paths.append(f'<path class="land {code}" data-country="{code}" d="{"".join(rings)}"/>')
    return tuple(paths)


@lru_cache(maxsize=1)
def _outline() -> dict:
    return json.loads(files("strikewatch").joinpath("data", "outline.json").read_text(encoding="utf-8"))
