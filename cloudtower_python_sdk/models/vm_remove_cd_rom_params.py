# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmRemoveCdRomParams(Model):
    _declared = """
data VmRemoveCdRomParamsData R
where VmWhereInput R
"""
