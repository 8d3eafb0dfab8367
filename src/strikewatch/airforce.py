"""The Ukrainian Air Force's own tallies, beside the news.

``strikewatch import-airforce missile_attacks_daily.csv`` reads the daily tallies that the
Air Force Command and its regional commands post after each attack, as transcribed in the public
"Massive Missile Attacks on Ukraine" data set (one row per weapon model and reporting window; the
user downloads it, strikewatch does not ship it). Each row becomes a ``Tally``; a row that cannot
be read becomes a ``Rejection`` naming its line and the problem.

``official_figures`` sums one night's rows into the launched / destroyed figures an incident
shows beside the news figures, and ``check_record`` tells whether a figure was the largest so far
at that date ("largest drone attack of the war"), and by how much.

Two choices follow the data's pitfalls:

* national bulletins (``kpszsu``, the General Staff) and regional commands describe overlapping
  events, so a night's figures come from the national rows when there are any, else from the
  regional rows, never both;
* "destroyed" counts the drones shot down plus those "locally lost" to electronic warfare, as the
  bulletins and the news do ("shot down 268, another 208 lost"); ``drones.lost`` gives the latter.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from os import PathLike

from .config import setting
from .errors import InputError
from .records import Rejection

__all__ = ["RecordCheck", "Tally", "check_record", "classify_model", "night_totals", "official_figures",
           "read_tallies"]

REQUIRED_COLUMNS = ("time_start", "time_end", "model", "launched", "destroyed")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2}(?::\d{2})?)?")


@dataclass(frozen=True)
class TallyOptions:
    """How the tallies are read: which pages are national, which models are drones (defaults.toml
    [reconcile], the Air Force tallies' part)."""

    national_pages: tuple[str, ...] = setting("reconcile", "national_pages", tuple)
    drone_models: tuple[str, ...] = setting("reconcile", "drone_models", tuple)
    other_models: tuple[str, ...] = setting("reconcile", "other_models", tuple)
    recon_models: tuple[str, ...] = setting("reconcile", "recon_models", tuple)
    evening_hour: int = setting("reconcile", "evening_hour")


@dataclass(frozen=True)
class Tally:
    """One row of the Air Force tallies: one weapon model in one reporting window of one post."""

    time_start: str
    time_end: str | None
    model: str
    launch_place: str | None
    target: str | None
    launched: int | None
    destroyed: int | None
    kind: str  # "drone" | "missile" | "other" (guided bombs and whatever no rule names)
    night: str  # YYYY-MM-DD the attack is filed under (overnight attacks: the morning's date)
    lost: int | None = None  # "not_reach_goal": lost to electronic warfare, not shot down
    source: str | None = None  # the post: "kpszsu/posts/...", "PvKPivden/posts/..."

    @property
    def national(self) -> bool:
        """Whether the row comes from a national bulletin rather than a regional command."""
        page = (self.source or "").lower()
        return any(page.startswith(p) or f"/{p}" in page for p in TallyOptions().national_pages)


@dataclass(frozen=True)
class RecordCheck:
    """Whether a figure was the largest of its kind so far at its date, and by how much."""

    night: str
    kind: str  # "drone" | "missile"
    value: int
    record: bool  # value is larger than every earlier night's official figure
    previous_max: int | None  # the largest earlier official figure
    previous_night: str | None  # the night it was reached
    margin: int | None  # value - previous_max (negative: short of the record by that much)
    official: int | None  # the official figure for that night itself, when there is one

    def to_dict(self) -> dict:
        return {"night": self.night, "kind": self.kind, "value": self.value, "record": self.record,
                "previous_max": self.previous_max, "previous_night": self.previous_night,
                "margin": self.margin, "official": self.official}


def classify_model(model: str) -> str:
    """"drone", "missile" or "other" for a model name as the tallies write it ("Shahed-136/131")."""
    text = model.lower()
    if any(word in text for word in TallyOptions().drone_models):
        return "drone"
    if any(word in text for word in TallyOptions().other_models):
        return "other"
    return "missile"


def read_tallies(path: str | PathLike) -> Iterator[Tally | Rejection]:
    """Each row of a tallies CSV as a Tally, or a Rejection naming the line and the problem."""
    name = str(path)
    try:
        file = open(path, encoding="utf-8", newline="")
    except OSError as error:
        raise InputError(name, f"cannot read the tallies file ({error.strerror})") from None
    with file:
        reader = csv.DictReader(file)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            yield Rejection(name, f"not an Air Force tallies CSV: missing column(s) {', '.join(missing)} "
                                  f"(expected the header of missile_attacks_daily.csv)")
            return
        for row in reader:
            where = f"{name}:{reader.line_num}"
            try:
                yield _tally(row)
            except ValueError as error:
                yield Rejection(where, str(error), raw=",".join(str(v) for v in row.values())[:2000])


def _tally(row: dict) -> Tally:
    if None in row:
        raise ValueError(f"{len(row[None])} more field(s) than the header has")
    start = _moment(row["time_start"], "time_start", required=True)
    end = _moment(row["time_end"], "time_end", required=False)
    model = (row["model"] or "").strip()
    if not model:
        raise ValueError("empty model")
    launched = _count(row["launched"], "launched")
    destroyed = _count(row["destroyed"], "destroyed")
    if launched is None and destroyed is None:
        raise ValueError("neither launched nor destroyed is given")
    if end and end < start:
        raise ValueError(f"time_end {row['time_end']!r} is before time_start {row['time_start']!r}")
    return Tally(time_start=row["time_start"].strip(), time_end=(row["time_end"] or "").strip() or None,
                 model=model, launch_place=_text(row.get("launch_place")), target=_text(row.get("target")),
                 launched=launched, destroyed=destroyed, kind=classify_model(model),
                 night=_night(start, end, row["time_start"]).isoformat(),
                 lost=_count(row.get("not_reach_goal"), "not_reach_goal"), source=_text(row.get("source")))


def _moment(value: str | None, column: str, *, required: bool) -> datetime | None:
    value = (value or "").strip()
    if not value:
        if required:
            raise ValueError(f"empty {column}")
        return None
    if not _MOMENT.fullmatch(value):
        raise ValueError(f"{column} is not YYYY-MM-DD or YYYY-MM-DD HH:MM: {value!r}")
    day, _, clock = value.partition(" ")
    if clock:
        hour, _, rest = clock.partition(":")
        day = f"{day} {hour.zfill(2)}:{rest}"  # the tallies write 03:30 as "3:30"
    try:
        return datetime.fromisoformat(day)
    except ValueError:
        raise ValueError(f"{column} is not a real date: {value!r}") from None


def _count(value: str | None, column: str) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{column} is not a number: {value!r}") from None
    if number != number or number < 0 or number != int(number):
        raise ValueError(f"{column} is not a whole number of weapons: {value!r}")
    return int(number)


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _night(start: datetime, end: datetime | None, raw_start: str) -> date:
    """The morning an attack is filed under: the window's end day; a window opened in the evening
    (``evening_hour`` or later) and closed before midnight, or an evening start with no end, the next.

    The Air Force's night runs from the evening into the morning, and its morning bulletin gives an
    evening barrage ("18:30-20:30, 8 Kh-59") in the same post as the night's drones (18:30 to 08:00 the
    next day): the evening is the first part of the night filed under the next morning, never the end
    of the night that closed that morning.
    """
    timed = len(raw_start.strip()) > 10
    evening = timed and start.hour >= TallyOptions().evening_hour
    if end is not None and not (evening and end.date() == start.date()):
        return end.date()
    if evening:
        return start.date() + timedelta(days=1)
    return start.date()


def official_figures(tallies: Sequence[Tally], night: str) -> dict | None:
    """The Air Force's figures for one night, or None when no row is filed under it.

    National bulletin rows are used when the night has any, else the regional commands' rows.
    Reconnaissance drones (Orlan, ZALA, "Reconnaissance UAV") are not counted: the bulletins name them
    apart from the attack drones, and the news' drone figure of a night is the attack drones'.
    """
    rows = [t for t in tallies if isinstance(t, Tally) and t.night == night]
    if not rows:
        return None
    national = [t for t in rows if t.national]
    rows = [t for t in (national or rows) if not _reconnaissance(t)]
    out: dict = {"night": night, "scope": "national" if national else "regional"}
    for kind, prefix in (("drone", "drones"), ("missile", "missiles")):
        mine = [t for t in rows if t.kind == kind]
        out[f"{prefix}.launched"] = _sum(t.launched for t in mine) if mine else None
        out[f"{prefix}.destroyed"] = _sum(_neutralised(t) for t in mine) if mine else None
    drones = [t for t in rows if t.kind == "drone"]
    out["drones.lost"] = _sum(t.lost for t in drones) if drones else None
    out["models"] = sorted({t.model for t in rows})
    out["sources"] = sorted({t.source for t in rows if t.source})
    return out


def _reconnaissance(tally: Tally) -> bool:
    text = tally.model.lower()
    return tally.kind == "drone" and any(word in text for word in TallyOptions().recon_models)


def _neutralised(tally: Tally) -> int | None:
    if tally.destroyed is None and tally.lost is None:
        return None
    return (tally.destroyed or 0) + (tally.lost or 0)


def _sum(values) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def night_totals(tallies: Sequence[Tally], kind: str) -> dict[str, int]:
    """Official launched figure of one kind ("drone" or "missile") for every night that has one."""
    by_night: dict[str, list[Tally]] = defaultdict(list)
    for t in tallies:
        if isinstance(t, Tally):
            by_night[t.night].append(t)
    key = f"{'drones' if kind == 'drone' else 'missiles'}.launched"
    out = {}
    for night in sorted(by_night):
        figures = official_figures(by_night[night], night)
        if figures and figures[key] is not None:
            out[night] = figures[key]
    return out


def check_record(tallies: Sequence[Tally], night: str, kind: str, value: int) -> RecordCheck:
    """Is VALUE larger than every official launched figure of KIND before NIGHT, and by how much."""
    if kind not in ("drone", "missile"):
        raise ValueError(f"kind must be 'drone' or 'missile', not {kind!r}")
    totals = night_totals(tallies, kind)
    earlier = {n: v for n, v in totals.items() if n < night}
    if not earlier:
        return RecordCheck(night, kind, value, record=True, previous_max=None, previous_night=None,
                           margin=None, official=totals.get(night))
    previous_night = min(earlier, key=lambda n: (-earlier[n], n))
    previous_max = earlier[previous_night]
    return RecordCheck(night, kind, value, record=value > previous_max, previous_max=previous_max,
                       previous_night=previous_night, margin=value - previous_max, official=totals.get(night))
