from mdxlint.frontends.cli import run

run()
