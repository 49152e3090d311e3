from mdxlint.analyzers.spark import analyze, spark_raises, value_error_uncaught
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk import report_when_called
from mdxlint.mdx.document import Document


class RowNullNotNullable(Rule):
    """`spark.createDataFrame([(None, "c")], "id INT NOT NULL, op STRING")`: `None` in a field the schema declares NOT NULL.

    ## What it does
    Reports the first `None` written out in `createDataFrame`'s rows (or a key a dict row leaves
    out) for a field the schema declares `NOT NULL` in DDL or `nullable=False` in a `StructField`,
    when every value before it is one PySpark accepts (the rows `SPK072` reads). A call that
    passes `verifySchema`, or inside a `try` that catches `ValueError`, is not reported; one in a
    function the lesson never calls is a warning.

    ## Why is this bad
    A delete event's `after` and an insert's `before` are null in Debezium's envelope, and a schema
    that marks a key or a column NOT NULL refuses the example rows that show them: PySpark checks
    every row before Spark sees it and raises `PySparkValueError: [FIELD_NOT_NULLABLE_WITH_NAME]
    field id: This field is not nullable, but got None.`

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c"), (None, "d")], "id INT NOT NULL, op STRING")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c"), (None, "d")], "id INT, op STRING")
    ```
    ````
    """

    code = "SPK081"
    name = "row-null-not-nullable"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, name in value_error_uncaught(analyze(doc).values_not_nullable):
            report_when_called(ctx, site, f"field `{name}` is declared NOT NULL, and this row gives it None; drop NOT "
                                          f"NULL (`nullable=False`) or give it a value; "
                                          f"{spark_raises(f'[FIELD_NOT_NULLABLE_WITH_NAME] field {name}: This field is not nullable, but got None.')}")
