"""The trained role model: launched, destroyed or hit for a weapon figure, from its features.

A multinomial logistic regression over the features of ``roles.features`` (the parse around
the figure, the words beside it, what the surface rules say). It is trained by
``python -m strikewatch.extract.train`` (``make train``) on the annotated training split and
ships inside the package as plain JSON (``data/roles.json``: the weights, the hash of the
data it was trained on and its held-out accuracy), so nothing is downloaded and nothing but
the standard library runs it.

The reader asks it only where no rule is certain, and takes its answer only above
``THRESHOLD``; the decision and its score are kept (``Decision``) so a reviewer can see why.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

ROLES = ("launched", "destroyed", "hit")
THRESHOLD = 0.9  # below this the parse and the surface rules decide, as they would without a model


@dataclass(frozen=True)
class Decision:
    """A role and who decided it: ``by`` is "rule", "parse" or "model"; ``score`` the model's probability."""

    role: str
    by: str
    score: float | None = None


@dataclass(frozen=True)
class RoleModel:
    """Weights of a linear model: a bias per class and a weight per feature and class."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    meta: dict

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        scores = [0.0] * len(self.classes)
        for name, value in feats.items():
            for i, w in enumerate(self.weights.get(name, ())):
                scores[i] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def decide(self, feats: dict[str, float]) -> Decision | None:
        """The model's role when it is at least ``THRESHOLD`` sure, else None."""
        probs = self.probabilities(feats)
        role = max(probs, key=probs.get)
        return Decision(role, "model", round(probs[role], 3)) if probs[role] >= THRESHOLD else None

    def to_json(self) -> dict:
        weights = {k: list(v) for k, v in sorted(self.weights.items())}
        return {"classes": list(self.classes), "weights": weights, "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> RoleModel:
        weights = {k: tuple(v) for k, v in data["weights"].items()}
        return cls(tuple(data["classes"]), weights, data.get("meta", {}))


MODEL_FILE = "roles.json"


@lru_cache(maxsize=1)
def shipped() -> RoleModel | None:
    """The model that ships with the package; None when it has not been trained yet."""
    path = resources.files("strikewatch.extract").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    return RoleModel.from_json(json.loads(path.read_text(encoding="utf-8")))
