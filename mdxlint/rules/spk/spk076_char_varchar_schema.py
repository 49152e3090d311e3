from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document

_FRAME_MADE = "[INTERNAL_ERROR] Logical plan should not have output of char/varchar type"
_SCHEMA_READ = "[UNSUPPORTED_CHAR_OR_VARCHAR_AS_STRING] The char/varchar type can't be used in the table schema."


class CharVarcharSchema(Rule):
    """`spark.createDataFrame(rows, "id INT, op VARCHAR(1)")`: a `CHAR(n)` or `VARCHAR(n)` type in a frame's schema.

    ## What it does
    Reports the first `CHAR(n)` or `VARCHAR(n)` type of a schema written as DDL text where
    Spark reads a frame's schema: `createDataFrame`, `spark.read.schema(…)`,
    `spark.readStream.schema(…)` and `from_json` written in a projection. A cast to
    `VARCHAR(n)` is not concerned (Spark reads it as a string), nor is a lesson whose session
    sets `spark.sql.legacy.charVarcharAsString` or `spark.sql.preserveCharVarcharTypeInfo`.
    A call inside a `try` that catches the error is not reported.

    ## Why is this bad
    A source database's columns are often `VARCHAR(255)` or `CHAR(1)` (Debezium's `op` is one
    character), and a schema copied from its DDL keeps them. Spark has these types for tables
    only: `createDataFrame` fails (`[INTERNAL_ERROR] Logical plan should not have output of
    char/varchar type when spark.sql.preserveCharVarcharTypeInfo is false`), and a reader's
    schema or `from_json` is refused (`[UNSUPPORTED_CHAR_OR_VARCHAR_AS_STRING] The char/varchar
    type can't be used in the table schema.`). Write `STRING`.

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op VARCHAR(1)")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    ```
    ````
    """

    code = "SPK076"
    name = "char-varchar-schema"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, name, frame_made in not_caught(analyze(doc).char_varchar_schemas):
            if frame_made and site.handled:
                continue  # (createDataFrame's error is a Py4JJavaError: a lesson that catches anything there shows it)
            where = "a frame's schema" if frame_made else "a schema Spark reads data with"
            ctx.report(*site.range(), f"`{name}(…)` is a table's type, which {where} refuses; write `STRING`; "
                                      f"{spark_raises(_FRAME_MADE if frame_made else _SCHEMA_READ)}")
