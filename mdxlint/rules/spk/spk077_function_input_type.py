from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document

_MESSAGE = ('[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve "{function}({column})" due to data type mismatch: '
            'The first parameter requires the "{required}" type, however "{column}" has the type "{type}".')
# (a call of several arguments: Spark writes them all in its "Cannot resolve", as it renders them)
_PARAMETER = 'The {ordinal} parameter requires the "{required}" type, however "{column}" has the type "{type}".'
_ORDINALS = ("first", "second", "third")
# What to write instead, by the kind of type the function takes.
_INSTEAD = {
    "INTEGRAL": "cast it first (`F.col(\"{column}\").cast(\"bigint\")`)",
    "NUMERIC": "cast it first (`F.col(\"{column}\").cast(\"bigint\")`)",
    "TIMESTAMP": "it gives a timestamp's epoch number (`timestamp_millis`/`timestamp_seconds` make a timestamp of one)",
    "STRING": "from_json reads JSON text: cast it to a string first (`F.col(\"{column}\").cast(\"string\")`)",
    "STRUCT": "from_json reads JSON text, and a struct is parsed already: read its fields (`{column}.name`)",
    "DATE": "make a date of it first (of an epoch number, `F.to_date(F.timestamp_millis(\"{column}\"))` or "
            "`F.timestamp_seconds`)",
    "TIMESTAMP OR NTZ": "make a timestamp of it first (of an epoch number, `F.timestamp_millis(\"{column}\")` or "
                        "`F.timestamp_seconds`)",
    "BIGINT": "it takes epoch seconds: format the timestamp itself (`F.date_format(\"{column}\", …)`)",
}


class FunctionInputType(Rule):
    """`F.timestamp_millis("ts_ms")` over a STRING column: an epoch function given a column of a type it refuses.

    ## What it does
    Reports a column of a type the lesson shows (a schema, `createDataFrame`, a cast, `from_json`)
    given by name to an epoch conversion that refuses that type: `timestamp_millis` and
    `timestamp_micros` take an integral type (not a STRING of digits, not a DOUBLE),
    `timestamp_seconds` a number (not a STRING), and `unix_millis`, `unix_seconds` and
    `unix_micros` a TIMESTAMP (not a number or a STRING); the fields of a time (`hour`,
    `minute`, `second`) and `date_format`, `date_trunc`, `from_utc_timestamp`,
    `to_utc_timestamp`, `months_between` a timestamp, and the fields of a date (`year`,
    `month`, `dayofmonth`, `dayofweek`, `weekofyear`, `quarter`) and `last_day`, `datediff`,
    `date_add`, `date_sub`, `add_months`, `trunc` a date, none of them a number (an epoch's
    `ts_ms`); `from_unixtime` a BIGINT, not a timestamp or a date; and a column of another type than STRING
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
        for site, function, column, type_name, required, position, alone in not_caught(analyze(doc).typed_inputs):
            kind = ("STRUCT" if required == "STRING" and type_name == "STRUCT" else
                    "TIMESTAMP OR NTZ" if required.startswith("(") or (required == "TIMESTAMP" and type_name not in ("STRING",)
                                                                         and function not in ("unix_millis", "unix_seconds", "unix_micros"))
                    else required)
            instead = _INSTEAD[kind].format(column=column)
            taken = required.strip("()").split(" OR ")[0]
            article = "an" if taken[0] in "AEIOU" else "a"
            held = "an" if type_name[0] in "AEIOU" else "a"
            if alone and position == 0:
                text = _MESSAGE.format(function=function, column=column, required=required, type=type_name)
            else:
                text = _PARAMETER.format(ordinal=_ORDINALS[position], column=column, required=required, type=type_name)
            if type_name in ("STRUCT", "ARRAY", "MAP"):
                text = text[: text.rindex('"')]  # (Spark writes the fields' or elements' types after it: `STRUCT<id: BIGINT>`)
            ctx.report(*site.range(), f"`{column}` holds {held} {type_name}, and `{function}` takes {article} {taken.lower()} value; "
                                      f"{instead}; {spark_raises(text)}")
