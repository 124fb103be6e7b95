# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ApplicationVmSpecStatus(Model):
    _declared = """
message VmStatus S
vmIps:vm_ips list[str] S
"""
