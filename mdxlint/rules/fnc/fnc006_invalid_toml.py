import re

from mdxlint.analyzers.configs.structured import shown_text
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document

try:
    import tomllib
except ImportError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

# tomllib says where it stopped: "… (at line 2, column 5)" or "… (at end of document)".
_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$|\s*\(at end of document\)$")
# What a documentation page writes in place of a value or of lines left out: not TOML, not a mistake.
_ELISION = re.compile(r"^[ \t]*(?:\.\.\.|…|#\s*\.\.\.)[ \t]*$|<[A-Za-z_][^<>\n]{0,60}>|\{\{.*?\}\}|\$\{[^}\n]*\}", re.M)
TOML_LANGS = frozenset({"toml"})
_ANY_FILE_NAME_COMMENT = re.compile(
    r"\A(?:[ \t]*\n){0,3}[ \t]*(?://|#|--|/\*|<!--)[ \t]*(?:[\w ]+:[ \t]*)?[\w./@+-]+\.\w+[ \t]*(?:\*/|-->)?[ \t]*(?=\n|\Z)")


class InvalidToml(Rule):
    """TOML fence that does not parse.

    ## What it does
    Parses every `toml` fence as TOML 1.0 (Python's `tomllib`, the reader of
    `pyproject.toml`; Cargo, Hugo and Netlify read the same language) and reports the first
    error at the line and column it names. A fence that stands for a file with parts left
    out (`...` or `…` lines) or with placeholders (`<version>`, `{{ .Values.x }}`,
    `${VAR}`) is not judged, nor, on sites that highlight with Expressive Code (Starlight),
    a comment naming a file in the first lines (`// Trunk.toml`), which it shows as the
    title and removes from the code.

    ## Why is this bad
    Readers copy these files as they are: a `//` comment, a missing quote or a key
    given twice stops the program that reads it, often far from the mistake.

    ## Example
    ````mdx
    ```toml
    // Trunk.toml
    [build]
    target = "index.html"
    ```
    ````

    ## Use instead
    ````mdx
    ```toml
    # Trunk.toml
    [build]
    target = "index.html"
    ```
    ````
    """

    code = "FNC006"
    name = "invalid-toml"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for fence in doc.fences:
            if fence.lang.lower() not in TOML_LANGS:
                continue
            site = ctx.settings.site
            body = shown_text(fence.body, site)
            if site is not None and site.highlighter.value == "expressive-code":
                # Expressive Code takes a comment naming a file in the first lines for the title and
                # removes it, whatever its comment syntax (`// Trunk.toml`): readers never see it.
                body = _ANY_FILE_NAME_COMMENT.sub(lambda found: re.sub(r"[^\n]", " ", found.group()), body, count=1)
            if not body.strip() or _ELISION.search(body):
                continue
            try:
                tomllib.loads(body)
            except tomllib.TOMLDecodeError as error:
                message = str(error)
                where = _WHERE.search(message)
                index = len(body.rstrip("\n"))
                if where is not None and where.group(1):
                    line, column = int(where.group(1)), int(where.group(2))
                    starts = [0] + [i + 1 for i, ch in enumerate(body) if ch == "\n"]
                    if line - 1 < len(starts):
                        index = min(starts[line - 1] + column - 1, len(body))
                problem = _WHERE.sub("", message) if where is not None else message
                offset = fence.body_offset(index)
                ctx.report(offset, offset + 1, f"invalid TOML: {problem}")
            except RecursionError:
                pass  # (nested past Python's reader: not judged)
