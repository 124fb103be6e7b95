# coding: utf-8
import sys
import warnings

import pytest

collect_ignore_glob = ["test_*.py"] if sys.version_info < (3, 6) else []

TASK_SECONDS = 0  # a task ends at the next request: no test waits in real time


@pytest.fixture(scope="module")
def sim():
    """A simulator shared by a module's read-only tests."""
    from cloudtower_python_sdk.simulator import Simulator
    warnings.simplefilter("ignore", DeprecationWarning)
    s = Simulator(seed=0, task_seconds=TASK_SECONDS).start()
    yield s
    s.stop()


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
