# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedBrickDiskLayout(Model):
    _declared = """
column int RS
direction Direction RS
phase BrickPhaseEnum RS
row int RS
"""
