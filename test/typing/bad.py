# coding: utf-8
"""Typical mistakes: pyright and mypy must each report an error on every line marked ``# error``, and nowhere else.

Checked by test/test_typing.py (never run).
"""
from cloudtower_python_sdk import ApiClient, VmApi
from cloudtower_python_sdk.api import TaskApi
from cloudtower_python_sdk.models import GetVmsRequestBody, VmStatus, VmWhereInput

vm_api = VmApi(ApiClient())
vms = vm_api.get_vms({"first": 1})
vm = vms[0]

print(vm.nmae)  # error: misspelled field
vm_count = vms.name  # error: a field read from the list, not from a VM
vm.vcpu = "4"  # error: wrong field type
vm_api.get_vms({"wher": {"name": "web"}})  # error: unknown body key
vm_api.get_vms({"where": {"name_contain": "web"}})  # error: unknown key of the where clause
vm_api.get_vms({"where": {"status": "RUNNNING"}})  # error: not a value of VmStatus
vm_api.get_vms({"first": "10"})  # error: a string for an integer
vm_api.get_vms()  # error: missing required body
vm_api.delete_vm({})  # error: missing required key "where" of the body
vm_api.get_vmz({"first": 1})  # error: misspelled operation
TaskApi(ApiClient()).get_vms({"first": 1})  # error: method on the wrong Api class
GetVmsRequestBody(frist=1)  # error: misspelled keyword of a model
VmWhereInput(vcpu_gt="2")  # error: wrong type in a model constructor
status = VmStatus.RUNING  # error: misspelled enum constant
name: int = vm.name  # error: a str is not an int
vm_api.get_vms({"first": 1}, content_language="fr-FR")  # error: not a supported language
vm_api.get_vms({"first": 1}, asyncreq=True)  # error: misspelled option
pending = vm_api.get_vms({"first": 1}, async_req=True)
pending[0]  # error: an AsyncResult is not the list (call .get())
