from __future__ import annotations

import difflib
import re

from mdxlint.analyzers.spark import analyze, not_caught, spark_raises, version_tuple
from mdxlint.analyzers.spark.signatures import pyspark_version, release_read, sql_functions, sql_keywords
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk import report_when_called
from mdxlint.mdx.document import Document

# Functions other SQL dialects have under these names, and Spark SQL's way to say the same.
_DIALECT = {
    "getdate": "current_timestamp()", "sysdate": "current_timestamp()", "getutcdate": "current_timestamp()",
    "charindex": "instr(str, substr) or locate(substr, str)", "strpos": "instr(str, substr)",
    "json_extract": "get_json_object(json, path)", "json_value": "get_json_object(json, path)",
    "json_extract_path_text": "get_json_object(json, path)", "generate_series": "explode(sequence(start, stop))",
    "datetrunc": "date_trunc(unit, ts)", "isnumeric": "a cast with try_cast(… AS DOUBLE) IS NOT NULL",
    "group_concat": "concat_ws(sep, collect_list(col))", "listagg": "listagg (Spark 4.0+) or concat_ws(sep, collect_list(col))",
    "to_timestamp_tz": "to_timestamp(str, fmt)", "array_length": "size(array)", "cardinality": "size(array)",
    "safe_cast": "try_cast(x AS type)",
}
# Functions of other dialects written with `x AS type` in their parentheses: Spark's parser stops at the
# `AS` before it looks the name up (held-out h81: `SAFE_CAST(qty AS INT)`).
_PARSED_AS_CAST = frozenset({"safe_cast"})
# Where functions may come from that the lesson does not show: Hive's metastore, session extensions, other catalogs.
_ELSEWHERE_SETTINGS = ("spark.sql.extensions", "spark.sql.catalog.")
_CREATE_FUNCTION = re.compile(r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?FUNCTION\s+(?:IF\s+NOT\s+EXISTS\s+)?"
                              r"`?([A-Za-z_][\w.]*)`?", re.IGNORECASE)
# Words after which a name and a parenthesis are a relation (a table and its columns, a
# table-valued function), not a function called in an expression.
_BEFORE_RELATION = frozenset({"from", "join", "into", "table", "view", "function", "update", "as", "exists", "lateral"})
# Clauses written like calls in an expression: `IDENTIFIER('col')` names a column or a table.
_NOT_FUNCTIONS = frozenset({"identifier"})
_REGISTERS = frozenset({"register", "registerJavaFunction", "registerFunction", "registerJavaUDAF"})


class UnknownSqlFunction(Rule):
    """SQL text that calls a function Spark SQL does not have: `selectExpr("GETDATE() AS now")`.

    ## What it does
    Reports a function called by its plain name in the SQL text of `spark.sql(…)`,
    `selectExpr(…)`, `filter("…")` / `where("…")`, or `F.expr("…")` written in a projection,
    filter, aggregation or sort, or named in a dictionary aggregation (`agg({"lsn": "maximum"})`;
    `countDistinct` is PySpark's, not SQL's), when it is none of Spark SQL's built-in functions (read from Spark 4.1's
    `SHOW FUNCTIONS`) and the lesson does not register it (`spark.udf.register("name", …)`,
    `CREATE [TEMPORARY] FUNCTION name` in `spark.sql`). Names are compared without case, as
    Spark resolves them; qualified names (`db.f(…)`), table-valued functions in `FROM` and
    Spark's keywords (`IN (…)`, `USING (…)`) are not judged. The rule is silent in a
    lesson that registers a function under a name it computes, enables Hive support, or sets
    `spark.sql.extensions` or a `spark.sql.catalog.*` catalog (functions may come from
    there), and when the configured Spark version is older than 4.1. A call inside a `try`
    whose `except` catches `AnalysisException` is not reported; one in a function the lesson
    never calls is a warning. A name the lesson asks `spark.catalog.functionExists` about is
    taken as one that may exist.

    ## Why is this bad
    Spark resolves the functions when it analyses the frame and refuses the call there:
    `AnalysisException: [UNRESOLVED_ROUTINE] Cannot resolve routine `GETDATE` on search path
    [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`].` Usually a function
    of another SQL dialect (SQL Server's `GETDATE`, PostgreSQL's `generate_series`, MySQL's
    `json_extract`), a misspelling, or a UDF registered under another name.

    ## Example
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, '{"total": 5}')], "id INT, payload STRING")
    totals = orders.selectExpr("id", "json_extract(payload, '$.total') AS total", "GETDATE() AS loaded_at")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, '{"total": 5}')], "id INT, payload STRING")
    totals = orders.selectExpr("id", "get_json_object(payload, '$.total') AS total", "current_timestamp() AS loaded_at")
    ```
    ````
    """

    code = "SPK073"
    name = "unknown-sql-function"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        builtin, keywords = sql_functions(), sql_keywords()
        seen = set()
        for site, name, _ in builtin_calls_judged(doc, ctx, "sql_calls"):
            low = name.lower()
            key = site.range()
            if low in builtin or low in _NOT_FUNCTIONS or low in keywords or key in seen:
                continue
            seen.add(key)
            hint = ""
            if low in _DIALECT:
                hint = f"; in Spark SQL: {_DIALECT[low]}"
            else:
                close = difflib.get_close_matches(low, [f for f in builtin if f.isidentifier()], n=1, cutoff=0.8)
                hint = f"; did you mean `{close[0]}`?" if close else ""
            raised = ("[PARSE_SYNTAX_ERROR] Syntax error at or near 'AS'" if low in _PARSED_AS_CAST
                      else f"[UNRESOLVED_ROUTINE] Cannot resolve routine `{name}` on search path")
            report_when_called(ctx, site, f"`{name}` is no function of Spark SQL {pyspark_version()[:3]}, and the lesson "
                                          f"registers none of that name{hint}; {spark_raises(raised)}")


def builtin_calls_judged(doc: Document, ctx: RuleContext, kind: str):
    """The entries `(site, name, before, …)` of ``analyze(doc).<kind>`` (SQL text's calls) that stand in
    an expression and are not the lesson's own functions: none where the configured Spark is older than
    the release the stored names were read from, or where functions may come from elsewhere
    (_registered); a name the lesson registers, and a table, its alias, a column list or a table-valued
    function (by the token before it) are left out."""
    if not release_read(version_tuple(ctx.settings.spark.version)):
        return
    analysis = analyze(doc)
    entries = getattr(analysis, kind)
    if not entries:
        return
    registered = _registered(analysis)
    if registered is None:
        return
    keywords = sql_keywords()
    for entry in not_caught(entries):
        _, name, before = entry[:3]
        if name.lower() in registered:
            continue
        if before in _BEFORE_RELATION or before == ")" or (before.isidentifier() and before not in keywords):
            continue  # a table, its alias, a column list, a table-valued function: not a call in an expression
        yield entry


def _registered(analysis) -> set[str] | None:
    """The functions the lesson registers (lower case), or None where functions may come from
    elsewhere: a name it computes, Hive support, session extensions, another catalog."""
    names: set[str] = set()
    for call in analysis.calls:
        if call.name == "enableHiveSupport":
            return None
        strings = [text for text in map(call.string_of, [*call.args, *(k.value for k in call.keywords)]) if text]
        if any(setting in text for text in strings for setting in _ELSEWHERE_SETTINGS):
            return None
        if call.name in _REGISTERS:
            given = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "name"), None)
            text = call.string_of(given) if given is not None else None
            if text is None:
                return None
            names.add(text.lower())
        elif call.name == "functionExists" and strings:
            names.add(strings[0].lower())  # (asked before use: it may exist where the lesson runs)
        elif call.name == "sql":
            for text in strings:
                names.update(found.group(1).rsplit(".", 1)[-1].lower() for found in _CREATE_FUNCTION.finditer(text))
    return names
