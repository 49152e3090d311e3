from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import FILE_FORMATS, analyze, describe, spark_raises, stateful_steps, stream_starts

# Sources a continuous query cannot read: files and tables (Spark's continuous readers are Kafka's, rate's and socket's).
CONTINUOUS_REFUSED_SOURCES = FILE_FORMATS | {"delta"}
FOREACH_FAILED = "[FOREACH_USER_FUNCTION_ERROR] An error occurred in the user provided function in foreach sink."


class ContinuousTriggerUnsupported(Rule):
    """`trigger(continuous=...)` on a query that is not only projections and filters, or with a sink it cannot use.

    ## What it does
    Reports a streaming query started with a continuous trigger when it reads a file
    source or the `rate-micro-batch` source, its plan has an aggregation, deduplication, join, sort, limit, window
    function, `mapInPandas` or a repartition (`repartition`, `coalesce`, even to one
    partition), reads the current time (`current_timestamp()`,
    `current_date()`), or writes with `foreachBatch`, a Python `foreach` writer or to a
    file sink.

    ## Why is this bad
    Continuous processing (experimental) runs only map-like queries. Spark refuses
    the others at start: `AnalysisException: Continuous processing does not support
    Aggregate operations.` (`Deduplicate`, `Join` … likewise), `Continuous processing
    does not support current time operations.`, `'foreachBatch' is not supported with
    continuous trigger.` A file sink is not caught at start: the query dies at run
    time with `Unknown type of trigger: ContinuousTrigger(1000)`, and so does a Python
    `foreach` writer (`[CANNOT_GET_BATCH_ID]`). Use a micro-batch
    trigger (`processingTime=...`) for these queries.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    counts = events.groupBy("value").count()
    query = (
        counts.writeStream.outputMode("complete")
        .format("console")
        .trigger(continuous="1 second")
        .start()
    )
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import col

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    doubled = events.select((col("value") * 2).alias("doubled"))
    query = doubled.writeStream.format("console").trigger(continuous="1 second").start()
    ```
    ````
    """

    code = "SPK011"
    name = "continuous-trigger-unsupported"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            if start.trigger != "continuous":
                continue
            frame = start.frame
            steps = stateful_steps(frame)
            if start.sink == "foreachbatch":
                # start() refuses it before the query's plan is checked (checked on PySpark 4.1)
                message = (
                    "foreachBatch cannot run with a continuous trigger; "
                    + spark_raises("'foreachBatch' is not supported with continuous trigger.")
                )
            elif frame.source_format in CONTINUOUS_REFUSED_SOURCES and frame.site is not None:
                # Spark walks the plan from its sources up: a source without continuous reading is met first.
                text = "Continuous processing does not support StreamingRelation operations."
                message = (f"the {frame.source_format} source at {describe(frame.site)} cannot be read with a continuous "
                           f"trigger (Spark reads only Kafka, rate and socket sources continuously); {spark_raises(text)}")
            elif steps:
                # (the plan's operations are checked before the source is asked for a continuous reader)
                site, node_name = steps[0]
                text = f"Continuous processing does not support {node_name} operations."
                message = f"the {node_name} step at {describe(site)} cannot run with a continuous trigger; {spark_raises(text)}"
            elif frame.current_time:
                message = (
                    f"the current-time call at {describe(frame.current_time[0])} cannot run with a continuous trigger; "
                    f"{spark_raises('Continuous processing does not support current time operations.')}"
                )
            elif frame.source_format == "rate-micro-batch" and frame.site is not None:
                message = (f"the rate-micro-batch source at {describe(frame.site)} has no continuous mode (the rate source "
                           "has); " + spark_raises("Data source rate-micro-batch does not support continuous processing."))
            elif start.sink == "foreach":
                # PySpark's foreach writer asks the task for its micro-batch id, which a continuous task has not
                message = "a Python foreach writer cannot run with a continuous trigger: the query starts, then fails at run time"
                if start.writer.foreach_object is True:
                    message += " (`[CANNOT_GET_BATCH_ID]`); " + spark_raises(FOREACH_FAILED)
                elif start.writer.foreach_object is False:
                    message += "; " + spark_raises("java.lang.IllegalThreadStateException")
            elif start.sink in FILE_FORMATS:
                message = (
                    f"the {start.sink} file sink has no continuous mode; the query starts, then fails at run time "
                    f"with StreamingQueryException — {spark_raises('Unknown type of trigger: ContinuousTrigger')}"
                )
            else:
                continue
            ctx.report(*start.site.range(), message)
