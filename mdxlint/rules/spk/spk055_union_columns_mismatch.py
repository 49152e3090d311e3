from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises

NUM_COLUMNS_MISMATCH = ("[NUM_COLUMNS_MISMATCH] {} can only be performed on inputs with the same number of columns, "
                        "but the first input has {} columns and the {} input has {} columns.")


def ordinal(index: int) -> str:
    """Spark's name for the input at ``index`` (from 0): "first", "second", "third", then "4th" …"""
    return ("first", "second", "third")[index] if index < 3 else f"{index + 1}th"
# The operator Spark names, by method.
_OPERATOR = {"subtract": "EXCEPT", "exceptAll": "EXCEPT ALL", "intersect": "INTERSECT", "intersectAll": "INTERSECT ALL"}
CANNOT_RESOLVE = 'Cannot resolve column name "{}" among ({}).'
INCOMPATIBLE_COLUMN_TYPE = "[INCOMPATIBLE_COLUMN_TYPE] UNION can only be performed on tables with compatible column types."


class UnionColumnsMismatch(Rule):
    """A `union`, `unionAll` or `unionByName` (or `intersect`, `subtract`, `exceptAll`) whose inputs' columns do not match.

    ## What it does
    Reports, where the lesson shows both inputs' columns (the Kafka and rate sources,
    `createDataFrame` with names, `select`, `withColumn` and the like):

    - `union` / `unionAll` of inputs with different numbers of columns, and the same for
      `intersect`, `intersectAll`, `subtract` and `exceptAll` (Spark names them `INTERSECT`
      and `EXCEPT`);
    - `unionByName` whose first input has a column the second lacks (Spark matches the
      names without regard to case), or whose second input has more columns;
    - `union`, `unionAll` or `unionByName` that pairs columns of known types Spark does not
      combine: a number with a boolean, a date, a timestamp or a binary; a boolean, a date or
      a binary with another of these; an array, a map or a struct with any other type (numbers
      widen into each other, a date into a timestamp; a string meets every plain type, and in
      ANSI mode, on by default since Spark 4.0, Spark casts its values to the other side's type
      when the query runs, so a value that is no number, date or boolean fails it then:
      `[CAST_INVALID_INPUT]`), and, where the lesson turns ANSI mode off
      (`spark.sql.ansi.enabled` false), a string with a boolean or a binary.

    `unionByName(other, allowMissingColumns=True)` fills the missing columns with nulls
    and is fine. A call inside a `try` whose `except` catches `AnalysisException` (or
    `Exception`, or a bare `except:`) is not reported: the lesson shows the error and
    handles it.

    ## Why is this bad
    Spark checks the union when it is made, on batch frames and streams alike:
    `AnalysisException: [NUM_COLUMNS_MISMATCH] UNION can only be performed on inputs with
    the same number of columns, but the first input has 3 columns and the second input
    has 2 columns.`, or for `unionByName`: `Cannot resolve column name "op" among (id, kind).`
    `union` matches columns by position, so a union of inputs with the same number of
    columns in another order runs and mixes them up; that is not reported here.

    ## Example
    ````mdx
    ```python
    inserts = spark.createDataFrame([(1, "c", 100)], ["id", "op", "ts_ms"])
    deletes = spark.createDataFrame([(2, "d")], ["id", "op"])
    changes = inserts.union(deletes)
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    inserts = spark.createDataFrame([(1, "c", 100)], ["id", "op", "ts_ms"])
    deletes = spark.createDataFrame([(2, "d")], ["id", "op"])
    changes = inserts.unionByName(deletes, allowMissingColumns=True)
    ```
    ````
    """

    code = "SPK055"
    name = "union-columns-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, method, kind, detail in not_caught(analyze(doc).union_mismatches):
            if kind == "count":
                first, second, index = detail if len(detail) == 3 else (*detail, 1)
                operator = _OPERATOR.get(method, "UNION")
                inputs = (f"the inputs of {method}() have {first} and {second} columns" if index == 1 else
                          f"Spark reads this chain of unions as one union of its inputs, and its first input has {first} "
                          f"columns and its {ordinal(index)} {second}")
                ctx.report(*site.range(), f"{inputs}; {spark_raises(NUM_COLUMNS_MISMATCH.format(operator, first, ordinal(index), second))}")
            elif kind == "type":
                position, column, first, second = detail
                ctx.report(*site.range(), f"column {position + 1} of the inputs of {method}() (`{column}`) is {first} in the "
                                          f"first and {second} in the second, types Spark does not combine (a number and a "
                                          "string meet, the string cast to the number's type; a number and a boolean, a date or an array "
                                          "do not; with ANSI mode off, a string and a boolean or a binary do not "
                                          "either); cast one side "
                                          f"first; {spark_raises(INCOMPATIBLE_COLUMN_TYPE)}")
            else:
                column, columns = detail
                ctx.report(*site.range(), f"the second input of {method}() has no column `{column}` (its columns: "
                                          f"{', '.join(columns)}); {spark_raises(CANNOT_RESOLVE.format(column, ', '.join(columns)))}")
