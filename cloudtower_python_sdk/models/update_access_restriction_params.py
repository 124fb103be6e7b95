# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UpdateAccessRestrictionParams(Model):
    _declared = """
access_list list[str] RS
access_mode AccessMode RS
"""
