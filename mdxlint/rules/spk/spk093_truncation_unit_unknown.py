from mdxlint.analyzers.spark import analyze
from mdxlint.analyzers.spark.columns import TRUNCATION_UNITS
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class TruncationUnitUnknown(Rule):
    """`F.date_trunc("hours", "ts")`: a unit Spark does not read, so the column is NULL on every row.

    ## What it does
    Reports the unit written in `F.date_trunc(unit, ts)` (in a projection, a filter, an
    aggregation's or a sort's keys) when it is none of the units Spark reads there: `year`
    (`yyyy`, `yy`), `quarter`, `month` (`mm`, `mon`), `week`, `day` (`dd`), `hour`, `minute`,
    `second`, `millisecond`, `microsecond`, in any case; and in `F.trunc(date, unit)`, which
    truncates dates only, none of `year` (`yyyy`, `yy`), `quarter`, `month` (`mm`, `mon`),
    `week`. Plurals, abbreviations (`hours`, `h`, `min`, `ms`, `days`) and blanks around
    the unit are not read.

    ## Why is this bad
    Spark raises nothing: it returns NULL for every row (checked on PySpark 4.1), so a
    grouping by the truncated time puts every row in one NULL group and a report shows
    nothing where the hours should be.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1,)], "id INT").withColumn("ts", F.current_timestamp())
    hourly = changes.groupBy(F.date_trunc("hours", "ts").alias("hour")).count()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1,)], "id INT").withColumn("ts", F.current_timestamp())
    hourly = changes.groupBy(F.date_trunc("hour", "ts").alias("hour")).count()
    ```
    ````
    """

    code = "SPK093"
    name = "truncation-unit-unknown"
    severity = Severity.WARNING  # (Spark raises nothing: errors are kept for what it refuses)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, function, unit in analyze(doc).truncation_units_unknown:
            known = ", ".join(f"`{name}`" for name in sorted(TRUNCATION_UNITS[function]))
            stripped = unit.strip().lower()
            meant = stripped[:-1] if stripped.endswith("s") and stripped[:-1] in TRUNCATION_UNITS[function] else None
            hint = f"; write `{meant}`" if meant else ""
            ctx.report(*site.range(), f"`{function}` reads no unit `{unit}`, so the column is NULL on every row (Spark raises "
                                      f"nothing){hint}; its units: {known}")
