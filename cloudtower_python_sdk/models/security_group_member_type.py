# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SecurityGroupMemberType(Enum):
    """Values of SecurityGroupMemberType in the CloudTower API."""
    IP = 'IP'
    POD = 'POD'
    VM = 'VM'
    allowable_values = ['IP', 'POD', 'VM']
