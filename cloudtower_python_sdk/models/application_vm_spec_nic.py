# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ApplicationVmSpecNic(Model):
    _declared = """
dhcp bool S
gateway str S
ip str S
mask str S
vlanId:vlan_id str S
"""
