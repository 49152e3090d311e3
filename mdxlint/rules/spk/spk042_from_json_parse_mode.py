import ast

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import FUNCTIONS_MODULE, Site, analyze, spark_raises

# The parse modes from_json (and from_csv) accept; DROPMALFORMED is the reader's only.
ACCEPTED_MODES = ("PERMISSIVE", "FAILFAST")


def _mode_node(options: ast.AST, tree: ast.Module | None = None) -> ast.Constant | None:
    """The `mode` value of a literal options dict: `{"mode": "DROPMALFORMED"}`, `dict(mode=...)`,
    or one a name in the same fence was last given before the call (Spark reads option keys in
    any case: `{"MODE": …}`)."""
    if isinstance(options, ast.Name) and tree is not None:
        value = _assigned_before(options, tree)
        return _mode_node(value) if value is not None else None
    if isinstance(options, ast.Dict):
        for key, value in zip(options.keys, options.values):
            if (isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value.lower() == "mode"
                    and isinstance(value, ast.Constant)):
                return value
    if isinstance(options, ast.Call) and isinstance(options.func, ast.Name) and options.func.id == "dict":
        for keyword in options.keywords:
            if keyword.arg is not None and keyword.arg.lower() == "mode" and isinstance(keyword.value, ast.Constant):
                return keyword.value
    return None


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_CHANGES = ("update", "setdefault", "pop", "clear", "popitem")


def _assigned_before(name: ast.Name, tree: ast.Module) -> ast.expr | None:
    """The value ``name`` was last given, in its own scope, before it is read; None where that is
    not plain: a parameter, a change after the assignment (`opts["mode"] = …`, `opts.update(…)`)."""
    functions = [node for node in ast.walk(tree) if isinstance(node, _SCOPES)]

    def scope_of(line: int) -> ast.AST:
        around = [node for node in functions if node.lineno <= line <= (node.end_lineno or node.lineno)]
        return max(around, key=lambda node: node.lineno) if around else tree

    scope = scope_of(name.lineno)
    if scope is not tree and name.id in {arg.arg for arg in ast.walk(scope.args) if isinstance(arg, ast.arg)}:
        return None
    assigned = [node for node in ast.walk(scope) if isinstance(node, ast.Assign) and node.lineno < name.lineno
                and scope_of(node.lineno) is scope
                and any(isinstance(target, ast.Name) and target.id == name.id for target in node.targets)]
    if not assigned:
        return None
    last = max(assigned, key=lambda node: node.lineno)
    for node in ast.walk(scope):
        if not last.lineno < getattr(node, "lineno", 0) <= name.lineno:
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AugAssign) else []
        if any(isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) and target.value.id == name.id
               for target in targets):
            return None
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _CHANGES
                and isinstance(node.func.value, ast.Name) and node.func.value.id == name.id):
            return None
    return last.value


class FromJsonParseMode(Rule):
    """`from_json`/`from_csv` with a parse mode they do not have (`DROPMALFORMED`).

    ## What it does
    Reports `from_json(col, schema, {"mode": …})` and `from_csv(…)` whose options set
    a `mode` other than `PERMISSIVE` or `FAILFAST`, in a literal dict or `dict(mode=…)`, or one held
    in a name of the same fence (keys in any case: `{"MODE": …}`).

    ## Why is this bad
    `DROPMALFORMED` is a mode of the JSON and CSV readers (`spark.read.json`), not of
    the functions: Spark raises `[PARSE_MODE_UNSUPPORTED] The function `from_json`
    doesn't support the DROPMALFORMED mode` when the rows are read (a streaming query
    on its first batch). To drop rows that do not parse, keep `PERMISSIVE` and filter
    the rows whose parsed struct is null.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F
    raw = spark.createDataFrame([('{"id": 1}',), ("not json",)], ["value"])
    rows = raw.select(F.from_json("value", "id INT", {"mode": "DROPMALFORMED"}).alias("e")).collect()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F
    raw = spark.createDataFrame([('{"id": 1}',), ("not json",)], ["value"])
    parsed = raw.select(F.from_json("value", "id INT").alias("e"))
    rows = parsed.where(F.col("e").isNotNull()).collect()
    ```
    ````
    """

    code = "SPK042"
    name = "from-json-parse-mode"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for call in analyze(doc).calls:
            node = call.site.node
            if not (isinstance(node, ast.Call) and call.name in (f"{FUNCTIONS_MODULE}.from_json", f"{FUNCTIONS_MODULE}.from_csv")):
                continue
            function = call.name.rsplit(".", 1)[1]
            options = node.args[2] if len(node.args) > 2 else next((k.value for k in node.keywords if k.arg == "options"), None)
            mode = _mode_node(options, call.site.fence.tree) if options is not None else None
            if mode is None or not isinstance(mode.value, str) or mode.value.upper() in ACCEPTED_MODES:
                continue
            text = (f"[PARSE_MODE_UNSUPPORTED] The function `{function}` doesn't support the {mode.value.upper()} mode. "
                    "Acceptable modes are PERMISSIVE and FAILFAST.")
            # At the mode where the call writes it, else at the options' name in the call (where Spark raises).
            where = options if isinstance(options, ast.Name) else mode
            ctx.report(*Site(call.site.fence, where).range(),
                       f"{function}() has no {mode.value} mode (the readers have it); keep PERMISSIVE and filter out "
                       f"the rows whose result is null — {spark_raises(text)}")
