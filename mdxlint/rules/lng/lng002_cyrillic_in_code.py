import re
from functools import lru_cache

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document, Fence
from mdxlint.analyzers.language import CYRILLIC
from mdxlint.analyzers.language.identify import SCRIPT_OF
from mdxlint.analyzers.language.policy import cyrillic_by_letters
from mdxlint.project.locales import language_name, locale_for
from mdxlint.lint.rule import Option, Rule, RuleContext

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


@lru_cache(maxsize=64)
def _lexer(lang: str) -> re.Pattern:
    """Comments and strings of a language as one alternation, for ``finditer``."""
    parts = []
    if lang in SLASH or lang in DASH:
        parts.append(r"(?P<block>/\*.*?(?:\*/|\Z))")
    line_comments = ["#"] if lang in HASH else ["--"] if lang in DASH else ["//"] if lang in SLASH else []
    if lang in ("ini", "properties"):
        line_comments = ["#", ";", "!"]
    if line_comments:
        marker = "|".join(re.escape(c) for c in line_comments)
        prefix = r"(?:(?<=^)|(?<=[ \t]))" if lang in ("yaml", "yml") else ""
        parts.append(rf"(?P<line>{prefix}(?:{marker})[^\n]*)")
    quotes = ['"""', "'''", '"', "'"] if lang in TRIPLE else (['"', "'", "`"] if lang in SLASH else ['"', "'"])
    multiline = lang in MULTILINE_QUOTES
    for quote in quotes:
        q = re.escape(quote)
        if len(quote) == 3 or quote == "`" or multiline:
            parts.append(rf"(?P<s{len(parts)}>{q}(?:\\.|(?!{q}).)*?(?:{q}|\Z))")
        else:
            parts.append(rf"(?P<s{len(parts)}>{q}(?:\\.|[^{q}\\\n])*(?:{q}|$))")
    return re.compile("|".join(parts), re.S | re.M)


def scan(fence: Fence):
    """(kind, start index in body, end index) for comments and code with Cyrillic;
    kind is "comment", "string" or "code"."""
    lang = fence.lang.lower()
    body = fence.body
    outside = "string" if lang in DATA else "code"
    cursor = 0
    # Quotes in JSX text are text (`<button>Обновить "api"</button>`, held-out h94): a string the
    # lexer finds inside such text is left to it (_code reads the whole text as shown to readers).
    texts = [found.span() for found in _JSX_TEXT.finditer(body)
             if CYRILLIC.search(found.group()) and not _NOT_JSX_TEXT.search(found.group())] \
        if lang in JSX_LANGS and ('"' in body or "'" in body) and CYRILLIC.search(body) else []
    for match in _lexer(lang).finditer(body):
        if match.start() == match.end():
            continue
        if texts and match.lastgroup not in ("block", "line") and any(a < match.start() and match.end() <= b for a, b in texts):
            continue
        yield from _code(body, cursor, match.start(), outside, lang)
        kind = "comment" if match.lastgroup in ("block", "line") else "string"
        if CYRILLIC.search(body, match.start(), match.end()):
            yield (kind, match.start(), match.end())
        cursor = match.end()
    yield from _code(body, cursor, len(body), outside, lang)


# JSX text (``<h1>Список дел</h1>``, ``<p>{n} элементов</p>``) is shown to readers, like a string.
JSX_LANGS = {"js", "jsx", "javascript", "ts", "tsx", "typescript", "mdx"}
# (linear: the text between a `>` or `}` and the next `<` or `{`; those with Cyrillic are kept by
# the callers.  A Cyrillic letter required inside the pattern backtracked: quadratic, review h96)
_JSX_TEXT = re.compile(r"(?<=[>}])[^<>{}]*(?=[<{])")
# What JSX text with a quote in it does not hold, where code between a `>` and a `<` may: a
# comment, a statement's end, a line break (`count > 0 ? имя : "a"` then `if (x < 1)`, review h96).
_NOT_JSX_TEXT = re.compile(r"//|/\*|;|\n")


def _code(body: str, start: int, end: int, kind: str = "code", lang: str = ""):
    if not (start < end and CYRILLIC.search(body, start, end)):
        return
    if lang in JSX_LANGS:
        cursor = start
        for match in _JSX_TEXT.finditer(body, start, end):
            if not CYRILLIC.search(body, match.start(), match.end()):
                continue
            if CYRILLIC.search(body, cursor, match.start()):
                yield (kind, cursor, match.start())
            yield ("string", match.start(), match.end())
            cursor = match.end()
        if CYRILLIC.search(body, cursor, end):
            yield (kind, cursor, end)
        return
    yield (kind, start, end)


CODE_LANGS = HASH | DASH | SLASH
SHELL = {"bash", "sh", "shell", "zsh"}
# What a shell command starts after (besides a line's start): a pipe, `;`, `&&`, `||`, `(`, `$(`, a backtick.
_COMMAND_START = frozenset("\n|;&(`")


# A shell prompt before a command a reader types (`$ helm help`, `% ls`): where a block shows them,
# its other lines are what the commands print.
_PROMPT = re.compile(r"[ \t]*[$%][ \t]")


def shell_output_lines(body: str) -> list[tuple[int, int]]:
    """The spans of the lines of a shell block that are a command's output: in a block whose commands
    have a prompt (`$ `, `% `), a line after the first prompt that has none, does not go on a command
    (after a line ending with `\\`, `|`, `&&` or `||`) and is no comment; none in a block with no
    prompt (held-out h126: helm-www, a plugin's help text; review h128)."""
    lines = body.split("\n")
    if not any(_PROMPT.match(line) for line in lines):
        return []
    spans, offset, going_on, prompted = [], 0, False, False
    for line in lines:
        prompt = _PROMPT.match(line) is not None
        if prompted and not prompt and not going_on and line.strip() and not line.lstrip().startswith("#"):
            spans.append((offset, offset + len(line)))
        prompted = prompted or prompt
        going_on = (prompt or going_on) and line.rstrip().endswith(("\\", "|", "&&"))
        offset += len(line) + 1
    return spans


def shell_argument(body: str, offset: int) -> bool:
    """Whether ``offset`` lies in an argument of a shell command (a word that is neither the
    command, nor a variable being set or read): the shell reads it as text, like a string
    (`git clone https://github.com/ВАШ_НИКНЕЙМ/repo.git`)."""
    token_start = offset
    while token_start > 0 and not body[token_start - 1].isspace():
        token_start -= 1
    token_end = offset
    while token_end < len(body) and not body[token_end].isspace():
        token_end += 1
    token = body[token_start:token_end]
    equals = token.find("=")
    if 0 < equals:
        return token_start + equals < offset  # NAME=значение: a value; ИМЯ=value: a variable's name
    if "$" in body[token_start:offset + 1]:
        return False  # $ИМЯ, ${ИМЯ}
    before = token_start - 1
    while before >= 0 and body[before] in " \t":
        before -= 1
    if before >= 0 and body[before] in "$%" and not body[body.rfind("\n", 0, before) + 1 : before].strip(" \t"):
        return False  # the command after a prompt (`$ команда`)
    return before >= 0 and body[before] not in _COMMAND_START


def _cyrillic_language(text: str, expected: str) -> str:
    """The language a comment's Cyrillic text is in: by the letters only one of Russian and
    Ukrainian has, else ``expected`` (the page's, see _page_cyrillic_language)."""
    by_letters = cyrillic_by_letters(text)
    return language_name(by_letters) if by_letters else expected


def _translated_page(path: str) -> bool:
    """Whether the page is in a Cyrillic-script locale of a site written in several languages
    (its i18n setup says so): a translator translates the code's comments too."""
    answer = locale_for(path)
    return (answer is not None and answer.translation and len(answer.site_languages) > 1
            and SCRIPT_OF.get(answer.language) == "cyrillic")


def _page_cyrillic_language(path: str, ctx: RuleContext) -> str:
    """The Cyrillic-script language the page's folder or the configuration expects, else just
    "Cyrillic text" (a Ukrainian comment is not "Russian")."""
    answer = locale_for(path)
    expected = answer.language if answer is not None else ctx.settings.prose_language
    return language_name(expected) if SCRIPT_OF.get(expected) == "cyrillic" else "Cyrillic text"


class CyrillicInCode(Rule):
    """Cyrillic in code: comments, identifiers or expressions in a code fence.

    ## What it does
    In fences of programming and configuration languages, reports Cyrillic outside
    string literals: in identifiers and expressions (an error) and in comments (a
    note, option `comments`, on by default). In data formats (YAML, JSON, properties)
    only comments count: values are text. In shell, a command's arguments are text too
    (the shell reads an unquoted word as a string: `git clone https://…/ВАШ_НИК/repo.git`
    names a placeholder); command and variable names are code. String literals, and the text of JSX elements
    in JavaScript and TypeScript (`<h1>Список дел</h1>`), are left alone unless `strings`
    is on: text shown to users may be in Russian. Plain-text fences (`text`,
    diagrams, shell output, no language) are not code and are not checked, nor are the lines
    of a shell block that shows its commands with a prompt (`$ `, `% `) and has no prompt
    itself: what the commands print. On a site
    written in several languages, a page in its Russian or Ukrainian locale (as its
    i18n setup says) is a translation, whose comments are translated on purpose: only
    Cyrillic in identifiers and expressions is reported there.

    ## Why is this bad
    The course's rule is English code: students copy it into projects that English
    speakers maintain, and a Cyrillic letter inside an expression is a syntax error
    or a different name that looks the same.

    ## Example
    ````mdx
    ```python
    total = sum([1, 2, 3])  # сумма заказов
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    total = sum([1, 2, 3])  # order total
    ```
    ````
    """

    code = "LNG002"
    name = "cyrillic-in-code"
    severity = Severity.WARNING
    severities = (Severity.ERROR, Severity.INFO)
    options = {
        "comments": Option(True, "Report Cyrillic in comments."),
        "strings": Option(False, "Report Cyrillic in string literals too."),
    }

    def check(self, doc: Document, ctx: RuleContext) -> None:
        page_language = ""
        translation: bool | None = None
        for fence in doc.fences:
            if fence.lang.lower() not in CODE_LANGS or not CYRILLIC.search(fence.body):
                continue
            if translation is None:
                translation = _translated_page(doc.path)
            output = shell_output_lines(fence.body) if fence.lang.lower() in SHELL else []
            for kind, start, end in scan(fence):
                if kind != "code" and translation:
                    continue
                if kind == "comment" and not ctx.options["comments"]:
                    continue
                if kind == "string" and not ctx.options["strings"]:
                    continue
                match = next((found for found in CYRILLIC.finditer(fence.body, start, end)
                              if not any(low <= found.start() < high for low, high in output)), None)
                if match is None:
                    continue  # (none, or only in what the commands print)
                first = match.start()
                if kind == "code" and fence.lang.lower() in SHELL:
                    # Arguments are text: the first Cyrillic that is a command or a variable name.
                    code = next((m.start() for m in CYRILLIC.finditer(fence.body, match.start(), end)
                                 if not shell_argument(fence.body, m.start())
                                 and not any(low <= m.start() < high for low, high in output)), None)
                    if code is not None:
                        first = code
                    else:
                        kind = "string"
                        if not ctx.options["strings"]:
                            continue
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
                    page_language = page_language or _page_cyrillic_language(doc.path, ctx)
                    what = "comment" if kind == "comment" else "string"
                    if kind == "string":
                        start = first  # a string's text: point at the Russian itself
                    ctx.report(
                        fence.body_offset(start),
                        fence.body_offset(min(end, fence.body.find("\n", start) if "\n" in fence.body[start:end] else end)),
                        f"{_cyrillic_language(fence.body[start:end], page_language)} in a {fence.lang} {what}; "
                        "code and its comments are written in English",
                        severity=Severity.INFO,
                    )
