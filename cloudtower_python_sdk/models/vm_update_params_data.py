# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateParamsData(Model):
    """The VmUpdateParamsData object of the CloudTower API.

    Fields: see docs/models/VmUpdateParamsData.md.
    """
    __slots__ = ()
    cpu_cores = F('cpu_cores', 'int')
    cpu_sockets = F('cpu_sockets', 'int')
    description = F('description', 'str')
    ha = F('ha', 'bool')
    memory = F('memory', 'int')
    memory_unit = F('memory_unit', 'ByteUnit')
    name = F('name', 'str')
    vcpu = F('vcpu', 'int')
