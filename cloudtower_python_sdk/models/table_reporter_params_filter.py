# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class TableReporterParamsFilter(Model):
    """The TableReporterParamsFilter object of the CloudTower API.

    Fields: see docs/models/TableReporterParamsFilter.md.
    """
    __slots__ = ()
    alerts = F('alerts', 'GetAlertsRequestBody')
    clusters = F('clusters', 'GetClustersRequestBody')
    consistency_groups = F('consistencyGroups', 'GetConsistencyGroupsRequestBody')
    content_library_images = F('contentLibraryImages', 'GetContentLibraryImagesRequestBody')
    content_library_vm_templates = F('contentLibraryVmTemplates', 'GetContentLibraryVmTemplatesRequestBody')
    datacenters = F('datacenters', 'GetDatacentersRequestBody')
    disks = F('disks', 'GetDisksRequestBody')
    elf_data_stores = F('elfDataStores', 'GetElfDataStoresRequestBody')
    elf_images = F('elfImages', 'GetElfImagesRequestBody')
    global_alert_rules = F('globalAlertRules', 'GetGlobalAlertRulesRequestBody')
    hosts = F('hosts', 'GetHostsRequestBody')
    iscsi_connections = F('iscsiConnections', 'GetIscsiConnectionsRequestBody')
    iscsi_lun_snapshots = F('iscsiLunSnapshots', 'GetIscsiLunSnapshotsRequestBody')
    iscsi_luns = F('iscsiLuns', 'GetIscsiLunsRequestBody')
    iscsi_targets = F('iscsiTargets', 'GetIscsiTargetsRequestBody')
    namespace_groups = F('namespaceGroups', 'GetNamespaceGroupsRequestBody')
    nfs_exports = F('nfsExports', 'GetNfsExportsRequestBody')
    nics = F('nics', 'GetNicsRequestBody')
    nvmf_namespace_snapshots = F('nvmfNamespaceSnapshots', 'GetNvmfNamespaceSnapshotsRequestBody')
    nvmf_namespaces = F('nvmfNamespaces', 'GetNvmfNamespacesRequestBody')
    nvmf_subsystems = F('nvmfSubsystems', 'GetNvmfSubsystemsRequestBody')
    snapshot_plans = F('snapshotPlans', 'GetSnapshotPlansRequestBody')
    system_audit_logs = F('systemAuditLogs', 'GetSystemAuditLogsRequestBody')
    tasks = F('tasks', 'GetTasksRequestBody')
    usb_devices = F('usbDevices', 'GetUsbDevicesRequestBody')
    user_audit_logs = F('userAuditLogs', 'GetUserAuditLogsRequestBody')
    users = F('users', 'GetUsersRequestBody')
    vdses = F('vdses', 'GetVdsesRequestBody')
    vlans = F('vlans', 'GetVlansRequestBody')
    vm_entity_filters = F('vmEntityFilters', 'GetEntityFiltersRequestBody')
    vm_placement_groups = F('vmPlacementGroups', 'GetVmPlacementGroupsRequestBody')
    vm_templates = F('vmTemplates', 'GetVmTemplatesRequestBody')
    vm_volumes = F('vmVolumes', 'GetVmVolumesRequestBody')
    vms = F('vms', 'GetVmsRequestBody')
