"""Tell when two articles tell the same story: exact copies by hash, light rewrites by MinHash.

The same report is syndicated by several outlets, word for word or lightly edited (a synonym
here, an outlet's credit line there, a toll updated, a paragraph trimmed). strikewatch stores
such a story once, with all its outlets. Two tests find them:

- ``content_hash(text)``: the SHA-256 of the text normalised for case, whitespace and
  punctuation. Equal hashes mean the same text; the store can look it up with an index.
- ``signature(text)`` and ``NearDuplicates``: a MinHash signature of the text's word shingles
  (runs of ``shingle_words`` words) and an LSH index over stored signatures. A query returns the
  stored story whose estimated Jaccard similarity is highest and at least ``threshold``.

    >>> index = NearDuplicates()
    >>> index.add("kyiv-ledger-1", signature(text))
    >>> index.query(signature(rewritten_text))
    'kyiv-ledger-1'

- ``band_keys(signature)`` and ``best_match``: the same LSH bands as 64-bit keys, for a store that
  keeps them in an indexed table and asks only for the bands of a new article, so that the cost
  of one lookup does not grow with the number of stored articles (``Store.ingest``).

Every tunable lives in ``defaults.toml`` [dedup], with the evaluation that chose it
(``eval/dedup_quality.py``).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

# datasketch is imported where it is first used: it pulls in SciPy, which extracting never needs.
if TYPE_CHECKING:
    from datasketch import LeanMinHash

from .config import setting

TOKEN = re.compile(r"[^\W_]+")  # runs of letters and digits; punctuation and spaces separate them
SIGNATURE_DTYPE = np.dtype("<u8")  # a signature is num_perm little-endian 64-bit hash values
# datasketch's permutation scheme, named so that stored signatures stay comparable if its default moves.
SCHEME = "affine32"


@dataclass(frozen=True)
class DedupOptions:
    """How near-duplicates are found; the defaults come from defaults.toml [dedup]."""

    num_perm: int = setting("dedup", "num_perm")
    shingle_words: int = setting("dedup", "shingle_words")
    threshold: float = setting("dedup", "threshold")
    lsh_threshold: float = setting("dedup", "lsh_threshold")
    seed: int = setting("dedup", "seed")


def normalise(text: str) -> str:
    """TEXT in compatibility form, case-folded, with punctuation dropped and whitespace collapsed."""
    return " ".join(words(text))


def words(text: str) -> list[str]:
    """The case-folded words and numbers of TEXT, in order."""
    return TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def content_hash(text: str) -> str:
    """SHA-256 hex digest of TEXT normalised for case, whitespace and punctuation."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int) -> set[bytes]:
    """The runs of SIZE consecutive words of TEXT; a text shorter than SIZE words is one shingle."""
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens).encode("utf-8")}
    return {" ".join(tokens[i:i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)}


def signature(text: str, options: DedupOptions | None = None) -> bytes:
    """The MinHash signature of TEXT's word shingles: num_perm 64-bit values, as bytes to store."""
    from datasketch import MinHash

    options = options or DedupOptions()
    minhash = MinHash(num_perm=options.num_perm, seed=options.seed, scheme=SCHEME)
    minhash.update_batch(sorted(shingles(text, options.shingle_words)))
    return np.asarray(minhash.hashvalues, dtype=SIGNATURE_DTYPE).tobytes()


def similarity(first: bytes, second: bytes, options: DedupOptions | None = None) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures (0 to 1)."""
    options = options or DedupOptions()
    return _minhash(first, options).jaccard(_minhash(second, options))


@dataclass
class NearDuplicates:
    """An LSH index of story signatures that finds the stored story a new one is a rewrite of.

    ``add`` stores a signature under a key (an article id); ``query`` returns the key of the most
    similar stored story whose estimated similarity is at least ``options.threshold``, or None.
    The LSH bands use the lower ``lsh_threshold`` so that pairs just above the threshold are not
    missed for want of a shared band; each candidate is then checked on its full signature.
    """

    options: DedupOptions = field(default_factory=DedupOptions)

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.options.lsh_threshold, num_perm=self.options.num_perm)
        self._signatures: dict[str, LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: object) -> bool:
        return key in self._signatures

    def add(self, key: str, sig: bytes) -> None:
        """Index SIG under KEY; adding a key again replaces nothing and is ignored."""
        if key in self._signatures:
            return
        minhash = _minhash(sig, self.options)
        self._signatures[key] = minhash
        self._lsh.insert(key, minhash)

    def query(self, sig: bytes) -> str | None:
        """The key of the most similar indexed story at or above the threshold, else None."""
        best = self.best(sig)
        return best[0] if best else None

    def best(self, sig: bytes) -> tuple[str, float] | None:
        """(key, similarity) of the most similar indexed story at or above the threshold, else None.

        Ties go to the smallest key, so the answer does not depend on the order of ``add`` calls.
        """
        minhash = _minhash(sig, self.options)
        scored = [(-minhash.jaccard(self._signatures[key]), key) for key in self._lsh.query(minhash)]
        scored = [(score, key) for score, key in scored if -score >= self.options.threshold]
        if not scored:
            return None
        score, key = min(scored)
        return key, -score


@cache
def lsh_bands(options: DedupOptions) -> tuple[int, int]:
    """(bands, rows per band) of the LSH index for OPTIONS, as datasketch chooses them."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=options.lsh_threshold, num_perm=options.num_perm)
    return lsh.b, lsh.r


def band_keys(sig: bytes, options: DedupOptions | None = None) -> list[int]:
    """One signed 64-bit key per LSH band of SIG: two signatures share a key when they agree on that
    band, which is when ``NearDuplicates`` would propose one as a candidate for the other."""
    options = options or DedupOptions()
    values = _values(sig, options)
    bands, rows = lsh_bands(options)
    return [int.from_bytes(hashlib.blake2b(band.to_bytes(2, "little") + values[band * rows:(band + 1) * rows]
                                           .tobytes(), digest_size=8).digest(), "little", signed=True)
            for band in range(bands)]


def best_match(sig: bytes, candidates: Iterable[tuple[str, bytes]],
               options: DedupOptions | None = None) -> tuple[str, float] | None:
    """(key, similarity) of the candidate most similar to SIG at or above the threshold, else None;
    ties go to the smallest key, as in ``NearDuplicates.best``."""
    options = options or DedupOptions()
    mine = _values(sig, options)
    scored = [(-float(np.count_nonzero(mine == _values(other, options))) / options.num_perm, key)
              for key, other in candidates]
    scored = [(score, key) for score, key in scored if -score >= options.threshold]
    if not scored:
        return None
    score, key = min(scored)
    return key, -score


def _values(sig: bytes, options: DedupOptions) -> np.ndarray:
    _minhash_size_check(sig, options)
    return np.frombuffer(bytes(sig), dtype=SIGNATURE_DTYPE)


def _minhash_size_check(sig: bytes, options: DedupOptions) -> None:
    expected = options.num_perm * SIGNATURE_DTYPE.itemsize
    if not isinstance(sig, bytes | bytearray | memoryview) or len(sig) != expected:
        size = len(sig) if isinstance(sig, bytes | bytearray | memoryview) else type(sig).__name__
        raise ValueError(f"a signature must be {expected} bytes ([dedup] num_perm = {options.num_perm}), "
                         f"got {size}: it was made with other settings, so compute it again with signature()")


def _minhash(sig: bytes, options: DedupOptions) -> LeanMinHash:
    from datasketch import LeanMinHash

    _minhash_size_check(sig, options)
    values = np.frombuffer(bytes(sig), dtype=SIGNATURE_DTYPE).astype(np.uint64)
    return LeanMinHash(seed=options.seed, hashvalues=values, scheme=SCHEME)
