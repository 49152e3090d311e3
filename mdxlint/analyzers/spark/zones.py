"""Time-zone IDs as Spark reads them: ``DateTimeUtils.getZoneId`` turns a one-digit hour before a
colon into two (``+3:00`` -> ``+03:00``), then asks Java's ``ZoneId.of(id, ZoneId.SHORT_IDS)``.
What that accepts is reproduced here without a JVM: the short IDs (``EST``, ``PST``, ``IST`` …),
offsets (``Z``, ``+3``, ``+03:00``, ``-0530``; at most 18 hours), ``UTC``/``GMT``/``UT`` alone or
with an offset (``UTC+3``), and the region IDs of Java's time-zone database, case and all
(``Europe/Moscow``; ``utc``, ``MSK`` and ``Europe/Moskow`` are refused).

``data/java-zone-ids.txt`` holds the region IDs of OpenJDK 17 (regenerate with a Java program
printing ``new TreeSet<>(ZoneId.getAvailableZoneIds())``); tests/test_spark_zones.py holds Java's
verdicts on a table of IDs, so this module and Java agree there."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from importlib import resources

# ZoneId.SHORT_IDS (Java 17): each maps to a region or an offset, and each is accepted.
SHORT_IDS = frozenset("ACT AET AGT ART AST BET BST CAT CNT CST CTT EAT ECT EST HST IET IST JST MIT MST NET NST PLT PNT "
                      "PRT PST SST VST".split())
_ONE_DIGIT_HOUR = re.compile(r"([+-])(\d):")
_ONE_DIGIT_MINUTE = re.compile(r"([+-]\d\d):(\d)$")
_REGION_NAME = re.compile(r"[A-Za-z][A-Za-z0-9~/._+-]+")
# Abbreviations people write for zones that have none in Java, and the region they mean.
_MEANT = {"MSK": "Europe/Moscow", "MSD": "Europe/Moscow", "CEST": "Europe/Berlin", "EEST": "Europe/Athens",
          "KST": "Asia/Seoul", "SGT": "Asia/Singapore", "AEST": "Australia/Sydney",
          "PDT": "America/Los_Angeles", "EDT": "America/New_York", "CDT": "America/Chicago", "MDT": "America/Denver"}


@lru_cache(maxsize=1)
def region_ids() -> frozenset[str]:
    text = resources.files("mdxlint.data").joinpath("java-zone-ids.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


_CLOSE = 0.8  # how close to a known region a misspelt one is (difflib's ratio)


@lru_cache(maxsize=1)
def _BY_CASE() -> dict[str, str]:
    return {name.lower(): name for name in region_ids()}


def _offset_accepted(text: str) -> bool:
    """Whether Java's ``ZoneOffset.of`` reads ``text``: ``Z``, or a sign and ``h``, ``hh``,
    ``hhmm``, ``hh:mm``, ``hhmmss`` or ``hh:mm:ss``, within 18 hours."""
    if text == "Z":
        return True
    if len(text) < 2 or text[0] not in "+-":
        return False
    body = text[1:]
    if len(body) == 1:
        parts = [body]
    elif len(body) in (2, 4, 6) and body.isdigit():
        parts = [body[i:i + 2] for i in range(0, len(body), 2)]
    elif len(body) in (5, 8) and all(body[i] == ":" for i in range(2, len(body), 3)):
        parts = body.split(":")
    else:
        return False
    if not all(len(part) in (1, 2) and part.isascii() and part.isdigit() for part in parts):
        return False
    hours, minutes, seconds = (int(part) for part in parts + ["0"] * (3 - len(parts)))
    return hours <= 18 and minutes <= 59 and seconds <= 59 and hours * 3600 + minutes * 60 + seconds <= 18 * 3600


def zone_accepted(zone: str) -> bool:
    """Whether Spark reads ``zone`` as a time zone (``from_utc_timestamp``, the session's time zone)."""
    zone = _ONE_DIGIT_MINUTE.sub(r"\1:0\2", _ONE_DIGIT_HOUR.sub(r"\g<1>0\2:", zone, count=1), count=1)
    if zone in SHORT_IDS:
        return True
    if len(zone) <= 1 or zone[0] in "+-":
        return _offset_accepted(zone)
    for prefix in ("UTC", "GMT", "UT"):
        if zone.startswith(prefix):
            rest = zone[len(prefix):]
            if not rest:
                return True
            if rest[0] in "+-":
                return _offset_accepted(rest)
            break
    if _REGION_NAME.fullmatch(zone) is None:
        return False
    if zone in region_ids():
        return True
    # A region this list lacks may be one a newer Java knows (tzdata adds zones: America/Coyhaique
    # in 2025, review h96): refused only where it is another case of a known one, or close to one
    # (a misspelling: Europe/Moskow), or no Area/City name at all (MSK, Moscow).
    if "/" not in zone:
        return False
    return zone.lower() not in _BY_CASE() and not difflib.get_close_matches(zone, region_ids(), 1, _CLOSE)


def zone_meant(zone: str) -> str | None:
    """The zone an author who wrote the refused ``zone`` most likely meant, or None."""
    stripped = zone.strip()
    if len(stripped) > 2 and stripped[0] == stripped[-1] and stripped[0] in "'\"":
        # `SET spark.sql.session.timeZone = 'UTC'`: the value is read as written, quotes and all
        return zone_meant(stripped[1:-1]) or (stripped[1:-1] if zone_accepted(stripped[1:-1]) else None)
    if stripped != zone and zone_accepted(stripped):
        return stripped
    upper = stripped.upper()
    if upper in _MEANT:
        return _MEANT[upper]
    if upper in SHORT_IDS or upper in ("UTC", "GMT", "UT"):
        return upper
    by_case = _BY_CASE()
    if stripped.lower() in by_case:
        return by_case[stripped.lower()]
    if "/" in stripped:
        close = difflib.get_close_matches(stripped, region_ids(), 1, _CLOSE)
        return close[0] if close else None
    # a city alone ("Moscow"): the one region named after it
    cities = [name for name in region_ids() if name.lower().endswith("/" + stripped.lower().replace(" ", "_"))]
    return cities[0] if len(cities) == 1 else None
