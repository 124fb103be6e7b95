# coding: utf-8
"""The hand-written modules form layers that import only downward, deferred imports included.

Runtime, bottom to top: exceptions -> types -> models -> operations -> client -> helpers -> the package.
A module may import its own layer's modules only if the graph stays acyclic; compatibility aliases
register themselves with the runtime (the runtime never imports them).  The simulator's modules form
an acyclic graph too.  The check reads the source (``ast``), so imports inside functions count.
"""
import ast
import os
import sys

import pytest

from helpers import ROOT

# A check of the source, the same on every Python; the simulator's source is Python 3 only.
pytestmark = pytest.mark.skipif(sys.version_info < (3, 6), reason="reads the Python 3 source of the simulator")

PACKAGE = "cloudtower_python_sdk"
PKG_DIR = os.path.join(ROOT, PACKAGE)

# Layer of each hand-written runtime module (the generated ``api`` and ``models`` packages are
# placed as a whole).  Unknown modules fail the test, so a new module must be given a place here.
LAYERS = [
    ("base", ["_version", "_redact", "exceptions"]),
    ("types", ["types", "_lazy"]),
    ("models", ["model_base", "models"]),
    ("operations", ["api_base", "api", "_aliases"]),
    ("client", ["configuration", "_deadline", "_retry", "rest", "api_client"]),
    ("helpers", ["utils", "auth", "pagination", "watch", "image_utils", "env", "pytest_plugin",
                 "simulator"]),
    ("package", ["__init__"]),
]
RANK = dict((module, i) for i, (_, modules) in enumerate(LAYERS) for module in modules)


def _module_of(path, package_dir, package):
    rel = os.path.relpath(path, package_dir)[:-3].replace(os.sep, ".")
    return package if rel == "__init__" else package + "." + (rel[:-9] if rel.endswith(".__init__") else rel)


def _imports(path, module, is_package):
    """Absolute names this file imports (``from . import x`` gives ``pkg.x``), anywhere in the file."""
    with open(path, "rb") as f:
        tree = ast.parse(f.read(), path)
    here = module.split(".") if is_package else module.split(".")[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = here[:len(here) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            # ``from pkg import name``: the submodule pkg.name if there is one, else pkg itself.
            found.update((target + "." + alias.name, target) for alias in node.names)
    return found


def _graph(package_dir, package, skip=()):
    """{module: set of modules of the same package it imports}, for hand-written files."""
    files = {}
    for dirpath, dirnames, filenames in os.walk(package_dir):
        dirnames[:] = [d for d in dirnames if d not in skip and d != "__pycache__"]
        for name in filenames:
            if name.endswith(".py"):
                path = os.path.join(dirpath, name)
                files[_module_of(path, package_dir, package)] = path
    graph = {}
    for module, path in files.items():
        edges = set()
        for name in _imports(path, module, path.endswith("__init__.py")):
            if isinstance(name, tuple):
                name = name[0] if _place(name[0], files, package, skip) else name[1]
            edges.add(_place(name, files, package, skip))
        graph[module] = set(n for n in edges if n and n != module)
    return graph


def _place(name, files, package, skip):
    """The node ``name`` belongs to: a hand-written module, a skipped sub-package as a whole, or None."""
    if name in files:
        return name
    for sub in skip:
        whole = package + "." + sub
        if name == whole or name.startswith(whole + "."):
            return whole
    return None


def _cycle(graph):
    """One import cycle as a list of modules, or None."""
    state = {}

    def visit(node, stack):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt, stack)
                if found:
                    return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def _runtime_graph():
    graph = _graph(PKG_DIR, PACKAGE, skip=("api", "models", "simulator"))
    # The generated packages are one node each, with the imports of their index and of their first
    # module (every generated module has the same imports); the simulator is one node of the helpers.
    files = dict((m, m) for m in graph)
    for generated in ("api", "models", "simulator"):
        node = PACKAGE + "." + generated
        edges = graph.setdefault(node, set())
        if generated == "simulator":
            continue
        folder = os.path.join(PKG_DIR, generated)
        first = sorted(n for n in os.listdir(folder) if n.endswith(".py") and n != "__init__.py")[0]
        for name in ("__init__.py", first):
            for imported in _imports(os.path.join(folder, name), node + "." + name[:-3], name == "__init__.py"):
                if isinstance(imported, tuple):
                    imported = imported[0] if imported[0] in files else imported[1]
                target = _place(imported, files, PACKAGE, ("api", "models", "simulator"))
                if target and target != node:
                    edges.add(target)
    return graph


def _short(module):
    parts = module.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


def test_every_runtime_module_has_a_layer():
    missing = sorted(set(_short(m) for m in _runtime_graph()) - set(RANK))
    assert not missing, "give these modules a layer in test_layers.LAYERS: %s" % missing


def test_runtime_imports_only_downward():
    upward = []
    for module, targets in sorted(_runtime_graph().items()):
        for target in sorted(targets):
            if RANK[_short(target)] > RANK[_short(module)]:
                upward.append("%s -> %s" % (module, target))
    assert not upward, "imports that go up a layer:\n  " + "\n  ".join(upward)


def test_runtime_has_no_import_cycle():
    graph = _runtime_graph()
    collapsed = {}
    for module, targets in graph.items():
        collapsed.setdefault(_short(module), set()).update(_short(t) for t in targets if _short(t) != _short(module))
    cycle = _cycle(collapsed)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_simulator_has_no_import_cycle():
    graph = _graph(os.path.join(PKG_DIR, "simulator"), PACKAGE + ".simulator")
    for module in list(graph):  # a package's __init__ re-exporting its modules is not a cycle
        if module.endswith(".simulator"):
            graph[module] = set()
    cycle = _cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_checker_sees_deferred_imports():
    graph = {"a": {"b"}, "b": {"a"}}
    assert _cycle(graph) == ["a", "b", "a"]
    graph = _runtime_graph()
    assert PACKAGE + ".api" in graph[PACKAGE + ".utils"]  # imported inside a function
    assert PACKAGE + ".model_base" in graph[PACKAGE + ".models"]  # a generated module's import
