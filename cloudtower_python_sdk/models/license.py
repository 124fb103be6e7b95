# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class License(Model):
    __slots__ = ()
    _declared = """
expire_date str R
id str R
license_serial str R
maintenance_end_date str N
maintenance_start_date str N
max_chunk_num int R
max_cluster_num int R
sign_date str R
software_edition SoftwareEdition R
type LicenseType R
"""
