# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class TaskStepCreationParams(Model):
    _declared = """
description str S
finished bool RS
key str{1,} RS
"""
