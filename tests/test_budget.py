"""The time budget's worker: what the parent loads before it forks the worker."""
from __future__ import annotations

import gc

from strikewatch import budget


def test_loading_the_models_runs_no_collection_and_freezes_what_it_made(monkeypatch):
    # Loading makes a large heap that lives as long as the process: walking it again and again for
    # cycles, while it grows, is time spent for nothing.
    monkeypatch.setattr(budget, "_WARM", set())  # as in a fresh process
    started: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(info["generation"])

    frozen = gc.get_freeze_count()
    gc.callbacks.append(count)
    try:
        budget._warm_up()
    finally:
        gc.callbacks.remove(count)
        loaded_frozen = gc.get_freeze_count()
        gc.unfreeze()
    assert gc.isenabled() and budget._WARM == {None}
    assert not started and loaded_frozen > frozen
