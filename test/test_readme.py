# coding: utf-8
"""README.md's code is the code of examples/, so the two cannot drift apart.

* A ```python block right after ``<!-- example: examples/NAME.py -->`` is that
  script without its docstring, exactly.  ``python test/test_readme.py --update``
  rewrites those blocks from the scripts.
* Every other ```python block appears (whitespace-normalized) in some example.
* Every example is named in README.md, and all but the helper and the quick start are shown.
* The two commands CI and newcomers depend on are where ``.ci/run`` looks for them.

Runs on every supported Python (it only reads files).
"""
from __future__ import absolute_import

import io
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
READMES = [p for p in ("README.md", "README.en.md") if os.path.exists(os.path.join(ROOT, p))]
MARKER = re.compile(r"<!-- example: (examples/[\w.]+\.py) -->\n```python\n(.*?)```\n", re.S)
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.S | re.M)
TEST_COMMAND = "python -m pip install -e . -r test-requirements.txt && python -m pytest"


def read(path):
    with io.open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def example_files():
    return sorted("examples/" + f for f in os.listdir(EXAMPLES) if f.endswith(".py"))


def body(path):
    """The script as shown in the README: without the coding line and the module docstring."""
    lines = read(path).splitlines(True)
    i = 0
    if lines and lines[0].startswith("# coding"):
        i = 1
    if i < len(lines) and lines[i].startswith('"""'):
        if not (lines[i].rstrip().endswith('"""') and len(lines[i].strip()) > 3):
            i += 1
            while not lines[i].rstrip().endswith('"""'):
                i += 1
        i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    return "".join(lines[i:])


def normalize(code):
    return "\n".join(line.strip() for line in code.splitlines() if line.strip())


def update(readme):
    text = read(readme)
    new = MARKER.sub(lambda m: "<!-- example: %s -->\n```python\n%s```\n" % (m.group(1), body(m.group(1))), text)
    if new != text:
        with io.open(os.path.join(ROOT, readme), "w", encoding="utf-8") as f:
            f.write(new)
    return new != text


# -- tests -------------------------------------------------------------------------------

def test_marked_blocks_are_the_examples():
    for readme in READMES:
        found = MARKER.findall(read(readme))
        assert found or readme != "README.md", "README.md shows no example"  # README.en.md shows excerpts
        for path, code in found:
            assert code == body(path), ("%s: the block after <!-- example: %s --> differs from the script; "
                                        "run python test/test_readme.py --update" % (readme, path))


def test_every_python_block_comes_from_an_example():
    examples = dict((path, "\n" + normalize(read(path)) + "\n") for path in example_files())
    for readme in READMES:
        for code in BLOCK.findall(read(readme)):
            wanted = "\n" + normalize(code) + "\n"
            assert any(wanted in text for text in examples.values()), (
                "%s has a python block that is in no file of examples/:\n%s" % (readme, code))


def test_every_example_is_in_the_readme():
    text = read("README.md")
    shown = set(path for path, _ in MARKER.findall(text))
    for path in example_files():
        assert path in text, "README.md does not mention %s" % path
        if not os.path.basename(path).startswith("_") and path != "examples/quickstart.py":
            assert path in shown, "README.md does not show %s" % path


def test_commands_at_the_top():
    text = read("README.md")
    lines = text.splitlines()
    for marker in ("<!-- quickstart-command -->", "<!-- test-command -->"):
        i = lines.index(marker)
        assert lines[i + 1] == "```shell", marker
    quick = lines[lines.index("<!-- quickstart-command -->") + 2]
    assert "examples/quickstart.py" in quick and "pip install" in quick
    assert lines[lines.index("<!-- test-command -->") + 2] == TEST_COMMAND
    assert text.index("<!-- test-command -->") < text.index("\n## ", text.index("\n## ") + 1)  # near the top


def test_links_to_docs_exist():
    for readme in READMES:
        for target in re.findall(r"\]\(((?:docs|examples|cloudtower_python_sdk)/[^)#\s]+)", read(readme)):
            assert os.path.exists(os.path.join(ROOT, target)), "%s links to missing %s" % (readme, target)


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        for name in READMES:
            print("%s: %s" % (name, "updated" if update(name) else "up to date"))
    else:
        print(__doc__)
