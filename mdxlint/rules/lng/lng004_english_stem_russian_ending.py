from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.analyzers.language import mixed_words
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.lng.lng003_mixed_script_word import classify


class EnglishStemRussianEnding(Rule):
    """An English stem with a Russian ending (`failить`, `crashит`).

    ## What it does
    Reports words that glue an English stem used in IT speech to a Russian ending.
    They are kept apart from LNG003 so that a course that accepts this style can
    `ignore = ["LNG004"]` and still catch real typos.

    ## Why is this bad
    The style is informal and mixes scripts inside one word: search and spell
    checking do not find it, and the course's policy is Russian prose with English
    terms as separate words.

    ## Example
    ```mdx
    Если коннектор failит, проверьте логи.
    ```

    ## Use instead
    ```mdx
    Если коннектор падает (fail), проверьте логи.
    ```
    """

    code = "LNG004"
    name = "english-stem-russian-ending"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for offset, word in mixed_words(doc):
            if classify(word)[0] == "slang":
                ctx.report(
                    offset,
                    offset + len(word),
                    f"`{word}` glues an English stem to a Russian ending; write a Russian word, or the English term apart",
                )
