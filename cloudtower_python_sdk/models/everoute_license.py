# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EverouteLicense(Model):
    _declared = """
code str RS
expire_date str RS
id str RS
max_socket_num int RS
serial str RS
sign_date str RS
software_edition SoftwareEdition RS
type LicenseType RS
uid str RS
"""
