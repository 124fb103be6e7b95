# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EveroutePackage(Model):
    _declared = """
arch Architecture RS
description str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
local_created_at str RS
name str RS
package_info object RS
size int RS
version str RS
"""
