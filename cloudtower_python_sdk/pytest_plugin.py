# coding: utf-8
"""pytest fixtures backed by the local CloudTower simulator.

Registered as the ``cloudtower_simulator`` pytest plugin (setup.py entry
point), so a test suite only asks for the fixtures::

    def test_start(cloudtower_client, cloudtower_simulator):
        from cloudtower_python_sdk import VmApi
        vms = VmApi(cloudtower_client).get_vms({"where": {"status": "STOPPED"}, "first": 1})

* ``cloudtower_simulator``: a running ``Simulator`` (one per test function;
  seed 0, tasks of 0.1 s); ``sim.url``, ``sim.client``, ``sim.world``.
* ``cloudtower_client``: a logged-in ``ApiClient`` for it.
* ``cloudtower_simulator_session``: one simulator shared by the session.

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
    group.addoption("--cloudtower-task-seconds", type=float, default=0.1,
                    help="how long a simulated task takes (default 0.1 s)")
    group.addoption("--cloudtower-vms", type=int, default=None, help="number of VMs of the simulated world")


def _start(config):
    if sys.version_info < (3, 6):
        pytest.skip("the CloudTower simulator needs Python 3.6+")
    from cloudtower_python_sdk.simulator import Simulator
    return Simulator(seed=config.getoption("cloudtower_seed", 0),
                     vms=config.getoption("cloudtower_vms", None),
                     task_seconds=config.getoption("cloudtower_task_seconds", 0.1)).start()


@pytest.fixture
def cloudtower_simulator(request):
    """A fresh simulator for one test."""
    sim = _start(request.config)
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
