"""Context items: the cue words of each kind, who the actors are, and one item per act."""
from __future__ import annotations

import pytest

from strikewatch.context import _officials, extract_context
from strikewatch.records import ArticleInput

pytest.importorskip("spacy")


def _items(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = ArticleInput(id="t", text=text)
    items = extract_context(article)
    for item in items:
        assert text[item.start:item.end] == item.quote
    return [(i.kind, i.actors) for i in items]


def _surnames(actors: tuple[str, ...]) -> set[str]:
    return {a.split()[-1] for a in actors}


def test_call_reported_in_a_statement_is_a_call():
    items = _items("President Volodymyr Zelensky said he had spoken by phone with German Chancellor "
                   "Olaf Scholz about air defence and reconstruction.")
    assert [k for k, _ in items] == ["call"]
    assert _surnames(items[0][1]) == {"Zelensky", "Scholz"}


def test_two_acts_in_one_sentence_are_two_items_with_their_own_doers():
    items = _items("Italy said it would send a second SAMP/T air defence system to Ukraine, and the European "
                   "Union adopted its 15th package of sanctions against Russia.")
    assert [k for k, _ in items] == ["arms_supply", "sanctions"]
    assert items[0][1] == ("Italy",)
    assert items[1][1] == ("European Union",)


def test_two_speakers_split_by_a_semicolon():
    items = _items("Kremlin spokesman Dmitry Peskov accused Kyiv of provoking the escalation; Ukrainian "
                   "Foreign Minister Andrii Sybiha said Moscow was lying about its targets.")
    assert items == [("statement", ("Dmitry Peskov",)), ("statement", ("Andrii Sybiha",))]


def test_demand_for_sanctions_is_a_statement_not_sanctions():
    items = _items("Foreign Minister Andrii Sybiha urged the European Union to approve its next sanctions "
                   "package without delay.")
    assert items == [("statement", ("Andrii Sybiha",))]


def test_demand_for_weapons_is_a_statement_not_a_supply():
    items = _items("President Volodymyr Zelensky called on partners to speed up deliveries of Patriot "
                   "air defence systems.")
    assert items == [("statement", ("Volodymyr Zelensky",))]


def test_attack_reporting_is_not_context():
    text = ("Russia's defence ministry said its air defences had destroyed 57 Ukrainian drones overnight.\n\n"
            "Two people were killed in the city, regional governor Ivan Fedorov said.\n\n"
            "Mayor Vitali Klitschko urged residents to stay in shelters.")
    assert _items(text) == []


def test_state_and_ministry_speak_as_the_state():
    text = ("Poland's foreign ministry said a Russian drone had violated Polish airspace and summoned the "
            "Russian charge d'affaires.\n\n"
            "Qatar, which has mediated between Moscow and Kyiv before, called on both sides to show "
            "restraint.")
    assert _items(text) == [("statement", ("Poland",)), ("statement", ("Qatar",))]


def test_venue_and_quoted_names_are_not_actors():
    items = _items("Ukrainian and Russian delegations met in Istanbul for a second round of direct talks, "
                   "the foreign ministry said.")
    assert items == [("negotiation", ("Ukraine", "Russia"))]


def test_surname_is_completed_from_the_article():
    text = ("The strike came hours after President Volodymyr Zelensky returned from Washington.\n\n"
            "Zelensky again appealed to Western partners for more air defence systems.")
    assert _items(text) == [("statement", ("Volodymyr Zelensky",))]


def test_a_meeting_reported_twice_is_one_item():
    text = ("14:10 — Macron meets Zelensky in Paris\n\n"
            "French President Emmanuel Macron met President Volodymyr Zelensky in Paris on Monday to discuss "
            "security guarantees.")
    items = _items(text)
    assert len(items) == 1
    assert items[0][0] == "meeting" and _surnames(items[0][1]) == {"Macron", "Zelensky"}


def test_meet_a_response_and_pay_for_it_are_not_meetings_or_supplies():
    text = ("Defence Minister Israel Katz warned that any further attack would meet a far harsher response "
            "and that Tehran would pay for it.")
    assert _items(text) == [("statement", ("Israel Katz",))]


def test_leaders_agreeing_a_pause_in_a_call_give_a_call_and_a_negotiation():
    items = _items("US President Donald Trump and Russian President Vladimir Putin agreed in a phone call on "
                   "Tuesday to a pause in strikes on energy facilities, the White House said.")
    assert [k for k, _ in items] == ["call", "negotiation"]
    assert all(_surnames(a) == {"Trump", "Putin"} for _, a in items)


@pytest.mark.parametrize("motive", ["retaliation for", "punishment for", "its answer to", "payback for"])
def test_claim_of_retaliation_is_a_statement_despite_the_toll(motive):
    items = _items(f"Iran said the barrage was {motive} an Israeli strike on its embassy compound that "
                   "killed seven officers.")
    assert items == [("statement", ("Iran",))]


def test_supply_paused_by_a_state_names_the_supplier_not_the_recipient():
    items = _items("The United States paused deliveries of some air defence interceptors to Ukraine, citing "
                   "its own stockpiles.")
    assert items == [("arms_supply", ("United States",))]


@pytest.mark.parametrize("text", [
    "Russia sent waves of attack drones against Kyiv overnight, the air force said.",
    "Russia also sent 121 Shahed-type drones and decoys, of which 88 were shot down.",
])
def test_sending_drones_at_a_city_is_an_attack_not_an_arms_supply(text):
    assert not [c for c in extract_context(ArticleInput(id="a", text=text)) if c.kind == "arms_supply"]


def test_weapons_a_country_has_received_are_an_arms_supply():
    text = ("Defence Minister Rustem Umerov said on Monday that Ukraine had received a new batch of Patriot "
            "interceptors.")
    items = extract_context(ArticleInput(id="a", text=text))
    assert [c.kind for c in items] == ["arms_supply"]
    assert "Ukraine" in items[0].actors


def test_a_meeting_of_a_named_group():
    text = ("The announcements followed a virtual meeting of the Ukraine Defence Contact Group, chaired by "
            "British Defence Secretary John Healey and German Defence Minister Boris Pistorius.")
    items = extract_context(ArticleInput(id="a", text=text))
    assert [c.kind for c in items] == ["meeting"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Army spokesman Brigadier General Faris al-Nuaimi said the militia would be held responsible for the "
     "raid.", "Faris al-Nuaimi"),
    ("Navy spokesperson Rear Admiral Tomas Reyes said the fleet would answer any further provocation.",
     "Tomas Reyes"),
    ("European Commission President Ursula von der Leyen condemned the bombing of the railway station.",
     "Ursula von der Leyen"),
    ("Foreign Minister Prince Faisal bin Farhan told reporters the kingdom rejected any escalation.",
     "Faisal bin Farhan"),
])
def test_a_speaker_is_named_without_rank_and_with_the_whole_of_a_particled_name(text, speaker):
    assert _items(text) == [("statement", (speaker,))]


def test_states_of_one_subject_all_make_the_statement():
    items = _items("Jordan, Egypt and the European Union condemned the overnight strikes on the port.")
    assert items == [("statement", ("Jordan", "Egypt", "European Union"))]


def test_blaming_a_side_is_a_statement():
    items = _items("Defence Minister Lena Halvorsen blamed Moscow for the damage to the power grid.")
    assert [k for k, _ in items] == ["statement"]
    assert _surnames(items[0][1]) == {"Halvorsen"}


def test_a_council_convening_in_emergency_session_is_a_meeting():
    items = _items("The UN Security Council was due to hold an emergency session on the strikes on Thursday.")
    assert items == [("meeting", ("UN Security Council",))]


def test_a_question_put_to_a_leader_does_not_hide_his_answer():
    items = _items("Asked by reporters about the overnight barrage, President Miro Tanaskovic said his "
                   "government would answer it.")
    assert items == [("statement", ("Miro Tanaskovic",))]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Prime Minister Petr Fiala promised that those who ordered the strike would answer for it.", "Fiala"),
    ("Foreign Minister Radoslaw Sikorski renewed his call for partners to close the sky over Volhynia.",
     "Sikorski"),
    ("Chancellor Karl Nehammer repeated his appeal for restraint on both sides of the border.", "Nehammer"),
])
def test_a_promise_or_a_renewed_appeal_is_a_statement(text, speaker):
    items = _items(text)
    assert [k for k, _ in items] == ["statement"]
    assert _surnames(items[0][1]) == {speaker}


@pytest.mark.parametrize(("text", "supplier"), [
    ("Norway promised dozens of air defence missiles and spare parts for the NASAMS batteries.", "Norway"),
    ("Canada said it would continue providing Ukraine with air defence systems and training.", "Canada"),
    ("Hungary has frozen military aid to Kyiv since the spring.", "Hungary"),
])
def test_promised_continued_and_frozen_supplies_are_arms_supplies(text, supplier):
    items = _items(text)
    assert [k for k, _ in items] == ["arms_supply"]
    assert supplier in items[0][1]


def test_a_speaker_quoted_again_is_one_statement():
    text = ("Kremlin spokesman Dmitry Peskov accused Kyiv of staging the blast at the depot.\n\n"
            "In a briefing, Peskov said Moscow saw no reason to pause its campaign.")
    assert _items(text) == [("statement", ("Dmitry Peskov",))]


def test_a_titled_surname_taken_for_an_organisation_is_still_the_speaker():
    text = ("The refinery fire burned for hours after President Donald Trump landed in Riga.\n\n"
            "Trump said the raid on the depot was \"a disgrace\".")
    assert _items(text) == [("statement", ("Donald Trump",))]


def test_a_day_or_a_town_before_a_title_is_no_titled_name():
    text = ("Crews were still clearing rubble at the depot on Friday, Energy Minister Ivan Petrenko told "
            "reporters. In Tbilisi, Georgian President Salome Zourabichvili condemned the strike "
            "on the port.")
    leaders, _, _ = _officials(text)
    assert leaders == {"Petrenko", "Zourabichvili"}


def test_a_leader_speaking_of_a_meeting_makes_a_statement_and_reports_the_meeting():
    items = _items("Prime Minister Keir Starmer said the strike on the power plant would be discussed when "
                   "he met President Emmanuel Macron in Paris.")
    assert [k for k, _ in items] == ["statement", "meeting"]
    assert items[0][1] == ("Keir Starmer",)


def test_a_leader_speaking_of_talks_reports_the_talks_alone():
    items = _items("President Volodymyr Zelensky said Ukraine was ready for direct talks on a ceasefire.")
    assert [k for k, _ in items] == ["negotiation"]


@pytest.mark.parametrize(("text", "state"), [
    ("The UAE foreign ministry condemned the drone strike on the tanker off Fujairah.",
     "United Arab Emirates"),
    ("Pakistan's foreign office said the raid on the border post was an act of aggression.", "Pakistan"),
])
def test_an_attackers_state_of_the_lexicon_speaks_through_its_ministry(text, state):
    assert _items(text) == [("statement", (state,))]


def test_an_army_reporting_the_fighting_does_not_speak_for_its_state():
    assert _items("The IDF said its troops would remain in the buffer zone for the coming weeks.") == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Prime Minister Keir Starmer told his cabinet that the raid on the shipyard would not go unanswered.",
     "Starmer"),
    ("Foreign Minister Radoslaw Sikorski announced that the drone incursion would be raised with the allies.",
     "Sikorski"),
])
def test_telling_or_announcing_is_a_statement(text, speaker):
    items = _items(text)
    assert [k for k, _ in items] == ["statement"] and _surnames(items[0][1]) == {speaker}


@pytest.mark.parametrize(("text", "body"), [
    ("UNICEF said it was appalled by the strike on the school and urged every side to spare children.",
     "UNICEF"),
    ("The World Health Organization condemned the attack on the maternity ward.",
     "World Health Organization"),
    ("Amnesty International called for an independent inquiry into the bombing of the market.",
     "Amnesty International"),
])
def test_an_international_body_condemning_or_appealing_makes_a_statement(text, body):
    assert _items(text) == [("statement", (body,))]


def test_an_international_body_reporting_what_it_saw_makes_no_statement():
    text = "The International Atomic Energy Agency said radiation readings near the plant were normal."
    assert _items(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("EU foreign policy chief Maria Lindqvist said the envoy of Moscow had been summoned in Brussels.",
     "Lindqvist"),
    ("Senior rebel official Karim al-Haddad said the group would answer the raid on the harbour.",
     "al-Haddad"),
    ("Presidential adviser Taras Melnyk wrote that the enemy wanted to break the country's spirit.",
     "Melnyk"),
])
def test_chiefs_officials_and_advisers_speak_for_their_side(text, speaker):
    items = _items(text)
    assert [k for k, _ in items] == ["statement"]
    assert _surnames(items[0][1]) == {speaker}


def test_a_chief_executive_reporting_repairs_makes_no_statement():
    text = "The utility's chief executive Pavlo Hrytsenko said crews were restoring the substation."
    assert _items(text) == []


def test_a_three_word_name_after_a_title_is_the_surname_the_article_uses():
    leaders = _officials("President Hasan Tayfun Kaplan arrived in Baku. Kaplan said he hoped for a deal.")[0]
    assert "Kaplan" in leaders


def test_a_speaker_welcoming_a_states_sanctions_is_a_statement_and_the_state_sanctions():
    items = _items("President Andriy Kovalenko said the raid showed the enemy wanted no peace and welcomed "
                   "new British sanctions on Russian shipping firms, announced on Monday.")
    assert ("statement", ("Andriy Kovalenko",)) in items
    sanctions = [a for k, a in items if k == "sanctions"]
    assert sanctions and "United Kingdom" in sanctions[0] and "Andriy Kovalenko" not in sanctions[0]


def test_a_name_with_particles_cut_by_the_recogniser_keeps_its_surname():
    text = "European Commission President Ursula von der Leyen called the bombing of the station vile."
    items = _items(text)
    assert [(k, _surnames(a)) for k, a in items] == [("statement", {"Leyen"})]


def test_a_leader_quoting_the_toll_in_his_own_words_still_makes_a_statement():
    items = _items('Foreign Minister Jonas Berg told reporters he was "not happy" and that '
                   '"they are killing a lot of people".')
    assert [(k, _surnames(a)) for k, a in items] == [("statement", {"Berg"})]


@pytest.mark.parametrize("text", [
    "Interior Minister Petro Savchuk said the dormitory was hit directly.",
    "Energy Minister Olena Bondar said two substations had been badly damaged in the north.",
    "Interior Minister Petro Savchuk said nine residents were still unaccounted for.",
])
def test_a_minister_reporting_the_damage_makes_no_statement(text):
    assert _items(text) == []


def test_a_minister_calling_a_damaging_attack_names_makes_a_statement():
    text = "Foreign Minister Petro Savchuk said a raid that damaged a consulate was an assault on diplomacy."
    assert [(k, _surnames(a)) for k, a in _items(text)] == [("statement", {"Savchuk"})]
