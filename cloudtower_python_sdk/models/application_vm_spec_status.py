# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ApplicationVmSpecStatus(Model):
    """The ApplicationVmSpecStatus object of the CloudTower API.

    Fields: see docs/models/ApplicationVmSpecStatus.md.
    """
    __slots__ = ()
    message = F('message', 'VmStatus')
    vm_ips = F('vmIps', 'list[str]')
