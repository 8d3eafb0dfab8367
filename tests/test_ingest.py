"""ingest.read_inputs: every input becomes an ArticleInput or a Rejection naming it, in order."""
from __future__ import annotations

import io
import json
import os
import re
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA
from strikewatch.config import defaults
from strikewatch.errors import InputError, StrikewatchError
from strikewatch.ingest import (
    MAX_RAW_CHARS,
    parse_published,
    read_inputs,
    split_title,
)
from strikewatch.language import english_stopword_share
from strikewatch.records import ArticleInput, Rejection

MIN_ENGLISH_STOPWORD_SHARE = defaults("language")["min_english_stopword_share"]


def read(*paths, **options):
    return list(read_inputs(list(paths), **options))


def messages(items):
    return [item.message() for item in items if isinstance(item, Rejection)]


def ids(items):
    return [item.id for item in items if isinstance(item, ArticleInput)]


# JSONL


def test_jsonl_articles_keep_their_fields_and_order(write, article, jsonl):
    first = article("a1", url="https://kyiv-ledger.example/a1")
    path = write("articles.jsonl", jsonl(first, article("a2"), article("a3")))
    items = read(path)
    assert ids(items) == ["a1", "a2", "a3"]
    assert items[0] == ArticleInput(id="a1", text=first["text"], title=first["title"],
                                    published=first["published"], url=first["url"], outlet="Kyiv Ledger",
                                    language="en")


def test_jsonl_text_is_passed_through_unchanged(write, article, jsonl):
    text = "  Drones hit Odesa overnight, officials said.\r\n\r\nTwo people were injured.  " * 5
    path = write("articles.jsonl", jsonl(article("a1", text=text)))
    assert read(path)[0].text == text  # evidence offsets point into the text as given


@pytest.mark.parametrize(("line", "reason"), [
    ('{"id": "x" "text": "y"}', "not valid JSON (Expecting ',' delimiter at column 12)"),
    ('{"text": "Drones hit Kyiv."}', 'missing required field "id"'),
    ('{"id": "x1"}', 'missing required field "text"'),
    ('{"id": 7, "text": "Drones hit Kyiv."}', 'field "id" must be a string, got number'),
    ('{"id": "  ", "text": "Drones hit Kyiv."}', 'field "id" is empty'),
    ('{"id": "x1", "text": ["Drones hit Kyiv."]}', 'field "text" must be a string, got array'),
    ('{"id": "x1", "text": "Drones hit Kyiv.", "title": 3}',
     'field "title" must be a string or null, got number'),
    ('["x1", "Drones hit Kyiv."]', "expected a JSON object (one article), got array"),
    ('{"id": "x1", "text": ""}', "empty text"),
    ('{"id": "x1", "text": " \\n\\n "}', "empty text"),
])
def test_jsonl_bad_line_is_rejected_with_its_line_number(write, article, jsonl, line, reason):
    path = write("articles.jsonl", jsonl(article("a1"), line, article("a3")))
    items = read(path)
    assert ids(items) == ["a1", "a3"]
    assert messages(items) == [f"{path}:2: {reason}"]
    assert items[1].raw == line


def test_jsonl_invalid_published_field_is_rejected(write, article, jsonl):
    path = write("articles.jsonl", jsonl(article("a1", published="last Friday")))
    [rejection] = read(path)
    assert rejection.reason.startswith('field "published" is not an ISO 8601 date or date-time: ')
    assert "'last Friday'" in rejection.reason


def test_jsonl_blank_lines_are_skipped_but_counted(write, article, jsonl):
    path = write("articles.jsonl", jsonl(article("a1"), "", "   ", "{oops"))
    items = read(path)
    assert ids(items) == ["a1"]
    assert messages(items) == [f"{path}:4: not valid JSON (Expecting property name enclosed in double quotes "
                               "at column 2)"]


def test_jsonl_byte_order_mark_is_ignored(write, article, jsonl):
    path = write("articles.jsonl", b"\xef\xbb\xbf" + jsonl(article("a1")).encode())
    assert ids(read(path)) == ["a1"]


def test_jsonl_line_with_invalid_utf8_is_rejected(write, article, jsonl):
    bad = b'{"id": "x", "text": "Kyiv \xff\xfe"}\n'
    path = write("articles.jsonl", jsonl(article("a1")).encode() + bad + jsonl(article("a3")).encode())
    items = read(path)
    assert ids(items) == ["a1", "a3"]
    assert messages(items) == [f"{path}:2: not valid UTF-8 (invalid start byte, byte 0xff at offset 26)"]


def test_duplicate_id_is_rejected_naming_the_first(write, article, jsonl):
    path = write("articles.jsonl", jsonl(article("a1"), article("a2"), article("a1")))
    items = read(path)
    assert ids(items) == ["a1", "a2"]
    assert messages(items) == [f'{path}:3: duplicate id "a1" (first used by {path}:1)']


# .json


def test_json_file_with_one_article(write, article):
    path = write("one.json", json.dumps(article("j1"), indent=2))
    assert ids(read(path)) == ["j1"]


def test_json_file_with_a_list_names_each_item(write, article):
    path = write("many.json", json.dumps([article("j1"), {"id": "j2"}, article("j3")]))
    items = read(path)
    assert ids(items) == ["j1", "j3"]
    assert messages(items) == [f'{path}[1]: missing required field "text"']


def test_json_file_that_is_not_json(write):
    path = write("broken.json", '{"id": "j1",\n "text": }')
    assert messages(read(path)) == [f"{path}: not valid JSON (Expecting value at line 2 column 10)"]


# .txt


def test_txt_with_a_headline_line():
    [item] = read(str(DATA / "kharkiv_strike.txt"))
    assert item.id == str(DATA / "kharkiv_strike.txt")
    assert item.title == "Missile strike on Kharkiv kills two, damages university building"
    assert item.text.startswith("Russian forces struck the centre of Kharkiv")
    assert "\n\nRegional governor" in item.text


def test_txt_without_a_headline_keeps_its_first_paragraph():
    [item] = read(str(DATA / "lviv_no_title.txt"))
    assert item.title is None
    assert item.text.startswith("Explosions were heard in Lviv")


@pytest.mark.parametrize(("text", "title"), [
    ("Drones hit Odesa port\n\nBody.", "Drones hit Odesa port"),
    ("\n\n  Drones hit Odesa port  \n  \nBody.", "Drones hit Odesa port"),  # blank line may hold spaces
    ("Why did the sirens fail in Sumy?\n\nBody.", "Why did the sirens fail in Sumy?"),
    ("Drones hit Odesa port overnight, officials said.\n\nBody.", None),  # a sentence, not a headline
    ("Drones hit Odesa port\nBody continues here.", None),  # no blank line after it
    ("Drones hit Odesa port\n\n", None),  # nothing after it
    ("word " * 30 + "\n\nBody.", None),  # too long for a headline
])
def test_split_title(text, title):
    assert split_title(text)[0] == title


def test_txt_windows_line_endings_are_normalised(write):
    path = write("crlf.txt", "Drones hit Odesa port\r\n\r\nThe port was hit.\r\n\r\nNo one was hurt.\r\n")
    [item] = read(path)
    assert (item.title, item.text) == ("Drones hit Odesa port", "The port was hit.\n\nNo one was hurt.")


@pytest.mark.parametrize("content", ["", "   \n\n \t\n"])
def test_empty_txt_is_rejected(write, content):
    path = write("notes.txt", content)
    assert messages(read(path)) == [f"{path}: empty text"]


def test_one_line_txt_is_an_article_of_one_line(write):
    path = write("notes.txt", "Drones hit Odesa port\n\n")
    # One line and no body: the line is kept as the text, so this is an article of one line.
    assert ids(read(path)) == [path]


# Bad files


def test_binary_file_is_rejected(write):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    path = write("blob.txt", png)
    [rejection] = read(path)
    assert rejection.message() == f"{path}: not text (binary data)"
    assert rejection.raw and len(rejection.raw) <= MAX_RAW_CHARS


def test_utf16_file_is_rejected_with_the_fix(write):
    path = write("utf16.txt", "Drones hit Odesa port overnight.".encode("utf-16"))
    assert messages(read(path)) == [f"{path}: text is UTF-16, not UTF-8 (save it as UTF-8)"]


def test_invalid_utf8_txt_is_rejected(write):
    path = write("latin1.txt", "Drones hit Dnipro. Caf\xe9 destroyed.".encode("latin-1"))
    reason = "not valid UTF-8 (invalid continuation byte, byte 0xe9 at offset 22)"
    assert messages(read(path)) == [f"{path}: {reason}"]


def test_text_over_the_size_limit_is_rejected(write):
    paragraph = "Russian drones attacked the city overnight, officials said on Friday.\n\n"
    path = write("big.txt", paragraph * (5 * 2**20 // len(paragraph)))
    [rejection] = read(path)
    assert rejection.message() == f"{path}: text is 5.2 MB, over the 2 MB limit"
    assert rejection.raw is None  # the file was never read


def test_jsonl_text_over_the_size_limit_is_rejected(write, article, jsonl):
    huge = article("huge", text="Drones hit Kyiv overnight. " * 200_000)
    path = write("big.jsonl", jsonl(huge, article("ok")))
    items = read(path)
    assert ids(items) == ["ok"]
    assert messages(items) == [f"{path}:1: text is 5.4 MB, over the 2 MB limit"]
    assert len(items[0].raw) == MAX_RAW_CHARS


def test_french_text_is_rejected():
    path = str(DATA / "french.txt")
    [rejection] = read(path)
    assert rejection.message().startswith(f"{path}: text is in French, not in a language strikewatch reads "
                                          "(English, Ukrainian, Russian); 4% of its words are common English "
                                          "words")


@pytest.mark.parametrize(("text", "english"), [
    ((DATA / "kharkiv_strike.txt").read_text(), True),
    ((DATA / "lviv_no_title.txt").read_text(), True),
    ((DATA / "french.txt").read_text(), False),
    ("Drones hit Odesa overnight, officials said. Two people were injured. " * 5, True),
    ("Російські війська вночі атакували Київ дронами та ракетами, повідомили у міській військовій "
     "адміністрації. Внаслідок атаки пошкоджено житлові будинки, є загиблі та поранені. На місцях "
     "працюють рятувальники та медики, повітряна тривога тривала понад чотири години.", False),
    ("Russland hat in der Nacht die ukrainische Hauptstadt Kiew mit Drohnen und Raketen angegriffen. "
     "Nach Angaben der Behörden wurden mindestens drei Menschen getötet und zwölf weitere verletzt. "
     "Die Flugabwehr habe die meisten Drohnen abgeschossen, teilte die Luftwaffe mit.", False),
])
def test_english_stopword_share(text, english):
    share = english_stopword_share(text)
    assert share is not None and (share >= MIN_ENGLISH_STOPWORD_SHARE) is english


def test_a_short_ukrainian_text_is_read_as_ukrainian(write):
    path = write("short.txt", "Вибухи у Києві.")
    assert english_stopword_share("Вибухи у Києві.") is None  # too short for the share of English words
    [article] = read(path)
    assert isinstance(article, ArticleInput) and article.id == path
    assert article.language == "uk"  # mostly Cyrillic, and the identifier's first choice is Ukrainian


def test_a_short_text_in_another_language_is_rejected_by_the_language_identifier(write):
    text = "Вночы расійскія войскі атакавалі Кіеў беспілотнікамі."  # Belarusian, seven words
    path = write("short.txt", text)
    assert english_stopword_share(text) is None
    [message] = messages(read(path))
    assert message.startswith(f"{path}: text is in Belarusian, not in a language strikewatch reads "
                              "(English, Ukrainian, Russian)")
    probability = re.search(r"language identifier: be, probability (\d\.\d\d)$", message)
    assert probability
    assert float(probability.group(1)) >= defaults("language")["min_other_language_probability"]


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("Des drones russes ont frappé Kyiv cette nuit, trois morts.", "French", "fr"),
        ("La Russie a lancé 31 drones contre le port d'Odessa pendant la nuit, a indiqué vendredi l'armée "
         "de l'air ukrainienne. La défense aérienne en a abattu 25, mais des débris ont endommagé un "
         "terminal céréalier et trois camions. Un employé du port a été blessé, selon le gouverneur.",
         "French", "fr"),
        ("Russische Drohnen haben in der Nacht Kyjiw angegriffen, zwei Menschen wurden getötet.", "German",
         "de"),
    ],
)
def test_french_and_other_languages_are_rejected_whatever_their_length(write, text, language, code):
    path = write("other.txt", text)
    [message] = messages(read(path))
    assert message.startswith(f"{path}: text is in {language}, not in a language strikewatch reads")
    assert f"language identifier: {code}, probability " in message


@pytest.mark.parametrize(
    "text",
    ["Air raid alert in Kyiv oblast: 2 killed", "Drones hit Odesa port", "Kyiv: 2 killed, 5 injured",
     "Shahed drones over Sumy region, moving west", "Two people were injured in Kharkiv overnight."],
)
def test_short_english_reports_are_kept(write, text):
    path = write("short.txt", text)
    [article] = read(path)
    assert isinstance(article, ArticleInput) and article.id == path and article.language == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [("Шахеди на Київ", "uk"), ("Вибухи у Харкові", "uk"), ("Двоє загиблих у Сумах", "uk"),
     ("Збито ракету над Києвом", "uk"), ("Вночі ворог атакував Київ ударними БпЛА", "uk"),
     ("Ночью враг атаковал Белгород беспилотниками", "ru"), ("В Белгороде трое раненых", "ru"),
     # too few letters for the identifier, which ranks Russian first for the first and Macedonian for the
     # second: "і" is a letter of Ukrainian only (and "ы" of Russian only)
     ("Вибух в Одесі", "uk"), ("Ракетна атака на Київ", "uk"), ("Москва: взрывы", "ru")],
)
def test_short_ukrainian_and_russian_reports_are_kept(write, text, language):
    # a figure in words ("Двоє", "трое"), a weapon ("Шахеди", "ракету") or an attack ("Вибухи", "атакував"),
    # found by the language's own lexicon and dictionary forms
    path = write("short.txt", text)
    [article] = read(path)
    assert isinstance(article, ArticleInput) and article.language == language


@pytest.mark.parametrize("text", ["Підписуйтесь на канал!", "Доброго ранку, Україно!",
                                  "Подписывайтесь на наш канал"])
def test_a_short_ukrainian_or_russian_post_with_no_figure_weapon_or_attack_is_not_a_report(write, text):
    path = write("post.txt", text)
    [message] = messages(read(path))
    assert "too short to be a report" in message and "no figure, weapon or attack" in message


@pytest.mark.parametrize(("text", "language"), [
    ("У ніч на 8 березня противник атакував Україну 88 ударними безпілотниками типу Shahed та дронами-"
     "імітаторами різних типів. Станом на 09:00 збито 54 ударних БпЛА в північних, східних та центральних "
     "областях країни, ще 30 дронів-імітаторів локаційно втрачено без негативних наслідків.", "uk"),
    ("В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 45 украинских беспилотных "
     "летательных аппаратов самолетного типа: 20 БПЛА — над территорией Брянской области, 15 — над "
     "территорией Курской области, 10 — над территорией Белгородской области.", "ru"),
    ((DATA / "kharkiv_strike.txt").read_text(), "en"),
])
def test_ukrainian_and_russian_texts_are_read_in_their_language(write, text, language):
    [article] = read(write("post.txt", text))
    assert isinstance(article, ArticleInput) and article.language == language


@pytest.mark.parametrize(("text", "named"), [
    ("Russland hat in der Nacht die ukrainische Hauptstadt Kiew mit Drohnen und Raketen angegriffen. "
     "Nach Angaben der Behörden wurden mindestens drei Menschen getötet und zwölf weitere verletzt. "
     "Die Flugabwehr habe die meisten Drohnen abgeschossen, teilte die Luftwaffe mit.", "German"),
    ("Тази нощ руските сили атакуваха украинската столица с дронове и ракети, съобщиха властите. Според "
     "кмета на града са загинали най-малко трима души, а дванадесет други са ранени. Противовъздушната "
     "отбрана е свалила повечето от дроновете, съобщиха от военновъздушните сили.", "Bulgarian"),
])
def test_text_in_another_language_is_rejected_naming_it(write, text, named):
    path = write("post.txt", text)
    [rejection] = read(path)
    assert isinstance(rejection, Rejection)
    assert rejection.reason.startswith(f"text is in {named}, not in a language strikewatch reads")


@pytest.mark.parametrize(
    "text",
    ["Subscribe to our channel!", "Follow us on Telegram and share with your friends.", "Good morning!"],
)
def test_a_short_post_with_no_figure_weapon_or_attack_is_not_a_report(write, text):
    path = write("post.txt", text)
    [message] = messages(read(path))
    assert "too short to be a report" in message and "no figure, weapon or attack" in message


def test_missing_file_is_rejected(tmp_path):
    path = str(tmp_path / "missing.jsonl")
    assert messages(read(path)) == [f"{path}: cannot read (No such file or directory)"]


def test_path_through_a_file_is_rejected(write):
    path = os.path.join(write("notes.txt", "Drones hit Kyiv."), "inner.txt")
    assert messages(read(path)) == [f"{path}: cannot read (Not a directory)"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file whatever its mode")
def test_unreadable_file_is_rejected(write):
    path = write("secret.txt", "Drones hit Kyiv overnight.")
    os.chmod(path, 0)
    assert messages(read(path)) == [f"{path}: cannot read (Permission denied)"]


# HTML


def test_html_page_gives_its_main_text_without_boilerplate():
    path = str(DATA / "refinery_strike.html")
    [item] = read(path)
    assert item.id == path
    assert item.title == "Drones set fire to oil refinery in Russia's Saratov region, governor says"
    assert item.published == "2025-01-14"
    assert item.outlet == "Eastern Dispatch"
    assert item.url == "https://eastern-dispatch.example/world/2025/01/14/saratov-refinery-drones"
    assert item.text.startswith("Ukrainian drones struck an oil refinery in the Russian city of Saratov")
    assert "\n\nRussia's defence ministry said its air defences had destroyed 32 Ukrainian" in item.text
    for boilerplate in ["Sign up", "cookies", "Most read", "Privacy", "All rights reserved", "Politics"]:
        assert boilerplate not in item.text


def test_html_page_without_an_article_is_rejected():
    path = str(DATA / "no_article.html")
    assert messages(read(path)) == [f"{path}: no article text found in the page"]


def test_html_page_date_is_not_guessed_from_the_copyright_line(write):
    page = (DATA / "refinery_strike.html").read_text().replace("/2025/01/14/", "/")  # nor from the URL
    page = page.replace('<meta property="article:published_time" content="2025-01-14T08:35:00+03:00">', "")
    page = page.replace('<time datetime="2025-01-14T08:35:00+03:00">14 January 2025</time>', "")
    [item] = read(write("undated.html", page))
    assert item.published is None
    [item] = read(write("undated2.html", page), published="2025-01-14")
    assert item.published == "2025-01-14"


# Directories and stdin


def test_directory_is_read_recursively_in_sorted_order(tmp_path, write, article, jsonl):
    write("corpus/b.txt", "Drones hit Odesa port\n\nThe port was hit overnight, officials said.")
    write("corpus/a.jsonl", jsonl(article("a1"), article("a2")))
    write("corpus/sub/c.json", json.dumps(article("c1")))
    write("corpus/z.html", (DATA / "refinery_strike.html").read_text())
    write("corpus/README.md", "Not an article.")
    write("corpus/.hidden/d.txt", "Hidden drafts are skipped.")
    shutil.copy(DATA / "kharkiv_strike.txt", tmp_path / "corpus" / "sub" / "a.txt")
    directory = str(tmp_path / "corpus")
    assert ids(read(directory)) == ["a1", "a2", f"{directory}/b.txt", f"{directory}/sub/a.txt", "c1",
                                    f"{directory}/z.html"]


def test_a_feed_in_a_directory_is_read_as_a_feed(tmp_path):
    (tmp_path / "saved").mkdir()
    shutil.copy(DATA / "feeds" / "kyiv_ledger_rss.xml", tmp_path / "saved" / "ledger.xml")
    items = read(str(tmp_path / "saved"))
    articles = [item for item in items if not isinstance(item, Rejection)]
    assert len(articles) > 1 and all(item.outlet for item in articles)


def test_empty_directory_is_rejected(tmp_path):
    (tmp_path / "empty").mkdir()
    path = str(tmp_path / "empty")
    reason = "no article files (.atom, .htm, .html, .json, .jsonl, .rss, .txt, .xml) in the directory"
    assert messages(read(path)) == [f"{path}: {reason}"]


def test_stdin_jsonl(article, jsonl):
    stdin = io.BytesIO(jsonl(article("s1"), "not json", article("s2")).encode())
    items = read("-", stdin=stdin)
    assert ids(items) == ["s1", "s2"]
    assert messages(items) == ["stdin:2: not valid JSON (Expecting value at column 1)"]


def test_stdin_jsonl_after_blank_lines(article, jsonl):
    assert ids(read("-", stdin=io.BytesIO(b"\n\n  " + jsonl(article("s1")).encode()))) == ["s1"]


def test_stdin_plain_text_has_id_dash():
    text = (DATA / "kharkiv_strike.txt").read_text()
    [item] = read("-", stdin=io.StringIO(text))
    assert (item.id, item.title) == ("-", "Missile strike on Kharkiv kills two, damages university building")


def test_stdin_with_nothing_is_rejected():
    assert messages(read("-", stdin=io.BytesIO(b"  \n"))) == ["stdin: empty text"]


def test_unknown_suffix_is_sniffed(write, article, jsonl):
    notes = write("notes.md", "Drones hit Odesa port\n\nThe port was hit overnight, officials said.")
    dump = write("dump.log", jsonl(article("l1")))
    assert ids(read(notes, dump)) == [notes, "l1"]


def test_inputs_keep_their_order_across_paths(write, article, jsonl):
    first = write("first.jsonl", jsonl(article("a1")))
    empty = write("empty.txt", "")
    last = write("last.jsonl", jsonl(article("a2")))
    items = read(first, empty, last)
    assert [getattr(item, "id", None) or item.input for item in items] == ["a1", empty, "a2"]


# --published


def test_published_default_applies_only_to_articles_without_one(write, article, jsonl):
    rows = [article("a1"), article("a2", published=None), article("a3", published="")]
    path = write("articles.jsonl", jsonl(*rows))
    items = read(path, published="2025-07-04")
    assert [item.published for item in items] == ["2025-03-08T09:00:00+02:00", "2025-07-04", "2025-07-04"]


def test_invalid_published_default_raises_before_reading(tmp_path):
    with pytest.raises(InputError) as caught:
        read_inputs([str(tmp_path / "missing.jsonl")], published="04/07/2025")
    assert str(caught.value).startswith("--published: not an ISO 8601 date or date-time: '04/07/2025'")
    assert isinstance(caught.value, StrikewatchError)


@pytest.mark.parametrize("value", ["2025-07-04", "2025-07-04T06:30", "2025-07-04T06:30:00+03:00",
                                   "2025-07-04T03:30:00Z", "2025-07-04 06:30:00.123+0300"])
def test_parse_published_accepts_iso_8601(value):
    assert parse_published(value) == value


@pytest.mark.parametrize("value", ["", "yesterday", "04/07/2025", "2025-13-01", "2025-02-30", "2025-W27-5",
                                   "20250704", "2025-07-04T25:00"])
def test_parse_published_refuses_the_rest(value):
    with pytest.raises(InputError):
        parse_published(value)


# Never raises


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=400) | st.text(max_size=400).map(str.encode),
       suffix=st.sampled_from([".jsonl", ".json", ".txt", ".html", ".md"]))
def test_any_file_gives_articles_or_rejections_never_an_exception(write, content, suffix):
    path = write(f"input{suffix}", content)
    for item in read(path):
        assert isinstance(item, ArticleInput | Rejection)
        if isinstance(item, Rejection):
            assert item.input.startswith(path) and item.reason


def test_permission_denied_is_rejected_with_the_os_reason(write, monkeypatch):
    path = write("secret.txt", "Drones hit Kyiv overnight.")

    def refuse(file, *args, **kwargs):
        raise PermissionError(13, "Permission denied", file)

    monkeypatch.setattr("strikewatch.ingest.open", refuse, raising=False)  # works as root too
    assert messages(read(path)) == [f"{path}: cannot read (Permission denied)"]
