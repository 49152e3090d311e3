from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises

REQUIRES_ORDER = "requires window to be ordered, please add ORDER BY clause."
# The functions whose name Spark's message shows with empty parentheses (the others with their arguments).
NO_ARGUMENTS = frozenset({"row_number", "rank", "dense_rank", "percent_rank", "cume_dist"})


class WindowFunctionWithoutOrder(Rule):
    """A ranking or offset window function (`row_number`, `rank`, `lag`…) over a window with no `orderBy`.

    ## What it does
    Reports `row_number()`, `rank()`, `dense_rank()`, `percent_rank()`, `cume_dist()`,
    `ntile(n)`, `lag(…)`, `lead(…)` and `nth_value(…)` applied with `.over(spec)` where the
    window spec is built in the lesson with `Window.partitionBy(…)` (and maybe
    `rowsBetween`/`rangeBetween`) but never `orderBy(…)` (or `orderBy()` with no column), and
    in SQL text (`selectExpr`, `F.expr`, `spark.sql`) over an `OVER (…)` spec written without `ORDER BY` or
    `SORT BY` (one inside a comment or a string does not count; a named window, `OVER w`, is
    not read). Aggregates over a window
    (`sum("qty").over(w)`) need no order and are not reported. A call inside a `try` whose
    `except` catches `AnalysisException` (or `Exception`, or a bare `except:`) is not
    reported: the lesson shows the error and handles it.

    ## Why is this bad
    These functions number or look up rows in the window's order; without one Spark refuses
    the projection when it is made: `AnalysisException: Window function row_number() requires
    window to be ordered, please add ORDER BY clause.` Add `.orderBy(…)` to the spec, for
    example by the change's position in the log.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "u", 10)], "id INT, op STRING, lsn BIGINT")
    latest = changes.withColumn("rank", F.row_number().over(Window.partitionBy("id")))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "u", 10)], "id INT, op STRING, lsn BIGINT")
    latest = changes.withColumn("rank", F.row_number().over(Window.partitionBy("id").orderBy(F.desc("lsn"))))
    ```
    ````
    """

    code = "SPK058"
    name = "window-function-without-order"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, function in not_caught(analyze(doc).unordered_windows):
            quoted = f"Window function {function}() {REQUIRES_ORDER}" if function in NO_ARGUMENTS else REQUIRES_ORDER
            ctx.report(*site.range(), f"`{function}` numbers or looks up rows in the window's order, and this window "
                                      f"has no orderBy; {spark_raises(quoted)}")
