# coding: utf-8
"""pytest fixtures backed by the local CloudTower simulator.

Registered as the ``cloudtower_simulator`` pytest plugin (setup.py entry
point), so a test suite only asks for the fixtures::

    def test_start(cloudtower_client, cloudtower_simulator):
        from cloudtower_python_sdk import VmApi
        vms = VmApi(cloudtower_client).get_vms({"where": {"status": "STOPPED"}, "first": 1})

* ``cloudtower_simulator``: a running ``Simulator`` (one per test function;
  seed 0, tasks that end at the next request); ``sim.url``, ``sim.client``,
  ``sim.world``, ``sim.add_fault(...)``, ``sim.advance(...)``.
* ``cloudtower_client``: a logged-in ``ApiClient`` for it.
* ``cloudtower_simulator_session``: one simulator shared by the session.

Markers: ``@pytest.mark.cloudtower_faults("get-vms:503:2", ...)`` gives the
test's simulator these fault rules; ``@pytest.mark.cloudtower_clock("manual")``
a manual clock (time moves by ``sim.advance(seconds)``), with
``task_seconds=`` to give the tasks a length.

Options: ``--cloudtower-seed``, ``--cloudtower-task-seconds``, ``--cloudtower-vms``.
The simulator needs Python 3.6+; on older Pythons the fixtures skip the test.
This module itself stays importable on Python 2.7, because pytest loads it
wherever the package is installed.
"""
import sys

import pytest


def pytest_addoption(parser):
    group = parser.getgroup("cloudtower", "CloudTower simulator")
    group.addoption("--cloudtower-seed", type=int, default=0, help="seed of the simulated CloudTower world")
    group.addoption("--cloudtower-task-seconds", type=float, default=0.0,
                    help="how long a simulated task takes (default 0: it ends at the next request)")
    group.addoption("--cloudtower-vms", type=int, default=None, help="number of VMs of the simulated world")


def pytest_configure(config):
    config.addinivalue_line("markers", "cloudtower_faults(*rules): fault rules (OPS:EFFECT[:COUNT]) for the "
                                       "test's cloudtower_simulator")
    config.addinivalue_line("markers", "cloudtower_clock(clock, task_seconds=None): 'manual' or 'wall' clock "
                                       "for the test's cloudtower_simulator")
    _keep_the_sdk_out_of_assertion_rewriting(config)


def _keep_the_sdk_out_of_assertion_rewriting(config):
    # pytest rewrites the asserts of every package of a distribution that ships a plugin, so each SDK module a
    # test imported (up to 1,900 models) was parsed, walked and compiled again: seconds of a test run, for code
    # with no assert to explain.  Only the plugin itself is pytest's business.  (A private set of pytest's,
    # hence the guards: without it, modules are merely rewritten as before.)
    marked = getattr(getattr(config.pluginmanager, "rewrite_hook", None), "_must_rewrite", None)
    if isinstance(marked, set):
        marked.difference_update(("cloudtower_python_sdk", "cloudtower"))


def _start(config, node=None):
    if sys.version_info < (3, 6):
        pytest.skip("the CloudTower simulator needs Python 3.6+")
    from cloudtower_python_sdk.simulator import Simulator
    faults, clock = [], None
    task_seconds = config.getoption("cloudtower_task_seconds", 0.0)
    if node is not None:
        for mark in node.iter_markers("cloudtower_faults"):
            faults.extend(mark.args)
        mark = node.get_closest_marker("cloudtower_clock")
        if mark is not None:
            clock = mark.args[0] if mark.args else "manual"
            task_seconds = mark.kwargs.get("task_seconds", task_seconds)
    return Simulator(seed=config.getoption("cloudtower_seed", 0), vms=config.getoption("cloudtower_vms", None),
                     task_seconds=task_seconds, faults=faults, clock=clock).start()


@pytest.fixture
def cloudtower_simulator(request):
    """A fresh simulator for one test (see the markers above)."""
    sim = _start(request.config, request.node)
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture(scope="session")
def cloudtower_simulator_session(request):
    """One simulator shared by the whole session (its world changes as tests run)."""
    sim = _start(request.config)
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def cloudtower_client(cloudtower_simulator):
    """A logged-in ApiClient (root) for ``cloudtower_simulator``."""
    return cloudtower_simulator.new_client()
