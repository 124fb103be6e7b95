# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmNicQosTraffic(Model):
    """The VmNicQosTraffic object of the CloudTower API.

    Fields: see docs/models/VmNicQosTraffic.md.
    """
    __slots__ = ()
    burst = F('burst', 'int', F.NULLABLE)
    burst_unit = F('burst_unit', 'BitUnit')
    enabled = F('enabled', 'bool', F.REQUIRED)
    rate_limit = F('rate_limit', 'int', F.NULLABLE)
    rate_limit_unit = F('rate_limit_unit', 'BitPSUnit')
