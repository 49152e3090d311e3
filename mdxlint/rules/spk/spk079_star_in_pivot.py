from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class StarInPivot(Rule):
    """`groupBy("table").pivot("op").agg(F.count("*"))`: `count("*")` in a pivot's aggregation.

    ## What it does
    Reports `F.count("*")` (or `F.count(F.col("*"))`) among the aggregate expressions of
    `groupBy(…).pivot(…).agg(…)`. `pivot(…).count()`, `F.count(F.lit(1))` and
    `F.expr("count(*)")` are not concerned. A call inside a `try` that catches
    `AnalysisException` is not reported.

    ## Why is this bad
    Counting changes per operation with a pivot (one column per `op`) is a natural CDC exercise,
    and `count("*")` is how a count is written elsewhere; in a pivot Spark refuses the star where
    the aggregation is written: `[INVALID_USAGE_OF_STAR_OR_REGEX] Invalid usage of '*' in Pivot.`

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F
    changes = spark.createDataFrame([("orders", "c"), ("orders", "u")], "tbl STRING, op STRING")
    per_op = changes.groupBy("tbl").pivot("op", ["c", "u", "d"]).agg(F.count("*"))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F
    changes = spark.createDataFrame([("orders", "c"), ("orders", "u")], "tbl STRING, op STRING")
    per_op = changes.groupBy("tbl").pivot("op", ["c", "u", "d"]).count()
    ```
    ````
    """

    code = "SPK079"
    name = "star-in-pivot"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for (site,) in not_caught([(site,) for site in analyze(doc).pivot_stars]):
            ctx.report(*site.range(), "`count(\"*\")` in a pivot's aggregation: count the pivot's groups with "
                                      "`.count()` or `F.count(F.lit(1))`; "
                                      f"{spark_raises('[INVALID_USAGE_OF_STAR_OR_REGEX] Invalid usage of ' + chr(39) + '*' + chr(39) + ' in Pivot.')}")
