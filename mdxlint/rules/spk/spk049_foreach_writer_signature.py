from mdxlint.analyzers.spark import analyze, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class ForeachWriterSignature(Rule):
    """A `foreach` writer that Spark cannot call: a function that cannot take one row, or an object without a fitting `process`, `open` or `close`.

    ## What it does
    Reports `writeStream.foreach(w)` where `w` is the lesson's own function, lambda, class or
    instance and does not fit how PySpark calls it: a function (or any callable) with each row;
    otherwise the object's `process(row)`, and, where the class defines them,
    `open(partition_id, epoch_id)` and `close(error)`. Passing the class instead of an instance
    is reported too (the class is callable, so Spark calls it with each row). A class with base
    classes is not judged (its methods may come from them).

    ## Why is this bad
    Nothing checks the writer when the query starts (an object without `process` aside, which
    `foreach` refuses at once with `[ATTRIBUTE_NOT_CALLABLE]`). The first row fails the query:
    `StreamingQueryException: [FOREACH_USER_FUNCTION_ERROR]`, with Python's `TypeError:
    W.close() takes 1 positional argument but 2 were given` (or `send() missing 1 required
    positional argument`) below it.

    ## Example
    ````mdx
    ```python
    class AuditWriter:
        def process(self, row):
            print(row)

        def close(self):
            pass

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.foreach(AuditWriter()).start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    class AuditWriter:
        def process(self, row):
            print(row)

        def close(self, error):
            pass

    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.foreach(AuditWriter()).start()
    ```
    ````
    """

    code = "SPK049"
    name = "foreach-writer-signature"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, problem in analyze(doc).bad_foreach_writers:
            when = ("foreach refuses it at once; " + spark_raises("[ATTRIBUTE_NOT_CALLABLE] Attribute `process` in provided "
                                                                  "object `f` is not callable.")
                    if "has no `process`" in problem else
                    "the query starts, then fails on its first row with a TypeError; " + spark_raises(
                        "[FOREACH_USER_FUNCTION_ERROR] An error occurred in the user provided function in foreach sink."))
            ctx.report(*site.range(), f"{problem}; {when}")
