from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Applicability, Option, Rule, RuleContext
from mdxlint.analyzers.configs.structured import describes_a_shape, drop_trailing_commas, read_json, shown_text

# `jsonc` is JSON with comments and trailing commas (VS Code's settings, tsconfig.json).
JSON_FENCES = ("json", "jsonc")


class InvalidJson(Rule):
    """JSON fence that is not valid JSON.

    ## What it does
    Parses every `json` and `jsonc` fence and reports the first syntax error at its exact
    line and column (`NaN` and `Infinity` too, which `JSON.parse` refuses); a `jsonc` fence
    may hold comments and trailing commas. Forms that lessons use on purpose are accepted
    (each has an option):

    - fragments: a run of members without the enclosing braces
      (`"snapshot.mode": "initial",`);
    - `//` and `/* */` comments (with `comments = "suggest-jsonc"` they are
      reported instead, with a fix to tag the fence `jsonc`);
    - `...` placeholders for omitted members, elements or values;
    - several documents one after another (messages of a topic), and variants
      introduced by a comment after a blank line (`// Connector A`, `// Connector B`).

    ## Why is this bad
    Students paste these configurations into `curl` and Kafka Connect. Broken JSON
    (a missing comma, a line break inside a string, a single-quoted string) fails
    with a parse error far from the lesson.

    ## Example
    ````mdx
    ```json
    {
      "snapshot.mode": "initial"
      "topic.prefix": "shop"
    }
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    {
      "snapshot.mode": "initial",
      "topic.prefix": "shop"
    }
    ```
    ````
    """

    code = "FNC003"
    name = "invalid-json"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.INFO)
    fix_applicability = Applicability.SAFE
    options = {
        "allow-fragments": Option(True, "Accept a run of members without the enclosing braces."),
        "comments": Option(
            "allow",
            "`allow`: accept `//` and `/* */` comments; `suggest-jsonc`: report them with a fix to tag the fence "
            "`jsonc`; `error`: treat them as invalid JSON.",
            str,
            ("allow", "suggest-jsonc", "error"),
        ),
        "allow-placeholders": Option(True, "Accept `...` for omitted members, elements and values."),
    }

    def check(self, doc: Document, ctx: RuleContext) -> None:
        comments = ctx.options["comments"]
        for fence in doc.fences:
            lang = fence.lang.lower()
            if lang not in JSON_FENCES:
                continue
            text = shown_text(fence.body, ctx.settings.site)
            reading = read_json(
                drop_trailing_commas(text) if lang == "jsonc" else text,
                allow_fragments=ctx.options["allow-fragments"],
                allow_comments=comments != "error" or lang == "jsonc",
                allow_placeholders=ctx.options["allow-placeholders"],
            )
            if reading.error is not None:
                offset = fence.body_offset(reading.error.index)
                first = fence.body.lstrip()[:1]
                if describes_a_shape(fence.body):
                    ctx.report(offset, offset + 1, f"{reading.error.message} — the fence describes a shape with type "
                               "names (`\"key\": number`) rather than a JSON document", severity=Severity.INFO)
                    continue
                if first and first not in '{["-0123456789tfn/':
                    # Not JSON-shaped at all (a test snapshot, console output): the label
                    # picks a colouring, it does not claim a document.
                    word = fence.body.lstrip().split(None, 1)[0][:20]
                    ctx.report(offset, offset + 1, f"this `{fence.lang}` fence does not hold JSON (it starts with "
                               f"`{word}`); readers may copy it as JSON", severity=Severity.INFO)
                    continue
                ctx.report(offset, offset + 1, reading.error.message)
            elif reading.has_comments and comments == "suggest-jsonc" and lang == "json":
                start, end = fence.lang_start, fence.lang_end  # from the parse
                if start < 0:
                    continue
                ctx.report(
                    start,
                    end,
                    "JSON has no comments: this fence is JSON with comments; tag it `jsonc` (or remove the comments)",
                    Fix.replace(start, end, "jsonc", message="tag the fence `jsonc`") if fence.lang_verbatim else None,
                    severity=Severity.INFO,
                )

