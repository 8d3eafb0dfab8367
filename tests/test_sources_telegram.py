"""Telegram Desktop channel exports: one article per post; edits, forwards and service messages."""
from __future__ import annotations

import json

from conftest import DATA
from strikewatch.extract import extract_article
from strikewatch.ingest import read_inputs
from strikewatch.records import ArticleInput, Rejection
from strikewatch.sources.telegram import post_text

EXPORT = DATA / "telegram" / "result.json"
CHANNEL = "Air Force Command of Ukraine (English)"


def read(path):
    return list(read_inputs([str(path)]))


def by_id(items):
    return {item.id: item for item in items if isinstance(item, ArticleInput)}


def test_each_post_is_an_article_and_service_and_media_only_messages_are_skipped():
    items = read(EXPORT)
    assert list(by_id(items)) == ["telegram:1780052361:1204", "telegram:1780052361:1205",
                                  "telegram:1780052361:1206", "telegram:1780052361:1209",
                                  "telegram:1780052361:1210"]
    # channel created, message pinned (service) and a captionless photo are no articles and no rejects
    assert [item.input for item in items if isinstance(item, Rejection)] == [f"{EXPORT}#1211"]


def test_text_entities_are_joined_and_a_bold_first_line_is_the_title():
    post = by_id(read(EXPORT))["telegram:1780052361:1204"]
    assert post.title == "Overnight attack: 67 missiles and 194 drones"
    assert post.text.startswith("On the night of 7 March, the enemy attacked Ukraine with 67 missiles")
    assert "air defence destroyed 34 cruise missiles and 100 drones. Another 86 decoy" in post.text
    assert post.text.endswith("#airdefence Details on the website")
    assert (post.outlet, post.published, post.url) == (CHANNEL, "2025-03-07T08:14:52", None)


def test_bold_opening_that_runs_into_the_sentence_is_not_a_title():
    post = by_id(read(EXPORT))["telegram:1780052361:1210"]
    assert post.title is None
    assert post.text.startswith("⚡️On the night of 8 March, the enemy attacked with 88 Shahed")


def test_edited_post_keeps_its_first_date_and_latest_text():
    post = by_id(read(EXPORT))["telegram:1780052361:1205"]
    assert post.published == "2025-03-07T09:02:10"  # not the edit time, 11:47:33
    assert "The figures were clarified" in post.text


def test_forwarded_post_is_credited_to_the_channel_it_came_from():
    post = by_id(read(EXPORT))["telegram:1780052361:1206"]
    assert post.outlet == "Kharkiv Regional Military Administration"
    assert post.text.endswith("including a 12-year-old boy. @kharkiv_ova")


def test_post_in_a_language_not_read_is_rejected_naming_it():
    [rejection] = [item for item in read(EXPORT) if isinstance(item, Rejection)]
    assert rejection.reason.startswith("text is in German, not in a language strikewatch reads")
    assert json.loads(rejection.raw)["id"] == 1211  # the whole message is kept for the rejects log


def test_ukrainian_post_is_read_and_extracted_like_any_other():
    post = by_id(read(EXPORT))["telegram:1780052361:1209"]
    assert (post.language, post.outlet, post.published) == ("uk", CHANNEL, "2025-03-08T07:55:03")
    [event] = extract_article(post).events
    assert (event.date, event.attacker, event.target_country) == ("2025-03-08", "RU", "UA")
    assert (event.drones.launched, event.drones.destroyed) == (88, 84)  # 54 shot down + 30 lost locationally
    assert [w.to_dict() for w in event.weapons] == [
        {"model": "Shahed", "kind": "drone", "launched": 88, "destroyed": 54},
        {"model": "decoy", "kind": "drone", "launched": None, "destroyed": 30}]


def test_export_is_recognised_by_content_whatever_its_name(tmp_path):
    renamed = tmp_path / "channel-dump.txt"
    renamed.write_bytes(EXPORT.read_bytes())
    assert len(by_id(read(renamed))) == 5


def test_full_account_export_with_several_channels(write):
    export = json.loads(EXPORT.read_text())
    second = {"name": "Odesa City Council", "type": "public_channel", "id": 2231, "messages": [
        {"id": 7, "type": "message", "date": "2025-03-09T06:01:00",
         "text": "Overnight, Russian drones attacked Odesa. A fire broke out at a warehouse in the port area "
                 "and two private houses were damaged. No one was injured, the city council said."}]}
    path = write("result.json", json.dumps({"about": "Telegram export", "chats": {"list": [export, second]}}))
    articles = by_id(read(path))
    assert len(articles) == 6
    assert articles["telegram:2231:7"].outlet == "Odesa City Council"


def test_bad_messages_are_rejected_one_by_one(write):
    export = {"name": "Sumy Regional Administration", "type": "public_channel", "id": 55, "messages": [
        "not a message",
        {"type": "message", "date": "2025-04-01T07:00:00", "text": "A message without an id."},
        {"id": 3, "type": "message", "date": "yesterday", "text": "Russian drones hit an energy facility in "
         "the Sumy region overnight, the regional administration said; power was cut to 2,000 homes."},
    ]}
    path = write("result.json", json.dumps(export))
    items = read(path)
    assert [item.message() for item in items if isinstance(item, Rejection)] == [
        f"{path}[0]: message is not a JSON object", f'{path}#1: message has no numeric "id"']
    [article] = by_id(items).values()
    assert article.published is None  # an unreadable date is left out, not guessed


def test_post_text_of_strings_and_entities():
    assert post_text("plain") == "plain"
    assert post_text(["a ", {"type": "bold", "text": "b"}, {"type": "link"}, 7]) == "a b"
    assert post_text(None) == ""
