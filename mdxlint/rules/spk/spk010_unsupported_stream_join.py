from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import Join, analyze, describe, spark_raises, stream_starts, version_tuple, uncaught

SPARK_NAMES = {"inner": "Inner", "cross": "Cross", "leftouter": "LeftOuter", "rightouter": "RightOuter",
               "fullouter": "FullOuter", "leftsemi": "LeftSemi", "leftanti": "LeftAnti"}
# Stream-static joins Spark refuses: (how, stream side) -> message.
STREAM_STATIC = {
    ("leftouter", "right"): "LeftOuter join with a streaming DataFrame/Dataset on the right and a static DataFrame/Dataset on the left is not supported",
    ("leftsemi", "right"): "LeftSemi join with a streaming DataFrame/Dataset on the right and a static DataFrame/Dataset on the left is not supported",
    ("leftanti", "right"): "LeftAnti joins with a streaming DataFrame/Dataset on the right are not supported",
    ("fullouter", "right"): "FullOuter joins with streaming DataFrames/Datasets on the right and a static DataFrame/Dataset on the left is not supported",
    ("rightouter", "left"): "RightOuter join with a streaming DataFrame/Dataset on the left and a static DataFrame/DataSet on the right not supported",
    ("fullouter", "left"): "FullOuter joins with streaming DataFrames/Datasets on the left and a static DataFrame/Dataset on the right is not supported",
}
# Spark's planner refuses these when it plans the first batch, after the checks at start pass.
NO_EQUALITY = "Stream-stream join without equality predicate is not supported"
CROSS_TYPE = "StreamingSymmetricHashJoinExec should not take Cross as the JoinType"
FIRST_BATCH = (NO_EQUALITY, CROSS_TYPE)
NULLABLE_SIDES = {"leftouter": ("right",), "rightouter": ("left",), "fullouter": ("left", "right"), "leftsemi": ("right",)}


def watermark_in_keys(join: Join) -> bool:
    """Whether the join matches on a column that carries a watermark (Spark accepts that)."""
    marked = join.left_watermarks | join.right_watermarks
    if join.equi_columns:
        return bool(set(join.equi_columns) & marked)
    return bool(join.condition_columns & marked)


def join_problem(join: Join, output_mode: str | None, version: str, aggregated: bool = False) -> str | None:
    """Spark's error text for a join in a started streaming query, or None when Spark accepts it."""
    name = SPARK_NAMES[join.how]
    if join.left_streaming and join.right_streaming:
        # Spark checks the output mode before the join type and its conditions.
        if output_mode == "update":
            if version_tuple(version) < (4, 2):
                return ("Join between two streaming DataFrames/Datasets is not supported in Update output mode, "
                        "only in Append output mode")
            if join.how not in ("inner", "leftsemi"):
                return (f"{name} join between two streaming DataFrames/Datasets is not supported in Update output "
                        "mode, only in Append output mode")
        if output_mode == "complete" and aggregated:  # without an aggregation complete mode fails first (SPK003)
            return ("Join between two streaming DataFrames/Datasets is not supported in Complete output mode, only "
                    "in Append output mode")
        if join.how == "leftanti":
            return "LeftAnti joins with a streaming DataFrame/Dataset on the right are not supported"
        if join.how in NULLABLE_SIDES:
            if join.has_range_condition is None and (join.left_watermarks or join.right_watermarks):
                return None  # a condition not read: whether it holds a watermarked key or a range is not known
            # A watermark on the nullable side, and a range that bounds the preserved side's time
            # from below by that side's (Spark derives from it when a preserved row can no longer
            # match): `right.t <= left.t + X` for a left join; `right.t >= left.t` alone bounds nothing
            # Spark can use.  A full join needs it one way or the other (StreamingJoinHelper's
            # getStateValueWatermark for either side; a watermark on one side runs, PySpark 4.1).
            ways = {"leftouter": (("right", "left_lower"),), "leftsemi": (("right", "left_lower"),),
                    "rightouter": (("left", "right_lower"),), "fullouter": (("right", "left_lower"), ("left", "right_lower"))}[join.how]
            ranged = bool(join.has_range_condition) and any(
                (join.left_watermarks if side == "left" else join.right_watermarks) and (join.bounds is None or bound in join.bounds)
                for side, bound in ways)
            if not watermark_in_keys(join) and not ranged:
                return (f"Stream-stream {name} join between two streaming DataFrame/Datasets is not supported "
                        "without a watermark in the join keys, or a watermark on the nullable side and an "
                        "appropriate range condition")
        if join.equi_columns == ():  # `crossJoin`, or `join` with no condition: nothing for Spark to match on
            return NO_EQUALITY
        if join.equi_columns is None and not (join.equality or join.condition_columns) and join.has_range_condition \
                and join.bounds is not None:
            # Every part of the condition was read, and each is a time range between the sides: no key
            # to hash the two sides' state on (`p.paid_at >= o.ts & p.paid_at <= o.ts + INTERVAL …`).
            return NO_EQUALITY
        if join.how == "cross" and (join.cross_keys or join.equi_columns or join.condition_columns):
            return CROSS_TYPE  # `CROSS JOIN … WHERE a.id = b.id`, `a.join(b, a.id == b.id, "cross")`
        return None
    if join.left_streaming is True and join.right_streaming is False:
        return STREAM_STATIC.get((join.how, "left"))
    if join.left_streaming is False and join.right_streaming is True:
        return STREAM_STATIC.get((join.how, "right"))
    return None


def refused_join(start, version: str) -> bool:
    """Whether Spark refuses one of a started query's joins (the query never runs)."""
    return any(join_problem(join, start.output_mode, version, bool(start.frame.aggregations)) for join in start.frame.joins)


class UnsupportedStreamJoin(Rule):
    """A streaming join Spark refuses: outer joins without watermark and time range, unsupported stream–static sides, joins in update/complete mode.

    ## What it does
    For every join in a started streaming query, applies Spark's join rules:
    stream–stream left/right/full outer and left-semi joins need a watermark on the
    nullable side and a time-range condition (`<`, `<=`, `>`, `>=`, `BETWEEN` in the
    condition) that bounds the preserved side's time from below by the other side's
    (`payments.paid_at <= orders.ts + INTERVAL 1 HOUR` for `orders` left-joined; `paid_at >=
    ts` alone bounds nothing Spark can use; read where the condition is Python comparisons or the `ON` clause of `spark.sql` text), or
    a watermarked column among the join keys (a full outer join needs the watermark and range
    one way or the other: a watermark on one side with a range that bounds the other runs); stream–stream left-anti
    joins are refused; stream–static joins are refused when the stream is on the side
    whose unmatched rows would have to be emitted (static `left` join stream, stream
    `right` join static, any `full` join); stream–stream joins run in append mode only
    (from Spark 4.2, inner and left-semi joins also in update mode — set
    `[tool.mdxlint.spark] version`); a stream–stream join needs something to match on:
    `crossJoin`, `join` with no condition, or one whose condition is only a time range between the
    sides, is refused when Spark plans the first batch.
    Reported at `start()`. A condition held in a name (`cond = a.id == b.id`) is read.

    ## Why is this bad
    Spark refuses these queries at start, for example `AnalysisException: Stream-stream
    LeftOuter join between two streaming DataFrame/Datasets is not supported without a
    watermark in the join keys, or a watermark on the nullable side and an appropriate
    range condition` — an outer join can only emit its unmatched rows once it knows no
    match can still arrive.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import col

    orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    payments = (
        spark.readStream.format("rate").option("rowsPerSecond", 5).load()
        .select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
    )
    joined = orders.join(payments, orders.value == payments.order_id, "left_outer")
    query = joined.writeStream.format("console").start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import col, expr

    orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
    payments = (
        spark.readStream.format("rate").option("rowsPerSecond", 5).load()
        .select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
        .withWatermark("paid_at", "10 seconds")
    )
    joined = orders.join(
        payments,
        expr("value = order_id AND paid_at BETWEEN timestamp AND timestamp + INTERVAL 1 MINUTE"),
        "left_outer",
    )
    query = joined.writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK010"
    name = "unsupported-stream-join"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = ctx.settings.spark.version
        for start in uncaught(stream_starts(analyze(doc))):
            for join in start.frame.joins:
                text = join_problem(join, start.output_mode, version, bool(start.frame.aggregations))
                if text is not None:
                    ctx.report(
                        *start.site.range(),
                        f"Spark refuses the {SPARK_NAMES[join.how]} join at {describe(join.site)} "
                        f"{'when it plans the first batch' if text in FIRST_BATCH else 'when the query starts'} — "
                        f"{spark_raises(text)}",
                    )
                    break
