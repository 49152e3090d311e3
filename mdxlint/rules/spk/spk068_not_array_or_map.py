from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises


class NotArrayOrMap(Rule):
    """`F.explode("items")`, `F.size("items")` over a column that is no array or map.

    ## What it does
    Reports the column given to `explode`, `explode_outer`, `posexplode`,
    `posexplode_outer` or `size` in a projection or a filter (`select`, `withColumn`,
    `withColumns`, `filter` …) when the lesson shows its type (a DDL schema, `from_json`, a
    source's columns) and that type is a string, a number, a boolean, a date, a timestamp,
    binary or a struct: a JSON array still held as text, a comma-separated list not split, a
    record where its list of items was meant.

    ## Why is this bad
    These functions take an array or a map: Spark refuses the projection with
    `[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve "explode(items)" due to data
    type mismatch: The first parameter requires the ("ARRAY" or "MAP") type, however
    "items" has the type "STRING".` Parse the text first (`from_json` with an
    `ARRAY<…>` schema) or split it (`F.split`).

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    orders = spark.createDataFrame([(1, "a,b")], "order_id INT, items STRING")
    lines = orders.select("order_id", F.explode("items").alias("item"))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    orders = spark.createDataFrame([(1, "a,b")], "order_id INT, items STRING")
    lines = orders.select("order_id", F.explode(F.split("items", ",")).alias("item"))
    ```
    ````
    """

    code = "SPK068"
    name = "not-array-or-map"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, function, column, type_name in not_caught(analyze(doc).generator_inputs):
            text = _MESSAGE.format(function=function.removesuffix("_outer"), column=column, type=type_name)
            if type_name == "STRUCT":
                text = text[: text.rindex(" \"")]  # (Spark lists the struct's fields after it, as it writes them)
            if column.startswith("from_json("):
                # `explode(from_json("value", "id INT, op STRING"))`: the schema makes one struct per row
                advice = (f"`{column}` gives a STRUCT (its schema is a struct's fields), and `{function}` takes an array or a "
                          "map (a JSON array is read with an `ARRAY<STRUCT<…>>` schema; one object's fields are read as "
                          "`alias.field`)")
            else:
                advice = (f"`{column}` holds a {type_name}, and `{function}` takes an array or a map "
                          "(parse JSON text with from_json, or split a list with F.split, first)")
            ctx.report(*site.range(), f"{advice}; {spark_raises(text)}")


_MESSAGE = ('[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve "{function}({column})" due to data type mismatch: '
            'The first parameter requires the ("ARRAY" or "MAP") type, however "{column}" has the type "{type}".')
