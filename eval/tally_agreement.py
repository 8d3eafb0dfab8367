"""How well the record's national figures agree with the Air Force tallies.

Builds a store from a set of articles and the tallies CSV with the command line, as a user would:

    strikewatch ingest ARTICLES --db DB
    strikewatch import-airforce TALLIES --db DB
    strikewatch incidents --attacker RU --target UA --format jsonl --db DB

and compares, for every RU -> UA incident, each official figure (``official_drones_launched``,
``official_drones_destroyed``, ``official_missiles_launched``, ``official_missiles_destroyed``) with
the incident's news figure of the same field. A pair *agrees* when the news figure is within the
tolerance (2% of the official figure by default), *differs* otherwise, and is *missing* when the
news gives no figure. The agreement share is agree / (agree + differ): the share of the official
figures the news gives that it gets right. It also checks that every news figure compared is made
of national claims only (``strikewatch show --format json``: each claim's ``scope``).

    python eval/tally_agreement.py --articles eval/waves/articles.jsonl \\
        --tallies missile_attacks_daily.csv [--tolerance 0.02] [--show]

The tallies CSV is the public "Massive Missile Attacks on Ukraine" data set, which strikewatch
does not ship (``strikewatch import-airforce --help``).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

FIELDS = ("drones_launched", "drones_destroyed", "missiles_launched", "missiles_destroyed")


def strikewatch(*args: str) -> str:
    """Run one strikewatch command and return its standard output (exit 1 from ingest is a reject)."""
    done = subprocess.run([sys.executable, "-m", "strikewatch", *args], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"strikewatch {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def compare(rows: list[dict], tolerance: float) -> dict:
    """Counts of agree / differ / missing per field and over all, with the differing pairs."""
    out = {name: {"agree": 0, "differ": 0, "missing": 0} for name in (*FIELDS, "all")}
    differing = []
    for row in rows:
        for name in FIELDS:
            official, news = row.get(f"official_{name}"), row.get(name)
            if official is None:
                continue
            if news is None:
                verdict = "missing"
            elif abs(news - official) <= tolerance * official:
                verdict = "agree"
            else:
                verdict = "differ"
                differing.append((row["id"], name, news, official))
            out[name][verdict] += 1
            out["all"][verdict] += 1
    for counts in out.values():
        given = counts["agree"] + counts["differ"]
        counts["share"] = round(counts["agree"] / given, 3) if given else None
    return {"fields": out, "differing": differing}


def national_only(db: str, rows: list[dict]) -> tuple[int, int]:
    """(figures compared, of which made of national claims only)."""
    compared = scoped = 0
    for row in rows:
        incident = json.loads(strikewatch("show", row["id"], "--format", "json", "--db", db))
        for name in FIELDS:
            if row.get(f"official_{name}") is None or row.get(name) is None:
                continue
            compared += 1
            claims = incident["figures"].get(name.replace("_", ".", 1), {}).get("claims", [])
            scoped += all(c.get("scope", "national") == "national" for c in claims)
    return compared, scoped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", required=True, help="JSONL of articles (reports of some nights)")
    parser.add_argument("--tallies", required=True, help="the Air Force tallies (missile_attacks_daily.csv)")
    parser.add_argument("--tolerance", type=float, default=0.02, help="relative difference that still agrees")
    parser.add_argument("--show", action="store_true", help="list the figures that differ")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "agreement.db")
        strikewatch("ingest", args.articles, "--db", db)
        strikewatch("import-airforce", args.tallies, "--db", db)
        lines = strikewatch("incidents", "--attacker", "RU", "--target", "UA", "--format", "jsonl",
                            "--db", db)
        rows = [json.loads(line) for line in lines.splitlines() if line.strip()]
        result = compare(rows, args.tolerance)
        compared, scoped = national_only(db, rows)
    print(f"RU -> UA incidents: {len(rows)}; with official figures: "
          f"{sum(any(r.get(f'official_{n}') is not None for n in FIELDS) for r in rows)}")
    print(f"{'field':<20} {'agree':>6} {'differ':>7} {'missing':>8} {'share':>6}")
    for name, c in result["fields"].items():
        share = "-" if c["share"] is None else f"{c['share']:.3f}"
        print(f"{name:<20} {c['agree']:>6} {c['differ']:>7} {c['missing']:>8} {share:>6}")
    print(f"news figures compared: {compared}, made of national claims only: {scoped}")
    if args.show:
        for incident_id, name, news, official in result["differing"]:
            print(f"  differs: {incident_id} {name}: news {news}, official {official}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
