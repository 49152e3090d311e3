"""Casts of a string literal that Spark's ANSI mode refuses when the query runs.

Spark 4 runs with `spark.sql.ansi.enabled` on: a cast of text that is no number (or no boolean, or
no date) fails with [CAST_INVALID_INPUT] instead of giving NULL, as Spark 3 did.  Only literals are judged
here (`CAST('n/a' AS INT)`, `'abc'::double`, `F.lit("abc").cast("int")`): a column's values are not
known.  Read by SPK082."""

from __future__ import annotations

import re

# The types judged, by the names SQL and `cast(…)` take, as Spark's message names them.
CAST_TYPES = {
    "int": "INT", "integer": "INT", "bigint": "BIGINT", "long": "BIGINT", "smallint": "SMALLINT", "short": "SMALLINT",
    "tinyint": "TINYINT", "byte": "TINYINT", "double": "DOUBLE", "float": "FLOAT", "real": "FLOAT",
    "boolean": "BOOLEAN",  # (`bool` is no type name to Spark: another error, not judged)
    "date": "DATE",
}
# The range of each integral type: text out of it is refused as malformed too.
_RANGES = {"TINYINT": 2 ** 7, "SMALLINT": 2 ** 15, "INT": 2 ** 31, "BIGINT": 2 ** 63}
# What a number may look like to Spark's ANSI cast (checked on PySpark 4.1): an integral type takes
# ASCII digits with a sign only (not `1.5`, `1e3`, `1,000`); DOUBLE and FLOAT a decimal number with
# an exponent and a `d`/`f` suffix, or the names of the special values.
_WHOLE = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[dDfF]?")
_SPECIAL = frozenset({"nan", "+nan", "-nan", "infinity", "+infinity", "-infinity", "inf", "+inf", "-inf"})
# (Java's hexadecimal floating-point literals: `0x1p3`)
_HEX_FLOAT = re.compile(r"[+-]?0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?[0-9]+[dDfF]?")
_BOOLEANS = frozenset({"t", "true", "y", "yes", "1", "f", "false", "n", "no", "0"})
# Spark trims these before it reads a number or a boolean: ASCII whitespace and control characters
# and DEL (checked on PySpark 4.1: U+0085 is not trimmed).
_TRIMMED = "".join(chr(code) for code in [*range(0, 33), 0x7F])

# `CAST('…' AS type)` and `'…'::type` in SQL text (a literal in single quotes, no escapes in it).
SQL_LITERAL_CAST = re.compile(
    r"\bCAST\s*\(\s*'([^'\\\n]*)'\s+AS\s+([A-Za-z]+)\s*\)|'([^'\\\n]*)'\s*::\s*([A-Za-z]+)\b", re.IGNORECASE)


# What a date may look like to Spark's cast (SparkDateTimeUtils.stringToDate): a year of 4 to 7 digits
# with a sign, then maybe `-` and a month of 1 or 2 digits, then maybe `-` and a day, then maybe a
# blank or a `T` and anything (a time, which the date drops).
_DATE = re.compile(r"[+-]?([0-9]{4,7})(?:-([0-9]{1,2})(?:-([0-9]{1,2})(?:[ T].*)?)?)?", re.S)
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _date_refused(text: str) -> bool:
    found = _DATE.fullmatch(text)
    if found is None:
        return True
    year, month, day = int(found.group(1)), int(found.group(2) or 1), int(found.group(3) or 1)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return not (1 <= month <= 12 and 1 <= day <= (_MONTH_DAYS[month - 1] if month != 2 or leap else 28))


def refused(literal: str, type_name: str) -> bool:
    """Whether ANSI mode refuses to cast ``literal`` to the type ``type_name`` (a CAST_TYPES value)."""
    text = literal.strip(_TRIMMED)
    if type_name == "DATE":
        return _date_refused(text)
    if type_name == "BOOLEAN":
        return text.lower() not in _BOOLEANS
    if type_name in _RANGES:
        bound = _RANGES[type_name]
        return _WHOLE.fullmatch(text) is None or not -bound <= int(text) < bound
    return _DECIMAL.fullmatch(text) is None and _HEX_FLOAT.fullmatch(text) is None and text.lower() not in _SPECIAL


# SQL comments (blanked before reading: a cast in one is never run, held-out h90).
_SQL_COMMENT = re.compile(r"--[^\n]*|/\*.*?\*/", re.S)
# What may leave a cast unevaluated: a branch Spark may not take, a value that may not be needed.
_CONDITIONAL = re.compile(r"\b(?:CASE|WHEN|IF|IFF|COALESCE|IFNULL|NVL|NVL2|NULLIF)\b", re.IGNORECASE)


def sql_literal_casts(text: str) -> list[tuple[int, str, str]]:
    """(offset of the literal's opening quote, the literal, the type as Spark names it) for each
    cast of a string literal in SQL text that ANSI mode refuses.  Not after a conditional in the same
    text (`CASE WHEN … THEN CAST('n/a' AS INT)`, `coalesce(x, CAST(…))`: Spark may never evaluate it),
    nor of a literal with braces (a template `spark.sql` fills in: `CAST('{n}' AS INT)`)."""
    if "--" in text or "/*" in text:
        text = _SQL_COMMENT.sub(lambda found: re.sub(r"[^\n]", " ", found.group()), text)
    found = []
    for match in SQL_LITERAL_CAST.finditer(text):
        literal, written = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
        if "{" in literal or _CONDITIONAL.search(text, 0, match.start()):
            continue
        type_name = CAST_TYPES.get(written.lower())
        if type_name is not None and refused(literal, type_name):
            found.append((match.start(1 if match.group(2) else 3) - 1, literal, type_name))
    return found
