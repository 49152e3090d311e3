from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises


class FromJsonOnBinary(Rule):
    """`from_json` applied to the binary Kafka `value` (or `key`, or another BINARY column) without a cast to string.

    ## What it does
    Tracks the columns of a frame read from Kafka (`key` and `value` are binary)
    through projections, and reports `from_json(col("value"), ...)` while `value` is
    still binary. A `.cast("string")`, `CAST(value AS STRING)` in `selectExpr`, or
    `expr(...)` text fixes it.

    ## Why is this bad
    `from_json` takes a string. Spark refuses the expression when the frame is
    defined: `AnalysisException: [DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot
    resolve "from_json(value)" due to data type mismatch: The first parameter requires
    the "STRING" type, however "value" has the type "BINARY".`

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import col, from_json

    orders = (
        spark.readStream.format("kafka")
        .option("kafka.bootstrap.servers", "kafka:9092")
        .option("subscribe", "dbserver1.public.orders")
        .load()
    )
    parsed = orders.select(from_json(col("value"), "id INT, total DOUBLE").alias("order"))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import col, from_json

    orders = (
        spark.readStream.format("kafka")
        .option("kafka.bootstrap.servers", "kafka:9092")
        .option("subscribe", "dbserver1.public.orders")
        .load()
    )
    parsed = orders.select(from_json(col("value").cast("string"), "id INT, total DOUBLE").alias("order"))
    ```
    ````
    """

    code = "SPK017"
    name = "from-json-on-binary"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        reported: set[int] = set()
        for item in analyze(doc).from_json:
            if id(item.site.node) in reported:
                continue
            reported.add(id(item.site.node))
            ctx.report(
                *item.site.range(),
                f"`{item.column}` is binary here (as Kafka's key and value are) and from_json needs a string: cast it first "
                f"(`col(\"{item.column}\").cast(\"string\")`); "
                + spark_raises("[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve \"from_json("),
            )
