"""Build mdxlint/data/pyspark-signatures.json from the installed PySpark (needs Java for a session).

    python scripts/build_pyspark_signatures.py [--check]

Reads the names of SQL's built-in functions (SPK073), the argument counts Spark refuses for each
(SPK100: probed with NULLs, minutes of work, left out by ``--check``), and the parameters of ``pyspark.sql.functions`` and of the methods of the objects a lesson
holds (a DataFrame, a Column, grouped data, readers and writers, window specs, the session
and its builder, a streaming query), as the running classic session gives them.  Each entry
is kept only when Python's own TypeError for a wrong call (too many positional arguments,
too few, an unknown keyword) is the one that a function made from the stored parameters
raises (SPK071 makes that function to quote the error): a decorator that checks its
arguments first, or a method that takes anything, is left out.  ``--check`` compares with
the stored file instead of writing it (the oracle tests run it).  mdxlint reads only the
generated file; PySpark is never imported at run time.
"""

from __future__ import annotations

import inspect
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "mdxlint" / "data" / "pyspark-signatures.json"

from mdxlint.analyzers.spark.signatures import call_error  # noqa: E402

_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional-only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional",
    inspect.Parameter.VAR_POSITIONAL: "*",
    inspect.Parameter.KEYWORD_ONLY: "keyword-only",
    inspect.Parameter.VAR_KEYWORD: "**",
}
# Methods whose call with a wrong argument count is not probed on the live objects (a probe
# that Python does not refuse would run them).
_NOT_PROBED = frozenset({"stop", "awaitTermination", "processAllAvailable", "start", "toPandas", "toArrow", "collect",
                         "show", "count", "foreach", "foreachPartition", "save", "saveAsTable", "insertInto"})


def _parameters(function) -> list[list] | None:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return None
    return [[p.name, _KINDS[p.kind], p.default is not inspect.Parameter.empty] for p in signature.parameters.values()]


def _probes(parameters: list[list], bound: bool) -> list[tuple[int, tuple[str, ...]]]:
    """Calls Python refuses: one positional argument too many, none at all, an unknown keyword."""
    positional = sum(1 for _, kind, _ in parameters if kind in ("positional-only", "positional")) - bound
    probes = [(positional + 1, ()), (0, ()), (0, ("no_such_parameter_",))]
    return [probe for probe in probes if call_error(parameters, "f", probe[0] + bound, probe[1]) is not None]


def _real_error(call, count: int, keywords: tuple[str, ...]) -> str | None:
    try:
        call(*([None] * count), **{name: None for name in keywords})
    except TypeError as error:
        return str(error)
    except Exception as error:  # noqa: BLE001 - anything but Python's TypeError is not what the rule quotes
        return f"<{type(error).__name__}>"
    return "<ran>"


def _entry(owner: str, name: str, function, call, bound: bool) -> dict | None:
    parameters = _parameters(function)
    if parameters is None or (bound and not parameters):
        return None
    qualname = getattr(inspect.unwrap(function), "__qualname__", name)
    if name not in _NOT_PROBED:
        for count, keywords in _probes(parameters, bound):
            expected = call_error(parameters, qualname, count + bound, keywords)
            if _real_error(call, count, keywords) != expected:
                return None
    return {"qualname": qualname, "bound": bound, "parameters": parameters}


# The plain Python values SPK066 judges, and a value of each type to probe with.
_PLAIN_VALUES = {"int": 0, "float": 0.5, "bool": True, "NoneType": None}


def _column_only(function, parameters: list[list]) -> dict[str, dict]:
    """The parameters of a ``functions`` callable where PySpark refuses a plain Python value at the
    call ([NOT_COLUMN_OR_STR], SPK066): by parameter, the argument's name in PySpark's message and
    the types refused.  Each positional parameter (and the first of ``*cols``) is probed with a
    value of each type, the others given a column's name."""
    positional = [p[0] for p in parameters if p[1] in ("positional-only", "positional")]
    required = sum(1 for p in parameters if p[1] in ("positional-only", "positional") and not p[2])
    star = next((p[0] for p in parameters if p[1] == "*"), None)
    found: dict[str, dict] = {}
    for index, name in enumerate(positional + ([star] if star else [])):
        for type_name, value in _PLAIN_VALUES.items():
            # With the fewest arguments and with every positional one: a value is recorded only where
            # both refuse it (`log(2.0, "x")` reads a number as the base, `log(2.0)` refuses it).
            fewest = max(required, index + 1 + (star is not None and index == len(positional)))
            outcomes = {_refusal(function, ["id"] * count, index, value, type_name)
                        for count in {fewest, max(fewest, len(positional) + (star is not None))}}
            if len(outcomes) == 1 and None not in outcomes:
                refused = found.setdefault(name, {"argument": outcomes.pop(), "types": []})
                refused["types"].append(type_name)
    return found


def _refusal(function, args: list, index: int, value, type_name: str) -> str | None:
    """The argument's name in PySpark's [NOT_COLUMN_OR_STR] for ``value`` at ``index``, or None."""
    from pyspark.errors import PySparkTypeError

    args = list(args)
    args[index] = value
    try:
        function(*args)
    except PySparkTypeError as error:
        condition = error.getCondition() if hasattr(error, "getCondition") else error.getErrorClass()
        given = error.getMessageParameters() or {}
        if condition == "NOT_COLUMN_OR_STR" and given.get("arg_type") == type_name:
            return given.get("arg_name", "col")
    except Exception:  # noqa: BLE001 - any other outcome: the value is not recorded
        pass
    return None


def build(arities: bool = True) -> dict:
    import pyspark
    from pyspark.sql import SparkSession, Window, functions

    spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").getOrCreate()
    frame = spark.createDataFrame([(1, "a")], ["id", "name"])
    stream = spark.readStream.format("rate").load()
    objects = {
        "DataFrame": frame,
        "Column": frame.id,
        "GroupedData": frame.groupBy("id"),
        "DataFrameNaFunctions": frame.na,
        "DataFrameReader": spark.read,
        "DataStreamReader": spark.readStream,
        "DataStreamWriter": stream.writeStream,
        "WindowSpec": Window.partitionBy("id"),
        "SparkSession": spark,
        "Builder": SparkSession.builder,
    }
    tables: dict[str, dict] = {"functions": {}}
    for name in sorted(dir(functions)):
        function = getattr(functions, name)
        if name.startswith("_") or not inspect.isfunction(function) or not function.__module__.startswith("pyspark.sql.functions"):
            continue
        entry = _entry("functions", name, function, function, False)
        if entry is not None:
            column_only = _column_only(function, entry["parameters"])
            if column_only:
                entry["column_only"] = column_only
            tables["functions"][name] = entry
    for owner, instance in objects.items():
        table = tables[owner] = {}
        cls = type(instance)
        for name in sorted(dir(cls)):
            if name.startswith("_"):
                continue
            raw = inspect.getattr_static(cls, name, None)
            if isinstance(raw, (staticmethod, classmethod, property)) or not inspect.isfunction(raw):
                continue
            entry = _entry(owner, name, raw, getattr(instance, name), True)
            if entry is not None:
                table[name] = entry
    # Window's own methods are static: `Window.partitionBy("id")`.
    table = tables["Window"] = {}
    for name in sorted(dir(Window)):
        raw = inspect.getattr_static(Window, name, None)
        if name.startswith("_") or not isinstance(raw, staticmethod):
            continue
        entry = _entry("Window", name, raw.__func__, getattr(Window, name), False)
        if entry is not None:
            table[name] = entry
    # SQL's built-in functions, as SQL text calls them (SPK073): the session has no function of its own yet.
    sql_functions = sorted({row.function.lower() for row in spark.sql("SHOW FUNCTIONS").collect()})
    # and its keywords (a keyword before a parenthesis is no call: `IN (…)`, `VALUES (…)`, `USING (…)`)
    sql_keywords = sorted({row.keyword.lower() for row in spark.sql("SELECT keyword FROM sql_keywords()").collect()})
    built = {"pyspark": pyspark.__version__, "tables": tables, "sql_functions": sql_functions, "sql_keywords": sql_keywords}
    if arities:
        built["sql_arities"] = _sql_arities(spark, sql_functions)
    spark.stop()
    return built


# Argument counts probed per SQL function: 0 to this many.
_MOST_PROBED_ARGUMENTS = 7
_REQUIRES = re.compile(r"The `[^`]+` requires (.+?) parameters but the actual number is \d+")


def _sql_arities(spark, names: list[str]) -> dict[str, dict]:
    """Per SQL function called with 0 to _MOST_PROBED_ARGUMENTS NULLs: the counts Spark refuses
    with WRONG_NUM_ARGS, each with what its message then says the function requires (SPK100; the
    words differ by count for some functions).  A function
    that Spark cannot resolve by a plain call (UNRESOLVED_ROUTINE, a parse error: special syntax) is
    left out; any other error means the count was taken (the types are checked after it)."""
    arities: dict[str, dict] = {}
    for name in names:
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            continue
        refused: dict[str, str] = {}
        for count in range(_MOST_PROBED_ARGUMENTS + 1):
            try:
                spark.sql(f"SELECT `{name}`({', '.join(['NULL'] * count)})")
            except Exception as error:  # noqa: BLE001 - Spark's own refusal, sorted below
                condition = error.getCondition() if hasattr(error, "getCondition") else ""
                if (condition or "").startswith("WRONG_NUM_ARGS"):
                    found = _REQUIRES.search(str(error))
                    if found is None:
                        refused = {}
                        break
                    refused[str(count)] = found.group(1)
                elif condition in ("UNRESOLVED_ROUTINE", "PARSE_SYNTAX_ERROR") or not condition:
                    refused = {}
                    break
        if refused:
            arities[name] = {"refused": refused}
    return arities


def main() -> int:
    check = "--check" in sys.argv[1:]
    # (the SQL arities take minutes to probe: --check leaves them to the oracle cases of SPK100)
    built = build(arities=not check)
    text = json.dumps(built, indent=1, sort_keys=True) + "\n"
    if check:
        stored = json.loads(TARGET.read_text(encoding="utf-8"))
        if any(stored[key] != built[key] for key in ("tables", "sql_functions", "sql_keywords")):
            print(f"{TARGET} differs from PySpark {built['pyspark']}: run scripts/build_pyspark_signatures.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    counts = ", ".join(f"{owner} {len(table)}" for owner, table in built["tables"].items())
    print(f"wrote {TARGET} (PySpark {built['pyspark']}): {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
