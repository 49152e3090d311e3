"""Python fences read as one notebook per lesson."""
