# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IPSecurityPolicy(Model):
    """The IPSecurityPolicy object of the CloudTower API.

    Fields: see docs/models/IPSecurityPolicy.md.
    """
    __slots__ = ()
    except_ip_block = F('except_ip_block', 'list[str]')
    ip_block = F('ip_block', 'str', F.REQUIRED)
