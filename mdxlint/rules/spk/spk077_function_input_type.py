from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document

_MESSAGE = ('[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve "{function}({column})" due to data type mismatch: '
            'The first parameter requires the "{required}" type, however "{column}" has the type "{type}".')
# What to write instead, by the kind of type the function takes.
_INSTEAD = {
    "INTEGRAL": "cast it first (`F.col(\"{column}\").cast(\"bigint\")`)",
    "NUMERIC": "cast it first (`F.col(\"{column}\").cast(\"bigint\")`)",
    "TIMESTAMP": "it gives a timestamp's epoch number (`timestamp_millis`/`timestamp_seconds` make a timestamp of one)",
    "STRING": "from_json reads JSON text: cast it to a string first (`F.col(\"{column}\").cast(\"string\")`)",
    "STRUCT": "from_json reads JSON text, and a struct is parsed already: read its fields (`{column}.name`)",
}


class FunctionInputType(Rule):
    """`F.timestamp_millis("ts_ms")` over a STRING column: an epoch function given a column of a type it refuses.

    ## What it does
    Reports a column of a type the lesson shows (a schema, `createDataFrame`, a cast, `from_json`)
    given by name to an epoch conversion that refuses that type: `timestamp_millis` and
    `timestamp_micros` take an integral type (not a STRING of digits, not a DOUBLE),
    `timestamp_seconds` a number (not a STRING), and `unix_millis`, `unix_seconds` and
    `unix_micros` a TIMESTAMP (not a number or a STRING); and a column of another type than STRING
    given to `from_json` (a struct parsed already, a number), which casts nothing (Kafka's binary
    `value` is SPK017's). A call inside a `try` that catches `AnalysisException` is not reported.

    ## Why is this bad
    Debezium's `ts_ms` often reaches Spark as text (a JSON schema that reads every field as a
    string). Spark does not cast it for these functions and refuses the projection:
    `[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve "timestamp_millis(ts_ms)" due to
    data type mismatch: The first parameter requires the "INTEGRAL" type, however "ts_ms" has the
    type "STRING".`

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F
    events = spark.createDataFrame([("1700000000000",)], "ts_ms STRING")
    events.select(F.timestamp_millis("ts_ms").alias("changed_at")).show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F
    events = spark.createDataFrame([("1700000000000",)], "ts_ms STRING")
    events.select(F.timestamp_millis(F.col("ts_ms").cast("bigint")).alias("changed_at")).show()
    ```
    ````
    """

    code = "SPK077"
    name = "function-input-type"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, function, column, type_name, required in not_caught(analyze(doc).typed_inputs):
            instead = _INSTEAD["STRUCT" if required == "STRING" and type_name == "STRUCT" else required].format(column=column)
            article = "an" if required[0] in "AEIOU" else "a"
            held = "an" if type_name[0] in "AEIOU" else "a"
            text = _MESSAGE.format(function=function, column=column, required=required, type=type_name)
            if type_name in ("STRUCT", "ARRAY", "MAP"):
                text = text[: text.rindex('"')]  # (Spark writes the fields' or elements' types after it: `STRUCT<id: BIGINT>`)
            ctx.report(*site.range(), f"`{column}` holds {held} {type_name}, and `{function}` takes {article} {required.lower()} value; "
                                      f"{instead}; {spark_raises(text)}")
