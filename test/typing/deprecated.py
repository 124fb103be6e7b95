# coding: utf-8
"""Names of the 1.9.0 SDK still resolve, and both checkers flag them as deprecated (PEP 702).

With the deprecation reports made errors (the two comments below), each checker must report exactly the lines
with an error mark (test/test_typing.py).  Never run.
"""
# pyright: reportDeprecated=error
# mypy: enable-error-code="deprecated"
from cloudtower_python_sdk import ApiClient
from cloudtower_python_sdk.api import DefaultApi  # error: the class is gone; its methods moved  # noqa: F401
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.models import MaybeDiskType  # error: renamed to DiskType  # noqa: F401

vm_api = VmApi(ApiClient())
vm_api.mig_rate_vm({"where": {"id": "vm-1"}})  # error: renamed to migrate_vm
vm_api.migrate_vm({"where": {"id": "vm-1"}})
