from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.rules.spk import report_when_called

# What Spark raises for position 0, by function (PySpark 4.1).
_REFUSAL = {
    "element_at": "[INVALID_INDEX_OF_ZERO] The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).",
    "slice": "[INVALID_PARAMETER_VALUE.START] The value of parameter(s) `start` in `slice` is invalid: Expects a positive or a "
             "negative value for `start`, but got 0.",
}
_REFUSAL["try_element_at"] = _REFUSAL["array_insert"] = _REFUSAL["element_at"]


class ArrayPositionFromOne(Rule):
    """`F.element_at("ops", 0)`: a position 0 in an array, where the functions count from 1.

    ## What it does
    Reports the position `0` (written, or `F.lit(0)`) given to `element_at`, `try_element_at`,
    `array_insert` or `slice` (its start) over a column the lesson makes an array (a schema's
    `ARRAY<…>`, `collect_list`, `split`, `array(…)`, and `sort_array`, `array_distinct` … of one),
    in a projection, a filter, an aggregate or a grouping key. A map's key `0` is not reported, nor a column whose
    type the lesson does not make plain. The code is reported whatever the data: a frame with no
    rows, or only NULL arrays, and a query that never runs, raise nothing. A call inside a `try`
    that catches the error (`Exception`, a bare `except:`) is not reported; one in a function the
    lesson never calls is a warning, and so is one in the value of a `when`/`otherwise` branch,
    which fails only once a row takes that branch.

    ## Why is this bad
    These SQL functions count an array's elements from 1 (`-1` is the last one), unlike Python
    and `getItem`/`ops[0]`, which count from 0. Position 0 is no element: the query fails on the
    first row that has an array, `[INVALID_INDEX_OF_ZERO] The index 0 is invalid. An index shall
    be either < 0 or > 0 (the first element has index 1).` (`slice`: `[INVALID_PARAMETER_VALUE.START]`);
    even `try_element_at` refuses it. Write `1` for the first element, or `F.col("ops")[0]`.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "c"), (1, "u")], "id INT, op STRING")
    first_ops = changes.groupBy("id").agg(F.collect_list("op").alias("ops"))
    first_ops.select("id", F.element_at("ops", 0).alias("first_op")).show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "c"), (1, "u")], "id INT, op STRING")
    first_ops = changes.groupBy("id").agg(F.collect_list("op").alias("ops"))
    first_ops.select("id", F.element_at("ops", 1).alias("first_op")).show()
    ```
    ````
    """

    code = "SPK086"
    name = "array-position-from-one"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning in a function the lesson never calls, or a `when` branch)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, function, in_branch in not_caught(analyze(doc).array_index_zero):
            first = {"slice": "`F.slice(col, 1, n)`", "array_insert": "`F.array_insert(col, 1, value)`"}.get(
                function, f"`F.{function}(col, 1)` (or `F.col(…)[0]`)")
            rows = "every row of this `when` branch" if in_branch else "every row"
            message = (f"`{function}` counts an array's elements from 1, and position 0 fails on {rows} that has an array; "
                       f"the first element is {first}; " + spark_raises(_REFUSAL[function]))
            if in_branch:
                # (a branch no row takes runs: the failure waits for the first row that takes it)
                ctx.report(*site.range(), message, severity=Severity.WARNING)
            else:
                report_when_called(ctx, site, message)
