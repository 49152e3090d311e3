from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, assertion_error_uncaught, python_type_error_uncaught, spark_raises
from mdxlint.rules.spk import report_when_called


class DataTypeArguments(Rule):
    """A schema's type given as its class (`StructField("id", LongType)`), or left out (`ArrayType()`).

    ## What it does
    Reports a `pyspark.sql.types` class written without its parentheses where PySpark takes a
    type: the type of `StructField` and of `StructType.add`, the element type of `ArrayType`,
    the key and value types of `MapType`; and a type's name given as text to `StructField`,
    `ArrayType` or `MapType` (`StructField("id", "long")`: only `StructType.add` reads text).
    Reports too a `StructField`, `ArrayType` or `MapType` built without a type it needs. A call inside a `try` whose `except` catches the error
    (`AssertionError`, `TypeError`, `Exception`, or a bare `except:`) is not reported.

    ## Why is this bad
    `LongType` is the class; the type is an instance of it, `LongType()`. PySpark checks what it
    is given as soon as the schema is built, and the program stops there:
    `AssertionError: dataType <class 'pyspark.sql.types.LongType'> should be an instance of
    <class 'pyspark.sql.types.DataType'>`. A type left out stops it the same way, with Python's
    `TypeError: ArrayType.__init__() missing 1 required positional argument: 'elementType'`.

    ## Example
    ````mdx
    ```python
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    schema = StructType([
        StructField("id", LongType),
        StructField("tags", ArrayType(StringType)),
    ])
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    schema = StructType([
        StructField("id", LongType()),
        StructField("tags", ArrayType(StringType())),
    ])
    ```
    ````
    """

    code = "SPK084"
    name = "data-type-arguments"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        # (where the lesson catches the error, it shows it and handles it)
        for site, call, parameter, class_name in assertion_error_uncaught(analysis.type_classes):
            report_when_called(ctx, site, f"`{class_name}` is the type's class: `{call}` takes a type, `{class_name}()`; "
                                          + spark_raises(f"{parameter} <class 'pyspark.sql.types.{class_name}'> should be an "
                                                         "instance of <class 'pyspark.sql.types.DataType'>"))
        for site, call, parameter, text in assertion_error_uncaught(analysis.type_texts):
            report_when_called(ctx, site, f"`{call}` takes a type, not its name as text (`StructType().add` reads text; "
                                          "`StructField`, `ArrayType` and `MapType` do not): write the type, such as "
                                          f"`LongType()`; {spark_raises(f'{parameter} {text} should be an instance of')}")
        for site, class_name, missing in python_type_error_uncaught(analysis.type_arguments_missing):
            names = " and ".join(f"'{name}'" for name in missing)
            plural = "s" if len(missing) > 1 else ""
            report_when_called(ctx, site, f"`{class_name}` needs its {' and '.join(f'`{name}`' for name in missing)}: the "
                                          "call fails in Python before Spark runs anything, a TypeError; "
                                          + spark_raises(f"{class_name}.__init__() missing {len(missing)} required positional "
                                                         f"argument{plural}: {names}"))
