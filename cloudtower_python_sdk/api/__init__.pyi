# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (AlertNotifierUpdationParams, AlertNotifierUpdationParamsDict, ForceStopLogCollectionParams, ForceStopLogCollectionParamsDict, GetIscsiConnectionsConnectionRequestBody, GetIscsiConnectionsConnectionRequestBodyDict, IscsiConnectionConnection, LogCollectionCreationParams, LogCollectionCreationParamsDict, LogCollectionDeletionParams, LogCollectionDeletionParamsDict, NvmfSubsystemCreationParams, NvmfSubsystemCreationParamsDict, NvmfSubsystemDeletionParams, NvmfSubsystemDeletionParamsDict, NvmfSubsystemUpdationParams, NvmfSubsystemUpdationParamsDict, WithTaskAlertNotifier, WithTaskDeleteLogCollection, WithTaskDeleteNvmfSubsystem, WithTaskLogCollection, WithTaskNvmfSubsystem)

__api_version__: str

from .alert_api import AlertApi as AlertApi
from .alert_notifier_api import AlertNotifierApi as AlertNotifierApi
from .alert_rule_api import AlertRuleApi as AlertRuleApi
from .api_info_api import ApiInfoApi as ApiInfoApi
from .application_api import ApplicationApi as ApplicationApi
from .backup_plan_api import BackupPlanApi as BackupPlanApi
from .backup_plan_execution_api import BackupPlanExecutionApi as BackupPlanExecutionApi
from .backup_restore_execution_api import BackupRestoreExecutionApi as BackupRestoreExecutionApi
from .backup_restore_point_api import BackupRestorePointApi as BackupRestorePointApi
from .backup_service_api import BackupServiceApi as BackupServiceApi
from .backup_store_repository_api import BackupStoreRepositoryApi as BackupStoreRepositoryApi
from .backup_target_execution_api import BackupTargetExecutionApi as BackupTargetExecutionApi
from .brick_topo_api import BrickTopoApi as BrickTopoApi
from .cloud_tower_application_api import CloudTowerApplicationApi as CloudTowerApplicationApi
from .cloud_tower_application_package_api import CloudTowerApplicationPackageApi as CloudTowerApplicationPackageApi
from .cluster_api import ClusterApi as ClusterApi
from .cluster_image_api import ClusterImageApi as ClusterImageApi
from .cluster_settings_api import ClusterSettingsApi as ClusterSettingsApi
from .cluster_topo_api import ClusterTopoApi as ClusterTopoApi
from .cluster_upgrade_history_api import ClusterUpgradeHistoryApi as ClusterUpgradeHistoryApi
from .consistency_group_api import ConsistencyGroupApi as ConsistencyGroupApi
from .consistency_group_snapshot_api import ConsistencyGroupSnapshotApi as ConsistencyGroupSnapshotApi
from .content_library_image_api import ContentLibraryImageApi as ContentLibraryImageApi
from .content_library_vm_template_api import ContentLibraryVmTemplateApi as ContentLibraryVmTemplateApi
from .datacenter_api import DatacenterApi as DatacenterApi
from .deploy_api import DeployApi as DeployApi
from .discovered_host_api import DiscoveredHostApi as DiscoveredHostApi
from .disk_api import DiskApi as DiskApi
from .elf_data_store_api import ElfDataStoreApi as ElfDataStoreApi
from .elf_image_api import ElfImageApi as ElfImageApi
from .elf_storage_policy_api import ElfStoragePolicyApi as ElfStoragePolicyApi
from .entity_filter_api import EntityFilterApi as EntityFilterApi
from .everoute_cluster_api import EverouteClusterApi as EverouteClusterApi
from .everoute_license_api import EverouteLicenseApi as EverouteLicenseApi
from .everoute_package_api import EveroutePackageApi as EveroutePackageApi
from .global_alert_rule_api import GlobalAlertRuleApi as GlobalAlertRuleApi
from .global_settings_api import GlobalSettingsApi as GlobalSettingsApi
from .gpu_device_api import GpuDeviceApi as GpuDeviceApi
from .graph_api import GraphApi as GraphApi
from .host_api import HostApi as HostApi
from .internal_api import InternalApi as InternalApi
from .ipmi_api import IpmiApi as IpmiApi
from .iscsi_connection_api import IscsiConnectionApi as IscsiConnectionApi
from .iscsi_lun_api import IscsiLunApi as IscsiLunApi
from .iscsi_lun_snapshot_api import IscsiLunSnapshotApi as IscsiLunSnapshotApi
from .iscsi_target_api import IscsiTargetApi as IscsiTargetApi
from .isolation_policy_api import IsolationPolicyApi as IsolationPolicyApi
from .label_api import LabelApi as LabelApi
from .license_api import LicenseApi as LicenseApi
from .log_collection_api import LogCollectionApi as LogCollectionApi
from .log_service_config_api import LogServiceConfigApi as LogServiceConfigApi
from .metrics_api import MetricsApi as MetricsApi
from .namespace_group_api import NamespaceGroupApi as NamespaceGroupApi
from .network_policy_rule_service_api import NetworkPolicyRuleServiceApi as NetworkPolicyRuleServiceApi
from .nfs_export_api import NfsExportApi as NfsExportApi
from .nfs_inode_api import NfsInodeApi as NfsInodeApi
from .nic_api import NicApi as NicApi
from .node_topo_api import NodeTopoApi as NodeTopoApi
from .ntp_api import NtpApi as NtpApi
from .nvmf_namespace_api import NvmfNamespaceApi as NvmfNamespaceApi
from .nvmf_namespace_snapshot_api import NvmfNamespaceSnapshotApi as NvmfNamespaceSnapshotApi
from .nvmf_subsystem_api import NvmfSubsystemApi as NvmfSubsystemApi
from .observability_api import ObservabilityApi as ObservabilityApi
from .organization_api import OrganizationApi as OrganizationApi
from .ovf_api import OvfApi as OvfApi
from .pci_device_api import PciDeviceApi as PciDeviceApi
from .pmem_dimm_api import PmemDimmApi as PmemDimmApi
from .rack_topo_api import RackTopoApi as RackTopoApi
from .replica_vm_api import ReplicaVmApi as ReplicaVmApi
from .replication_plan_api import ReplicationPlanApi as ReplicationPlanApi
from .report_task_api import ReportTaskApi as ReportTaskApi
from .report_template_api import ReportTemplateApi as ReportTemplateApi
from .resource_change_api import ResourceChangeApi as ResourceChangeApi
from .security_group_api import SecurityGroupApi as SecurityGroupApi
from .security_policy_api import SecurityPolicyApi as SecurityPolicyApi
from .smtp_server_api import SmtpServerApi as SmtpServerApi
from .snapshot_group_api import SnapshotGroupApi as SnapshotGroupApi
from .snapshot_plan_api import SnapshotPlanApi as SnapshotPlanApi
from .snapshot_plan_task_api import SnapshotPlanTaskApi as SnapshotPlanTaskApi
from .snmp_transport_api import SnmpTransportApi as SnmpTransportApi
from .snmp_trap_receiver_api import SnmpTrapReceiverApi as SnmpTrapReceiverApi
from .svt_image_api import SvtImageApi as SvtImageApi
from .system_audit_log_api import SystemAuditLogApi as SystemAuditLogApi
from .table_reporter_api import TableReporterApi as TableReporterApi
from .task_api import TaskApi as TaskApi
from .upload_task_api import UploadTaskApi as UploadTaskApi
from .usb_device_api import UsbDeviceApi as UsbDeviceApi
from .user_api import UserApi as UserApi
from .user_audit_log_api import UserAuditLogApi as UserAuditLogApi
from .user_role_next_api import UserRoleNextApi as UserRoleNextApi
from .v2_everoute_license_api import V2EverouteLicenseApi as V2EverouteLicenseApi
from .vcenter_account_api import VcenterAccountApi as VcenterAccountApi
from .vds_api import VdsApi as VdsApi
from .view_api import ViewApi as ViewApi
from .virtual_private_cloud_api import VirtualPrivateCloudApi as VirtualPrivateCloudApi
from .virtual_private_cloud_cluster_binding_api import VirtualPrivateCloudClusterBindingApi as VirtualPrivateCloudClusterBindingApi
from .virtual_private_cloud_edge_gateway_api import VirtualPrivateCloudEdgeGatewayApi as VirtualPrivateCloudEdgeGatewayApi
from .virtual_private_cloud_edge_gateway_group_api import VirtualPrivateCloudEdgeGatewayGroupApi as VirtualPrivateCloudEdgeGatewayGroupApi
from .virtual_private_cloud_external_subnet_api import VirtualPrivateCloudExternalSubnetApi as VirtualPrivateCloudExternalSubnetApi
from .virtual_private_cloud_external_subnet_group_api import VirtualPrivateCloudExternalSubnetGroupApi as VirtualPrivateCloudExternalSubnetGroupApi
from .virtual_private_cloud_floating_ip_api import VirtualPrivateCloudFloatingIpApi as VirtualPrivateCloudFloatingIpApi
from .virtual_private_cloud_nat_gateway_api import VirtualPrivateCloudNatGatewayApi as VirtualPrivateCloudNatGatewayApi
from .virtual_private_cloud_route_table_api import VirtualPrivateCloudRouteTableApi as VirtualPrivateCloudRouteTableApi
from .virtual_private_cloud_router_gateway_api import VirtualPrivateCloudRouterGatewayApi as VirtualPrivateCloudRouterGatewayApi
from .virtual_private_cloud_security_group_api import VirtualPrivateCloudSecurityGroupApi as VirtualPrivateCloudSecurityGroupApi
from .virtual_private_cloud_security_policy_api import VirtualPrivateCloudSecurityPolicyApi as VirtualPrivateCloudSecurityPolicyApi
from .virtual_private_cloud_subnet_api import VirtualPrivateCloudSubnetApi as VirtualPrivateCloudSubnetApi
from .vlan_api import VlanApi as VlanApi
from .vm_api import VmApi as VmApi
from .vm_disk_api import VmDiskApi as VmDiskApi
from .vm_entity_filter_result_api import VmEntityFilterResultApi as VmEntityFilterResultApi
from .vm_export_file_api import VmExportFileApi as VmExportFileApi
from .vm_folder_api import VmFolderApi as VmFolderApi
from .vm_nic_api import VmNicApi as VmNicApi
from .vm_placement_group_api import VmPlacementGroupApi as VmPlacementGroupApi
from .vm_snapshot_api import VmSnapshotApi as VmSnapshotApi
from .vm_template_api import VmTemplateApi as VmTemplateApi
from .vm_volume_api import VmVolumeApi as VmVolumeApi
from .vm_volume_snapshot_api import VmVolumeSnapshotApi as VmVolumeSnapshotApi
from .vsphere_esxi_account_api import VsphereEsxiAccountApi as VsphereEsxiAccountApi
from .witness_api import WitnessApi as WitnessApi
from .witness_service_api import WitnessServiceApi as WitnessServiceApi
from .zone_api import ZoneApi as ZoneApi
from .zone_topo_api import ZoneTopoApi as ZoneTopoApi
__all__ = ["AlertApi", "AlertNotifierApi", "AlertRuleApi", "ApiInfoApi", "ApplicationApi", "BackupPlanApi", "BackupPlanExecutionApi", "BackupRestoreExecutionApi", "BackupRestorePointApi", "BackupServiceApi", "BackupStoreRepositoryApi", "BackupTargetExecutionApi", "BrickTopoApi", "CloudTowerApplicationApi", "CloudTowerApplicationPackageApi", "ClusterApi", "ClusterImageApi", "ClusterSettingsApi", "ClusterTopoApi", "ClusterUpgradeHistoryApi", "ConsistencyGroupApi", "ConsistencyGroupSnapshotApi", "ContentLibraryImageApi", "ContentLibraryVmTemplateApi", "DatacenterApi", "DeployApi", "DiscoveredHostApi", "DiskApi", "ElfDataStoreApi", "ElfImageApi", "ElfStoragePolicyApi", "EntityFilterApi", "EverouteClusterApi", "EverouteLicenseApi", "EveroutePackageApi", "GlobalAlertRuleApi", "GlobalSettingsApi", "GpuDeviceApi", "GraphApi", "HostApi", "InternalApi", "IpmiApi", "IscsiConnectionApi", "IscsiLunApi", "IscsiLunSnapshotApi", "IscsiTargetApi", "IsolationPolicyApi", "LabelApi", "LicenseApi", "LogCollectionApi", "LogServiceConfigApi", "MetricsApi", "NamespaceGroupApi", "NetworkPolicyRuleServiceApi", "NfsExportApi", "NfsInodeApi", "NicApi", "NodeTopoApi", "NtpApi", "NvmfNamespaceApi", "NvmfNamespaceSnapshotApi", "NvmfSubsystemApi", "ObservabilityApi", "OrganizationApi", "OvfApi", "PciDeviceApi", "PmemDimmApi", "RackTopoApi", "ReplicaVmApi", "ReplicationPlanApi", "ReportTaskApi", "ReportTemplateApi", "ResourceChangeApi", "SecurityGroupApi", "SecurityPolicyApi", "SmtpServerApi", "SnapshotGroupApi", "SnapshotPlanApi", "SnapshotPlanTaskApi", "SnmpTransportApi", "SnmpTrapReceiverApi", "SvtImageApi", "SystemAuditLogApi", "TableReporterApi", "TaskApi", "UploadTaskApi", "UsbDeviceApi", "UserApi", "UserAuditLogApi", "UserRoleNextApi", "V2EverouteLicenseApi", "VcenterAccountApi", "VdsApi", "ViewApi", "VirtualPrivateCloudApi", "VirtualPrivateCloudClusterBindingApi", "VirtualPrivateCloudEdgeGatewayApi", "VirtualPrivateCloudEdgeGatewayGroupApi", "VirtualPrivateCloudExternalSubnetApi", "VirtualPrivateCloudExternalSubnetGroupApi", "VirtualPrivateCloudFloatingIpApi", "VirtualPrivateCloudNatGatewayApi", "VirtualPrivateCloudRouteTableApi", "VirtualPrivateCloudRouterGatewayApi", "VirtualPrivateCloudSecurityGroupApi", "VirtualPrivateCloudSecurityPolicyApi", "VirtualPrivateCloudSubnetApi", "VlanApi", "VmApi", "VmDiskApi", "VmEntityFilterResultApi", "VmExportFileApi", "VmFolderApi", "VmNicApi", "VmPlacementGroupApi", "VmSnapshotApi", "VmTemplateApi", "VmVolumeApi", "VmVolumeSnapshotApi", "VsphereEsxiAccountApi", "WitnessApi", "WitnessServiceApi", "ZoneApi", "ZoneTopoApi", "DefaultApi", "IscsiApi", "__api_version__"]


@deprecated("DefaultApi is deprecated: its methods moved to other Api classes")
class DefaultApi(Api):
    @overload
    @deprecated("DefaultApi.create_log_collection is deprecated; use LogCollectionApi.create_log_collection")
    def create_log_collection(self, log_collection_creation_params: Sequence[LogCollectionCreationParams | LogCollectionCreationParamsDict], *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[WithTaskLogCollection]: ...
    @overload
    @deprecated("DefaultApi.create_log_collection is deprecated; use LogCollectionApi.create_log_collection")
    def create_log_collection(self, log_collection_creation_params: Sequence[LogCollectionCreationParams | LogCollectionCreationParamsDict], *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[WithTaskLogCollection]]: ...
    @overload
    @deprecated("DefaultApi.create_log_collection is deprecated; use LogCollectionApi.create_log_collection_with_http_info")
    def create_log_collection_with_http_info(self, log_collection_creation_params: Sequence[LogCollectionCreationParams | LogCollectionCreationParamsDict], *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[WithTaskLogCollection]]: ...
    @overload
    @deprecated("DefaultApi.create_log_collection is deprecated; use LogCollectionApi.create_log_collection_with_http_info")
    def create_log_collection_with_http_info(self, log_collection_creation_params: Sequence[LogCollectionCreationParams | LogCollectionCreationParamsDict], *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[WithTaskLogCollection]]]: ...
    @overload
    @deprecated("DefaultApi.create_nvmf_subsystem is deprecated; use NvmfSubsystemApi.create_nvmf_subsystem")
    def create_nvmf_subsystem(self, nvmf_subsystem_creation_params: Sequence[NvmfSubsystemCreationParams | NvmfSubsystemCreationParamsDict], *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[WithTaskNvmfSubsystem]: ...
    @overload
    @deprecated("DefaultApi.create_nvmf_subsystem is deprecated; use NvmfSubsystemApi.create_nvmf_subsystem")
    def create_nvmf_subsystem(self, nvmf_subsystem_creation_params: Sequence[NvmfSubsystemCreationParams | NvmfSubsystemCreationParamsDict], *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[WithTaskNvmfSubsystem]]: ...
    @overload
    @deprecated("DefaultApi.create_nvmf_subsystem is deprecated; use NvmfSubsystemApi.create_nvmf_subsystem_with_http_info")
    def create_nvmf_subsystem_with_http_info(self, nvmf_subsystem_creation_params: Sequence[NvmfSubsystemCreationParams | NvmfSubsystemCreationParamsDict], *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[WithTaskNvmfSubsystem]]: ...
    @overload
    @deprecated("DefaultApi.create_nvmf_subsystem is deprecated; use NvmfSubsystemApi.create_nvmf_subsystem_with_http_info")
    def create_nvmf_subsystem_with_http_info(self, nvmf_subsystem_creation_params: Sequence[NvmfSubsystemCreationParams | NvmfSubsystemCreationParamsDict], *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[WithTaskNvmfSubsystem]]]: ...
    @overload
    @deprecated("DefaultApi.delete_log_collection is deprecated; use LogCollectionApi.delete_log_collection")
    def delete_log_collection(self, log_collection_deletion_params: LogCollectionDeletionParams | LogCollectionDeletionParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[WithTaskDeleteLogCollection]: ...
    @overload
    @deprecated("DefaultApi.delete_log_collection is deprecated; use LogCollectionApi.delete_log_collection")
    def delete_log_collection(self, log_collection_deletion_params: LogCollectionDeletionParams | LogCollectionDeletionParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[WithTaskDeleteLogCollection]]: ...
    @overload
    @deprecated("DefaultApi.delete_log_collection is deprecated; use LogCollectionApi.delete_log_collection_with_http_info")
    def delete_log_collection_with_http_info(self, log_collection_deletion_params: LogCollectionDeletionParams | LogCollectionDeletionParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[WithTaskDeleteLogCollection]]: ...
    @overload
    @deprecated("DefaultApi.delete_log_collection is deprecated; use LogCollectionApi.delete_log_collection_with_http_info")
    def delete_log_collection_with_http_info(self, log_collection_deletion_params: LogCollectionDeletionParams | LogCollectionDeletionParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[WithTaskDeleteLogCollection]]]: ...
    @overload
    @deprecated("DefaultApi.delete_nvmf_subsystem is deprecated; use NvmfSubsystemApi.delete_nvmf_subsystem")
    def delete_nvmf_subsystem(self, nvmf_subsystem_deletion_params: NvmfSubsystemDeletionParams | NvmfSubsystemDeletionParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[WithTaskDeleteNvmfSubsystem]: ...
    @overload
    @deprecated("DefaultApi.delete_nvmf_subsystem is deprecated; use NvmfSubsystemApi.delete_nvmf_subsystem")
    def delete_nvmf_subsystem(self, nvmf_subsystem_deletion_params: NvmfSubsystemDeletionParams | NvmfSubsystemDeletionParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[WithTaskDeleteNvmfSubsystem]]: ...
    @overload
    @deprecated("DefaultApi.delete_nvmf_subsystem is deprecated; use NvmfSubsystemApi.delete_nvmf_subsystem_with_http_info")
    def delete_nvmf_subsystem_with_http_info(self, nvmf_subsystem_deletion_params: NvmfSubsystemDeletionParams | NvmfSubsystemDeletionParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[WithTaskDeleteNvmfSubsystem]]: ...
    @overload
    @deprecated("DefaultApi.delete_nvmf_subsystem is deprecated; use NvmfSubsystemApi.delete_nvmf_subsystem_with_http_info")
    def delete_nvmf_subsystem_with_http_info(self, nvmf_subsystem_deletion_params: NvmfSubsystemDeletionParams | NvmfSubsystemDeletionParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[WithTaskDeleteNvmfSubsystem]]]: ...
    @overload
    @deprecated("DefaultApi.force_stop_log_collection is deprecated; use LogCollectionApi.force_stop_log_collection")
    def force_stop_log_collection(self, force_stop_log_collection_params: ForceStopLogCollectionParams | ForceStopLogCollectionParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[WithTaskLogCollection]: ...
    @overload
    @deprecated("DefaultApi.force_stop_log_collection is deprecated; use LogCollectionApi.force_stop_log_collection")
    def force_stop_log_collection(self, force_stop_log_collection_params: ForceStopLogCollectionParams | ForceStopLogCollectionParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[WithTaskLogCollection]]: ...
    @overload
    @deprecated("DefaultApi.force_stop_log_collection is deprecated; use LogCollectionApi.force_stop_log_collection_with_http_info")
    def force_stop_log_collection_with_http_info(self, force_stop_log_collection_params: ForceStopLogCollectionParams | ForceStopLogCollectionParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[WithTaskLogCollection]]: ...
    @overload
    @deprecated("DefaultApi.force_stop_log_collection is deprecated; use LogCollectionApi.force_stop_log_collection_with_http_info")
    def force_stop_log_collection_with_http_info(self, force_stop_log_collection_params: ForceStopLogCollectionParams | ForceStopLogCollectionParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[WithTaskLogCollection]]]: ...
    @overload
    @deprecated("DefaultApi.update_alert_notifier is deprecated; use AlertNotifierApi.update_alert_notifier")
    def update_alert_notifier(self, alert_notifier_updation_params: AlertNotifierUpdationParams | AlertNotifierUpdationParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> WithTaskAlertNotifier: ...
    @overload
    @deprecated("DefaultApi.update_alert_notifier is deprecated; use AlertNotifierApi.update_alert_notifier")
    def update_alert_notifier(self, alert_notifier_updation_params: AlertNotifierUpdationParams | AlertNotifierUpdationParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[WithTaskAlertNotifier]: ...
    @overload
    @deprecated("DefaultApi.update_alert_notifier is deprecated; use AlertNotifierApi.update_alert_notifier_with_http_info")
    def update_alert_notifier_with_http_info(self, alert_notifier_updation_params: AlertNotifierUpdationParams | AlertNotifierUpdationParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[WithTaskAlertNotifier]: ...
    @overload
    @deprecated("DefaultApi.update_alert_notifier is deprecated; use AlertNotifierApi.update_alert_notifier_with_http_info")
    def update_alert_notifier_with_http_info(self, alert_notifier_updation_params: AlertNotifierUpdationParams | AlertNotifierUpdationParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[WithTaskAlertNotifier]]: ...
    @overload
    @deprecated("DefaultApi.update_nvmf_subsystem is deprecated; use NvmfSubsystemApi.update_nvmf_subsystem")
    def update_nvmf_subsystem(self, nvmf_subsystem_updation_params: NvmfSubsystemUpdationParams | NvmfSubsystemUpdationParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[WithTaskNvmfSubsystem]: ...
    @overload
    @deprecated("DefaultApi.update_nvmf_subsystem is deprecated; use NvmfSubsystemApi.update_nvmf_subsystem")
    def update_nvmf_subsystem(self, nvmf_subsystem_updation_params: NvmfSubsystemUpdationParams | NvmfSubsystemUpdationParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[WithTaskNvmfSubsystem]]: ...
    @overload
    @deprecated("DefaultApi.update_nvmf_subsystem is deprecated; use NvmfSubsystemApi.update_nvmf_subsystem_with_http_info")
    def update_nvmf_subsystem_with_http_info(self, nvmf_subsystem_updation_params: NvmfSubsystemUpdationParams | NvmfSubsystemUpdationParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[WithTaskNvmfSubsystem]]: ...
    @overload
    @deprecated("DefaultApi.update_nvmf_subsystem is deprecated; use NvmfSubsystemApi.update_nvmf_subsystem_with_http_info")
    def update_nvmf_subsystem_with_http_info(self, nvmf_subsystem_updation_params: NvmfSubsystemUpdationParams | NvmfSubsystemUpdationParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[WithTaskNvmfSubsystem]]]: ...


@deprecated("IscsiApi is deprecated: its methods moved to other Api classes")
class IscsiApi(Api):
    @overload
    @deprecated("IscsiApi.get_iscsi_connections_connection is deprecated; use IscsiConnectionApi.get_iscsi_connections_connection")
    def get_iscsi_connections_connection(self, get_iscsi_connections_connection_request_body: GetIscsiConnectionsConnectionRequestBody | GetIscsiConnectionsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> IscsiConnectionConnection: ...
    @overload
    @deprecated("IscsiApi.get_iscsi_connections_connection is deprecated; use IscsiConnectionApi.get_iscsi_connections_connection")
    def get_iscsi_connections_connection(self, get_iscsi_connections_connection_request_body: GetIscsiConnectionsConnectionRequestBody | GetIscsiConnectionsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[IscsiConnectionConnection]: ...
    @overload
    @deprecated("IscsiApi.get_iscsi_connections_connection is deprecated; use IscsiConnectionApi.get_iscsi_connections_connection_with_http_info")
    def get_iscsi_connections_connection_with_http_info(self, get_iscsi_connections_connection_request_body: GetIscsiConnectionsConnectionRequestBody | GetIscsiConnectionsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[IscsiConnectionConnection]: ...
    @overload
    @deprecated("IscsiApi.get_iscsi_connections_connection is deprecated; use IscsiConnectionApi.get_iscsi_connections_connection_with_http_info")
    def get_iscsi_connections_connection_with_http_info(self, get_iscsi_connections_connection_request_body: GetIscsiConnectionsConnectionRequestBody | GetIscsiConnectionsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[IscsiConnectionConnection]]: ...
