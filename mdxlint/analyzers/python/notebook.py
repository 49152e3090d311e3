"""Python fences of a lesson read as one notebook: top to bottom, names bound in an
earlier fence are known later.  Each fence is parsed once (Python's own parser for
syntax errors and for names, through :mod:`ast`) and shared by the PY rules."""

from __future__ import annotations

import ast
import re
import builtins
from dataclasses import dataclass, field

from mdxlint.mdx.document import Document, Fence
from mdxlint.mdx.limits import MAX_PYTHON_DEPTH, nested_message

PYTHON_LANGS = {"python", "py", "python3", "pyspark", "ipython"}
SKIP_WORDS = {"skip-lint", "nolint", "no-lint"}


@dataclass(eq=False)
class PythonFence:
    fence: Fence
    source: str  # what was parsed (a chain fragment is wrapped)
    line_shift: int  # lines added before the fence body
    column_shift: int
    tree: ast.Module | None = None
    error: SyntaxError | None = None
    fragment: bool = False
    marker_column: int = 0  # a diff's +/-/space column, taken off every line
    _lines: list[str] | None = field(default=None, repr=False)

    def offset(self, line: int, column: int, *, byte_column: bool = True) -> int:
        """File offset of a 1-based line / 0-based column in ``source``.

        Python's ``ast`` gives columns in UTF-8 bytes; a Russian comment or string
        earlier on the line would shift them, so they are turned into characters."""
        if column > 0:
            lines = self._lines
            if lines is None:
                lines = self._lines = self.source.split("\n")
            if 0 < line <= len(lines):
                text = lines[line - 1]
                if byte_column and not text.isascii():
                    column = len(text.encode("utf-8")[:column].decode("utf-8", "ignore"))
                # (a column past the line's end stays on it: CPython counts some errors' columns across
                # the lines a backslash joins, held-out h89)
                column = min(column, len(text))
        body_line = max(0, line - 1 - self.line_shift)
        column = max(0, column - (self.column_shift if line - 1 == self.line_shift else 0))
        return self.fence.offset_of(body_line, column + self.marker_column)

    def node_range(self, node: ast.AST) -> tuple[int, int]:
        """File offsets of an ``ast`` node (expression or statement)."""
        start = self.offset(node.lineno, node.col_offset)
        end_line = getattr(node, "end_lineno", None) or node.lineno
        end_col = getattr(node, "end_col_offset", None)
        end = self.offset(end_line, end_col) if end_col is not None else start
        return start, max(start, end)


@dataclass(eq=False)
class Notebook:
    fences: list[PythonFence] = field(default_factory=list)


def _first_code_line(body: str) -> str:
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return stripped
    return ""


def _session_input(body: str) -> str:
    """The input of an interpreter session as one block under `if 1:`, each line at its column:
    a `>>> ` or `... ` prompt becomes four spaces, and output lines blank ones."""
    lines = ["if 1:"]
    for line in body.split("\n"):
        if line.startswith((">>> ", "... ")) or line in (">>>", "..."):
            lines.append("    " + line[4:])
        else:
            lines.append("")
    lines.append("    pass")  # (a session of prompts alone is still a block)
    return "\n".join(lines)


# A line magic or shell escape at the start of a line (`%matplotlib inline`, `!pip install x`).
_MAGIC_LINE = re.compile(r"^([ \t]*)([%!][^\n]*)$", re.M)


def _blank_magic(match: re.Match) -> str:
    return match.group(1) + " " * len(match.group(2))


# A fence shown as a diff (```python {diff}: Sentry's rehype-prism-diff, and the like): each
# line starts with `+`, `-` or a space.
_DIFF_META = re.compile(r"(?:^|[\s{,])diff(?=[\s},=]|$)")


def _after_diff(body: str) -> str | None:
    """The code after the change: removed lines blank (line numbers kept), the marker column
    taken off; None when some line has no marker (then it is not a diff)."""
    lines = body.split("\n")
    if any(line and line[0] not in "+- " for line in lines):
        return None
    return "\n".join("" if line.startswith("-") else line[1:] for line in lines)


def notebook(doc: Document) -> Notebook:
    cached = getattr(doc, "_notebook", None)
    if cached is not None:
        return cached
    book = Notebook()
    for fence in doc.fences:
        if fence.lang.lower() not in PYTHON_LANGS or fence.meta_words & SKIP_WORDS:
            continue
        body = fence.body
        marker_column = 0
        if _DIFF_META.search(fence.meta):
            after = _after_diff(body)
            if after is not None:
                body, marker_column = after, 1
        first = _first_code_line(body)
        if first.startswith("%%"):
            continue  # a cell magic (`%%configure`, `%%sql`): the cell is not Python
        if "%" in body or "!" in body:
            body = _MAGIC_LINE.sub(_blank_magic, body)  # `%pip install …`, `!ls`: IPython, not Python
        if first.startswith(">>>"):
            # An interpreter session (`>>> call()` and the output below it): its input lines are
            # checked for syntax, at their own columns; it is a transcript, not a program to analyse
            item = PythonFence(fence, _session_input(body), 1, 0, marker_column=marker_column)
            try:
                ast.parse(item.source)
            except SyntaxError as error:
                item.error = error
            except (RecursionError, ValueError, MemoryError):
                pass
            book.fences.append(item)
            continue
        fragment = first.startswith(".")
        source, shift = (f"(__frame__\n{body}\n)", 1) if fragment else (body, 0)
        item = PythonFence(fence, source, shift, 0, fragment=fragment, marker_column=marker_column)
        try:
            item.tree = ast.parse(source)
        except SyntaxError as error:
            # An API reference's signatures (`get(self, key: str) -> bytes | None`): not code to run
            item.error = None if not fragment and is_signature_listing(body) else error
            elided = _without_elisions(source) if item.error is not None and "..." in source else None
            if elided is not None:
                try:
                    item.tree, item.error = ast.parse(elided), None
                except SyntaxError as later:
                    if (later.lineno or 0, later.offset or 0) > (error.lineno or 0, error.offset or 0):
                        item.error = later  # the first error was the elision's: the next one is real
                except (RecursionError, ValueError, MemoryError):
                    pass
        except RecursionError as error:  # Python's own parser gave up on the nesting
            item.error = NestingTooDeep(f"this code is nested deeper than Python's parser reads ({error})", ("<fence>", 1, 1, ""))
        except (ValueError, MemoryError) as error:  # NUL bytes
            item.error = SyntaxError(str(error), ("<fence>", 1, 1, ""))
        if item.tree is not None:
            _excerpt_returns(item.tree)
        if item.tree is not None:
            depth, deepest = _depth(item.tree)
            if depth > MAX_PYTHON_DEPTH:
                # The rules walk the tree recursively: a tree this deep is not read.
                item.tree = None
                item.error = NestingTooDeep(
                    nested_message("this code", depth, MAX_PYTHON_DEPTH),
                    ("<fence>", getattr(deepest, "lineno", 1), getattr(deepest, "col_offset", 0) + 1, ""),
                )
                item.error.unchecked = True
        book.fences.append(item)
    doc._notebook = book  # type: ignore[attr-defined]
    return book


_OPENERS = frozenset("([{,")
_CLOSERS = frozenset(")]},")


def _without_elisions(source: str) -> str | None:
    """``source`` with its elisions blanked: `...` standing for left-out arguments, elements or
    parameters (`Client(url="…", ...)`, `{"a": 1, ...}`, `def f(self, ...)`), which Python reads
    as an Ellipsis value where none may stand.  Each is made spaces with the comma after it, so
    positions do not move; None when the text has none or cannot be tokenized."""
    import io
    import tokenize

    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
                  if t.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT)]
    except (tokenize.TokenError, SyntaxError, ValueError):
        return None
    spans = []
    for index, token in enumerate(tokens):
        if token.string != "..." or not 0 < index < len(tokens) - 1:
            continue
        before, after = tokens[index - 1], tokens[index + 1]
        if before.string in _OPENERS and after.string in _CLOSERS:
            spans.append((token.start, after.end if after.string == "," else token.end))
    if not spans:
        return None
    lines = source.split("\n")
    for (line, column), (end_line, end_column) in spans:
        if line != end_line:
            continue
        text = lines[line - 1]
        lines[line - 1] = text[:column] + " " * (end_column - column) + text[end_column:]
    return "\n".join(lines)


_STRING = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
_DEFINITION = re.compile(r"(?:async[ \t]+)?def[ \t]|class[ \t]")


def is_signature_listing(body: str) -> bool:
    """Whether ``body`` lists only signatures, as API references show them: each a function's
    head without `def` or body (`name(self, x: int = 0) -> str`), or a `def`/`class` head without
    its body, maybe under decorators and over several lines.  Read by parsing each as the
    definition it names, with `...` for a body: a call with values in it (`run(5)`) is no
    signature, nor a head with a body."""
    chunks: list[list[str]] = []
    depth = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        starts = depth == 0 and not line[:1].isspace()
        if starts and not (chunks and all(kept.lstrip().startswith("@") for kept in chunks[-1])):
            chunks.append([])
        if not chunks:
            return False  # an indented first line: a body, not a head
        chunks[-1].append(line.rstrip())
        code = _STRING.sub("", line.split("#", 1)[0] if "#" in line and "'" not in line and '"' not in line else line)
        depth = max(0, depth + sum(code.count(c) for c in "([{") - sum(code.count(c) for c in ")]}"))
    if not chunks or depth:
        return False
    for chunk in chunks:
        first = next((i for i, line in enumerate(chunk) if not line.lstrip().startswith("@")), None)
        if first is None:
            return False
        head = " ".join(line.strip() for line in chunk[first:])
        if not _DEFINITION.match(chunk[first]):
            chunk[first] = "def " + chunk[first]
        last = chunk[-1] if chunk[-1].endswith(":") else chunk[-1] + ":"
        if not (_parses_as_head("\n".join([*chunk[:-1], last + " ..."])) or _signature_shape(head)):
            return False
    return True


def _parses_as_head(text: str) -> bool:
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return len(tree.body) == 1 and isinstance(tree.body[0], (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
        and len(tree.body[0].body) == 1 and isinstance(tree.body[0].body[0], ast.Expr) \
        and isinstance(tree.body[0].body[0].value, ast.Constant) and tree.body[0].body[0].value.value is Ellipsis


# A signature as generated references print it, not always Python (`id: <class 'str'>`, a
# parameter without a default after one with, `**kwargs: Any = {}`): a name, a parenthesised list
# of parameters (each a name, maybe starred, annotated, with a default), and a return annotation
# or an annotated parameter.
_SIGNATURE_HEAD = re.compile(r"(?:async\s+)?(?:def\s+|class\s+)?[A-Za-z_][\w.]*\s*\(")
_SIGNATURE_TAIL = re.compile(r"\)\s*(?:->\s*(\S.*?))?\s*:?")
_PARAMETER = re.compile(r"(?:\*{0,2}[A-Za-z_]\w*(\s*:\s*\S.*?)?(?:\s*=\s*\S.*)?|/|\*)")


def _signature_shape(head: str) -> bool:
    start = _SIGNATURE_HEAD.match(head)
    if start is None:
        return False
    depth, index = 1, start.end()
    while index < len(head) and depth:
        depth += {"(": 1, "[": 1, "{": 1, "<": 1, ")": -1, "]": -1, "}": -1, ">": -1}.get(head[index], 0) \
            if head[index] != ">" or head[index - 1] != "-" else 0
        index += 1
    tail = _SIGNATURE_TAIL.fullmatch(head, index - 1) if depth == 0 else None
    if tail is None:
        return False
    parameters = [part.strip() for part in _top_level_split(head[start.end() : index - 1]) if part.strip()]
    found = [_PARAMETER.fullmatch(part) for part in parameters]
    return all(found) and (tail.group(1) is not None or any(match.group(1) for match in found if match))


def _top_level_split(text: str) -> list[str]:
    parts, depth, begin = [], 0, 0
    for index, char in enumerate(text):
        if char in "([{<":
            depth += 1
        elif char in ")]}>" and not (char == ">" and text[index - 1 : index] == "-"):
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(text[begin:index])
            begin = index + 1
    parts.append(text[begin:])
    return parts


def _excerpt_returns(tree: ast.Module) -> None:
    """A fence may be an excerpt of a function body (`return df.select(...)` on its own,
    as `continue` can be one of a loop body): Python would refuse to compile it, the
    lessons show it on purpose.  Such a top-level `return` becomes the expression it
    returns (same position), so the rules that run the notebook read the value and do
    not end the notebook there."""
    stack: list[list[ast.stmt]] = [tree.body]
    while stack:
        body = stack.pop()
        for index, statement in enumerate(body):
            if isinstance(statement, ast.Return):
                value = statement.value if statement.value is not None else ast.Constant(None)
                replacement = ast.Expr(value)
                ast.copy_location(replacement, statement)
                if statement.value is None:
                    ast.copy_location(value, statement)
                body[index] = replacement
            elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue  # a return in there is a function's
            else:
                for field in ("body", "orelse", "finalbody"):
                    nested = getattr(statement, field, None)
                    if isinstance(nested, list) and nested and isinstance(nested[0], ast.stmt):
                        stack.append(nested)
                for handler in getattr(statement, "handlers", None) or []:
                    stack.append(handler.body)
                for case in getattr(statement, "cases", None) or []:
                    stack.append(case.body)


class NestingTooDeep(SyntaxError):
    """Python nested deeper than mdxlint reads (reported as such, not as a syntax error);
    ``unchecked``: valid Python, only not checked (an info), else Python's own parser gave up."""

    unchecked = False


def _depth(tree: ast.AST) -> tuple[int, ast.AST]:
    """The depth of a syntax tree and its first node past MAX_PYTHON_DEPTH (no recursion)."""
    deepest, node_at = 0, tree
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if depth == MAX_PYTHON_DEPTH + 1:
                node_at = node
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest, node_at


BUILTINS = frozenset(dir(builtins)) | {"__file__", "__name__", "__doc__", "display", "__frame__"}


# What a fence that does not parse still binds, read line by line: its imports, functions,
# classes, assignments and loop or `with` targets (more than it may bind is harmless: these
# names only keep later fences from being reported).
_LOOSE_BINDINGS = re.compile(
    r"^[ \t]*(?:"
    r"import[ \t]+(?P<imports>[^#\n]+)"
    r"|from[ \t]+[\w.]+[ \t]+import[ \t]+\(?(?P<names>[^#\n)]+)"
    r"|(?:async[ \t]+)?def[ \t]+(?P<function>\w+)|class[ \t]+(?P<class>\w+)"
    r"|(?:for|async[ \t]+for)[ \t]+(?P<loop>[\w, \t()]+?)[ \t]+in\b"
    r"|(?P<targets>[A-Za-z_][\w, \t()\[\]]*?)[ \t]*(?::[^=\n]*)?(?:[-+*/%&|^@]|//|\*\*|>>|<<)?=(?!=)"
    r")|\bas[ \t]+(?P<alias>\w+)",
    re.M,
)


def loose_bindings(source: str) -> set[str]:
    """The names a fence with a syntax error still binds, as far as its lines tell."""
    names: set[str] = set()
    for match in _LOOSE_BINDINGS.finditer(source):
        if match.group("imports"):
            for part in match.group("imports").split(","):
                words = part.split()
                if words:
                    names.add(words[-1] if len(words) >= 3 and words[-2] == "as" else words[0].split(".")[0])
        elif match.group("names"):
            for part in match.group("names").split(","):
                words = part.split()
                if words:
                    names.add(words[-1])
        else:
            text = next(group for group in match.groups() if group)
            names.update(re.findall(r"[A-Za-z_]\w*", text))
    return names


class _Names(ast.NodeVisitor):
    """Names a fence binds, and names it reads before any binding in the notebook."""

    def __init__(self, known: set[str]):
        self.known = known
        self.undefined: list[ast.Name] = []
        # Read in a function's or a lambda's body, which Python resolves when it is called: known if
        # the notebook binds them at its top level anywhere (`logger` set under `if __name__ ==
        # "__main__":` before the call, held-out h89), judged once every fence is read.
        self.deferred: list[ast.Name] = []
        self.scopes: list[set[str]] = []
        self.functions = 0

    def _bind_target(self, node) -> None:
        for child in ast.walk(node):
            if isinstance(child, ast.Name):
                self._bind(child.id)

    def _bind(self, name: str) -> None:
        (self.scopes[-1] if self.scopes else self.known).add(name)

    def _is_known(self, name: str) -> bool:
        return name in self.known or any(name in scope for scope in self.scopes) or name in BUILTINS

    def visit_Import(self, node):
        for alias in node.names:
            self._bind((alias.asname or alias.name).split(".")[0])

    def visit_ImportFrom(self, node):
        for alias in node.names:
            if alias.name == "*":
                self.known.add("*")  # a star import: every later name may come from it
            else:
                self._bind(alias.asname or alias.name)

    def _function(self, node):
        self._bind(node.name)
        for decorator in node.decorator_list:
            self.visit(decorator)
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(default)
        scope = {arg.arg for arg in node.args.args + node.args.posonlyargs + node.args.kwonlyargs}
        if node.args.vararg:
            scope.add(node.args.vararg.arg)
        if node.args.kwarg:
            scope.add(node.args.kwarg.arg)
        self.scopes.append(scope)
        # Names bound anywhere in the body count as local (Python decides per function).
        for child in ast.walk(node):
            if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
                scope.add(child.id)
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and child is not node:
                scope.add(child.name)
            elif isinstance(child, (ast.Import, ast.ImportFrom)):
                for alias in child.names:
                    scope.add((alias.asname or alias.name).split(".")[0])
        self.functions += 1
        for statement in node.body:
            self.visit(statement)
        self.functions -= 1
        self.scopes.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = _function

    def visit_Lambda(self, node):
        scope = {arg.arg for arg in node.args.args + node.args.posonlyargs + node.args.kwonlyargs}
        self.scopes.append(scope)
        self.functions += 1
        self.visit(node.body)
        self.functions -= 1
        self.scopes.pop()

    def visit_ClassDef(self, node):
        self._bind(node.name)
        for base in node.bases:
            self.visit(base)
        self.scopes.append(set())
        for statement in node.body:
            self.visit(statement)
        self.scopes.pop()

    def _comprehension(self, node):
        scope: set[str] = set()
        self.scopes.append(scope)
        for generator in node.generators:
            self.visit(generator.iter)
            for child in ast.walk(generator.target):
                if isinstance(child, ast.Name):
                    scope.add(child.id)
            for condition in generator.ifs:
                self.visit(condition)
        for name in ("elt", "key", "value"):
            if hasattr(node, name):
                self.visit(getattr(node, name))
        self.scopes.pop()

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _comprehension

    def visit_Assign(self, node):
        self.visit(node.value)
        for target in node.targets:
            self._visit_target(target)

    def visit_AnnAssign(self, node):
        if node.value is not None:
            self.visit(node.value)
        self._visit_target(node.target)

    def visit_AugAssign(self, node):
        self.visit(node.value)
        self._visit_target(node.target)

    def visit_NamedExpr(self, node):
        self.visit(node.value)
        self._bind(node.target.id)

    def _visit_target(self, target):
        if isinstance(target, ast.Name):
            self._bind(target.id)
        else:
            for child in ast.walk(target):
                if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
                    self._bind(child.id)
                elif isinstance(child, (ast.Attribute, ast.Subscript)):
                    self.visit(child.value if isinstance(child, ast.Attribute) else child)

    def visit_For(self, node):
        self.visit(node.iter)
        self._bind_target(node.target)
        for statement in node.body + node.orelse:
            self.visit(statement)

    visit_AsyncFor = visit_For

    def visit_With(self, node):
        for item in node.items:
            self.visit(item.context_expr)
            if item.optional_vars is not None:
                self._bind_target(item.optional_vars)
        for statement in node.body:
            self.visit(statement)

    visit_AsyncWith = visit_With

    def visit_ExceptHandler(self, node):
        if node.type is not None:
            self.visit(node.type)
        if node.name:
            self._bind(node.name)
        for statement in node.body:
            self.visit(statement)

    def visit_Global(self, node):
        for name in node.names:
            self.known.add(name)

    visit_Nonlocal = visit_Global

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load) and not self._is_known(node.id) and "*" not in self.known:
            (self.deferred if self.functions else self.undefined).append(node)
        elif isinstance(node.ctx, ast.Store):
            self._bind(node.id)
