# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GetNvmfNamespaceMetricInput(Model):
    _declared = """
hosts HostWhereInput
metrics list[str] RS
nvmfNamespaces:nvmf_namespaces NvmfNamespaceWhereInput R
range str RS
"""
