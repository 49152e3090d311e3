"""Heading ids as the site gives them (github-slugger, used by Astro)."""

from __future__ import annotations

import unicodedata

_dropped: dict[int, None] = {}  # str.translate table: the characters slugs leave out
_classified: set[str] = set()


def _keep(ch: str) -> bool:
    # github-slugger removes everything that is not a letter, mark, number or
    # connector punctuation, except the hyphen and the space.
    return ch in "- " or unicodedata.category(ch)[0] in "LMN" or unicodedata.category(ch) == "Pc"


def slugify(text: str) -> str:
    lower = text.lower()
    for ch in set(lower) - _classified:
        _classified.add(ch)
        if not _keep(ch):
            _dropped[ord(ch)] = None
    return lower.translate(_dropped).replace(" ", "-")


class Slugger:
    """Unique slugs in document order: a repeated heading gets ``-1``, ``-2``…"""

    def __init__(self) -> None:
        self.occurrences: dict[str, int] = {}

    def slug(self, text: str) -> str:
        base = slugify(text)
        result = base
        while result in self.occurrences:
            self.occurrences[base] += 1
            result = f"{base}-{self.occurrences[base]}"
        self.occurrences[result] = 0
        return result


_NOT_SLUG = __import__("re").compile(r"[^a-z0-9_]+")


def slugify_mintlify(text: str) -> str | None:
    """A heading's id on a Mintlify site (@mintlify/common's slugify over @sindresorhus/slugify),
    for text in ASCII: lower-cased, `&` read as "and", every run of other characters than letters,
    digits and `_` one `-`, none at the ends (`API.Method()` is `api-method`, github-slugger's
    `apimethod`). None for other text (Mintlify percent-encodes it: not modelled)."""
    if not text.isascii():
        return None
    return _NOT_SLUG.sub("-", text.lower().replace("&", " and ")).strip("-")
