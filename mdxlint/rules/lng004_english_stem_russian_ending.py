from mdxlint.diagnostics import Severity
from mdxlint.document import Document
from mdxlint.language import MIXED_BOUNDARY, WORD, is_mixed
from mdxlint.rule import Rule, RuleContext
from mdxlint.rules.lng003_mixed_script_word import classify, prose_spans


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
        for start, text in prose_spans(doc):
            if not MIXED_BOUNDARY.search(text):
                continue
            for match in WORD.finditer(text):
                word = match.group()
                if is_mixed(word) and classify(word)[0] == "slang":
                    offset = start + match.start()
                    ctx.report(
                        offset,
                        offset + len(word),
                        f"`{word}` glues an English stem to a Russian ending; write a Russian word, or the English term apart",
                    )
