# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CloudTowerApplicationPackage(Model):
    _declared = """
applications list[NestedCloudTowerApplication] N
architecture Architecture RS
containers object RS
id str RS
images object RS
name str RS
scosVersion:scos_version str RS
version str RS
"""
