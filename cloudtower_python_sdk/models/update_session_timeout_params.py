# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UpdateSessionTimeoutParams(Model):
    """The UpdateSessionTimeoutParams object of the CloudTower API.

    Fields: see docs/models/UpdateSessionTimeoutParams.md.
    """
    __slots__ = ()
    session_max_age = F('session_max_age', 'int', F.REQUIRED)
