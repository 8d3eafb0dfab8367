"""Server-side SVG charts for the dashboard: no JavaScript, nothing fetched from the internet.

Two charts drawn from the ``Store.stats()`` dict, and one from the check against the tallies:

- ``timeline_svg(nights, link)``: drones (upper panel) and missiles (lower panel) launched per
  night, each bar stacked as destroyed + not destroyed, on a continuous date axis so that quiet
  nights show as gaps. Every night is one ``<g class="night" data-date=...>`` carrying its
  figures as data attributes and a ``<title>`` tooltip, inside a link to that night's incidents
  (``link(first, last)`` gives the URL). Over a range wider than ``max_days`` the bars are weeks
  (``<g class="period week" data-date=MONDAY data-until=SUNDAY>``), and over more than
  ``max_days`` weeks, months, so that no bar is thinner than a few pixels. Each bar has a
  transparent hit area the full height of the chart and the width of its slot, so that its
  tooltip and link can be reached even when the bar itself is short.
- ``casualties_svg(weeks)``: killed and injured per ISO week, side by side.
- ``tally_svg(series)``: the news and the official drones and missiles launched per night, side by
  side, each night with a large gap between them marked by a triangle (``check.night_series``).

Colours and fonts come from the stylesheet through class names (the page's Content-Security-Policy
allows no inline styles); the SVG carries geometry only. Every value written into the markup is
escaped, although the stats hold only dates and numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup, escape

WIDTH = 960  # the viewBox width; the stylesheet makes the SVG fluid
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 22, 26  # margins around the plot area, in viewBox units
BAR_SHARE = 0.8  # share of a day's slot a bar fills, so neighbouring nights stay apart
MIN_BAR = 0.6  # narrowest bar drawn, so a night among years of nights still shows
MAX_PAIR_BAR = 24  # widest bar of a news / official pair: a few nights do not fill the chart
MAX_X_LABELS = 8
LABEL_HALF = 32  # half the width of a date label: labels stay inside the viewBox


@dataclass(frozen=True)
class Panel:
    """One stacked-bar panel of the timeline: which weapon, where it sits, how tall."""

    weapon: str  # "drones" | "missiles"
    top: float
    height: float


@dataclass(frozen=True)
class Axis:
    """A continuous day axis from ``first`` over ``days`` days, mapped onto the plot width."""

    first: date
    days: int

    @property
    def slot(self) -> float:
        return (WIDTH - LEFT - RIGHT) / self.days

    def x(self, day: date) -> float:
        return LEFT + (day - self.first).days * self.slot


Link = Callable[[str, str], str]  # (first day, last day) -> URL of that period's incidents
FIGURES = ("incidents", "drones_launched", "drones_destroyed", "missiles_launched", "missiles_destroyed")


def timeline_svg(nights: Sequence[Mapping], link: Link | None = None, max_days: int = 120) -> Markup:
    """Drones and missiles launched per night (per week or month over wide ranges), stacked."""
    if not nights:
        return Markup('<p class="empty">No attacks recorded yet.</p>')
    rows = sorted(nights, key=lambda n: n["date"])
    period = timeline_period(rows, max_days)
    if period != "night":
        rows = _aggregate(rows, period)
    step = {"night": 1, "week": 7, "month": 31}[period]
    axis = _axis([date.fromisoformat(n["date"]) for n in rows], step_days=step)
    panels = (Panel("drones", TOP, 190), Panel("missiles", TOP + 190 + 40, 110))
    height = panels[-1].top + panels[-1].height + BOTTOM
    scales = {p.weapon: _nice_max(max(_launched(n, p.weapon) for n in rows)) for p in panels}
    parts = [_svg_open(height, f"timeline per-{period}", _timeline_label(rows, period))]
    for panel in panels:
        parts += _panel_frame(panel, scales[panel.weapon])
    parts += _x_labels(axis, panels[-1].top + panels[-1].height, step_days=step)
    parts += [_night(n, axis, panels, scales, period, link, step) for n in rows]
    parts.append("</svg>")
    return Markup("\n".join(parts))


def timeline_period(rows: Sequence[Mapping], max_days: int) -> str:
    """night, week or month: the smallest period that keeps the bars at most MAX_DAYS."""
    first, last = date.fromisoformat(rows[0]["date"]), date.fromisoformat(rows[-1]["date"])
    days = (last - first).days + 1
    if days <= max_days:
        return "night"
    return "week" if days / 7 <= max_days else "month"


def _aggregate(rows: Sequence[Mapping], period: str) -> list[dict]:
    """Nights summed into weeks (from Monday) or months; each with its first and last day."""
    buckets: dict[date, dict] = {}
    for night in rows:
        day = date.fromisoformat(night["date"])
        start = day - timedelta(days=day.weekday()) if period == "week" else day.replace(day=1)
        bucket = buckets.setdefault(start, {"date": start.isoformat(), "until": _period_end(start, period),
                                            **dict.fromkeys(FIGURES)})
        for key in FIGURES:
            if night.get(key) is not None:
                bucket[key] = (bucket[key] or 0) + night[key]
    return [buckets[start] for start in sorted(buckets)]


def _period_end(start: date, period: str) -> str:
    if period == "week":
        return (start + timedelta(days=6)).isoformat()
    following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return (following - timedelta(days=1)).isoformat()


def casualties_svg(weeks: Sequence[Mapping]) -> Markup:
    """Killed and injured per ISO week, two bars side by side."""
    rows = sorted((w for w in weeks if w.get("killed") or w.get("injured")), key=lambda w: w["week"])
    if not rows:
        return Markup('<p class="empty">No casualties recorded yet.</p>')
    axis = _axis([date.fromisoformat(w["week"]) for w in rows], step_days=7)
    panel = Panel("people", TOP, 160)
    top = _nice_max(max(max(w.get("killed") or 0, w.get("injured") or 0) for w in rows))
    height = panel.top + panel.height + BOTTOM
    parts = [_svg_open(height, "casualties", f"Killed and injured per week, {len(rows)} weeks")]
    parts += _panel_frame(panel, top, title="people")
    parts += _x_labels(axis, panel.top + panel.height, step_days=7)
    parts += [_week(w, axis, panel, top) for w in rows]
    parts.append("</svg>")
    return Markup("\n".join(parts))


def _axis(days: Sequence[date], step_days: int) -> Axis:
    first, last = min(days), max(days)
    return Axis(first, (last - first).days + step_days)


def _launched(night: Mapping, weapon: str) -> int:
    return max(night.get(f"{weapon}_launched") or 0, night.get(f"{weapon}_destroyed") or 0)


def _nice_max(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten at or above VALUE (at least 1)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)


def _svg_open(height: float, name: str, label: str) -> str:
    return (
        f'<svg class="chart {name}" viewBox="0 0 {WIDTH} {height:.0f}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
    )


def _timeline_label(rows: Sequence[Mapping], period: str = "night") -> str:
    first, last = rows[0]["date"], rows[-1].get("until") or rows[-1]["date"]
    plural = {"night": "nights", "week": "weeks", "month": "months"}[period]
    return f"Drones and missiles launched per {period}, {len(rows)} {plural} from {first} to {last}"


def _panel_frame(panel: Panel, top: float, title: str | None = None) -> list[str]:
    """Gridlines with their values at 0, half and the top, and the panel's name."""
    parts = [
        f'<text class="panel-title" x="{LEFT}" y="{panel.top - 6:.1f}">{escape(title or panel.weapon)}</text>'
    ]
    for share in (0, 0.5, 1):
        y = panel.top + panel.height * (1 - share)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}">{_format_count(top * share)}</text>')
    return parts


def _format_count(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def _x_labels(axis: Axis, baseline: float, step_days: int) -> list[str]:
    """Up to MAX_X_LABELS evenly spaced dates under the plot."""
    slots = axis.days // step_days
    every = max(1, math.ceil(slots / MAX_X_LABELS))
    parts = []
    for index in range(0, slots, every):
        day = axis.first + timedelta(days=index * step_days)
        x = min(max(axis.x(day) + axis.slot * step_days / 2, LEFT + LABEL_HALF), WIDTH - RIGHT - LABEL_HALF)
        parts.append(f'<text class="date-label" x="{x:.1f}" y="{baseline + 18:.1f}">{day.isoformat()}</text>')
    return parts


def _night(
    night: Mapping,
    axis: Axis,
    panels: Sequence[Panel],
    scales: Mapping[str, float],
    period: str = "night",
    link: Link | None = None,
    step: int = 1,
) -> str:
    """One night (or period): its figures as data attributes, a stacked bar per panel and a hit
    area over its whole slot, inside a link to its incidents."""
    day = date.fromisoformat(night["date"])
    slot = axis.slot * step
    width = max(slot * BAR_SHARE, MIN_BAR)
    x = axis.x(day) + (slot - width) / 2
    figures = {key: night.get(key) for key in FIGURES}
    data = " ".join(
        f'data-{key.replace("_", "-")}="{"" if value is None else escape(value)}"'
        for key, value in figures.items()
    )
    last = night.get("until") or night["date"]
    kind = "night" if period == "night" else f"period {period}"
    until = "" if period == "night" else f' data-until="{escape(last)}"'
    parts = [
        f'<g class="{kind}" data-date="{escape(night["date"])}"{until} {data}>',
        f"<title>{escape(_night_title(night, period))}</title>",
    ]
    for panel in panels:
        parts += _stack(panel, scales[panel.weapon], x, width, night)
    bottom = panels[-1].top + panels[-1].height
    parts.append(
        f'<rect class="hit" x="{axis.x(day):.2f}" y="{panels[0].top:.2f}" width="{slot:.2f}" '
        f'height="{bottom - panels[0].top:.2f}"/>'
    )
    parts.append("</g>")
    group = "".join(parts)
    if link is None:
        return group
    label = f"incidents of {night['date']}" + ("" if last == night["date"] else f" to {last}")
    return f'<a href="{escape(link(night["date"], last))}" aria-label="{escape(label)}">{group}</a>'


def _stack(panel: Panel, top: float, x: float, width: float, night: Mapping) -> list[str]:
    """Destroyed at the bottom, the rest (not destroyed or unknown) above it."""
    launched = _launched(night, panel.weapon)
    destroyed = min(night.get(f"{panel.weapon}_destroyed") or 0, launched)
    parts, base = [], panel.top + panel.height
    for part, value in (("destroyed", destroyed), ("not-destroyed", launched - destroyed)):
        if value <= 0:
            continue
        h = panel.height * value / top
        base -= h
        parts.append(
            f'<rect class="{panel.weapon} {part}" x="{x:.2f}" y="{base:.2f}" '
            f'width="{width:.2f}" height="{h:.2f}"/>'
        )
    return parts


def _night_title(night: Mapping, period: str = "night") -> str:
    lines = [night["date"] if period == "night" else f"{period} of {night['date']} to {night['until']}"]
    for weapon in ("drones", "missiles"):
        launched, destroyed = night.get(f"{weapon}_launched"), night.get(f"{weapon}_destroyed")
        if launched is None and destroyed is None:
            continue
        known = "?" if launched is None else f"{launched:,}"
        lines.append(
            f"{weapon}: {known} launched, {'?' if destroyed is None else f'{destroyed:,}'} destroyed"
        )
    count = night.get("incidents")
    if count:
        lines.append(f"{count} incident{'s' if count != 1 else ''}")
    return "\n".join(lines)


def _week(week: Mapping, axis: Axis, panel: Panel, top: float) -> str:
    """One week: killed and injured bars side by side inside the week's slot."""
    start = date.fromisoformat(week["week"])
    slot = axis.slot * 7
    width = max(slot * BAR_SHARE / 2, MIN_BAR)
    x0 = axis.x(start) + (slot - 2 * width) / 2
    killed, injured = week.get("killed") or 0, week.get("injured") or 0
    title = f"week of {week['week']}: {killed:,} killed, {injured:,} injured"
    parts = [
        f'<g class="week" data-week="{escape(week["week"])}" data-killed="{killed}" '
        f'data-injured="{injured}">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (part, value) in enumerate((("killed", killed), ("injured", injured))):
        if value > 0:
            h = panel.height * value / top
            y = panel.top + panel.height - h
            parts.append(
                f'<rect class="{part}" x="{x0 + index * width:.2f}" y="{y:.2f}" '
                f'width="{width:.2f}" height="{h:.2f}"/>'
            )
    parts.append("</g>")
    return "".join(parts)


def tally_svg(series: Sequence[Mapping], link: Link | None = None) -> Markup:
    """The news and the official drones and missiles launched, side by side per night, the large
    gaps marked: SERIES is ``check.night_series`` (one row per night with an official figure)."""
    rows = [n for n in series if n.get("drones") or n.get("missiles")]
    if not rows:
        return Markup('<p class="empty">No night has official figures yet (import the Air Force '
                      "tallies with <code>strikewatch import-airforce</code>).</p>")
    axis = _axis([date.fromisoformat(n["date"]) for n in rows], step_days=1)
    panels = (Panel("drones", TOP, 150), Panel("missiles", TOP + 150 + 40, 90))
    height = panels[-1].top + panels[-1].height + BOTTOM
    scales = {p.weapon: _nice_max(max(max((n.get(p.weapon) or {}).get("news") or 0,
                                          (n.get(p.weapon) or {}).get("official") or 0) for n in rows))
              for p in panels}
    marked = sum(any((n.get(w) or {}).get("large_gap") for w in ("drones", "missiles")) for n in rows)
    label = (f"News and official drones and missiles launched, {len(rows)} nights from {rows[0]['date']} "
             f"to {rows[-1]['date']}; {marked} with a large gap")
    parts = [_svg_open(height, "tallies", label)]
    for panel in panels:
        parts += _panel_frame(panel, scales[panel.weapon], title=f"{panel.weapon} launched")
    parts += _x_labels(axis, panels[-1].top + panels[-1].height, step_days=1)
    parts += [_tally_night(n, axis, panels, scales, link) for n in rows]
    parts.append("</svg>")
    return Markup("\n".join(parts))


def _tally_night(night: Mapping, axis: Axis, panels: Sequence[Panel], scales: Mapping[str, float],
                 link: Link | None) -> str:
    day = date.fromisoformat(night["date"])
    width = min(max(axis.slot * BAR_SHARE / 2, MIN_BAR), MAX_PAIR_BAR)
    x0 = axis.x(day) + (axis.slot - 2 * width) / 2
    large = any((night.get(w) or {}).get("large_gap") for w in ("drones", "missiles"))
    data = []
    for weapon in ("drones", "missiles"):
        figure = night.get(weapon) or {}
        for key in ("news", "official", "basis"):
            value = figure.get(key)
            data.append(f'data-{key}-{weapon}="{"" if value is None else escape(value)}"')
    parts = [f'<g class="tally-night{" large-gap" if large else ""}" data-date="{escape(night["date"])}" '
             f'{" ".join(data)}>', f"<title>{escape(_tally_title(night))}</title>"]
    for panel in panels:
        figure = night.get(panel.weapon) or {}
        base = panel.top + panel.height
        highest = base
        for index, (part, value) in enumerate((("news", figure.get("news")),
                                               ("official", figure.get("official")))):
            if not value:
                continue
            h = panel.height * value / scales[panel.weapon]
            highest = min(highest, base - h)
            derived = " derived" if part == "official" and figure.get("basis") == "derived" else ""
            parts.append(f'<rect class="{part}{derived}" x="{x0 + index * width:.2f}" y="{base - h:.2f}" '
                         f'width="{width:.2f}" height="{h:.2f}"/>')
        if figure.get("large_gap"):
            cx, cy = x0 + width, highest - 7
            parts.append(f'<path class="gap-mark" d="M{cx - 4:.2f} {cy - 4:.2f}h8l-4 7z"/>')
    parts.append(f'<rect class="hit" x="{axis.x(day):.2f}" y="{panels[0].top:.2f}" width="{axis.slot:.2f}" '
                 f'height="{panels[-1].top + panels[-1].height - panels[0].top:.2f}"/>')
    parts.append("</g>")
    group = "".join(parts)
    if link is None:
        return group
    return (f'<a href="{escape(link(night["date"], night["date"]))}" '
            f'aria-label="incidents of {escape(night["date"])}">{group}</a>')


def _tally_title(night: Mapping) -> str:
    lines = [night["date"]]
    for weapon in ("drones", "missiles"):
        figure = night.get(weapon)
        if not figure:
            continue
        news = "?" if figure["news"] is None else f"{figure['news']:,}"
        official = f"{figure['official']:,} ({figure['basis']})"
        gap = "" if figure["relative"] is None else f", {figure['relative'] * 100:.1f}% apart"
        mark = " — large gap" if figure["large_gap"] else ""
        lines.append(f"{weapon} launched: news {news}, official {official}{gap}{mark}")
    return "\n".join(lines)
