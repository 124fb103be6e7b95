# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ConsistencyGroupUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
description str
iscsi_luns_ids list[str]
name str
namespaces_ids list[str]
remain_volume_snapshot bool
"""
