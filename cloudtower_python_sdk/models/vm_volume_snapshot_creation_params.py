# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmVolumeSnapshotCreationParams(Model):
    _declared = """
description str RS
name str RS
volume_id str RS
"""
