from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import UNREAD_CONF, analyze, describe, refused_at_start, runnable_starts, spark_raises

PROVIDER = "spark.sql.streaming.stateStore.providerClass"
ROCKSDB = "org.apache.spark.sql.execution.streaming.state.RocksDBStateStoreProvider"
MULTIPLE_COLUMN_FAMILIES = ("[UNSUPPORTED_FEATURE.STATE_STORE_MULTIPLE_COLUMN_FAMILIES] The feature is not supported: "
                            "Creating multiple column families with HDFSBackedStateStoreProvider is not supported.")


class StateStoreWithoutColumnFamilies(Rule):
    """`transformWithStateInPandas` on the default state store, which cannot hold its state.

    ## What it does
    Reports a started streaming query that uses `transformWithStateInPandas` (or
    `transformWithState`) when the session's state store provider
    (`spark.sql.streaming.stateStore.providerClass`, set with `spark.conf.set`, the
    builder's `config` or `SET` in SQL) is not RocksDB. Where the lesson's settings
    cannot all be read, nothing is reported.

    ## Why is this bad
    transformWithState keeps its state in column families, which only the RocksDB state
    store has. Spark starts the query and fails at its first batch (checked on PySpark
    4.1): `[UNSUPPORTED_FEATURE.STATE_STORE_MULTIPLE_COLUMN_FAMILIES] The feature is not
    supported: Creating multiple column families with HDFSBackedStateStoreProvider is not
    supported.` The default provider is the HDFS-backed one.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.streaming.stateful_processor import StatefulProcessor

    class Echo(StatefulProcessor):
        def init(self, handle):
            pass
        def handleInputRows(self, key, rows, timerValues):
            for pdf in rows:
                yield pdf[["value"]]
        def close(self):
            pass

    events = spark.readStream.format("rate").load()
    result = events.groupBy("value").transformWithStateInPandas(Echo(), "value long", "Append", "None")
    query = result.writeStream.format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.streaming.stateful_processor import StatefulProcessor

    spark.conf.set("spark.sql.streaming.stateStore.providerClass",
                   "org.apache.spark.sql.execution.streaming.state.RocksDBStateStoreProvider")

    class Echo(StatefulProcessor):
        def init(self, handle):
            pass
        def handleInputRows(self, key, rows, timerValues):
            for pdf in rows:
                yield pdf[["value"]]
        def close(self):
            pass

    events = spark.readStream.format("rate").load()
    result = events.groupBy("value").transformWithStateInPandas(Echo(), "value long", "Append", "None")
    query = result.writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK047"
    name = "state-store-without-column-families"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in runnable_starts(analyze(doc)):
            processors = [site for site, name in start.frame.stateful if name.startswith("transformWithState")]
            conf = start.session_conf
            if not processors or refused_at_start(start) or UNREAD_CONF in conf:
                continue
            provider = conf.get(PROVIDER, "")
            if provider is None or "rocksdb" in str(provider).lower():
                continue  # (a value not written out: not known)
            which = f"`{provider}`" if provider else "the default HDFS-backed one"
            ctx.report(
                *start.site.range(),
                f"the transformWithState at {describe(processors[0])} keeps its state in column families, which the "
                f"state store provider ({which}) does not have; Spark starts the query and fails at its first batch — "
                f"{spark_raises(MULTIPLE_COLUMN_FAMILIES)}; set `{PROVIDER}` to RocksDBStateStoreProvider",
            )
