from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises

MISSING_AGGREGATION = ('[MISSING_AGGREGATION] The non-aggregating expression "{}" is based on columns which are not '
                       "participating in the GROUP BY clause.")
MISSING_AGGREGATION_SHORT = "[MISSING_AGGREGATION] The non-aggregating expression"
MISSING_GROUP_BY = ("[MISSING_GROUP_BY] The query does not include a GROUP BY clause. Add GROUP BY or turn it into the "
                    "window functions using OVER clauses.")


class NonAggregatedColumn(Rule):
    """A column an aggregation reads outside any aggregate function.

    ## What it does
    Reports a column read as it is (`col("email")`, maybe `.alias(…)`ed), with no aggregate
    function around it:

    - in `groupBy(…).agg(…)`, when it is not one of the grouping columns;
    - beside an aggregate in `select(…)`, `agg(…)` or `selectExpr(…)` with no `groupBy` at all
      (`select("op", count("*"))`, `selectExpr("op", "max(qty)")`).

    A column read by `col("…")` inside an expression counts too, outside the aggregate functions
    in it (`F.sum("qty") + F.col("id")`), where each call in the expression is a known aggregate,
    a known scalar function (`when`, `round`, `coalesce`…) or a column method (`cast`, `alias`…):
    an expression calling anything else (a user's function, `expr`) is not judged.

    Judged where the frame's columns are known and hold the column, and the grouping keys are
    plain columns (not `window(…)` or an expression). Spark matches the names without regard
    to case. A call inside a `try` whose `except` catches `AnalysisException` (or `Exception`,
    or a bare `except:`) is not reported: the lesson shows the error and handles it.

    ## Why is this bad
    An aggregation gives one row per group; a column that is neither a grouping key nor
    aggregated has many values in a group, and Spark refuses the query when the aggregation is
    made, on a batch frame and a stream alike: `AnalysisException: [MISSING_AGGREGATION] The
    non-aggregating expression "email" is based on columns which are not participating in the
    GROUP BY clause.`, or without a `groupBy`: `[MISSING_GROUP_BY] The query does not include a
    GROUP BY clause.` Group by the column, or aggregate it (`first("email")`, `max("email")`).

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "c", "a@x.io")], "id INT, op STRING, email STRING")
    per_op = changes.groupBy("op").agg(F.count("*").alias("events"), F.col("email"))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "c", "a@x.io")], "id INT, op STRING, email STRING")
    per_op = changes.groupBy("op").agg(F.count("*").alias("events"), F.first("email").alias("email"))
    ```
    ````
    """

    code = "SPK057"
    name = "non-aggregated-column"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, written, spelled, grouped in not_caught(analyze(doc).non_aggregated):
            if grouped:
                quoted = MISSING_AGGREGATION.format(spelled) if written == spelled else MISSING_AGGREGATION_SHORT
                ctx.report(*site.range(), f"`{written}` is neither a grouping column nor inside an aggregate function; "
                                          f"{spark_raises(quoted)}")
            else:
                ctx.report(*site.range(), f"`{written}` stands beside an aggregate with no groupBy; "
                                          f"{spark_raises(MISSING_GROUP_BY)}")
