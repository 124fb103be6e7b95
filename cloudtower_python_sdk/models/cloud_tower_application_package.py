# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CloudTowerApplicationPackage(Model):
    __slots__ = ()
    _declared = """
applications list[NestedCloudTowerApplication] N
architecture Architecture R
containers object R
id str R
images object R
name str R
scosVersion:scos_version str R
version str R
"""
