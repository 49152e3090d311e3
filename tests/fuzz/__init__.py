"""Fuzzing mdxlint: mutated real pages and generated MDX through the full lint.

Small runs are part of the test suite (``tests/test_fuzz.py``); large campaigns run on
demand::

    python -m tests.fuzz --count 100000 --seed 1 --time-limit 3600

The real corpora are read from ``../shared/corpus`` beside the repository (skipped
when absent; the grammar generators need nothing).
"""

from .campaign import Campaign, Failure, corpus_files, documents  # noqa: F401
