# coding: utf-8
"""Size limits of the hand-written code: no function over 80 lines, no module over 600 lines.

Hand-written is every ``.py`` of the repository except the generated
``cloudtower_python_sdk/api/`` and ``cloudtower_python_sdk/models/`` (checked
to carry the generator's "do not edit" header, so nothing hand-written hides
there), test data and virtual environments.  The runtime, the simulator,
``codegen/``, ``examples/``, ``benchmarks/`` and the tests all count: a reader
meets them all.

A function counts from its ``def`` line to its last line (decorators aside),
a module by its lines.  There are no exceptions.
"""
from __future__ import absolute_import

import ast
import io
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_FUNCTION_LINES = 80
MAX_MODULE_LINES = 600
GENERATED = ("cloudtower_python_sdk/api", "cloudtower_python_sdk/models")
NOT_CODE = ("test/data", "benchmarks/.venvs", "build", "dist")

needs_end_lineno = pytest.mark.skipif(sys.version_info < (3, 8),
                                      reason="function lengths need ast end_lineno (Python 3.8+)")


def python_files(skip):
    """Repository-relative paths of the ``.py`` files outside the folders in ``skip``."""
    found = []
    for folder, dirs, files in os.walk(ROOT):
        rel = os.path.relpath(folder, ROOT).replace(os.sep, "/")
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__"
                         and not d.endswith(".egg-info") and _join(rel, d) not in skip)
        found.extend(_join(rel, f) for f in sorted(files) if f.endswith(".py"))
    return found


def _join(folder, name):
    return name if folder == "." else folder + "/" + name


def read(path):
    with io.open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def in_generated(path):
    return path.startswith(tuple(folder + "/" for folder in GENERATED))


def hand_written():
    return python_files(GENERATED + NOT_CODE)


def long_functions(path):
    """``(name, first line, lines)`` of each function of ``path`` over the limit."""
    out = []
    for node in statements(ast.parse(read(path), path).body):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines = node.end_lineno - node.lineno + 1
            if lines > MAX_FUNCTION_LINES:
                out.append((node.name, node.lineno, lines))
    return out


def statements(body):
    """Every statement in ``body``, nested ones included (functions are statements; expressions are skipped,
    which keeps the walk over the whole project quick)."""
    for node in body:
        yield node
        for field in ("body", "orelse", "finalbody", "handlers"):
            inner = getattr(node, field, None)
            if isinstance(inner, list):
                for child in statements(inner):
                    yield child


def test_the_generated_folders_hold_only_generated_code():
    generated = [p for p in python_files(NOT_CODE) if in_generated(p)]
    assert len(generated) > 2000
    hand = [p for p in generated if "do not edit" not in read(p)[:400]]
    assert not hand, "hand-written files among the generated code (the limits skip them): %s" % hand


@needs_end_lineno
def test_no_function_over_80_lines():
    found = ["%s:%d %s() has %d lines" % ((path, line, name, lines))
             for path in hand_written() for name, line, lines in long_functions(path)]
    assert not found, "split these functions (at most %d lines):\n%s" % (MAX_FUNCTION_LINES, "\n".join(found))


def test_no_module_over_600_lines():
    sizes = dict((path, len(read(path).splitlines())) for path in hand_written())
    over = ["%s has %d lines" % (path, n) for path, n in sorted(sizes.items()) if n > MAX_MODULE_LINES]
    assert not over, "split these modules (at most %d lines):\n%s" % (MAX_MODULE_LINES, "\n".join(over))


def test_the_walk_sees_every_part_of_the_project():
    files = hand_written()
    for part in ("cloudtower_python_sdk/api_client.py", "cloudtower_python_sdk/simulator/engine.py",
                 "codegen/__main__.py", "examples/dashboard.py", "benchmarks/run.py", "test/test_hygiene.py"):
        assert part in files, part
    assert not [p for p in files if in_generated(p)]
