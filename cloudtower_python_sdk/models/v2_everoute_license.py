# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class V2EverouteLicense(Model):
    __slots__ = ()
    _declared = """
code str R
expire_date str R
feature_type EverouteFeatureType R
id str R
max_socket_num int N
max_vcpu_num int N
max_vm_num int N
max_vpc_socket_num int N
pricing_type EverouteLicensePricingType N
serial str R
sign_date str R
software_edition SoftwareEdition R
type LicenseType R
uid str R
version int R
"""
