"""FM: frontmatter and the content collection schema."""
