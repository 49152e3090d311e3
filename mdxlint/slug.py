"""Heading ids as the site gives them (github-slugger, used by Astro)."""

from __future__ import annotations

import unicodedata

_cache: dict[str, bool] = {}


def _keep(ch: str) -> bool:
    kept = _cache.get(ch)
    if kept is None:
        # github-slugger removes everything that is not a letter, mark, number or
        # connector punctuation, except the hyphen and the space.
        kept = ch in "- " or unicodedata.category(ch)[0] in "LMN" or unicodedata.category(ch) == "Pc"
        _cache[ch] = kept
    return kept


def slugify(text: str) -> str:
    return "".join(ch for ch in text.lower() if _keep(ch)).replace(" ", "-")


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
