# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GetClusterStorageInfoEffect(Model):
    _declared = """
ec list[ClusterStorageInfoEcConfig]
replica list[int{2,3}] S
"""
