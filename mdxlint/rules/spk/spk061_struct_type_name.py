from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises, value_error_uncaught
from mdxlint.analyzers.spark.methods.schema import SQL_TYPE_NAMES


class StructTypeName(Rule):
    """`StructType().add(name, "int")`: a field's type given as text by a name PySpark does not read.

    ## What it does
    Reports the text type of `StructType.add` when it is not one of the JSON names PySpark
    reads there: `integer`, `long`, `short`, `byte`, `string`, `boolean`, `double`, `float`,
    `decimal` or `decimal(p,s)`, `date`, `timestamp`, `timestamp_ntz`, `binary`, `char(n)`,
    `varchar(n)`, intervals, `variant`, `void`. SQL names (`int`, `bigint`, `smallint`,
    `tinyint`, `bool`), upper case (`INT`, `String`) and nested types (`array<int>`) are not
    among them. A call inside a `try` whose `except` catches `ValueError` (or
    `PySparkValueError`, `Exception`, or a bare `except:`) is not reported.

    ## Why is this bad
    `StructType.add` parses a type given as text with PySpark's JSON type parser, not Spark's
    SQL one (which `from_json` and `spark.read.schema("id INT")` use): the schema is never
    built, and the program stops at that line with `PySparkValueError: [CANNOT_PARSE_DATATYPE]
    Unable to parse datatype. int.` Write the JSON name, or give the type itself
    (`IntegerType()`).

    ## Example
    ````mdx
    ```python
    from pyspark.sql.types import StructType

    schema = StructType().add("id", "int").add("op", "string")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.types import StructType

    schema = StructType().add("id", "integer").add("op", "string")
    ```
    ````
    """

    code = "SPK061"
    name = "struct-type-name"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        # (where the lesson catches the error, it shows it and handles it)
        for site, text in value_error_uncaught(analyze(doc).struct_type_names):
            meant = SQL_TYPE_NAMES.get(text.strip().lower()) or (text.lower() if text.lower() != text and text.lower() in _LOWER_OK else None)
            if meant:
                hint = f"write `\"{meant}\"`"
            elif "<" in text:
                hint = "give the type itself (`ArrayType(IntegerType())`, `MapType(StringType(), LongType())`, `StructType(…)`)"
            else:
                hint = "write the type's JSON name (`\"integer\"`, `\"long\"`, `\"string\"` …) or give the type itself"
            ctx.report(*site.range(), f"`StructType.add` reads a type given as text by its JSON name, and `{text}` is none; "
                                      f"{hint}; {spark_raises(f'[CANNOT_PARSE_DATATYPE] Unable to parse datatype. {text}.')}")


_LOWER_OK = frozenset("binary boolean byte date decimal double float integer long short string timestamp timestamp_ntz".split())
