# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class HostState(Enum):
    """Values of HostState in the CloudTower API."""
    IDLE = 'IDLE'
    IN_USE = 'IN_USE'
    REMOVING = 'REMOVING'
    allowable_values = ['IDLE', 'IN_USE', 'REMOVING']
