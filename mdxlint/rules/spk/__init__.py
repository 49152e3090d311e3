"""SPK: Spark Structured Streaming semantics."""
