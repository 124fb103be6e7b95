# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiLunUpdationParamsDataAllOf(Model):
    _declared = """
assigned_size int S
assigned_size_unit ByteUnit S
name str S
"""
