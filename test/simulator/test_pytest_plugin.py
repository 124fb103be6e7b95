# coding: utf-8
"""The pytest fixtures users get (imported here, since the plugin is registered only when the SDK is installed)."""
from cloudtower_python_sdk import VmApi
from cloudtower_python_sdk.pytest_plugin import cloudtower_client, cloudtower_simulator  # noqa: F401
from cloudtower_python_sdk.utils import wait_tasks


def test_fixtures(cloudtower_client, cloudtower_simulator):  # noqa: F811
    vm_api = VmApi(cloudtower_client)
    vm = vm_api.get_vms({"where": {"status": "RUNNING"}, "first": 1})[0]
    wait_tasks([t.task_id for t in vm_api.suspend_vm({"where": {"id": vm.id}})], cloudtower_client, interval=0.02)
    assert cloudtower_simulator.world.get("Vm", vm.id)["status"] == "SUSPENDED"
