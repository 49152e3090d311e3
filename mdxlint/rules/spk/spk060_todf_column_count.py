from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises, version_tuple


class ToDFColumnCount(Rule):
    """`toDF(…)` given another number of names than the frame has columns.

    ## What it does
    Reports `toDF("a", "b")` on a frame whose columns the lesson shows (the Kafka and rate
    sources, `createDataFrame` with its schema or names, `select`, joins and the like) when
    the number of names differs from the number of columns. Names given by a `*list` are not
    counted. A call inside a `try` whose `except` catches `AnalysisException` (or `Exception`,
    or a bare `except:`) is not reported: the lesson shows the error and handles it.

    ## Why is this bad
    `toDF` renames the columns by position and needs one name for each, no more and no fewer;
    Spark refuses the call at once, on a batch frame and a stream alike:
    `AnalysisException: [ASSIGNMENT_ARITY_MISMATCH] The number of columns or variables assigned
    or aliased: 3 does not match the number of source expressions: 2.` (before Spark 4.0:
    `IllegalArgumentException: requirement failed: The number of columns doesn't match.`).
    To rename a few columns, use `withColumnsRenamed({"old": "new"})`.

    ## Example
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
    renamed = orders.toDF("order_id", "customer")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
    renamed = orders.toDF("order_id", "customer", "quantity")
    ```
    ````
    """

    code = "SPK060"
    name = "todf-column-count"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        old = version_tuple(ctx.settings.spark.version) < (4, 0)
        for site, given, columns in not_caught(analyze(doc).renamed_arity):
            quoted = ("requirement failed: The number of columns doesn't match." if old else
                      f"[ASSIGNMENT_ARITY_MISMATCH] The number of columns or variables assigned or aliased: {len(columns)} "
                      f"does not match the number of source expressions: {given}.")
            ctx.report(*site.range(), f"toDF() gets {given} name{'s' if given != 1 else ''} for a frame of {len(columns)} "
                                      f"columns ({', '.join(columns)}); {spark_raises(quoted)}")
