# coding: utf-8
"""The pytest fixtures users get (imported here, since the plugin is registered only when the SDK is installed)."""
import pytest

from cloudtower_python_sdk import TaskApi, VmApi
from cloudtower_python_sdk.pytest_plugin import cloudtower_client, cloudtower_simulator  # noqa: F401
from cloudtower_python_sdk.utils import wait_tasks


def test_fixtures(cloudtower_client, cloudtower_simulator):  # noqa: F811
    vm_api = VmApi(cloudtower_client)
    vm = vm_api.get_vms({"where": {"status": "RUNNING"}, "first": 1})[0]
    wait_tasks([t.task_id for t in vm_api.suspend_vm({"where": {"id": vm.id}})], cloudtower_client, interval=0.02)
    assert cloudtower_simulator.world.get("Vm", vm.id)["status"] == "SUSPENDED"


@pytest.mark.cloudtower_clock("manual", task_seconds=10)
def test_the_clock_marker(cloudtower_client, cloudtower_simulator):  # noqa: F811
    vm_api = VmApi(cloudtower_client)
    vm = vm_api.get_vms({"where": {"status": "RUNNING"}, "first": 1})[0]
    task_id = vm_api.suspend_vm({"where": {"id": vm.id}})[0].task_id
    cloudtower_simulator.advance(5)
    assert TaskApi(cloudtower_client).get_tasks({"where": {"id": task_id}})[0].status == "EXECUTING"
    assert cloudtower_simulator.world.get("Vm", vm.id)["status"] == "RUNNING"
    cloudtower_simulator.advance(5)
    assert cloudtower_simulator.world.get("Vm", vm.id)["status"] == "SUSPENDED"


def test_sdk_modules_are_not_assertion_rewritten(request):
    # pytest rewrites every package of a distribution that ships a plugin; the plugin opts the SDK out.
    if not request.config.pluginmanager.has_plugin("cloudtower_simulator"):
        pytest.skip("the plugin is registered by the installed package's entry point only")
    import importlib
    module = importlib.import_module("cloudtower_python_sdk.models.nested_aggregate_consistency_group")
    assert type(module.__loader__).__name__ != "AssertionRewritingHook", module.__loader__
