"""Runs lesson programs in one real PySpark session and reports what Spark did.

Reads a JSON list of cases on stdin: ``{"id", "code", "observe"?, "wait"?}``.  Each
case runs in the (emptied) working folder with ``spark`` bound to the shared session (one JVM for
all cases: a JVM per program costs 10–25 s here).  ``awaitTermination`` is bounded so
that lesson code which waits forever returns.  After the code, every query it started
is given ``wait`` seconds; a query that failed surfaces its exception.  ``observe``
(optional) runs afterwards in the same namespace and sets ``observed`` to what it saw.

Writes one JSON line per case to the file named by the first argument (stdout is
left to the console sink, which the JVM writes to directly): the exception Spark raised (type and message) and the
line of the case code it was raised from, the Python warnings emitted, and ``observed``.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import traceback
import warnings

WAIT = 4.0
WORK_MARK = ".spark-harness-folder"  # marks the working folder as the harness's to empty
# `query.awaitTermination()` without a timeout in lesson code: long enough for an
# availableNow/once query to finish on a loaded machine, bounded for one that never does.
AWAIT_WITHOUT_TIMEOUT = 30.0


def _case_line(error: BaseException, filename: str = "<case>") -> int | None:
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename == filename:
            line = frame.lineno
    return line


def _claim_work_folder() -> None:
    """The folder is emptied before each case: never one this harness did not make its own."""
    work = os.getcwd()
    if any(name != WORK_MARK for name in os.listdir(work)) and not os.path.exists(os.path.join(work, WORK_MARK)):
        sys.exit(f"spark_harness: {work} is not empty and not a harness folder ({WORK_MARK} absent): "
                 "run it in an empty folder")
    open(os.path.join(work, WORK_MARK), "w").close()


def main() -> None:
    _claim_work_folder()
    cases = json.load(sys.stdin)
    results = open(sys.argv[1], "w", encoding="utf-8")  # noqa: SIM115 - open for the whole run
    from pyspark.sql import SparkSession
    from pyspark.sql.streaming import DataStreamWriter, StreamingQuery, StreamingQueryManager

    warehouse = tempfile.mkdtemp(prefix="mdxlint-warehouse-")
    spark = (
        SparkSession.builder.master("local[1]")
        .config("spark.sql.warehouse.dir", warehouse)
        .appName("mdxlint-oracle")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.streaming.forceDeleteTempCheckpointLocation", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("OFF")
    baseline = dict(spark.conf.getAll)

    started: list = []
    original_start, original_to_table = DataStreamWriter.start, DataStreamWriter.toTable
    original_await = StreamingQuery.awaitTermination
    original_any = StreamingQueryManager.awaitAnyTermination

    def start(self, *args, **kwargs):
        query = original_start(self, *args, **kwargs)
        started.append(query)
        return query

    def to_table(self, *args, **kwargs):
        query = original_to_table(self, *args, **kwargs)
        started.append(query)
        return query

    def bounded(timeout):
        # (a value PySpark refuses reaches PySpark's own check, not a TypeError of min())
        if timeout is None:
            return AWAIT_WITHOUT_TIMEOUT
        return min(timeout, WAIT) if isinstance(timeout, (int, float)) and not isinstance(timeout, bool) else timeout

    def bounded_await(self, timeout=None):
        return original_await(self, bounded(timeout))

    def bounded_any(self, timeout=None):
        return original_any(self, bounded(timeout))

    DataStreamWriter.start, DataStreamWriter.toTable = start, to_table
    StreamingQuery.awaitTermination = bounded_await
    StreamingQueryManager.awaitAnyTermination = bounded_any

    # The JVM resolves relative paths (checkpoints above all) against the folder it was
    # started in, and a JVM cannot change folder: every case runs in that folder, emptied
    # before each case so that no checkpoint or output of one case leaks into the next.
    work = os.getcwd()

    def empty_work_folder() -> None:
        for name in os.listdir(work):
            if name == WORK_MARK:
                continue
            target = os.path.join(work, name)
            if os.path.isdir(target) and not os.path.islink(target):
                shutil.rmtree(target, ignore_errors=True)
            else:
                os.remove(target)
    for case in cases:
        os.chdir(work)
        empty_work_folder()
        started.clear()
        spark.streams.resetTerminated()  # (awaitAnyTermination must not meet an earlier case's failure)
        namespace: dict = {"spark": spark, "__name__": "__case__"}
        outcome: dict = {"id": case["id"], "raised": None, "error_type": None, "line": None, "warnings": [],
                         "observed": None, "started": 0}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                exec(compile(case["code"], "<case>", "exec"), namespace)
                for query in list(started):
                    original_await(query, case.get("wait", WAIT))
                if case.get("observe"):
                    namespace["started_queries"] = list(started)
                    exec(compile(case["observe"], "<observe>", "exec"), namespace)
                    outcome["observed"] = namespace.get("observed")
            except BaseException as error:  # noqa: BLE001 - every failure is a result here
                outcome["raised"] = str(error)
                outcome["error_type"] = type(error).__name__
                outcome["line"] = _case_line(error)
            finally:
                outcome["started"] = len(started)
                for query in spark.streams.active:
                    try:
                        query.stop()
                    except Exception:  # noqa: BLE001
                        pass
                for key, value in dict(spark.conf.getAll).items():
                    if key not in baseline:
                        spark.conf.unset(key)
                    elif baseline[key] != value:
                        spark.conf.set(key, baseline[key])
                for table in spark.catalog.listTables():
                    if table.isTemporary:
                        spark.catalog.dropTempView(table.name)
        outcome["warnings"] = [f"{w.category.__name__}: {w.message}" for w in caught
                               if issubclass(w.category, (FutureWarning, DeprecationWarning, UserWarning))]
        results.write(json.dumps(outcome) + "\n")
        results.flush()
    results.close()
    spark.stop()
    shutil.rmtree(warehouse, ignore_errors=True)


if __name__ == "__main__":
    main()
