import ast

from mdxlint.lint.diagnostics import Applicability, Fix, Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import Writer, analyze, UNKNOWN


class TriggerOnceDeprecated(Rule):
    """`trigger(once=True)`: deprecated since Spark 3.4 in favour of `availableNow=True`.

    ## What it does
    Reports `.trigger(once=True)` on a stream writer (or on a chain fragment such as a
    fence that starts with `.trigger(...)`). The fix replaces it with
    `availableNow=True`; it is unsafe, because the two do not mean the same: `once`
    runs exactly one batch, `availableNow` several that respect rate limits, and a
    lesson that compares the triggers names both on purpose.

    ## Why is this bad
    The one-time trigger is deprecated since Spark 3.4 (SPARK-39805; the
    Structured Streaming guide lists it as "One-time micro-batch (deprecated)").
    PySpark 4.x prints no warning for it, so students learn a deprecated API without
    noticing. `availableNow=True` processes everything available when the query
    starts and then stops, like `once`, but in several batches that respect rate
    limits such as `maxOffsetsPerTrigger`.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("console").trigger(once=True).start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("console").trigger(availableNow=True).start()
    ```
    ````
    """

    code = "SPK019"
    name = "trigger-once-deprecated"
    severity = Severity.WARNING
    fix_applicability = Applicability.UNSAFE

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for call in analyze(doc).calls_named("trigger"):
            if not (isinstance(call.receiver, Writer) or call.receiver is UNKNOWN):
                continue
            for keyword in call.keywords:
                if keyword.arg == "once" and isinstance(keyword.value, ast.Constant) and keyword.value.value is True:
                    fence = call.site.fence
                    start = fence.offset(keyword.lineno, keyword.col_offset)
                    end = fence.offset(keyword.end_lineno, keyword.end_col_offset)
                    ctx.report(
                        start,
                        end,
                        "trigger(once=True) is deprecated since Spark 3.4 (SPARK-39805) and PySpark prints no "
                        "warning for it; use trigger(availableNow=True)",
                        Fix.replace(start, end, "availableNow=True", safe=False, message="Use availableNow=True"),
                    )
