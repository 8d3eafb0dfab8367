"""How long build_incidents takes on 10,000 synthetic reports spread over a year.

    python benchmarks/reconcile_speed.py [N]
"""
from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from strikewatch.reconcile import Report, build_incidents
from strikewatch.records import AirAttack, Counts, Evidence

PLACES = ["Kyiv", "Odesa", "Lviv", "Sumy", "Kharkiv", "Dnipro", "Zaporizhzhia", "Kherson", "Poltava",
          "Mykolaiv"]


def synthetic_reports(n: int, seed: int = 1) -> list[Report]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        day = date(2024, 1, 1) + timedelta(days=rnd.randrange(365))
        event = AirAttack(date=day.isoformat(), attacker=rnd.choice(["RU", "RU", "UA"]), target_country="UA",
                          places=tuple(rnd.sample(PLACES, rnd.randint(0, 2))),
                          drones=Counts(launched=rnd.choice([None, rnd.randrange(300)])),
                          killed=rnd.choice([None, 1, 2]), evidence=(Evidence("date", 0, 9, "overnight"),))
        out.append(Report(f"a{i}", 0, event, published=f"{day.isoformat()}T08:00:00+02:00"))
    return out


def main(n: int) -> None:
    reports = synthetic_reports(n)
    start = time.perf_counter()
    incidents = build_incidents(reports)
    print(f"{n} reports -> {len(incidents)} incidents in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Time build_incidents on synthetic reports over a year.")
    parser.add_argument("n", nargs="?", type=int, default=10_000, help="how many reports (default 10,000)")
    main(parser.parse_args().n)
