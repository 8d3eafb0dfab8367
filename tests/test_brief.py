"""The brief: data-to-text headline and dek, a summary chosen for its facts, always faithful."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from strikewatch.brief import BriefOptions, build_brief, tidy_sentence
from strikewatch.cli import cli
from strikewatch.extract import extract_article, extract_events
from strikewatch.faithful import check_brief
from strikewatch.records import ArticleInput
from strikewatch.spans import sentences

DEADLY = (
    "Russian drones struck an apartment block in Kharkiv overnight into Tuesday, killing two people and "
    "injuring 14, regional governor Oleh Syniehubov said.\n\n"
    "Kharkiv has been targeted repeatedly since the start of the full-scale invasion and lies about 30 km "
    "from the Russian border.\n\n"
    "Ukraine's air force said Russia had launched 86 Shahed-type drones overnight, of which 61 were shot "
    "down and 17 were lost to electronic warfare.\n\n"
    "A nine-storey building in the Kyivskyi district caught fire, and rescuers evacuated 40 residents. "
    "President Volodymyr Zelensky again called on partners to send more air-defence systems."
)
RECORD = (
    "Russia launched 612 drones and 19 missiles at Ukraine overnight into Sunday, the largest aerial attack "
    "since the full-scale invasion began, the Ukrainian air force said.\n\n"
    "Air defences shot down 571 drones and 12 missiles, it said. Three people were killed in Lviv and "
    "Rivne, regional officials said."
)
QUIET = (
    "Russia attacked the Odesa region with 37 drones overnight, damaging a grain warehouse in the port of "
    "Izmail, the regional governor said.\n\n"
    "Air defences destroyed 31 of the drones, the air force said. No casualties were reported."
)
REFINERY = (
    "Ukrainian drones attacked the Russian city of Saratov overnight, and a fire reportedly broke out at an "
    "oil refinery, Russian media said.\n\n"
    "Russia's defence ministry said its air defences had destroyed 32 Ukrainian drones over the Saratov "
    "and Volgograd regions.\n\n"
    "Videos posted by residents showed a large blaze, but the footage could not be independently verified."
)
NO_ATTACK = (
    "The foreign ministers of France and Germany met in Warsaw on Thursday to discuss a new package of "
    "air-defence aid for Ukraine, officials said.\n\n"
    "They agreed to fund more interceptor missiles and to speed up deliveries before winter."
)


def brief_of(text: str, title: str | None = None, published: str = "2025-05-06", **options):
    article = ArticleInput(id="a1", text=text, title=title, published=published)
    events = extract_events(article)
    return article, events, build_brief(article, events, options=BriefOptions(**options) if options else None)


@pytest.mark.parametrize("text", [DEADLY, RECORD, QUIET, REFINERY, NO_ATTACK])
def test_every_brief_is_within_the_limits_and_faithful(text):
    article, events, brief = brief_of(text)
    assert 0 < len(brief.headline) <= 90
    assert 0 < len(brief.dek) <= 200 and len(sentences(brief.dek)) == 1
    assert 0 < len(brief.summary) <= 600 and len(sentences(brief.summary)) <= 3
    assert check_brief(article, events, brief) == []


def test_a_deadly_strike_names_attacker_place_and_toll():
    _, _, brief = brief_of(DEADLY)
    assert re.search(r"Russian drone.*Kharkiv.*kills? two", brief.headline), brief.headline
    assert "86 drones" in brief.dek and "14" in brief.dek


def test_a_record_attack_says_so_with_its_scale():
    _, _, brief = brief_of(RECORD)
    assert "largest" in brief.headline and "three" in brief.headline
    assert "612 drones and 19 missiles" in brief.dek


def test_an_attack_without_casualties_says_what_was_hit():
    _, _, brief = brief_of(QUIET)
    assert "kill" not in brief.headline
    assert "warehouse" in brief.headline and "Izmail" in brief.headline
    assert "no casualties were reported" in brief.dek.lower()


def test_a_strike_on_russia_keeps_the_claim_attributed_and_the_hedge():
    article, events, brief = brief_of(REFINERY)
    assert "Russia says it downed 32 Ukrainian drones" in brief.headline + brief.dek
    assert "reportedly" in brief.summary  # the fire is only reported
    assert check_brief(article, events, brief) == []


def test_an_article_without_an_attack_gets_a_headline_from_its_text():
    article, events, brief = brief_of(NO_ATTACK)
    assert events == ()
    assert brief.headline.startswith("The foreign ministers of France and Germany met in Warsaw")
    _, _, titled = brief_of(NO_ATTACK, title="France and Germany agree more air-defence aid for Ukraine")
    assert titled.headline == "France and Germany agree more air-defence aid for Ukraine"
    _, _, untitled = brief_of(NO_ATTACK, title="France and Germany agree aid", use_title=False)
    assert untitled.headline == brief.headline


def test_an_unfaithful_title_is_not_used():
    _, _, brief = brief_of(NO_ATTACK, title="Poland pledges 40 Patriot batteries to Ukraine")
    assert "Poland" not in brief.headline


def test_the_summary_picks_fact_sentences_over_background_and_reactions():
    _, _, brief = brief_of(DEADLY)
    assert "launched 86 Shahed-type drones" in brief.summary
    assert "targeted repeatedly" not in brief.summary and "called on partners" not in brief.summary
    assert brief.summary.startswith("Russian drones struck an apartment block in Kharkiv")


def test_summary_sentences_are_the_articles_own_in_article_order():
    # quoted without who said them, so each is found by its words up to its first comma
    _, _, brief = brief_of(DEADLY)
    parts = [s.text.split(",")[0].rstrip(".")[1:] for s in sentences(brief.summary)]
    positions = [DEADLY.index(p) for p in parts]
    assert len(parts) >= 2 and positions == sorted(positions)


def test_extract_article_carries_the_brief():
    article, events, brief = brief_of(QUIET)
    assert extract_article(article).brief == brief


def test_options_come_from_defaults_toml():
    options = BriefOptions.from_defaults()
    assert options.headline_max == 90 and options.summary_sentences == 3
    assert options.field_weights["killed"] > options.field_weights["date"]


def test_one_sentence_summary_when_asked():
    _, _, brief = brief_of(DEADLY, summary_sentences=1)
    assert len(sentences(brief.summary)) == 1


@pytest.fixture
def articles_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    rows = [{"id": "k1", "text": DEADLY, "published": "2025-05-06"}, {"id": "n1", "text": NO_ATTACK}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "{not json\n", encoding="utf-8")
    return path


def test_brief_command_prints_readable_briefs_and_names_bad_lines(articles_file):
    result = CliRunner().invoke(cli, ["brief", str(articles_file)])
    assert result.exit_code == 1
    assert "[k1]" in result.stdout and "[n1]" in result.stdout
    assert "Kharkiv" in result.stdout.split("[n1]")[0]
    assert "articles.jsonl:3" in result.stderr and "2 briefs written, 1 rejected" in result.stderr


def test_brief_command_jsonl_with_check(articles_file):
    result = CliRunner().invoke(cli, ["brief", str(articles_file), "--format", "jsonl", "--check"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["k1", "n1"]
    assert set(rows[0]["brief"]) == {"headline", "dek", "summary"}
    assert rows[0]["problems"] == [] and rows[1]["problems"] == []


def test_a_destroyed_figure_summed_from_parts_is_not_called_shot_down_alone():
    text = (
        "Russia attacked Ukraine overnight with 120 drones, the air force said. Air defences shot "
        "down 80 of the drones. Another 30 drones were lost, the air force said."
    )
    _, _, brief = brief_of(text)
    assert "110 drones" in brief.dek + brief.headline
    assert "shot down or jammed" in brief.dek + brief.headline


WIRE = (
    "KYIV, May 6 (Northline) — Russian drones struck a five-storey apartment building in Poltava overnight "
    "into Tuesday, killing three people and injuring 11, regional governor Volodymyr Kohut "
    "said on Telegram.\n\n"
    "The Ukrainian air force said Russia had launched 74 Shahed-type drones (from the Kursk and Oryol "
    "directions), of which 58 were shot down.\n\n"
    '"This is another night of terror against peaceful people," Kohut wrote.\n\n'
    "A school and a pharmacy nearby were damaged, the city council said."
)
LIVE = (
    "Russia-Ukraine war: live updates\n\n"
    "11:30 — Zelensky speaks to Starmer\n\n"
    "President Volodymyr Zelensky said he had discussed air defence with British Prime Minister "
    "Keir Starmer.\n\n"
    "09:15 — Toll in Kharkiv rises to four\n\n"
    "Kharkiv mayor Ihor Terekhov said a fourth person had died in hospital, and 17 people were injured.\n\n"
    "07:40 — Air force: 126 drones launched\n\n"
    "Ukraine's air force said Russia had launched 126 drones overnight, of which 98 were shot down.\n\n"
    "06:50 — Strikes on Kharkiv\n\n"
    "Drones hit a shopping centre and several apartment blocks in Kharkiv, the regional governor said."
)
CLAIM = (
    "Russia's defence ministry said on Monday that its air defences had destroyed 41 Ukrainian drones "
    "overnight over the Kursk and Bryansk regions.\n\n"
    "A drone allegedly struck an oil depot near the town of Lgov, Russian media reported, "
    "citing residents.\n\n"
    "Kursk governor Alexander Khinshtein said one man had been injured by falling debris."
)


@pytest.mark.parametrize(
    ("text", "tidy"),
    [
        (
            "KYIV, March 14 — Russia attacked Ukraine with 394 drones overnight, Ukrainian officials said.",
            "Russia attacked Ukraine with 394 drones overnight.",
        ),
        (
            "13:40 — The death toll in Odesa has risen to four, regional governor Oleh Kiper said.",
            "The death toll in Odesa has risen to four.",
        ),
        (
            "On the night of 4 June (from 20:00 on 3 June), the enemy attacked with 112 drones (RF).",
            "On the night of 4 June, the enemy attacked with 112 drones.",
        ),
        (
            "Two people were killed, the head of the regional administration, Ivan Fedorov, said today.",
            "Two people were killed.",
        ),
        (
            "Artiukh said the drones hit a four-storey apartment building.",
            "The drones hit a four-storey apartment building.",
        ),
        (
            "Nine of the missiles were intercepted, the Ukrainian air force said, while three got through.",
            "Nine of the missiles were intercepted, while three got through.",
        ),
        # a side's claim keeps its source, a sentence that would lose its subject stays whole
        (
            "Russia's Defence Ministry said air defences had shot down 12 Ukrainian drones.",
            "Russia's Defence Ministry said air defences had shot down 12 Ukrainian drones.",
        ),
        (
            "Ukraine's air force said it had shot down three of the four missiles.",
            "Ukraine's air force said it had shot down three of the four missiles.",
        ),
        ("There were no casualties, he said.", "There were no casualties."),
        ("No casualties, he said.", "No casualties, he said."),
    ],
)
def test_summary_sentences_drop_datelines_asides_and_who_said_them(text, tidy):
    assert tidy_sentence(text) == tidy


def test_a_wire_summary_is_the_facts_without_dateline_attribution_or_quotes():
    article, events, brief = brief_of(WIRE)
    assert check_brief(article, events, brief) == []
    assert brief.summary.startswith("Russian drones struck a five-storey apartment building in Poltava")
    assert "Russia had launched 74 Shahed-type drones, of which 58 were shot down." in brief.summary
    assert "KYIV" not in brief.summary and "(" not in brief.summary
    assert "said" not in brief.summary and "terror" not in brief.summary
    assert len(sentences(brief.summary)) == 3


def test_a_live_blog_summary_skips_entry_headings_and_reads_past_the_newest_entries():
    article, events, brief = brief_of(LIVE)
    assert check_brief(article, events, brief) == []
    assert "live updates" not in brief.summary and "—" not in brief.summary
    assert "126 drones" in brief.summary and "shopping centre" in brief.summary
    assert "Starmer" not in brief.summary


def test_a_claim_keeps_its_source_and_its_hedge():
    article, events, brief = brief_of(CLAIM)
    assert check_brief(article, events, brief) == []
    assert brief.summary.startswith("Russia's defence ministry said")
    assert "allegedly" in brief.summary


def test_a_long_title_of_an_article_with_no_usable_text_is_cut_to_the_limit():
    title = "Russia Russia Russia Russia Russia Russia Russia Russia Russia Russian drones Russian drones."
    _, _, brief = brief_of(" ", title=title)
    assert 0 < len(brief.headline) <= 90
