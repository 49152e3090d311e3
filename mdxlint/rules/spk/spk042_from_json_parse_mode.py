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
        assigned = [node.value for node in ast.walk(tree) if isinstance(node, ast.Assign) and node.lineno < options.lineno
                    and any(isinstance(target, ast.Name) and target.id == options.id for target in node.targets)]
        return _mode_node(max(assigned, key=lambda value: value.lineno)) if assigned else None
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
    ```mdx
    ```python
    from pyspark.sql import functions as F
    raw = spark.createDataFrame([('{"id": 1}',), ("not json",)], ["value"])
    rows = raw.select(F.from_json("value", "id INT", {"mode": "DROPMALFORMED"}).alias("e")).collect()
    ```
    ```

    ## Use instead
    ```mdx
    ```python
    from pyspark.sql import functions as F
    raw = spark.createDataFrame([('{"id": 1}',), ("not json",)], ["value"])
    parsed = raw.select(F.from_json("value", "id INT").alias("e"))
    rows = parsed.where(F.col("e").isNotNull()).collect()
    ```
    ```
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
