"""Score predicted article records against gold article records.

The figures follow the evaluation SPEC:

* Events are paired within one article, gold to predicted, one to one. Every
  candidate pair gets a score (attacker and target country 2 points each,
  shared places up to 2 points by Jaccard overlap, the date 1 point, every
  agreeing count or casualty figure half a point); pairs are taken greedily,
  best first, while their score is at least ``MATCH_THRESHOLD``.
* Every non-null gold field is a slot and every non-null predicted field a
  claim. An equal claim is a true positive; a differing or unneeded claim is a
  false positive; a slot that no claim equals is a false negative. ``places``
  and ``damage`` count element by element, ``record`` counts when true. The
  slots of an unmatched gold event are all false negatives, the claims of an
  unmatched predicted event all false positives.
* Beside the per-field and micro-averaged precision, recall and F1, a report
  carries event detection F1, the share of evidence quotes found at their
  offsets, a lenient context F1 (kind and actors' last names), ROUGE-1/2/L of
  the brief, schema errors and missing records.

Only the standard library is required; records are validated against the
packaged ``schema/article.schema.json`` when ``jsonschema`` is importable.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

COUNT_FIELDS = tuple(f"{weapon}.{stage}" for weapon in ("drones", "missiles")
                     for stage in ("launched", "destroyed", "hit"))
NUMBER_FIELDS = (*COUNT_FIELDS, "killed", "injured")
SCALAR_FIELDS = ("date", "attacker", "target_country", *NUMBER_FIELDS, "alert_hours")
SET_FIELDS = ("places", "damage")
FIELDS = (*SCALAR_FIELDS, *SET_FIELDS, "record")
MATCH_THRESHOLD = 2.0
ALERT_TOLERANCE = 0.01

Validator = Callable[[dict], list[str]]


# ---------------------------------------------------------------- reading

def read_jsonl(path: Path | str) -> tuple[dict[str, dict], int]:
    """Records of a JSONL file keyed by ``id``, and how many lines could not be read."""
    records: dict[str, dict] = {}
    unreadable = 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            records[str(record["id"])] = record
        except (json.JSONDecodeError, KeyError, TypeError):
            unreadable += 1
    return records, unreadable


# ---------------------------------------------------------------- field values

def field_value(event: dict, name: str) -> Any:
    """The value of a dotted field (``drones.hit``), or None when any step is missing."""
    value: Any = event
    for part in name.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def normalise_place(place: Any) -> str:
    """Fold a place name so that 'Kyiv region' = 'Kyiv Oblast' and 'Krasnodar region' = 'Krasnodar Krai'."""
    name = re.sub(r"\s+", " ", str(place).strip().lower())
    name = re.sub(r"\s+(oblast|region|krai|kray|province)$", " (region)", name)
    return re.sub(r"\s+city$", "", name)


def value_set(event: dict, name: str) -> set[str]:
    """The elements of a list field (``places`` or ``damage``), normalised for comparison."""
    values = event.get(name) or []
    if not isinstance(values, list):
        return set()
    if name == "places":
        return {normalise_place(v) for v in values}
    return {str(v).strip().lower() for v in values}


def values_agree(name: str, a: Any, b: Any) -> bool:
    """Whether two non-null values of one scalar field are equal under the field's rule."""
    if a is None or b is None:
        return False
    if name == "alert_hours":
        try:
            return abs(float(a) - float(b)) < ALERT_TOLERANCE
        except (TypeError, ValueError):
            return False
    if name in ("attacker", "target_country"):
        return str(a).upper() == str(b).upper()
    return a == b


# ---------------------------------------------------------------- event matching

def pair_score(gold: dict, pred: dict) -> float:
    """How alike a gold and a predicted event are; pairs below ``MATCH_THRESHOLD`` never match."""
    total = 0.0
    for name in ("attacker", "target_country"):
        total += 2 * values_agree(name, field_value(gold, name), field_value(pred, name))
    gold_places, pred_places = value_set(gold, "places"), value_set(pred, "places")
    if gold_places or pred_places:
        total += 2 * len(gold_places & pred_places) / len(gold_places | pred_places)
    total += values_agree("date", gold.get("date"), pred.get("date"))
    total += 0.5 * sum(values_agree(n, field_value(gold, n), field_value(pred, n)) for n in NUMBER_FIELDS)
    return total


def match_events(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best-scoring first.

    Ties are taken in descending index order, so that the pairing is the same
    as the reference scorer's on every input.
    """
    candidates = sorted(((pair_score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                        reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for value, i, j in candidates:
        if value < MATCH_THRESHOLD or i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    return pairs


# ---------------------------------------------------------------- slot counting

@dataclass
class FieldTally:
    """True positives, false positives and false negatives per field, with a line per disagreement."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def add(self, name: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp[name] += tp
        self.fp[name] += fp
        self.fn[name] += fn

    def totals(self, names: Iterable[str]) -> tuple[int, int, int]:
        names = list(names)
        return (sum(self.tp[n] for n in names), sum(self.fp[n] for n in names),
                sum(self.fn[n] for n in names))


def count_scalar(tally: FieldTally, article_id: str, name: str, gold_value: Any, pred_value: Any) -> None:
    if gold_value is not None and values_agree(name, gold_value, pred_value):
        tally.add(name, tp=1)
        return
    tally.add(name, fp=int(pred_value is not None), fn=int(gold_value is not None))
    if gold_value is not None or pred_value is not None:
        tally.errors.append(f"{article_id}: {name}: gold {gold_value!r} predicted {pred_value!r}")


def count_set(tally: FieldTally, article_id: str, name: str, gold: set[str], pred: set[str]) -> None:
    tally.add(name, tp=len(gold & pred), fp=len(pred - gold), fn=len(gold - pred))
    if gold != pred:
        tally.errors.append(f"{article_id}: {name}: gold {sorted(gold)} predicted {sorted(pred)}")


def count_record(tally: FieldTally, article_id: str, gold_flag: bool, pred_flag: bool) -> None:
    tally.add("record", tp=int(gold_flag and pred_flag), fp=int(pred_flag and not gold_flag),
              fn=int(gold_flag and not pred_flag))
    if gold_flag != pred_flag:
        tally.errors.append(f"{article_id}: record: gold {gold_flag} predicted {pred_flag}")


def count_event_pair(tally: FieldTally, article_id: str, gold: dict | None, pred: dict | None) -> None:
    """Count the slots of a gold event against the claims of a predicted event; either may be absent."""
    g, p = gold or {}, pred or {}
    for name in SCALAR_FIELDS:
        count_scalar(tally, article_id, name, field_value(g, name), field_value(p, name))
    for name in SET_FIELDS:
        count_set(tally, article_id, name, value_set(g, name), value_set(p, name))
    count_record(tally, article_id, bool(g.get("record")), bool(p.get("record")))


def describe_event(event: dict) -> str:
    return f"{event.get('attacker')}->{event.get('target_country')} {event.get('places')}"


def count_article_events(tally: FieldTally, article_id: str, gold: list[dict], pred: list[dict]) -> int:
    """Count every slot of one article's events; returns how many events were matched."""
    pairs = match_events(gold, pred)
    for i, j in pairs:
        count_event_pair(tally, article_id, gold[i], pred[j])
    for i in sorted(set(range(len(gold))) - {i for i, _ in pairs}):
        tally.errors.append(f"{article_id}: missed event {describe_event(gold[i])}")
        count_event_pair(tally, article_id, gold[i], None)
    for j in sorted(set(range(len(pred))) - {j for _, j in pairs}):
        tally.errors.append(f"{article_id}: spurious event {describe_event(pred[j])}")
        count_event_pair(tally, article_id, None, pred[j])
    return len(pairs)


# ---------------------------------------------------------------- precision, recall, F1

def slot_prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """P/R/F1 of slots: nothing claimed and nothing to find is perfect."""
    precision = tp / (tp + fp) if tp + fp else (0.0 if fn else 1.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, harmonic_mean(precision, recall)


def detection_prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """P/R/F1 of events and context items: an empty side scores 0."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, harmonic_mean(precision, recall)


def harmonic_mean(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# ---------------------------------------------------------------- brief (ROUGE)

def tokens(text: Any) -> list[str]:
    return re.findall(r"[a-z0-9]+", str(text or "").lower())


def rouge_n(reference: list[str], hypothesis: list[str], n: int) -> float:
    """ROUGE-N F1 over clipped n-gram counts."""
    ref = Counter(tuple(reference[i:i + n]) for i in range(len(reference) - n + 1))
    hyp = Counter(tuple(hypothesis[i:i + n]) for i in range(len(hypothesis) - n + 1))
    overlap = sum((ref & hyp).values())
    if not overlap:
        return 0.0
    return harmonic_mean(overlap / sum(hyp.values()), overlap / sum(ref.values()))


def longest_common_subsequence(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l(reference: list[str], hypothesis: list[str]) -> float:
    """ROUGE-L F1 from the longest common subsequence of tokens."""
    if not reference or not hypothesis:
        return 0.0
    lcs = longest_common_subsequence(reference, hypothesis)
    if not lcs:
        return 0.0
    return harmonic_mean(lcs / len(hypothesis), lcs / len(reference))


def brief_scores(gold_brief: dict, pred_brief: dict) -> dict[str, float]:
    """ROUGE figures of one predicted brief; a figure is left out when the gold has nothing to compare."""
    scores: dict[str, float] = {}
    if gold_brief.get("summary"):
        ref, hyp = tokens(gold_brief["summary"]), tokens(pred_brief.get("summary", ""))
        scores["summary_rouge1"] = rouge_n(ref, hyp, 1)
        scores["summary_rouge2"] = rouge_n(ref, hyp, 2)
        scores["summary_rougeL"] = rouge_l(ref, hyp)
    if gold_brief.get("headline"):
        ref, hyp = tokens(gold_brief["headline"]), tokens(pred_brief.get("headline", ""))
        scores["headline_rouge1"] = rouge_n(ref, hyp, 1)
    return scores


# ---------------------------------------------------------------- context

def context_keys(items: Any) -> list[tuple[str, set[str]]]:
    """(kind, actor keys) per item.

    An actor's key is the first six letters of its last word, so that
    'Zelensky' = 'Volodymyr Zelenskyy'.
    """
    keys = []
    for item in items or []:
        if isinstance(item, dict):
            actors = {tokens(a)[-1][:6] for a in item.get("actors") or [] if tokens(a)}
            keys.append((str(item.get("kind")), actors))
    return keys


def match_context(gold_items: Any, pred_items: Any) -> tuple[int, int, int]:
    """Lenient context matching: same kind and a shared actor (or no gold actors). Returns tp, fp, fn."""
    gold, pred = context_keys(gold_items), context_keys(pred_items)
    used: set[int] = set()
    for kind, actors in gold:
        for j, (pred_kind, pred_actors) in enumerate(pred):
            if j not in used and pred_kind == kind and (actors & pred_actors or not actors):
                used.add(j)
                break
    return len(used), len(pred) - len(used), len(gold) - len(used)


# ---------------------------------------------------------------- evidence

def evidence_item_valid(item: Any, text: str) -> bool:
    """Whether an evidence quote is non-blank and equals the text at its offsets."""
    try:
        quote, start, end = item["quote"], int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError):
        return False
    return isinstance(quote, str) and quote.strip() != "" and text[start:end] == quote


def evidence_counts(events: list[dict], text: str) -> tuple[int, int]:
    """(items, valid items) over the evidence of every predicted event of one article."""
    items = [item for event in events for item in (event.get("evidence") or [])]
    return len(items), sum(evidence_item_valid(item, text) for item in items)


# ---------------------------------------------------------------- schema

def load_schema() -> dict:
    """The article record's JSON Schema, as packaged with strikewatch."""
    resource = files("strikewatch").joinpath("schema", "article.schema.json")
    return json.loads(resource.read_text(encoding="utf-8"))


def default_validator() -> Validator | None:
    """A function listing a record's schema violations, or None when jsonschema is not installed."""
    try:
        import jsonschema
    except ImportError:
        return None
    checker = jsonschema.Draft202012Validator(load_schema())
    return lambda record: [error.message for error in checker.iter_errors(record)]


# ---------------------------------------------------------------- report

@dataclass
class Report:
    """Every figure of one scoring run; ``to_dict()`` gives them as one JSON-ready object."""

    articles: int
    missing_records: int
    unreadable_pred_lines: int
    schema_errors: int
    events: dict[str, float]
    fields: dict[str, dict[str, float]]
    overall: dict[str, float]
    numbers_f1: float
    evidence_items: int
    evidence_valid: float | None
    context_f1: float
    rouge: dict[str, float]
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The figures (not the error lines), keyed like the reference scorer's ``--json`` output."""
        figures: dict[str, Any] = {
            "articles": self.articles, "unreadable_pred_lines": self.unreadable_pred_lines,
            "missing_records": self.missing_records, "schema_errors": self.schema_errors,
            "events": dict(self.events), "fields": {k: dict(v) for k, v in self.fields.items()},
            "overall": dict(self.overall), "numbers_f1": self.numbers_f1,
            "evidence_valid": self.evidence_valid, "evidence_items": self.evidence_items,
            "context_f1": self.context_f1,
        }
        figures.update(self.rouge)
        return figures

    def headline(self) -> dict[str, float]:
        """The figures a quality gate holds: scores (higher is better) and faults (must stay 0)."""
        return {
            "overall_f1": self.overall["f1"], "numbers_f1": self.numbers_f1, "events_f1": self.events["f1"],
            "evidence_valid": self.evidence_valid or 0.0, "context_f1": self.context_f1,
            "schema_errors": self.schema_errors,
            "missing_records": self.missing_records + self.unreadable_pred_lines,
        }

    def format(self, show_errors: bool = False) -> str:
        """A human-readable table of the figures, optionally followed by every disagreement."""
        lines = [f"{'field':<20}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
        for name, v in self.fields.items():
            if v["support"] == 0 and v["precision"] == 1.0:
                lines.append(f"{name:<20}{'-':>7}{'-':>7}{'-':>7}{0:>7}")
            else:
                lines.append(f"{name:<20}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['support']:>7}")
        o, e = self.overall, self.events
        lines.append(f"{'OVERALL':<20}{o['precision']:>7.3f}{o['recall']:>7.3f}{o['f1']:>7.3f}{o['support']:>7}")
        lines.append(f"numbers F1 {self.numbers_f1:.3f}")
        lines.append(f"events: gold {e['gold']} predicted {e['pred']}  "
                     f"P {e['precision']:.3f} R {e['recall']:.3f} F1 {e['f1']:.3f}")
        valid = "n/a" if self.evidence_valid is None else f"{self.evidence_valid:.3f}"
        lines.append(f"context F1 {self.context_f1:.3f}  evidence items {self.evidence_items}, valid {valid}")
        lines.append("brief: " + "  ".join(f"{k} {v:.3f}" for k, v in sorted(self.rouge.items())))
        lines.append(f"records: {self.articles} gold, {self.missing_records} missing, "
                     f"{self.unreadable_pred_lines} unreadable, {self.schema_errors} schema errors")
        if show_errors:
            lines.extend(self.errors)
        return "\n".join(lines)


def field_figures(tally: FieldTally, names: Iterable[str]) -> dict[str, float]:
    tp, fp, fn = tally.totals(names)
    precision, recall, f1 = slot_prf(tp, fp, fn)
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}


def score(inputs: dict[str, dict], gold: dict[str, dict], pred: dict[str, dict], *,
          unreadable_pred_lines: int = 0, validate: bool = True) -> Report:
    """Score predicted records against gold records, both keyed by article id.

    ``inputs`` supplies each article's text, against which evidence offsets are
    checked. Predicted records without a gold record are ignored. Predicted
    records are validated against the packaged schema when ``validate`` is true
    and jsonschema is importable.
    """
    check = default_validator() if validate else None
    tally = FieldTally()
    events = Counter()
    context = Counter()
    evidence = Counter()
    rouge: dict[str, list[float]] = {}
    schema_errors = missing = 0

    for article_id, gold_record in gold.items():
        pred_record = pred.get(article_id)
        if pred_record is None:
            missing += 1
            tally.errors.append(f"{article_id}: no predicted record")
            pred_record = {"events": [], "brief": {}, "context": []}
        elif check is not None:
            messages = check(pred_record)
            schema_errors += len(messages)
            tally.errors.extend(f"{article_id}: schema: {m[:160]}" for m in messages[:3])

        gold_events = [e for e in gold_record.get("events") or [] if isinstance(e, dict)]
        pred_events = [e for e in pred_record.get("events") or [] if isinstance(e, dict)]
        events["gold"] += len(gold_events)
        events["pred"] += len(pred_events)
        events["matched"] += count_article_events(tally, article_id, gold_events, pred_events)

        items, valid = evidence_counts(pred_events, (inputs.get(article_id) or {}).get("text", ""))
        evidence["items"] += items
        evidence["valid"] += valid

        briefs = brief_scores(gold_record.get("brief") or {}, pred_record.get("brief") or {})
        for name, value in briefs.items():
            rouge.setdefault(name, []).append(value)

        tp, fp, fn = match_context(gold_record.get("context"), pred_record.get("context"))
        context.update(tp=tp, fp=fp, fn=fn)

    precision, recall, f1 = detection_prf(events["matched"], events["pred"] - events["matched"],
                                          events["gold"] - events["matched"])
    return Report(
        articles=len(gold),
        missing_records=missing,
        unreadable_pred_lines=unreadable_pred_lines,
        schema_errors=schema_errors,
        events={"gold": events["gold"], "pred": events["pred"],
                "precision": precision, "recall": recall, "f1": f1},
        fields={name: field_figures(tally, [name]) for name in FIELDS},
        overall=field_figures(tally, FIELDS),
        numbers_f1=field_figures(tally, NUMBER_FIELDS)["f1"],
        evidence_items=evidence["items"],
        evidence_valid=evidence["valid"] / evidence["items"] if evidence["items"] else None,
        context_f1=detection_prf(context["tp"], context["fp"], context["fn"])[2],
        rouge={name: sum(values) / len(values) for name, values in rouge.items()},
        errors=tally.errors,
    )
