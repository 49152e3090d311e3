import posixpath

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import CHECKPOINT_CONF, analyze, describe, stream_starts


def checkpoint_of(start) -> str | None:
    """The checkpoint folder a started query uses, when the code says it literally (a local path
    as the file system reads it: `./chk/orders/` is `chk/orders`)."""
    if isinstance(start.checkpoint, str):
        return _folder(start.checkpoint)
    root = start.session_conf.get(CHECKPOINT_CONF)
    if start.checkpoint is not None and isinstance(root, str) and isinstance(start.query_name, str):
        return _folder(f"{root.rstrip('/')}/{start.query_name}")
    return None


def _folder(path: str) -> str:
    if "://" in path or not path.strip():
        return path.rstrip("/")
    return posixpath.normpath(path)


def sink_of(start) -> tuple:
    options = start.options
    return (start.sink, options.get("path"), options.get("topic"), start.writer.query_name)


class SharedCheckpoint(Rule):
    """Two different streaming queries started on one checkpoint location.

    ## What it does
    Collects the checkpoint folder of every started query — the `checkpointLocation`
    option, or `<spark.sql.streaming.checkpointLocation>/<queryName>` — and reports a
    query that starts on the folder of an earlier query that is still running (not
    stopped, not awaited to its end) and writes elsewhere. The same query shown twice
    is not reported, nor the `memory` sink (a second start on its checkpoint may fail
    instead, depending on timing); two queries with one `queryName` are SPK028.

    ## Why is this bad
    The checkpoint holds the query id, source offsets and state. A second query on it
    takes the first one's id: within one application Spark stops the running query
    (`spark.sql.streaming.stopActiveRunOnRestart`, on by default) — silently, with
    only a WARN "Stopping existing streaming query" — and across applications both
    write the same offsets and state. Give every query its own checkpoint folder.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    raw = events.writeStream.format("parquet").option("path", "lake/raw")
    first = raw.option("checkpointLocation", "checkpoints/shared").start()
    copy = events.select("value").writeStream.format("parquet").option("path", "lake/copy")
    second = copy.option("checkpointLocation", "checkpoints/shared").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    raw = events.writeStream.format("parquet").option("path", "lake/raw")
    first = raw.option("checkpointLocation", "checkpoints/raw").start()
    copy = events.select("value").writeStream.format("parquet").option("path", "lake/copy")
    second = copy.option("checkpointLocation", "checkpoints/copy").start()
    ```
    ````
    """

    code = "SPK012"
    name = "shared-checkpoint-location"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for start in stream_starts(analyze(doc)):
            folder = checkpoint_of(start)
            if folder is None or start.sink == "memory":
                continue
            for earlier in start.active:
                if checkpoint_of(earlier) != folder or earlier.sink == "memory":
                    continue
                if isinstance(start.query_name, str) and start.query_name == earlier.query_name:
                    continue  # Spark refuses the name first: SPK028
                if sink_of(earlier) != sink_of(start) and earlier.writer is not start.writer:
                    ctx.report(
                        *start.site.range(),
                        f"this query uses the checkpoint `{folder}` of the query started at {describe(earlier.site)}, "
                        "which writes elsewhere; it takes that query's id and Spark stops the other query when "
                        "this one starts (WARN \"Stopping existing streaming query\")",
                    )
                    break
