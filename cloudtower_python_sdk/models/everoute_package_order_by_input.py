# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class EveroutePackageOrderByInput(Enum):
    """Values of EveroutePackageOrderByInput in the CloudTower API."""
    ARCH_ASC = 'arch_ASC'
    ARCH_DESC = 'arch_DESC'
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_CREATED_AT_ASC = 'local_created_at_ASC'
    LOCAL_CREATED_AT_DESC = 'local_created_at_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PACKAGE_INFO_ASC = 'package_info_ASC'
    PACKAGE_INFO_DESC = 'package_info_DESC'
    SIZE_ASC = 'size_ASC'
    SIZE_DESC = 'size_DESC'
    VERSION_ASC = 'version_ASC'
    VERSION_DESC = 'version_DESC'
    allowable_values = ['arch_ASC', 'arch_DESC', 'description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'name_ASC', 'name_DESC', 'package_info_ASC', 'package_info_DESC', 'size_ASC', 'size_DESC', 'version_ASC', 'version_DESC']
