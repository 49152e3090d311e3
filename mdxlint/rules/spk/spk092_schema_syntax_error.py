from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class SchemaSyntaxError(Rule):
    """A schema written in DDL that Spark cannot read: `"id INT op STRING"`, `"id INT; op STRING"`.

    ## What it does
    Reports a schema text that does not parse as Spark's DDL, where the lesson writes it: the
    schema of `createDataFrame`, of `spark.read.schema(…)`/`spark.readStream.schema(…)` and of
    `from_json` written in a projection. What is reported: a field that follows another
    without a comma between them (`id INT op STRING`), a `;` or `|` between fields, a schema
    that ends too early (a trailing comma, a `struct<`/`array<` never closed) and, in
    `from_json`, names and types separated by colons at the top level (`"id: INT, op: STRING"`,
    which `createDataFrame` still reads, as the fields of a struct). Texts that hold other
    clauses (`DEFAULT`, `GENERATED` …) are not judged. A call inside a `try` that catches the
    error is not reported.

    ## Why is this bad
    Spark refuses the text: `createDataFrame` and `schema` raise at the call, `from_json` where
    the frame is analysed (`[PARSE_SYNTAX_ERROR] Syntax error at or near 'op'.`; `from_json`,
    which reads the text as a type first, names the text's second token instead:
    `… at or near 'INT'.`). Separate the fields with commas: `"id INT, op STRING"`.

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT op STRING")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    ```
    ````
    """

    code = "SPK092"
    name = "schema-syntax-error"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, what, spark_text in not_caught(analyze(doc).schema_syntax_errors):
            if "ParseException" in site.handled:
                continue  # (a lesson that catches the error shows it)
            ctx.report(*site.range(), f"this schema does not parse: {what}; {spark_raises(spark_text)}")
