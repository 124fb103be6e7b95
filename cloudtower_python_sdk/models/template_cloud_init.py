# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class TemplateCloudInit(Model):
    """The TemplateCloudInit object of the CloudTower API.

    Fields: see docs/models/TemplateCloudInit.md.
    """
    __slots__ = ()
    default_user_password = F('default_user_password', 'str')
    hostname = F('hostname', 'str')
    nameservers = F('nameservers', 'list[str]')
    networks = F('networks', 'list[CloudInitNetWork]')
    public_keys = F('public_keys', 'list[str]')
    user_data = F('user_data', 'str')
