"""The Spark model's method table: which method names have a transfer function, what a
name without one gives, and a few transfer functions on small lessons.

Teaching the model a method means one function in ``mdxlint/analyzers/spark/methods/``
and its name in the lists below.
"""

from __future__ import annotations

import ast
import textwrap

import pytest

from mdxlint.analyzers.python.notebook import notebook
from mdxlint.analyzers.spark import UNKNOWN, Frame, Interpreter, Writer, analyze
from mdxlint.analyzers.spark.methods import frame as frame_methods
from mdxlint.analyzers.spark.methods import registry
from mdxlint.analyzers.spark.methods.registry import OTHER, TABLE, MethodCall, method, transfer_for
from mdxlint.analyzers.spark.schema import SparkType
from mdxlint.analyzers.spark.values import (
    AnyQuery, BatchWriter,
    FUNCTIONS_MODULE, Builder, ClassRef, Column, Const, Grouped, ModuleRef, NaFunctions, Query, Reader, Session,
    SessionConf, StreamManager,
    WindowSpec,
)
from mdxlint.mdx.parser import parse_text

# Every method the model knows, by receiver: the names the interpreter's if-chains
# handled before the table replaced them (OTHER: any other name has a meaning too).
BATCH_ACTIONS = [
    "show", "count", "collect", "toPandas", "take", "head", "first", "tail", "foreach", "foreachPartition",
    "toLocalIterator", "isEmpty", "toJSON", "checkpoint", "localCheckpoint", "cache", "persist", "inputFiles",
]
PROJECTIONS = [
    "select", "selectExpr", "withColumn", "withColumns", "withColumnRenamed", "withColumnsRenamed", "drop",
    "filter", "where", "alias", "fillna", "dropna", "replace", "toDF", "hint", "repartition", "repartitionByRange",
    "coalesce", "withMetadata", "to", "unpersist", "sortWithinPartitions", "dropFields", "colRegex", "observe",
    "unpivot", "melt", "mapInPandas", "mapInArrow",
]
FRAME_METHODS = BATCH_ACTIONS + PROJECTIONS + [
    "withWatermark", "groupBy", "groupby", "rollup", "cube", "agg",
    "dropDuplicates", "drop_duplicates", "distinct", "dropDuplicatesWithinWatermark",
    "join", "crossJoin", "union", "unionAll", "unionByName", "intersect", "intersectAll", "subtract", "exceptAll",
    "sample", "offset", "orderBy", "sort", "randomSplit", "limit",
    "flatMapGroupsWithState", "applyInPandasWithState", "transformWithStateInPandas", "transformWithState",
    "transform", "createOrReplaceTempView", "createTempView", "createGlobalTempView", "createOrReplaceGlobalTempView",
    "printSchema", "explain", "describe", "summary", "writeTo", "mergeInto",
]
KNOWN_METHODS = {
    Builder: ["config", "getOrCreate", "create", OTHER],
    SessionConf: ["set", "unset"],
    Session: ["createDataFrame", "range", "table", "sql", "newSession"],
    ClassRef("SparkSession"): ["getActiveSession"],
    Reader: ["format", "option", "options", "schema", "load", "table", "jdbc",
             "parquet", "json", "csv", "orc", "text", "avro", "xml", OTHER],
    Frame: FRAME_METHODS,
    Grouped: ["agg", "count", "sum", "avg", "mean", "max", "min", "pivot", "applyInPandas", "apply",
              "flatMapGroupsWithState", "applyInPandasWithState", "transformWithStateInPandas", "transformWithState",
              "cogroup"],
    Writer: ["format", "outputMode", "option", "options", "trigger", "queryName", "foreachBatch", "foreach",
             "partitionBy", "clusterBy", "start", "toTable", OTHER],
    BatchWriter: ["format", "option", "options", "mode", "bucketBy", "sortBy", "clusterBy", "partitionBy", "save", "parquet",
                  "csv", "json", "orc", "text", "xml", "saveAsTable"],
    NaFunctions: ["drop", "fill", "replace"],
    Query: ["stop", "awaitTermination"],
    AnyQuery: ["stop", "awaitTermination"],  # a name walking spark.streams.active
    StreamManager: ["awaitAnyTermination"],
    Column: [OTHER],
    WindowSpec: [OTHER],
    ClassRef("Window"): [OTHER],
    ModuleRef(FUNCTIONS_MODULE): [OTHER],
    SparkType: ["add"],
}


def lesson(body: str):
    return parse_text(f"```python\n{textwrap.dedent(body).strip()}\n```\n", "lesson.mdx")


def test_every_known_method_has_one_transfer_function():
    for kind, names in KNOWN_METHODS.items():
        assert len(names) == len(set(names)), kind
        assert kind in TABLE, kind
        missing = sorted(set(names) - set(TABLE[kind]))
        assert not missing, f"{kind!r}: no transfer function for {missing}"


def test_the_table_has_nothing_else():
    """A new entry in the table comes with its name in the lists above (and a test)."""
    assert set(TABLE) == set(KNOWN_METHODS)
    for kind, table in TABLE.items():
        extra = sorted(set(table) - set(KNOWN_METHODS[kind]))
        assert not extra, f"{kind!r}: {extra} registered but not listed in this test"


def test_a_name_is_registered_once():
    class Dummy:
        pass

    try:
        method(Dummy, "go")(lambda interp, receiver, call: 1)
        with pytest.raises(ValueError, match="two transfer functions"):
            method(Dummy, "go")(lambda interp, receiver, call: 2)
    finally:
        TABLE.pop(Dummy, None)


def test_lookup_by_receiver_kind_and_name():
    frame = Frame(True)
    assert transfer_for(frame, "withWatermark") is frame_methods.with_watermark
    assert transfer_for(frame, "notAMethod") is None
    assert transfer_for(Const("text"), "format") is None  # a kind without a table
    assert transfer_for(ClassRef("Window"), "partitionBy") is not None  # classes by value
    assert transfer_for(ClassRef("StreamingQuery"), "partitionBy") is None
    assert transfer_for(ModuleRef("os"), "path") is None


def test_a_method_not_in_the_table_gives_what_it_gave_before():
    interp = Interpreter()
    node = ast.parse("x.notAMethod()", mode="eval").body
    assert isinstance(node, ast.Call)
    assert interp.method(Frame(True), "notAMethod", node, [], {}) is UNKNOWN
    assert interp.method(Const(1), "notAMethod", node, [], {}) is UNKNOWN
    reader = Reader(interp.session, True, None)  # type: ignore[arg-type]
    assert interp.method(reader, "notAMethod", node, [], {}) is reader  # a reader stays a reader
    builder = Builder(interp.session)
    assert interp.method(builder, "appName", node, [], {}) is builder


def test_an_unknown_frame_method_loses_the_frame():
    analysis = analyze(lesson(
        """
        events = spark.readStream.format("rate").load()
        odd = events.someHelperMethod()
        odd.writeStream.format("console").start()
        events.writeStream.format("console").start()
        """
    ))
    assert len(analysis.writers) == 1  # `odd` is unknown: its writeStream is not a writer
    assert analysis.starts[0].frame.source_format == "rate"


def test_any_writer_call_moves_the_chain_end():
    doc = lesson('query = spark.readStream.format("rate").load().writeStream.format("console").someOption(1)')
    (writer,) = analyze(doc).writers
    assert not writer.started
    assert writer.last_site.node.func.attr == "someOption"  # type: ignore[union-attr]


def test_with_watermark_adds_a_watermark():
    analysis = analyze(lesson(
        """
        events = spark.readStream.format("rate").load()
        marked = events.withWatermark("timestamp", "10 minutes")
        marked.writeStream.format("console").start()
        """
    ))
    (start,) = analysis.starts
    (watermark,) = start.frame.watermarks
    assert watermark.column == "timestamp"
    assert watermark.site.line == 3
    assert start.frame.watermark_columns == frozenset({"timestamp"})
    assert not start.frame.opaque


def test_with_watermark_on_a_non_timestamp_column_is_noted():
    analysis = analyze(lesson('spark.readStream.format("rate").load().withWatermark("value", "1 minute")'))
    ((_, column, kind),) = analysis.bad_watermarks
    assert (column, kind.name) == ("value", "bigint")


def test_group_by_count_makes_an_aggregation():
    analysis = analyze(lesson(
        """
        events = spark.readStream.format("rate").load()
        counts = events.groupBy("value").count()
        counts.writeStream.outputMode("complete").format("console").start()
        """
    ))
    (start,) = analysis.starts
    (aggregation,) = start.frame.aggregations
    assert [key.name for key in aggregation.keys] == ["value"]
    assert aggregation.watermarked is False
    assert start.frame.columns == ("value", "count")
    assert [pair[0] for pair in analysis.aggregations] == [aggregation]  # a streaming aggregation is noted


def test_rollup_adds_an_unknown_grouping_set():
    analysis = analyze(lesson('spark.readStream.format("rate").load().rollup("value").agg({"value": "max"})'))
    ((aggregation, _),) = analysis.aggregations
    assert [(key.name, key.known) for key in aggregation.keys] == [("value", True), (None, False)]


def test_a_transfer_function_called_directly():
    doc = lesson('events.limit(5)')
    interp = Interpreter()
    interp.fence = notebook(doc).fences[0]
    node = interp.fence.tree.body[0].value  # type: ignore[union-attr]
    frame = Frame(True)
    result = registry.TABLE[Frame]["limit"](interp, frame, MethodCall("limit", node, [Const(5)], {}))
    assert result.limits == (interp.site(node),)
    assert result.step == frame.step + 1
    assert frame.limits == ()  # frames are values: the receiver is unchanged


def test_a_tuple_written_in_place_binds_each_name():
    analysis = analyze(lesson(
        """
        from pyspark.sql import functions as F
        WINDOW, SLIDE = "1 minute", "5 minutes"
        F.window("timestamp", WINDOW, SLIDE)
        first, *rest = "a", "b"
        """
    ))
    (call,) = analysis.calls_named(f"{FUNCTIONS_MODULE}.window")
    assert dict(call.strings) == {"WINDOW": "1 minute", "SLIDE": "5 minutes"}


def test_a_comparison_of_columns_is_a_column_and_others_are_not():
    interp = Interpreter()
    interp.fence = notebook(lesson('events = spark.readStream.format("rate").load()\nx = 1')).fences[0]
    interp.exec_block(interp.fence.tree.body)  # type: ignore[union-attr]
    compare = ast.parse("events.value == 3", mode="eval").body
    assert isinstance(interp.eval(compare), Column)
    assert isinstance(interp.eval(ast.parse("~(events.value > 3)", mode="eval").body), Column)
    assert interp.eval(ast.parse("x == 1", mode="eval").body) is UNKNOWN
    assert interp.eval(ast.parse("not events.value", mode="eval").body) is UNKNOWN  # Python's `not` raises on a Column


def test_na_functions_give_the_frame_back():
    analysis = analyze(lesson(
        """
        events = spark.readStream.format("rate").load()
        events.na.drop().writeStream.format("console").start()
        """
    ))
    (start,) = analysis.starts
    assert start.frame.streaming is True
    assert start.frame.columns == ("timestamp", "value")


def test_a_batch_writer_keeps_its_frame_and_partition_columns():
    analysis = analyze(lesson(
        """
        from pyspark.sql import functions as F
        changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
        changes.write.format("parquet").mode("overwrite").partitionBy("day").save("out/a")
        changes.withColumn("day", F.current_date()).write.partitionBy("DAY").parquet("out/b")
        changes.write.csv("out/c", mode="overwrite")
        """
    ))
    ((site, column, columns, table),) = analysis.batch_partitions_missing
    assert (column, columns, table) == ("day", ("id", "op"), False)
    assert site.node.lineno == 3  # (the partitionBy call, in the fence)
