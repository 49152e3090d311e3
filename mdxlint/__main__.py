from mdxlint.frontends.entry import run

run()
