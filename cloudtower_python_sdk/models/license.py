# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class License(Model):
    _declared = """
expire_date str RS
id str RS
license_serial str RS
maintenance_end_date str NS
maintenance_start_date str NS
max_chunk_num int RS
max_cluster_num int RS
sign_date str RS
software_edition SoftwareEdition RS
type LicenseType RS
"""
