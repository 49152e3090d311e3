import difflib

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.analyzers.spark.schema import SQL_GRAMMAR_TYPES


class UnknownTypeName(Rule):
    """A type name Spark's SQL does not know in a DDL text: `cast("integr")`, `"id INT, op STRNG"`.

    ## What it does
    Reports a type name that is none of Spark's SQL types (`int`, `bigint`, `string`,
    `boolean`, `double`, `decimal(p,s)`, `timestamp`, `array<…>`, `struct<…>` …) in a text
    Spark reads as DDL: the type of `Column.cast`/`astype`, the schema of `createDataFrame`,
    of `spark.read.schema(…)`/`spark.readStream.schema(…)`, of `from_json` written in a
    projection, and a UDF's return type written as one word (`@F.udf("integr")`, `F.udf(f,
    "strng")`, `pandas_udf`: PySpark reads it as a schema first and raises a syntax error when
    the UDF is made). Python's and other databases' names (`bool`, `str`, `int64`, `float64`,
    `datetime`, `text`, `number`) are not Spark's. Reports too a decimal of more than 38
    digits (`DECIMAL(40,2)`, `DecimalType(39, 2)`), with a scale over its precision
    (`decimal(5,7)`) or, built in code, a negative scale (`DecimalType(10, -2)`), in the type of
    a cast or a schema: Spark refuses it at the call (`[DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION]`,
    `Decimal scale (7) cannot be greater than precision (5).`, `[NEGATIVE_SCALE_DISALLOWED]`).
    A `DecimalType` only built or printed is not reported (Python accepts it; the JVM refuses
    it where it is sent). A call inside a `try` that catches the error is not reported.

    ## Why is this bad
    Spark refuses the text: `cast`, `createDataFrame` and `schema` raise at the call
    (`[UNSUPPORTED_DATATYPE] Unsupported data type "INTEGR".`); `from_json` raises where the
    frame is analysed, with a syntax error that names the schema's first type instead
    (`[PARSE_SYNTAX_ERROR] Syntax error at or near 'INT'.`), which hides the real typo.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    raw = spark.createDataFrame([('{"id": 1}',)], "value STRING")
    ids = raw.select(F.get_json_object("value", "$.id").cast("integr").alias("id"))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    raw = spark.createDataFrame([('{"id": 1}',)], "value STRING")
    ids = raw.select(F.get_json_object("value", "$.id").cast("int").alias("id"))
    ```
    ````
    """

    code = "SPK065"
    name = "unknown-type-name"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, name, spark_text in not_caught(analyze(doc).unknown_types):
            if "ParseException" in site.handled:
                continue  # (a lesson that catches the error shows it)
            if spark_text.startswith("[DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION]"):
                ctx.report(*site.range(), f"`{name}`: a decimal of Spark holds at most 38 digits; {spark_raises(spark_text)}")
                continue
            if spark_text.startswith("[NEGATIVE_SCALE_DISALLOWED]"):
                ctx.report(*site.range(), f"`{name}`: a decimal's scale (its digits after the point) cannot be negative; "
                                          f"{spark_raises(spark_text)}")
                continue
            if spark_text.startswith("Decimal scale"):
                ctx.report(*site.range(), f"`{name}`: a decimal's scale (its digits after the point) cannot be more than its "
                                          f"precision (all its digits): `decimal(precision, scale)`; {spark_raises(spark_text)}")
                continue
            meant = _MEANT.get(name.lower()) or next(iter(difflib.get_close_matches(name.lower(), _NAMES, 1, 0.75)), None)
            hint = f"; write `{meant}`" if meant else ""
            ctx.report(*site.range(), f"`{name}` is no type Spark's SQL knows{hint}; {spark_raises(spark_text)}")


_NAMES = sorted(SQL_GRAMMAR_TYPES - {"array", "map", "struct", "interval", "geometry", "geography", "character"})
# What an author who wrote a Python or another database's name meant.
_MEANT = {"bool": "boolean", "str": "string", "text": "string", "int32": "int", "int64": "bigint", "float64": "double",
          "float32": "float", "datetime": "timestamp", "number": "decimal", "uuid": "string", "json": "string",
          "bytes": "binary", "bytea": "binary", "serial": "int", "bigserial": "bigint", "timestamptz": "timestamp",
          # (closest by letters is `integer`, which cannot hold epoch milliseconds: held-out h115)
          "biginteger": "bigint", "long": "bigint", "int8": "bigint", "int4": "int", "int2": "smallint",
          "varchar2": "string", "nvarchar": "string", "datetime2": "timestamp", "float8": "double", "float4": "float"}
