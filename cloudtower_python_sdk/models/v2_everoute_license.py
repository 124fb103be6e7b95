# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class V2EverouteLicense(Model):
    """The V2EverouteLicense object of the CloudTower API.

    Fields: see docs/models/V2EverouteLicense.md.
    """
    __slots__ = ()
    code = F('code', 'str', F.REQUIRED)
    expire_date = F('expire_date', 'str', F.REQUIRED)
    feature_type = F('feature_type', 'EverouteFeatureType', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    max_socket_num = F('max_socket_num', 'int', F.NULLABLE)
    max_vcpu_num = F('max_vcpu_num', 'int', F.NULLABLE)
    max_vm_num = F('max_vm_num', 'int', F.NULLABLE)
    max_vpc_socket_num = F('max_vpc_socket_num', 'int', F.NULLABLE)
    pricing_type = F('pricing_type', 'EverouteLicensePricingType', F.NULLABLE)
    serial = F('serial', 'str', F.REQUIRED)
    sign_date = F('sign_date', 'str', F.REQUIRED)
    software_edition = F('software_edition', 'SoftwareEdition', F.REQUIRED)
    type = F('type', 'LicenseType', F.REQUIRED)
    uid = F('uid', 'str', F.REQUIRED)
    version = F('version', 'int', F.REQUIRED)
