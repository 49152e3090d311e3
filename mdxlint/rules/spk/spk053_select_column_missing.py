import json

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import SEPARATOR, analyze, not_caught, spark_raises

UNRESOLVED = "A column, variable, or function parameter with name `{}` cannot be resolved."


class SelectColumnMissing(Rule):
    """`select(...)`, `withColumn`, `groupBy`, `agg`, a join, a filter, a sort or SQL text names a column the frame does not have.

    ## What it does
    Reports a plain column name given to `select` as a string or `col("…")` (or to
    `selectExpr` alone, `"name"` or `"name AS alias"`), to `groupBy`/`rollup`/`cube` as a
    string or `col("…")`, and read by `col("…")` (or by the first argument of a function that
    takes a column by name, `F.sum("qty")`) in `withColumn`, `withColumns` and `agg`, that is
    not among the frame's columns, where the lesson shows them (the Kafka and rate sources,
    the text source read from one file, whose one column is `value`, `createDataFrame` with its schema or names, `select`, `withColumn`, `drop`,
    `withColumnRenamed`, joins, `mapInPandas` with its schema and the like; inside a
    `foreachBatch` function the batch has the query's columns); a name of a
    USING join (`a.join(b, "id")`, `on=["id", "day"]`) that one side lacks; a field a struct
    column of known fields lacks (`select("after.qty")`, `window.begin`, `col("after")["qty"]`,
    `col("after").getField("qty")`); a dotted name whose first
    part is neither a column nor the frame's `.alias(…)` (`after.id` once a select dropped `after`;
    not judged after a join or on a table, whose names may qualify columns); and `df.name` for a
    column the frame lacks (PySpark refuses an attribute that is neither the DataFrame's nor
    a column's); the columns a window spec partitions and orders by
    (`Window.partitionBy("id").orderBy("lsn")`), judged where `.over(…)` uses it; and the
    columns `fillna`/`dropna`/`replace` and `na.fill`/`na.drop`/`na.replace` name in their
    `subset` or in a dict of values to fill with. Blanks and punctuation where a column's name
    is read (`F.concat("db", ".", "tbl")`, `F.concat("first", " ", "last")`) are text meant as
    a value: a name the frame lacks, or, with an empty part between dots (`"."`), a name Spark
    refuses to parse whatever the columns ([INVALID_ATTRIBUTE_NAME_SYNTAX]). A column taken from
    another frame (`df.op`, `df["op"]`) in `select` or `withColumn` of a frame that no longer has it
    (`df.withColumnRenamed("op", "operation").select(df.op)`), or never had it (a frame not joined
    with it: `orders.withColumn("p", prices.price)`), is reported too; a filter or a sort resolves
    such a column, and is not concerned.
    SQL text is read too: the plain names an expression reads in `F.expr("…")`,
    `selectExpr("…")` and a filter's condition (`filter("qty > 1")`); not the names of
    functions, keywords, types, aliases, lambda variables, fields or dotted names, and no
    text with a subquery or a parameter marker.
    Spark matches the names without regard to case, and reads `user`, `current_date`,
    `current_timestamp`, `current_time`, `current_user` and `session_user` as functions where no
    column has the name. Quoted and starred names are not judged; of `spark.sql` text, only a
    SELECT over one temp view whose columns the lesson makes (and the views its common table
    expressions and subqueries in FROM make) is read. `filter`, `where`,
    `orderBy` and `sort` may read a column of any step before them, which Spark resolves
    through the projections between (`df.select("id").filter(col("qty") > 1)` runs when
    `df` has `qty`): a name there (`col("…")`, or a string given to `orderBy`/`sort`) is
    reported only when no step before had it; a struct field they read from a column the frame
    has (`col("after.qty")`) must be among its fields. Spark resolves nothing through an aggregation
    or a union: after one, such a name is one of its output columns (or the column a renamed
    grouping key is, `groupBy(col("op").alias("o"))` then `orderBy("op")`), while the aggregates
    a filter or sort reads after an aggregation (`filter("max(qty) > 1")`, `count_if(…)`, a
    `WITHIN GROUP` or `FILTER` clause) are read over its input and not judged. Inside a
    `foreachBatch` function the batch frame's steps start at the batch: the query's dropped
    columns are not there.
    A call inside a `try` whose `except` catches `AnalysisException` (or `Exception`, or a
    bare `except:`) is not reported: the lesson shows the error and handles it.

    ## Why is this bad
    Spark resolves the columns when `select`, `withColumn`, the aggregation or the join is
    made, on a batch frame and on a stream alike, and refuses a missing one: `AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION]
    A column, variable, or function parameter with name `op` cannot be resolved.` A column
    dropped or renamed a step before, or one only a later step adds, is the usual cause.

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    changes = events.withColumnRenamed("value", "id").select("id", "value")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    changes = events.withColumnRenamed("value", "id").select("id", "timestamp")
    query = changes.writeStream.format("console").start()
    ```
    ````
    """

    code = "SPK053"
    name = "select-column-missing"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        variables = analyze(doc).session_variables
        for site, column, columns in not_caught(analyze(doc).select_columns_missing):
            if variables and column.lower().removeprefix("system.").removeprefix("session.") in variables:
                continue  # a SQL session variable the lesson declares (`DECLARE VARIABLE min_qty INT`)
            number = " (a number given as text is read as a column's name: write the number itself)" if column.isdigit() else (
                f" (text meant as a value is written `F.lit({json.dumps(column, ensure_ascii=False)})`)" if SEPARATOR.fullmatch(column) else "")
            ctx.report(*site.range(), f"the frame has no column `{column}` (its columns: {', '.join(columns)}){number}; "
                                      f"{spark_raises(UNRESOLVED.format(column))}")
        for site, alias, columns in not_caught(analyze(doc).aliases_in_where):
            ctx.report(*site.range(), f"the view has no column `{alias}` (its columns: {', '.join(columns)}): `{alias}` is a "
                                      f"name the select list gives an expression, and WHERE is resolved before the select list "
                                      f"(repeat the expression in WHERE, or select from a subquery that names it); "
                                      f"{spark_raises(UNRESOLVED.format(alias))}")
        for site, origin, name, columns, had in not_caught(analyze(doc).stale_columns):
            # (whether a step before this frame had a column of that name: then it went away since;
            # else `origin` is another frame, whose columns a projection of this one cannot read)
            why = ("which this frame no longer has (its columns: {}): renamed, dropped or aggregated away since; name the "
                   "column this frame has (`F.col(…)`)" if had else
                   "another frame, whose columns this frame never had (its columns: {}): a projection reads its own frame's "
                   "columns only; join `" + origin + "` first" if had is False else
                   "which this frame does not have (its columns: {}); name a column this frame has, or join `" + origin + "` first")
            ctx.report(*site.range(), f"`{origin}.{name}` is the column of `{origin}`, {why.format(', '.join(columns))}; "
                                      f"{spark_raises(f'[MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_MISSING_FROM_INPUT] Resolved attribute(s) {chr(34)}{name}{chr(34)} missing from')}")
        for site, name in not_caught(analyze(doc).invalid_column_names):
            ctx.report(*site.range(), f"`{name}` is read as a column's name here, and a name with an empty part between dots is "
                                      f"a syntax error (text meant as a value is written `F.lit({json.dumps(name, ensure_ascii=False)})`); "
                                      f"{spark_raises(f'[INVALID_ATTRIBUTE_NAME_SYNTAX] Syntax error in the attribute name: {name}.')}")
        for site, name, side, columns in not_caught(analyze(doc).join_columns_missing):
            ctx.report(*site.range(), f"the {side} side of the join has no column `{name}` (its columns: {', '.join(columns)}); "
                                      f"{spark_raises(f'[UNRESOLVED_USING_COLUMN_FOR_JOIN] USING column `{name}` cannot be resolved on the {side} side of the join')}")
        for site, name, columns in not_caught(analyze(doc).attribute_columns_missing):
            ctx.report(*site.range(), f"the frame has no column `{name}` (its columns: {', '.join(columns)}), and "
                                      f"`.{name}` reads a column of exactly that name; "
                                      f"{spark_raises('[ATTRIBUTE_NOT_SUPPORTED] Attribute')}")
        for site, base, type_name in not_caught(analyze(doc).fields_of_atomic):
            ctx.report(*site.range(), f"`{base}` holds a {type_name}, a type with no fields (JSON text is read into a struct "
                                      f"with from_json first); {spark_raises(f'[INVALID_EXTRACT_BASE_FIELD_TYPE] Can{chr(39)}t extract a value from {chr(34)}{base}{chr(34)}. Need a complex type [STRUCT, ARRAY, MAP] but got {chr(34)}{type_name}{chr(34)}.')}")
        for site, name, fields in not_caught(analyze(doc).select_fields_missing):
            ctx.report(*site.range(), f"the struct has no field `{name}` (its fields: {', '.join(fields)}); "
                                      f"{spark_raises(f'[FIELD_NOT_FOUND] No such struct field `{name}` in')}")
