"""Interval strings as Spark reads them (``withWatermark`` delays, ``window`` durations,
``trigger(processingTime=…)``): ``SparkIntervalUtils.stringToInterval``.

An optional ``interval``, then one or more numbers each followed by whitespace and a unit
word (singular or plural, any case): ``"10 seconds"``, ``"1 hour 30 minutes"``, ``".5 seconds"``, ``"+ 10 seconds"``.
Only seconds take a fraction (``"1.5 seconds"``, to nine digits; ``"1.5 hours"`` is refused).  Abbreviations
(``"10s"``, ``"10 min"``, ``"1 hr"``, ``"10 ms"``), ISO durations (``"PT10M"``), a number
without a unit and a unit glued to its number (``"10minutes"``) are refused: checked on
PySpark 4.1 (tests/oracle/spark_cases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MICROS = {
    "week": 7 * 86_400_000_000, "day": 86_400_000_000, "hour": 3_600_000_000, "minute": 60_000_000,
    "second": 1_000_000, "millisecond": 1_000, "microsecond": 1,
}
# A number (a sign, spaces after it, digits on either side of one point) and a unit word after
# ASCII whitespace (a no-break space is none to Spark).
_PART = re.compile(r"([+-]?)[ \t]*(\d*)(?:\.(\d*))?[ \t\n\r\f\v]+([a-z]+)")
_SPACE = " \t\n\r\f\v"


@dataclass(frozen=True)
class Interval:
    months: int  # years and months (no fixed length)
    micros: int  # the rest, in microseconds

    @property
    def negative(self) -> bool:
        return self.months < 0 or (self.months == 0 and self.micros < 0)

    @property
    def zero(self) -> bool:
        return self.months == 0 and self.micros == 0


def parse_interval(text: str) -> Interval | None:
    """The interval ``text`` means to Spark, or None when Spark cannot parse it."""
    rest = text.strip(_SPACE).lower()
    if rest.startswith("interval") and rest[8:9] and rest[8:9] in _SPACE:
        rest = rest[8:].lstrip(_SPACE)
    if not rest:
        return None
    months = micros = position = 0
    while position < len(rest):
        part = _PART.match(rest, position)
        if part is None:
            return None
        sign, whole, fraction, unit = part.groups()
        unit = unit[:-1] if unit.endswith("s") else unit
        if not whole and not fraction:
            return None  # no digit at all
        if fraction is not None and (unit != "second" or len(fraction) > 9):
            return None  # a fraction only of seconds, to nanoseconds
        whole = whole or "0"
        factor = -1 if sign == "-" else 1
        if unit in ("year", "month"):
            months += factor * int(whole) * (12 if unit == "year" else 1)
        elif unit in _MICROS:
            micros += factor * (int(whole) * _MICROS[unit] + (int((fraction + "000000")[:6]) if fraction else 0))
        else:
            return None
        position = part.end()
        spaces = len(rest) - position - len(rest[position:].lstrip(_SPACE))
        if position + spaces < len(rest) and not spaces:
            return None  # "10 minutes5 seconds"
        position += spaces
    return Interval(months, micros)


def describe_micros(micros: int) -> str:
    """``300000000L``: how Spark's messages show a duration."""
    return f"{micros}L"
