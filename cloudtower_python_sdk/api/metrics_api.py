# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class MetricsApi(Api):
    """The Metrics operations of the CloudTower API (docs/apis/MetricsApi.md)."""
    get_cluster_metrics = Op('get_cluster_metrics', 'POST', '/get-cluster-metrics', body=('get_cluster_metric_input', 'GetClusterMetricInput', True), returns='list[WithTaskMetric]')
    get_cluster_metrics_with_http_info = get_cluster_metrics.with_http_info
    get_disk_metrics = Op('get_disk_metrics', 'POST', '/get-disk-metrics', body=('get_disk_metric_input', 'GetDiskMetricInput', True), returns='list[WithTaskMetric]')
    get_disk_metrics_with_http_info = get_disk_metrics.with_http_info
    get_host_metrics = Op('get_host_metrics', 'POST', '/get-host-metrics', body=('get_host_metric_input', 'GetHostMetricInput', True), returns='list[WithTaskMetric]')
    get_host_metrics_with_http_info = get_host_metrics.with_http_info
    get_host_network_metrics = Op('get_host_network_metrics', 'POST', '/get-host-network-metrics', body=('get_host_network_metric_input', 'GetHostNetworkMetricInput', True), returns='list[WithTaskMetric]')
    get_host_network_metrics_with_http_info = get_host_network_metrics.with_http_info
    get_host_servicek_metrics = Op('get_host_servicek_metrics', 'POST', '/get-host-service-metrics', body=('get_host_service_metric_input', 'GetHostServiceMetricInput', True), returns='list[WithTaskMetric]')
    get_host_servicek_metrics_with_http_info = get_host_servicek_metrics.with_http_info
    get_lun_metrics = Op('get_lun_metrics', 'POST', '/get-lun-metrics', body=('get_lun_metric_input', 'GetLunMetricInput', True), returns='list[WithTaskMetric]')
    get_lun_metrics_with_http_info = get_lun_metrics.with_http_info
    get_nvmf_namespace_metrics = Op('get_nvmf_namespace_metrics', 'POST', '/get-nvmf-namespace-metrics', body=('get_nvmf_namespace_metric_input', 'GetNvmfNamespaceMetricInput', True), returns='list[WithTaskMetric]')
    get_nvmf_namespace_metrics_with_http_info = get_nvmf_namespace_metrics.with_http_info
    get_scvm_disk_metrics = Op('get_scvm_disk_metrics', 'POST', '/get-scvm-disk-metrics', body=('get_scvm_disk_metric_input', 'GetSCVMDiskMetricInput', True), returns='list[WithTaskMetric]')
    get_scvm_disk_metrics_with_http_info = get_scvm_disk_metrics.with_http_info
    get_scvm_metrics = Op('get_scvm_metrics', 'POST', '/get-scvm-metrics', body=('get_scvm_metric_input', 'GetScvmMetricInput', True), returns='list[WithTaskMetric]')
    get_scvm_metrics_with_http_info = get_scvm_metrics.with_http_info
    get_scvm_network_metrics = Op('get_scvm_network_metrics', 'POST', '/get-scvm-network-metrics', body=('get_scvm_network_input', 'GetScvmNetworkInput', True), returns='list[WithTaskMetric]')
    get_scvm_network_metrics_with_http_info = get_scvm_network_metrics.with_http_info
    get_scvm_servicek_metrics = Op('get_scvm_servicek_metrics', 'POST', '/get-scvm-service-metrics', body=('get_scvm_service_metric_input', 'GetScvmServiceMetricInput', True), returns='list[WithTaskMetric]')
    get_scvm_servicek_metrics_with_http_info = get_scvm_servicek_metrics.with_http_info
    get_top_nvm_volume_metrics = Op('get_top_nvm_volume_metrics', 'POST', '/get-top-n-metrics-in-clusters', body=('get_top_n_metric_input', 'GetTopNMetricInput', True), returns='list[WithTaskMetric]')
    get_top_nvm_volume_metrics_with_http_info = get_top_nvm_volume_metrics.with_http_info
    get_vm_metrics = Op('get_vm_metrics', 'POST', '/get-vm-metrics', body=('get_vm_metric_input', 'GetVmMetricInput', True), returns='list[WithTaskMetric]')
    get_vm_metrics_with_http_info = get_vm_metrics.with_http_info
    get_vm_net_work_metrics = Op('get_vm_net_work_metrics', 'POST', '/get-vm-network-metrics', body=('get_vm_net_work_metric_input', 'GetVmNetWorkMetricInput', True), returns='list[WithTaskMetric]')
    get_vm_net_work_metrics_with_http_info = get_vm_net_work_metrics.with_http_info
    get_vm_volume_metrics = Op('get_vm_volume_metrics', 'POST', '/get-vm-volume-metrics', body=('get_vm_volume_metric_input', 'GetVmVolumeMetricInput', True), returns='list[WithTaskMetric]')
    get_vm_volume_metrics_with_http_info = get_vm_volume_metrics.with_http_info
    get_witness_metrics = Op('get_witness_metrics', 'POST', '/get-witness-metrics', body=('get_witness_metric_input', 'GetWitnessMetricInput', True), returns='list[WithTaskMetric]')
    get_witness_metrics_with_http_info = get_witness_metrics.with_http_info
    get_zone_metrics = Op('get_zone_metrics', 'POST', '/get-zone-metrics', body=('get_zone_metric_input', 'GetZoneMetricInput', True), returns='list[WithTaskMetric]')
    get_zone_metrics_with_http_info = get_zone_metrics.with_http_info
