# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ApplicationVmSpec(Model):
    _declared = """
cloudInitUserData:cloud_init_user_data str S
cluster str S
cpu int S
env list[ApplicationVmSpecEnv]
host str S
image str S
internal bool S
memory int S
memory_unit ByteUnit S
name str S
network ApplicationVmSpecNetwork
publicKeys:public_keys list[str] S
status ApplicationVmSpecStatus
storages list[ApplicationVmSpecStorage]
vmUsage:vm_usage VmUsage S
"""
