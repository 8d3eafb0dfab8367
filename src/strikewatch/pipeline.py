"""Ingest: dedup -> extract -> write -> refresh, over a ``Store`` that only reads and writes rows.

``ingest(store, items)`` takes the items ``ingest.read_inputs`` yields and, for each one:

- a ``Rejection`` goes to the rejects table with its stage, reason and raw input;
- an article already stored under its id with the same text changes nothing;
- an article whose text is stored under another id (same normalised text, or a near duplicate
  by MinHash) is a syndicated copy: its outlet, URL and date are added to the stored article
  (``Store.add_copy``, which looks again inside the transaction that would store the article, so
  two processes ingesting at once see each other's articles);
- an article stored under its id with a different text is a new version: the old one moves to
  ``article_versions`` and the article's events and claims are replaced;
- any other article is extracted, within the per-article time budget (``strikewatch.budget``),
  and written with its events, their evidence and the claims derived from them (``claims_of``,
  then ``Store.write_article``).

Each write also marks the nights its events fall on as stale, and after the batch
``refresh_incidents`` rebuilds the incidents of the stale nights (and one night either side) with
``reconcile.build_incidents``. Because a stale night is recorded in the same transaction as the
article that made it stale, a crashed ingest loses at most the article in flight, and the next
run finishes the incidents it left undone.

Nothing here prints: a caller that wants a progress bar passes ``progress``, a function that
wraps the stream of items being stored (the command line passes a click progress bar).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass, field

from sqlalchemy.exc import DBAPIError

from . import dedup, reconcile
from .budget import Budget
from .extract import extract_article
from .parallel import ParallelOptions, extract_pairs
from .records import ArticleInput, ArticleRecord, Extracted, Rejection
from .store import MAX_RAW_CHARS, ReconcileFailed, RowRefused, Store, is_current

Item = ArticleInput | Rejection | Extracted
OnReject = Callable[[Rejection, str], None]
# Wraps the stream of items being stored, e.g. in a progress bar; entered around the whole batch.
Progress = Callable[[Iterable[Item]], AbstractContextManager[Iterable[Item]]]


@dataclass
class IngestSummary:
    """What one ingest did, input by input."""

    added: int = 0  # new articles, extracted and stored
    updated: int = 0  # new versions of stored articles
    unchanged: int = 0  # articles already stored with the same text
    duplicates: int = 0  # syndicated copies, stored as one more outlet of a stored article
    rejected: int = 0  # inputs that could not be read, extracted or stored
    incidents: int = 0  # incidents rebuilt afterwards
    undated: list[str] = field(default_factory=list)  # stored articles with an event the text does not date

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def ingest(store: Store, items: Iterable[Item], *, on_reject: OnReject | None = None, jobs: int = 1,
           progress: Progress | None = None) -> IngestSummary:
    """Store each item (see the module docstring), then rebuild the incidents of the nights touched.

    ON_REJECT, when given, is called with each rejection and its stage ("read", "extract",
    "store", "reconcile") once it is kept. JOBS > 1 extracts the articles in that many worker
    processes ahead of this one, which alone writes, in input order; an article already stored
    with the same text is not sent to a worker. An ``Extracted`` item (an article with its record,
    read from an earlier extraction) is stored without extracting it again. PROGRESS wraps the
    stream of items as they are stored (see the module docstring).
    """
    summary = IngestSummary()
    if jobs > 1:
        items = _extracted_ahead(store, items, jobs)
    wrapped = progress(items) if progress is not None else nullcontext(items)
    with Budget(_extract, store.options.time_budget_seconds) as budget, wrapped as batch:
        for item in batch:
            try:
                outcome = _ingest_one(store, item, budget, summary.undated)
            except (DBAPIError, OverflowError, ValueError, UnicodeError) as error:  # one item only
                article = item.article if isinstance(item, Extracted) else item
                name = article.input if isinstance(article, Rejection) else article.id
                outcome = _kept(store, Rejection(name, f"cannot store ({type(error).__name__}: {error})"),
                                "store")
            if isinstance(outcome, tuple):
                if on_reject is not None:
                    on_reject(*outcome)
                outcome = "rejected"
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    summary.incidents = refresh_incidents(store, on_reject)
    return summary


def refresh_incidents(store: Store, on_reject: OnReject | None = None) -> int:
    """Rebuild the incidents of every stale night, a batch of nights at a time; return how many.

    A batch the reconciler fails on is retried a night at a time; a night it still fails on
    goes to the rejects table (stage "reconcile") and stays stale, to be retried by the next
    ingest, while the other nights are rebuilt.
    """
    built, failed, size = 0, set[str](), store.options.refresh_batch_nights
    while True:
        try:
            count = store.rebuild_stale(reconcile.build_incidents, size=size, failed=failed)
        except ReconcileFailed as error:
            if size > 1:
                size = 1
                continue
            failed.add(error.night)
            rejection = Rejection(f"night {error.night or 'undated'}", error.reason)
            store.reject(rejection, "reconcile")
            if on_reject is not None:
                on_reject(rejection, "reconcile")
            size = store.options.refresh_batch_nights
            continue
        if count is None:
            return built
        built += count


def _extracted_ahead(store: Store, items: Iterable[Item], jobs: int) -> Iterator[Item]:
    """ITEMS, each article that needs it paired with its record, extracted in JOBS processes."""
    def needed(item: ArticleInput) -> bool:
        return not is_current(store.stored_article(item.id), item, dedup.content_hash(item.text))

    options = ParallelOptions(jobs=jobs, time_budget=store.options.time_budget_seconds)
    for item, result in extract_pairs(items, options, wanted=needed):
        yield Extracted(item, result) if isinstance(item, ArticleInput) and result is not None else item


def _ingest_one(store: Store, item: Item, budget: Budget, undated: list[str]) -> str | tuple[Rejection, str]:
    """Store ITEM, extracting it within BUDGET unless it comes extracted (an ``Extracted`` item,
    from the --jobs workers or an earlier extraction); return the IngestSummary field it counts
    under, or (rejection, stage).

    The id of an article stored with an event that has no date is added to UNDATED.
    """
    if isinstance(item, Rejection):
        return _kept(store, item, "read")
    ready = None
    if isinstance(item, Extracted):
        item, ready = item.article, item.result
    if "\x00" in item.text:
        reason = "text contains a NUL character (U+0000), which the database cannot store"
        return _kept_article(store, item, reason, "store")
    digest = dedup.content_hash(item.text)
    stored = store.stored_article(item.id)
    if is_current(stored, item, digest):
        return "unchanged"
    signature = dedup.signature(item.text)
    if stored is None:  # a copy is found before the cost of extracting it
        copy = store.add_copy(item, digest, signature)
        if copy is not None:
            return copy
    record = ready if ready is not None else budget.run(item)
    if isinstance(record, Rejection):
        return _kept(store, record, "extract")
    try:
        outcome = store.write_article(item, record, claims_of(item, record), digest, signature)
    except RowRefused as error:
        return _kept_article(store, item, f"cannot store the article ({error.reason})", "store")
    if outcome in ("added", "updated") and any(event.date is None for event in record.events):
        undated.append(item.id)
    return outcome


def claims_of(item: ArticleInput, record: ArticleRecord) -> list[reconcile.Claim]:
    """Every value RECORD's events give, as claims of ITEM (one per event and field, with its quote)."""
    return [claim for index, attack in enumerate(record.events)
            for claim in reconcile.reports_to_claims(
                reconcile.Report(item.id, index, attack, outlet=item.outlet, published=item.published))]


def _kept(store: Store, rejection: Rejection, stage: str) -> tuple[Rejection, str]:
    store.reject(rejection, stage)
    return rejection, stage


def _kept_article(store: Store, item: ArticleInput, reason: str, stage: str) -> tuple[Rejection, str]:
    """Reject ITEM for REASON, keeping the start of its text."""
    return _kept(store, Rejection(item.id, reason, raw=item.text[:MAX_RAW_CHARS]), stage)


def _extract(item: ArticleInput) -> ArticleRecord:
    return extract_article(item)  # looked up when called, so that a replaced extract_article is used


__all__ = ["IngestSummary", "Progress", "claims_of", "ingest", "refresh_incidents"]
