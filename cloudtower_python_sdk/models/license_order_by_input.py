# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class LicenseOrderByInput(Enum):
    """Values of LicenseOrderByInput in the CloudTower API."""
    EXPIRE_DATE_ASC = 'expire_date_ASC'
    EXPIRE_DATE_DESC = 'expire_date_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LICENSE_SERIAL_ASC = 'license_serial_ASC'
    LICENSE_SERIAL_DESC = 'license_serial_DESC'
    MAINTENANCE_END_DATE_ASC = 'maintenance_end_date_ASC'
    MAINTENANCE_END_DATE_DESC = 'maintenance_end_date_DESC'
    MAINTENANCE_START_DATE_ASC = 'maintenance_start_date_ASC'
    MAINTENANCE_START_DATE_DESC = 'maintenance_start_date_DESC'
    MAX_CHUNK_NUM_ASC = 'max_chunk_num_ASC'
    MAX_CHUNK_NUM_DESC = 'max_chunk_num_DESC'
    MAX_CLUSTER_NUM_ASC = 'max_cluster_num_ASC'
    MAX_CLUSTER_NUM_DESC = 'max_cluster_num_DESC'
    SIGN_DATE_ASC = 'sign_date_ASC'
    SIGN_DATE_DESC = 'sign_date_DESC'
    SOFTWARE_EDITION_ASC = 'software_edition_ASC'
    SOFTWARE_EDITION_DESC = 'software_edition_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    allowable_values = ['expire_date_ASC', 'expire_date_DESC', 'id_ASC', 'id_DESC', 'license_serial_ASC', 'license_serial_DESC', 'maintenance_end_date_ASC', 'maintenance_end_date_DESC', 'maintenance_start_date_ASC', 'maintenance_start_date_DESC', 'max_chunk_num_ASC', 'max_chunk_num_DESC', 'max_cluster_num_ASC', 'max_cluster_num_DESC', 'sign_date_ASC', 'sign_date_DESC', 'software_edition_ASC', 'software_edition_DESC', 'type_ASC', 'type_DESC']
