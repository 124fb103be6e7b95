# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateParamsData(Model):
    __slots__ = ()
    _declared = """
cpu_cores int
cpu_sockets int
description str
ha bool
memory int
memory_unit ByteUnit
name str
vcpu int
"""
