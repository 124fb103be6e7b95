# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class License(Model):
    """The License object of the CloudTower API.

    Fields: see docs/models/License.md.
    """
    __slots__ = ()
    expire_date = F('expire_date', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    license_serial = F('license_serial', 'str', F.REQUIRED)
    maintenance_end_date = F('maintenance_end_date', 'str', F.NULLABLE)
    maintenance_start_date = F('maintenance_start_date', 'str', F.NULLABLE)
    max_chunk_num = F('max_chunk_num', 'int', F.REQUIRED)
    max_cluster_num = F('max_cluster_num', 'int', F.REQUIRED)
    sign_date = F('sign_date', 'str', F.REQUIRED)
    software_edition = F('software_edition', 'SoftwareEdition', F.REQUIRED)
    type = F('type', 'LicenseType', F.REQUIRED)
