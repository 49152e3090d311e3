from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.configs.structured import JSON_LANGS, YAML_LANGS, read_json, read_yaml


class DuplicateKey(Rule):
    """The same key twice in one JSON or YAML mapping: refused by some readers, the later one wins in others.

    ## What it does
    Reports a key that appears a second time in the same object (JSON) or mapping
    (YAML), at the second occurrence, and names the line of the first. Variants
    shown one after another in a fence (a blank line, then a comment such as
    `# Хорошо` or `// Connector B`) are separate mappings.

    ## Why is this bad
    JSON parsers (`JSON.parse`, Python's, Jackson) keep the last value without a word,
    so the configuration does something other than what the reader sees first. Most
    YAML readers refuse the mapping outright (js-yaml, the `yaml` package, Go's yaml.v3
    behind Docker Compose and Kubernetes tools); PyYAML keeps the last value.

    ## Example
    ````mdx
    ```json
    {
      "snapshot.mode": "initial",
      "topic.prefix": "shop",
      "snapshot.mode": "never"
    }
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    {
      "snapshot.mode": "initial",
      "topic.prefix": "shop"
    }
    ```
    ````
    """

    code = "FNC005"
    name = "duplicate-key"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for fence in doc.fences:
            lang = fence.lang.lower()
            if lang in JSON_LANGS:
                duplicates = read_json(fence.body).duplicates
            elif lang in YAML_LANGS:
                duplicates = read_yaml(fence.body).duplicates
            else:
                continue
            for duplicate in duplicates:
                offset = fence.body_offset(duplicate.index)
                first = doc.source.position(fence.body_offset(duplicate.first_index))
                length = len(duplicate.key) + (2 if doc.text[offset : offset + 1] in "\"'" else 0)
                ctx.report(
                    offset,
                    offset + length,
                    f"the key `{duplicate.key}` appears again (first on line {first.line + 1}); "
                    + ("JSON readers keep the later value without a word" if lang in JSON_LANGS else
                       "most YAML readers refuse the mapping (js-yaml, Go's yaml.v3), and PyYAML keeps the later value"),
                )
