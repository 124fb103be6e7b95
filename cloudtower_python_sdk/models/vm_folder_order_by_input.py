# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmFolderOrderByInput(Enum):
    """Values of VmFolderOrderByInput in the CloudTower API."""
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    VM_NUM_ASC = 'vm_num_ASC'
    VM_NUM_DESC = 'vm_num_DESC'
    allowable_values = ['id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'vm_num_ASC', 'vm_num_DESC']
