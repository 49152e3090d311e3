from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises, stream_starts


class KafkaSinkIncomplete(Rule):
    """A Kafka sink without a `value` column, without a topic, or without `kafka.bootstrap.servers`.

    ## What it does
    For a streaming query written with `format("kafka")`, checks what Spark's
    `KafkaWriter` validates when the write is built: the frame must have a `value`
    column; the topic comes from the `topic` option or a `topic` column; the
    `kafka.bootstrap.servers` option is required; `kafka.key.serializer` and
    `kafka.value.serializer` are refused. Columns are known when the lesson's
    projections name them (`select(to_json(struct("*")).alias("value"))`); when the
    model cannot tell the columns it stays silent.

    ## Why is this bad
    The query starts and then dies when its first write is set up, with
    `Required attribute 'value' not found`, `topic option required when no 'topic'
    attribute is present. Use the topic option for setting a topic.`, or `Kafka option
    'value.serializer' is not supported as values are serialized with
    ByteArraySerializer.`

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import struct, to_json

    orders = (
        spark.readStream.format("kafka")
        .option("kafka.bootstrap.servers", "kafka:9092")
        .option("subscribe", "dbserver1.public.orders")
        .load()
    )
    payload = orders.select(to_json(struct("key", "offset")).alias("payload"))
    query = (
        payload.writeStream.format("kafka")
        .option("kafka.bootstrap.servers", "kafka:9092")
        .option("topic", "orders.audit")
        .option("checkpointLocation", "checkpoints/audit")
        .start()
    )
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import struct, to_json

    orders = (
        spark.readStream.format("kafka")
        .option("kafka.bootstrap.servers", "kafka:9092")
        .option("subscribe", "dbserver1.public.orders")
        .load()
    )
    payload = orders.select(to_json(struct("key", "offset")).alias("value"))
    query = (
        payload.writeStream.format("kafka")
        .option("kafka.bootstrap.servers", "kafka:9092")
        .option("topic", "orders.audit")
        .option("checkpointLocation", "checkpoints/audit")
        .start()
    )
    ```
    ````
    """

    code = "SPK018"
    name = "kafka-sink-incomplete"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            if start.sink != "kafka":
                continue
            options, columns = start.options, start.frame.columns
            problems: list[str] = []
            if columns is not None and "value" not in columns:
                problems.append(
                    f"the frame has no `value` column (it has {', '.join(columns) or 'none'}); "
                    + spark_raises("Required attribute 'value' not found")
                )
            if columns is not None and "topic" not in options and "topic" not in columns and start.writer.options_complete:
                problems.append(
                    "there is neither a `topic` option nor a `topic` column; "
                    + spark_raises("topic option required when no 'topic' attribute is present. Use the topic option "
                                   "for setting a topic.")
                )
            if "kafka.bootstrap.servers" not in options and start.writer.options_complete:
                problems.append("the sink has no `kafka.bootstrap.servers`; "
                                + spark_raises("Option 'kafka.bootstrap.servers' must be specified"))
            for kind in ("key", "value"):
                if f"kafka.{kind}.serializer" in options:
                    problems.append(
                        f"`kafka.{kind}.serializer` is refused; "
                        + spark_raises(f"Kafka option '{kind}.serializer' is not supported as {kind}s are serialized "
                                       "with ByteArraySerializer.")
                    )
            for problem in problems:
                ctx.report(*start.site.range(), f"Kafka sink: {problem}")
