# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateParamsData(Model):
    _declared = """
cpu_cores int S
cpu_sockets int S
description str S
ha bool S
memory int S
memory_unit ByteUnit S
name str S
vcpu int S
"""
