# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class GlobalSettingsOrderByInput(Enum):
    """Values of GlobalSettingsOrderByInput in the CloudTower API."""
    AUTH_ASC = 'auth_ASC'
    AUTH_DESC = 'auth_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    VM_RECYCLE_BIN_ASC = 'vm_recycle_bin_ASC'
    VM_RECYCLE_BIN_DESC = 'vm_recycle_bin_DESC'
    allowable_values = ['auth_ASC', 'auth_DESC', 'id_ASC', 'id_DESC', 'vm_recycle_bin_ASC', 'vm_recycle_bin_DESC']
