from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.configs.structured import YAML_LANGS, read_yaml, shown_text


class InvalidYaml(Rule):
    """YAML fence that does not parse.

    ## What it does
    Parses every `yaml`/`yml` fence (several documents separated by `---` are fine, and so is
    a bare document after a `...` end marker, as YAML 1.2 readers such as js-yaml take it)
    and reports the first error at the line and column YAML names. On sites whose
    highlighter is Expressive Code (Starlight), a file-name comment in the first lines
    (`<!-- application.yml -->`) is not read: Expressive Code shows it as the title and
    removes it. Where PyYAML runs without libyaml, its refusal of tabs that libyaml
    accepts gives no finding. A tag of the reading program's own (`!secret`, `!Ref`) is
    valid YAML: its value is read as if untagged.

    ## Why is this bad
    Students apply these manifests and configs as they are; YAML that does not parse
    is rejected by `kubectl`, Docker Compose or Debezium Server, often with a message
    that points elsewhere.

    ## Example
    ````mdx
    ```yaml
    services:
      kafka:
        image: quay.io/debezium/kafka:2.5
         ports: ["9092:9092"]
    ```
    ````

    ## Use instead
    ````mdx
    ```yaml
    services:
      kafka:
        image: quay.io/debezium/kafka:2.5
        ports: ["9092:9092"]
    ```
    ````
    """

    code = "FNC004"
    name = "invalid-yaml"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for fence in doc.fences:
            if fence.lang.lower() not in YAML_LANGS:
                continue
            reading = read_yaml(shown_text(fence.body, ctx.settings.site))
            if reading.error is not None:
                offset = fence.body_offset(reading.error.index)
                ctx.report(offset, offset + 1, reading.error.message)

