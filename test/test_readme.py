# coding: utf-8
"""Every ```python block of README.md and README.en.md runs as pasted, and does what it says.

How to add a block (the convention every README section follows)
----------------------------------------------------------------

* A ```python block is a complete script: pasted into an empty file, it runs
  with only ``CLOUDTOWER_ENDPOINT`` (``https://tower.example.com/v2/api``),
  ``CLOUDTOWER_USERNAME`` and ``CLOUDTOWER_PASSWORD`` set.  It connects the
  way the 1.9.0 usage guide taught (``Configuration(host=...)``, ``ApiClient``,
  ``utils.login``) and finds the ids it needs with the SDK, in the block.
  A block that changes VMs changes only VMs it created itself, named
  ``sdk-example-...``, so it is safe against a real CloudTower.
* The line right before the block is one marker:

  ``<!-- example: examples/NAME.py -->``
      the block is that script without its coding line and docstring
      (``python test/test_readme.py --update`` rewrites such blocks from the
      scripts); ``CHECKS["NAME"]`` checks it.
  ``<!-- check: NAME -->``
      a block of its own; ``CHECKS["NAME"]`` checks it.
  ``<!-- norun: why -->``
      not run, only compiled (e.g. it needs your proxy or CA file).

  A ```python block without a marker, a marker naming no check and a check
  no block uses all fail ``test_every_block_is_marked_and_checked``.
* A check is a function of ``test/readme_checks.py`` registered with
  ``@check("NAME", ...)``; it gets a :class:`Run`: ``run.out`` (stdout),
  ``run.sim`` / ``run.world`` (the simulator), ``run.new("Vm", name=...)``
  (records created while the block ran), ``run.dir`` (the block's folder).
  It asserts the block's *effect* in the simulator's world, not merely that
  it printed something.  A check that starts a process of its own may return
  a function that finishes it: that runs after the other blocks (meanwhile).

Each block is written alone into an empty temporary folder and run from there
as ``__main__`` against a simulator (``Simulator(seed=0, vms=120,
task_seconds=0)``, root/root), with only the ``CLOUDTOWER_*`` variables
given, and checked right after it ran (a check sees the world as the block
left it; the blocks run one after another).  Using a name the SDK deprecates
from the block's own lines is an error (``-W error::DeprecationWarning:__main__``).
Most blocks run in this process (starting Python and importing the SDK again
for each would cost most of the suite's time); ``SUBPROCESS`` names the few
that run as ``python snippet.py`` (``PYTHONPATH`` = this checkout, as if
installed): the first block, proving the paste-and-run path, and those that
configure logging for the whole process.
On Python 2.7 (no simulator) the blocks are compiled only.

The README's quick-start command (``python examples/quickstart.py``, not a block) runs too, as a newcomer runs
it: with no ``CLOUDTOWER_*`` variables it starts the embedded simulator itself, in a process started with this
module, whose tasks take their second each while the blocks run.
"""
from __future__ import absolute_import

import io
import os
import re
import subprocess
import sys
import threading
import traceback
import warnings

import pytest
import six

pytest.register_assert_rewrite("readme_checks")  # its assertions explain themselves, as in a test module
from readme_checks import CHECKS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
READMES = ("README.md", "README.en.md")
MARKER = re.compile(r"<!-- example: (examples/[\w.]+\.py) -->\n```python\n(.*?)```\n", re.S)
BLOCK = re.compile(r"^(?P<before>[^\n]*)\n```python\n(?P<code>.*?)^```$", re.S | re.M)
BLOCK_MARKER = re.compile(r"<!-- (?:example: examples/(?P<example>\w+)\.py"
                          r"|check: (?P<check>[\w-]+)|norun: (?P<why>.+)) -->$")
TEST_COMMAND = "python -m pip install -e . -r test-requirements.txt && python -m pytest -n auto --dist loadfile"
GiB = 1024 ** 3

needs_simulator = pytest.mark.skipif(sys.version_info < (3, 6), reason="the CloudTower simulator needs Python 3.6+")


@pytest.fixture(scope="module", autouse=True)
def newcomer_quickstart():
    """The README's quick-start, ``python examples/quickstart.py``, with no CLOUDTOWER_* variables, started as
    this module starts: on the embedded simulator each of its two tasks takes a second, and the README's blocks
    run meanwhile.  ``test_quickstart_as_a_newcomer_runs_it`` (the module's last test) reads what it printed."""
    if sys.version_info < (3, 6):
        yield None
        return
    env = dict((k, v) for k, v in os.environ.items() if not k.startswith("CLOUDTOWER_"))
    env["PYTHONPATH"] = os.pathsep.join([ROOT] + [p for p in [env.get("PYTHONPATH")] if p])
    proc = subprocess.Popen([sys.executable, os.path.join(EXAMPLES, "quickstart.py")], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        yield proc
    finally:
        if proc.poll() is None:  # the test did not run (deselected) or failed early
            proc.kill()
            proc.communicate()


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


def update(readme):
    text = read(readme)
    new = MARKER.sub(lambda m: "<!-- example: %s -->\n```python\n%s```\n" % (m.group(1), body(m.group(1))), text)
    if new != text:
        with io.open(os.path.join(ROOT, readme), "w", encoding="utf-8") as f:
            f.write(new)
    return new != text


class Block(object):
    def __init__(self, readme, line, marker, code):
        self.readme, self.line, self.code = readme, line, code
        m = BLOCK_MARKER.match(marker.strip())
        self.check = m and (m.group("example") or m.group("check"))
        self.norun = m and m.group("why")
        self.marked = bool(m)

    @property
    def id(self):
        return "%s:%d:%s" % (self.readme, self.line, self.check or ("norun" if self.norun else "unmarked"))


def blocks():
    found = []
    for readme in READMES:
        text = read(readme)
        for m in BLOCK.finditer(text):
            found.append(Block(readme, text.count("\n", 0, m.start()) + 2, m.group("before"), m.group("code")))
    return found


BLOCKS = blocks()
RUNNABLE = [b for b in BLOCKS if b.check]


# -- running a block -----------------------------------------------------------------------

class Run(object):
    """One block's run: its output, and what it created in the simulator's world."""

    def __init__(self, sim, block, folder, before, out):
        self.sim, self.world, self.block, self.dir, self.out = sim, sim.world, block, folder, out
        self._before = before

    def new(self, type_name, **equals):
        """Records of ``type_name`` created while the block ran (and still there), oldest first."""
        old = self._before.get(type_name, ())
        with self.sim.engine.lock:
            new_ids = [id_ for id_ in self.sim.engine.store.tables.get(type_name, {}) if id_ not in old]
        records = [self.world.get(type_name, id_) for id_ in new_ids]  # rendering only the new ones
        return [r for r in records if r is not None and all(r.get(k) == v for k, v in equals.items())]

    def one(self, type_name, **equals):
        found = self.new(type_name, **equals)
        assert len(found) == 1, "expected one new %s %s, found %d" % (type_name, equals, len(found))
        return found[0]

    def count_before(self, type_name):
        return len(self._before.get(type_name, ()))


def run_block(sim, block, folder):
    path = os.path.join(folder, "snippet.py")
    with io.open(path, "w", encoding="utf-8") as f:
        f.write(block.code)
    env = {"CLOUDTOWER_ENDPOINT": sim.url, "CLOUDTOWER_USERNAME": "root", "CLOUDTOWER_PASSWORD": "root"}
    with sim.engine.lock:
        sim.engine.settle(force=True)
        before = dict((t, set(table)) for t, table in sim.engine.store.tables.items())
    if block.check in SUBPROCESS:
        out = run_in_subprocess(block, path, env)
    else:
        out = run_in_process(block, path, env)
    return Run(sim, block, folder, before, out)


def run_in_subprocess(block, path, env):
    """``python snippet.py`` in the block's folder, as a user runs a pasted script."""
    env = dict([(k, v) for k, v in os.environ.items() if not k.startswith("CLOUDTOWER_") and k != "PYTHONWARNINGS"]
               + list(env.items()), PYTHONIOENCODING="utf-8")
    env["PYTHONPATH"] = os.pathsep.join([ROOT] + [p for p in [env.get("PYTHONPATH")] if p])
    proc = subprocess.Popen([sys.executable, "-W", "error::DeprecationWarning:__main__", path],
                            cwd=os.path.dirname(path), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(timeout=120)  # a hang guard only
    out, err = out.decode("utf-8"), err.decode("utf-8")
    assert proc.returncode == 0, "%s exited with %s:\n%s\n%s" % (block.id, proc.returncode, out, err)
    return out


def run_in_process(block, path, env):
    """What ``python -W error::DeprecationWarning:__main__ snippet.py`` does, without starting Python again.

    The file runs as ``__main__`` from its empty folder, with only the ``CLOUDTOWER_*`` variables given, its
    output captured, the SDK's deprecation warnings at its own lines errors.  A block must leave the process as
    it found it (no logging configured, no thread still running), or it runs in a subprocess (``SUBPROCESS``).
    """
    import contextlib
    saved = os.getcwd(), sys.argv, dict(os.environ)
    logging_before, threads_before = logging_state(), set(threading.enumerate())
    out, err = io.StringIO(), io.StringIO()
    namespace = {"__name__": "__main__", "__file__": path}
    try:
        for name in [k for k in os.environ if k.startswith("CLOUDTOWER_")]:
            del os.environ[name]
        os.environ.update(env)
        os.chdir(os.path.dirname(path))
        sys.argv = [path]
        with warnings.catch_warnings(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            warnings.filterwarnings("error", category=DeprecationWarning, module="__main__")
            with io.open(path, encoding="utf-8") as f:
                exec(compile(f.read(), path, "exec"), namespace)
    except SystemExit as e:
        assert e.code in (None, 0), "%s exited with %s:\n%s\n%s" % (block.id, e.code, out.getvalue(), err.getvalue())
    except Exception:
        raise AssertionError("%s failed:\n%s\nstdout:\n%s\nstderr:\n%s"
                             % (block.id, traceback.format_exc(), out.getvalue(), err.getvalue()))
    finally:
        os.chdir(saved[0])
        sys.argv = saved[1]
        os.environ.clear()
        os.environ.update(saved[2])
    assert logging_state() == logging_before, "%s configures logging: add it to SUBPROCESS" % block.id
    running = [t for t in threading.enumerate() if t not in threads_before and not t.daemon]
    assert not running, "%s leaves threads running (a script would wait for them at exit): %s" % (block.id, running)
    return out.getvalue()


def logging_state():
    import logging
    loggers = [logging.getLogger(), logging.getLogger("urllib3")] + [
        logging.getLogger(name) for name in list(logging.root.manager.loggerDict) if name.startswith("cloudtower")]
    return [(logger.name, logger.level, list(logger.handlers)) for logger in loggers]


# Run as true subprocesses: the paste-and-run path itself (the first block), and the blocks that configure
# logging for the whole process.  Every other block runs in-process, the same way (see run_in_process).
SUBPROCESS = frozenset(["client", "logging", "en_logging"])


@pytest.fixture(scope="module")
def block_failures(request, tmp_path_factory):
    """Run the blocks this session selected, one after another against one simulator, and check each right after
    it ran, while the world is as the block left it.  ``{block id: None or the exc_info of its failure}``."""
    from cloudtower_python_sdk.simulator import Simulator
    selected = [item.callspec.params["block"] for item in request.session.items
                if "block" in getattr(getattr(item, "callspec", None), "params", {})]
    failures, pending = {}, []
    with Simulator(seed=0, vms=120, task_seconds=0) as sim:
        for block in selected:
            try:
                rest = CHECKS[block.check](run_block(sim, block, str(tmp_path_factory.mktemp("block"))))
                if callable(rest):  # a check that waits on a process of its own finishes after the others
                    pending.append((block, rest))
                failures[block.id] = None
            except Exception:
                failures[block.id] = sys.exc_info()
        for block, rest in pending:
            try:
                rest()
            except Exception:
                failures[block.id] = sys.exc_info()
        yield failures


# -- the tests -------------------------------------------------------------------------------

def test_every_block_is_marked_and_checked():
    unmarked = [b.id for b in BLOCKS if not b.marked]
    assert not unmarked, "python blocks without <!-- example: -->, <!-- check: --> or <!-- norun: --> before them: %s" \
        % unmarked
    used = set(b.check for b in RUNNABLE)
    assert not used - set(CHECKS), "blocks name checks that do not exist: %s" % sorted(used - set(CHECKS))
    assert not set(CHECKS) - used, "checks no block uses: %s" % sorted(set(CHECKS) - used)


def test_marked_blocks_are_the_examples():
    for readme in READMES:
        for path, code in MARKER.findall(read(readme)):
            assert code == body(path), ("%s: the block after <!-- example: %s --> differs from the script; "
                                        "run python test/test_readme.py --update" % (readme, path))


def test_every_example_is_in_the_readme():
    text = read("README.md")
    shown = set(path for path, _ in MARKER.findall(text))
    for path in example_files():
        assert path in text, "README.md does not mention %s" % path
        if path != "examples/quickstart.py":
            assert path in shown, "README.md does not show %s" % path


def test_blocks_compile():
    """On every Python, 2.7 included: each block is valid source for it."""
    for block in BLOCKS:
        compile(block.code, block.id, "exec")


def test_blocks_connect_as_the_guide_taught():
    """``Configuration(host=<CLOUDTOWER_ENDPOINT>)`` or the SDK's ``client_from_env()``, no helper module (the runs
    show that nothing else is needed)."""
    for block in BLOCKS:
        if block.check in ("simulator_script", "en_simulator", "test_with_simulator", "en_pytest"):
            continue  # these start a simulator of their own
        assert (re.search(r"Configuration\(\s*host=", block.code) and 'os.environ["CLOUDTOWER_ENDPOINT"]' in block.code
                or "client_from_env()" in block.code), block.id
        assert not re.search(r"^(from|import) _", block.code, re.M), block.id


@needs_simulator
@pytest.mark.parametrize("block", RUNNABLE, ids=[b.id for b in RUNNABLE])
def test_block_runs_and_does_what_it_says(block, block_failures):
    failure = block_failures[block.id]
    if failure is not None:
        six.reraise(*failure)


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
        for target in re.findall(r"\]\(((?:docs|examples|cloudtower_python_sdk|[A-Z]+\w*\.md|LICENSE)[^)#\s]*)",
                                 read(readme)):
            assert os.path.exists(os.path.join(ROOT, target)), "%s links to missing %s" % (readme, target)



@needs_simulator
def test_quickstart_as_a_newcomer_runs_it(newcomer_quickstart):
    """No CLOUDTOWER_* variables: the script starts the embedded simulator itself."""
    out = newcomer_quickstart.communicate(timeout=120)[0].decode("utf-8")  # a hang guard only
    assert newcomer_quickstart.returncode == 0, out
    assert "using the embedded simulator" in out
    assert "  SUCCESSED  " in out  # the bar is drawn on a terminal only (utils.progress_bar); this is a pipe
    assert out.rstrip().splitlines()[-1].split()[:2] == ["sdk-example-quickstart", "RUNNING"]


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        for name in READMES:
            print("%s: %s" % (name, "updated" if update(name) else "up to date"))
    else:
        print(__doc__)
