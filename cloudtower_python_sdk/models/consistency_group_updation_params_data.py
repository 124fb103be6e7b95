# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ConsistencyGroupUpdationParamsData(Model):
    _declared = """
description str S
iscsi_luns_ids list[str] S
name str S
namespaces_ids list[str] S
remain_volume_snapshot bool S
"""
