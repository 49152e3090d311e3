from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises

NOT_POSITIVE = "[VALUE_NOT_POSITIVE] Value for `timeout` must be positive, got '{}'."


class AwaitTimeoutInvalid(Rule):
    """`awaitTermination(timeout)` with a timeout PySpark refuses: zero, a negative number, or not a number.

    ## What it does
    Reports the timeout given to `query.awaitTermination(…)` when it is a known value
    that is not a number above zero (`0`, `-1`, `"10"`), and to
    `spark.streams.awaitAnyTermination(…)` when it is negative or not a number (there
    zero is accepted). The timeout is in seconds; `None` (or no argument) waits without one.

    ## Why is this bad
    PySpark checks the value before it waits and raises `PySparkValueError:
    [VALUE_NOT_POSITIVE] Value for `timeout` must be positive, got 'int'.` (the message
    names the value's type, not the value). `awaitTermination(0)` meant as "do not
    wait" and `awaitTermination(-1)` meant as "wait forever" are the usual slips: leave
    the argument out to wait for the query's end.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("console").start()
    query.awaitTermination(-1)
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("console").start()
    query.awaitTermination(10)
    ```
    ````
    """

    code = "SPK054"
    name = "await-timeout-invalid"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, method, kind in analyze(doc).bad_timeouts:
            what = "a number of seconds above zero" if method == "awaitTermination" else "a number of seconds, zero or more"
            ctx.report(*site.range(), f"`{method}` takes {what}, or no timeout; {spark_raises(NOT_POSITIVE.format(kind))}")
