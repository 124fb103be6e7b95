# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmPlacementGroupOrderByInput(Enum):
    """Values of VmPlacementGroupOrderByInput in the CloudTower API."""
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENABLED_ASC = 'enabled_ASC'
    ENABLED_DESC = 'enabled_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_CREATED_AT_ASC = 'local_created_at_ASC'
    LOCAL_CREATED_AT_DESC = 'local_created_at_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    LOCAL_UPDATED_AT_ASC = 'local_updated_at_ASC'
    LOCAL_UPDATED_AT_DESC = 'local_updated_at_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    VM_HOST_MUST_ENABLED_ASC = 'vm_host_must_enabled_ASC'
    VM_HOST_MUST_ENABLED_DESC = 'vm_host_must_enabled_DESC'
    VM_HOST_MUST_POLICY_ASC = 'vm_host_must_policy_ASC'
    VM_HOST_MUST_POLICY_DESC = 'vm_host_must_policy_DESC'
    VM_HOST_PREFER_ENABLED_ASC = 'vm_host_prefer_enabled_ASC'
    VM_HOST_PREFER_ENABLED_DESC = 'vm_host_prefer_enabled_DESC'
    VM_HOST_PREFER_POLICY_ASC = 'vm_host_prefer_policy_ASC'
    VM_HOST_PREFER_POLICY_DESC = 'vm_host_prefer_policy_DESC'
    VM_VM_POLICY_ASC = 'vm_vm_policy_ASC'
    VM_VM_POLICY_DESC = 'vm_vm_policy_DESC'
    VM_VM_POLICY_ENABLED_ASC = 'vm_vm_policy_enabled_ASC'
    VM_VM_POLICY_ENABLED_DESC = 'vm_vm_policy_enabled_DESC'
    allowable_values = ['description_ASC', 'description_DESC', 'enabled_ASC', 'enabled_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'local_id_ASC', 'local_id_DESC', 'local_updated_at_ASC', 'local_updated_at_DESC', 'name_ASC', 'name_DESC', 'vm_host_must_enabled_ASC', 'vm_host_must_enabled_DESC', 'vm_host_must_policy_ASC', 'vm_host_must_policy_DESC', 'vm_host_prefer_enabled_ASC', 'vm_host_prefer_enabled_DESC', 'vm_host_prefer_policy_ASC', 'vm_host_prefer_policy_DESC', 'vm_vm_policy_ASC', 'vm_vm_policy_DESC', 'vm_vm_policy_enabled_ASC', 'vm_vm_policy_enabled_DESC']
