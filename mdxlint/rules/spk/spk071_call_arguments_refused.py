from __future__ import annotations

import ast
import dataclasses
import difflib

from mdxlint.analyzers.spark import (
    FUNCTIONS_MODULE, analyze, assertion_error_uncaught, python_type_error_uncaught, spark_raises, type_error_uncaught,
    value_error_uncaught, version_tuple,
)
from mdxlint.analyzers.spark.signatures import OWNER_OF_VALUE, call_error, entry, methods, pyspark_version, release_read
from mdxlint.analyzers.spark.values import ClassRef, ModuleRef, Reader, Writer
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk import report_when_called
from mdxlint.mdx.document import Document

# Calls of pyspark.sql.functions that give a user-defined function, not a Column: what the
# model holds as a Column there is a UDF, whose methods are its own.
_UDF_MAKERS = frozenset({"udf", "pandas_udf", "udtf"})


class CallArgumentsRefused(Rule):
    """A PySpark function or method called with arguments its parameters do not take.

    ## What it does
    Reports a call of a `pyspark.sql.functions` function (`F.datediff(…)`, or imported by
    name) or of a method of a DataFrame, a Column, grouped data, `na`, a reader or stream
    writer, a window spec or `Window`, the session or its builder, when Python refuses the
    arguments: too few (`F.substring("name", 1)`), too many (`df.limit(10, 20)`), or a
    keyword the function has no parameter for (`F.lit(value=1)`); and a method a Column does not
    have (`F.col("amount").isnull()`, `startsWith`): PySpark reads `.isnull` as a struct's field,
    a Column, which cannot be called (not in a function the lesson never calls, whose
    parameters may be pandas rows); and a Column given where a function takes text, such as
    the format of `F.date_trunc` (first: `F.date_trunc(col, "hour")` has them swapped), `trunc`,
    `date_format`, `from_unixtime`, `to_date`, `to_timestamp` and `unix_timestamp`
    (`[NOT_ITERABLE] Column is not iterable`); `agg` given a list of aggregates, not each as an
    argument of its own, or nothing (PySpark asserts both: `all exprs should be Column`); and a bit length of `F.sha2` other than 0, 224,
    256, 384 or 512 (PySpark 4 refuses it: `PySparkValueError: [VALUE_NOT_ALLOWED]`). The parameters are
    PySpark's own (read from PySpark 4.1, checked against it by the oracle tests), and the
    message is the `TypeError` Python raises for that call. Calls with `*args` or
    `**kwargs` are not judged, nor calls on values the model cannot name, nor any call
    when the configured Spark version is older than 4.1. A call inside a `try` whose
    `except` catches `TypeError` (or `Exception`, or a bare `except:`; PySpark's own
    exception classes do not catch it), or inside `with suppress(TypeError)`, is not
    reported. A call in a function the lesson never calls is a warning: it fails once the
    function is called.

    ## Why is this bad
    The call never reaches Spark: Python raises `TypeError` at that line
    (`datediff() missing 1 required positional argument: 'start'`), and the rest of the
    lesson's program does not run. Usually an argument was forgotten (`substring` needs
    a position and a length), or one function's arguments were given to another.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F
    orders = spark.createDataFrame([(1, "2024-01-05", "2024-01-01")], "id INT, shipped STRING, ordered STRING")
    waits = orders.select(F.datediff("shipped"), F.substring("id", 1))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F
    orders = spark.createDataFrame([(1, "2024-01-05", "2024-01-01")], "id INT, shipped STRING, ordered STRING")
    waits = orders.select(F.datediff("shipped", "ordered"), F.substring("shipped", 1, 4))
    ```
    ````
    """

    code = "SPK071"
    name = "call-arguments-refused"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        if not release_read(version_tuple(ctx.settings.spark.version)):
            return
        seen: set[int] = set()
        refused = []
        unknown: list = []
        values_refused = []
        for call in analyze(doc).calls:
            node = call.site.node
            if not isinstance(node, ast.Call) or id(node) in seen or call.unbound:
                continue  # (a name nothing binds fails with NameError first: PY002)
            if call.name == _SHA2 or (call.name == "sha2" and isinstance(call.receiver, ModuleRef)
                                      and call.receiver.name == FUNCTIONS_MODULE):
                bits = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "numBits"), None)
                if isinstance(bits, ast.Constant) and type(bits.value) is int and bits.value not in _SHA2_BITS:
                    values_refused.append((dataclasses.replace(call.site, node=bits), bits.value))
            found = _signature(call.name, call.receiver)
            if found is None and _no_column_method(call):
                seen.add(id(node))
                unknown.append((call.site, call.name))
                continue
            if found is None or any(isinstance(arg, ast.Starred) for arg in node.args) or any(
                    keyword.arg is None for keyword in node.keywords):
                continue
            seen.add(id(node))
            error = call_error(found["parameters"], found["qualname"], len(node.args) + found["bound"],
                               tuple(keyword.arg for keyword in node.keywords if keyword.arg is not None))
            if error is not None:
                refused.append((call.site, error))
        for site, error in python_type_error_uncaught(refused):
            report_when_called(ctx, site, f"these arguments do not fit the parameters of PySpark {pyspark_version()}: the "
                                          f"call fails in Python before Spark runs anything, a TypeError; {spark_raises(error)}")
        for site, assertion, fix in assertion_error_uncaught(analyze(doc).agg_arguments_asserted):
            report_when_called(ctx, site, f"`agg` takes each aggregate as an argument of its own (or one dict), and PySpark "
                                          f"asserts it before Spark runs anything: {fix}; {spark_raises(assertion)}")
        for site, bits in value_error_uncaught(values_refused):
            report_when_called(ctx, site, f"`F.sha2` computes SHA-224, SHA-256, SHA-384 or SHA-512 (0 is SHA-256), not {bits} "
                                          "bits: PySpark refuses it before Spark runs anything; "
                                          + spark_raises("[VALUE_NOT_ALLOWED] Value for `numBits` has to be amongst the following "
                                                         "values: [0, 224, 256, 384, 512]."))
        for site, function, parameter in type_error_uncaught(analyze(doc).columns_for_text):
            swapped = " (the arguments swapped? the format comes first: `F.date_trunc(\"hour\", col)`)" if function == "date_trunc" else ""
            report_when_called(
                ctx, site, f"`{parameter}` of `F.{function}` takes text (a pattern or unit such as \"hour\"), and a Column there "
                      f"fails in PySpark before Spark runs anything{swapped}; "
                      f"{spark_raises('[NOT_ITERABLE] Column is not iterable.')}")
        names = sorted(methods("Column")) if unknown else []
        for site, name in python_type_error_uncaught(unknown):
            close = [method for method in names if method.lower() == name.lower()] or difflib.get_close_matches(
                name, names, n=1, cutoff=0.7)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            report_when_called(
                ctx, site, f"`{name}` is no method of a Column in PySpark {pyspark_version()}: `.{name}` reads the field `{name}` "
                      f"of a struct column, a Column, and calling it fails in Python before Spark runs anything, a TypeError{hint}; "
                      f"{spark_raises(_NOT_CALLABLE)}")


_NOT_CALLABLE = "'Column' object is not callable"
_SHA2 = FUNCTIONS_MODULE + ".sha2"
# The bit lengths `F.sha2` takes (PySpark 4 checks them; Spark's SHA2 gives NULL for others).
_SHA2_BITS = frozenset({0, 224, 256, 384, 512})


def _no_column_method(call) -> bool:
    """A method call on a Column by a name that is no method of Column (`col("a").isnull()`):
    PySpark's Column.__getattr__ makes `col.isnull` the struct field `isnull`, a Column, and
    calling a Column raises TypeError (checked on PySpark 4.1)."""
    node = call.site.node
    # (a Column for sure, outside a UDF's body; not in a function the lesson never calls: its
    # parameters are read as frames there only in case they are, and a pandas row is no Column)
    return (call.on_column and call.site.uncalled is None and not call.name.startswith("_") and "." not in call.name
            and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == call.name
            and not _made_by_udf(call.receiver.node) and entry("Column", call.name) is None)


def _signature(name: str, receiver) -> dict | None:
    """The stored parameters of the function or method a call names, or None."""
    if name.startswith(FUNCTIONS_MODULE + ".") and receiver is None:
        return entry("functions", name[len(FUNCTIONS_MODULE) + 1:])
    if isinstance(receiver, ModuleRef):
        return entry("functions", name) if receiver.name == FUNCTIONS_MODULE else None
    if isinstance(receiver, ClassRef):
        return entry("Window", name) if receiver.name == "Window" else None
    if isinstance(receiver, Reader):
        return entry("DataStreamReader" if receiver.streaming else "DataFrameReader", name)
    if isinstance(receiver, Writer):
        return entry("DataStreamWriter", name)
    owner = OWNER_OF_VALUE.get(type(receiver).__name__)
    if owner is None:
        return None
    if owner == "Column" and _made_by_udf(receiver.node):
        return None
    return entry(owner, name)


def _made_by_udf(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
    return called in _UDF_MAKERS
