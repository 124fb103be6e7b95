# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ApplicationVmSpec(Model):
    """The ApplicationVmSpec object of the CloudTower API.

    Fields: see docs/models/ApplicationVmSpec.md.
    """
    __slots__ = ()
    cloud_init_user_data = F('cloudInitUserData', 'str')
    cluster = F('cluster', 'str')
    cpu = F('cpu', 'int')
    env = F('env', 'list[ApplicationVmSpecEnv]')
    host = F('host', 'str')
    image = F('image', 'str')
    internal = F('internal', 'bool')
    memory = F('memory', 'int')
    memory_unit = F('memory_unit', 'ByteUnit')
    name = F('name', 'str')
    network = F('network', 'ApplicationVmSpecNetwork')
    public_keys = F('publicKeys', 'list[str]')
    status = F('status', 'ApplicationVmSpecStatus')
    storages = F('storages', 'list[ApplicationVmSpecStorage]')
    vm_usage = F('vmUsage', 'VmUsage')
