# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class CloudTowerApplicationPackageOrderByInput(Enum):
    """Values of CloudTowerApplicationPackageOrderByInput in the CloudTower API."""
    ARCHITECTURE_ASC = 'architecture_ASC'
    ARCHITECTURE_DESC = 'architecture_DESC'
    CONTAINERS_ASC = 'containers_ASC'
    CONTAINERS_DESC = 'containers_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    IMAGES_ASC = 'images_ASC'
    IMAGES_DESC = 'images_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    SCOSVERSION_ASC = 'scosVersion_ASC'
    SCOSVERSION_DESC = 'scosVersion_DESC'
    VERSION_ASC = 'version_ASC'
    VERSION_DESC = 'version_DESC'
    allowable_values = ['architecture_ASC', 'architecture_DESC', 'containers_ASC', 'containers_DESC', 'id_ASC', 'id_DESC', 'images_ASC', 'images_DESC', 'name_ASC', 'name_DESC', 'scosVersion_ASC', 'scosVersion_DESC', 'version_ASC', 'version_DESC']
