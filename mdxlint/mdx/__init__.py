"""Layer 0, the MDX document model: text in, `Document` out (exact offsets).

Imports nothing from the rest of mdxlint."""
