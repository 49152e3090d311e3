import re

from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.mdx.document import Document
from mdxlint.analyzers.language import CYRILLIC, LATIN, lookalike_fix, mixed_words, transliterate
from mdxlint.analyzers.language.scripts import mixed_code_words
from mdxlint.lint.rule import Applicability, Option, Rule, RuleContext

# English stems that Russian IT speech inflects on purpose ("failить", "пушнуть" is
# written "pushнуть"): these words go to LNG004 instead.
SLANG_STEMS = (
    "fail crash commit push pull merge deploy debug fix mock parse ping google log stream rollback restart reboot "
    "upgrade sync flush drop skip check test build release patch rebase spam trigger scale stop start lock retry "
    "replay pause resume kill dump load save update delete insert select join shard tune map reduce cache hash "
    "sort filter batch poll post get put fetch"
).split()
RUSSIAN_ENDING = re.compile(
    r"^(?:нуть|нул|нула|нули|нулся|нулась|нулось|нулись|нется|нуться|ить|ит|ят|ил|ила|ило|или|ишь|им|ите|ится|ятся|"
    r"ился|илась|ились|ом|ами|ах|ам|ов|ы|а|у|е|ой|ей|ка|ки|ку|кой|ер|ера|еры|инг|ный|ная|ное|ные|ного|ному)$"
)


def classify(word: str) -> tuple[str, str | None]:
    """("lookalike", fixed) / ("slang", None) / ("typo", likely word)."""
    fixed = lookalike_fix(word)
    if fixed is not None:
        return "lookalike", fixed
    match = re.fullmatch(r"([A-Za-z]+)([А-Яа-яЁё]+)", word)
    if match and match.group(1).lower() in SLANG_STEMS and RUSSIAN_ENDING.match(match.group(2).lower()):
        return "slang", None
    likely = "".join(transliterate(part) if LATIN.match(part) else part for part in re.findall(r"[A-Za-z]+|[^A-Za-z]+", word))
    return "typo", likely


class MixedScriptWord(Rule):
    """A word that mixes Latin and Cyrillic letters.

    ## What it does
    Finds words in prose (headings, paragraphs, lists, tables, frontmatter `title` and
    `description`) that contain both Latin and Cyrillic letters:

    - When the letters of the minority script are all look-alikes (`с`/`c`, `о`/`o`,
      `е`/`e`, `а`/`a`, `р`/`p`, `х`/`x`…), the safe fix writes the word in one script
      (`cчитаете` → `считаете`).
    - Otherwise it is reported with the likely word, without a fix: a layout switch
      in mid-word (`Migrация` → `Миграция`).

    Words joined by a hyphen or apostrophe (`Kafka-топик`, `PostgreSQL'ем`) are two
    words and are fine. English stems with a Russian ending on purpose (`failить`)
    are LNG004. A Latin word of inline code with a Cyrillic letter in it (`` `⌘Сmd` ``
    with a Cyrillic `С`, which a reader copies into a terminal) is reported too, with
    the fix marked unsafe (it changes code); a Cyrillic word with a Latin letter in code
    is taken as shown on purpose, and an escape before a word (`\\nОжидание`) is not one
    word. Fences are not read.

    ## Why is this bad
    A word with a Latin `c` inside looks right and is not: search, spell checkers and
    screen readers miss it, and a student copying the word gets a different string.

    ## Example
    ```mdx
    Migrация данных проходит без остановки.
    ```

    ## Use instead
    ```mdx
    Миграция данных проходит без остановки.
    ```
    """

    code = "LNG003"
    name = "mixed-script-word"
    severity = Severity.WARNING
    fix_applicability = Applicability.SAFE
    options = {"ignore-words": Option([], "Words to accept as they are (brand names written in two scripts).", list)}

    def check(self, doc: Document, ctx: RuleContext) -> None:
        ignore = set(ctx.options["ignore-words"])
        words = [(offset, word, False) for offset, word in mixed_words(doc)]
        words += [(offset, word, True) for offset, word in mixed_code_words(doc)]
        for offset, word, in_code in sorted(words):
            if word in ignore:
                continue
            kind, value = classify(word)
            if kind == "slang":
                continue
            where = " in inline code" if in_code else ""
            if kind == "lookalike":
                foreign = "Latin" if CYRILLIC.search(value or "") else "Cyrillic"
                ctx.report(
                    offset,
                    offset + len(word),
                    f"`{word}`{where} mixes scripts: its {foreign} letters only look like the others; write `{value}`",
                    # In code the fix changes the string a reader copies: not safe.
                    Fix.replace(offset, offset + len(word), value or word, safe=not in_code, message=f"write `{value}`"),
                )
            else:
                ctx.report(
                    offset,
                    offset + len(word),
                    f"`{word}`{where} switches between Latin and Cyrillic in mid-word; probably `{value}`",
                )
