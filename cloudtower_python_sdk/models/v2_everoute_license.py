# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class V2EverouteLicense(Model):
    _declared = """
code str RS
expire_date str RS
feature_type EverouteFeatureType RS
id str RS
max_socket_num int NS
max_vcpu_num int NS
max_vm_num int NS
max_vpc_socket_num int NS
pricing_type EverouteLicensePricingType NS
serial str RS
sign_date str RS
software_edition SoftwareEdition RS
type LicenseType RS
uid str RS
version int RS
"""
