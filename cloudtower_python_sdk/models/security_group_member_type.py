# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SecurityGroupMemberType(Enum):
    """Values of SecurityGroupMemberType in the CloudTower API."""
    IP = 'IP'
    POD = 'POD'
    VM = 'VM'
    allowable_values = ['IP', 'POD', 'VM']
