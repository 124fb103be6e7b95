# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedMetroCheckItem(Model):
    _declared = """
critical list[str] RS
info list[str] RS
key str RS
labels object RS
notice list[str] RS
status MetroCheckStatusEnum RS
"""
