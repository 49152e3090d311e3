import re

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.analyzers.language import CYRILLIC, frontmatter_spans
from mdxlint.lint.rule import Option, Rule, RuleContext

# English words that only explanations use: articles, prepositions, conjunctions,
# pronouns, auxiliaries, negation, quantifiers. Term lists ("MySQL: GTID, binlog
# retention") have none. "vs", "via" and "per" are left out: term lists use them.
FUNCTION_WORDS = frozenset(
    """
    the a an is are was were be been being to of in on at for with from by into onto after before during without
    within about across through between and or but nor not no never if when while then than it its this that these
    those you your we our they their them he she his her can cannot could will would should must may might do does
    did done has have had only all each every any some more most how what why which who whom where there here so
    too also just still yet until unless because since although though whether either neither both
    """.split()
)
# Verbs that start an English instruction ("Create schema history topic").
IMPERATIVES = frozenset(
    """
    use check create run add set restart stop start test verify monitor navigate choose pause restore drop increase
    decrease wait kill configure enable disable deploy install open select delete remove update apply define write read
    send compare avoid ensure make keep scale rebuild retry reset resume recreate register deregister upgrade review
    analyze analyse inspect validate build generate migrate replace rename move copy export import connect observe
    find fix debug investigate measure calculate estimate prepare identify implement provide follow try
    reduce require need show allow support contain include return store skip lose
    """.split()
)
# -ing words that name things rather than act ("Naming conventions", "Monitoring dashboard").
NOMINAL_ING = frozenset(
    """
    naming logging monitoring routing streaming processing partitioning sharding batching caching windowing
    checkpointing versioning testing troubleshooting debugging tracing alerting scaling handling masking filtering
    encoding hashing indexing mapping polling buffering pooling signaling signalling snapshotting watermarking
    tagging labeling labelling pricing billing networking computing learning engineering warehousing loading
    sourcing clustering onboarding provisioning building setting settings pending
    """.split()
)
_TOKEN = re.compile(r"[A-Za-z_][\w'’.-]*[A-Za-z0-9_]|[A-Za-z]")
_BOUNDARY = re.compile(r"(?:^|[:(→>\-–—]\s*|\d+[.)]\s+)$")
_TERM_CHARACTER = re.compile(r"[-_.\d]")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
_STEP_LABEL = re.compile(r"(?:\d+[.)]|(?:step|шаг|part|section)\s*\d+\s*[:.])", re.I)


def english_evidence(text: str, terms: frozenset[str]) -> tuple[list[str], list[str], int]:
    """(function words, verb evidence, English word count) of a prose unit."""
    function_words: list[str] = []
    verbs: list[str] = []
    count = 0
    for match in _TOKEN.finditer(text):
        word = match.group()
        lower = word.lower()
        if lower in FUNCTION_WORDS:
            function_words.append(word)
            count += 1
            continue
        if _TERM_CHARACTER.search(word) or (word.isupper() and len(word) > 1) or _CAMEL_CASE.search(word):
            continue  # compounds, identifiers, acronyms and camelCase names are terms
        count += 1  # other words count, though only verbs below are evidence
        imperative = lower in IMPERATIVES or (lower.endswith("s") and (lower[:-1] in IMPERATIVES or lower[:-2] in IMPERATIVES))
        gerund_or_participle = len(lower) > 5 and lower.endswith(("ing", "ed")) and lower not in NOMINAL_ING
        if imperative or gerund_or_participle:
            # A verb is evidence where a sentence or list item starts.
            before = text[: match.start()]
            stripped_before = before.strip(" *_`[]✅❌⚠️️")
            at_true_start = not stripped_before or bool(_STEP_LABEL.fullmatch(stripped_before))
            if at_true_start or (
                imperative and _BOUNDARY.search(before.rstrip(" ") + (" " if before.endswith(" ") else ""))
            ):
                verbs.append(word)
                continue
        if lower.endswith("ed") and len(lower) > 4 and word.islower() and match.start() > 0 and text[match.start() - 1] == " ":
            if text[match.end() :].lstrip()[:1] in ",.;)":  # also at the end of the text
                verbs.append(word)  # a participle that ends a clause: "slot deleted,", "tables populated"
    return function_words, verbs, count


def is_english_explanation(text: str, terms: frozenset[str], min_words: int = 3) -> tuple[bool, list[str]]:
    if CYRILLIC.search(text):
        return False, []
    function_words, verbs, count = english_evidence(text, terms)
    if count >= 2 and function_words:
        return True, function_words
    if count >= min_words and verbs:
        return True, verbs
    return False, []


class WrongProseLanguage(Rule):
    """Explanatory prose written in English in a course whose prose is Russian.

    ## What it does
    Classifies every prose unit (paragraph, list item, heading, table cell, block
    quote, text inside components, frontmatter `title` and `description`) as Russian
    prose, an English explanation, or a list of terms, and reports English
    explanations. The decision rests on evidence, not on letter counts: a unit
    without Russian words is English only when it has English function words
    (articles, prepositions, conjunctions, pronouns, auxiliaries, negation) or
    starts with a verb ("Create schema history topic", "Estimating Snapshot
    Duration"). Names, acronyms, identifiers and words in inline code are terms and
    never evidence (inline code is not part of the prose at all), and phrases in the
    `glossary` option count as single terms: "MySQL: GTID, binlog retention, schema
    history" is a term list and stays silent. Words the lesson's code uses need no
    special treatment: a term is never evidence, so it cannot make a unit English. Units with Russian
    words are Russian prose, however many English terms they carry.

    With `prose-language = "en"` the rule reports Russian explanations instead.

    ## Why is this bad
    The course promises Russian explanations: a section in English breaks the
    reading for students who chose a Russian course, and usually marks text pasted
    from elsewhere that nobody reviewed.

    ## Example
    ```mdx
    ### Common Mistakes During Recovery

    Always restart the connector after the snapshot finishes.
    ```

    ## Use instead
    ```mdx
    ### Частые ошибки при восстановлении

    Перезапустите коннектор после завершения snapshot.
    ```
    """

    code = "LNG001"
    name = "wrong-prose-language"
    severity = Severity.WARNING
    options = {
        "glossary": Option([], "English phrases that are terms in this course; their words are never evidence (e.g. \"Read Committed\").", list),
        "min-words": Option(3, "Fewest English words for a unit without function words to count as English.", int),
    }

    def check(self, doc: Document, ctx: RuleContext) -> None:
        prose_language = ctx.settings.prose_language
        glossary = [phrase for phrase in ctx.options["glossary"] if phrase.strip()]
        glossary_re = (
            re.compile("|".join(re.escape(p) for p in sorted(glossary, key=len, reverse=True)), re.I) if glossary else None
        )
        for start, end, kind, text in self._units(doc):
            if glossary_re is not None:
                text = glossary_re.sub(" ", text)  # a glossary phrase is one term, whatever words it has
            if prose_language == "ru":
                english, evidence = is_english_explanation(text, frozenset(), ctx.options["min-words"])
                if english:
                    shown = ", ".join(f"“{w}”" for w in dict.fromkeys(evidence[:4]))
                    ctx.report(
                        start,
                        end,
                        f"this {kind} is an explanation in English (evidence: {shown}); the course's prose is Russian — "
                        "keep terms and code in English, write the explanation in Russian",
                    )
            elif prose_language == "en":
                cyrillic_words = re.findall(r"[А-Яа-яЁё]{2,}", text)
                if len(cyrillic_words) >= 3:
                    ctx.report(start, end, f"this {kind} is written in Russian; the course's prose is English")

    @staticmethod
    def _units(doc: Document):
        label = {"paragraph": "paragraph", "list_item": "list item", "heading": "heading", "table_cell": "table cell", "blockquote": "block quote"}
        for block in doc.prose:
            if not block.runs:
                continue
            yield block.start, block.end, label.get(block.kind, block.kind), block.text
        for start, text in frontmatter_spans(doc):
            yield start, start + len(text), "frontmatter value", text
