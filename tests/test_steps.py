"""MDX106: Starlight's <Steps> holds one ordered list, as rehype-steps checks the rendered HTML."""

from __future__ import annotations

import pytest

from mdxlint import lint_text
from mdxlint.project.settings import Settings

ONLY = Settings(select=["MDX106"])
HEAD = "---\ntitle: Steps\n---\n\nimport { Steps } from '@astrojs/starlight/components';\n\n"


@pytest.mark.parametrize("body, expected", [
    ("<Steps>\n1. Install.\n2. Run.\n</Steps>\n", []),
    # An ordered list written as JSX renders one `<ol>`: what its items hold is theirs (a held-out site).
    ("<Steps>\n<ol>\n<li>\n\nInstall the package.\n\n</li>\n<li>\n\nRun the build.\n\n</li>\n</ol>\n</Steps>\n", []),
    ("<Steps>\n<ol><li>Install.</li></ol>\n</Steps>\n", []),
    ("<Steps>\n<ol>\n<li>Install.</li>\n</ol>\n\nAfter.\n</Steps>\n", ["holds 2 elements, a `<p>` here"]),
    ("<Steps>\n<ul>\n<li>Install.</li>\n</ul>\n</Steps>\n", ["holds a `<ul>` here"]),
    ("<Steps>\n<Custom />\n</Steps>\n", []),  # a component: what it renders is not known
    ("<Steps>\nJust text.\n</Steps>\n", ["holds a `<p>` here"]),
])
def test_steps_content(body, expected):
    found = [d.message.split(", not a single")[0].split("` ", 1)[1] for d in lint_text(HEAD + body, "a.mdx", ONLY)]
    assert found == expected
