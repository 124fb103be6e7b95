# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedDiscoveredHostDimms(Model):
    """The NestedDiscoveredHostDimms object of the CloudTower API.

    Fields: see docs/models/NestedDiscoveredHostDimms.md.
    """
    __slots__ = ()
    dimm_id = F('dimm_id', 'str', F.REQUIRED)
    fw_version = F('fw_version', 'str', F.REQUIRED)
    health_status = F('health_status', 'str', F.REQUIRED)
    socket_id = F('socket_id', 'str', F.REQUIRED)
