"""Front ends over `mdxlint.api`: command line, language server, reporters, plan verifier."""
