"""Language identification of one prose unit.

Two steps, cheapest first:

1. Script.  Most languages are told apart by how they are written: Cyrillic, Han
   (with kana: Japanese), Hangul, Arabic, Devanagari…  Among the site's candidate
   languages that share a script, letters decide where they can (``і ї є ґ`` are
   Ukrainian, ``ы э ъ ё`` Russian).
2. A model, only for Latin-script text when more than one candidate language is
   written in Latin script: `lingua-language-detector` (its n-gram models ship inside
   the wheel; nothing is downloaded), restricted to the candidates, in its
   low-accuracy mode (trigrams: ~0.1 s to load for ten languages, ~0.1 ms a unit).
   Results are memoised per (text, candidates).

Everything returns (language code, confidence in 0…1).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

SCRIPT_OF = {
    "ru": "cyrillic", "uk": "cyrillic", "bg": "cyrillic", "sr": "cyrillic", "be": "cyrillic", "kk": "cyrillic",
    "mk": "cyrillic", "mn": "cyrillic", "el": "greek", "he": "hebrew", "ar": "arabic", "fa": "arabic", "ur": "arabic",
    "hi": "devanagari", "mr": "devanagari", "ne": "devanagari", "th": "thai", "ko": "hangul", "ja": "kana", "zh": "han",
}
# The language a script means when the site names none written in it.
SCRIPT_DEFAULT = {
    "cyrillic": "ru", "greek": "el", "hebrew": "he", "arabic": "ar", "devanagari": "hi", "thai": "th",
    "hangul": "ko", "kana": "ja", "han": "zh",
}
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_RUSSIAN = frozenset("ыэъёЫЭЪЁ")


def script_of(language: str) -> str:
    return SCRIPT_OF.get(language, "latin")


def dominant_script(scripts: dict[str, int], latin_words: int) -> tuple[str, int]:
    """(script, weight) of the script most of a unit is written in; Han and kana count
    letters, so two letters weigh one word."""
    best, weight = "latin", latin_words
    for name, count in scripts.items():
        if name in ("han", "kana"):
            continue
        if count > weight:
            best, weight = name, count
    cjk = scripts.get("han", 0) + scripts.get("kana", 0)
    if cjk and cjk / 2 > weight:
        best, weight = ("kana" if scripts.get("kana", 0) else "han"), cjk // 2
    return best, weight


def language_of_script(script: str, candidates: frozenset[str], choose_cyrillic: Callable[[list[str]], str]) -> str:
    """The language a non-Latin script means among the candidates; ``choose_cyrillic`` picks
    among two or more Cyrillic-script candidates (sorted)."""
    if script == "kana":
        return "ja"
    if script == "han":
        return "ja" if "ja" in candidates and "zh" not in candidates else "zh"
    written = sorted(c for c in candidates if SCRIPT_OF.get(c) == script)
    if script == "cyrillic" and len(written) > 1:
        return choose_cyrillic(written)
    if len(written) == 1:
        return written[0]
    return SCRIPT_DEFAULT.get(script, script)


def script_language(script: str, text: str, candidates: frozenset[str]) -> str:
    """The language a non-Latin script means among the candidates, from the text."""

    def choose_cyrillic(written: list[str]) -> str:
        letters = set(text)
        if "uk" in written and letters & _UKRAINIAN:
            return "uk"
        if "ru" in written and letters & _RUSSIAN:
            return "ru"
        return latin_or_model(text, frozenset(written))[0]

    return language_of_script(script, candidates, choose_cyrillic)


_LINGUA: dict[frozenset[str], object] = {}
# Codes a site may use that the model names otherwise: Norwegian (`no`) is Bokmål to lingua.
_LINGUA_CODES = {"no": "nb"}
_SITE_CODES = {model: site for site, model in _LINGUA_CODES.items()}


def _detector(candidates: frozenset[str]):
    detector = _LINGUA.get(candidates)
    if detector is None:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        languages = []
        for code in sorted(candidates):
            iso = getattr(IsoCode639_1, _LINGUA_CODES.get(code, code).upper(), None)
            if iso is not None:
                try:
                    languages.append(Language.from_iso_code_639_1(iso))
                except Exception:  # a code lingua does not know
                    pass
        if len(languages) < 2:
            _LINGUA[candidates] = False
            return False
        detector = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
        _LINGUA[candidates] = detector
    return detector


@lru_cache(maxsize=65536)
def latin_or_model(text: str, candidates: frozenset[str]) -> tuple[str, float]:
    """(language, confidence) of a text among candidates that share its script."""
    if len(candidates) == 1:
        return next(iter(candidates)), 1.0
    detector = _detector(candidates)
    if not detector:
        return (sorted(candidates)[0] if candidates else "en"), 0.0
    values = detector.compute_language_confidence_values(text)
    if not values or values[0].value <= 0:
        return "", 0.0
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    return _SITE_CODES.get(code, code) if _SITE_CODES.get(code) in candidates else code, float(best.value)
