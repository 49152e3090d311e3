from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.rules.spk import report_when_called

_OUTSIDE = "[UNSUPPORTED_GENERATOR.OUTSIDE_SELECT] The generator is not supported: outside the SELECT clause"
_NESTED = "[UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS] The generator is not supported: nested in expressions"


class GeneratorMisplaced(Rule):
    """`F.upper(F.explode("tags"))`: a generator inside another expression, or in a filter.

    ## What it does
    Reports a generator (`explode`, `explode_outer`, `posexplode`, `posexplode_outer`,
    `inline`, `inline_outer`, `stack`, `json_tuple`) written inside another expression of a
    `select` or `withColumn` (an argument of a function of `pyspark.sql.functions`, a Column
    method other than `alias`, an operator: `F.explode("tags") == "a"`), or anywhere in the
    condition of `filter` or `where`. A call inside a `try` whose `except` catches
    `AnalysisException` is not reported; one in a function the lesson never calls is a warning.

    ## Why is this bad
    A generator makes rows, not a value: Spark takes it only as an item of a projection, and
    refuses the query otherwise (checked on PySpark 4.1): `[UNSUPPORTED_GENERATOR.
    NESTED_IN_EXPRESSIONS] The generator is not supported: nested in expressions
    "upper(explode(tags))"`, or `[UNSUPPORTED_GENERATOR.OUTSIDE_SELECT] … outside the SELECT
    clause` in a filter. Explode first, then work on the new column.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    events = spark.createDataFrame([(1, ["a", "b"])], "id INT, tags ARRAY<STRING>")
    events.select("id", F.upper(F.explode("tags")).alias("tag")).show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    events = spark.createDataFrame([(1, ["a", "b"])], "id INT, tags ARRAY<STRING>")
    events.select("id", F.explode("tags").alias("tag")).select("id", F.upper("tag").alias("tag")).show()
    ```
    ````
    """

    code = "SPK096"
    name = "generator-misplaced"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, function, where in not_caught(analyze(doc).generators_misplaced):
            if where == "outside":
                text = (f"`{function}` makes rows, and a filter's condition takes a value: explode in a `select` first, "
                        f"then filter the new column; {spark_raises(_OUTSIDE)}")
            else:
                text = (f"`{function}` makes rows, and Spark takes it only as an item of the projection, not inside "
                        f"another expression: explode first, then work on the new column; {spark_raises(_NESTED)}")
            report_when_called(ctx, site, text)
