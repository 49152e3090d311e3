"""What one page contributes to the site-wide language pass (the per-file half of LNG001).

:func:`summarize` runs in the parallel per-file phase and decides there everything that
depends on the page alone: the units' scripts and features, which of their words are
names or quoted, the page's vote for the site's language, and the page's contribution
to the site's vocabulary (word counts).  It returns a :class:`PageSummary`: flat arrays
and a few small tuples, pickled between processes and into the cache, never the unit
objects.

A unit written in one non-Latin script with too few Latin-script words to be English
text ("Коннектор читает журнал", "Настройка Kafka") travels as a position and a *group*
key (its script, weight and letters): under any expected language it is judged by its
script alone, the same for the whole group.  The other units (*records*: Latin-script
text, several scripts, English phrases among native words) keep their Latin-script
words, word features and, compressed, their text (read only where a model must read
it: sites with several Latin-script languages, untranslated-page messages).
"""

from __future__ import annotations

import pickle
import re
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from mdxlint.analyzers.language.identify import SCRIPT_DEFAULT, SCRIPT_OF, latin_or_model
from mdxlint.analyzers.language.policy import (
    ENGLISH_FUNCTION_WORDS,
    ordinary_word,
    LATIN_GUESSES,
    LONE,
    PREDICATE,
    FIELD,
    KANA_TEXT,
    LINK_NAME,
    CITED,
    ITEM,
    HEADLINE,
    PART,
    FUNCTION,
    NAME,
    ORDINARY,
    STRONG,
    TITLE_RUN,
    MIN_PAGE_UNITS,
    OTHER_FUNCTION_WORDS,
    QUOTED,
    SCRIPT_CODES,
    name_phrases,
    term_phrases,
    names_in,
    quoted_text,
    word_codes,
)
from mdxlint.analyzers.language.units import LATIN_WORD as LATIN_WORD_FULL, Unit, is_russian_clause

_SCRIPT_INDEX = {name: index for index, name in enumerate(SCRIPT_CODES)}
_UKRAINIAN_LETTER = re.compile("[іїєґІЇЄҐ]")
_RUSSIAN_LETTER = re.compile("[ыэъёЫЭЪЁ]")


def group_of(script: str) -> str:
    """Han and kana are one group (Japanese writes both)."""
    return "cjk" if script in ("han", "kana") else script


def native_count(scripts: dict[str, int], script: str) -> int:
    """Words of a unit in ``script`` (Han and kana: two letters a word)."""
    if script in ("han", "kana"):
        return (scripts.get("han", 0) + scripts.get("kana", 0)) // 2
    return scripts.get(script, 0)


def may_be_english(latin_words: int, dominant: str, native: int, glue: int, label: int) -> bool:
    """Whether a unit's Latin-script words can outweigh its ``native`` words (the bounds of
    the English-among-native rules, :meth:`SiteLanguage._english_among_native`)."""
    return bool(latin_words) and (
        dominant == "latin" or 2 * latin_words > 2 * native - glue - label or latin_words >= max(4, 3 * native)
    )


@dataclass(slots=True)
class PageSummary:
    """One page's units and counts (see the module's doc).  Units are in file order;
    ``slots[i]`` is a record index (>= 0) or ``~group`` (< 0)."""

    vote: str | None  # the language most of the page is in (None: too little prose, or not asked)
    starts: array
    ends: array
    lengths: array  # characters of the masked text (the page's share of foreign text)
    sections: array  # the heading ordinal a unit stands under, -1 before the first
    kinds: bytes
    kind_names: tuple[str, ...]
    slots: array
    heads: array  # unit index of each heading (by ordinal)
    groups: tuple[tuple, ...]  # (script, single script, has Latin words, min(weight, 3), Ukrainian letters, Russian letters, quoted, guess)
    guess_set: frozenset[str]  # the Cyrillic languages a group's guess chose among
    # records
    rec_dominant: bytes
    rec_weight: array
    rec_glue: bytes
    rec_label: bytes
    rec_flags: array  # policy's flags (QUOTED … HEADLINE): two bytes a record
    rec_scripts: tuple[tuple[tuple[str, int], ...], ...]
    rec_words: array  # indexes into lexicon, record after record
    rec_word_end: array
    rec_codes: bytes  # per word of rec_words: its classes (policy.word_codes)
    lexicon: tuple[str, ...]
    # vocabulary: per script group, the units each lower-case word is in ("*": every unit with
    # Latin-script words), as (indexes into words, counts): arrays, not a dict a word (a run
    # holds every page's summary; dicts were most of its memory on 5,000 lessons)
    words: tuple[str, ...]
    inside: dict[str, tuple[array, array]]
    outside: dict[str, tuple[array, array]]
    blob: bytes  # zlib(pickle((record texts, heading texts))): read only when needed
    # English sentences inside units written in another script (embedded_english): (unit index,
    # words, the sentence's start as text)
    embedded: tuple[tuple[int, int, str], ...] = ()

    # A run holds every page's summary at once, and pages share most of their words: read
    # back from a worker or the cache, a word is one string object for all pages (interned),
    # not one per page (on 5,000 generated lessons that was most of the parent's memory).
    def __getstate__(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}

    def __setstate__(self, state: dict) -> None:
        intern = sys.intern
        state["lexicon"] = tuple(map(intern, state["lexicon"]))
        state["words"] = tuple(map(intern, state["words"]))
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def texts(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return pickle.loads(zlib.decompress(self.blob))

    def word_counts(self, packed: tuple[array, array]) -> Iterator[tuple[str, int]]:
        """(word, units) of one of ``inside``'s or ``outside``'s entries."""
        return zip(map(self.words.__getitem__, packed[0]), packed[1])

    def record_words(self, record: int) -> tuple[str, ...]:
        lexicon = self.lexicon
        start = self.rec_word_end[record - 1] if record else 0
        return tuple(lexicon[i] for i in self.rec_words[start : self.rec_word_end[record]])


def summarize(units: list[Unit], *, vote: str | None, cyrillic_candidates: frozenset[str] = frozenset()) -> PageSummary:
    """The summary of one page's units.  ``cyrillic_candidates``: the Cyrillic-script languages
    the site may expect, when known per page (a model tells them apart for units whose letters
    do not)."""
    heads = array("i", [i for i, unit in enumerate(units) if unit.section == i])
    ordinal_of = {index: ordinal for ordinal, index in enumerate(heads)}
    ordinal_of[-1] = -1
    kind_index: dict[str, int] = {}
    kinds = bytes(min(kind_index.setdefault(unit.kind, len(kind_index)), 255) for unit in units)
    groups: dict[tuple, int] = {}
    slots: list[int] = []
    rec_dominant, rec_glue, rec_label, rec_codes = bytearray(), bytearray(), bytearray(), bytearray()
    rec_flags = array("H")
    rec_weight, rec_words, rec_word_end = array("I"), array("I"), array("I")
    rec_scripts: list[tuple] = []
    scripts_seen: dict[tuple, tuple] = {}
    lexicon: dict[str, int] = {}
    texts: list[str] = []
    page_groups = {group_of(s) for u in units if u.scripts for s in u.scripts}
    # words, a unit's distinct words once (counted into Counters at the end)
    inside: dict[str, list[str]] = {g: [] for g in page_groups}
    outside: dict[str, list[str]] = {g: [] for g in page_groups}
    outside["*"] = []
    guess_set = cyrillic_candidates if len(cyrillic_candidates) > 1 else frozenset()
    embedded: list[tuple[int, int, str]] = []
    for index, unit in enumerate(units):
        latin = unit.latin
        scripts = unit.scripts
        text = unit.text
        dominant = unit.dominant
        if len(latin) >= EMBEDDED_MIN_WORDS and sum(scripts.values()) >= 3:
            embedded.extend((index, words, start) for words, start in embedded_english(text))
        # vocabulary (the English part of a bilingual heading is in no native sentence)
        part = unit.main is not None
        if latin:
            lower = set(map(str.lower, latin))
            outside["*"].extend(lower)
            phrases = None
            for group in page_groups:
                native = native_count(scripts, "han" if group == "cjk" else group)
                if native >= 3 and native >= len(latin) and not part:
                    inside[group].extend(lower - ENGLISH_FUNCTION_WORDS)
                    if phrases is None:
                        phrases = set(name_phrases(text)) | term_phrases(text)
                    inside[group].extend(phrases)
                elif not native or part:
                    outside[group].extend(lower)
        quoted = quoted_text(text)
        if part:
            # Judged on its English part (units.make_unit): a bilingual heading.
            unit = unit.main
            latin, scripts, text, dominant = unit.latin, unit.scripts, unit.text, unit.dominant
        if dominant != "latin" and (len(scripts) == 1 or len({group_of(s) for s in scripts}) == 1) and not (
            latin and may_be_english(len(latin), dominant, native_count(scripts, dominant), unit.glue, unit.label)
        ):
            if dominant == "cyrillic":
                uk, ru = _UKRAINIAN_LETTER.search(text) is not None, _RUSSIAN_LETTER.search(text) is not None
            else:
                uk = ru = False
            guess = ""
            if guess_set and dominant == "cyrillic" and unit.weight >= 2 and not (uk and "uk" in guess_set) and not (ru and "ru" in guess_set):
                guess = latin_or_model(text, guess_set)[0]
            key = (dominant, len(scripts) == 1, bool(latin), min(unit.weight, 3), uk, ru, quoted, guess,
                   scripts.get("kana", 0) >= KANA_TEXT)
            slots.append(~groups.setdefault(key, len(groups)))
            continue
        slots.append(len(rec_dominant))
        rec_dominant.append(_SCRIPT_INDEX.get(dominant, 0))
        rec_weight.append(unit.weight)
        rec_glue.append(min(unit.glue, 255))
        rec_label.append(min(unit.label, 255))
        # A lone lowercase word, maybe with a code or acronym in parentheses beside it ("create
        # (INSERT)"): a value or a file name.
        # A boolean or null as code writes it ("True" in a column of a function's results): a value too.
        lone = (len(latin) == 1 and (latin[0].islower() or latin[0] in _LITERALS) and (
            text.strip(" *_`").isalpha() or ("(" in text and _MASKED_ASIDE.sub("", text).strip(" *_`").isalpha()))) or (
            # (a table cell listing lowercase single words, "liquorix, xanmod": values, names of programs)
            unit.kind == "table cell" and _VALUE_CELL.fullmatch(text) is not None
            and not any(word.lower() in ENGLISH_FUNCTION_WORDS for word in latin)
            and not all(ordinary_word(word.lower()) for word in latin))
        labelled = text.rstrip(" *_").endswith(":")  # a label ("Use cases:", "**Diagnosis:**")
        rec_flags.append((QUOTED if quoted else 0) | (LONE if lone else 0) | (PREDICATE if is_russian_clause(unit) else 0)
                         | (FIELD if unit.field else 0) | (PART if part else 0) | (CITED if unit.cited else 0)
                         | (ITEM if unit.kind in _ITEM_KINDS and not labelled else 0)
                         | (HEADLINE if unit.kind == "heading" or (unit.kind in _LABEL_KINDS and labelled) else 0))
        items = tuple(scripts.items())
        rec_scripts.append(scripts_seen.setdefault(items, items))
        names = names_in(text) if scripts else ()
        codes = word_codes(latin, names)
        rec_codes.extend(codes)
        if unit.link and (unit.link == 2 or any(not code & (FUNCTION | ORDINARY) and word[:1].isupper()
                                                 for word, code in zip(latin, codes))):
            rec_flags[-1] |= LINK_NAME
        rec_words.extend([lexicon.setdefault(word, len(lexicon)) for word in latin])
        rec_word_end.append(len(rec_words))
        texts.append(text)
    head_texts = [(units[i].written or units[i].text)[:60] for i in heads]
    vocabulary: dict[str, int] = {}

    def pack(words: list[str]) -> tuple[array, array]:
        counts = Counter(words)
        return array("I", [vocabulary.setdefault(word, len(vocabulary)) for word in counts]), array("I", counts.values())

    inside_packed = {g: pack(words) for g, words in inside.items() if words}
    outside_packed = {g: pack(words) for g, words in outside.items()}
    return PageSummary(
        vote=vote,
        starts=array("I", [unit.start for unit in units]),
        ends=array("I", [unit.end for unit in units]),
        lengths=array("I", [len(unit.text) for unit in units]),
        sections=array("i", [ordinal_of[unit.section] for unit in units]),
        kinds=kinds,
        kind_names=tuple(kind_index),
        slots=array("i", slots),
        heads=heads,
        groups=tuple(groups),
        guess_set=guess_set,
        rec_dominant=bytes(rec_dominant),
        rec_weight=rec_weight,
        rec_glue=bytes(rec_glue),
        rec_label=bytes(rec_label),
        rec_flags=rec_flags,
        rec_scripts=tuple(rec_scripts),
        rec_words=rec_words,
        rec_word_end=rec_word_end,
        rec_codes=bytes(rec_codes),
        lexicon=tuple(lexicon),
        words=tuple(vocabulary),
        inside=inside_packed,
        outside=outside_packed,
        embedded=tuple(embedded),
        blob=zlib.compress(pickle.dumps((tuple(texts), tuple(head_texts)), protocol=pickle.HIGHEST_PROTOCOL), 1),
    )


EMBEDDED_MIN_WORDS = 7
# Units that may be a term and nothing else: a table cell, a list item (not a label: "Use cases:").
_ITEM_KINDS = frozenset({"table cell", "list item"})
_LITERALS = frozenset({"True", "False", "TRUE", "FALSE", "None", "NULL", "Null"})
# Units that may be a label of the page's own ("**Diagnosis:**"), not a program's (a prop's value).
_LABEL_KINDS = frozenset({"paragraph", "list item", "table cell", "blockquote paragraph"})
# Parentheses whose words were all masked (a code, an acronym: "create (INSERT)"), not a call's
# ("create() warning").
_MASKED_ASIDE = re.compile(r"\s*\(\s+\)")
# A table cell that lists lowercase single words and nothing else (held-out h129: "liquorix, xanmod").
# (Single blanks only: a wider gap is a masked word, "ACID transactions, MERGE support" is a phrase.)
_VALUE_CELL = re.compile(r"[*_`]*[a-z][a-z0-9-]*(?:[*_`]* ?[,/] ?[*_`]*[a-z][a-z0-9-]*)+[*_`.]*")
# A word of any script, and the Latin-script ones (units.LATIN_WORD).
_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([,.;:!?])")
_ANY_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def embedded_english(text: str) -> list[tuple[int, str]]:
    """The English sentences of a unit written in another script ("… изменения данных (with some
    limitations for objects where the constructor is not …)", an untranslated sentence above its
    translation): runs of at least EMBEDDED_MIN_WORDS Latin-script words with no native word
    between them, two or more of them English function words that are not weak ("the", "is",
    "with"), and three or more words that are neither function words nor names.  Terms and
    names alone never make one.  (words, the run's first words as text) of each."""
    names = names_in(text)
    found = []
    run: list[re.Match] = []
    for match in [*_ANY_WORD.finditer(text), None]:
        if match is not None and LATIN_WORD_FULL.fullmatch(match.group()):
            run.append(match)
            continue
        if len(run) >= EMBEDDED_MIN_WORDS:
            words = tuple(m.group() for m in run)
            codes = word_codes(words, names)
            strong = sum(1 for code in codes if code & STRONG)
            plain = sum(1 for code in codes if not code & (FUNCTION | NAME | TITLE_RUN))
            if strong >= 2 and plain >= 3:
                excerpt = text[run[0].start() : run[min(len(run), 8) - 1].end()]
                excerpt = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(excerpt.split()))  # where code was masked
                found.append((len(words), excerpt + ("…" if len(run) > 8 else "")))
        run = []
    return found


def page_vote(units: list[Unit]) -> str | None:
    """The language most of a page's prose (by characters) is in; None for too little prose.

    Latin-script prose is English when English function words make up at least 8 % of
    its words; with as few function words of the other languages it is not prose (None);
    else what the model says of its longest units."""
    weights: Counter[str] = Counter()
    latin_texts: list[str] = []
    english_words = latin_words = count = 0
    for unit in units:
        script = unit.dominant
        if script == "latin":
            if len(unit.latin) < 3:
                continue
            weights["latin"] += len(unit.text)
            latin_words += len(unit.latin)
            english_words += sum(1 for w in unit.latin if w.lower() in ENGLISH_FUNCTION_WORDS)
            latin_texts.append(unit.text)
        else:
            # script_language(script, text, frozenset()): no candidates, the script's default
            weights["ja" if script == "kana" else SCRIPT_DEFAULT.get(script, script)] += len(unit.text)
        count += 1
    if count < MIN_PAGE_UNITS or not weights:
        return None
    top = max(sorted(weights.items()), key=lambda item: item[1])[0]
    if top != "latin":
        return top
    if english_words >= 0.08 * latin_words:
        return "en"
    other_words = sum(1 for text in latin_texts for w in text.split() if w.lower() in OTHER_FUNCTION_WORDS)
    if other_words < 0.08 * latin_words:
        return None  # Latin-script lists of terms and values: no sentences in any language
    votes = Counter(latin_or_model(text, LATIN_GUESSES)[0] for text in sorted(latin_texts, key=len, reverse=True)[:5])
    return max(sorted(votes.items()), key=lambda item: item[1])[0] if votes else "en"


def cyrillic_of(languages) -> frozenset[str]:
    return frozenset(c for c in languages if SCRIPT_OF.get(c) == "cyrillic")
