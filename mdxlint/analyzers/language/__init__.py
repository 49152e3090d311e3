"""Language analysis for the language-policy rules (LNG…).

- :mod:`.scripts`: letters, scripts, mixed-script words (LNG003/LNG004).
- :mod:`.units`: the prose units of a document and what each is written in (per file).
- :mod:`.identify`: language identification of a unit (script, then a model).
- :mod:`.policy`: the site-wide pass: expected language per folder, learned terms,
  untranslated pages.
"""

from mdxlint.analyzers.language.scripts import (  # noqa: F401  (the public helpers)
    CYRILLIC,
    CYRILLIC_TO_LATIN_LOOKALIKE,
    LATIN,
    LATIN_TO_CYRILLIC_LOOKALIKE,
    MIXED_BOUNDARY,
    WORD,
    frontmatter_spans,
    is_mixed,
    lookalike_fix,
    mixed_words,
    prose_spans,
    transliterate,
)
