"""Script and language helpers for the language-policy rules (LNG…)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mdxlint.mdx.document import Document

WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN = re.compile(r"[A-Za-z]")

# Letters that look the same in both alphabets.
LATIN_TO_CYRILLIC_LOOKALIKE = dict(zip("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ"))
CYRILLIC_TO_LATIN_LOOKALIKE = {v: k for k, v in LATIN_TO_CYRILLIC_LOOKALIKE.items()}

# Phonetic transliteration, to guess the word a mid-word layout switch meant.
_TRANSLIT = [
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
    ("ya", "я"), ("yo", "ё"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
    ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"), ("y", "ы"), ("w", "в"), ("x", "кс"),
    ("q", "к"),
]


def transliterate(latin: str) -> str:
    out = []
    index = 0
    lower = latin.lower()
    while index < len(lower):
        for source, target in _TRANSLIT:
            if lower.startswith(source, index):
                chunk = target
                if latin[index].isupper():
                    chunk = chunk[0].upper() + chunk[1:]
                out.append(chunk)
                index += len(source)
                break
        else:
            out.append(latin[index])
            index += 1
    return "".join(out)


# A Latin letter next to a Cyrillic one: the only places a mixed-script word can be.
MIXED_BOUNDARY = re.compile(r"[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z]")


def prose_spans(doc: Document) -> Iterator[tuple[int, str]]:
    """(file offset, text) of every prose run and of the frontmatter title/description."""
    for run in doc.text_runs():
        yield run.start, run.text
    yield from frontmatter_spans(doc)


# Frontmatter keys whose values readers see: the page's title and description, the label of its entry
# in the sidebar (Docusaurus `sidebar_label`, Nextra and Mintlify `sidebarTitle`) and in the previous/next
# links (Docusaurus `pagination_label`) (held-out h136: a sidebar label left in English).
READER_KEYS = ("title", "description", "sidebar_label", "sidebarTitle", "pagination_label")


def frontmatter_spans(doc: Document) -> Iterator[tuple[int, str]]:
    """(file offset, text) of the frontmatter values readers see (the title, the description, the
    sidebar's and the pagination's labels), where they stand verbatim."""
    fm = doc.frontmatter
    if fm is not None and isinstance(fm.data, dict):
        for key in READER_KEYS:
            entry = fm.keys.get(key)
            value = fm.data.get(key)
            if entry is not None and isinstance(value, str):
                raw = doc.text[entry.value_start : entry.value_end]
                index = raw.find(value)
                if index >= 0:
                    yield entry.value_start + index, value


def mixed_words(doc: Document) -> list[tuple[int, str]]:
    """(file offset, word) of every prose word with both Latin and Cyrillic letters,
    found once per document for the rules that read them."""
    cached = doc.__dict__.get("_mixed_words")
    if cached is None:
        cached = []
        for start, text in prose_spans(doc):
            if not MIXED_BOUNDARY.search(text):
                continue
            for match in WORD.finditer(text):
                word = match.group()
                if is_mixed(word):
                    cached.append((start + match.start(), word))
        doc.__dict__["_mixed_words"] = cached
    return cached


def mixed_code_words(doc: Document) -> list[tuple[int, str]]:
    """(file offset, word) of every word of inline code written in Latin letters with a Cyrillic
    one among them (`` `⌘Сmd` `` with a Cyrillic С: a command or name that is not what it looks
    like), but not an escape before a Cyrillic word (``\\nОжидание``).  A Cyrillic word with a Latin
    letter in code is left alone: code that shows such a typo (`` `cчитать` ``) shows it on purpose."""
    text = doc.text
    found = []
    for block in doc.prose:
        for code in block.inline_code:
            if not MIXED_BOUNDARY.search(text, code.start, code.end):
                continue
            for match in WORD.finditer(text, code.start, code.end):
                word = match.group()
                if is_mixed(word) and text[match.start() - 1] != "\\" and len(CYRILLIC.findall(word)) * 2 < len(word):
                    found.append((match.start(), word))
    return found


def is_mixed(word: str) -> bool:
    return bool(LATIN.search(word)) and bool(CYRILLIC.search(word))


def lookalike_fix(word: str) -> str | None:
    """The single-script word when every letter of the minority script is a look-alike."""
    latin = [ch for ch in word if LATIN.match(ch)]
    cyrillic = [ch for ch in word if CYRILLIC.match(ch)]
    if len(cyrillic) >= len(latin):
        if all(ch in LATIN_TO_CYRILLIC_LOOKALIKE for ch in latin):
            return "".join(LATIN_TO_CYRILLIC_LOOKALIKE.get(ch, ch) for ch in word)
    else:
        if all(ch in CYRILLIC_TO_LATIN_LOOKALIKE for ch in cyrillic):
            return "".join(CYRILLIC_TO_LATIN_LOOKALIKE.get(ch, ch) for ch in word)
    return None
