from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import FILE_FORMATS, UNREAD_CONF, analyze, spark_raises

NO_SCHEMA = "Schema must be specified when creating a streaming source DataFrame."
SCHEMA_INFERENCE = "spark.sql.streaming.schemaInference"


class FileSourceWithoutSchema(Rule):
    """A streaming file source (`json`, `csv`, `parquet`, `orc`…) read without a schema.

    ## What it does
    Reports `spark.readStream` loads of a file format other than `text` (`binaryFile` too) with no
    `.schema(...)` (or `schema=`), unless the lesson's session sets
    `spark.sql.streaming.schemaInference`.

    ## Why is this bad
    A streaming file source cannot infer its schema by default: new files may not
    exist yet, and the schema must not change between batches. Spark refuses the read
    itself, before any query starts: `IllegalArgumentException: Schema must be
    specified when creating a streaming source DataFrame.` Give the schema (a
    `StructType` or a DDL string such as `"op STRING, id BIGINT"`), or enable
    `spark.sql.streaming.schemaInference` where the folder already holds files.

    ## Example
    ````mdx
    ```python
    spark.range(3).write.mode("overwrite").json("landing/orders")
    orders = spark.readStream.json("landing/orders")
    query = orders.writeStream.format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    spark.range(3).write.mode("overwrite").json("landing/orders")
    orders = spark.readStream.schema("id BIGINT").json("landing/orders")
    query = orders.writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK034"
    name = "file-source-without-schema"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for load in analyze(doc).loads:
            reader = load.reader
            if not load.streaming or reader.schema_given or not reader.format_known:
                continue
            if reader.format not in FILE_FORMATS | {"binaryfile"} or reader.format == "text":  # text has a fixed schema
                continue  # (binaryFile has one too, and a stream of it still needs it given: checked on PySpark 4.1)
            conf = reader.session.conf
            if (SCHEMA_INFERENCE in conf and str(conf[SCHEMA_INFERENCE]).lower() != "false") or UNREAD_CONF in conf:
                continue
            if not reader.format_set and "spark.sql.sources.default" in conf:
                continue  # the default format was changed: whether it is a file format is not known
            shown = "binaryFile" if reader.format == "binaryfile" else reader.format
            named = shown if reader.format_set else f"{shown} (spark.sql.sources.default)"
            ctx.report(
                *load.site.range(),
                f"the streaming {named} source has no schema; {spark_raises(NO_SCHEMA)}",
            )
