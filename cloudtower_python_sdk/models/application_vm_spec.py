# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ApplicationVmSpec(Model):
    __slots__ = ()
    _declared = """
cloudInitUserData:cloud_init_user_data str
cluster str
cpu int
env list[ApplicationVmSpecEnv]
host str
image str
internal bool
memory int
memory_unit ByteUnit
name str
network ApplicationVmSpecNetwork
publicKeys:public_keys list[str]
status ApplicationVmSpecStatus
storages list[ApplicationVmSpecStorage]
vmUsage:vm_usage VmUsage
"""
