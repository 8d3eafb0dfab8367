"""List articles whose gold events have no matched predicted event, grouped by cause.

Usage: python eval/missed_events.py ARTICLES GOLD PRED [--show N]

Causes: ``folded`` (fewer predicted than gold events and the missed gold event's date is
covered by a predicted event, or no event carries its date), ``other-date`` (as many
predicted events, none dated like the missed one), ``other`` (the rest).
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "spec"))
from score import match_events  # noqa: E402


def load(path):
    return {r["id"]: r for r in map(json.loads, open(path))}


def main(argv):
    arts, gold, pred = load(argv[0]), load(argv[1]), load(argv[2])
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    groups = defaultdict(list)
    for aid, g in gold.items():
        gev = g.get("events") or []
        pev = (pred.get(aid) or {}).get("events") or []
        matched = {i for i, _ in match_events(gev, pev)}
        pdates = {p.get("date") for p in pev}
        for i, ev in enumerate(gev):
            if i in matched:
                continue
            if len(pev) < len(gev):
                cause = "folded" if ev.get("date") in pdates or not pev else "folded+other-date"
            elif ev.get("date") not in pdates:
                cause = "other-date"
            else:
                cause = "other"
            groups[cause].append((aid, ev.get("date"), sorted(pdates, key=str), len(gev), len(pev)))
    for cause, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"{cause}: {len(rows)}")
        for aid, d, pd, ng, np_ in rows[:show]:
            published = (arts[aid].get("published") or "")[:10]
            print(f"  {aid} gold {d} pred-dates {pd} events {ng}/{np_}  {published}")


if __name__ == "__main__":
    main(sys.argv[1:])
