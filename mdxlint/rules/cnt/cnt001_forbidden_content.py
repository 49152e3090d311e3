import re

from mdxlint.analyzers.patterns import exponential_shape
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Option, Rule, RuleContext

# Always wrong, wherever they stand.
BUILTIN_PATTERNS = [
    {
        "regex": r"\[email\s*(?:&#160;|\u00a0|&nbsp;)?protected\]",
        "message": "`[email protected]` is what Cloudflare's e-mail obfuscation leaves in copied text: "
        "the real address is lost; write an address (for example user@example.com)",
        "where": "both",
        "needs": "protected",  # a word every match contains: text without it is skipped unsearched
    },
]
WHERE = ("prose", "code", "both")


def _check_patterns(value) -> str | None:
    if not isinstance(value, list):
        return "expected a list of tables with `regex`, `message` and optional `where`"
    for index, item in enumerate(value):
        if not isinstance(item, dict) or not isinstance(item.get("regex"), str) or not isinstance(item.get("message"), str):
            return f"item {index + 1}: expected a table with string keys `regex` and `message`"
        unknown = set(item) - {"regex", "message", "where"}
        if unknown:
            return f"item {index + 1}: unknown key(s) {', '.join(sorted(unknown))}"
        if item.get("where", "both") not in WHERE:
            return f"item {index + 1}: `where` must be one of {', '.join(WHERE)}"
        try:
            re.compile(item["regex"])
        except (re.error, OverflowError, RecursionError) as error:
            return f"item {index + 1}: invalid regular expression: {error}"
        risky = exponential_shape(item["regex"])
        if risky is not None:
            # (Python's engine cannot be stopped: such a pattern could hang the lint, and an editor's)
            return f"item {index + 1}: the regular expression may take exponential time ({risky}); rewrite it"
    return None


class ForbiddenContent(Rule):
    """Text that must not appear in a lesson: configured patterns and known artefacts.

    ## What it does
    Searches prose, code or both for regular expressions from the configuration,
    each with its own message, plus built-in patterns that are always wrong. The
    built-in one today is Cloudflare's e-mail placeholder `[email protected]`, which
    replaces every address in text copied from a protected page.

    ```toml
    [tool.mdxlint.rules.CNT001]
    patterns = [
      { regex = "(?i)\\bTODO\\b", message = "leftover TODO", where = "prose" },
      { regex = "\\.planning/", message = "internal planning path", where = "both" },
    ]
    ```

    ## Why is this bad
    The placeholder is not an address: SQL that inserts it twice violates a unique
    constraint, and a student cannot know what was meant. Leftovers of internal
    notes confuse readers.

    ## Example
    ```mdx
    Напишите на [email protected], если что-то не работает.
    ```

    ## Use instead
    ```mdx
    Напишите на support@example.com, если что-то не работает.
    ```
    """

    code = "CNT001"
    name = "forbidden-content"
    severity = Severity.WARNING
    options = {
        "patterns": Option([], "Extra patterns: tables with `regex`, `message`, `where` (prose, code or both).", list, check=_check_patterns),
        "builtin": Option(True, "Also search for the built-in patterns (the Cloudflare e-mail placeholder)."),
    }

    def check(self, doc: Document, ctx: RuleContext) -> None:
        patterns = list(ctx.options["patterns"])
        if ctx.options["builtin"]:
            patterns = BUILTIN_PATTERNS + patterns
        # Every span searched is a piece of the file's text.
        patterns = [p for p in patterns if p.get("needs") is None or p["needs"] in doc.text]
        if not patterns:
            return
        compiled = [(re.compile(p["regex"]), p["message"], p.get("where", "both"), p.get("needs")) for p in patterns]
        prose_spans = [(run.start, run.text) for run in doc.text_runs()]
        code_spans = [(code.start, doc.text[code.start : code.end]) for code in doc.inline_code]
        fences = [(fence, fence.body) for fence in doc.fences]
        seen: set[tuple[int, int]] = set()
        for regex, message, where, needs in compiled:
            spans = (prose_spans if where in ("prose", "both") else []) + (code_spans if where in ("code", "both") else [])
            if where in ("code", "both"):
                for fence, body in fences:
                    if needs is None or needs in body:  # patterns match within a line: one line at a time
                        spans += [(fence.offset_of(index), line) for index, line in enumerate(fence.body_lines)]
            for start, text in spans:
                if needs is not None and needs not in text:
                    continue
                for match in regex.finditer(text):
                    key = (start + match.start(), start + match.end())
                    if key in seen or match.end() == match.start():
                        continue
                    seen.add(key)
                    ctx.report(key[0], key[1], message)
