"""Telegram Desktop channel exports (``result.json``) -> one article per post.

Telegram Desktop's "Export chat history" in JSON writes one object per channel::

    {"name": "Air Force of Ukraine", "type": "public_channel", "id": 1234567890,
     "messages": [{"id": 5120, "type": "message", "date": "2025-07-04T07:12:45",
                   "edited": "2025-07-04T07:40:02", "from": "Air Force of Ukraine",
                   "forwarded_from": "Kyiv City Military Administration",
                   "text": ["Overnight the enemy launched ", {"type": "bold", "text": "112 drones"}, "..."],
                   "text_entities": [...]}, ...]}

A full-account export holds many such objects under ``"chats": {"list": [...]}``; both are read.

- The text is a string or a list of plain strings and entities (bold, links, hashtags...),
  joined. A post whose first line is wholly bold gets that line as its title.
- The article id is ``telegram:<channel id>:<message id>``, stable across exports, so an edited
  post exported again is the same article. An edited post's text is the latest version (the
  export keeps no history) and ``published`` stays the time it was first posted.
- ``published`` is the post's ``date`` as the export writes it: the exporting computer's local
  time, with no offset.
- The outlet is the channel; a forwarded post's outlet is the channel it was forwarded from,
  since that channel made the statement.
- Service messages (channel created, message pinned...) and posts with no text at all (a photo
  without a caption) are skipped: they are not reports.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ..errors import InputError
from ..records import ArticleInput, Rejection
from . import Found, FoundItem

MAX_TITLE_CHARS = 150


def read_export(name: str, data: Any) -> Iterator[FoundItem]:
    """Each post of the Telegram export DATA (parsed JSON, named NAME) as an article or rejection.

    Raise InputError if DATA is not a channel export.
    """
    channels = _channels(name, data)
    for channel in channels:
        yield from _posts(name, channel)


def is_export(data: Any) -> bool:
    """True if parsed JSON DATA looks like a Telegram Desktop export."""
    if not isinstance(data, dict):
        return False
    chats = data.get("chats")
    if isinstance(data.get("messages"), list):
        return True
    return isinstance(chats, dict) and isinstance(chats.get("list"), list)


def post_text(value: Any) -> str:
    """The text of a message's ``text`` field: a string, or a list of strings and entities."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict)
                       else "" for part in value)
    return ""


def _channels(name: str, data: Any) -> list[dict]:
    if not is_export(data):
        raise InputError(name, 'not a Telegram export (expected an object with a "messages" array)')
    if isinstance(data.get("messages"), list):
        return [data]
    channels = [chat for chat in data["chats"]["list"] if isinstance(chat, dict)]
    return [chat for chat in channels if isinstance(chat.get("messages"), list)]


def _posts(name: str, channel: dict) -> Iterator[FoundItem]:
    channel_name = str(channel.get("name") or "").strip() or None
    channel_id = channel.get("id")
    for index, message in enumerate(channel["messages"]):
        if not isinstance(message, dict):
            yield Rejection(f"{name}[{index}]", "message is not a JSON object", raw=json.dumps(message))
            continue
        if message.get("type", "message") != "message":
            continue  # service messages: "channel created", "pinned a message"...
        where = f"{name}#{message.get('id', index)}"
        try:
            article = _article(where, channel_id, channel_name, message)
        except InputError as error:
            yield Rejection(where, error.problem, raw=json.dumps(message, ensure_ascii=False))
            continue
        if article is not None:
            yield Found(where, article, raw=json.dumps(message, ensure_ascii=False))


def _article(where: str, channel_id: Any, channel_name: str | None, message: dict) -> ArticleInput | None:
    message_id = message.get("id")
    if not isinstance(message_id, int):
        raise InputError(where, 'message has no numeric "id"')
    parts = message.get("text", message.get("text_entities", ""))
    text = post_text(parts).replace("\r\n", "\n").strip()
    if not text:
        return None  # a photo, video or sticker with no caption
    title, body = _title(parts, text)
    forwarded = message.get("forwarded_from")
    outlet = str(forwarded).strip() if forwarded else channel_name
    return ArticleInput(id=f"telegram:{channel_id}:{message_id}", text=body, title=title,
                        published=_date(message.get("date")), outlet=outlet or None)


def _title(parts: Any, text: str) -> tuple[str | None, str]:
    """The first line as title when it is all bold (a channel's headline) and more text follows."""
    first_line, _, rest = text.partition("\n")
    if not isinstance(parts, list) or not rest.strip() or len(first_line) > MAX_TITLE_CHARS:
        return None, text
    lead = ""  # the bold text the post opens with
    for part in parts:
        if part == "" or (isinstance(part, str) and not part.strip() and not lead):
            continue
        if not (isinstance(part, dict) and part.get("type") == "bold"):
            break
        lead += str(part.get("text", ""))
    if first_line.strip() and lead.strip().split("\n", 1)[0].strip() == first_line.strip():
        return first_line.strip(), rest.strip()
    return None, text


def _date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        return None
