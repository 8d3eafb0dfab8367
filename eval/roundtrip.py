"""Round trip against the Air Force tallies: extract each summary and compare it with its tally row.

    python eval/roundtrip.py [--dir corpus-ukru/roundtrip] [--show-errors] [--min-agreement 0.95]

Each text of ``articles.jsonl`` was written in Ukrainian from one night of the Air Force tally
dataset; ``tallies.jsonl`` holds, per text, the tally rows it was written from (per model:
launched and destroyed) and the drones and missiles totals. Each text is extracted in-process and
every figure is compared: launched and destroyed per model row, and the drones and missiles totals.
A tally row that names several models ("X-101/X-555 and Kalibr") is compared with the sum of
those models in the record. The agreement is the share of figures equal; the script exits 1 when
it is below ``--min-agreement``.

A tally's model names (``Shahed-136/131``, ``X-47 Kinzhal``, ``C-300``) are mapped to the record's
(``Shahed``, ``Kinzhal``, ``S-300``) by ``TALLY_MODELS``. The tallies count "lost locationally"
drones among the destroyed (the bulletins do so from August 2025), and so does the record.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The tally dataset's model names -> the record's. A strike drone row covers every drone the
# bulletin counts with it (Shahed, Gerbera, decoys), so it is compared with all three.
TALLY_MODELS: dict[str, tuple[str, ...]] = {
    "Shahed-136/131": ("Shahed", "Gerbera", "decoy"),
    "X-101/X-555": ("Kh-101",), "X-55": ("Kh-55",), "X-59": ("Kh-59",), "X-69": ("Kh-69",),
    "X-59/X-69": ("Kh-59", "Kh-69"), "X-22": ("Kh-22",), "X-32": ("Kh-32",), "X-31P": ("Kh-31P",),
    "X-31": ("Kh-31P",), "X-31PD": ("Kh-31P",), "X-35": ("Kh-35",), "X-47 Kinzhal": ("Kinzhal",),
    "Iskander-M": ("Iskander-M",), "Iskander-M/KN-23": ("Iskander-M",), "KN-23": ("Iskander-M",),
    "Iskander-K": ("Iskander-K",), "Kalibr": ("Kalibr",), "C-300": ("S-300",), "C-400": ("S-400",),
    "C-300/C-400": ("S-300", "S-400"), "3M22 Zircon": ("Zircon",), "P-800 Oniks": ("Oniks",),
    "Orlan-10": ("Orlan-10",), "Lancet": ("Lancet",), "Supercam": ("Supercam",), "ZALA": ("ZALA",),
    "Merlin-VR": ("Merlin-VR",), "Молнія": ("Molniya",), "Unknown UAV": ("unknown drone",),
    "Reconnaissance UAV": ("reconnaissance drone",), "Unknown Missile": ("unknown missile",),
    "Ballistic Missile": ("unknown ballistic missile",), "Mohajer-6": ("Mohajer-6",),
}


def import_strikewatch() -> None:
    try:
        import strikewatch.extract  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(HERE.parent / "src"))


def record_models(tally_model: str) -> tuple[str, ...]:
    """The record's models for a tally row's model, which may join several with " and "."""
    out: list[str] = []
    for part in tally_model.split(" and "):
        out.extend(TALLY_MODELS.get(part.strip(), (part.strip(),)))
    return tuple(out)


def compare(tally: dict, record: dict) -> list[tuple[str, int | None, int | None]]:
    """(figure, tally value, record value) for every figure of one tally."""
    events = [e for e in record.get("events", []) if e.get("target_country") == "UA"] or \
        record.get("events", [])
    event = events[0] if events else {}
    weapons = {w["model"]: w for w in event.get("weapons", [])}
    out = []
    for row in tally["rows"]:
        models = record_models(row["model"])
        for role in ("launched", "destroyed"):
            if row.get(role) is None:
                continue
            values = [weapons[m][role] for m in models if m in weapons and weapons[m][role] is not None]
            out.append((f"{row['model']}.{role}", int(row[role]), sum(values) if values else None))
    for kind in ("drones", "missiles"):
        for role in ("launched", "destroyed"):
            expected = (tally.get(kind) or {}).get(role)
            if expected is None:
                continue
            out.append((f"{kind}.{role}", int(expected), (event.get(kind) or {}).get(role)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=HERE.parent / "corpus-ukru" / "roundtrip")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--min-agreement", type=float, default=0.0)
    args = parser.parse_args(argv)
    import_strikewatch()
    from strikewatch.extract import extract_article
    from strikewatch.records import ArticleInput

    def rows(name: str) -> list[dict]:
        with (args.dir / name).open(encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]

    articles = rows("articles.jsonl")
    tallies = {t["id"]: t for t in rows("tallies.jsonl")}
    equal = total = model_equal = model_total = 0
    texts_all_equal = 0
    for article in articles:
        fields = {name: article.get(name) for name in ("title", "published", "url", "outlet")}
        record = extract_article(ArticleInput(id=article["id"], text=article["text"], **fields)).to_dict()
        figures = compare(tallies[article["id"]], record)
        wrong = [f for f in figures if f[1] != f[2]]
        texts_all_equal += not wrong
        for name, expected, got in figures:
            total += 1
            equal += expected == got
            if not name.startswith(("drones.", "missiles.")):
                model_total += 1
                model_equal += expected == got
        if args.show_errors and wrong:
            print(f"{article['id']}: " + "; ".join(f"{n} tally {e} record {g}" for n, e, g in wrong))
    agreement = equal / total if total else 0.0
    print(json.dumps({"texts": len(articles), "figures": total, "equal": equal,
                      "agreement": round(agreement, 3),
                      "per_model_agreement": round(model_equal / model_total, 3) if model_total else None,
                      "totals_agreement": round((equal - model_equal) / (total - model_total), 3)
                      if total > model_total else None,
                      "texts_all_equal": texts_all_equal}, indent=2))
    return 0 if agreement >= args.min_agreement else 1


if __name__ == "__main__":
    sys.exit(main())
