from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, stream_starts

# Spark's own Kafka options that contain a dot (KafkaSourceProvider).
SPARK_DOTTED_OPTIONS = frozenset({"kafkaconsumer.polltimeoutms", "fetchoffset.numretries", "fetchoffset.retryintervalms"})


class KafkaOptionIgnored(Rule):
    """A Kafka client setting given without the `kafka.` prefix: Spark ignores it.

    ## What it does
    Reports options of a Kafka source or sink that look like Kafka client settings
    (dotted names such as `group.id`, `security.protocol`, `max.poll.records`) but
    lack the `kafka.` prefix, Spark's own dotted options excepted.

    ## Why is this bad
    Spark passes to the Kafka consumer and producer only the options whose names start
    with `kafka.` (with the prefix removed); any other unknown option is ignored
    without a warning. The setting the lesson shows never takes effect — for
    `bootstrap.servers` the source then fails for lack of `kafka.bootstrap.servers`.

    ## Example
    ````mdx
    ```python
    orders = (
        spark.readStream.format("kafka")
        .option("kafka.bootstrap.servers", "kafka:9092")
        .option("subscribe", "dbserver1.public.orders")
        .option("security.protocol", "SASL_SSL")
        .load()
    )
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    orders = (
        spark.readStream.format("kafka")
        .option("kafka.bootstrap.servers", "kafka:9092")
        .option("subscribe", "dbserver1.public.orders")
        .option("kafka.security.protocol", "SASL_SSL")
        .load()
    )
    ```
    ````
    """

    code = "SPK016"
    name = "kafka-option-ignored"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        places = [(load.reader.options, load.reader.option_sites, load.reader.option_names, "source")
                  for load in analysis.loads if load.reader.format == "kafka"]
        places += [(start.options, start.writer.option_sites, None, "sink")
                   for start in stream_starts(analysis) if start.sink == "kafka"]
        for options, sites, names, kind in places:
            for key in options:
                if "." not in key or key.startswith("kafka.") or key in SPARK_DOTTED_OPTIONS or key not in sites:
                    continue
                written = names.get(key, key) if names else key
                ctx.report(
                    *sites[key].range(),
                    f"`{written}` is not passed to Kafka: Spark hands the {kind} only options named "
                    f"`kafka.<setting>` and ignores this one; write `kafka.{written}`",
                )
