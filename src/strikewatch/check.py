"""The record checked against the Air Force tallies: news figure, official figure, difference.

``strikewatch check`` compares, for every incident whose night has an official figure, the
national news figure of each field the tallies count (drones and missiles, launched and
destroyed) with the official one, and says whether they agree within ``[check] tolerance``
(defaults.toml): ``|news - official| <= tolerance * official``. Each comparison lists the claims
behind the news figure with their quotes, and a summary counts, per field and over all, the
figures that agree, that differ and that only one side gives.

An official figure is **imported** (``strikewatch import-airforce``: the tally file) or
**derived**: extracted from a post of the Air Force itself that was ingested like any article
(an outlet named in ``[check] airforce_outlets``). The comparison uses the imported figure where
there is one and the derived one otherwise, and says which (``basis``); a night with both shows
both.

Only national figures are compared with the tallies, which count the whole country. An
incident's figures are read for comparison through ``national_figures`` alone.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from .config import setting

__all__ = ["STATUSES", "CheckOptions", "CheckReport", "FigureCheck", "check_incidents", "derived_figures",
           "gap", "is_airforce_outlet", "national_figures", "night_series", "official_side", "tally_gap",
           "unreported"]

# The fields the Air Force tallies count, as the record names them.
OFFICIAL_FIELDS = ("drones.launched", "drones.destroyed", "missiles.launched", "missiles.destroyed")
STATUSES = ("agree", "differ", "news only", "official only")


@dataclass(frozen=True)
class CheckOptions:
    """Tunables of the check; the defaults come from the settings' [check] (defaults.toml, --config)."""

    tolerance: float = setting("check", "tolerance")
    large_gap: float = setting("check", "large_gap")
    airforce_outlets: tuple[str, ...] = setting("check", "airforce_outlets", tuple)

    @classmethod
    def from_defaults(cls, **overrides: Any) -> CheckOptions:
        """The settings' values, then OVERRIDES that are not None (an option left out)."""
        return cls(**{k: v for k, v in overrides.items() if v is not None})


def national_figures(incident: Mapping[str, Any]) -> dict[str, dict]:
    """The incident's national figures of the fields the tallies count: {field: figure}.

    This is the one place that decides which of an incident's figures are compared with the tallies.
    """
    figures = incident.get("figures") or {}
    return {name: figures[name] for name in OFFICIAL_FIELDS if name in figures}


def gap(news: int | float, official: int | float) -> float:
    """|NEWS - OFFICIAL| as a share of OFFICIAL (an official 0 counts as 1, so that 0 and 0 agree)."""
    return abs(news - official) / max(official, 1)


def official_side(imported: Mapping[str, Any] | None, derived: Mapping[str, Any] | None) -> dict[str, tuple]:
    """For each field, the official figure compared and its basis: (value, "imported"), else
    (value, "derived"), else (None, None)."""
    out = {}
    for name in OFFICIAL_FIELDS:
        value = (imported or {}).get(name)
        if value is not None:
            out[name] = (value, "imported")
        elif (derived or {}).get(name) is not None:
            out[name] = (derived[name], "derived")
        else:
            out[name] = (None, None)
    return out


def tally_gap(figures: Mapping[str, Mapping], imported: Mapping[str, Any] | None,
              derived: Mapping[str, Any] | None = None) -> float | None:
    """The largest gap between FIGURES (national, as national_figures gives them) and the official
    figures (IMPORTED, else DERIVED, field by field) over the fields both sides give; None when none."""
    official = {name: value for name, (value, _) in official_side(imported, derived).items()}
    gaps = [gap(news, official[name]) for name in OFFICIAL_FIELDS
            if (news := _value(figures.get(name))) is not None and official.get(name) is not None]
    return round(max(gaps), 6) if gaps else None


def is_airforce_outlet(outlet: str | None, options: CheckOptions | None = None) -> bool:
    """Whether OUTLET (an outlet's name, a channel, an address) is the Air Force itself."""
    if not outlet:
        return False
    text = outlet.lower()
    return any(word in text for word in (options or CheckOptions.from_defaults()).airforce_outlets)


def derived_figures(night: str | None, figures: Mapping[str, Mapping],
                    options: CheckOptions | None = None) -> dict | None:
    """The official figures that the extractor read from Air Force posts among FIGURES' claims.

    For each field: the value of the latest Air Force post that gives it (a later bulletin updates an
    earlier one), unhedged claims first. None when no claim comes from an Air Force post.
    """
    options = options or CheckOptions.from_defaults()
    out: dict[str, Any] = {"night": night}
    articles: set[str] = set()
    outlets: set[str] = set()
    for name in OFFICIAL_FIELDS:
        claims = [c for c in (figures.get(name) or {}).get("claims") or []
                  if is_airforce_outlet(c.get("outlet"), options) and isinstance(c.get("value"), int)]
        if not claims:
            out[name] = None
            continue
        best = max(claims, key=lambda c: (not c.get("hedged"), c.get("published") or "", c["value"]))
        out[name] = best["value"]
        articles.add(best["article_id"])
        outlets.add(best["outlet"])
    if not articles:
        return None
    return {**out, "articles": sorted(articles), "outlets": sorted(outlets)}


@dataclass
class FigureCheck:
    """One field of one incident: the news figure against the official one."""

    night: str | None
    incident: str | None  # None: a night the tallies give and no incident covers (--unreported)
    attacker: str | None
    target_country: str | None
    places: list[str]
    field: str
    news: int | None
    official: int | None  # the figure compared: the imported one, else the derived one
    basis: str | None  # "imported" | "derived": where the official figure comes from
    imported: int | None
    derived: int | None
    difference: int | None  # news - official
    relative: float | None  # |difference| as a share of official (see gap)
    status: str  # one of STATUSES
    rule: str | None  # the rule that chose the news figure
    claims: list[dict] = field(default_factory=list)  # value, outlet, source, hedged, quote, article_id

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class CheckReport:
    """Every comparison, and the summary per field and over all."""

    checks: list[FigureCheck]
    tolerance: float
    fields: tuple[str, ...] = OFFICIAL_FIELDS  # the fields compared

    def summary(self) -> dict[str, dict]:
        """For each field compared and "all": how many agree, differ, are given by the news only or by
        the tallies only, and the agreement share where both give a figure."""
        out = {name: _counts([c for c in self.checks if c.field == name]) for name in self.fields}
        out["all"] = _counts(self.checks)
        return out


SERIES_FIELDS = ("drones.launched", "missiles.launched")


def night_series(report: CheckReport, large_gap: float) -> list[dict]:
    """Per night with an official launched figure: the news and official drones and missiles launched,
    the basis of each official figure, and whether the gap is large (at least LARGE_GAP of it).

    A night with several incidents is shown by the one with the largest news figure (before
    incidents are waves, several incidents of one night may each carry the national figures).
    """
    nights: dict[str, dict] = {}
    for item in report.checks:
        if item.field not in SERIES_FIELDS or item.official is None or not item.night:
            continue
        weapon = item.field.split(".")[0]
        night = nights.setdefault(item.night, {"date": item.night})
        shown = night.get(weapon)
        if shown is None or (item.news or -1) > (shown["news"] if shown["news"] is not None else -1):
            night[weapon] = {"news": item.news, "official": item.official, "basis": item.basis,
                             "incident": item.incident, "relative": item.relative,
                             "large_gap": item.relative is not None and item.relative >= large_gap}
    return [nights[day] for day in sorted(nights)]


def _counts(checks: Sequence[FigureCheck]) -> dict:
    counts = {status: sum(c.status == status for c in checks) for status in STATUSES}
    both = counts["agree"] + counts["differ"]
    return {**{k.replace(" ", "_"): v for k, v in counts.items()},
            "agreement": round(counts["agree"] / both, 3) if both else None}


def check_incidents(incidents: Iterable[Mapping[str, Any]], options: CheckOptions | None = None,
                    only: Sequence[str] | None = None) -> CheckReport:
    """Compare each of INCIDENTS (with ``figures``, ``official`` and ``derived``) with the tallies.

    An incident whose night has no official figure, imported or derived, is left out; so is a field
    that neither side gives. ONLY keeps those fields.
    """
    options = options or CheckOptions.from_defaults()
    wanted = tuple(name for name in OFFICIAL_FIELDS if not only or name in only)
    checks = []
    for incident in incidents:
        imported, derived = incident.get("official") or {}, incident.get("derived") or {}
        if not imported and not derived:
            continue
        figures = national_figures(incident)
        for name in wanted:
            check = _compare(incident, name, figures.get(name) or {}, imported.get(name), derived.get(name),
                             options)
            if check is not None:
                checks.append(check)
    return CheckReport(checks, options.tolerance, wanted)


def unreported(report: CheckReport, nights: Iterable[Mapping[str, Any]]) -> CheckReport:
    """REPORT with, for each of NIGHTS (``airforce.official_figures`` of one night) that none of its
    incidents covers, one "official only" figure per field the night gives."""
    covered = {c.night for c in report.checks}
    extra = [FigureCheck(night=night["night"], incident=None, attacker=None, target_country="UA", places=[],
                         field=name, news=None, official=night[name], basis="imported", imported=night[name],
                         derived=None, difference=None, relative=None, status="official only", rule=None)
             for night in nights if night["night"] not in covered
             for name in report.fields if night.get(name) is not None]
    checks = sorted([*report.checks, *extra],
                    key=lambda c: (c.night or "", c.incident is None, c.incident or ""))
    return CheckReport(checks, report.tolerance, report.fields)


def _compare(incident: Mapping[str, Any], name: str, figure: Mapping[str, Any], imported: int | None,
             derived: int | None, options: CheckOptions) -> FigureCheck | None:
    news = _value(figure)
    official, basis = official_side({name: imported}, {name: derived})[name]
    if news is None and official is None:
        return None
    difference = relative = None
    if news is None:
        status = "official only"
    elif official is None:
        status = "news only"
    else:
        difference, relative = news - official, round(gap(news, official), 4)
        status = "agree" if abs(difference) <= options.tolerance * official else "differ"
    claims = [{key: claim.get(key) for key in ("value", "outlet", "source", "hedged", "quote", "article_id")}
              for claim in figure.get("claims") or []]
    return FigureCheck(night=incident.get("date"), incident=incident["id"], attacker=incident.get("attacker"),
                       target_country=incident.get("target_country"),
                       places=list(incident.get("places") or []), field=name, news=news, official=official,
                       basis=basis, imported=imported, derived=derived,
                       difference=difference, relative=relative, status=status, rule=figure.get("rule"),
                       claims=claims)


def _value(figure: Mapping[str, Any] | None) -> int | None:
    value = (figure or {}).get("value")
    return value if isinstance(value, int) and not isinstance(value, bool) else None
