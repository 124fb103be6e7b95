# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class EverouteLicense(Model):
    """The EverouteLicense object of the CloudTower API.

    Fields: see docs/models/EverouteLicense.md.
    """
    __slots__ = ()
    code = F('code', 'str', F.REQUIRED)
    expire_date = F('expire_date', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    max_socket_num = F('max_socket_num', 'int', F.REQUIRED)
    serial = F('serial', 'str', F.REQUIRED)
    sign_date = F('sign_date', 'str', F.REQUIRED)
    software_edition = F('software_edition', 'SoftwareEdition', F.REQUIRED)
    type = F('type', 'LicenseType', F.REQUIRED)
    uid = F('uid', 'str', F.REQUIRED)
