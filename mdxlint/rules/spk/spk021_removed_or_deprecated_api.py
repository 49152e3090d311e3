import ast

from mdxlint.lint.diagnostics import Applicability, Fix, Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import FUNCTIONS_MODULE, UNKNOWN, Frame, analyze, spark_raises, version_tuple

# name -> (replacement, deprecated since); PySpark warns "Deprecated in <since>, use <replacement> instead."
DEPRECATED_FUNCTIONS = {
    "approxCountDistinct": ("approx_count_distinct", "2.1"),
    "sumDistinct": ("sum_distinct", "3.2"),
    "toDegrees": ("degrees", "2.1"),
    "toRadians": ("radians", "2.1"),
    "bitwiseNOT": ("bitwise_not", "3.2"),
    "shiftLeft": ("shiftleft", "3.2"),
    "shiftRight": ("shiftright", "3.2"),
    "shiftRightUnsigned": ("shiftrightunsigned", "3.2"),
    "years": ("partitioning.years", "4.0.0"),
    "months": ("partitioning.months", "4.0.0"),
    "days": ("partitioning.days", "4.0.0"),
    "hours": ("partitioning.hours", "4.0.0"),
    "bucket": ("partitioning.bucket", "4.0.0"),
}
# DataFrame methods: name -> (replacement, version, removed?)
FRAME_METHODS = {
    "registerTempTable": ("createOrReplaceTempView", "2.0", False),
    "to_pandas_on_spark": ("pandas_api", "4.0", True),
    "to_koalas": ("pandas_api", "4.0", True),
}
# class -> (replacement, deprecated since, PySpark's FutureWarning text)
CLASSES = {
    "SQLContext": (
        "SparkSession.builder.getOrCreate()", "3.0.0",
        "Deprecated in 3.0.0. Use SparkSession.builder.getOrCreate() instead.",
    ),
    "HiveContext": (
        "SparkSession.builder.enableHiveSupport().getOrCreate()", "2.0.0",
        "HiveContext is deprecated in Spark 2.0.0. Please use SparkSession.builder.enableHiveSupport().getOrCreate() instead.",
    ),
}


class RemovedOrDeprecatedApi(Rule):
    """PySpark APIs removed or deprecated in the configured PySpark version.

    ## What it does
    Checks calls against the PySpark version set in `[tool.mdxlint.spark] version`
    (default 4.1): `DataFrame.to_pandas_on_spark()` and `to_koalas()` were removed in
    4.0 (error); `registerTempTable`, `SQLContext(...)`, `HiveContext(...)` and the
    function aliases `approxCountDistinct`, `sumDistinct`, `toDegrees`, `toRadians`,
    `bitwiseNOT`, `shiftLeft`, `shiftRight`, `shiftRightUnsigned` — and, since 4.0.0,
    the partition transforms `years`, `months`, `days`, `hours`, `bucket` of
    `pyspark.sql.functions` — are deprecated (warning). Where the replacement behaves
    the same, a safe fix renames the call (`F.approxCountDistinct` →
    `F.approx_count_distinct`, `registerTempTable` → `createOrReplaceTempView`).

    ## Why is this bad
    Removed APIs fail: `PySparkAttributeError: [ATTRIBUTE_NOT_SUPPORTED] Attribute
    `to_pandas_on_spark` is not supported.` Deprecated ones print a `FutureWarning`
    such as `Deprecated in 2.1, use approx_count_distinct instead.` and teach names
    that later versions drop.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    orders = spark.createDataFrame([(1, "a"), (2, "b")], ["id", "customer"])
    orders.agg(F.approxCountDistinct("customer")).show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    orders = spark.createDataFrame([(1, "a"), (2, "b")], ["id", "customer"])
    orders.agg(F.approx_count_distinct("customer")).show()
    ```
    ````
    """

    code = "SPK021"
    name = "removed-or-deprecated-api"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)
    fix_applicability = Applicability.SAFE

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = version_tuple(ctx.settings.spark.version)
        shown = ctx.settings.spark.version
        for call in analyze(doc).calls:
            node = call.site.node
            fence = call.site.fence
            if call.name.startswith(FUNCTIONS_MODULE + "."):
                name = call.name.rsplit(".", 1)[1]
                if name in DEPRECATED_FUNCTIONS:
                    replacement, since = DEPRECATED_FUNCTIONS[name]
                    if version < version_tuple(since):
                        continue
                    fix = None
                    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and "." not in replacement:
                        fix = self._rename(fence, node.func, replacement)
                    ctx.report(
                        *self._callee_range(fence, node),
                        f"`{name}` is deprecated since PySpark {since}; PySpark {shown} emits FutureWarning "
                        f"\"Deprecated in {since}, use {replacement} instead.\" — use `{replacement}`",
                        fix,
                        severity=Severity.WARNING,
                    )
            elif call.name in FRAME_METHODS and (isinstance(call.receiver, Frame) or call.receiver is UNKNOWN):
                replacement, since, removed = FRAME_METHODS[call.name]
                if version < version_tuple(since):
                    continue
                fix = self._rename(fence, node.func, replacement) if isinstance(node.func, ast.Attribute) else None
                if removed:
                    ctx.report(
                        *self._callee_range(fence, node),
                        f"`{call.name}` was removed in PySpark 4.0 (configured: {shown}); use `{replacement}()` — "
                        + spark_raises(f"[ATTRIBUTE_NOT_SUPPORTED] Attribute `{call.name}` is not supported."),
                        fix,
                    )
                else:
                    ctx.report(
                        *self._callee_range(fence, node),
                        f"`{call.name}` is deprecated since Spark {since}; PySpark emits FutureWarning "
                        f"\"Deprecated in {since}, use {replacement} instead.\" — use `{replacement}`",
                        fix,
                        severity=Severity.WARNING,
                    )
            elif call.name in CLASSES:
                replacement, since, warning = CLASSES[call.name]
                ctx.report(
                    *self._callee_range(fence, node),
                    f"`{call.name}` is deprecated since Spark {since}; PySpark emits FutureWarning "
                    f"\"{warning}\" — use `{replacement}`",
                    severity=Severity.WARNING,
                )

    @staticmethod
    def _callee_range(fence, node: ast.Call) -> tuple[int, int]:
        func = node.func
        if isinstance(func, ast.Attribute):
            end = fence.offset(func.end_lineno, func.end_col_offset)
            return end - len(func.attr), end
        return fence.node_range(func)

    @staticmethod
    def _rename(fence, func: ast.Attribute, replacement: str) -> Fix:
        end = fence.offset(func.end_lineno, func.end_col_offset)
        return Fix.replace(end - len(func.attr), end, replacement, message=f"Use {replacement}")
