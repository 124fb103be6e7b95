# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateNicAdvanceInfoParams(Model):
    _declared = """
data VmUpdateNicAdvanceInfoParamsData R
where VmNicWhereInput R
"""
