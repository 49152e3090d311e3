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
from collections import Counter
from dataclasses import dataclass, field

from mdxlint.analyzers.language.english import ORDINARY_ENGLISH
from mdxlint.analyzers.language.identify import latin_or_model, script_language, script_of
from mdxlint.analyzers.language.units import Unit
from mdxlint.project.locales import LocaleAnswer, language_name, locale_for

# English words that only sentences use: articles, prepositions, conjunctions,
# pronouns, auxiliaries, negation, quantifiers.  Never terms.
ENGLISH_FUNCTION_WORDS = frozenset(
    """
    the a an is are was were be been being to of in on at for with from by into onto after before during without
    within about across through between and or but nor not no never if when while then than it its this that these
    those you your we our they their them he she his her can cannot could will would should must may might do does
    did done has have had only all each every any some more most how what why which who whom where there here so
    too also just still yet until unless because since although though whether either neither both don't doesn't
    isn't aren't can't won't it's you're let's
    """.split()
)
# Quantifiers and the like also appear in term lists and labels ("Custom all value").
WEAK_FUNCTION_WORDS = frozenset("all no only more most each every any some both so too also just still yet here there".split())
# Verbs that start an English instruction ("Create schema history topic", "Test connector functionality").
IMPERATIVES = frozenset(
    """
    use check create run add set restart stop start test verify monitor navigate choose pause restore drop increase
    decrease wait kill configure enable disable deploy install open select delete remove update apply define write read
    send compare avoid ensure make keep scale rebuild retry reset resume recreate register deregister upgrade review
    analyze analyse inspect validate build generate migrate replace rename move copy export import connect observe
    find fix debug investigate measure calculate estimate prepare identify implement provide follow try
    reduce require need show allow support contain include return store skip lose see note learn understand
    """.split()
)
# -ing words that name things rather than act ("Naming conventions", "Monitoring dashboard").
NOMINAL_ING = frozenset(
    """
    naming logging monitoring routing streaming processing partitioning sharding batching caching windowing
    checkpointing versioning testing troubleshooting debugging tracing alerting scaling handling masking filtering
    encoding hashing indexing mapping polling buffering pooling signaling signalling snapshotting watermarking
    tagging labeling labelling pricing billing networking computing learning engineering warehousing loading
    sourcing clustering onboarding provisioning building setting settings pending string thing nothing something
    during morning ceiling
    """.split()
)


_OPENING_QUOTES = frozenset("\"'“„«‘‚「『")
_CLOSING_QUOTES = frozenset("\"'”“»’‘」』")
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэъёЫЭЪЁ")
_LINK_DESTINATION = re.compile(r"\]\([^)]*\)")
_TITLE_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -]+[A-Z][a-z]+)+")
MIN_REPORTED_CONFIDENCE = 0.5  # below it a unit's verdict is a guess, not a finding


def verbish(words: list[str], first: str | None) -> bool:
    """A word that acts: an imperative that starts the unit, a participle, a verb in -s, an adverb."""
    if first is not None and first.lower() in IMPERATIVES:
        return True
    for word in words:
        lower = word.lower()
        if len(lower) > 5 and lower.endswith(("ing", "ed")) and lower not in NOMINAL_ING:
            return True
        if len(lower) > 4 and lower.endswith("ly"):
            return True
        if lower.endswith(("es", "s")) and (lower[:-1] in IMPERATIVES or lower[:-2] in IMPERATIVES):
            return True
    return False


MIN_SITE_FILES = 3  # fewer pages with prose than this: too little to tell a site's language
MIN_PAGE_UNITS = 3  # fewer prose units than this: a page too short to count
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
# English function words that are words of those languages too.
_SHARED_FUNCTION = OTHER_FUNCTION_WORDS | {"a", "on", "in", "so", "no", "die", "will", "was", "also", "must", "or", "an", "but"}


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


@dataclass
class Finding:
    path: str
    start: int
    end: int
    message: str


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


@dataclass
class SiteLanguage:
    options: Options
    files: dict[str, list[Unit]]
    expectations: dict[str, Expectation] = field(default_factory=dict)
    vocabulary: dict[str, frozenset[str]] = field(default_factory=dict)
    # candidate sets in which two languages share a non-Latin script (Russian and Ukrainian)
    _shared_script: set[frozenset[str]] = field(default_factory=set)

    # -- 1. expected language ------------------------------------------------------------
    def expect(self) -> None:
        answers: dict[str, LocaleAnswer | None] = {path: locale_for(path) for path in sorted(self.files)}
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
                    default = self._default_locale(answers)
                    fallback = default or Expectation(
                        options.prose_language, "the default prose-language (too little prose to tell the site's)", frozenset()
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

    def _page_language(self, path: str) -> str | None:
        """The language most of a page's prose (by characters) is in; None for too little prose.

        Latin-script prose is English when English function words make up at least 8 % of
        its words; with as few function words of the other languages it is not prose (None);
        else what the model says of its longest units."""
        weights: Counter[str] = Counter()
        latin_texts: list[str] = []
        english_words = latin_words = units = 0
        for unit in self.files[path]:
            script = unit.dominant
            if script == "latin":
                if len(unit.latin) < 3:
                    continue
                weights["latin"] += len(unit.text)
                latin_words += len(unit.latin)
                english_words += sum(1 for w in unit.latin if w.lower() in ENGLISH_FUNCTION_WORDS)
                latin_texts.append(unit.text)
            else:
                weights[script_language(script, unit.text, frozenset())] += len(unit.text)
            units += 1
        if units < MIN_PAGE_UNITS or not weights:
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

    def _majority(self, paths: list[str]) -> tuple[str, str] | None:
        """(language, why) of a site with no i18n setup and no configured language, by pages.

        A site is a translation into a language other than English when at least
        TRANSLATION_SHARE of its pages (and MIN_TRANSLATED_PAGES) are mostly in it: its
        English pages are the untranslated backlog of the original, however much text they
        hold.  Otherwise the language most pages are in."""
        pages: Counter[str] = Counter()
        for path in paths:
            language = self._page_language(path)
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
        counts: dict[str, Counter[str]] = {}
        outside: Counter[str] = Counter()  # units written in Latin script only, in a non-Latin site
        for path in sorted(self.files):
            expectation = self.expectations[path]
            language = expectation.language
            script = script_of(language)
            counter = counts.setdefault(language, Counter())
            for unit in self.files[path]:
                if script != "latin":
                    native = unit.scripts.get(script, 0) if script not in ("han", "kana") else (
                        unit.scripts.get("han", 0) + unit.scripts.get("kana", 0)) // 2
                    if native >= 3 and native >= len(unit.latin):
                        counter.update({w.lower() for w in unit.latin} - ENGLISH_FUNCTION_WORDS)
                    elif not native and unit.latin:
                        outside.update({w.lower() for w in unit.latin})
                elif len(unit.latin) >= 4 and not unit.scripts:
                    latin = self._latin_candidates(expectation)
                    if len(latin) < 2:
                        continue
                    found, confidence = latin_or_model(unit.text, latin)
                    if found == language and confidence >= 0.7:
                        counter.update({w.lower() for w in unit.latin})
        glossary = {w.lower() for phrase in self.options.glossary for w in phrase.split()}
        for language, counter in counts.items():
            if script_of(language) == "latin":
                self.vocabulary[language] = frozenset(counter) | glossary
            else:
                # A term is used in sentences of the language at least twice, and at least
                # half as often as in units written in English alone ("create" is not).
                self.vocabulary[language] = frozenset(
                    word for word, count in counter.items() if count >= 2 and count * 2 >= outside[word]
                ) | glossary

    @staticmethod
    def _latin_candidates(expectation: Expectation) -> frozenset[str]:
        return frozenset(c for c in expectation.candidates if script_of(c) == "latin")

    # -- 3. units ------------------------------------------------------------------------
    def _english_among_native(self, unit: Unit, expectation: Expectation, vocabulary: frozenset[str], native: int) -> Verdict | None:
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
        # Inside native sentences a run of capitalised words is a name ("Настройка Contact
        # Points", "Custom Metric Export в Cloud Monitoring"), not English text.
        names = {w for run in _TITLE_RUN.findall(unit.text) for w in run.split()} if native else ()
        for index, word in enumerate(unit.latin):
            low = word.lower()
            if word in names or (len(word) == 1 and index and word.isupper()):  # a name; "Connector A"
                continue
            if low in ENGLISH_FUNCTION_WORDS:
                function.append(word)
                if low not in WEAK_FUNCTION_WORDS:
                    strong.append(word)
                continue
            stem = low[:-1] if low.endswith("s") and len(low) > 3 else low
            if low in ORDINARY_ENGLISH or stem in ORDINARY_ENGLISH:
                ordinary.append(word)
                prose.append(word)
            elif low not in vocabulary and stem not in vocabulary:
                prose.append(word)
                if word.islower() and len(word) >= 4 and word.count("-") < 2:
                    unknown += 1
        words = len(ordinary) + unknown  # English words that are not terms
        if len(unit.latin) == 1 and unit.latin[0].islower() and unit.text.strip(" *_`").isalpha():
            return Verdict("terms") if not native or unit.dominant == "latin" else None  # a value or a file name
        if not native:
            is_prose = (
                (strong and len(unit.latin) >= 2 and (prose or len(strong) >= 2))
                or len(prose) >= self.options.min_words + 1
                or (len(prose) >= self.options.min_words and verbish(prose, unit.latin[0]))
                or bool(ordinary)  # "Summary Checklist", "Steps:", "Duration", "Message count"
            )
        else:
            # A verb that starts the English part makes it a clause ("Мониторинг: Compare …").
            english = len(strong) + words + (1 if words and prose and verbish(prose[:1], prose[0]) else 0)
            weight = native - (unit.glue + unit.label) / 2
            is_prose = (bool(function) and len(function) + len(prose) >= max(4, 3 * native)) or (
                # An English phrase with a native label or preposition ("Шаг 4: Force binlog
                # rotation", "Billable time (для cost tracking)").
                english >= 2 and english > 2 * weight)
        if not is_prose:
            return Verdict("terms") if not native or unit.dominant == "latin" else None
        latin = self._latin_candidates(expectation)
        found, confidence = ("en", 1.0) if latin <= {"en"} else latin_or_model(unit.text, latin)
        if found != "en" and confidence < 0.5 and (function or ordinary):
            found = "en"  # the model cannot tell two words apart; the words are English ones
        if found == expectation.language or not found:
            return Verdict("expected", expectation.language)
        if latin <= {"en"}:
            confidence = min(0.99, 0.55 + 0.12 * len(function) + 0.08 * len(prose) - 0.1 * native)
            if native:
                confidence = max(confidence, min(0.95, len(function + prose) / (len(function + prose) + native)))
        return Verdict("foreign", found, confidence, tuple(dict.fromkeys(function + prose)))

    def judge(self, unit: Unit, expectation: Expectation) -> Verdict:
        language = expectation.language
        quoted = _LINK_DESTINATION.sub("", unit.text).strip(" \t*_[]()-:.,;")
        if len(quoted) > 2 and quoted[0] in _OPENING_QUOTES and quoted[-1] in _CLOSING_QUOTES:
            return Verdict("terms")  # a quoted title or message is cited, not written in the page's language
        script = script_of(language)
        vocabulary = self.vocabulary.get(language, frozenset())
        dominant, weight = unit.dominant, unit.weight
        if not unit.latin and dominant == script and len(unit.scripts) == 1 and expectation.candidates not in self._shared_script:
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
            if native >= 3 and script == "cyrillic" and expectation.candidates in self._shared_script:
                # Russian and Ukrainian share most letters: only the letters one of them
                # lacks tell them apart (a model guesses on a three-word heading).
                letters = set(unit.text)
                found = "uk" if letters & _UKRAINIAN_ONLY and not letters & _RUSSIAN_ONLY else (
                    "ru" if letters & _RUSSIAN_ONLY and not letters & _UKRAINIAN_ONLY else language)
                if found != language and found in expectation.candidates:
                    return Verdict("foreign", found, 0.9, ())
            return Verdict("expected", language)
        # A Latin-script language is expected.
        if dominant != "latin" and weight >= 2:
            found = script_language(dominant, unit.text, expectation.candidates)
            return Verdict("foreign", found, 0.95, ()) if found != language else Verdict("expected", language)
        latin = self._latin_candidates(expectation)
        if len(latin) < 2:
            return Verdict("expected", language)
        if len(unit.latin) < 4:
            return Verdict("terms")  # too short for the model to tell Latin-script languages apart
        found, confidence = latin_or_model(unit.text, latin)
        if found == language or not found:
            return Verdict("expected", language, confidence)
        prose = [w for w in unit.latin if w.lower() not in vocabulary]
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
        elif confidence < 0.95 or sum(1 for w in prose if len(w) > 2 and w.islower()) < 6:
            # Between two non-English Latin-script languages (Spanish and Portuguese, names
            # read as German) a short unit, or one of names (capitalised), is a guess.
            return Verdict("terms")
        return Verdict("foreign", found, confidence, tuple(dict.fromkeys(prose[:4])))

    # -- 4. pages ------------------------------------------------------------------------
    def findings(self, targets: list[str] | None = None) -> list[Finding]:
        if not self.expectations:
            self.expect()
            self.learn()
        out: list[Finding] = []
        for path in sorted(targets if targets is not None else self.files):
            units = self.files.get(path, [])
            expectation = self.expectations.get(path)
            if expectation is None or not units:
                continue
            script = script_of(expectation.language)
            plain = expectation.candidates not in self._shared_script
            # Units in the expected script alone (most units of a site) need no judging.
            verdicts = [
                _EXPECTED if plain and not unit.latin and unit.dominant == script and len(unit.scripts) == 1
                else self.judge(unit, expectation)
                for unit in units
            ]
            out.extend(self._report(path, units, verdicts, expectation))
        return out

    def _report(self, path: str, units: list[Unit], verdicts: list[Verdict], expectation: Expectation) -> list[Finding]:
        expected_name = language_name(expectation.language)
        where = f"this folder's prose is {expected_name} ({expectation.source})"
        foreign = [(u, v) for u, v in zip(units, verdicts) if v.status == "foreign"]
        if not foreign:
            return []
        size_foreign = sum(len(u.text) for u, _ in foreign)
        size_known = size_foreign + sum(len(u.text) for u, v in zip(units, verdicts) if v.status == "expected")
        share = size_foreign / size_known if size_known else 0.0
        if len(foreign) >= 3 and share >= self.options.page_share:
            languages = Counter(v.language for _, v in foreign)
            main = max(sorted(languages.items()), key=lambda item: item[1])[0]
            first_unit = self._first_untranslated_section(units, verdicts)
            heading = ""
            if first_unit.section >= 0:
                heading_unit = units[first_unit.section]
                heading = f" (section “{heading_unit.text[:60]}”)"
            total = sum(1 for v in verdicts if v.status in ("foreign", "expected"))
            return [
                Finding(
                    path,
                    first_unit.start,
                    first_unit.end,
                    f"this page is mostly untranslated: {len(foreign)} of {total} prose units ({share:.0%} of its text) "
                    f"are in {language_name(main)}; the untranslated text starts here{heading}; {where}",
                )
            ]
        out = []
        for unit, verdict in foreign:
            if verdict.confidence < MIN_REPORTED_CONFIDENCE:
                continue
            shown = ", ".join(f"“{w}”" for w in verdict.evidence[:4])
            evidence = f"; evidence: {shown}" if shown else ""
            out.append(
                Finding(
                    path,
                    unit.start,
                    unit.end,
                    f"this {unit.kind} is in {language_name(verdict.language)} (confidence {verdict.confidence:.2f}{evidence}); "
                    f"{where} — keep terms and code as they are, translate the text",
                )
            )
        return out

    @staticmethod
    def _first_untranslated_section(units: list[Unit], verdicts: list[Verdict]) -> Unit:
        """The first unit of the first section whose units are mostly foreign."""
        sections: dict[int, list[int]] = {}
        for index, unit in enumerate(units):
            sections.setdefault(unit.section, []).append(index)
        for section in sorted(sections):
            indexes = sections[section]
            known = [i for i in indexes if verdicts[i].status in ("foreign", "expected")]
            foreign = [i for i in known if verdicts[i].status == "foreign"]
            if foreign and len(foreign) * 2 >= len(known):
                return units[indexes[0]] if section < 0 or verdicts[indexes[0]].status == "foreign" else units[foreign[0]]
        return next(u for u, v in zip(units, verdicts) if v.status == "foreign")
