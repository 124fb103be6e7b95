# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class TriggerDiskBlinkParams(Model):
    _declared = """
disk_name str RS
host_id str RS
led_status str S
"""
