from mdxlint.analyzers.spark import analyze, spark_raises, value_error_uncaught
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk import report_when_called
from mdxlint.mdx.document import Document


class ColumnTypeNotInferred(Rule):
    """`spark.createDataFrame([(1, None), (2, None)], ["id", "deleted_at"])`: a column that is None in every row, and no types given.

    ## What it does
    Reports `createDataFrame` of rows written out (tuples of one length, or `Row(…)`s of one
    shape) with no schema or only the columns' names, when one column is `None` in every row.
    A call that passes `samplingRatio`, or inside a `try` that catches `ValueError`, is not
    reported; one in a function the lesson never calls is a warning.

    ## Why is this bad
    Without types PySpark infers each column's type from the rows' values, and `None` has none:
    it refuses the frame at once, `PySparkValueError: [CANNOT_DETERMINE_TYPE] Some of types
    cannot be determined after inferring.` Debezium's envelopes make this common in examples: an
    insert's `before` and a delete's `after` are null. Give the types in a schema.

    ## Example
    ````mdx
    ```python
    inserts = spark.createDataFrame([(1, "c", None), (2, "c", None)], ["id", "op", "before"])
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    inserts = spark.createDataFrame([(1, "c", None), (2, "c", None)], "id BIGINT, op STRING, before STRING")
    ```
    ````
    """

    code = "SPK083"
    name = "column-type-not-inferred"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, column in value_error_uncaught(analyze(doc).types_not_inferred):
            report_when_called(ctx, site, f"column `{column}` is None in every row and no type is given for it, so "
                                          f"PySpark cannot infer one: give the types in a schema (a DDL string or a "
                                          f"StructType); "
                                          f"{spark_raises('[CANNOT_DETERMINE_TYPE] Some of types cannot be determined after inferring.')}")
