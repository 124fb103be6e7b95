# coding: utf-8
"""The handler registry and the README's worked example."""
import os

import pytest

from cloudtower_python_sdk import AlertApi
from cloudtower_python_sdk.simulator import handlers
from cloudtower_python_sdk.simulator.handlers import registry
from cloudtower_python_sdk.utils import wait_tasks

pytestmark = pytest.mark.usefixtures("shape_checked")  # every answer has its schema's shape

HERE = os.path.dirname(handlers.__file__)


def test_the_readme_example_is_the_code_of_resolve_alert():
    with open(os.path.join(HERE, "..", "README.md")) as f:
        readme = f.read()
    start = readme.index("```python\nfrom ..errors import TaskFailure") + len("```python\n")
    example = readme[start:readme.index("```", start)]
    with open(os.path.join(HERE, "alerts.py")) as f:
        assert example.strip() in f.read()


def test_resolve_alert_ends_the_alert(fresh):
    c = fresh.client
    alert = AlertApi(c).get_alerts({"where": {"ended": False}, "first": 1})[0]
    answer = AlertApi(c).resolve_alert({"where": {"id": alert.id}})
    wait_tasks([answer[0].task_id], c, interval=0.01)
    read = AlertApi(c).get_alerts({"where": {"id": alert.id}})[0]
    assert read.ended is True and read.local_end_time


def test_one_handler_per_operation():
    with pytest.raises(ValueError) as e:
        registry.handles("resolve_alert")(lambda call: None)
    assert "Two handlers for resolve_alert" in str(e.value)
    assert registry.camel("update_vm_nic_basic_info") == "updateVmNicBasicInfo"


def test_a_task_names_its_operation(fresh):
    from cloudtower_python_sdk import TaskApi, VmApi
    c = fresh.client
    vm = VmApi(c).get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False}, "first": 1})[0]
    task_id = VmApi(c).start_vm({"where": {"id": vm.id}})[0].task_id
    task = TaskApi(c).get_tasks({"where": {"id": task_id}})[0]
    assert (task.resource_mutation, task.key, task.resource_id) == ("startVm", "vm.start", vm.id)
