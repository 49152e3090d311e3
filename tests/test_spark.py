"""The Spark dataflow model and the SPK rules, without Spark (see test_spark_oracle.py for Spark itself)."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from mdxlint import lint_text
from mdxlint.api import fix_text
from mdxlint.lint.engine import Linter
from mdxlint.lint.configuration import settings_from_table
from mdxlint.project.settings import ConfigError, Settings
from mdxlint.mdx.parser import parse_text
from mdxlint.analyzers.spark import analyze

SPK = Settings(select=["SPK"])
RATE = 'spark.readStream.format("rate").load()'


def mdx(*fences: str) -> str:
    return "\n".join(f"```python\n{textwrap.dedent(body).strip()}\n```\n" for body in fences)


def findings(text: str, settings: Settings = SPK):
    return [(d.code, d.line, d.column) for d in lint_text(text, "lesson.mdx", settings)]


def codes(text: str, settings: Settings = SPK) -> list[str]:
    return sorted(d.code for d in lint_text(text, "lesson.mdx", settings))


def test_fences_run_as_a_notebook_and_positions_are_exact():
    text = "# Урок\n\n" + mdx(
        f"events = {RATE}",
        'counts = events.groupBy("value").count()',
        "query = (counts.writeStream\n    .format(\"console\")\n    .start())",
    )
    (found,) = findings(text)
    lines = text.split("\n")
    assert found[0] == "SPK001"
    assert lines[found[1] - 1][found[2] - 1:].startswith("start()")


def test_columns_count_characters_not_utf8_bytes():
    text = mdx(f'events = {RATE}\nprint("строк в потоке:", events.count())')
    (found,) = findings(text)
    line = text.split("\n")[found[1] - 1]
    assert line[found[2] - 1:].startswith("count()")


def test_chain_fragment_keeps_rules_and_the_fix_is_exact():
    text = "Запуск:\n\n```python\n.trigger(once=True)\n```\n"
    assert findings(text) == [("SPK019", 4, 10)]
    # once and availableNow do not mean the same (one batch or several): the fix is unsafe
    assert fix_text(text, "lesson.mdx", Linter(SPK))[0] == text
    assert fix_text(text, "lesson.mdx", Linter(SPK), unsafe=True)[0] == "Запуск:\n\n```python\n.trigger(availableNow=True)\n```\n"


def test_helpers_foreach_batch_and_transform_are_followed():
    text = mdx(
        f"""
        from pyspark.sql.functions import col

        def only_even(frame):
            return frame.where(col("value") % 2 == 0)

        def save(batch, batch_id):
            batch.show()
            batch.write.mode("append").parquet("/tmp/even")

        events = only_even({RATE}).transform(only_even)
        events.show()
        query = events.writeStream.foreachBatch(save).start()
        """
    )
    assert findings(text) == [("SPK006", 12, 8)]


def test_uncalled_helper_with_watermark_is_taken_for_a_stream():
    text = mdx(
        """
        from pyspark.sql.functions import countDistinct, window

        def features(orders):
            return (orders.withWatermark("ts", "1 hour")
                    .groupBy(window("ts", "1 day"))
                    .agg(countDistinct("customer_id")))
        """
    )
    ((code, line, column),) = findings(text)
    assert code == "SPK005" and text.split("\n")[line - 1][column - 1:].startswith("countDistinct(")


def test_unknown_inputs_stay_silent():
    text = mdx(
        """
        fmt = get_format()
        opts = load_options()
        events = spark.readStream.format("kafka").options(**opts).load().withWatermark("timestamp", "1 minute")
        counts = events.groupBy(key_column()).count()
        query = counts.writeStream.format(fmt).outputMode("append").start()
        frame = spark.sql("SELECT * FROM somewhere")
        frame.show()
        other = mystery.writeStream.format("console")
        """
    )
    assert codes(text) == []
    # With no watermark at all, no key can carry one: append mode is refused whatever the key is
    # (tests/oracle/spark_cases/group_by_expression_no_watermark_append.py, on PySpark).
    assert codes(text.replace('.withWatermark("timestamp", "1 minute")', "")) == ["SPK001"]


def test_skip_lint_and_noqa():
    body = f"events = {RATE}\nevents.show()"
    assert codes("```python skip-lint\n" + body + "\n```\n") == []
    assert codes(mdx(body + "  # noqa: SPK006")) == []
    assert codes(mdx(body)) == ["SPK006"]


def test_kafka_source_options():
    source = 'spark.readStream.format("kafka")'
    cases = {
        '.option("subscribe", "t").load()': ["SPK015"],  # no bootstrap servers
        '.option("kafka.bootstrap.servers", "k:9092").load()': ["SPK015"],  # no topic
        '.option("kafka.bootstrap.servers", "k:9092").option("subscribe", "t").option("subscribePattern", "t.*").load()': ["SPK015"],
        '.option("kafka.bootstrap.servers", "k:9092").option("subscribe", "t").option("endingOffsets", "latest").load()': ["SPK015"],
        '.option("kafka.bootstrap.servers", "k:9092").option("subscribe", "t").option("kafka.enable.auto.commit", "true").load()': ["SPK015"],
        '.option("kafka.bootstrap.servers", "k:9092").option("SUBSCRIBE", "t").option("group.id", "g").load()': ["SPK016"],
        '.option("bootstrap.servers", "k:9092").option("subscribe", "t").load()': ["SPK015", "SPK016"],
        '.option("kafka.bootstrap.servers", "k:9092").option("subscribe", "t").option("kafkaConsumer.pollTimeoutMs", 512).load()': [],
        '.options(**{"kafka.bootstrap.servers": "k:9092"}).option("subscribe", "t").load()': [],
    }
    for chain, expected in cases.items():
        assert codes(mdx(f"events = {source}{chain}")) == expected, chain
    spread = 'options = {"subscribe": "t", "kafka.auto.offset.reset": "earliest"}\n'
    assert codes(mdx(spread + f"events = {source}.options(**options).load()")) == ["SPK015", "SPK015"]
    batch = 'spark.read.format("kafka").option("kafka.bootstrap.servers", "k").option("subscribe", "t")'
    assert codes(mdx(f'rows = {batch}.option("startingOffsets", "latest").load()')) == ["SPK015"]
    assert codes(mdx(f'rows = {batch}.option("endingOffsets", "latest").load()')) == []


def test_kafka_sink_columns_and_from_json():
    read = 'spark.readStream.format("kafka").option("kafka.bootstrap.servers", "k").option("subscribe", "t").load()'
    sink = '.writeStream.format("kafka").option("kafka.bootstrap.servers", "k").option("checkpointLocation", "/c")'
    text = mdx(
        f"""
        from pyspark.sql.functions import col, from_json
        raw = {read}
        renamed = raw.withColumnRenamed("value", "payload")
        parsed = renamed.select(from_json(col("payload"), "id INT").alias("data"))
        query = raw.selectExpr("CAST(key AS STRING) AS key", "CAST(value AS STRING) AS body"){sink}.start()
        """
    )
    assert [code for code, _, _ in findings(text)] == ["SPK017", "SPK018", "SPK018"]
    fine = mdx(f"raw = {read}\nquery = raw.selectExpr(\"CAST(value AS STRING) AS value\", \"topic\"){sink}.start()")
    assert codes(fine) == []


def test_version_setting():
    join = mdx(
        f"""
        left = {RATE}
        right = {RATE}.withColumnRenamed("value", "v2")
        query = left.join(right, left.value == right.v2).writeStream.outputMode("update").format("console").start()
        """
    )
    assert "SPK010" in codes(join, Settings(select=["SPK010"]))
    assert codes(join, settings_from_table({"select": ["SPK010"], "spark": {"version": "4.2"}})) == []
    removed = mdx("frame = spark.range(3)\nframe.to_koalas()")
    assert codes(removed) == ["SPK021"]
    assert codes(removed, settings_from_table({"select": ["SPK"], "spark": {"version": "3.5"}})) == []
    with pytest.raises(ConfigError, match="version"):
        settings_from_table({"spark": {"version": "latest"}})
    with pytest.raises(ConfigError, match="unknown key `release`"):
        settings_from_table({"spark": {"release": "4.1"}})


def test_deprecated_function_fix_renames_the_attribute():
    text = mdx("from pyspark.sql import functions as F\nrows = spark.range(3).agg(F.sumDistinct(\"id\"))")
    fixed, _ = fix_text(text, "lesson.mdx", Linter(SPK))
    assert 'F.sum_distinct("id")' in fixed


def test_official_style_programs_have_no_spark_errors():
    text = (FIXTURES / "spark" / "official-style.mdx").read_text(encoding="utf-8")
    found = [d for d in lint_text(text, "official-style.mdx", SPK)]
    assert [d.code for d in found if d.severity.value == "error"] == []
    # The one warning is true: Spark's Kafka word count keeps every word in state.
    assert [d.code for d in found] == ["SPK022"]


def test_writers_that_escape_are_not_reported_as_never_started():
    text = mdx(
        f"""
        def sink(frame):
            return frame.writeStream.format("console")

        queries = [sink({RATE}).start()]
        pending = {RATE}.writeStream.format("console")
        register(pending)
        """
    )
    assert codes(text) == []


_TOKENS = st.sampled_from([
    "events", "spark", "readStream", "read", "format('rate')", "load()", "groupBy('value')", "count()",
    "agg(countDistinct('v'))", "withWatermark('ts', '1 s')", "writeStream", "outputMode('append')", "start()",
    "join(events, 'value', 'left')", "orderBy('v')", "limit(3)", "show()", "trigger(once=True)", "option('a', 1)",
    "select(from_json(col('value'), 's'))", "foreachBatch(handler)", "dropDuplicates()", "toTable('t')",
    "join(events, expr('a = b AND t BETWEEN x AND y'), 'left')", "join(x1, (col('a') == col('b')) & (col('t') > 1))",
    "union(x0)", "selectExpr('CAST(value AS STRING) AS v', 'count(*)')", "withColumnRenamed('a', 'b')",
    "groupBy(window(col('ts'), '1 minute'), 'k')", "createOrReplaceTempView('v')", "sample(0.1)", "cache()",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_TOKENS, min_size=1, max_size=8), min_size=1, max_size=6), st.booleans())
def test_the_model_never_crashes(chains, wrap_in_function):
    lines = []
    for index, chain in enumerate(chains):
        expression = ".".join(chain)
        lines.append(f"x{index} = {expression}" if index % 2 else f"events = {expression}")
    body = "\n".join(lines)
    if wrap_in_function:
        body = "def handler(events, batch_id):\n" + textwrap.indent(body, "    ") + "\n    return events\n"
    doc = parse_text(mdx(body), "lesson.mdx")
    analyze(doc)  # raises on a model bug
    assert all(d.code != "INT001" for d in lint_text(mdx(body), "lesson.mdx", Settings(select=["SPK", "INT001"])))


def test_cast_keeps_the_column_name_and_jdbc_reads_a_batch():
    text = mdx(
        """
        raw = spark.readStream.format("kafka").option("kafka.bootstrap.servers", "k").option("subscribe", "t").load()
        out = raw.selectExpr("CAST(key AS STRING)", "CAST(value AS STRING)")
        query = out.writeStream.format("kafka").option("kafka.bootstrap.servers", "k").option("checkpointLocation", "/c").start()
        users = spark.read.jdbc("jdbc:postgresql://db/shop", "users")
        joined = raw.join(users, "key", "right")
        audit = joined.writeStream.format("console").start()
        """
    )
    assert [(code, line) for code, line, _ in findings(text)] == [("SPK018", 4), ("SPK010", 7)]


def test_apache_sparks_own_python_examples_have_no_spark_errors():
    """The pyspark wheel ships Apache Spark's Python examples: correct code but one, read where installed."""
    import glob
    import os

    pyspark = pytest.importorskip("pyspark")
    base = os.path.join(os.path.dirname(pyspark.__file__), "examples", "src", "main", "python")
    files = sorted(glob.glob(os.path.join(base, "**", "*.py"), recursive=True))
    if not files:
        pytest.skip("this pyspark has no examples folder")
    warnings = []
    errors = []
    for path in files:
        with open(path, encoding="utf-8") as stream:
            code = stream.read()
        found = lint_text("```python\n" + code.rstrip("\n") + "\n```\n", "example.mdx", Settings(select=["SPK", "INT"]))
        errors += [(os.path.basename(path), d.code) for d in found if d.severity.value == "error"]
        warnings += [(os.path.basename(path), d.code) for d in found if d.severity.value != "error"]
    assert len(files) > 100
    # One example is stale: it writes session windows in update mode, which PySpark 4.1 refuses at start()
    # ("Invalid streaming output mode: update. This output mode is not supported for session window
    # streaming aggregations", run with and without a watermark, 2026-12-02); the rest are correct.
    assert errors == [("structured_sessionization.py", "SPK033")]
    # True of the example: its session windows have no watermark, so their state is never evicted.
    assert warnings == [("structured_sessionization.py", "SPK022")]


def test_held_out_misses_of_2026_12_02():
    """Programs a held-out check ran on PySpark 4.1 that mdxlint missed (each refused by Spark, or for SPK020
    never started), reduced to the line that matters."""
    source = 'raw = spark.readStream.format("kafka").option("kafka.bootstrap.servers", "k:9092").option("subscribe", "t").load()\n'
    parsed = source + ('schema = "op STRING, after STRUCT<id: BIGINT, items: ARRAY<STRING>>, ts_ms BIGINT"\n'
                       'c = raw.select(F.from_json(F.col("value").cast("string"), schema).alias("c"))\n')
    cases = {
        # a nested field picked by its path keeps its type (BIGINT): no event time
        "SPK032": parsed + 'q = c.select("c.op", "c.ts_ms").withWatermark("ts_ms", "1 minute").groupBy("op").count()'
                           '.writeStream.format("console").start()\n',
        # a struct field picked by its path cannot go to CSV
        "SPK031": parsed + 'q = c.select("c.op", "c.after").writeStream.format("csv").option("path", "out")'
                           '.option("checkpointLocation", "cp").start()\n',
        # continuous processing refuses Generate (explode) and Union
        "SPK011": parsed + 'q = c.select(F.explode("c.after.items").alias("item")).writeStream.format("console")'
                           '.trigger(continuous="1 second").start()\n',
        # from_json in SQL text on the binary value
        "SPK017": source + 'q = raw.selectExpr("from_json(value, \'op STRING\') AS c").writeStream.format("console").start()\n',
        # a configured writer only printed is never started
        "SPK020": parsed + 'sink = c.writeStream.format("console")\nprint("configured", sink)\n',
    }
    for code, program in cases.items():
        text = "```python\nfrom pyspark.sql import functions as F\n" + program + "```\n"
        assert code in {c for c, _, _ in findings(text)}, (code, findings(text))
    union = parsed + ('u = c.select("c.op").unionByName(c.select("c.op"))\n'
                      'q = u.writeStream.format("console").trigger(continuous="1 second").start()\n')
    messages = [d.message for d in lint_text("```python\nfrom pyspark.sql import functions as F\n" + union + "```\n", "lesson.mdx", SPK)]
    assert any("the Union step" in m for m in messages), messages


def test_apply_in_pandas_with_state_checks_spark_runs_at_start():
    """Two refusals a held-out check ran on PySpark 4.1 (they need pandas and pyarrow, which the
    oracle's environment does not install): an event-time timeout with no watermark, and a
    state function whose output mode is not the query's (with no aggregation in the query)."""
    head = ("from pyspark.sql.streaming.state import GroupStateTimeout\n"
            f"events = {RATE}.selectExpr(\"value % 4 AS id\", \"value\", \"timestamp\")\n")
    call = ("out = {source}.groupBy(\"id\").applyInPandasWithState(f, \"id LONG, n LONG\", \"n LONG\", \"{mode}\", "
            "GroupStateTimeout.{timeout})\n"
            "q = out.writeStream.outputMode(\"{query}\").format(\"console\").start()\n")

    def messages(source: str, mode: str, timeout: str, query: str) -> list[str]:
        text = mdx(head + call.format(source=source, mode=mode, timeout=timeout, query=query))
        return [d.message for d in lint_text(text, "lesson.mdx", SPK) if d.code == "SPK030"]

    refused = messages("events", "update", "EventTimeTimeout", "update")
    assert len(refused) == 1 and "Event-time timeout not supported without watermark" in refused[0]
    assert messages('events.withWatermark("timestamp", "1 minute")', "update", "EventTimeTimeout", "update") == []
    mismatch = messages("events", "append", "NoTimeout", "update")
    assert len(mismatch) == 1 and "applyInPandasWithState in append mode is not supported with Update output mode" in mismatch[0]
    assert messages("events", "update", "NoTimeout", "update") == []
    assert messages("events", "append", "ProcessingTimeTimeout", "append") == []
    # In complete mode Spark's output-mode check comes first (held-out s13c, PySpark 4.1.4).
    for mode in ("update", "append"):
        complete = messages("events", mode, "NoTimeout", "complete")
        assert len(complete) == 1 and "Invalid streaming output mode: complete" in complete[0], complete
    # An aggregation over a state function's update-mode rows (held-out, PySpark 4.1 refuses it).
    then_counted = mdx(head + "out = events.groupBy(\"id\").applyInPandasWithState(f, \"id LONG, n LONG\", \"n LONG\", "
                       "\"{mode}\", GroupStateTimeout.NoTimeout)\nq = out.groupBy(\"id\").count().writeStream"
                       ".outputMode(\"update\").format(\"console\").start()\n")
    refused = [d.message for d in lint_text(then_counted.format(mode="update"), "lesson.mdx", SPK) if d.code == "SPK030"]
    assert len(refused) == 1 and "applyInPandasWithState in update mode is not supported with aggregation" in refused[0]
    counted_first = mdx(head + "out = events.groupBy(\"id\").count().groupBy(\"id\").applyInPandasWithState(f, "
                        "\"id LONG, n LONG\", \"n LONG\", \"{mode}\", GroupStateTimeout.NoTimeout)\nq = out.writeStream"
                        ".outputMode(\"update\").format(\"console\").start()\n")
    for mode, text in (("update", "in update mode is not supported with aggregation"),
                       ("append", "in append mode is not supported after aggregation")):
        found = [d.message for d in lint_text(counted_first.format(mode=mode), "lesson.mdx", SPK) if d.code == "SPK030"]
        assert len(found) == 1 and text in found[0], (mode, found)


def test_union_keeps_the_watermark_of_its_first_input_only():
    program = (f'a = {RATE}\nb = {RATE}.withWatermark("timestamp", "1 minute")\n'
               'q = {first}.union({second}).groupBy(F.window("timestamp", "1 minute")).count()'
               '.writeStream.outputMode("append").format("console").start()\n')
    lost = mdx("from pyspark.sql import functions as F\n" + program.format(first="a", second="b"))
    kept = mdx("from pyspark.sql import functions as F\n" + program.format(first="b", second="a"))
    messages = [d.message for d in lint_text(lost, "lesson.mdx", SPK)]
    assert codes(lost) == ["SPK002"] and "a later input of the union" in messages[0], messages
    assert codes(kept) == []


def test_warnings_do_not_say_spark_accepts_a_query_it_refuses():
    """A held-out program: a limit in update mode is refused (SPK008); the unbounded-state
    warning beside it must not say that Spark accepts the query."""
    refused = mdx(f'q = {RATE}.groupBy("value").count().limit(5).writeStream.outputMode("update").format("console").start()')
    accepted = mdx(f'q = {RATE}.groupBy("value").count().writeStream.outputMode("update").format("console").start()')
    by_code = {d.code: d.message for d in lint_text(refused, "lesson.mdx", SPK)}
    assert set(by_code) == {"SPK008", "SPK022"} and "accepts" not in by_code["SPK022"], by_code
    assert [d.message for d in lint_text(accepted, "lesson.mdx", SPK) if "Spark accepts it" in d.message]


def test_second_held_out_round_of_2026_12_02():
    """Programs a second held-out round ran on PySpark 4.1 (mapInPandas needs pandas, which the
    oracle's environment does not install): mapInPandas drops the watermark; withColumns replaces
    a watermarked column; a window of the watermarked column, aliased, keeps it."""
    head = "from pyspark.sql import functions as F\n" + f'events = {RATE}.withWatermark("timestamp", "5 seconds")\n'
    tail = '.writeStream.outputMode("append").format("console").start()\n'
    mapped = head + ('def same(batches):\n    for pdf in batches:\n        yield pdf\n'
                     'mapped = events.mapInPandas(same, "timestamp TIMESTAMP, value BIGINT")\n'
                     'q = mapped.groupBy(F.window("timestamp", "5 seconds")).count()' + tail)
    messages = [d.message for d in lint_text(mdx(mapped), "lesson.mdx", SPK)]
    assert len(messages) == 1 and "does not pass `mapInPandas`" in messages[0], messages
    replaced = head + ('q = events.withColumns({"timestamp": F.date_trunc("minute", "timestamp")})'
                       '.groupBy("timestamp").count()' + tail)
    assert codes(mdx(replaced)) == ["SPK002"]
    windowed = head + ('q = events.select(F.window("timestamp", "5 seconds").alias("w"), "value")'
                       '.groupBy("w").count()' + tail)
    assert codes(mdx(windowed)) == []


def test_an_if_in_a_loop_reads_both_branches():
    """A name may change between a loop's turns (`flag = True` at the end of the body): an `if` on it
    inside the loop reads both branches (a review of this session's change)."""
    program = (f'events = {RATE}\nready = False\nfor topic in ["a", "b"]:\n    if ready:\n'
               '        q = events.groupBy("value").count().writeStream.outputMode("append").format("console").start()\n'
               '    ready = True\n')
    assert codes(mdx(program)) == ["SPK001"]


def test_continuous_trigger_refuses_map_in_pandas_and_arrow():
    """Checked on PySpark 4.1 with pandas and pyarrow (which the oracle's environment does not
    install): `Continuous processing does not support MapInPandas operations.` (MapInArrow too)."""
    for method, node in (("mapInPandas", "MapInPandas"), ("mapInArrow", "MapInArrow")):
        text = mdx("def same(batches):\n    yield from batches\n\n\n"
                   f"q = {RATE}.{method}(same, schema=\"timestamp timestamp, value long\")"
                   ".writeStream.format(\"console\").trigger(continuous=\"1 second\").start()\n")
        messages = [d.message for d in lint_text(text, "lesson.mdx", SPK) if d.code == "SPK011"]
        assert len(messages) == 1 and f"Continuous processing does not support {node} operations." in messages[0], messages


def test_interval_strings_as_spark_parses_them():
    """Checked on PySpark 4.1 (withWatermark, window, trigger): a number may lack digits on one side
    of its point and have spaces after its sign; a fraction only of seconds, to nine digits; a
    no-break space is no whitespace; abbreviations and glued units are refused."""
    from mdxlint.analyzers.spark.intervals import parse_interval

    accepted = [".5 seconds", "5. seconds", "+ 10 seconds", "- 10 seconds", "interval 10 MINUTES", "1 hour 30 minutes",
                "1.123456789 seconds", "10  minutes", " 2 weeks "]
    refused = ["10m", "10 min", "30s", "PT10M", "10", "1.5 hours", "10minutes", "10\u00a0seconds",
               "1.1234567891 seconds", ". seconds", "interval"]
    assert [text for text in accepted if parse_interval(text) is None] == []
    assert [text for text in refused if parse_interval(text) is not None] == []
    assert parse_interval("- 10 seconds").negative and parse_interval("1 minute 30 seconds").micros == 90_000_000


def test_sql_words_inside_string_literals_are_text():
    """`'all except refunds'` is no EXCEPT, `'intersect'` no INTERSECT (PySpark 4.1 starts both)."""
    head = (f"events = {RATE}\nevents.createOrReplaceTempView(\"events\")\n"
            "spark.range(3).createOrReplaceTempView(\"prices\")\n")
    for query in ("SELECT e.value, 'all except refunds' AS note FROM events e JOIN prices p ON e.value = p.id",
                  "SELECT value FROM (SELECT value, 'intersect' AS tag FROM events) WHERE tag IS NOT NULL"):
        text = mdx(head + f"q = spark.sql(\"{query}\").writeStream.format(\"console\").start()\n")
        assert [d.code for d in lint_text(text, "lesson.mdx", SPK) if d.code == "SPK030"] == [], query


def test_held_out_round_of_2026_12_03():
    """Programs a held-out round ran on PySpark 4.1 (also oracle cases): queries stopped by a loop,
    a comprehension or a helper over `spark.streams.active`; settings made with SQL `SET` or a
    SparkConf the model does not read; SQL `GROUP BY` an alias of the select list; `window()` over
    a number (refused, not a watermark problem); a watermark on a date; a schema in an f-string."""
    query = '.writeStream.format("console").queryName("events").start()\n'
    for stop in ("for q in spark.streams.active:\n    q.stop()\n", "[q.stop() for q in spark.streams.active]\n",
                 "def stop_all():\n    for q in spark.streams.active:\n        q.stop()\nstop_all()\n"):
        assert codes(mdx(f"events = {RATE}\nfirst = events{query}{stop}second = events{query}")) == []
    assert codes(mdx(f"events = {RATE}\nfirst = events{query}second = events{query}")) == ["SPK028"]
    parquet = '.writeStream.format("parquet").queryName("e").option("path", "lake/e").start()\n'
    assert codes(mdx(f'spark.sql("SET spark.sql.streaming.checkpointLocation=checkpoints")\nq = {RATE}{parquet}')) == []
    conf = ('from pyspark import SparkConf\nfrom pyspark.sql import SparkSession\n'
            'spark = SparkSession.builder.config(conf=SparkConf().set("k", "v")).getOrCreate()\n')
    assert codes(mdx(f"{conf}q = {RATE}{parquet}")) == []
    assert codes(mdx(f"q = {RATE}{parquet}")) == ["SPK013"]
    alias = (f'{RATE}.withWatermark("timestamp", "2 seconds").createOrReplaceTempView("ev")\n'
             'counts = spark.sql("SELECT window(timestamp, \'2 seconds\') AS w, count(*) AS n FROM ev GROUP BY w")\n'
             'q = counts.writeStream.outputMode("append").format("console").start()\n')
    assert codes(mdx(alias)) == []
    numbers = ('from pyspark.sql import functions as F\n'
               'row = "STRUCT<id: BIGINT>"\n'
               f'e = {RATE}.select(F.from_json(F.col("value").cast("string"), f"after {{row}}, ts_ms BIGINT").alias("c"))'
               '.select("c.ts_ms", "c.after.*").withColumn("t", F.timestamp_millis("ts_ms")).withWatermark("t", "1 minute")\n'
               'q = e.groupBy(F.window("ts_ms", "5 minutes")).count().writeStream.outputMode("update").format("console").start()\n')
    found = lint_text(mdx(numbers), "lesson.mdx", SPK)
    assert [(d.code, d.line) for d in found] == [("SPK032", 5)] and 'Cannot resolve "window(ts_ms' in found[0].message, found
    dates = f'from pyspark.sql import functions as F\ne = {RATE}.withColumn("day", F.to_date("timestamp")).withWatermark("day", "1 day")\n'
    assert codes(mdx(dates)) == ["SPK032"]
    cast = f'from pyspark.sql import functions as F\nq = {RATE}.withColumn("d", F.to_date("timestamp")).groupBy(F.window("d", "1 day")).count()\n'
    assert "SPK032" not in codes(mdx(cast))


def test_foreach_batch_functions_that_cannot_take_two_arguments():
    """foreachBatch calls its function with the batch frame and the batch id (checked on PySpark 4.1):
    one parameter, three required ones, a required keyword-only one fail on the first batch."""
    cases = {"def f(df):\n    pass\n": True, "def f(df, i):\n    pass\n": False, "def f(df, *rest):\n    pass\n": False,
             "def f(df, i, x=1):\n    pass\n": False, "def f(df, i, x):\n    pass\n": True,
             "def f(df, i, *, mode):\n    pass\n": True, "f = lambda df: None\n": True, "f = lambda *a: None\n": False}
    for function, refused in cases.items():
        text = mdx(f"{function}q = {RATE}.writeStream.foreachBatch(f).start()")
        assert (codes(text, Settings(select=["SPK039"])) == ["SPK039"]) is refused, function


def test_stream_static_joins_written_in_sql():
    """A join in `spark.sql` over two temp views of known kinds follows the DataFrame join's rules
    (held-out s10c; oracle case sql_static_left_join_stream): a static view LEFT JOIN a stream is
    refused, a stream LEFT JOIN a static view and an inner join are not."""
    views = (f'{RATE}.createOrReplaceTempView("events")\n'
             'spark.createDataFrame([(0, "a")], "parity BIGINT, label STRING").createOrReplaceTempView("labels")\n')
    start = '.writeStream.format("console").start()\n'
    for sql, refused in (("FROM labels l LEFT JOIN events e ON e.value = l.parity", True),
                         ("FROM events AS e LEFT OUTER JOIN labels l ON e.value = l.parity", False),
                         ("FROM events e JOIN labels l ON e.value = l.parity", False),
                         ("FROM events e FULL OUTER JOIN labels l ON e.value = l.parity", True)):
        text = mdx(f'{views}q = spark.sql("SELECT * {sql}"){start}')
        assert (codes(text) == ["SPK010"]) is refused, sql


def test_grouped_aggregate_pandas_udf_in_a_streaming_aggregation():
    """A grouped-aggregate pandas UDF (Series to a scalar) in a streaming aggregation: the query fails on
    its first batch, "Streaming aggregation doesn't support group aggregate pandas UDF" (PySpark 4.1 with
    pandas, held-out s10c; the oracle's environment has no pandas). A scalar UDF (Series to Series) runs."""
    head = ("import pandas as pd\nfrom pyspark.sql import functions as F\nfrom pyspark.sql.functions import pandas_udf\n"
            '@pandas_udf("double")\n')
    tail = (f'e = {RATE}.withWatermark("timestamp", "2 seconds")\n'
            'q = e.groupBy(F.window("timestamp", "2 seconds")).agg(f("value").alias("m"))'
            '.writeStream.outputMode("append").format("console").start()\n')
    aggregate = head + "def f(v: pd.Series) -> float:\n    return float(v.mean())\n" + tail
    assert codes(mdx(aggregate)) == ["SPK030"]
    scalar = head + "def f(v: pd.Series) -> pd.Series:\n    return v * 2\n" + tail
    assert codes(mdx(scalar)) == []


def test_held_out_s12c_streams_views_and_types():
    """From held-out round s12c (each checked on PySpark 4.1): a window function on the static side
    of a stream-static join runs; `spark.table` of a streaming temp view (or `global_temp.` view) is a
    stream; a column parsed as a map is named a map; a window over a number refuses the grouping,
    so no SPK022 on top of SPK032."""
    head = ('from pyspark.sql import Window, functions as F\n'
            'events = spark.readStream.format("rate").load()\n')
    static_side = head + ('dim = spark.createDataFrame([(1, 2)], "k INT, v INT")\n'
                          'latest = dim.withColumn("rn", F.row_number().over(Window.partitionBy("k").orderBy("v")))\n'
                          'q = events.join(latest, events.value == latest.k).writeStream.format("noop").start()\n')
    assert codes(mdx(static_side)) == []
    view = head + ('events.createOrReplaceTempView("ev")\n'
                   'q = spark.table("ev").select("value").writeStream.format("noop").start()\n'
                   'spark.table("ev").count()\n')
    assert codes(mdx(view)) == ["SPK006"]
    global_view = head + ('events.createOrReplaceGlobalTempView("g")\n'
                          'q = spark.sql("SELECT value, count(*) AS n FROM global_temp.g GROUP BY value").writeStream.format("noop").start()\n')
    assert codes(mdx(global_view)) == ["SPK001"]
    as_map = head + ('p = events.select(F.from_json(F.col("value").cast("string"), "MAP<STRING, STRING>").alias("props"))\n'
                     'q = p.writeStream.format("csv").option("path", "o").option("checkpointLocation", "c").start()\n')
    found = lint_text(mdx(as_map), "lesson.mdx", SPK)
    assert [d.code for d in found] == ["SPK031"] and "`props` is a map" in found[0].message
    bigint = head + ('c = events.groupBy(F.window("value", "10 seconds")).count()\n'
                     'q = c.writeStream.outputMode("update").format("console").start()\n')
    assert codes(mdx(bigint)) == ["SPK032"]


def test_from_json_options_read_from_a_name_in_its_own_scope():
    """SPK042 reads options a name holds only where that is plain: the last assignment in the
    call's own scope, with no change after it; a function's parameter is not the module's name."""
    spk042 = Settings(select=["SPK042"])
    head = 'from pyspark.sql import functions as F\nraw = spark.createDataFrame([("1",)], ["value"])\n'

    def found(body: str) -> list[str]:
        return [d.code for d in lint_text(mdx(head + body), "lesson.mdx", spk042)]

    assert found('opts = {"MODE": "dropMalformed"}\nrows = raw.select(F.from_json("value", "id INT", opts)).collect()') == ["SPK042"]
    assert found('options = {"mode": "DROPMALFORMED"}\ndf = spark.read.options(**options).json("x")\n'
                 'def parse(df, options):\n    return df.select(F.from_json("value", "id INT", options))') == []
    assert found('opts = {"mode": "DROPMALFORMED"}\nopts["mode"] = "PERMISSIVE"\n'
                 'rows = raw.select(F.from_json("value", "id INT", opts)).collect()') == []


@pytest.mark.parametrize("step", ["groupBy('ts').count()", "groupBy('id', 'ts').count()", "dropDuplicates(['id', 'ts'])"])
def test_a_reference_to_an_event_time_column_held_twice_claims_nothing(step):
    """Two streams watermarked on `ts`, joined on `id`: the output holds `ts` twice, and a step that
    names `ts` is an ambiguous reference Spark refuses when the frame is built (PySpark 4.1:
    AMBIGUOUS_REFERENCE): SPK056 says so of groupBy.  No rule may describe another failure there,
    nor say Spark accepts it; the same step naming `id` alone fails at the first batch (SPK043)."""
    program = (
        "a = spark.readStream.format('rate').load().withColumnRenamed('timestamp', 'ts').withColumnRenamed('value', 'id')"
        ".withWatermark('ts', '2 seconds')\n"
        "b = spark.readStream.format('rate').load().withColumnRenamed('timestamp', 'ts').withColumnRenamed('value', 'id')"
        ".withWatermark('ts', '2 seconds')\n"
        f"query = a.join(b, 'id').{step}.writeStream.format('console').start()\n"
    )
    settings = settings_from_table({"select": ["SPK"]})
    assert [d.code for d in lint_text("```python\n" + program + "```\n", "a.mdx", settings)] == (
        ["SPK056"] if step.startswith("groupBy") else [])
    if step.startswith("dropDuplicates"):
        alone = program.replace("['id', 'ts']", "['id']")
        assert [d.code for d in lint_text("```python\n" + alone + "```\n", "a.mdx", settings)] == ["SPK043"]


def test_qualify_is_no_spark_sql_and_nothing_else_is_claimed_of_it():
    # Apache Spark 4.1 refuses QUALIFY when spark.sql parses the text (PARSE_SYNTAX_ERROR, seen on
    # PySpark 4.1): SPK098 says so, and the window function it holds must not be reported as
    # running on the stream.
    code = (
        'changes = spark.readStream.format("rate").load()\n'
        'changes.createOrReplaceTempView("changes")\n'
        'latest = spark.sql("SELECT * FROM changes QUALIFY row_number() OVER (PARTITION BY value ORDER BY timestamp DESC) = 1")\n'
        'query = latest.writeStream.format("console").start()\n'
    )
    text = "```python\n" + code + "```\n"
    assert [d.code for d in lint_text(text, "a.mdx", Settings(select=["SPK"]))] == ["SPK098"]
    without = text.replace(" QUALIFY row_number() OVER (PARTITION BY value ORDER BY timestamp DESC) = 1", ", row_number() OVER (PARTITION BY value ORDER BY timestamp DESC) AS n")
    assert "SPK009" in [d.code for d in lint_text(without, "a.mdx", Settings(select=["SPK"]))]


def test_a_warning_beside_a_refusal_does_not_say_spark_accepts_the_query():
    """SPK023 on a distinct() in complete mode: SPK003 says Spark refuses the query at start, so the
    warning about its state does not say Spark accepts it."""
    program = ('ev = spark.readStream.format("rate").load()\n'
               'query = ev.distinct().writeStream.outputMode("complete").format("console").start()\n')
    found = {d.code: d.message for d in lint_text(mdx(program), "lesson.mdx", SPK)}
    assert {"SPK003", "SPK023"} <= found.keys() and "accepts" not in found["SPK023"], found


def test_loops_over_known_values_are_read_turn_by_turn():
    """`for mode in ["complete", "append"]:` and `[f.writeStream.start() for f in [a, b]]`: each turn is
    read with its value (held-out s21: 7 missed refusals); a finding every turn makes is shown once; a
    loop with `break` or over values not known is read once, its name unknown."""
    body = ('counts = spark.readStream.format("rate").load().groupBy("value").count()\n'
            'for mode in ["complete", "append"]:\n'
            '    counts.writeStream.outputMode(mode).format("parquet").option("path", "out").start()\n')
    found = [d for d in lint_text(mdx(body), "a.mdx", SPK) if d.code in ("SPK001", "SPK004", "SPK013")]
    assert sorted((d.code, d.line) for d in found) == [("SPK001", 4), ("SPK004", 4), ("SPK013", 4)]
    assert "SPK001" not in codes(mdx(body.replace('"append"]:', '"append"]:\n    if mode == "complete":\n        break')))
    assert "SPK001" not in codes(mdx(body.replace('["complete", "append"]', "modes")))


def test_turn_by_turn_reading_stays_bounded_and_scoped():
    """Review of s21: a loop inside a loop read turn by turn is read once (nested turns grew 8**depth); a
    comprehension's name stays in the comprehension; writers a comprehension builds may be started later;
    a watermarked column spelled in another case, or through the frame's alias, keeps its watermark."""
    from mdxlint.analyzers.spark import analyze
    from mdxlint.mdx.parser import parse_text

    nested = ("events = spark.readStream.format('rate').load()\nfor a in [1, 2, 3, 4, 5, 6, 7, 8]:\n"
              "    for b in [1, 2, 3, 4, 5, 6, 7, 8]:\n        for c in [1, 2, 3, 4, 5, 6, 7, 8]:\n"
              "            events.writeStream.format('console').start()\n")
    assert len(analyze(parse_text(mdx(nested))).starts) == 8
    leak = ("events = spark.readStream.format('rate').load()\nagg = events.groupBy('value').count()\ndf = agg\n"
            "qs = [df.writeStream.format('console').start() for df in [events]]\n"
            "q = df.writeStream.format('console').outputMode('complete').start()\n")
    assert "SPK003" not in codes(mdx(leak))
    later = ("a = spark.readStream.format('rate').load()\nb = spark.readStream.format('rate').load()\n"
             "ws = [df.writeStream.format('console') for df in [a, b]]\nfor w in ws:\n    w.start()\n")
    assert "SPK020" not in codes(mdx(later))
    for source in ("col('TIMESTAMP')", "col('e.timestamp')"):
        spelled_so = ("from pyspark.sql.functions import col, window\n"
                      "events = spark.readStream.format('rate').load().alias('e').withWatermark('timestamp', '1 minute')\n"
                      f"sel = events.select({source}.alias('timestamp'), 'value')\n"
                      "sel.groupBy(window('timestamp', '1 minute')).count().writeStream.format('console').start()\n")
        assert codes(mdx(spelled_so)) == [], source


def test_foreach_writers_the_model_cannot_read_are_not_judged():
    """A static `process`, one assigned in the class body, a decorated class (@dataclass makes `__init__`):
    Spark runs them (checked on PySpark 4.1 by the review of s21), so SPK049 says nothing."""
    writers = [
        "class W:\n    @staticmethod\n    def process(row):\n        pass\n\nsink = W()\n",
        "def show(row):\n    pass\n\nclass W:\n    process = staticmethod(show)\n\nsink = W()\n",
        "from dataclasses import dataclass\n\n@dataclass\nclass W:\n    row: object = None\n\n    def process(self, row):\n        pass\n\nsink = W\n",
    ]
    for writer in writers:
        program = writer + "spark.readStream.format('rate').load().writeStream.foreach(sink).start()\n"
        assert "SPK049" not in codes(mdx(program)), writer


def test_a_recursive_helper_that_watermarks_again_reports_no_internal_error():
    """Every watermark from one line (a helper calling itself): SPK044 names that line, no INT001
    (a fuzzing run)."""
    text = mdx(
        'df = spark.readStream.format("kafka").option("kafka.bootstrap.servers", "b").option("subscribe", "t").load()\n'
        "def helper(df=df, *a, **k):\n"
        "    df = df.withWatermark('timestamp', '1 minute')\n"
        "    q = df.writeStream.queryName('q').format('console').start()\n"
        "    return helper(df)\n"
        "df = helper(df)\n")
    found = codes(text)
    assert "INT001" not in found and "SPK044" in found, found


def test_window_over_a_renamed_away_column_is_not_a_watermark_matter():
    """Held-out h29: after `withColumnRenamed("timestamp", "ts")`, `window("timestamp", …)` is an
    unresolved column to Spark; SPK002 said the watermark was not on the grouping column."""
    program = ('from pyspark.sql import functions as F\nsrc = spark.readStream.format("rate").load()\n'
               'q = (src.withWatermark("timestamp", "10 seconds").withColumnRenamed("timestamp", "ts")\n'
               '     .groupBy(F.window("timestamp", "5 seconds")).count()\n'
               '     .writeStream.outputMode("append").format("console").start())\n')
    assert "SPK002" not in codes(f"```python\n{program}```\n")
    other_key = program.replace('withColumnRenamed("timestamp", "ts")', 'withColumnRenamed("value", "v")').replace(
        'groupBy(F.window("timestamp", "5 seconds"))', 'groupBy("v")')
    assert "SPK002" in codes(f"```python\n{other_key}```\n")


def test_select_names_inside_expressions():
    """Held-out h29: SPK053 read only a bare name or `col("…")` standing alone in select."""
    base = 'from pyspark.sql import functions as F\nsrc = spark.readStream.format("rate").load()\n'
    assert codes(f'```python\n{base}q = src.select(F.col("nope").alias("x")).writeStream.format("console").start()\n```\n') == ["SPK053"]
    assert codes(f'```python\n{base}q = src.select(F.upper("nope")).writeStream.format("console").start()\n```\n') == ["SPK053"]
    assert codes(f'```python\n{base}q = src.select(F.date_format("timestamp", "yyyy"), F.col("value") + 1)'
                 '.writeStream.format("console").start()\n```\n') == []


def test_sql_expression_columns():
    from mdxlint.analyzers.spark.sql import expression_columns

    cases = {
        "balanc * 2": ["balanc"],
        "sum(x) total": ["x"],  # `total` is the alias
        "CAST(m AS ARRAY<STRUCT<a: INT, b: STRING>>) + z": ["m", "z"],
        "transform(arr, x -> x + k)": ["arr", "k"],
        "aggregate(arr, 0, (acc, y) -> acc + y)": ["arr"],
        "a::decimal(5, 2) + b": ["a", "b"],
        "x IS NOT NULL AND y IN (1, 2)": ["x", "y"],
        "X'1F' = b": ["b"],
        "CASE op WHEN 'c' THEN 1 END": ["op"],
        "after.id = 1 AND `odd name` > 2": [],
        "stack(2, 'a', id, 'b', qty) AS (k, v)": ["id", "qty"],
        "row_number() OVER (PARTITION BY id ORDER BY ts DESC)": ["id", "ts"],
        "ts > current_timestamp() - INTERVAL 5 MINUTES -- recent\n": ["ts"],
        # review h47: an alias after an operand that ends in a keyword, date fields, collations, r'…'
        "CASE WHEN qty > 1 THEN 'big' END size": ["qty"],
        "qty IS NULL missing": ["qty"],
        "INTERVAL 1 DAY one_day": [],
        "current_date today": [],
        "extract(DOW FROM ts) + timestampadd(DAYOFYEAR, 1, ts2)": ["ts", "ts2"],
        "datediff(DAY, a, b) + datediff(e, s)": ["a", "b", "e", "s"],
        "name COLLATE UTF8_LCASE = 'A'": ["name"],
        "regexp_extract(name, r'(a)', 1) || TIME '12:00:00'": ["name"],
    }
    for text, names in cases.items():
        found = expression_columns(text)
        assert [name for name, _ in found] == names, text
        assert all(text[offset:offset + len(name)] == name for name, offset in found)
    for text in ("id IN (SELECT id FROM t)", "x > :limit", "qty > ?", "{column} > 1", "имя > 1"):
        assert expression_columns(text) is None, text


@given(st.text(alphabet="ab_ ()<>,.:'\"`-=>*/+x1", max_size=40))
@settings(max_examples=300, deadline=None)
def test_sql_expression_columns_never_fail(text):
    from mdxlint.analyzers.spark.sql import expression_columns

    found = expression_columns(text)
    assert found is None or all(text[offset:offset + len(name)] == name for name, offset in found)


def test_sql_text_column_positions():
    text = (
        "```python\nfrom pyspark.sql import functions as F\n"
        "events = spark.readStream.format(\"rate\").load()\n"
        "a = events.withColumn(\"x\", F.expr(\"valu * 2\"))  # значение\n"
        "b = events.filter(\"кол > 1 OR valeu > 1\")\n"
        "c = events.filter('''timestamp > 1 AND vlue > 2''')\n"
        "d = events.filter(\"vale\\x75 > 1\")\n"
        "e = events.filter(\"\"\"\n    value > 1\n    AND valeu < 9\n\"\"\")\n```\n"
    )
    found = [(d.line, d.column, d.end_column) for d in lint_text(text, "a.mdx", Settings(select=["SPK053"]))]
    # the name where it is written (over lines in triple quotes too); the whole string where the
    # text is not read as written
    assert found == [(4, 36, 40), (6, 40, 44), (7, 19, 33), (10, 9, 14)]


def test_non_aggregated_column_inside_expressions():
    text = (
        "```python\nfrom pyspark.sql import functions as F\n"
        "bch = spark.createDataFrame([(1, \"c\", 2.0)], \"id INT, op STRING, balance DOUBLE\")\n"
        "bch.groupBy(\"op\").agg((F.sum(\"balance\") + F.col(\"id\")).alias(\"x\")).show()\n"
        "bch.groupBy(\"op\").agg(F.when(F.col(\"op\") == \"c\", F.max(\"id\")), my_udf(F.col(\"id\"))).show()\n"
        "bch.selectExpr(\"op AS kind\", \"max(balance)\", \"current_date\").show()\n"
        "bch.selectExpr(\"op\", \"max(balance) OVER (PARTITION BY op)\", \"'sum(x)' AS s\").show()\n"
        # a literal function by a column's name, a subquery's own aggregate (review h47)
        "bch.select(F.concat(F.col(\"current_user\"), F.max(\"op\"))).show()\n"
        "bch.selectExpr(\"op\", \"(SELECT max(id) FROM range(3)) AS m\").show()\n```\n"
    )
    found = [(d.line, d.column) for d in lint_text(text, "a.mdx", Settings(select=["SPK057"]))]
    assert found == [(4, 49), (6, 16)]


@pytest.mark.parametrize("text, calls", [
    ("GETDATE() AS now", ["GETDATE"]),
    ("upper(nosuch(name))", ["upper", "nosuch"]),
    ("CAST(x AS DECIMAL(10, 2))", []),  # a keyword and a type's parameters
    ("x::decimal(10,2) + try_cast(y AS INT)", []),
    ("a IN (1, 2) AND NOT (b > 1) AND EXISTS (array(1), v -> v = 1)", ["array"]),
    ("count(*) FILTER (WHERE x > 1)", ["count"]),
    ("sum(x) OVER (PARTITION BY y)", ["sum"]),
    ("db.f(x) + s.field", []),  # qualified: not judged
    ("transform(arr, x -> f(x))", ["transform", "f"]),
    ("stack(2, a, b) AS (k, v)", ["stack"]),
    ("'nosuch(x)' || `odd(name)`", []),  # inside a string or a quoted name: no call
    ("f(x) -- g(y)", ["f"]),
    ("SELECT f(x) FROM t", None),  # a query: not read as an expression
])
def test_expression_calls(text, calls):
    from mdxlint.analyzers.spark.sql import expression_calls

    found = expression_calls(text)
    assert (None if found is None else [name for name, _ in found]) == calls
    for name, offset in found or []:
        assert text[offset:offset + len(name)] == name


@pytest.mark.parametrize("text, calls", [
    ("SELECT GETDATE() AS now FROM t", [("GETDATE", "select")]),
    ("INSERT INTO t (a, b) VALUES (1, 2)", [("t", "into"), ("VALUES", ")")]),
    ("WITH c (a) AS (SELECT f(1)) SELECT * FROM c", [("AS", ")"), ("f", "select")]),  # the CTE's columns left out
    ("SELECT * FROM range(10) r(x)", [("range", "from"), ("r", ")")]),
    ("SELECT CAST(a AS DECIMAL(10,2)), db.f(x) FROM t;", [("CAST", "select")]),
    ("SELECT 'g(x)', `h(y)` -- k(z)\nFROM t", []),
    ("SELECT a; SELECT b", None),  # two statements: not read
])
def test_query_calls(text, calls):
    from mdxlint.analyzers.spark.sql import query_calls

    found = query_calls(text)
    assert (None if found is None else [(name, before) for name, _, before in found]) == calls
    for name, offset, _ in found or []:
        assert text[offset:offset + len(name)] == name


def test_a_temp_view_dropped_before_a_merge_is_no_view_then():
    # `spark.catalog.dropTempView` and `DROP VIEW`: the name is the table's again (review h86)
    lesson = mdx(
        'updates = spark.createDataFrame([(1, "Ada L")], "id INT, name STRING")\n'
        'updates.createOrReplaceTempView("customers")\n'
        'updates.createOrReplaceTempView("changes")\n'
        'spark.catalog.dropTempView("customers")\n'
        'spark.sql("MERGE INTO customers t USING changes s ON t.id = s.id WHEN MATCHED THEN UPDATE SET *")\n'
        'updates.createOrReplaceTempView("orders")\n'
        'spark.sql("DROP VIEW IF EXISTS orders")\n'
        'spark.sql("UPDATE orders SET name = \'x\'")\n'
        'updates.createOrReplaceTempView("kept")\n'
        'spark.sql("UPDATE kept SET name = \'x\'")\n'
    )
    assert codes(lesson) == ["SPK080"]


def test_a_warning_on_a_refused_query_does_not_say_spark_accepts_it():
    # A session window or a Delta sink in update mode: Spark (Delta) refuses the query, so SPK022 says
    # nothing of what Spark accepts (held-out h89); a console sink in update mode is accepted.
    text = mdx(f"""
        from pyspark.sql import functions as F
        events = {RATE}
        sessions = events.groupBy(F.session_window("timestamp", "5 seconds"), (F.col("value") % 3).alias("user")).count()
        q1 = sessions.writeStream.outputMode("update").format("console").start()
        counts = events.groupBy((F.col("value") % 3).alias("k")).count()
        q2 = counts.writeStream.format("delta").outputMode("update").option("checkpointLocation", "/tmp/c").toTable("t")
        q3 = counts.writeStream.format("console").outputMode("update").start()
        """)
    said = [d.message for d in lint_text(text, "lesson.mdx", SPK) if d.code == "SPK022"]
    assert len(said) == 3 and ["Spark accepts" in message for message in said] == [False, False, True]


def test_a_bare_name_nothing_binds_is_no_pyspark_call():
    # `count()` never imported fails with NameError (PY002), not with count()'s TypeError (held-out h89).
    assert "SPK071" not in codes(mdx("df = spark.range(3)\nshow(), count(), first()"))
    assert codes(mdx("from pyspark.sql.functions import count\nspark.range(3).select(count()).show()")) == ["SPK071"]


# PySpark 4.1.4's answers to `SELECT CAST('<text>' AS <type>)` with ANSI mode on (True: it raised
# CAST_INVALID_INPUT), recorded once by hand; the oracle cases cast_literal_* run a few of them in CI.
ANSI_CASTS = [("1.5", "INT", True), ("1e3", "INT", True), ("1e3", "DOUBLE", False), (" 12 ", "INT", False), ("", "INT", True),
              ("abc", "INT", True), ("1d", "DOUBLE", False), ("1d", "INT", True), ("1f", "FLOAT", False), ("NaN", "DOUBLE", False),
              ("Infinity", "DOUBLE", False), ("inf", "DOUBLE", False), ("-inf", "DOUBLE", False), ("+1", "BIGINT", False),
              ("1.", "INT", True), (".5", "INT", True), ("yes", "BOOLEAN", False), ("Y", "BOOLEAN", False), ("on", "BOOLEAN", True),
              ("2", "BOOLEAN", True), ("9999999999", "INT", True), ("1,000", "INT", True), ("0x10", "INT", True),
              ("1.5e2", "INT", True), ("  true ", "BOOLEAN", False), ("1_000", "INT", True), ("12L", "BIGINT", True),
              ("١٢", "INT", True), ("nan", "FLOAT", False), ("1.0", "BIGINT", True),
              # (found by the second review, h90)
              ("0x1p3", "DOUBLE", False), ("+NaN", "DOUBLE", False), ("-NaN", "FLOAT", False), ("\x7f1", "INT", False),
              ("\x7ftrue", "BOOLEAN", False), ("\x851", "INT", True)]


@pytest.mark.parametrize(("literal", "type_name", "raises"), ANSI_CASTS)
def test_literal_casts_are_judged_as_spark_4_reads_them(literal, type_name, raises):
    from mdxlint.analyzers.spark.casts import refused

    assert refused(literal, type_name) is raises


def test_a_delete_on_a_view_quotes_the_error_of_its_source():
    """Review h102: a DELETE on a view of a catalog table fails with UNSUPPORTED_FEATURE, on a view of a
    created frame with an internal error (both checked on PySpark 4.1)."""
    text = mdx('spark.table("orders").createOrReplaceTempView("v1")\n'
               'spark.createDataFrame([(1,)], "id INT").createOrReplaceTempView("v2")\n'
               'spark.read.parquet("lake/orders").createOrReplaceTempView("v3")\n'
               'spark.sql("DELETE FROM v1 WHERE id = 1")\nspark.sql("DELETE FROM v2 WHERE id = 1")\n'
               'spark.sql("DELETE FROM v3 WHERE id = 1")\n')
    messages = [d.message for d in lint_text(text, "lesson.mdx", SPK) if d.code == "SPK080"]
    assert len(messages) == 3
    assert "[UNSUPPORTED_FEATURE.TABLE_OPERATION]" in messages[0]
    assert "[INTERNAL_ERROR]" in messages[1] and "[INTERNAL_ERROR]" in messages[2]
