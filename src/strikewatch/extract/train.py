"""Train the role model from annotated corpora: ``make train``, or

    python -m strikewatch.extract.train CORPUS_DIR... [-o src/strikewatch/extract/data/roles.json]

Each CORPUS_DIR holds ``articles.jsonl`` and ``gold.jsonl`` in the SPEC's formats. Every
weapon phrase the reader finds becomes an example; its label comes from the gold: the role
(launched, destroyed, hit) whose gold value, for that weapon, equals the figure. A figure
that equals no gold value, or more than one, teaches nothing and is left out. The model is
a logistic regression (scikit-learn, the ``train`` extra); it is written as plain JSON with
the hash of the data it saw and its accuracy under 5-fold cross-validation.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from ..records import ArticleInput
from .model import MODEL_FILE, ROLES, RoleModel
from .rules import _Reader

DEFAULT_OUT = Path(__file__).resolve().parent / "data" / MODEL_FILE
_WEAPON_FIELD = {"drone": "drones", "missile": "missiles"}


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def label(gold_events: list[dict], category: str, value: int) -> str | None:
    """The one role whose gold value for ``category`` equals ``value``; None when none or several do."""
    weapon = _WEAPON_FIELD.get(category)
    if weapon is None:
        return None
    roles = {role for e in gold_events for role in ROLES if (e.get(weapon) or {}).get(role) == value}
    return roles.pop() if len(roles) == 1 else None


def examples(corpora: list[Path]) -> tuple[list[dict[str, float]], list[str], str]:
    """Features and labels of every labelled weapon phrase, and the SHA-256 of the corpora read."""
    digest = hashlib.sha256()
    feats, labels = [], []
    for corpus in corpora:
        articles = _read(corpus / "articles.jsonl")
        gold = {g["id"]: g for g in _read(corpus / "gold.jsonl")}
        digest.update((corpus / "articles.jsonl").read_bytes() + (corpus / "gold.jsonl").read_bytes())
        for a in articles:
            events = gold.get(a["id"], {}).get("events", [])
            seen: list[tuple[dict, str, int]] = []
            reader = _Reader(ArticleInput(id=a["id"], text=a["text"], title=a.get("title"),
                                          published=a.get("published")),
                             observe=lambda f, cat, value, _role, seen=seen: seen.append((f, cat, value)))
            reader.read()
            for f, cat, value in seen:
                role = label(events, cat, value)
                if role:
                    feats.append(f)
                    labels.append(role)
    return feats, labels, digest.hexdigest()


def fit(feats: list[dict[str, float]], labels: list[str], data_hash: str) -> RoleModel:
    """A logistic regression over the features, with its cross-validated accuracy in ``meta``."""
    try:
        import sklearn
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import cross_val_score
    except ImportError:
        sys.exit("training needs scikit-learn: pip install 'strikewatch[train]'")
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(feats)
    classifier = LogisticRegression(C=1.0, max_iter=2000)
    folds = min(5, min(labels.count(r) for r in set(labels)))
    accuracy = float(cross_val_score(classifier, x, labels, cv=folds).mean()) if folds >= 2 else None
    classifier.fit(x, labels)
    classes = tuple(str(c) for c in classifier.classes_)
    binary = len(classes) == 2  # scikit-learn keeps one row of weights for two classes: the second's
    coef = [-classifier.coef_[0], classifier.coef_[0]] if binary else classifier.coef_
    intercept = [-classifier.intercept_[0], classifier.intercept_[0]] if binary else classifier.intercept_
    weights = {name: tuple(round(float(coef[c][j]), 5) for c in range(len(classes)))
               for name, j in vectorizer.vocabulary_.items()}
    weights["bias"] = tuple(round(float(w) + b, 5) for w, b in zip(weights.get("bias", (0.0,) * len(classes)),
                                                                  intercept, strict=True))
    meta = {"examples": len(labels), "per_role": {r: labels.count(r) for r in classes},
            "data_sha256": data_hash,
            "cv_accuracy": round(accuracy, 3) if accuracy is not None else None, "cv_folds": folds,
            "trainer": f"scikit-learn {sklearn.__version__} LogisticRegression(C=1.0)"}
    return RoleModel(classes, weights, meta)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="folders with articles.jsonl and gold.jsonl")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    feats, labels, data_hash = examples(args.corpora)
    if len(set(labels)) < 2:
        sys.exit(f"too few labelled examples to train on ({len(labels)})")
    model = fit(feats, labels, data_hash)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(model.to_json(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{args.output}: {model.meta['examples']} examples {model.meta['per_role']}, "
          f"cross-validated accuracy {model.meta['cv_accuracy']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
