# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UsbDeviceOrderByInput(Enum):
    """Values of UsbDeviceOrderByInput in the CloudTower API."""
    BINDED_ASC = 'binded_ASC'
    BINDED_DESC = 'binded_DESC'
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_CREATED_AT_ASC = 'local_created_at_ASC'
    LOCAL_CREATED_AT_DESC = 'local_created_at_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    MANUFACTURER_ASC = 'manufacturer_ASC'
    MANUFACTURER_DESC = 'manufacturer_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    SIZE_ASC = 'size_ASC'
    SIZE_DESC = 'size_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    USB_TYPE_ASC = 'usb_type_ASC'
    USB_TYPE_DESC = 'usb_type_DESC'
    allowable_values = ['binded_ASC', 'binded_DESC', 'description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'local_id_ASC', 'local_id_DESC', 'manufacturer_ASC', 'manufacturer_DESC', 'name_ASC', 'name_DESC', 'size_ASC', 'size_DESC', 'status_ASC', 'status_DESC', 'usb_type_ASC', 'usb_type_DESC']
