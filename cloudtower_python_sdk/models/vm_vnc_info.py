# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmVncInfo(Model):
    """The VmVncInfo object of the CloudTower API.

    Fields: see docs/models/VmVncInfo.md.
    """
    __slots__ = ()
    cluster_ip = F('cluster_ip', 'str', F.REQUIRED)
    direct = F('direct', 'str')
    redirect = F('redirect', 'str', F.REQUIRED)
    terminal = F('terminal', 'str', F.REQUIRED)
    vm = F('vm', 'Vm', F.REQUIRED)
