# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DeleteBackupRestorePoint(Model):
    _declared = """
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
"""
