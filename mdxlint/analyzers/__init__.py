"""Layer 2, domain analyzers the rules ask: Python and Spark, configs and Debezium, language.

Imports `mdxlint.mdx` and `mdxlint.project`."""
