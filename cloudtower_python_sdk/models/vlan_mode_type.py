# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VlanModeType(Enum):
    """Values of VlanModeType in the CloudTower API."""
    GENEVE = 'GENEVE'
    VLAN_ACCESS = 'VLAN_ACCESS'
    VLAN_TRUNK = 'VLAN_TRUNK'
    VXLAN = 'VXLAN'
    allowable_values = ['GENEVE', 'VLAN_ACCESS', 'VLAN_TRUNK', 'VXLAN']
