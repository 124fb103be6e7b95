# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ParsedOVF(Model):
    __slots__ = ()
    _declared = """
cpu OvfCpu R
description str
disks list[OvfDisk] R
firmware VmFirmware R
memory int R
name str R
nics list[OvfNic] R
vcpu int R
"""
