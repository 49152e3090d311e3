from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises

SUBSCRIBE_KEYS = ("subscribe", "subscribepattern", "assign")
UNSUPPORTED_CONSUMER_OPTIONS = {
    "kafka.auto.offset.reset": (
        "Kafka option 'auto.offset.reset' is not supported. Instead set the source option 'startingoffsets' to "
        "'earliest' or 'latest' to specify where to start."
    ),
    "kafka.enable.auto.commit": "Kafka option 'enable.auto.commit' is not supported",
    "kafka.interceptor.classes": "Kafka option 'interceptor.classes' is not supported",
    "kafka.key.deserializer": (
        "Kafka option 'key.deserializer' is not supported as keys are deserialized as byte arrays with "
        "ByteArrayDeserializer. Use DataFrame operations to explicitly deserialize the keys."
    ),
    "kafka.value.deserializer": (
        "Kafka option 'value.deserializer' is not supported as values are deserialized as byte arrays with "
        "ByteArrayDeserializer. Use DataFrame operations to explicitly deserialize the values."
    ),
}


def _number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


class KafkaSourceOptionRejected(Rule):
    """Kafka source options that Spark's Kafka connector refuses when the frame is created.

    ## What it does
    Checks every `readStream`/`read` with `format("kafka")` against the validation of
    Spark's `KafkaSourceProvider`: `kafka.bootstrap.servers` is required; exactly one
    of `subscribe`, `subscribePattern`, `assign`; the consumer options Spark manages
    itself (`kafka.auto.offset.reset`, `kafka.enable.auto.commit`,
    `kafka.interceptor.classes`, `kafka.key.deserializer`, `kafka.value.deserializer`)
    are refused; `endingOffsets`/`endingOffsetsByTimestamp` are batch-only;
    `startingOffsets="latest"` is stream-only; `minOffsetsPerTrigger` may not exceed
    `maxOffsetsPerTrigger`. Option names are case-insensitive, as in Spark. Option
    values computed at run time, or passed as `**options`, are not judged.

    ## Why is this bad
    `load()` raises `IllegalArgumentException` before any data is read, for example
    `Option 'kafka.bootstrap.servers' must be specified for configuring Kafka
    consumer`, `Kafka option 'auto.offset.reset' is not supported. Instead set the
    source option 'startingoffsets' to 'earliest' or 'latest' to specify where to
    start.`, `ending offset not valid in streaming queries`.

    ## Example
    ````mdx
    ```python
    orders = (
        spark.readStream.format("kafka")
        .option("kafka.bootstrap.servers", "kafka:9092")
        .option("subscribe", "dbserver1.public.orders")
        .option("kafka.auto.offset.reset", "earliest")
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
        .option("startingOffsets", "earliest")
        .load()
    )
    ```
    ````
    """

    code = "SPK015"
    name = "kafka-source-option-rejected"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for load in analyze(doc).loads:
            reader = load.reader
            if reader.format != "kafka":
                continue
            options = reader.options
            for key, text in UNSUPPORTED_CONSUMER_OPTIONS.items():
                if key in options:
                    ctx.report(
                        *reader.option_sites[key].range(),
                        f"Spark's Kafka source manages `{key[6:]}` itself and refuses the option; {spark_raises(text)}",
                    )
            if load.streaming:
                for key, text in (("endingoffsets", "ending offset not valid in streaming queries"),
                                  ("endingoffsetsbytimestamp", "ending timestamp not valid in streaming queries")):
                    if key in options:
                        ctx.report(*reader.option_sites[key].range(),
                                   f"`{reader.option_names[key]}` is for batch reads only; {spark_raises(text)}")
            else:
                if str(options.get("startingoffsets", "")).lower() == "latest":
                    ctx.report(*reader.option_sites["startingoffsets"].range(),
                               "a batch read cannot start at the latest offsets; "
                               + spark_raises("starting offset can't be latest for batch queries on Kafka"))
                if str(options.get("endingoffsets", "")).lower() == "earliest":
                    ctx.report(*reader.option_sites["endingoffsets"].range(),
                               "a batch read cannot end at the earliest offsets; "
                               + spark_raises("ending offset can't be earliest for batch queries on Kafka"))
            low, high = _number(options.get("minoffsetspertrigger")), _number(options.get("maxoffsetspertrigger"))
            if low is not None and high is not None and low > high:
                ctx.report(*reader.option_sites["minoffsetspertrigger"].range(),
                           f"minOffsetsPerTrigger ({options['minoffsetspertrigger']}) is higher than "
                           f"maxOffsetsPerTrigger ({options['maxoffsetspertrigger']}); "
                           + spark_raises("is higher than the maxOffsetsPerTrigger"))
            if not reader.options_complete:
                continue
            if "kafka.bootstrap.servers" not in options:
                hint = " (`bootstrap.servers` without the `kafka.` prefix is not passed to Kafka)" if "bootstrap.servers" in options else ""
                ctx.report(*load.site.range(),
                           f"the Kafka source has no `kafka.bootstrap.servers`{hint}; "
                           + spark_raises("Option 'kafka.bootstrap.servers' must be specified for configuring Kafka consumer"))
            given = [key for key in SUBSCRIBE_KEYS if key in options]
            if not given:
                ctx.report(*load.site.range(),
                           "the Kafka source names no topics; " + spark_raises(
                               "One of the following options must be specified for Kafka source: subscribe, "
                               "subscribepattern, assign. See the docs for more details."))
            elif len(given) > 1:
                ctx.report(*reader.option_sites[given[1]].range(),
                           f"the Kafka source sets {', '.join(reader.option_names[k] for k in given)}; "
                           + spark_raises("Only one of the following options can be specified for Kafka source: "
                                          "subscribe, subscribepattern, assign. See the docs for more details."))
