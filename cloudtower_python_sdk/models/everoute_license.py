# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EverouteLicense(Model):
    __slots__ = ()
    _declared = """
code str R
expire_date str R
id str R
max_socket_num int R
serial str R
sign_date str R
software_edition SoftwareEdition R
type LicenseType R
uid str R
"""
