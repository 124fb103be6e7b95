# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EveroutePackage(Model):
    __slots__ = ()
    _declared = """
arch Architecture R
description str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
local_created_at str R
name str R
package_info object R
size int R
version str R
"""
