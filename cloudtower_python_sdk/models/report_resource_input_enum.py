# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ReportResourceInputEnum(Enum):
    """Values of ReportResourceInputEnum in the CloudTower API."""
    ALERT = 'ALERT'
    ALL = 'ALL'
    CLUSTER = 'CLUSTER'
    DATA_CENTER = 'DATA_CENTER'
    DISK = 'DISK'
    ELF_IMAGE = 'ELF_IMAGE'
    ENTITY_FILTERS = 'ENTITY_FILTERS'
    GLOBAL_ALERT_RULE = 'GLOBAL_ALERT_RULE'
    HOST = 'HOST'
    TASK = 'TASK'
    VDS = 'VDS'
    VLAN = 'VLAN'
    VM = 'VM'
    VM_TEMPLATE = 'VM_TEMPLATE'
    allowable_values = ['ALERT', 'ALL', 'CLUSTER', 'DATA_CENTER', 'DISK', 'ELF_IMAGE', 'ENTITY_FILTERS', 'GLOBAL_ALERT_RULE', 'HOST', 'TASK', 'VDS', 'VLAN', 'VM', 'VM_TEMPLATE']
