from mdxlint.diagnostics import Severity
from mdxlint.document import Document, Fence
from mdxlint.language import CYRILLIC
from mdxlint.rule import Option, Rule, RuleContext

HASH = {"python", "py", "python3", "pyspark", "bash", "sh", "shell", "zsh", "yaml", "yml", "properties", "ini", "dockerfile",
        "toml", "conf", "promql", "ruby", "r", "perl", "makefile", "nginx", "dotenv", "env"}
DASH = {"sql", "psql", "plpgsql", "pgsql", "mysql", "lua", "haskell"}
SLASH = {"java", "javascript", "js", "ts", "typescript", "jsx", "tsx", "groovy", "scala", "kotlin", "go", "c", "cpp",
         "rust", "json", "jsonc", "json5", "proto", "protobuf", "csharp", "cs", "swift", "avro", "hcl", "terraform"}
TRIPLE = {"python", "py", "python3", "pyspark"}
# Data formats: outside comments everything is a value (text), not an identifier.
DATA = {"yaml", "yml", "properties", "ini", "json", "jsonc", "json5", "toml", "dotenv", "env", "avro", "conf"}
# Languages whose quoted strings may run over several lines.
MULTILINE_QUOTES = {"bash", "sh", "shell", "zsh", "sql", "psql", "plpgsql", "pgsql", "mysql"}


def scan(fence: Fence):
    """(kind, start index in body, end index) for comments and code with Cyrillic;
    kind is "comment", "string" or "code"."""
    lang = fence.lang.lower()
    body = fence.body
    line_comments = ["#"] if lang in HASH else ["--"] if lang in DASH else ["//"] if lang in SLASH else []
    if lang in ("ini", "properties"):
        line_comments = ["#", ";", "!"]
    block = lang in SLASH or lang in DASH
    quotes = ['"""', "'''", '"', "'"] if lang in TRIPLE else (['"', "'", "`"] if lang in SLASH else ['"', "'"])
    if lang in ("yaml", "yml", "properties", "ini", "dotenv", "env"):
        quotes = ['"', "'"]
    i, n = 0, len(body)
    code_start = 0
    outside = "string" if lang in DATA else "code"
    while i < n:
        if block and body.startswith("/*", i):
            end = body.find("*/", i + 2)
            end = n if end == -1 else end + 2
            yield from _code(body, code_start, i, outside)
            yield ("comment", i, end)
            i = code_start = end
            continue
        comment = next((c for c in line_comments if body.startswith(c, i)), None)
        if comment and (comment != "#" or lang not in ("yaml", "yml") or i == 0 or body[i - 1] in " \t\n"):
            end = body.find("\n", i)
            end = n if end == -1 else end
            yield from _code(body, code_start, i, outside)
            yield ("comment", i, end)
            i = code_start = end
            continue
        quote = next((q for q in quotes if body.startswith(q, i)), None)
        if quote:
            j = i + len(quote)
            while j < n and not body.startswith(quote, j):
                if body[j] == "\\":
                    j += 1
                elif body[j] == "\n" and len(quote) == 1 and quote != "`" and lang not in MULTILINE_QUOTES:
                    break
                j += 1
            end = min(n, j + len(quote))
            yield from _code(body, code_start, i, outside)
            yield ("string", i, end)
            i = code_start = end
            continue
        i += 1
    yield from _code(body, code_start, n, outside)


def _code(body: str, start: int, end: int, kind: str = "code"):
    if start < end and CYRILLIC.search(body, start, end):
        yield (kind, start, end)


CODE_LANGS = HASH | DASH | SLASH


class CyrillicInCode(Rule):
    """Cyrillic in code: comments, identifiers or expressions in a code fence.

    ## What it does
    In fences of programming and configuration languages, reports Cyrillic outside
    string literals: in identifiers and expressions (an error) and in comments (a
    note, option `comments`, on by default). In data formats (YAML, JSON, properties)
    only comments count: values are text. String literals are left alone unless `strings` is
    on: messages shown to users may be in Russian. Plain-text fences (`text`,
    diagrams, shell output, no language) are not code and are not checked.

    ## Why is this bad
    The course's rule is English code: students copy it into projects that English
    speakers maintain, and a Cyrillic letter inside an expression is a syntax error
    or a different name that looks the same.

    ## Example
    ````mdx
    ```python
    df = df.filter(col("status") == "active")  # только активные
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    df = df.filter(col("status") == "active")  # active rows only
    ```
    ````
    """

    code = "LNG002"
    name = "cyrillic-in-code"
    severity = Severity.WARNING
    options = {
        "comments": Option(True, "Report Cyrillic in comments."),
        "strings": Option(False, "Report Cyrillic in string literals too."),
    }

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for fence in doc.fences:
            if fence.lang.lower() not in CODE_LANGS or not CYRILLIC.search(fence.body):
                continue
            for kind, start, end in scan(fence):
                if kind == "comment" and not ctx.options["comments"]:
                    continue
                if kind == "string" and not ctx.options["strings"]:
                    continue
                match = CYRILLIC.search(fence.body, start, end)
                if match is None:
                    continue
                first = match.start()
                if kind == "code":
                    # Report the Cyrillic word itself.
                    word_end = first
                    while word_end < end and (fence.body[word_end].isalnum() or fence.body[word_end] == "_"):
                        word_end += 1
                    while first > start and (fence.body[first - 1].isalnum() or fence.body[first - 1] == "_"):
                        first -= 1
                    message = f"Cyrillic in {fence.lang} code outside a string: `{fence.body[first:word_end]}`; code is written in English"
                    ctx.report(fence.body_offset(first), fence.body_offset(word_end), message, severity=Severity.ERROR)
                else:
                    what = "comment" if kind == "comment" else "string"
                    if kind == "string":
                        start = first  # a string's text: point at the Russian itself
                    ctx.report(
                        fence.body_offset(start),
                        fence.body_offset(min(end, fence.body.find("\n", start) if "\n" in fence.body[start:end] else end)),
                        f"Russian in a {fence.lang} {what}; code and its comments are written in English",
                        severity=Severity.INFO,
                    )
