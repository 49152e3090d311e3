from mdxlint.analyzers.spark import analyze, spark_raises, type_error_uncaught, value_error_uncaught
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk import report_when_called
from mdxlint.mdx.document import Document


class ColumnTypeNotInferred(Rule):
    """`spark.createDataFrame([(1, None), (2, None)], ["id", "deleted_at"])`: a column that is None in every row, and no types given.

    ## What it does
    Reports `createDataFrame` of rows written out (tuples of one length, or `Row(…)`s of one
    shape) with no schema or only the columns' names, when one column is `None` in every row,
    or when its values, written as literals, are of types PySpark cannot merge: it infers
    `LongType` for an int, `DoubleType` for a float, `BooleanType` for a bool and `StringType`
    for a str, and merges them row by row, where `None` goes with any type and a string
    takes any other (`10` then `10.5`, `True` then `1` are refused; checked on PySpark 4.1).
    A call that passes `samplingRatio`, or inside a `try` that catches `ValueError` (`TypeError`
    for types not merged), is not reported; one in a function the lesson never calls is a warning.

    ## Why is this bad
    Without types PySpark infers each column's type from the rows' values, and `None` has none:
    it refuses the frame at once, `PySparkValueError: [CANNOT_DETERMINE_TYPE] Some of types
    cannot be determined after inferring.` Debezium's envelopes make this common in examples: an
    insert's `before` and a delete's `after` are null. Values of two types in one column fail
    the same way: `PySparkTypeError: [CANNOT_MERGE_TYPE] Can not merge type `LongType` and
    `DoubleType`.` Give the types in a schema.

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
        for site, column, first, second in type_error_uncaught(analyze(doc).types_not_merged):
            report_when_called(ctx, site, f"column `{column}` holds a value of another type than the rows before it "
                                          f"({first} then {second}), and no type is given for it, so PySpark cannot infer "
                                          f"one: write the column's values as one type (`10.0` beside `10.5`), or give the types in a schema; "
                                          + spark_raises(f"[CANNOT_MERGE_TYPE] Can not merge type `{first}` and `{second}`."))
        for site, column in value_error_uncaught(analyze(doc).types_not_inferred):
            report_when_called(ctx, site, f"column `{column}` is None in every row and no type is given for it, so "
                                          f"PySpark cannot infer one: give the types in a schema (a DDL string or a "
                                          f"StructType); "
                                          f"{spark_raises('[CANNOT_DETERMINE_TYPE] Some of types cannot be determined after inferring.')}")
