import ast
from dataclasses import replace

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.rules.spk import report_when_called

# The save modes Spark reads (without regard to case), PySpark 4.1.
_SAVE_MODES = frozenset({"append", "overwrite", "ignore", "error", "errorifexists", "default"})
# The methods of a batch writer (`df.write`) between it and a call that takes a save mode.
_WRITER_STEPS = frozenset({"format", "option", "options", "partitionBy", "bucketBy", "sortBy", "mode", "clusterBy"})
# The writer's methods that take the mode by keyword (`save(path, mode="append")`).
_MODE_KEYWORD = frozenset({"save", "saveAsTable", "parquet", "csv", "json", "orc", "jdbc", "xml"})  # (text() has no `mode`)


class SaveModeRefused(Rule):
    """`df.write.mode("upsert")`: a save mode that Spark does not have.

    ## What it does
    Reports the mode given to a batch writer (`df.write.mode(…)`, or `mode=` of `save`,
    `saveAsTable`, `parquet`, `csv`, `json`, `orc`, `jdbc`) when it is none of `append`,
    `overwrite`, `ignore`, `error`, `errorifexists` or `default` (in any case). A call inside a
    `try` whose `except` catches `AnalysisException` (or `Exception`, or a bare `except:`) is not
    reported; one in a function the lesson never calls is a warning.

    ## Why is this bad
    A batch writer replaces, adds to or keeps what is at the destination; it has no mode that
    merges changes by key (`upsert`, `merge`, `update` are Delta Lake's `MERGE INTO` or a
    `foreachBatch` step). Spark refuses the mode as soon as it is set: `AnalysisException:
    [INVALID_SAVE_MODE] The specified save mode "upsert" is invalid.`

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    changes.write.mode("upsert").parquet("/tmp/changes")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    changes.write.mode("overwrite").parquet("/tmp/changes")
    ```
    ````
    """

    code = "SPK088"
    name = "save-mode-refused"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        refused = []
        seen: set[int] = set()
        for call in analysis.calls:
            node = call.site.node
            if not isinstance(node, ast.Call) or id(node) in seen or not isinstance(node.func, ast.Attribute):
                continue
            if call.name == "mode" and node.args:
                given = node.args[0]
            elif call.name in _MODE_KEYWORD:
                given = next((keyword.value for keyword in node.keywords if keyword.arg == "mode"), None)
            else:
                continue
            if not (isinstance(given, ast.Constant) and isinstance(given.value, str)) or given.value.lower() in _SAVE_MODES:
                continue
            if _on_batch_writer(node.func.value):
                seen.add(id(node))
                refused.append((_at(call.site, given), given.value))
        for site, mode in not_caught(refused):
            report_when_called(ctx, site, f"a batch writer has no save mode `{mode}`: it appends, overwrites, ignores or "
                                          "fails (`append`, `overwrite`, `ignore`, `error`); changes merged by key are "
                                          "Delta Lake's MERGE or a foreachBatch step; "
                                          + spark_raises(f'[INVALID_SAVE_MODE] The specified save mode "{mode}" is invalid.'))


def _on_batch_writer(node: ast.expr) -> bool:
    """Whether ``node`` is `….write`, or a chain of the writer's own methods on it."""
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _WRITER_STEPS:
        node = node.func.value
    return isinstance(node, ast.Attribute) and node.attr == "write"


def _at(site, node: ast.expr):
    """``site`` moved to ``node`` (the mode's text)."""
    return replace(site, node=node)
