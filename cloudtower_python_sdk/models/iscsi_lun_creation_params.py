# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiLunCreationParams(Model):
    """The IscsiLunCreationParams object of the CloudTower API.

    Fields: see docs/models/IscsiLunCreationParams.md.
    """
    __slots__ = ()
    allowed_initiators = F('allowed_initiators', 'str')
    assigned_size = F('assigned_size', 'int', F.REQUIRED)
    assigned_size_unit = F('assigned_size_unit', 'ByteUnit')
    bps = F('bps', 'int')
    bps_max = F('bps_max', 'int')
    bps_max_length = F('bps_max_length', 'int')
    bps_max_unit = F('bps_max_unit', 'BPSUnit')
    bps_rd = F('bps_rd', 'int')
    bps_rd_max = F('bps_rd_max', 'int')
    bps_rd_max_length = F('bps_rd_max_length', 'int')
    bps_rd_max_unit = F('bps_rd_max_unit', 'BPSUnit')
    bps_rd_unit = F('bps_rd_unit', 'BPSUnit')
    bps_unit = F('bps_unit', 'BPSUnit')
    bps_wr = F('bps_wr', 'int')
    bps_wr_max = F('bps_wr_max', 'int')
    bps_wr_max_length = F('bps_wr_max_length', 'int')
    bps_wr_max_unit = F('bps_wr_max_unit', 'BPSUnit')
    bps_wr_unit = F('bps_wr_unit', 'BPSUnit')
    iops = F('iops', 'int')
    iops_max = F('iops_max', 'int')
    iops_max_length = F('iops_max_length', 'int')
    iops_rd = F('iops_rd', 'int')
    iops_rd_max = F('iops_rd_max', 'int')
    iops_rd_max_length = F('iops_rd_max_length', 'int')
    iops_wr = F('iops_wr', 'int')
    iops_wr_max = F('iops_wr_max', 'int')
    iops_wr_max_length = F('iops_wr_max_length', 'int')
    iscsi_target_id = F('iscsi_target_id', 'str', F.REQUIRED)
    lun_id = F('lun_id', 'int')
    name = F('name', 'str', F.REQUIRED)
    replica_num = F('replica_num', 'int', F.REQUIRED)
