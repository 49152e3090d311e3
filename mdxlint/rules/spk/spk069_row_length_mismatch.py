from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises, value_error_uncaught


class RowLengthMismatch(Rule):
    """`spark.createDataFrame([(1, "c", 5)], "id INT, op STRING")`: a row with another number of values than the schema's fields.

    ## What it does
    Reports the first row written out in `createDataFrame`'s data whose number of values
    differs from the number of fields of its schema, when the schema is a DDL string or a
    `StructType` the lesson shows. Rows that are `Row(…)` objects, dictionaries or computed
    are not read; nor is a call that passes `verifySchema`. A list of column names as the
    schema is not concerned (longer rows get columns `_3`, `_4` …). A call inside a `try`
    that catches `ValueError` is not reported.

    ## Why is this bad
    PySpark checks each row against the schema and refuses the call:
    `PySparkValueError: [FIELD_STRUCT_LENGTH_MISMATCH] Length of object (3) does not match
    with length of fields (2).` The example data of the lesson never becomes a frame.

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c", 1700000000000)], "id INT, op STRING")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c", 1700000000000)], "id INT, op STRING, ts_ms BIGINT")
    ```
    ````
    """

    code = "SPK069"
    name = "row-length-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, values, fields in value_error_uncaught(analyze(doc).rows_of_other_length):
            ctx.report(*site.range(), f"this row has {values} value{'s' if values != 1 else ''} and the schema "
                                      f"{fields} field{'s' if fields != 1 else ''}; "
                                      f"{spark_raises(f'[FIELD_STRUCT_LENGTH_MISMATCH] Length of object ({values}) does not match with length of fields ({fields}).')}")
