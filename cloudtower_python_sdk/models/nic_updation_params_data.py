# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NicUpdationParamsData(Model):
    """The NicUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/NicUpdationParamsData.md.
    """
    __slots__ = ()
    mtu = F('mtu', 'int')
    nic_user_usage = F('nic_user_usage', 'NicUserUsage')
    total_vf_num = F('total_vf_num', 'int')
