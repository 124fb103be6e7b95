# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedMetroCheckResult(Model):
    _declared = """
critical int RS
info int RS
items list[NestedMetroCheckItem] R
notice int RS
status MetroCheckStatusEnum RS
"""
