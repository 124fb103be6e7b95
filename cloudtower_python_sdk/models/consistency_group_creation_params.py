# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ConsistencyGroupCreationParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
description str
iscsi_luns_ids list[str] R
name str R
namespaces_ids list[str] R
"""
