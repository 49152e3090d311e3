from mdxlint.analyzers.spark import analyze, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document

OUTPUT_MODES = frozenset({"append", "complete", "update"})


class InvalidOutputMode(Rule):
    """A streaming output mode Spark does not have (`"upsert"`, `"overwrite"`), or one a state function does not take.

    ## What it does
    Reports `outputMode(…)` or `start(outputMode=…)` with a constant that is not one of
    Spark's three streaming output modes: `append`, `complete`, `update` (in any case);
    and the output mode given to `applyInPandasWithState` when it is not `append` or
    `update` (the function emits rows as groups are called: it has no complete mode).
    Spark refuses that one where the function is applied: `IllegalArgumentException: The
    output mode of function should be append or update` (`[STREAMING_OUTPUT_MODE.INVALID]`
    for a mode Spark does not have at all).

    ## Why is this bad
    Spark refuses the mode at once, where it is set: `IllegalArgumentException:
    [STREAMING_OUTPUT_MODE.INVALID] Invalid streaming output mode: upsert. Accepted
    output modes are 'Append', 'Complete', 'Update'.` An upsert into a table is written
    with `foreachBatch` (a `MERGE` per micro-batch) in `update` mode; `overwrite` is a
    batch writer's save mode, not a stream's output mode.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").load()
    query = events.writeStream.outputMode("upsert").format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").load()
    query = events.writeStream.outputMode("append").format("console").start()
    ```
    ````
    """

    code = "SPK038"
    name = "invalid-output-mode"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        starts = {id(start.writer): start for start in analysis.starts}
        for writer in analysis.writers:
            mode = writer.output_mode
            if not writer.mode_known or not mode or mode in OUTPUT_MODES:
                continue
            site = writer.mode_site if writer.mode_site is not None else getattr(starts.get(id(writer)), "site", None)
            if site is None:
                continue
            ctx.report(*site.range(), f"`{mode}` is not a streaming output mode (Spark has append, complete and update); "
                       + spark_raises("[STREAMING_OUTPUT_MODE.INVALID] Invalid streaming output mode: "))
        for site, written in analysis.bad_state_modes:
            if written.lower() in OUTPUT_MODES:
                ctx.report(*site.range(), f"applyInPandasWithState takes `append` or `update` as its output mode, not "
                           f"`{written}`; " + spark_raises("The output mode of function should be append or update"))
            else:
                ctx.report(*site.range(), f"`{written}` is not a streaming output mode (Spark has append, complete and "
                           "update, and applyInPandasWithState takes append or update); "
                           + spark_raises("[STREAMING_OUTPUT_MODE.INVALID] Invalid streaming output mode: "))
