# coding: utf-8
import sys
import warnings

import pytest

collect_ignore_glob = ["test_*.py"] if sys.version_info < (3, 6) else []

# A task ends at the next request or the simulator's next tick (10 ms), whichever comes first: no test waits
# in real time.  A test that must act while a task runs uses ``slow``.
TASK_SECONDS = 0


@pytest.fixture(scope="module")
def sim():
    """A simulator shared by a module's read-only tests."""
    from cloudtower_python_sdk.simulator import Simulator
    warnings.simplefilter("ignore", DeprecationWarning)
    s = Simulator(seed=0, task_seconds=TASK_SECONDS).start()
    yield s
    s.stop()


@pytest.fixture
def slow():
    """Tasks of 10 s on a manual clock: time moves by ``slow.advance(seconds)`` only."""
    from cloudtower_python_sdk.simulator import Simulator
    with Simulator(seed=0, task_seconds=10, clock="manual") as s:
        yield s


@pytest.fixture
def fresh():
    """A simulator of its own for a test that changes the world."""
    from cloudtower_python_sdk.simulator import Simulator
    s = Simulator(seed=0, task_seconds=TASK_SECONDS).start()
    yield s
    s.stop()


def pytest_configure(config):
    """The plugin's markers (it is registered by the installed package's entry point only)."""
    from cloudtower_python_sdk import pytest_plugin
    pytest_plugin.pytest_configure(config)


@pytest.fixture
def shape_checked(monkeypatch):
    """Every answer the engine gives during the test must have the shape of its operation's response
    schema (required fields, types, enums), checked with the SDK's own validator."""
    import json
    from cloudtower_python_sdk import types
    from cloudtower_python_sdk.simulator.engine import Engine
    handle, misshapen = Engine.handle, []

    def checked(self, op, body, *args, **kwargs):
        status, value = handle(self, op, body, *args, **kwargs)
        if op.returns:
            ctx = types.WireContext(validate=True, attribute_names=False, what=op.name)
            try:
                types.parse(op.returns).to_wire(json.loads(json.dumps(value)), ctx, [])
            except (TypeError, ValueError) as e:
                misshapen.append(str(e))
        return status, value
    monkeypatch.setattr(Engine, "handle", checked)
    yield
    assert misshapen == []
