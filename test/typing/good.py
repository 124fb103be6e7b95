# coding: utf-8
"""Typed usage of the SDK: pyright and mypy must report nothing here, and agree with every assert_type.

Checked by test/test_typing.py (never run: it would need a CloudTower).
"""
from typing import List, Optional

from typing_extensions import assert_type

from cloudtower_python_sdk import ApiClient, ApiException, Configuration, VmApi
from cloudtower_python_sdk.api import TaskApi
from cloudtower_python_sdk.models import (GetVmsRequestBody, GetVmsRequestBodyDict, NestedCluster, NestedVmNic, Task,
                                          Vm, VmDeleteParams, VmOperateParams, VmStatus, VmWhereInput, WithTaskVm)
from cloudtower_python_sdk.models.vm import Vm as DeepVm
from cloudtower_python_sdk.utils import wait_tasks

client = ApiClient(Configuration(host="http://127.0.0.1:8090/v2/api"))
vm_api = VmApi(client)

# Answers are models with typed fields.
vms = vm_api.get_vms({"where": {"status": VmStatus.RUNNING, "name_contains": "web"}, "first": 10})
assert_type(vms, List[Vm])
vm = vms[0]
assert_type(vm.name, str)
assert_type(vm.vcpu, int)
assert_type(vm.cluster, Optional[NestedCluster])
assert_type(vm.vm_nics, Optional[List[NestedVmNic]])
if vm.cluster is not None:
    assert_type(vm.cluster.name, str)
is_running = vm.status == VmStatus.RUNNING
assert_type(DeepVm, type[Vm])  # the per-module path names the same class

# Bodies: a model or a dict, checked key by key; nested models or dicts.
body = GetVmsRequestBody(where=VmWhereInput(name_starts_with="db"), first=5)
assert_type(vm_api.get_vms(body), List[Vm])
typed_body: GetVmsRequestBodyDict = {"where": {"id_in": ["a", "b"]}, "orderBy": "name_ASC"}
vm_api.get_vms(typed_body, content_language="zh-CN", _request_timeout=30)

# Operations with tasks, the task list, and waiting.
started = vm_api.start_vm({"where": {"id": vm.id}})
assert_type(started, List[WithTaskVm])
wait_tasks([w.task_id for w in started if w.task_id], client)
tasks = TaskApi(client).get_tasks({"where": {"id_in": [w.task_id for w in started if w.task_id]}})
assert_type(tasks, List[Task])
deleted = vm_api.delete_vm(VmDeleteParams(where=VmWhereInput(id=vm.id)))

# async_req=True gives an AsyncResult whose get() is the answer; _with_http_info adds status and headers.
pending = vm_api.get_vms({"first": 1}, async_req=True)
assert_type(pending.get(), List[Vm])
data, status, headers = vm_api.get_vms_with_http_info({"first": 1})
assert_type(data, List[Vm])
assert_type(status, int)

# Errors.
try:
    vm_api.poweroff_vm(VmOperateParams(where={"id": vm.id}))
except ApiException as error:
    assert_type(error, ApiException)
    print(error.status, error.message)
