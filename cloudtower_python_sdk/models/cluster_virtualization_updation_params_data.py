# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ClusterVirtualizationUpdationParamsData(Model):
    """The ClusterVirtualizationUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/ClusterVirtualizationUpdationParamsData.md.
    """
    __slots__ = ()
    auto_converge = F('auto_converge', 'bool')
    current_cpu_model = F('current_cpu_model', 'str')
