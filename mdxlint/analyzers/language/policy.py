"""The site-wide language pass: what each folder expects, which words are terms, which
units and pages are in another language.

Input: the prose units of every linted file (:mod:`.units`, computed per file and
cached).  Steps, all deterministic (files and units are taken in sorted order):

1. Expected language per file: the site's i18n setup (:mod:`mdxlint.project.locales`),
   else a configured ``prose-language``, else the site's language counted in pages: a
   non-English language that at least 15 % of the pages are mostly in makes the site a
   translation into it (its English pages are the untranslated backlog), otherwise the
   language most pages are in; with too little prose, the default ``prose-language``.
2. Vocabulary per expected language: the words the authors use inside sentences of
   that language.  An English word inside Russian sentences (``consumer``,
   ``offset``, ``Kafka``) is a term there, and a unit made only of terms is fine.
3. Each unit: its language (:mod:`.identify`) and, when that is not the expected one,
   whether what is left after terms is prose.
4. Pages: when most of a page is in another language the page is reported once;
   otherwise units one by one.
"""

from __future__ import annotations

import re

import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from mdxlint.analyzers.language.english import ENGLISH_FUNCTION_WORDS, IMPERATIVES, ORDINARY_ENGLISH
from mdxlint.analyzers.language.units import LATIN_WORD
from mdxlint.analyzers.language.identify import language_of_script, latin_or_model, script_language, script_of
from mdxlint.project.locales import LocaleAnswer, language_name, locale_for

# Quantifiers and the like also appear in term lists and labels ("Custom all value").
WEAK_FUNCTION_WORDS = frozenset("all no only more most each every any some both so too also just still yet here there".split())
# -ing words that name things rather than act ("Naming conventions", "Monitoring dashboard").
NOMINAL_ING = frozenset(
    """
    naming logging monitoring routing streaming processing partitioning sharding batching caching windowing
    checkpointing versioning testing troubleshooting debugging tracing alerting scaling handling masking filtering
    encoding hashing indexing mapping polling buffering pooling signaling signalling snapshotting watermarking
    tagging labeling labelling pricing billing networking computing learning engineering warehousing loading
    sourcing clustering onboarding provisioning building setting settings pending string thing nothing something
    during morning ceiling tooling hosting linting bundling theming styling
    """.split()
)


# The nouns in -ing that name an activity ("Testing", "Tooling" as a heading: a common English
# word, not a name, when the site's sentences do not use it as a term; held-out h101); not the
# words that only end so ("String", "Nothing") or name a value ("Pending").
_ACTIVITY_NOUNS = NOMINAL_ING - frozenset("string thing nothing something during morning ceiling pending setting settings".split())

_OPENING_QUOTES = frozenset("\"'“„«‘‚「『")
_CLOSING_QUOTES = frozenset("\"'”“»’‘」』")
# Kana letters that make a text Japanese where Chinese is expected (Chinese writes none; a stray
# one, a quoted name or an emoticon, is not a Japanese text).
KANA_TEXT = 3
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэъёЫЭЪЁ")


def cyrillic_by_letters(text: str) -> str | None:
    """"uk" or "ru" when ``text`` has letters only Ukrainian (і, ї, є, ґ) or only Russian (ы, э, ъ, ё)
    writes, and not the other's; else None."""
    letters = set(text)
    ukrainian, russian = bool(letters & _UKRAINIAN_ONLY), bool(letters & _RUSSIAN_ONLY)
    return "uk" if ukrainian and not russian else "ru" if russian and not ukrainian else None
# (parentheses in it one deep, as in `…/wiki/Kafka_(software))`; a scan stops at a parenthesis it
# cannot pair, so a text of 50,000 `[a](` is read in linear time: held-out h106)
_LINK_DESTINATION = re.compile(r"\]\((?:[^()]|\([^()]*\))*\)")
# (not `\b`: a name stands right after a kana or Han character, with no blank, "のGitHub Actionを";
# a word may have inner capitals, as brands do: held-out h94)
_TITLE_RUN = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:[A-Z][a-z]*)*(?:[ -]+[A-Z][a-z]+(?:[A-Z][a-z]*)*)+")
MIN_REPORTED_CONFIDENCE = 0.5  # below it a unit's verdict is a guess, not a finding


def quoted_text(text: str) -> bool:
    """A quoted title or message (cited, not written in the page's language), or a program's
    message as it prints it, after its tag ("[redi]: You are loading scripts…", held-out h77)."""
    if text[:1] == "[" and _TAGGED_MESSAGE.match(text):
        return True
    quoted = (_LINK_DESTINATION.sub("", text) if "](" in text else text).strip(" \t*_[]()-:.,;")
    return len(quoted) > 2 and quoted[0] in _OPENING_QUOTES and quoted[-1] in _CLOSING_QUOTES


# A program's tag before its message: `[redi]:`, `[webpack-cli]` (not a task's box, `[x]`).
_TAGGED_MESSAGE = re.compile(r"\[[A-Za-z][\w.@/-]+\]:?[ \t]")


# Scripts of a record of a page summary (:mod:`.summary`), by index, and its flags.
SCRIPT_CODES = ("latin", "cyrillic", "greek", "hebrew", "arabic", "devanagari", "thai", "hangul", "kana", "han")
QUOTED, LONE, PREDICATE, FIELD, LINK_NAME, PART, CITED, ITEM, HEADLINE = 1, 2, 4, 8, 16, 32, 64, 128, 256
# Classes of a Latin-script word of a unit (word_codes), given in the per-file pass.
TITLE_RUN, NAME, FUNCTION, STRONG, ORDINARY, UNKNOWN_SHAPE, DERIVED, ACTIVITY = 1, 2, 4, 8, 16, 32, 64, 128


def word_codes(words: tuple[str, ...], names: set[str] | tuple) -> list[int]:
    """The classes of a unit's Latin-script words: TITLE_RUN: in a run of capitalised words
    (a name inside native sentences); NAME: one capital letter after the first word
    ("Connector A"); FUNCTION (and STRONG: not a weak one); ORDINARY (:mod:`.english`);
    DERIVED: capitalised, made with an English derivational suffix ("Exhaustion", "Insufficient",
    "Community"): a common word, not a name, when it is not a term;
    UNKNOWN_SHAPE: lower-case, 4+ letters, at most one hyphen (an English word when it is
    not a term); ACTIVITY: capitalised, a noun in -ing that names an activity ("Testing"): a
    common word where it leads the unit and is not a term."""
    known = _WORD_CLASS
    codes = list(map(known.get, words))
    if None in codes:
        for index, word in enumerate(words):
            if codes[index] is None:
                code = _word_class(word)
                if len(word) == 1 and word.isupper():
                    code |= NAME  # a single capital: a name, except as the first word (below)
                if len(known) < 100_000:
                    known[word] = code
                codes[index] = code
    if codes and codes[0] & NAME:
        codes[0] &= ~NAME
    if names:
        codes = [code | TITLE_RUN if word in names else code for word, code in zip(words, codes)]
    return codes  # type: ignore[return-value]


_WORD_CLASS: dict[str, int] = {}


def _word_class(word: str) -> int:
    code = 0
    low = word.lower()
    if low in ENGLISH_FUNCTION_WORDS:
        return code | FUNCTION | (0 if low in WEAK_FUNCTION_WORDS else STRONG)
    if ordinary_word(low):
        return code | ORDINARY
    if word.islower() and len(word) >= 4 and word.count("-") < 2:
        code |= UNKNOWN_SHAPE
    elif len(word) >= 8 and word[:1].isupper() and word[1:].islower() and _DERIVED.search(low) is not None and low not in NOMINAL_ING:
        code |= DERIVED
    elif word[:1].isupper() and word[1:].islower() and low in _ACTIVITY_NOUNS:
        code |= ACTIVITY
    return code


# English derivational suffixes of nouns and adjectives ("exhaustion", "deployment",
# "community", "insufficient", "mandatory", "misunderstanding"), and their plurals, after a
# stem of five letters or more: how common words are made, not names ("France", "Florence").
# Participles in -ed are left out (names of fields and features).
_DERIVED = re.compile(
    r"\w{5}(?:[ts]ion|ment|ness|ity|[ae]nce|[ae]ncy|ful|less|ous|ive|[ai]ble|ient|[ao]ry|ism|i[sz]e|ship|hood|ical|ional"
    r"|ing)s?$"
)


def ordinary_word(low: str) -> bool:
    """An ordinary English word (:mod:`.english`) or its plural or third person ("strategies",
    "affects").  Not participles and gerunds: "Enhanced Binlog", "Executed GTID", "Monitoring"
    are names of features, fields and sections as often as English text."""
    if low in ORDINARY_ENGLISH:
        return True
    if len(low) <= 3:
        return False
    stems = []
    if low.endswith("s"):
        stems.append(low[:-1])
        if low.endswith("ies"):
            stems.append(low[:-3] + "y")
        elif low.endswith("es"):
            stems.append(low[:-2])
    return any(stem in ORDINARY_ENGLISH for stem in stems)


def name_phrases(text: str) -> list[str]:
    """The runs of capitalised words of a native sentence ("Negative Prompt" in "直接在 Negative
    Prompt 中输入"), as vocabulary keys: lower case, a space before (no word has one)."""
    return [" " + " ".join(run.split()).lower() for run in _TITLE_RUN.findall(text)]


# Runs of two or more Latin-script words with nothing but blanks between them ("при logical decoding:").
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*)+")
TERM_PHRASE_SENTENCES = 3  # native sentences a lowercase phrase is used in before it is a term of the site
ENGLISH_ONLY_UNITS = 3  # units of Latin script alone a word never used in native sentences is written in: English


def term_phrases(text: str) -> set[str]:
    """The phrases of two or three words of the Latin-script runs inside a native sentence
    ("real-time feature engineering" gives "feature engineering", …), as vocabulary keys: lower
    case, two spaces before (unlike name phrases, see :func:`name_phrases`).  A phrase with an
    English function word ("of the", "run the") is English text quoted there, not a term."""
    found = set()
    for run in _LATIN_RUN.findall(text):
        words = run.lower().split()
        for size in (2, 3):
            for start in range(len(words) - size + 1):
                phrase = words[start:start + size]
                if not any(word in ENGLISH_FUNCTION_WORDS for word in phrase):
                    found.add("  " + " ".join(phrase))
    return found


def phrase_key(words: tuple[str, ...]) -> str:
    """The vocabulary key of a unit made of ``words`` alone (see :func:`name_phrases`)."""
    return " " + " ".join(words).lower()


def _made_of_term_phrases(latin: tuple[str, ...], codes, vocabulary: frozenset[str]) -> bool:
    """Whether the words are term phrases of the site (:func:`term_phrases`), one at least, and
    names or terms of the site between them, none an English function word or ordinary word."""
    words = [w.lower() for w in latin]
    index, phrases = 0, 0
    while index < len(words):
        size = next((n for n in (3, 2) if index + n <= len(words) and "  " + " ".join(words[index:index + n]) in vocabulary), 0)
        if size:
            index, phrases = index + size, phrases + 1
            continue
        code = codes[index]
        if code & (FUNCTION | ORDINARY) or not (code & NAME or words[index] in vocabulary):
            return False
        index += 1
    return phrases > 0


def names_in(text: str) -> set[str]:
    """The words of runs of capitalised words ("Contact Points"): names inside native sentences."""
    return {w for run in _TITLE_RUN.findall(text) for w in run.split()}


_NOT_GERUNDS = frozenset("beijing sterling darjeeling kipling".split())
# Verbs in -ing whose stem has fewer than four letters (others of that length are nouns
# and names: "Spring", "String", "Thing").
_SHORT_GERUNDS = frozenset(
    "using doing going being having making taking coming giving living moving saving adding asking trying paying "
    "saying seeing buying hiding aiming".split()
)


def leading_gerund(word: str) -> bool:
    """A verb in -ing: not a noun in -ing ("Monitoring", "Streaming", NOMINAL_ING) and not a
    word whose stem is too short to be a verb's ("Spring", "String")."""
    lower = word.lower()
    return lower.endswith("ing") and (len(lower) >= 7 or lower in _SHORT_GERUNDS) and (
        lower not in NOMINAL_ING and lower not in _NOT_GERUNDS)


def verbish(words: list[str], first: str | None) -> bool:
    """A word that acts: an imperative that starts the unit, a participle, a verb in -s, an adverb."""
    if first is not None and first.lower() in IMPERATIVES:
        return True
    for word in words:
        lower = word.lower()
        if leading_gerund(lower) or (len(lower) > 5 and lower.endswith("ed")):
            return True
        if len(lower) > 4 and lower.endswith("ly"):
            return True
        if lower.endswith(("es", "s")) and (lower[:-1] in IMPERATIVES or lower[:-2] in IMPERATIVES):
            return True
    return False


MIN_SITE_FILES = 3  # fewer pages with prose than this: too little to tell a site's language
MIN_PAGE_UNITS = 3  # fewer prose units than this: a page too short to count
# The expected language when nothing tells it (no configuration, no i18n setup, no page with
# prose enough to vote): the default prose-language, used for nothing that is reported.
_UNKNOWN_SOURCE = "the default prose-language (too little prose to tell the site's)"
# A site with no i18n setup is a translation into a non-English language when at least
# this share of its pages (and this many) are mostly in it; measured: the course 73 %,
# ru.react.dev 23 % (a real translation with an untranslated backlog), Jest 0 %.
TRANSLATION_SHARE = 0.15
MIN_TRANSLATED_PAGES = 3
LATIN_GUESSES = frozenset({"en", "de", "es", "fr", "pt", "it", "nl", "id", "tr", "da", "pl"})
# Function words of the other Latin-script languages a page may be in (articles, prepositions,
# conjunctions, copulas): a page whose Latin-script text has few of any language's is lists
# of terms and values, not prose, and does not vote for the site's language.  Only a page
# that does have them is read by the model (loading its models costs more than a whole
# language pass over a site written in another script).
OTHER_FUNCTION_WORDS = frozenset(
    """
    der die das und ist nicht mit den dem des ein eine einen auf für von zu sich auch wird werden sind oder wenn kann
    le la les et est des une un du dans pour pas sur avec que qui ce cette sont vous nous au aux
    el los las y es en del una con por para se no su al como más está son lo
    os as é do da dos das em um uma com não para você são
    il lo gli di della che non per sono anche
    het een van dat niet met voor op zijn te worden wordt ook je
    yang dan di ini itu untuk dengan tidak dari ke pada adalah akan dapat
    ve bir bu ile olarak gibi daha çok değil
    og er det at til på som ikke har af
    się jest że jak od są dla lub
    """.split()
)
_COORDINATORS = frozenset("and or nor but".split())
# English function words that are words of those languages too.
_SHARED_FUNCTION = OTHER_FUNCTION_WORDS | {"a", "on", "in", "so", "no", "die", "will", "was", "also", "must", "or", "an", "but"}
# English function words that are no words of the other Latin-script languages sites are written in
# (not "for", "her", "by" (Danish), "is", "of", "been" (Dutch), "to", "do", "we" (Polish), "was"
# (German), "has" (Spanish); review h86): the evidence of an English sentence in a paragraph of one of
# them; and where a sentence ends.
_ENGLISH_ONLY = frozenset(
    "the and with that this which what your you are were being have had would should could these those their they "
    "them there when where while from into about because since although though whether either neither both does did "
    "not our its doesn't don't isn't aren't can't won't it's you're let's".split())
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“«(]?[A-Z])")
_SENTENCE_WORDS = 7


# How many characters of English text the same content takes per character of a language written
# with ideographs or syllables (Chinese about a third as many characters, Japanese and Korean about
# half); the share of a page's text in another language is counted with it.
_CHARACTERS_PER_LATIN = {"zh": 3.0, "ja": 2.0, "ko": 2.0}


@dataclass(frozen=True)
class Expectation:
    language: str
    source: str
    candidates: frozenset[str]


@dataclass
class Verdict:
    status: str  # "expected", "foreign", "terms"
    language: str = ""
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()


_EXPECTED = Verdict("expected")


@dataclass(slots=True)
class Finding:
    path: str
    start: int
    end: int
    message: str
    page: bool = False  # the page reported once as mostly untranslated


@dataclass
class Options:
    glossary: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # extra candidate languages
    min_words: int = 2
    page_share: float = 0.67
    prose_language: str = "ru"
    configured: bool = False
    config_path: str | None = None
    confidence: float = 0.8


# A text and a parenthesis at its end: "Ragionamento automatico (Automatic Reasoning - ART)".
_TRAILING_GLOSS = re.compile(r"\s*([^()]*?\S)\s*\(([^()]+)\)[\s.:]*", re.S)


class Record:
    """A record of a page summary read as a unit (:mod:`.summary`), made while a page is judged."""

    __slots__ = ("page", "index", "latin", "codes", "scripts", "dominant", "weight", "glue", "label", "quoted", "lone", "predicate", "field", "link_name", "part", "cited", "item", "headline", "_texts")

    def __init__(self, page, index: int, texts: list) -> None:
        self.page = page
        self.index = index
        start = page.rec_word_end[index - 1] if index else 0
        end = page.rec_word_end[index]
        lexicon = page.lexicon
        self.latin = tuple(map(lexicon.__getitem__, page.rec_words[start:end]))
        self.codes = page.rec_codes[start:end]
        self.scripts = dict(page.rec_scripts[index])
        self.dominant = SCRIPT_CODES[page.rec_dominant[index]]
        self.weight = page.rec_weight[index]
        self.glue = page.rec_glue[index]
        self.label = page.rec_label[index]
        flags = page.rec_flags[index]
        self.quoted = bool(flags & QUOTED)
        self.lone = bool(flags & LONE)
        self.predicate = bool(flags & PREDICATE)
        self.field = bool(flags & FIELD)
        self.link_name = bool(flags & LINK_NAME)
        self.part = bool(flags & PART)
        self.cited = bool(flags & CITED)
        self.item = bool(flags & ITEM)
        self.headline = bool(flags & HEADLINE)  # a heading, or a label of the page's own ("Diagnosis:")
        self._texts = texts  # [None] until a rule must read a text

    @property
    def text(self) -> str:
        if self._texts[0] is None:
            self._texts[0] = self.page.texts()
        return self._texts[0][0][self.index]


@dataclass(eq=False)
class SiteLanguage:
    """The site-wide pass over page summaries.  Kept between runs of a language server:
    :meth:`update` redoes only what the pages that changed (new summary objects) change."""

    options: Options
    pages: dict = field(default_factory=dict)  # path -> PageSummary
    expectations: dict[str, Expectation] = field(default_factory=dict)
    vocabulary: dict[str, frozenset[str]] = field(default_factory=dict)
    # per expected language of another script, the words the site writes only in units of Latin
    # script alone, never inside its own sentences (see learn)
    english_only: dict[str, frozenset[str]] = field(default_factory=dict)
    # candidate sets in which two languages share a non-Latin script (Russian and Ukrainian)
    _shared_script: set[frozenset[str]] = field(default_factory=set)
    _answers: dict = field(default_factory=dict)  # path -> LocaleAnswer | None
    _counts: dict = field(default_factory=dict)  # language -> word -> units in sentences of it
    _outside: dict = field(default_factory=dict)  # word -> units in Latin script alone, in a non-Latin site
    _applied: dict = field(default_factory=dict)  # path -> (summary, key, language, inside, outside) counted

    def update(self, pages: dict) -> None:
        self.pages = pages
        self.expect()
        self.learn()

    def _answer(self, path: str) -> LocaleAnswer | None:
        try:
            return self._answers[path]
        except KeyError:
            answer = self._answers[path] = locale_for(path)
            return answer

    # -- 1. expected language ------------------------------------------------------------
    def expect(self) -> None:
        self.expectations = {}
        self._shared_script = set()
        answers: dict[str, LocaleAnswer | None] = {path: self._answer(path) for path in sorted(self.pages)}
        site = set()
        for answer in answers.values():
            if answer is not None:
                site.update(answer.site_languages)
        fallback: Expectation | None = None
        rest = [path for path, answer in answers.items() if answer is None]
        options = self.options
        extra = set(options.languages) | {"en"}
        if rest:
            if options.configured:
                where = os.path.basename(options.config_path) if options.config_path else "the configuration"
                fallback = Expectation(options.prose_language, f"prose-language in {where}", frozenset())
            else:
                majority = self._majority(rest)
                if majority is not None:
                    fallback = Expectation(majority[0], majority[1], frozenset())
                else:
                    fallback = self._default_locale(answers) or Expectation(
                        options.prose_language, _UNKNOWN_SOURCE, frozenset()
                    )
        for path, answer in answers.items():
            if answer is not None:
                language, source = answer.language, answer.source
            else:
                assert fallback is not None
                language, source = fallback.language, fallback.source
            candidates = frozenset(site | extra | {language})
            self.expectations[path] = Expectation(language, source, candidates)
            scripts = [script_of(c) for c in candidates if script_of(c) != "latin"]
            if len(scripts) != len(set(scripts)) or ("han" in scripts and "kana" in scripts):
                self._shared_script.add(candidates)

    @staticmethod
    def _default_locale(answers: dict[str, LocaleAnswer | None]) -> Expectation | None:
        """Files outside every locale folder of a site with an i18n setup (README, ATTRIBUTION)
        are in the site's default locale."""
        defaults = Counter(a.language for a in answers.values() if a is not None and ("root" in a.source or "default" in a.source))
        if not defaults:
            return None
        language = max(sorted(defaults.items()), key=lambda item: item[1])[0]
        return Expectation(language, "the site's default locale (this file is outside its locale folders)", frozenset())

    def _majority(self, paths: list[str]) -> tuple[str, str] | None:
        """(language, why) of a site with no i18n setup and no configured language, by pages.

        A site is a translation into a language other than English when at least
        TRANSLATION_SHARE of its pages (and MIN_TRANSLATED_PAGES) are mostly in it: its
        English pages are the untranslated backlog of the original, however much text they
        hold.  Otherwise the language most pages are in."""
        pages: Counter[str] = Counter()
        for path in paths:
            language = self.pages[path].vote
            if language is not None:
                pages[language] += 1
        total = sum(pages.values())
        if total < MIN_SITE_FILES:
            return None
        others = [(count, language) for language, count in pages.items() if language != "en"]
        if others:
            count, language = sorted(others, key=lambda item: (-item[0], item[1]))[0]
            if count >= MIN_TRANSLATED_PAGES and count >= TRANSLATION_SHARE * total:
                if pages["en"] > count:
                    why = (f"a translation into {language_name(language)}: {count} of {total} pages ({count / total:.0%}) "
                           f"are mostly {language_name(language)}, {pages['en']} mostly English (taken as not yet translated)")
                else:
                    why = f"the language most pages are in: {count} of {total} pages ({count / total:.0%})"
                return language, why + "; set prose-language to choose"
        language, count = max(sorted(pages.items()), key=lambda item: item[1])
        return language, f"the language most pages are in: {count} of {total} pages ({count / total:.0%}); set prose-language to choose"

    # -- 2. vocabulary ---------------------------------------------------------------------
    def learn(self) -> None:
        """Per expected language, the words the authors use inside its sentences: each page's
        counts (:mod:`.summary`) summed, a page's replaced when its summary changed."""
        changed = False
        for path in [p for p in self._applied if p not in self.pages]:
            self._count(self._applied.pop(path), -1)
            changed = True
        for path in sorted(self.pages):
            page = self.pages[path]
            expectation = self.expectations[path]
            script = script_of(expectation.language)
            key = (expectation.language, expectation.candidates if script == "latin" else None)
            old = self._applied.get(path)
            if old is not None and old[0] is page and old[1] == key:
                continue
            if old is not None:
                self._count(old, -1)
            if script != "latin":
                group = "cjk" if script in ("han", "kana") else script
                inside = page.inside.get(group, {})
                outside = page.outside[group] if group in page.outside else page.outside["*"]
            else:
                inside, outside = self._latin_contribution(page, expectation), {}
            entry = (page, key, expectation.language, inside, outside)
            self._count(entry, 1)
            self._applied[path] = entry
            changed = True
        if not changed and self.vocabulary:
            return
        glossary = {w.lower() for phrase in self.options.glossary for w in phrase.split()}
        outside = self._outside
        self.vocabulary = {}
        for language, counter in self._counts.items():
            if script_of(language) == "latin":
                self.vocabulary[language] = frozenset(counter) | glossary
            else:
                # A term is used in sentences of the language at least twice, and at least
                # half as often as in units written in English alone ("create" is not).
                # A name phrase ("Negative Prompt") is one once the site's sentences use it as a name.
                self.vocabulary[language] = frozenset(
                    word for word, count in counter.items()
                    if (count >= TERM_PHRASE_SENTENCES if word[:2] == "  " else word[0] == " " or (count >= 2 and count * 2 >= outside.get(word, 0)))
                ) | glossary
        # A capitalised word the site writes in units of Latin script alone, again and again, and
        # never inside a sentence of its own language is an English word in a heading or a label
        # ("Diagnosis:", "**Pros:**"), not a name: names and terms are used inside the site's
        # sentences too.  (Only there: cells, list items and props hold values as a program shows
        # them, a metric's type "Gauge", a field's "Integer", a tab's "Yarn".)
        self.english_only = {
            language: frozenset(word for word, count in outside.items()
                                if count >= ENGLISH_ONLY_UNITS and word[0] != " " and word not in counter and word not in glossary)
            for language, counter in self._counts.items() if script_of(language) != "latin"
        }

    def _count(self, entry: tuple, sign: int) -> None:
        page, _, language, inside, outside = entry
        counter = self._counts.setdefault(language, {})
        for target, source in ((counter, inside), (self._outside, outside)):
            # A page's own counts are packed (summary.PageSummary.word_counts); a Latin-script
            # page's contribution is a dict.
            for word, count in source.items() if isinstance(source, dict) else page.word_counts(source):
                total = target.get(word, 0) + sign * count
                if total > 0:
                    target[word] = total
                else:
                    target.pop(word, None)

    def _latin_contribution(self, page, expectation: Expectation) -> dict[str, int]:
        """Words of the page's Latin-script units that the model reads as the expected language."""
        latin = self._latin_candidates(expectation)
        counter: Counter[str] = Counter()
        if len(latin) < 2:
            return counter
        texts = None
        for index in range(len(page.rec_dominant)):
            if page.rec_scripts[index]:
                continue
            words = page.record_words(index)
            if len(words) < 4:
                continue
            if texts is None:
                texts = page.texts()[0]
            found, confidence = latin_or_model(texts[index], latin)
            if found == expectation.language and confidence >= 0.7:
                counter.update({w.lower() for w in words})
        return counter

    @staticmethod
    def _latin_candidates(expectation: Expectation) -> frozenset[str]:
        return frozenset(c for c in expectation.candidates if script_of(c) == "latin")

    # -- 3. units ------------------------------------------------------------------------
    def _english_among_native(self, unit: Record, expectation: Expectation, vocabulary: frozenset[str], native: int) -> Verdict | None:
        """Whether the Latin-script words of a unit in a site written in another script are
        English text rather than terms (None: not English text; the script decides).

        Every word gets a class: an English function word; an ordinary English word (a
        general list, :mod:`.english`, which wins even over the site's vocabulary:
        "recovery" in a heading is still English); a term (the site's vocabulary); an
        unknown lowercase word, which reads as English ("count", "diagrams"); anything
        else (capitalised unknowns, short tokens) is a name.  A unit with no native word is
        English text when it has an ordinary or unknown English word, or function words
        around words that are not terms; a unit with native words when its English words
        outweigh them twice, native prepositions and conjunctions ("для", "как")
        weighing half a word, or when it is an English sentence with a native word or two."""
        function: list[str] = []
        strong: list[str] = []
        ordinary: list[str] = []
        prose: list[str] = []  # neither function words nor terms
        unknown = 0
        others = 0  # words neither English function words, ordinary English words nor names
        # Inside native sentences a run of capitalised words is a name ("Настройка Contact
        # Points", "Custom Metric Export в Cloud Monitoring"), not English text.
        # The classes that do not depend on the site were given in the per-file pass (word_codes).
        latin = unit.latin
        skip = NAME | TITLE_RUN if native else NAME
        english_only = self.english_only.get(expectation.language, frozenset())
        for index, code in enumerate(unit.codes):
            if code & skip:  # a name; "Connector A"
                continue
            word = latin[index]
            if code & FUNCTION:
                function.append(word)
                if code & STRONG:
                    strong.append(word)
                continue
            if code & ORDINARY:
                ordinary.append(word)
                prose.append(word)
                continue
            others += 1
            low = word.lower()
            if low not in vocabulary and (low[:-1] if low.endswith("s") and len(low) > 3 else low) not in vocabulary:
                prose.append(word)
                if code & UNKNOWN_SHAPE:
                    unknown += 1
                elif code & DERIVED or (low in english_only and unit.headline) or (code & ACTIVITY and index == 0):
                    # a common English word, not a name; a noun in -ing that names an activity only
                    # where it leads ("Testing", "Monitoring Dashboard"; not "Firebase Hosting", "Event
                    # Sourcing": held-out h101, review h102)
                    ordinary.append(word)
        words = len(ordinary) + unknown  # English words that are not terms
        if native and prose and prose[0] is latin[0] and prose[0] not in ordinary and prose[0].lower() in IMPERATIVES:
            # A verb in the imperative leads the English part ("Шаг 5: Recreate topic"): an English
            # word, capitalised or not.
            words += 1
        if unit.field and not native:
            return Verdict("terms")  # a setting and its value ("Steps: 25", "Batch Size: 512x704")
        if unit.cited and native:
            # A native label and the titles of the pages it links to, cited as they are named.
            return Verdict("expected", expectation.language)
        if not native and not function and not ordinary and all(w[:1].isupper() for w in latin) and not leading_gerund(latin[0]):
            return Verdict("terms")  # capitalised words that are no English ones: names ("Telegram Roman Alterman")
        if unit.link_name and not native:
            return Verdict("terms")  # a link titled with the name of what it links to ("[Coinlink Finance](…)")
        if not native and len(latin) >= 2 and phrase_key(latin) in vocabulary:
            # a name the site's own sentences use ("Negative Hand" as a heading)
            return Verdict("terms")
        if not native and unit.item and len(latin) >= 2 and _made_of_term_phrases(latin, unit.codes, vocabulary):
            # A cell or list item that is a phrase the site's sentences use as a term ("Logical
            # decoding (pgoutput)"); a heading or a label of the same words is taken as written.
            return Verdict("terms")
        if unit.lone:
            return Verdict("terms") if not native or unit.dominant == "latin" else None  # a value or a file name
        if unit.part and not (strong or any(w.lower() not in vocabulary for w in ordinary)):
            return Verdict("terms")  # the English part of a bilingual heading is terms of the site ("Disaster Recovery: …")
        if not native:
            is_prose = (
                (strong and len(unit.latin) >= 2 and (prose or len(strong) >= 2))
                # A preposition, copula or article between two words builds an English phrase, whatever
                # the words ("Failover (With Replication Slots)", "schema in events"); "and"/"or"
                # also join terms in a list.
                or any(w.lower() not in _COORDINATORS and 0 < latin.index(w) < len(latin) - 1 for w in strong)
                # A phrase led by a verb in -ing ("Deploying both connectors", "Matching labels:")
                or (len(unit.latin) >= 2 and leading_gerund(unit.latin[0]))
                # … or by a preposition, a pronoun or an article before a word ("After failover:",
                # "Without snapshots"; not function words alone, "Not yet"), not a keyword of code in
                # capitals ("NOT NULL", "IN (…)")
                or (len(latin) >= 2 and unit.codes[0] & STRONG and latin[0].lower() not in _COORDINATORS
                    and not latin[0].isupper() and any(not code & FUNCTION for code in unit.codes[1:]))
                or len(prose) >= self.options.min_words + 1
                # lower-case words that are neither terms of the site nor names ("version upgrade")
                or unknown >= self.options.min_words
                or (len(prose) >= self.options.min_words and verbish(prose, unit.latin[0]))
                or bool(ordinary)  # "Summary Checklist", "Steps:", "Duration", "Message count"
                # Function words, even weak ones, around words that are not terms, one of them in
                # lower case ("No English version", "No translation yet"; not names: "Vue and React").
                or (bool(function) and any(w.islower() for w in prose)
                    and (len(prose) >= self.options.min_words or len(function) >= 2))
            )
        else:
            # A verb makes the English part a clause ("Мониторинг: Compare …", "Schema history topic purged
            # или corrupted"); a word in -ing after others is a noun ("offset tracking").
            verb = bool(words and prose) and verbish(prose[:1], prose[0]) and (
                prose[0] == latin[0] or not prose[0].lower().endswith("ing"))
            english = len(strong) + words + verb
            weight = native - (unit.glue + unit.label) / 2
            is_prose = (bool(function) and len(function) + len(prose) >= max(4, 3 * native)) or (
                # An English phrase with a native label or preposition ("Шаг 4: Force binlog
                # rotation", "Billable time (для cost tracking)"), not a native clause whose verb
                # is native ("Используйте remote write в long-term storage").
                english >= 2 and english > 2 * weight and not unit.predicate) or (
                # … also when the native words are only a label and prepositions ("Шаг 4: Restore
                # payloads в topic", "**Offload** snapshot и binlog reading с production writer"),
                # and two English words are no terms of the site, or one leads as a verb.
                native <= unit.glue + unit.label and not unit.predicate
                and len(strong) + unknown + verb + sum(w.lower() not in vocabulary for w in ordinary) >= 2)
            # … not phrases the site's sentences use as terms ("Типичные use case:")
            is_prose = is_prose and (bool(function) or not _made_of_term_phrases(unit.latin, unit.codes, vocabulary))
        if not is_prose:
            return Verdict("terms") if not native or unit.dominant == "latin" else None
        latin = self._latin_candidates(expectation)
        found, confidence = ("en", 1.0) if latin <= {"en"} else latin_or_model(unit.text, latin)
        guessed = found != "en" and (
            (confidence < 0.5 or not others or len(unit.latin) < 4) and bool(function or ordinary)
            # Under a language of another script, Latin-script prose is untranslated text whatever
            # its language: the sources' English unless the model is sure of a longer text (a site
            # with many locales made "References" French and "Editor plugins for X" Portuguese).
            or ("en" in latin and (not found or confidence < 0.9 or len(unit.latin) < 6))
        )
        if guessed:
            # (Below four words the model is a guess: "Delete API key" is not Spanish.)
            # The model cannot tell two words apart, or every word is an English one ("Under
            # Review" is not German because German shares "under").
            found = "en"
        if found == expectation.language or not found:
            return Verdict("expected", expectation.language)
        if latin <= {"en"} or guessed:
            confidence = min(0.99, 0.55 + 0.12 * len(function) + 0.08 * len(prose) - 0.1 * (native - (unit.glue + unit.label) / 2))
            if native:
                confidence = max(confidence, min(0.95, len(function + prose) / (len(function + prose) + native)))
        return Verdict("foreign", found, confidence, tuple(dict.fromkeys(function + prose)))

    def judge(self, unit: Record, expectation: Expectation) -> Verdict:
        language = expectation.language
        if unit.quoted:
            return Verdict("terms")  # a quoted title or message is cited, not written in the page's language
        script = script_of(language)
        vocabulary = self.vocabulary.get(language, frozenset())
        dominant, weight = unit.dominant, unit.weight
        if not unit.latin and dominant == script and len(unit.scripts) == 1 and expectation.candidates not in self._shared_script \
                and language not in ("ru", "uk"):
            return _EXPECTED  # written in the expected script alone (most units of a site)
        native_script = "han" if script in ("han", "kana") else script
        if script != "latin":
            native = (unit.scripts.get("han", 0) + unit.scripts.get("kana", 0)) // 2 if native_script == "han" else unit.scripts.get(script, 0)
            latin_words = len(unit.latin)
            # Only a unit with enough Latin-script words to outweigh its native ones can be English
            # (the bounds of _english_among_native's rules; most units have a term or two).
            if latin_words and (dominant == "latin" or 2 * latin_words > 2 * native - unit.glue - unit.label
                                or latin_words >= max(4, 3 * native)):
                verdict = self._english_among_native(unit, expectation, vocabulary, native)
                if verdict is not None:
                    return verdict
            if dominant == "han" and language == "ja":
                return Verdict("expected", language)  # Japanese headings are often kanji alone
            if dominant != script and weight >= 2 and not (dominant == "kana" and native_script == "han"):
                found = script_language(dominant, unit.text, expectation.candidates)
                return Verdict("foreign", found, 0.95, ()) if found != language else Verdict("expected", language)
            if language == "zh" and dominant == "kana" and weight >= 2 and unit.scripts.get("kana", 0) >= KANA_TEXT:
                return Verdict("foreign", "ja", 0.95, ())  # Japanese where Chinese is expected
            if native >= 3 and script == "cyrillic" and language in ("ru", "uk"):
                # Russian and Ukrainian share most letters: only the letters one of them lacks tell
                # them apart (a model guesses on a three-word heading), whether or not the site
                # has a folder for the other.
                found = cyrillic_by_letters(unit.text) or language
                if found != language:
                    return Verdict("foreign", found, 0.9, ())
            return Verdict("expected", language)
        # A Latin-script language is expected.
        if dominant != "latin" and weight >= 2:
            found = script_language(dominant, unit.text, expectation.candidates)
            return Verdict("foreign", found, 0.95, ()) if found != language else Verdict("expected", language)
        latin = self._latin_candidates(expectation)
        if len(latin) < 2:
            return Verdict("expected", language)
        glossed = _TRAILING_GLOSS.fullmatch(unit.text) if "(" in unit.text and len(unit.text) < 500 else None
        if glossed is not None and len(glossed.group(1).split()) >= 3:
            # A unit in the expected language with its original in parentheses after it
            # ("Ragionamento automatico e utilizzo di strumenti (Automatic Reasoning and Tool-use)"):
            # the text before the parentheses says its language.
            found, confidence = latin_or_model(glossed.group(1), latin)
            if found == language:
                return Verdict("expected", language, confidence)
        if len(unit.latin) <= 4:
            # Too short for the model to tell Latin-script languages apart (below four words it
            # is not asked); English words of English alone still tell an untranslated
            # heading ("How to use listeners").
            short = self._short_english(unit, language)
            if short is not None:
                return short
            if len(unit.latin) < 4:
                return Verdict("terms")
        found, confidence = latin_or_model(unit.text, latin)
        if found == language or not found:
            return Verdict("expected", language, confidence)
        # A word of the site's vocabulary is a term, but a function word of English alone
        # ("the", "to", "how") is never one, whatever units of the site's language it was seen in.
        prose = [w for w in unit.latin if w.lower() not in vocabulary or (
            w.lower() in ENGLISH_FUNCTION_WORDS and w.lower() not in _SHARED_FUNCTION)]
        if confidence < self.options.confidence or len(prose) < 3:
            return Verdict("terms")
        if found == "en":
            # English inside a page of another Latin-script language: its own words must say so.
            # ("a", "on", "in" are words of other languages too), with a function word among
            # them ("documentation", "comment" are French words too).
            english = [w for w in unit.latin if (w.lower() in ENGLISH_FUNCTION_WORDS and w.lower() not in _SHARED_FUNCTION)
                       or w.lower() in ORDINARY_ENGLISH]
            if len(english) < 2 or not any(w.lower() in ENGLISH_FUNCTION_WORDS for w in english):
                return Verdict("terms")
            # (those words lead the evidence: in a unit half in the site's language, its words came first)
            return Verdict("foreign", found, confidence, tuple(dict.fromkeys(english + prose))[:4])
        elif confidence < 0.95 or sum(1 for w in prose if len(w) > 2 and w.islower()) < 6:
            # Between two non-English Latin-script languages (Spanish and Portuguese, names
            # read as German) a short unit, or one of names (capitalised), is a guess.
            return Verdict("terms")
        return Verdict("foreign", found, confidence, tuple(dict.fromkeys(prose[:4])))

    @staticmethod
    def _short_english(unit: Record, language: str) -> Verdict | None:
        """A heading or label of two to four words under another Latin-script language is
        English when its English function words belong to no other language ("the", "to",
        "how", not "a", "in", "die") and its other words are ordinary English ones: two
        such function words, or one and nothing but ordinary words."""
        if language == "en" or len(unit.latin) < 2:
            return None
        words = [w.lower() for w in unit.latin]
        own = [w for w in words if w in ENGLISH_FUNCTION_WORDS and w not in _SHARED_FUNCTION and w not in WEAK_FUNCTION_WORDS]
        rest = [w for w in words if w not in ENGLISH_FUNCTION_WORDS]
        if len(own) >= 2 or (own and rest and all(w in ORDINARY_ENGLISH for w in rest)):
            return Verdict("foreign", "en", 0.8, tuple(dict.fromkeys(unit.latin)))
        return None

    def _group_verdict(self, key: tuple, expectation: Expectation, shared: bool, guess_set: frozenset[str]) -> Verdict:
        """The verdict of every unit of a group (:mod:`.summary`): written in one non-Latin
        script, with too few Latin-script words to be English text.  As :meth:`judge` would
        say, except that under an expected language written in another non-Latin script
        their Latin-script words are not read (the script decides)."""
        dominant, single, has_latin, weight, uk, ru, quoted, guess, kana_text = key
        language = expectation.language
        script = script_of(language)
        if not has_latin and dominant == script and single and not shared and language not in ("ru", "uk"):
            return _EXPECTED
        if quoted:
            return Verdict("terms")
        group = "cjk" if dominant in ("han", "kana") else dominant
        if script != "latin" and group == ("cjk" if script in ("han", "kana") else script):
            if language == "zh" and dominant == "kana" and kana_text and weight >= 2:
                return Verdict("foreign", "ja", 0.95, ())  # Japanese where Chinese is expected
            if weight >= 3 and script == "cyrillic" and language in ("ru", "uk"):
                found = "uk" if uk and not ru else ("ru" if ru and not uk else language)
                if found != language:
                    return Verdict("foreign", found, 0.9, ())
            return Verdict("expected", language)
        if weight >= 2:
            found = self._script_language(dominant, uk, ru, guess, guess_set, expectation.candidates)
            return Verdict("foreign", found, 0.95, ()) if found != language else Verdict("expected", language)
        if script != "latin" or len(self._latin_candidates(expectation)) < 2:
            return Verdict("expected", language)
        return Verdict("terms")  # too short for the model to tell Latin-script languages apart

    @staticmethod
    def _script_language(script: str, uk: bool, ru: bool, guess: str, guess_set: frozenset[str], candidates: frozenset[str]) -> str:
        """:func:`.identify.script_language` from a group's letters and the model's guess."""

        def choose_cyrillic(written: list[str]) -> str:
            if "uk" in written and uk:
                return "uk"
            if "ru" in written and ru:
                return "ru"
            if guess and frozenset(written) == guess_set:
                return guess
            return "ru" if "ru" in written else written[0]  # the site's Cyrillic languages were not known per page

        return language_of_script(script, candidates, choose_cyrillic)

    # -- 4. pages ------------------------------------------------------------------------
    def findings(self, targets: list[str] | None = None, *, release: bool = False) -> Iterator[Finding]:
        """The findings of ``targets`` (every page by default), page after page.  With
        ``release`` each page's summary is let go once it is judged (the pass is not run again)."""
        if not self.expectations:
            self.update(self.pages)
        if release:
            self._applied.clear()  # it holds the pages' word counts, only for the next update
        for path in sorted(targets if targets is not None else self.pages):
            page = self.pages.pop(path, None) if release else self.pages.get(path)
            expectation = self.expectations.get(path)
            if expectation is None or page is None or not len(page.slots) or expectation.source is _UNKNOWN_SOURCE:
                continue  # no configuration, no i18n setup and too little prose: the language is not known
            shared = expectation.candidates in self._shared_script
            groups = [self._group_verdict(key, expectation, shared, page.guess_set) for key in page.groups]
            texts: list = [None]
            records = [self.judge(Record(page, index, texts), expectation) for index in range(len(page.rec_dominant))]
            embedded = page.embedded if script_of(expectation.language) != "latin" else \
                self._english_sentences(page, records, expectation, texts)
            if not embedded and not any(v.status == "foreign" for v in groups) and not any(v.status == "foreign" for v in records):
                continue
            verdicts = [records[slot] if slot >= 0 else groups[~slot] for slot in page.slots]
            found = self._report(path, page, verdicts, expectation, texts)
            if embedded and not (len(found) == 1 and found[0].page):
                found = sorted(found + self._embedded(path, page, verdicts, expectation, embedded), key=lambda f: f.start)
            for finding in found:
                finding.message = sys.intern(finding.message)  # one string for each distinct message
                yield finding

    def _english_sentences(self, page, records: list[Verdict], expectation: Expectation, texts: list) -> list[tuple[int, int, str]]:
        """Under a Latin-script language other than English, the English sentences of units in that
        language (a paragraph half translated: "… est un dinosaure parmi les binaires. This
        23-year-old, well-maintained piece of kit is GPL-v2 licensed …", held-out h84): a sentence
        of seven words or more, two of them English function words no other language shares, that
        the model reads as English with confidence 0.9; (unit index, words, its first words)."""
        latin = self._latin_candidates(expectation)
        if expectation.language == "en" or "en" not in latin or len(latin) < 2:
            return []
        found = []
        for index, slot in enumerate(page.slots):
            if slot < 0 or records[slot].status != "expected" or page.rec_scripts[slot]:
                continue
            if page.rec_word_end[slot] - (page.rec_word_end[slot - 1] if slot else 0) < 2 * _SENTENCE_WORDS:
                continue  # (a unit of two sentences of seven words at least)
            if texts[0] is None:
                texts[0] = page.texts()
            for sentence in _SENTENCE_END.split(texts[0][0][slot]):
                words = LATIN_WORD.findall(sentence)
                if len(words) < _SENTENCE_WORDS or sum(1 for w in words if w.lower() in _ENGLISH_ONLY) < 2:
                    continue
                language, confidence = latin_or_model(sentence, latin)
                if language == "en" and confidence >= 0.9:
                    sentence = sentence.lstrip(" -–—*_:;,.")  # (a list item's dash after a name, masked code)
                    excerpt = " ".join(sentence.split()[:8])
                    found.append((index, len(words), excerpt + ("…" if len(sentence.split()) > 8 else "")))
                    break
        return found

    @staticmethod
    def _embedded(path: str, page, verdicts: list[Verdict], expectation: Expectation, embedded) -> list[Finding]:
        """English sentences inside units in the expected language (summary.embedded_english),
        one finding a unit; a unit already reported as English is not reported again."""
        out = []
        reported = set()
        for index, words, excerpt in embedded:
            if verdicts[index].status == "foreign" or index in reported:
                continue
            reported.add(index)
            kind = page.kind_names[page.kinds[index]]
            out.append(Finding(
                path, page.starts[index], page.ends[index],
                f"this {kind} has an English sentence in it ({words} words: “{excerpt}”); this folder's prose is "
                f"{language_name(expectation.language)} ({expectation.source}) — keep terms and code as they are, "
                "translate the text",
            ))
        return out

    def _report(self, path: str, page, verdicts: list[Verdict], expectation: Expectation, texts: list) -> list[Finding]:
        expected_name = language_name(expectation.language)
        where = f"this folder's prose is {expected_name} ({expectation.source})"
        foreign = [i for i, v in enumerate(verdicts) if v.status == "foreign"]
        if not foreign:
            return []
        lengths = page.lengths
        size_foreign = sum(lengths[i] for i in foreign)
        # (a language written in fewer characters counts as much for the same content: a Chinese page
        # with a third of its units in English is not mostly English, held-out h136)
        dense = _CHARACTERS_PER_LATIN.get(expectation.language.split("-")[0].lower(), 1.0)
        size_known = size_foreign + dense * sum(lengths[i] for i, v in enumerate(verdicts) if v.status == "expected")
        share = size_foreign / size_known if size_known else 0.0
        # Three foreign units make a page untranslated; one or two do when nothing on it is in the
        # expected language (a stub copied as it was: a heading and a sentence, a name and a sentence).
        whole = (len(foreign) == 2 or (len(foreign) == 1 and self._plainly_foreign(page, verdicts, foreign[0]))) and all(
            v.status != "expected" for v in verdicts)
        if (len(foreign) >= 3 or whole) and share >= self.options.page_share:
            languages = Counter(verdicts[i].language for i in foreign)
            main = max(sorted(languages.items()), key=lambda item: item[1])[0]
            first = self._first_untranslated_section(page, verdicts)
            heading = ""
            section = page.sections[first]
            if section >= 0:
                if texts[0] is None:
                    texts[0] = page.texts()
                heading = f" (section “{texts[0][1][section]}”)"
            total = sum(1 for v in verdicts if v.status in ("foreign", "expected"))
            return [
                Finding(
                    path,
                    page.starts[first],
                    page.ends[first],
                    f"this page is mostly untranslated: {len(foreign)} of {total} prose units ({share:.0%} of its text) "
                    f"are in {language_name(main)}; the untranslated text starts here{heading}; {where}",
                    page=True,
                )
            ]
        out = []
        for index in foreign:
            verdict = verdicts[index]
            if verdict.confidence < MIN_REPORTED_CONFIDENCE:
                continue
            shown = ", ".join(f"“{w}”" for w in verdict.evidence[:4])
            evidence = f"; evidence: {shown}" if shown else ""
            kind = page.kind_names[page.kinds[index]]
            out.append(
                Finding(
                    path,
                    page.starts[index],
                    page.ends[index],
                    f"this {kind} is in {language_name(verdict.language)} (confidence {verdict.confidence:.2f}{evidence}); "
                    f"{where} — keep terms and code as they are, translate the text",
                )
            )
        return out

    @staticmethod
    def _plainly_foreign(page, verdicts: list[Verdict], index: int) -> bool:
        """A unit sure enough to be reported and written in the Latin script alone (one unit is a
        page only when nothing in it is in the page's own script)."""
        slot = page.slots[index]
        return verdicts[index].confidence >= MIN_REPORTED_CONFIDENCE and slot >= 0 and not page.rec_scripts[slot]

    @staticmethod
    def _first_untranslated_section(page, verdicts: list[Verdict]) -> int:
        """The first unit of the first section whose units are mostly foreign: its heading, or its
        first foreign unit where the heading (or, before any heading, the first unit) is not."""
        sections: dict[int, list[int]] = {}
        for index, section in enumerate(page.sections):
            sections.setdefault(section, []).append(index)
        for section in sorted(sections):
            indexes = sections[section]
            known = [i for i in indexes if verdicts[i].status in ("foreign", "expected")]
            foreign = [i for i in known if verdicts[i].status == "foreign"]
            if foreign and len(foreign) * 2 >= len(known):
                return indexes[0] if verdicts[indexes[0]].status == "foreign" else foreign[0]
        return next(i for i, v in enumerate(verdicts) if v.status == "foreign")
