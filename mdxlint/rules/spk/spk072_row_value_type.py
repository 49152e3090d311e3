from mdxlint.analyzers.spark import analyze, spark_raises, type_error_uncaught
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk import report_when_called
from mdxlint.mdx.document import Document

# How PySpark names a field's type in the message (str of its DataType); DECIMAL's precision
# and scale are not kept by the model, so its quote starts after the type.
_TYPE_SHOWN = {
    "bigint": "LongType()", "int": "IntegerType()", "smallint": "ShortType()", "tinyint": "ByteType()",
    "double": "DoubleType()", "float": "FloatType()", "boolean": "BooleanType()", "date": "DateType()",
    "timestamp": "TimestampType()", "timestamp_ntz": "TimestampNTZType()", "binary": "BinaryType()",
}
# What to write instead, by the field's type.
_INSTEAD = {
    "double": "a float", "float": "a float", "decimal": "`Decimal(\"…\")` (from `decimal`)",
    "boolean": "`True` or `False`", "date": "`datetime.date(…)`, or a string column cast with `to_date` after",
    "timestamp": "`datetime.datetime(…)`, or a string column cast with `to_timestamp` after",
    "timestamp_ntz": "`datetime.datetime(…)`", "binary": "bytes (`b\"…\"`)",
}
_LONGEST_SHOWN = 80  # characters of a value quoted whole


class RowValueType(Rule):
    """`spark.createDataFrame([(1, 100)], "id INT, amount DOUBLE")`: a value of another Python type than its field takes.

    ## What it does
    Reports the first value written out in `createDataFrame`'s rows (tuples, lists, dicts or
    `Row(k=v)` objects) that PySpark refuses for the type of its field, when the schema is a
    DDL string, a single type (`"double"`: one field, `value`) or a `StructType` the lesson
    shows, in the call or held by a name (unless some code changes a schema in place,
    `schema.add(…)` or its `fields`): an `int` for a `DOUBLE` or `FLOAT` field, a `float` or a string for a `DECIMAL`, a
    string or a `date` for a `TIMESTAMP`, a string for a `DATE`, a `bool` for an `INT` or an
    `int` for a `BOOLEAN`, a string for a `BINARY`, also as an element of an `ARRAY`, a key
    or value of a `MAP` or a field of a `STRUCT` written out in the row. A value is a literal,
    a date, datetime or `Decimal` made of literals, the clock's `date.today()` (a date) or
    `datetime.now()`, a name that holds a literal, or numbers joined by arithmetic or passed to
    `round`, `int` or `float` (`100 // 4` is an `int`). Rows a name holds are read with the
    rows appended to it at the top of the lesson (`rows.append((2, 7))`, or `rows.extend([…])` with
    the rows written out; not in a loop, a branch, a `try` or a function). Only
    a value all of whose predecessors (row after row, field after field, element after
    element) are such values PySpark accepts is reported, as PySpark stops at the first it
    refuses. `STRING` fields take anything; `None` and values computed otherwise are not
    read; nor is a call that passes `verifySchema`. A call inside a `try` that catches
    `TypeError` is not reported; one in a function the lesson never calls is a warning.

    ## Why is this bad
    PySpark checks every row against the schema by exact Python type before Spark sees
    it, and refuses the call: `PySparkTypeError: [FIELD_DATA_TYPE_UNACCEPTABLE_WITH_NAME]
    field amount: DoubleType() can not accept object 100 in type <class 'int'>.` The
    lesson's example data never becomes a frame. An integer is not widened to a double
    here, as it would be in SQL.

    ## Example
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, 100), (2, 250.5)], "id INT, amount DOUBLE")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, 100.0), (2, 250.5)], "id INT, amount DOUBLE")
    ```
    ````
    """

    code = "SPK072"
    name = "row-value-type"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, path, described, type_name, shown, python_type, literal in type_error_uncaught(analyze(doc).values_of_other_type):
            instead = f"`{shown}.0`" if python_type == "int" and type_name in ("double", "float") else _INSTEAD.get(type_name)
            hint = f"; write {instead}" if instead else ""
            if python_type == "int" and type_name in ("double", "float") and not literal:
                hint = "; make it a float (`float(…)`)"  # a value a name holds or an expression makes
            kind = python_type.rsplit(".", 1)[-1]
            article = "an" if kind[0] in "aeiou" else "a"
            tail = f"can not accept object {shown} in type <class '{python_type}'>."
            if type_name not in _TYPE_SHOWN:
                quoted = tail
            elif not shown or len(shown) > _LONGEST_SHOWN:  # (a value made when the lesson runs: `date.today()`)
                quoted = f"[FIELD_DATA_TYPE_UNACCEPTABLE_WITH_NAME] {path}: {_TYPE_SHOWN[type_name]} can not accept object "
            else:
                quoted = f"[FIELD_DATA_TYPE_UNACCEPTABLE_WITH_NAME] {path}: {_TYPE_SHOWN[type_name]} {tail}"
            report_when_called(ctx, site, f"{described} is {type_name.upper()}, and PySpark checks each row's values "
                                          f"by Python type: {article} {kind} is refused there{hint}; {spark_raises(quoted)}")
