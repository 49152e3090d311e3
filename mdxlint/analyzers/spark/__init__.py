"""The Spark Structured Streaming model of a lesson's Python fences."""
