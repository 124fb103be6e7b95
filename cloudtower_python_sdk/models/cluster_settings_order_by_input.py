# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ClusterSettingsOrderByInput(Enum):
    """Values of ClusterSettingsOrderByInput in the CloudTower API."""
    DEFAULT_HA_ASC = 'default_ha_ASC'
    DEFAULT_HA_DESC = 'default_ha_DESC'
    DEFAULT_STORAGE_POLICY_ASC = 'default_storage_policy_ASC'
    DEFAULT_STORAGE_POLICY_DESC = 'default_storage_policy_DESC'
    ENABLED_ISCSI_ASC = 'enabled_iscsi_ASC'
    ENABLED_ISCSI_DESC = 'enabled_iscsi_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    VM_RECYCLE_BIN_ASC = 'vm_recycle_bin_ASC'
    VM_RECYCLE_BIN_DESC = 'vm_recycle_bin_DESC'
    allowable_values = ['default_ha_ASC', 'default_ha_DESC', 'default_storage_policy_ASC', 'default_storage_policy_DESC', 'enabled_iscsi_ASC', 'enabled_iscsi_DESC', 'id_ASC', 'id_DESC', 'vm_recycle_bin_ASC', 'vm_recycle_bin_DESC']
