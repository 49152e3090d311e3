from mdxlint.analyzers.spark import analyze, spark_raises, value_error_uncaught
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk import report_when_called
from mdxlint.mdx.document import Document

# A type that holds the value, by the field's type.
_WIDER = {"tinyint": "SMALLINT or INT", "smallint": "INT", "int": "BIGINT",
          # (PySpark takes no int for a DECIMAL field: review h86)
          "bigint": "DECIMAL(38, 0) and write the value as `Decimal(\"…\")` (from `decimal`), or STRING"}


class RowValueOutOfRange(Rule):
    """`spark.createDataFrame([(1, 1700000000000)], "id INT, ts_ms INT")`: an integer past the range of its field's type.

    ## What it does
    Reports the first value written out in `createDataFrame`'s rows that is an integer past
    the range of its field's integer type: `TINYINT` (-128 to 127), `SMALLINT` (-32768 to
    32767), `INT` (-2147483648 to 2147483647) or `BIGINT` (64 bits), also as an element of an
    `ARRAY`, a key or value of a `MAP` or a field of a `STRUCT` written out in the row. The
    rows and values read are those `SPK072` reads (literals, names that hold them, arithmetic
    of them; rows appended at the top of the lesson), and only a value all of whose
    predecessors PySpark accepts is reported, as PySpark stops at the first it refuses. A call
    that passes `verifySchema` is not read; one inside a `try` that catches `ValueError` is not
    reported; one in a function the lesson never calls is a warning.

    ## Why is this bad
    PySpark checks every row against the schema before Spark sees it, and refuses the call:
    `PySparkValueError: [VALUE_OUT_OF_BOUNDS] Value for `obj` must be between -2147483648 and
    2147483647 (inclusive), got 1700000000000`. Debezium's `ts_ms` and `source.ts_ms` are epoch
    milliseconds: thirteen digits, past an `INT` since 1970-01-25. The lesson's example data
    never becomes a frame.

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c", 1700000000000)], "id INT, op STRING, ts_ms INT")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c", 1700000000000)], "id INT, op STRING, ts_ms BIGINT")
    ```
    ````
    """

    code = "SPK075"
    name = "row-value-out-of-range"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, described, type_name, shown, low, high in value_error_uncaught(analyze(doc).values_out_of_range):
            report_when_called(
                ctx, site, f"{described} is {type_name.upper()}, which holds {low} to {high}, and {shown} is past that; "
                      f"make the field {_WIDER[type_name]}; "
                      f"{spark_raises(f'[VALUE_OUT_OF_BOUNDS] Value for `obj` must be between {low} and {high} (inclusive), got {shown}')}")
