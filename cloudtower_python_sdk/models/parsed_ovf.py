# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ParsedOVF(Model):
    """The ParsedOVF object of the CloudTower API.

    Fields: see docs/models/ParsedOVF.md.
    """
    __slots__ = ()
    cpu = F('cpu', 'OvfCpu', F.REQUIRED)
    description = F('description', 'str')
    disks = F('disks', 'list[OvfDisk]', F.REQUIRED)
    firmware = F('firmware', 'VmFirmware', F.REQUIRED)
    memory = F('memory', 'int', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nics = F('nics', 'list[OvfNic]', F.REQUIRED)
    vcpu = F('vcpu', 'int', F.REQUIRED)
