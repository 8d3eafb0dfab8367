"""dedup: exact copies by content hash, light rewrites by MinHash/LSH, on the generated 50+50 set."""
from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from strikewatch.dedup import DedupOptions, NearDuplicates, content_hash, shingles, signature, similarity

EVAL = Path(__file__).resolve().parent.parent / "eval"
STORY = ("Russia launched 41 drones and 6 missiles at Ukraine overnight, the Ukrainian air force said on "
         "Saturday, in an attack that damaged energy facilities in the Kharkiv region.\n\nAir defence units "
         "shot down most of the drones, while several missiles hit their targets. A power substation was "
         "damaged and thousands of homes were left without electricity, the governor said.\n\nTwo people "
         "were injured when debris from a downed drone fell on a house in a village near the city, officials "
         "said.")
REWRITE = (STORY.replace("launched", "fired").replace("Two people were injured", "Three people were injured")
           .replace("shot down", "destroyed") + "\n\nReporting by Kyiv Ledger staff.")
OTHER = ("Ukrainian drones struck an oil refinery in the Russian city of Saratov overnight into Tuesday, "
         "starting a fire that burned for several hours, the regional governor said. Russia's defence "
         "ministry said its air defences had destroyed 32 Ukrainian drones, including 13 over Saratov.")


def load_eval():
    spec = importlib.util.spec_from_file_location("strikewatch_dedup_quality", EVAL / "dedup_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_content_hash_ignores_case_whitespace_and_punctuation():
    assert content_hash(STORY) == content_hash("  " + STORY.upper().replace(",", "").replace("\n\n", " \n "))
    assert content_hash(STORY) != content_hash(STORY.replace("41", "42"))
    assert len(content_hash(STORY)) == 64


def test_signature_is_bytes_of_the_configured_size_and_deterministic():
    options = DedupOptions()
    sig = signature(STORY)
    assert isinstance(sig, bytes) and len(sig) == options.num_perm * 8
    assert sig == signature(STORY)


def test_rewrite_is_similar_and_other_story_is_not():
    assert similarity(signature(STORY), signature(STORY)) == 1.0
    assert similarity(signature(STORY), signature(REWRITE)) >= DedupOptions().threshold
    assert similarity(signature(STORY), signature(OTHER)) < 0.1


def test_query_finds_the_stored_story_a_rewrite_copies():
    index = NearDuplicates()
    index.add("kyiv-ledger-1", signature(STORY))
    index.add("eastern-dispatch-7", signature(OTHER))
    assert index.query(signature(REWRITE)) == "kyiv-ledger-1"
    assert index.query(signature("Explosions were heard in Lviv overnight; there was no damage.")) is None
    assert len(index) == 2 and "kyiv-ledger-1" in index


def test_query_prefers_the_most_similar_story_and_ties_go_to_the_smallest_key():
    index = NearDuplicates()
    index.add("b-copy", signature(STORY))
    index.add("a-copy", signature(STORY))
    index.add("rewrite", signature(REWRITE))
    assert index.query(signature(STORY)) == "a-copy"
    best = index.best(signature(REWRITE))
    assert best == ("rewrite", 1.0)


def test_adding_a_key_twice_keeps_the_first():
    index = NearDuplicates()
    index.add("a", signature(STORY))
    index.add("a", signature(OTHER))
    assert index.query(signature(STORY)) == "a" and index.query(signature(OTHER)) is None


def test_signature_of_other_settings_is_refused_with_the_fix():
    small = replace(DedupOptions(), num_perm=64)
    expected = r"a signature must be 2048 bytes \(\[dedup\] num_perm = 256\), got 512"
    with pytest.raises(ValueError, match=expected):
        NearDuplicates().add("a", signature(STORY, small))


def test_short_text_is_one_shingle():
    assert shingles("Drones hit Kyiv.", 4) == {b"drones hit kyiv"}
    assert len(shingles(STORY, 4)) > 50


def test_generated_set_is_realistic():
    quality = load_eval()
    texts = quality.build_set(seed=7)
    stories = {text.story for text in texts}
    assert len(stories) == quality.STORIES + quality.DISTINCT == 100
    copies = [sum(text.story == story for text in texts) for story in range(quality.STORIES)]
    assert min(copies) >= 2 and max(copies) <= 4  # each story and 1-3 rewrites
    assert all(sum(text.story == story for text in texts) == 1 for story in range(50, 100))
    assert {text.night for text in texts} == set(quality.NIGHTS)
    originals = {text.story: text.text for text in texts if text.key.endswith("-0")}
    assert all(text.text != originals[text.story] for text in texts if not text.key.endswith("-0"))


@pytest.mark.parametrize("seed", [2025, 11])
def test_near_duplicate_precision_and_recall_meet_the_bar(seed):
    quality = load_eval()
    result = quality.evaluate(quality.build_set(seed))
    assert result.precision >= 0.98, result
    assert result.recall >= 0.90, result
