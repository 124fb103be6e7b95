# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ParsedOVF(Model):
    _declared = """
cpu OvfCpu R
description str S
disks list[OvfDisk] R
firmware VmFirmware RS
memory int RS
name str RS
nics list[OvfNic] R
vcpu int RS
"""
