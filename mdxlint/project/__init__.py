"""Layer 1, the project: settings, the course/site model, content schema, components.

Imports only `mdxlint.mdx`."""
