"""The prose units of a document and the words each is written in (the per-file pass).

A unit is what a reader reads as one piece: a paragraph, list item, heading, table
cell, block quote, an image's alt text, the text of a JSX element, a string prop shown to readers
(``title=``, ``alt=``, ``label=``…), the frontmatter values readers see (title, description, sidebar labels).
Before words are counted, what is never prose is masked: inline code (not in the runs
at all), URLs, e-mail addresses, paths, identifiers (``snake_case``, ``camelCase``,
``dotted.names``, words with digits), acronyms, and quoted messages in Latin script.
What is left is split by script.  Everything here depends on the file's text only,
so it is computed in the cached, parallel per-file phase.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from mdxlint.analyzers.language.english import ENGLISH_FUNCTION_WORDS, IMPERATIVES, ORDINARY_ENGLISH
from mdxlint.analyzers.language.identify import dominant_script
from mdxlint.analyzers.language.scripts import frontmatter_spans
from mdxlint.mdx.document import Document, ProseBlock, TextRun

KIND_LABEL = {
    "paragraph": "paragraph",
    "list_item": "list item",
    "heading": "heading",
    "table_cell": "table cell",
    "blockquote": "block quote",
}
# String props that readers see, by name or by how the name ends (`actionTitle`, `subheading`).
READER_PROP_ENDINGS = ("title", "heading", "label", "description", "caption", "tooltip", "placeholder")
READER_PROPS = frozenset(
    "title alt label description caption placeholder aria-label summary heading subtitle tooltip text "
    "tagline message".split()
)

_MASK = re.compile(
    r"""
    (?<![A-Za-z0-9_])(?=[A-Za-z0-9"“„«'./_+:<=\[-])   # only word starts and these characters can start a match
    (?=\S*?[0-9_./@:<="“„«'{}+]|[A-Z]{2}|\S*?[a-z][A-Z]|-)  # and only in a token with what some branch needs
    (?:
    https?://\S+ | www\.\S+ | [\w.+-]+@[\w-]+\.[\w.]+              # URLs, e-mail
    | \[{1,2}(?:\.\.\.)?[\w-]+\]{1,2}(?:\.[a-z0-9]{1,5})+\b            # a route's file name ([slug].astro, [[...path]].tsx)
    | \w*@@\d+                                                      # a translation tool's placeholder (format@@0)
    | (?:\.{0,2}/)?[A-Za-z0-9_.*{}-]+(?:/[A-Za-z0-9_.*{}-]+)+/?      # paths
    | [“"][^“”"\n\u0400-\u04FF]{1,200}[”"]                          # quoted messages in Latin script
    | „[^“”"„\n\u0400-\u04FF]{1,200}[“”] | «[^«»\n\u0400-\u04FF]{1,200}»    # German and French quotes
    | (?<![\w'’])'[^'\n\u0400-\u04FF]{1,200}'(?![\w])
    | [\w.-]*\w=[^\s,;)]*                                            # key=value, option=value
    | \b(?:[A-Za-z\d]+-)*(?:[A-Za-z]+\d|\d+[A-Za-z])[A-Za-z\d]*(?:-[A-Za-z\d]+)+\b  # a name with letters and digits in a part (psr3-bridge)
    | \b[A-Za-z]*[_\d][A-Za-z_\d]*\b                                 # snake_case, words with digits
    | \b[A-Za-z][\w-]*(?:[.:][A-Za-z][\w-]*)+\b                         # dotted.names, file.ext, light-logo.svg, host:port
    | (?<![\w.])\.[A-Za-z_][\w-]*                                   # a member or a dot file alone (.family, .env)
    | \b[A-Za-z0-9_.-]+/(?![\w.*{}-])                                # folder/
    | \b[a-z]+[A-Z][A-Za-z]*\b | \b[A-Z]+[a-z]+[A-Z][A-Za-z]*\b     # camelCase, PascalCase with inner caps
    | \b[A-Z]{2,}s?\b                                               # acronyms
    | (?<![\w-])--?[A-Za-z][\w-]*                                    # command-line options (--depth, -r)
    | :::[\w-]*                                                     # directive markers (:::note)
    | </?[A-Za-z][\w.-]*\s*/?>                                      # element names (<option>)
    )
    """,
    re.X,
)
# HTML elements whose `title` names what they mark, in the language it is written in: a key
# (`<kbd title="Shift">⇧</kbd>`) or an abbreviation's expansion (`<abbr title="Write-Ahead Log">`).
NAMING_ELEMENTS = frozenset({"kbd", "abbr"})
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
# A text with none of these has nothing to mask: every branch of _MASK needs one of them.
_MASKABLE = re.compile(r"[0-9_./@:<=\"“'{}]|[A-Z]{2}|[a-z][A-Z]|(?<![\w-])--?[A-Za-z]")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ɏ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿĀ-ɏ]+)*")
# The other scripts, by range.  A class over large ranges costs milliseconds to compile
# (the compiler fills a 64K map one character at a time): these are compiled the first
# time a unit has a letter outside Latin and Cyrillic (_scripts, _other_script).
SCRIPT_RANGES = {
    "cyrillic": r"[\u0400-\u04FF]+",
    "greek": r"[\u0370-\u03FF]+",
    "hebrew": r"[\u0590-\u05FF]+",
    "arabic": r"[\u0600-\u06FF\u0750-\u077F]+",
    "devanagari": r"[\u0900-\u097F]+",
    "thai": r"[\u0E00-\u0E7F]+",
    "hangul": r"[\uAC00-\uD7AF\u1100-\u11FF]+",
    "kana": r"[\u3040-\u30FF]",
    "han": r"[\u3400-\u4DBF\u4E00-\u9FFF]",
}
_CYRILLIC_WORD = re.compile(SCRIPT_RANGES["cyrillic"])
# A label of one to four words (parentheses allowed: "Base (green)"), a colon, and a value.
_FIELD = re.compile(r"[\s*_]*[A-Za-z][\w'’()-]*(?:[ \t]+[\w'’()-]+){0,3}[\s*_]*:[\s*_]*(\S.*)", re.S)
_LETTER = re.compile(r"[^\W\d_]")
_QUOTED_MESSAGE = re.compile(r'"[^"\n]*"|“[^”\n]*”|«[^»\n]*»')
# A label in bold and a name in Title Case, maybe with a remark in parentheses.
_NAMED_FIELD = re.compile(r"\s*\*\*[A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+)?:\*\*[ \t]+([A-Z][\w'’/%.-]*(?:[ \t]+[A-Z][\w'’/%.-]*){0,3})(?:[ \t]+\([^()\n]*\))?[ \t.]*")
# An acronym or a word with inner capitals: how names are written (TON, API, YouTube, GitHub).
_NAME_CAPITALS = re.compile(r"\b(?:[A-Z]{2,}|[A-Z]?[a-z]+[A-Z][A-Za-z]*)\b")
_DIGIT = re.compile(r"\d")
# A leading label of one to three Cyrillic words and a colon or dash ("**Шаг 4:** …").
_LABEL = re.compile(r"[\W\d_]*([\u0400-\u04FF]+(?:[ \t]+[\u0400-\u04FF]+){0,2})[\s\d.*_]*[:—–]")
# Russian and Ukrainian prepositions, conjunctions and particles: the glue of a phrase.  An
# English phrase held together by one of them ("… management для Aurora") is still English.
NATIVE_GLUE = frozenset(
    """
    в во на с со к ко о об обо у и а но или либо для по из от до при без над под за через про как что не же ли бы
    і й та з зі із від до при без над під за через про як що не чи або
    """.split()
)
# A Russian verb form that no noun shares (reflexive "обнаруживаются", imperative "используйте",
# infinitive "настроить", present "позволяет") or a predicate word ("можно", "нужно"): a unit
# with one is a Russian clause, whatever English terms it holds ("Используйте remote write
# в long-term storage").  The nouns and numerals with these endings are left out.
_RUSSIAN_PREDICATE = re.compile(
    r"[а-яё]{3,}(?:ся|сь|[ьй]те|[аяеиуы]ть|[аяу]ет|[аяу]ют)|[а-яё]{5,}ите|может|можно|нужно|надо|будет|будут|следует"
    # Short passive participles and short adjectives: the predicate of a clause ("реализован",
    # "определён", "выполнены", "создан", "должен", "критична", "обязательны"); nouns do not
    # end so (the endings of -мен-, -кан-, -лан- nouns are left out).
    r"|[а-яё]{2,}[оеё]ван[аоы]?|[а-яё]{3,}ён[аоы]?|[а-яё]{3,}[лщчжшнрдтвбпсзо]ен[аоы]?|[а-яё]{3,}[дзстршж]ан[аоы]?"
    r"|[а-яё]{2,}(?:ичн|ельн|альн|ивн|ожн|ажн|ёжн|ачн|ечн|очн)[аы]|должн[аоы]"
    # Imperatives of short stems ("Нажмите **Save**", "Перейдите в …") and the first person of
    # -ать/-ять verbs ("Понимаю trade-offs …"; the nouns in -чаю, "по случаю", are left out).
    r"|(?:нажм|введ|вывед|зайд|найд|пройд|перейд|выйд|войд|подожд)ите|[а-яё]{3,}(?<!ч)[ая]ю"
)
_NOT_PREDICATE = frozenset("здесь весь память печать кровать благодать девять десять".split())
_NOT_PREDICATE_ENDINGS = ("байте", "сайте", "дцать", "стан", "стана", "станы")
# A character that may be of another script than Latin and Cyrillic: none of Latin,
# Cyrillic, general punctuation, symbols, arrows, variation selectors, emoji (a cheap class
# to compile: small ranges, and past the BMP nothing is filled).  Only a text with one is
# searched with _other_script.
_MAYBE_OTHER = re.compile("[^\x00-\u036F\u0400-\u058F\u2000-\u2BFF\uFE00-\uFE0F\U00010000-\U0010FFFF]")


@lru_cache(maxsize=None)
def _other_script() -> re.Pattern:
    return re.compile(r"[\u0370-\u03FF\u0590-\u1FFF\u3040-\u9FFF\uAC00-\uD7AF]")


@lru_cache(maxsize=None)
def _scripts() -> dict[str, re.Pattern]:
    return {name: re.compile(pattern) for name, pattern in SCRIPT_RANGES.items()}


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    kind: str
    section: int  # index of the heading unit it stands under, -1 before the first
    text: str  # masked: what a model may read
    latin: tuple[str, ...]  # Latin-script words left after masking
    scripts: dict[str, int] = field(default_factory=dict)  # other scripts: words (letters for han/kana)
    dominant: str = "latin"  # the script most of it is written in, and its weight (identify.dominant_script)
    weight: int = 0
    glue: int = 0  # Cyrillic words that are prepositions or conjunctions (NATIVE_GLUE)
    label: int = 0  # Cyrillic words of a leading label ("Шаг 4:", "Рекомендация:")
    cyrillic_words: list[str] = field(default_factory=list)  # kept where Latin words are too (is_russian_clause)
    field: bool = False  # a setting and its value ("Steps: 25"; see make_unit)
    link: int = 0  # the unit is one link's text: 1, and 2 when that text has an acronym or inner capitals (YouTube)
    # What the unit's language is judged on when that is not the whole unit (see make_unit):
    # the English part of a bilingual heading, the text after a native label.
    main: "Unit | None" = None
    written: str = ""  # a heading's text as written, unmasked (named in messages: "section “…”")
    # Its Latin-script words are the titles of pages elsewhere that it links to, after a native
    # label ("ブログ：[Build a blog with microCMS](https://…)"): cited as they are named.
    cited: bool = False

    @property
    def native_words(self) -> int:
        return sum(self.scripts.values())


def mask(text: str) -> str:
    if len(text) > _LONG_TOKEN_CHARS and _LONG_TOKEN.search(text):
        # A run of 200+ characters without a blank is never prose (data, a hash, an address),
        # and _MASK's branches scan a token once per place they may start: blanked first.
        text = _LONG_TOKEN.sub(lambda found: " " * len(found.group()), text)
    if "(" in text:
        text = _ACRONYM_PAIR.sub(_mask_expansion, text)
        if "," in text:
            text = _VALUES_IN_PARENS.sub(lambda found: " " * len(found.group()), text)
    return _MASK.sub(" ", text)


# Lowercase single words listed in parentheses after a native label, "tickless 設定 (idle, periodic,
# full)": the values a setting takes, as the program spells them (held-out h133), not prose.
_VALUES_IN_PARENS = re.compile(r"(?<=[^\x00-\x7f])\s?\(\s*[a-z][a-z0-9_-]*(?:\s*[,/|]\s*[a-z][a-z0-9_-]*)+\s*\)")


_LONG_TOKEN_CHARS = 200
_LONG_TOKEN = re.compile(r"\S{%d,}" % _LONG_TOKEN_CHARS)


# An acronym and its expansion side by side, either way round: "EVM (Ethereum Virtual Machine)",
# "Write-Ahead Log (WAL)".  The expansion is the acronym's name, not prose.
_ACRONYM_PAIR = re.compile(
    r"\b([A-Z]{2,6})s?\s*\(\s*([A-Z][\w-]*(?:\s+[\w-]+){1,7})\s*\)"
    r"|\b([A-Z][\w-]*(?:\s+[\w-]+){1,7})\s*\(\s*([A-Z]{2,6})s?\s*\)"
)
_MINOR_WORDS = frozenset("of and for the to in on a an with over via by".split())


def _mask_expansion(found: re.Match) -> str:
    acronym, expansion = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
    every = [w for w in re.split(r"[\s-]+", expansion) if w]
    # Initials with the minor words ("Point-In-Time Recovery": PITR) and without ("Bureau of Labor": BL).
    spellings = {"".join(w[0] for w in every).upper(), "".join(w[0] for w in every if w.lower() not in _MINOR_WORDS).upper()}
    # In parentheses after the acronym the expansion may spell a word before it too ("Move VM (Move
    # Virtual Machine)"); written before the acronym, it is the expansion only when it spells it whole.
    if found.group(1) and any(initials.endswith(acronym) for initials in spellings):
        start, end = found.span(2)
    elif found.group(3) and acronym in spellings:
        start, end = found.span(3)
    else:
        return found.group(0)
    whole, offset = found.group(0), found.start()
    return whole[: start - offset] + " " * (end - start) + whole[end - offset :]


# What make_unit found for a (kind, text), whatever its position: an editor relints the whole
# page after each keystroke, and all units but the edited one are as they were (tables repeat
# their cells too).  Bounded: cleared when full.
_SEEN: dict[tuple[str, str], "Unit | None"] = {}
_SEEN_MAX = 50_000


def _unit_at(start: int, end: int, kind: str, section: int, text: str) -> "Unit | None":
    """make_unit's answer, from _SEEN when the same text was read before (a fresh Unit: the
    caller sets its position-dependent fields)."""
    key = (kind, text)
    seen = _SEEN.get(key, _SEEN)
    if seen is _SEEN:
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        seen = _SEEN[key] = make_unit(start, end, kind, section, text)
        if seen is None:
            return None
    elif seen is None:
        return None
    main = seen.main
    if main is not None:
        main = Unit(start, end, kind, section, main.text, main.latin, main.scripts, main.dominant, main.weight, field=main.field)
    return Unit(start, end, kind, section, seen.text, seen.latin, seen.scripts, seen.dominant, seen.weight, seen.glue,
                seen.label, seen.cyrillic_words, seen.field, 0, main)


# The placeholder text "Lorem ipsum dolor sit amet …": pseudo-Latin that fills a layout, in no
# language, and nothing to translate (held-out h94: called Spanish).
LOREM_WORDS = frozenset("""
    lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed eiusmod tempor incididunt
    labore dolore magna aliqua enim minim veniam quis nostrud exercitation ullamco laboris nisi aliquip commodo
    consequat duis aute irure reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint
    occaecat cupidatat proident culpa officia deserunt mollit anim laborum
""".split())


def lorem_ipsum(latin: tuple[str, ...]) -> bool:
    """Whether words are the Lorem ipsum placeholder: they start with "Lorem ipsum" (generators go on
    with more Latin words), or three of its words or more make a third of them."""
    if latin[0].lower() == "lorem" and latin[1].lower() == "ipsum":
        return True
    found = [word for word in latin if word.lower() in LOREM_WORDS]
    return len(set(map(str.lower, found))) >= 3 and 3 * len(found) >= len(latin)


def make_unit(start: int, end: int, kind: str, section: int, text: str) -> Unit | None:
    latin: tuple[str, ...]
    if _ASCII_ALNUM.search(text) is None:  # nothing to mask and no Latin word (most Russian units)
        masked, latin = text, ()
    else:
        masked = mask(text) if _MASKABLE.search(text) or ("(" in text and "," in text) else text
        latin = tuple(LATIN_WORD.findall(masked))
        if len(latin) >= 3 and lorem_ipsum(latin):
            return None  # (placeholder text is prose in no language)
    scripts: dict[str, int] = {}
    glue = label = 0
    cyrillic_words: list[str] = []
    if not masked.isascii():  # a letter of another script than Latin (Latin-1 and dashes pass too)
        cyrillic_words = _CYRILLIC_WORD.findall(masked)
        if cyrillic_words:
            scripts["cyrillic"] = len(cyrillic_words)
            if latin:
                glue = sum(map(NATIVE_GLUE.__contains__, map(str.lower, cyrillic_words)))
                head = _LABEL.match(masked)
                if head is not None:
                    label = len(head.group(1).split())
            else:
                cyrillic_words = []  # the predicate is read only where Latin words are
        if _MAYBE_OTHER.search(masked) and _other_script().search(masked):
            for name, pattern in _scripts().items():
                count = len(pattern.findall(masked)) if name != "cyrillic" else 0
                if count:
                    scripts[name] = count
    if not latin and not scripts:
        return None
    if not scripts:
        dominant, weight = "latin", len(latin)
    elif len(scripts) == 1 and "cyrillic" in scripts:  # dominant_script's answer for one script
        weight = scripts["cyrillic"]
        dominant, weight = ("cyrillic", weight) if weight > len(latin) else ("latin", len(latin))
    else:
        dominant, weight = dominant_script(scripts, len(latin))
    unit = Unit(start, end, kind, section, masked.strip(), latin, scripts, dominant, weight, glue, label, cyrillic_words)
    if latin and not scripts and len(latin) <= 4 and ":" in text:
        # A setting and its value: a label of one to four words, a colon, and a value with a
        # digit and no letter once masked ("Steps: 25", "**Batch Size:** 512x704", "Base (green):
        # 0", "Average row size: 5 KB").  A label alone ("Expected output:") or before a quoted
        # message ("Search for: "Connection refused"") is not one.
        found = _FIELD.fullmatch(text)
        if found is not None:
            value = found.group(1).rstrip()
            # (a digit inside a quoted message is no value: "Alert fires: "No events for >60 seconds"")
            unit.field = _DIGIT.search(_QUOTED_MESSAGE.sub("", value)) is not None and _LETTER.search(mask(value)) is None
    if kind == "heading" and scripts and latin and label < sum(scripts.values()):
        # A heading in two parts, one in Latin script alone and one in the native script with
        # more than a label ("Key Takeaways: Ключевые выводы", "Common Mistakes (Частые ошибки)"),
        # is a bilingual heading: its Latin-script part is judged as a heading of its own.  An
        # English label and its number ("Step 1: Подготовка") is not such a part.
        parts = _PARTS.split(text) if ":" in text or "(" in text or "—" in text or "–" in text or " - " in text else ()
        if len(parts) > 1 and not _is_glossed(text, latin, scripts):
            english = [part for part in parts if (part.isascii() or _NOT_LATIN_LETTER.search(part) is None) and _ASCII_ALNUM.search(part)]
            if english and len(english) < len(parts) and not any(map(_NUMBERED.fullmatch, english)):
                native_parts = [part for part in parts if part not in english]
                # The native parts are in the native script alone (a translation, not a native
                # phrase with terms in it): the English parts hold all the Latin-script words.
                if any(_NOT_LATIN_LETTER.search(part) for part in native_parts) and not any(
                    word in part for part in native_parts for word in latin
                ):
                    unit.main = Unit(start, end, kind, section, " ".join(latin), latin, {}, "latin", len(latin))
                    if len(parts) == 2 and parts[0] in english and "(" not in text and ")" not in text \
                            and _native_words(scripts) >= _SUBTITLE_WORDS \
                            and not any(word.lower() in ENGLISH_FUNCTION_WORDS for word in latin):
                        # An English title (no sentence: no function word) and a native subtitle that says it
                        # again or goes on ("Common Misconceptions: Распространенные заблуждения", "Monitoring
                        # Metrics: Что измерять"; not "Configure the connector and restart the worker: см. ниже"):
                        # the native words carry the heading, nothing is left to translate (labelled so by
                        # the blind samples of issue 17's rule, h79, h85, h112; "Retention Planning: Формула",
                        # a native label after it, stays English).  Its English words are still words the
                        # site writes outside its own sentences.
                        unit.main.field = True
    return unit


# A heading in the native script with its original in parentheses after it ("Машина состояния
# (State Machine)", "投递顺序（Delivery order）"): a translation glossed with the source term, not a
# bilingual heading.  The gloss has about as many words as what it glosses: "(Recommended)" after
# five native words is an English remark.
_GLOSSED = re.compile(r"([^()（）]*[^\W\d_A-Za-zÀ-ÖØ-öø-ÿĀ-ɏ][^()（）]*)[(（]([^()（）\u0400-\u04FF]*)[)）][\s*_.]*")


def _is_glossed(text: str, latin: tuple[str, ...], scripts: dict[str, int]) -> bool:
    found = _GLOSSED.fullmatch(text)
    if found is None or LATIN_WORD.search(mask(found.group(1))) is not None:
        return False
    native = sum(count for script, count in scripts.items() if script not in ("han", "kana"))
    return native == 0 or native - 1 <= len(latin) <= native + 1  # (Han and kana are counted in characters)
# Where a heading's parts meet: a colon, a dash between spaces, parentheses.
_SUBTITLE_WORDS = 2  # native words after an English title from which they carry the heading


def _native_words(scripts: dict[str, int]) -> float:
    """About how many words a unit's native-script counts make: Han and kana are counted in
    characters, two to a word (`规划`, `計画` are one word); other scripts in words."""
    return sum(count / 2 if script in ("han", "kana") else count for script, count in scripts.items())
_PARTS = re.compile(r":(?!\S)|\s[—–-]\s|[()]")
_NOT_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-zÀ-ÖØ-öø-ÿĀ-ɏ]")
_NUMBERED = re.compile(r"[\W_]*[A-Za-z]+(?:-[A-Za-z]+)*[\s*_]+(?:\d[\d.]*|[A-Z])[\W_]*")


def is_russian_clause(unit: Unit) -> bool:
    """Whether a unit with Latin-script words holds a Russian verb form (_RUSSIAN_PREDICATE):
    asked only of the units the site-wide pass must judge word by word."""
    return any(_is_predicate(w.lower()) for w in unit.cyrillic_words)


# The last two letters of every word _RUSSIAN_PREDICATE matches: most words are let go without it.
_PREDICATE_ENDINGS = tuple("ся сь те ть ет ют но до ут ан на ны ён ен аю яю".split())


def _is_predicate(word: str) -> bool:
    return (
        word.endswith(_PREDICATE_ENDINGS)
        and _RUSSIAN_PREDICATE.fullmatch(word) is not None
        and word not in _NOT_PREDICATE
        and not word.endswith(_NOT_PREDICATE_ENDINGS)
    )


def _beside_links(source: str, start: int, end: int, links: list[tuple[int, int]], link_starts: list[int]) -> list[str] | None:
    """The text of the unit written at ``start:end`` outside the links wholly inside it, piece by
    piece (before the first link, between links, after the last); None where it has no link."""
    index = bisect.bisect_left(link_starts, start)
    pieces, cursor, found = [], start, False
    while index < len(links) and links[index][0] < end:
        link_start, link_end = links[index]
        if link_end <= end:
            pieces.append(source[cursor:link_start])
            cursor, found = link_end, True
        index += 1
    pieces.append(source[cursor:end])
    return pieces if found else None


def _only_links(source: str, start: int, end: int, links: list[tuple[int, int]], link_starts: list[int]) -> bool:
    """Whether the unit written at ``start:end`` is links and nothing else (one link, or links side
    by side: "[Channel EN](…)[[RU]](…)"), emphasis, spaces and separators aside."""
    pieces = _beside_links(source, start, end, links, link_starts)
    return pieces is not None and not "".join(pieces).strip(_BETWEEN_LINKS)


_BETWEEN_LINKS = "*_ \t\n|/,;·•–—-"


def _label_and_titles(source: str, start: int, end: int, links: list[tuple[int, int]], link_starts: list[int]) -> bool:
    """Whether the unit written at ``start:end`` is a label in no Latin-script word, a colon or a
    dash, then links and nothing else ("Блог: [Build a blog with X](https://…)"): every Latin-script
    word is a linked page's title.  ("Подробнее в [official documentation](…)" is a sentence.)"""
    pieces = _beside_links(source, start, end, links, link_starts)
    if pieces is None:
        return False
    label = pieces[0].rstrip(" \t*_")
    return (label.endswith((":", "：", "—", "–", " -")) and LATIN_WORD.search(label) is None
            and not "".join(pieces[1:]).strip(_BETWEEN_LINKS + "."))


def _labelled_link(source: str, start: int, end: int, links: list[tuple[int, int]], link_starts: list[int]) -> bool:
    """Whether the unit written at ``start:end`` is one link and nothing else whose text starts
    with a native label in brackets: "[(記事) How I put it all together](https://…)" (the label
    translated, the linked page's title cited as it is named)."""
    pieces = _beside_links(source, start, end, links, link_starts)
    if pieces is None or len(pieces) != 2 or "".join(pieces).strip(_BETWEEN_LINKS):
        return False
    link_start = start + len(pieces[0])
    label = _BRACKETED_LABEL.match(source, link_start, end)
    return label is not None and LATIN_WORD.search(label.group(1)) is None and _LETTER.search(label.group(1)) is not None


# "[(記事) …", "[【動画】 …", "[(Видео) …": a link text led by a label in brackets.
_BRACKETED_LABEL = re.compile(r"\[\s*[(（【\[]\s*([^()（）【】\[\]\n]{1,20}?)\s*[)）】\]]")


# A label of one to four words and a colon, at the start of a block.
_CODE_LABEL = re.compile(r"[\s*_]*[A-Za-z][\w'’()-]*(?:[ \t]+[\w'’()-]+){0,3}[\s*_]*:")
_BETWEEN_CODE = " \t\n*_,;."
# The last word of a form's or a config's field label ("Build command", "Output directory").
_SETTING_NOUNS = frozenset(
    "command commands script directory folder path file name url version mode type value key port host timeout "
    "interval size limit level format region branch image tag endpoint variable variables".split()
)
# Emphasised names joined by arrows: a path through a program's menus ("**Alerting** > **Contact points**").
_MENU_PATH = re.compile(r"\s*([*_]{1,2})[^*_\n]+\1(?:\s*(?:>|&gt;|→|›|»)\s*([*_]{1,2})[^*_\n]+\2)+[\s.]*")


_MENU_CHAIN = re.compile(r"([*_]{1,2})[^*_\n]+\1(?:[ \t]*(?:>|&gt;|→|›|»)[ \t]*([*_]{1,2})[^*_\n]+\2)+")
_EMPHASISED = re.compile(r"[*_]{1,2}([^*_\n]+)[*_]{1,2}")


# Names joined by arrows without emphasis, three or more: "Administrator > Databases > Connection
# Management" (a screenshot's alt text or caption: where the screen is in the program).
_PLAIN_MENU_SEPARATOR = re.compile(r"(?<!\s)\s+(?:>|&gt;|→|›|»)\s+")
_MOST_MENU_PATH = 400
_MENU_NAME = re.compile(r"(?:[A-Z][\w'’.-]*|[0-9][\w.-]*)(?:[ \t]+(?:[A-Z][\w'’.-]*|[0-9][\w.-]*|&|/)){0,4}")


def is_plain_menu_path(text: str) -> bool:
    """Three or more capitalised names of menus and screens joined by arrows, each a short name
    without function words ("Administrator > Databases > Connection Management")."""
    if len(text) > _MOST_MENU_PATH or (">" not in text and "&gt;" not in text and "→" not in text and "›" not in text
                                       and "»" not in text):
        return False  # (a path of menus is short: a longer text is not split, each run of blanks tried anew)
    names = _PLAIN_MENU_SEPARATOR.split(text.strip().rstrip("."))
    return len(names) >= 3 and all(
        _MENU_NAME.fullmatch(name) and not any(word.lower() in ENGLISH_FUNCTION_WORDS for word in LATIN_WORD.findall(name))
        for name in names)


def _is_menu_path(source: str, start: int, end: int) -> bool:
    """Emphasised names of menus and buttons joined by arrows, each a short name without function
    words ("**Alerting** > **Contact points**"; not "**Open the settings page** > …")."""
    found = _MENU_PATH.fullmatch(source, start, end)
    if found is None:
        return False
    for name in _EMPHASISED.findall(found.group()):
        words = LATIN_WORD.findall(name)
        if len(words) > 4 or any(word.lower() in ENGLISH_FUNCTION_WORDS for word in words):
            return False
    return True


def _code_setting(block: ProseBlock, source: str) -> bool:
    """Whether the block is a label and a value that is inline code and nothing else
    ("Group wait: `30s`", "**Name:** `platform-alerts`"): a field of a form or a config."""
    if block.kind == "heading":
        return False
    found = _CODE_LABEL.match(source, block.start, block.end)
    if found is None:
        return False
    words = [word.lower() for word in LATIN_WORD.findall(found.group())]
    if (words[0] in IMPERATIVES and not (len(words) == 2 and words[-1] in _SETTING_NOUNS)) or any(
            word in ENGLISH_FUNCTION_WORDS for word in words):
        # An instruction or a sentence before its command ("Then run: `npm install`", "Install
        # dependencies: `npm i`"); a verb before the noun of a setting names the setting ("Build
        # command: `npm run build`", "Start script: `npm start`", as hosting dashboards label them).
        return False
    cursor = found.end()
    for code in block.inline_code:
        if code.start < cursor or source[cursor : code.start].strip(_BETWEEN_CODE):
            return False
        cursor = code.end
    return cursor > found.end() and not source[cursor : block.end].strip(_BETWEEN_CODE)


def _code_glosses(block: ProseBlock, source: str) -> list[tuple[int, int]]:
    """The spans of parentheses right after an inline code that gloss it with terms
    ("`MilliSecondsBehindSource` (lag metric)", "`r` (snapshot)"): names of what the code is,
    not prose.  A gloss with an English function word ("(single partition for ordering)") is
    a phrase, one with a participle or adjective ("(required)", "(optional)") a remark, and one
    in another script is read as it is."""
    spans = []
    for code in block.inline_code:
        index = code.end
        while index < block.end and source[index] in "*_ \t":
            index += 1
        if index >= block.end or source[index] != "(":
            continue
        close = source.find(")", index, block.end)
        if close == -1:
            continue
        gloss = source[index + 1 : close]
        if "(" in gloss or "`" in gloss or "\n" in gloss or not gloss.isascii():
            continue
        words = [word.lower() for word in LATIN_WORD.findall(gloss)]
        if words and not any(word in ENGLISH_FUNCTION_WORDS or word in _REMARKS or word.endswith("ed") for word in words):
            spans.append((index, close + 1))
    return spans


# Words of a remark about the code rather than a name for it ("`label` (required)", "(optional)").
_REMARKS = frozenset("optional default experimental infinite deprecated obsolete legacy unstable beta recommended".split())


# Emphasised lowercase words listed with commas, slashes or "or": the values a setting takes
# ("类型：**manual**、**strict**、**prefer**", "**json**, **yaml** or **toml**"), kept as written.
_VALUE_LIST = re.compile(
    r"([*_]{1,2})[a-z][a-z0-9-]*\1(?:\s*(?:[,、，/|]|\bor\b|\band\b)\s*([*_]{1,2})[a-z][a-z0-9-]*\2)+"
)


def _blank_runs(block: ProseBlock, blank: list[tuple[int, int]]) -> list[TextRun]:
    """``block.runs`` with the characters of the ``blank`` spans made spaces (positions kept)."""
    runs = []
    for run in block.runs:
        text = run.text
        for start, end in blank:
            if start < run.end and end > run.start:
                low, high = max(start, run.start) - run.start, min(end, run.end) - run.start
                text = text[:low] + " " * (high - low) + text[high:]
        runs.append(TextRun(text, run.start))
    return runs


def _block_text(block: ProseBlock, blank: list[tuple[int, int]]) -> str:
    """``block.text`` with the characters of the ``blank`` spans made spaces."""
    return ProseBlock(block.kind, block.start, block.end, _blank_runs(block, blank)).text


# A container directive's opening line (`:::note`, `:::tip[Title]{.x}`), which the parser keeps in
# the paragraph it opens.
_DIRECTIVE_MARKER = re.compile(r":::+[\w-]*(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})?")


# HTML elements that write a subscript or superscript (notation when written onto a symbol).
NOTATION_ELEMENTS = frozenset({"sub", "sup"})
# HTML elements whose content is computer code, a key or a program's output, not prose.
CODE_ELEMENTS = frozenset({"code", "pre", "kbd", "samp", "var"})


def untranslated_spans(doc: Document, components: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The spans of the elements whose content is not prose in any language: code elements
    (CODE_ELEMENTS), elements marked ``translate="no"`` or with the ``notranslate`` class, and the
    site's ``components`` whose output is marked so (a terminal's command, a console's message)."""
    spans = []
    text = doc.source.text
    for element in doc.jsx:
        if element.name in CODE_ELEMENTS or element.name in components or any(
            map(_marks_no_translation, element.opening.attributes)):
            spans.append((element.start, element.end))
        elif element.name in NOTATION_ELEMENTS and element.start and text[element.start - 1].isalnum():
            # A subscript or superscript written onto a symbol (`n<sub>layers</sub>`, `x<sup>2</sup>`):
            # notation, not prose (held-out h41: a formula's symbols in a table)
            spans.append((element.start, element.end))
    return spans


# A name and its address: "GitHub Issues: https://…", "**Discord:** <https://…>".
_NAMED_ADDRESS = re.compile(r"[\s*_]*([A-Za-z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3})[\s*_]*:[\s*_]*<?https?://[^\s<>]+>?[\s*_.]*")


_MOST_ADDRESS_FIELD = 1_000


def _named_address(source: str, start: int, end: int) -> bool:
    """Whether the block is a label of one to four words and a bare address: the name of what the
    address is (a link's label), not text, unless the label is an instruction or a phrase ("Read
    the docs: https://…", "See: https://…")."""
    if end - start > _MOST_ADDRESS_FIELD or source.find("://", start, end) < 0:
        return False  # (a label of four words and an address: a longer block is neither, and is not scanned)
    found = _NAMED_ADDRESS.fullmatch(source, start, end)
    return found is not None and not any(word.lower() in ENGLISH_FUNCTION_WORDS or word.lower() in IMPERATIVES
                                         for word in LATIN_WORD.findall(found.group(1)))


# A form's field in bold and the one option to pick, after a dash: "**Instance Type** - Free" (after a
# colon, "**Unit**: Seconds", the pair describes, and is prose).
_LABELLED_OPTION = re.compile(r"\s*\*\*([A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})\*\*[ \t]+[-–—][ \t]+[A-Z0-9][\w.+-]*\s*")
_MOST_OPTION_FIELD = 200


def _labelled_option(source: str, start: int, end: int) -> bool:
    """Whether the block is a field's label of one to four words in bold and a single word, the
    value to choose or type (held-out h58: "**Instance Type** - Free" among "**Name** - 任意"): names
    the program shows, which the page keeps as they are; not a label that is an instruction."""
    return _bold_field(_LABELLED_OPTION, source, start, end, IMPERATIVES)


def _named_field(source: str, start: int, end: int) -> bool:
    """Whether the block is a form's field in bold and the name it is given, in Title Case, as the
    program will show it ("**Title:** Lag Trend", "**Title:** Current Lag (seconds)"): a setting
    the reader types, not prose."""
    return _bold_field(_NAMED_FIELD, source, start, end)


def _bold_field(pattern: re.Pattern, source: str, start: int, end: int, refused: frozenset[str] = frozenset()) -> bool:
    """Whether the block, a short one that starts in bold, is ``pattern`` whole, and the words of its
    group 1 are no English function words (nor ``refused`` ones)."""
    if end - start > _MOST_OPTION_FIELD or not source.startswith("**", start):
        return False
    found = pattern.fullmatch(source, start, end)
    return found is not None and not any(word.lower() in ENGLISH_FUNCTION_WORDS or word.lower() in refused
                                         for word in LATIN_WORD.findall(found.group(1)))


# Names of folders or slices in lower case between slashes: identifiers ("blog-post / user / order / ...").
_SLASHED_NAMES = re.compile(r"\s*[a-z][a-z0-9_.-]*(?:[ \t]+/[ \t]+(?:[a-z][a-z0-9_.-]*|\.\.\.|…)){2,}\s*")
# A bibliographic reference: authors as "Surname, I." (APA, Chicago, IEEE) and a year soon after
# ("Behlendorf, B. (2022, May 11). *Title*. Publisher."): the title stays as its source wrote it.
_REFERENCE = re.compile(r"[\s*_]*[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?, (?:[A-Z]\.[ -]?){1,3}[^\n]{0,120}?\b(?:1[6-9]|20)\d\d\b")


_FENCE_TITLE = re.compile(r"""\btitle=(["'])(.*?)\1""")
# A path with no blank (`/admin`, `src/pages`, `~/.config`): a route or a file, named as it is.
_PATH_LIKE = re.compile(r"[^\s/]*/\S*")
# Lower-case words joined by hyphens, underscores or dots with no blank (`schema-themed--scheme`): a
# file's or a page's name (an image's alt text taken from its file name; held-out h123), not prose.
_SLUG = re.compile(r"[a-z0-9]+(?:[-_.]+[a-z0-9]+)+")
# A status badge (shields.io, badgen, a CI's `badge.svg`): the image shows its label in English on
# every locale's page, and its alt text names that label (held-out h129), not text to translate.
_BADGE_IMAGE = re.compile(r"^https?://(?:img\.shields\.io|badgen\.net|flat\.badgen\.net|badge\.fury\.io)/"
                          r"|/badge\.svg(?:[?#]|$)", re.IGNORECASE)
# A unit that is capitalised words and a release number, nothing else ("Evolution CMS 3.2.0+",
# "**Windows 11**."): a product's name when _versioned_name says so.
_VERSIONED_NAME = re.compile(r"[\s*_]*(?:[A-Z][\w+#.-]*\s+){1,3}v?\d+(?:\.\d+)*\+?[\s*_.,;]*")
# Code blocks that show a terminal or a program's output: a line of theirs is what the reader sees printed.
_OUTPUT_LANGUAGES = frozenset({"", "sh", "bash", "shell", "console", "shell-session", "shellsession", "zsh", "fish",
                               "powershell", "ps", "ps1", "pwsh", "cmd", "bat", "batch", "terminal", "log", "output",
                               "ansi"})
# A comment in a code block's line, to its end: the author's words about the code, not what it prints.
_CODE_COMMENT = re.compile(r"(?:^|\s)(?:#|//|--)(?:\s.*)?$|/\*.*$")
# Words that number a part of a text ("Step 3", "Part 2"): English, not a product's name.
_ORDINAL_LABELS = frozenset("""
    step part chapter lesson section module phase stage level day week task exercise example figure table
    version option case item test question answer note tip page unit round sprint milestone release lab
""".split())


def _versioned_name(words: list[str]) -> bool:
    """Whether the words before a version number name a product: no word that numbers a part of a
    text ("Step 3"), no instruction or function word ("Install Node 18"), and one word at least
    that is no ordinary English word ("Evolution CMS 3.2", "Python 3.12"; not "Getting Started 2")."""
    lower = [word.strip("*_").lower() for word in words]
    if any(word in _ORDINAL_LABELS or word in IMPERATIVES or word in ENGLISH_FUNCTION_WORDS for word in lower):
        return False
    return any(word not in ORDINARY_ENGLISH or not original.strip("*_")[1:].islower()
               for word, original in zip(lower, words))


# A heading's own id at its end: `[#id]` (Nextra, Fumadocs), `{#id}` (Docusaurus, Mintlify).
_HEADING_ID = re.compile(r"\s*(?:\[#[^\]\s]+\]|\{#[^}\s]+\})\s*$")


def _marks_no_translation(attr) -> bool:
    """`translate="no"` (or `translate={"no"}`), or the `notranslate` class."""
    if attr.value_kind not in ("string", "expression") or not attr.value:
        return False
    value = attr.value if attr.value_kind == "string" else attr.value.strip().strip("\"'`")
    if attr.name == "translate":
        return value.strip().lower() == "no"
    return attr.name in ("class", "className") and "notranslate" in value.split()


# The lower-case words a command line starts with (`helm plugin verify [PATH]`, `npm run build`).
_COMMAND_WORDS = re.compile(r"[a-z][a-z0-9_.-]*(?:[ \t]+[a-z][a-z0-9_.-]*)+")
_MOST_COMMAND_LINES = 2_000


def _commands(doc: Document) -> set[tuple[str, ...]]:
    """The word runs that start the lines of the page's code blocks and inline code (two words or
    more, in lower case): commands a reader types."""
    found: set[tuple[str, ...]] = set()
    lines = [code.content for code in doc.inline_code]
    for fence in doc.fences:
        lines.extend(fence.body.split("\n", _MOST_COMMAND_LINES)[:_MOST_COMMAND_LINES])
    for line in lines[:_MOST_COMMAND_LINES * 4]:
        words = _COMMAND_WORDS.match(line.strip().removeprefix("$ "))
        if words is not None:
            found.add(tuple(words.group().split()))
    return found


# Inline code that is one name (`Button`, `KafkaConsumer`, `io.debezium.Filter`, `poll()`; not a
# phrase in code, `Max Downtime + Margin`), its parts, and how many of them a unit may be made of.
_CODE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:[.:][A-Za-z_][A-Za-z0-9_]*)*(?:\(\))?")
_NAME_PART = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MOST_CODE_NAME_WORDS = 3
# The units that may be a name alone: a heading, a table cell.
_NAMING_KINDS = frozenset({"heading", "table cell"})


def _code_names(doc: Document) -> set[tuple[str, ...]]:
    """The names the page writes as inline code, each as its words: the whole name and its last
    parts (`io.debezium.transforms.Filter`: ("Filter",), ("transforms", "Filter") …), never words
    of different names put together (`Save` and `Settings` make no "Save Settings": review h121)."""
    names: set[tuple[str, ...]] = set()
    for code in doc.inline_code:
        if _CODE_NAME.fullmatch(code.content):
            parts = tuple(_NAME_PART.findall(code.content))
            names.update(parts[start:] for start in range(max(0, len(parts) - _MOST_CODE_NAME_WORDS), len(parts)))
    return names


_CITATION_PROPS = frozenset({"author", "authors", "publisher", "isbn", "speaker", "speakers"})
# ... and what makes the component a work's (not a testimonial's or a quote's): its name, or a prop
# only a work has.
_WORK_NAME = re.compile(r"Book|Talk|Video|Paper|Article|Course|Podcast|Publication|Citation|Cite|Reference|Resource")
_WORK_PROPS = frozenset({"isbn", "publisher", "year", "published", "cover", "edition", "pages"})


def _lines_by_last_word(lines) -> dict[str, list[str]]:
    """Lines (whitespace already made single spaces) by their last word, so that finding the lines a
    text of several words ends is one lookup, not a scan of every line of the page per unit (the
    language server relints a 1,500-line lesson on each keystroke)."""
    index: dict[str, list[str]] = {}
    for line in lines:
        if line:
            index.setdefault(line.rsplit(" ", 1)[-1], []).append(line)
    return index


def _ends_a_line(said: str, lines: dict[str, list[str]]) -> bool:
    """Whether one of the lines ends with `said`."""
    if " " in said:  # the word after its last blank is a line's whole last word
        return any(line.endswith(said) for line in lines.get(said.rsplit(" ", 1)[1], ()))
    return any(line.endswith(said) for group in lines.values() for line in group)


def document_units(doc: Document, untranslated: frozenset[str] = frozenset()) -> list[Unit]:
    """Every prose unit of ``doc`` in file order; ``untranslated``: the site's components whose
    content is not prose (untranslated_spans)."""
    raw: list[tuple[int, int, str, str]] = []
    source = doc.source.text
    settings: set[int] = set()
    kept_out = untranslated_spans(doc, untranslated) if doc.jsx else []
    for block in doc.prose:
        if not block.runs:
            continue
        if kept_out:
            if any(start <= block.start and block.end <= end for start, end in kept_out):
                continue
            inner = [(start, end) for start, end in kept_out if block.start <= start and end <= block.end]
            if inner:
                # An inline element in the block (`<kbd>Ctrl</kbd>`): its text is not read.
                block = ProseBlock(block.kind, block.start, block.end, _blank_runs(block, inner), block.inline_code,
                                   block.jsx_ancestors)
        if source.find("*", block.start, block.end) >= 0 or source.find("__", block.start, block.end) >= 0:
            values = [found.span() for found in _VALUE_LIST.finditer(source, block.start, block.end)]
            if not _MENU_PATH.fullmatch(source, block.start, block.end):
                # A path through a program's menus inside a sentence ("Vá em **Event Subscriptions** →
                # **Enable Events**"): names as the program shows them, left in its language.
                values += [found.span() for found in _MENU_CHAIN.finditer(source, block.start, block.end)
                           if all(len(LATIN_WORD.findall(name)) <= 5 for name in _EMPHASISED.findall(found.group()))]
            if values:  # values a setting takes, listed, and menu paths: not read
                block = ProseBlock(block.kind, block.start, block.end, _blank_runs(block, values), block.inline_code,
                                   block.jsx_ancestors)
        if _named_address(source, block.start, block.end) or _labelled_option(source, block.start, block.end) \
                or _named_field(source, block.start, block.end):
            settings.add(block.start)
        if block.inline_code:
            if _code_setting(block, source):
                settings.add(block.start)
            glosses = _code_glosses(block, source)
            text = _block_text(block, glosses) if glosses else block.text
        elif _is_menu_path(source, block.start, block.end) or is_plain_menu_path(source[block.start:block.end]):
            continue  # names of a program's menus and buttons
        else:
            text = block.text
        if _REFERENCE.match(text) or _SLASHED_NAMES.fullmatch(text):
            # a bibliographic reference cites its source as published (held-out h75); names of
            # folders or slices in lower case between slashes are identifiers ("blog-post / user /
            # order / ...", held-out h77)
            continue
        if block.kind == "heading" and ("[#" in text or "{#" in text):
            text = _HEADING_ID.sub("", text)  # `## Инструменты (Tools) [#tools]`: the id is no prose
        start = block.start
        if len(block.runs) > 1 and _DIRECTIVE_MARKER.fullmatch(block.runs[0].text.strip()):
            start = block.runs[1].start  # `:::note` and its text read as one paragraph: the text starts below
        raw.append((start, block.end, KIND_LABEL.get(block.kind, block.kind), text))
    for link in doc.links:
        if link.image and link.text.strip() and not (
                source.startswith("![", link.start) and is_plain_menu_path(source[link.start + 2:source.find("](", link.start)])):
            if not _SLUG.fullmatch(link.text.strip()) and not _BADGE_IMAGE.search(link.href):
                raw.append((link.start, link.end, "image alt text", link.text))  # what a screen reader reads out
    for start, text in frontmatter_spans(doc):
        raw.append((start, start + len(text), "frontmatter value", text))
    for fence in doc.fences:
        # A code block's `title="…"` (Expressive Code, Docusaurus, rehype-pretty-code show it above
        # the code; Starlight's translations translate it): prose unless it names a file.
        if "title" not in fence.attributes or (kept_out and any(start <= fence.start < end for start, end in kept_out)):
            continue
        line_end = source.find("\n", fence.start)
        title = _FENCE_TITLE.search(source, fence.start, line_end if line_end >= 0 else len(source))
        if title is not None and title.group(2).strip() and not _PATH_LIKE.fullmatch(title.group(2).strip()) \
                and not _SLUG.fullmatch(title.group(2).strip()):
            raw.append((title.start(2), title.end(2), "code block title", title.group(2)))
    for tag in doc.jsx_tags:
        if kept_out and any(start <= tag.start and tag.end <= end for start, end in kept_out):
            continue
        # A card or link that points elsewhere is titled with the name of what it links to
        # (a plugin, an article): a name, not the page's prose.
        if tag.name in NAMING_ELEMENTS:
            continue
        links_out = any(attr.name in ("href", "link", "url", "to") for attr in tag.attributes)
        # A work cited with its author (a book, a talk: `<BookItem title="…" author="…">`) keeps the
        # title it was published under, whatever the page's language (held-out h126).
        cites = any(attr.name.lower() in _CITATION_PROPS for attr in tag.attributes if attr.name) and (
            _WORK_NAME.search(tag.name) is not None or links_out
            or any(attr.name.lower() in _WORK_PROPS for attr in tag.attributes if attr.name))
        for attr in tag.attributes:
            if (links_out and attr.name in ("title", "label")) or (cites and attr.name == "title"):
                continue
            if attr.value_kind == "string" and attr.name and attr.value and (
                attr.name.lower() in READER_PROPS or attr.name.lower().endswith(READER_PROP_ENDINGS)
            ) and not is_plain_menu_path(attr.value):
                raw.append((attr.value_start, attr.value_end, f"`{attr.name}` of <{tag.name}>", attr.value))
    raw.sort(key=lambda item: item[0])
    external = sorted((link.start, link.end) for link in doc.links
                      if not link.image and not link.autolink and link.href.startswith(("https://", "http://")))
    external_starts = [link_start for link_start, _ in external]
    units: list[Unit] = []
    section = -1
    commands: set[tuple[str, ...]] | None = None
    code_names: set[tuple[str, ...]] | None = None
    code_lines: dict[str, list[str]] | None = None
    for start, end, kind, text in raw:
        unit = _unit_at(start, end, kind, section, text)
        if unit is None:
            continue
        if start in settings and unit.latin and not unit.scripts:
            unit.field = True
        elif len(unit.latin) >= 2 and not unit.scripts and all(map(str.islower, unit.latin)):
            if commands is None:
                commands = _commands(doc)
            if any(command[: len(unit.latin)] == unit.latin for command in commands):
                # The words a command line of the page's code starts with (`title: helm plugin verify`,
                # `helm plugin verify ~/.local/…` after `helm plugin verify [PATH]` in a fence): the
                # command, written as it is typed (held-out h84), not prose.
                unit.field = True
        judged = unit.main if unit.main is not None else unit
        if kind in _NAMING_KINDS and judged.latin and not judged.scripts and len(judged.latin) <= _MOST_CODE_NAME_WORDS \
                and not judged.field:
            if code_names is None:
                code_names = _code_names(doc)
            if judged.latin in code_names:
                # A name the page writes as code (`Button`, then a heading "Button (рус: Кнопка)"): the
                # program's own name, kept as written in every language (held-out h118).
                judged.field = True
        if judged.latin and not judged.scripts and not judged.field and len(judged.latin) <= 3 \
                and _VERSIONED_NAME.fullmatch(text) and _versioned_name(text.strip(" *_.,;").split()[:-1]):
            judged.field = True  # a product and its release ("Evolution CMS 3.2", held-out h129)
        if judged.latin and not judged.scripts and not judged.field and len(judged.latin) >= 3 and doc.fences:
            if code_lines is None:
                code_lines = _lines_by_last_word(" ".join(_CODE_COMMENT.sub("", line).split()).rstrip(" .:")
                                                 for fence in doc.fences if fence.lang.lower() in _OUTPUT_LANGUAGES
                                                 for line in fence.body_lines)
            said = " ".join(text.split()).strip(" .:")
            if _ends_a_line(said, code_lines):
                # The end of a line a terminal block of the page shows, quoted as written (a troubleshooting
                # heading that is the error line of the output below it, held-out h129): the program's own
                # text, which the reader matches against their screen.
                judged.field = True
        if external and unit.latin and not unit.scripts and _only_links(source, start, end, external, external_starts):
            # Links to other sites alone: titled with the names of what they link to.  A link to a page of
            # the site itself is titled with that page's title, which the site translates (held-out h136).
            unit.link = 2 if _NAME_CAPITALS.search(text) else 1
        elif external and unit.latin and unit.scripts and (_label_and_titles(source, start, end, external, external_starts)
                                                          or _labelled_link(source, start, end, external, external_starts)):
            unit.cited = True
        if kind == "heading":
            section = len(units)
            unit.section = section
            unit.written = " ".join(text.split())
        units.append(unit)
    return units
