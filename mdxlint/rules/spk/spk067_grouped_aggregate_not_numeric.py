from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises


class GroupedAggregateNotNumeric(Rule):
    """`groupBy(…).sum("note")`: GroupedData's sum, avg, mean, max or min over a column that is no number.

    ## What it does
    Reports a column named in `sum`, `avg`, `mean`, `max` or `min` of grouped data
    (`df.groupBy(…)`) when the lesson shows its type (a DDL schema, `from_json`) and that
    type is not a number: a string, a boolean, a date or a timestamp, a struct, an array,
    a map or binary. `agg(F.max("ts"))` is not concerned: the functions take any ordered type.

    ## Why is this bad
    These shortcuts of `GroupedData` take numeric columns only, even `max` and `min`: Spark
    refuses the call with `AnalysisException: "note" is not a numeric column. Aggregation
    function can only be applied on a numeric column.`

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([("orders", "2024-01-01 10:00:00")], "table STRING, ts STRING")
    latest = changes.groupBy("table").max("ts")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([("orders", "2024-01-01 10:00:00")], "table STRING, ts STRING")
    latest = changes.groupBy("table").agg(F.max("ts").alias("latest_ts"))
    ```
    ````
    """

    code = "SPK067"
    name = "grouped-aggregate-not-numeric"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, name, type_name in not_caught(analyze(doc).not_numeric):
            ctx.report(*site.range(), f"`{name}` is a {type_name.upper()} column, and grouped data's sum, avg, mean, max and min "
                                      "take numeric columns only (write `agg(F.max(…))` for another type); "
                                      f"{spark_raises(f'{chr(34)}{name}{chr(34)} is not a numeric column. Aggregation function can only be applied on a numeric column.')}")
