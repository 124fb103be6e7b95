# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmApi(Api):
    """The Vm operations of the CloudTower API (docs/apis/VmApi.md)."""
    abort_migrate_vm_across_cluster = Op('abort_migrate_vm_across_cluster', 'POST', '/abort-migrate-vm-across-cluster', body=('abort_migrate_vm_across_cluster_params', 'AbortMigrateVmAcrossClusterParams', True), returns='list[Task]')
    abort_migrate_vm_across_cluster_with_http_info = abort_migrate_vm_across_cluster.with_http_info
    add_vm_cd_rom = Op('add_vm_cd_rom', 'POST', '/add-vm-cd-rom', body=('vm_add_cd_rom_params', 'VmAddCdRomParams', True), returns='list[WithTaskVm]')
    add_vm_cd_rom_with_http_info = add_vm_cd_rom.with_http_info
    add_vm_disk = Op('add_vm_disk', 'POST', '/add-vm-disk', body=('vm_add_disk_params', 'VmAddDiskParams', True), returns='list[WithTaskVm]')
    add_vm_disk_with_http_info = add_vm_disk.with_http_info
    add_vm_gpu_device = Op('add_vm_gpu_device', 'POST', '/add-vm-gpu-device', body=('vm_add_gpu_device_params', 'VmAddGpuDeviceParams', True), returns='list[WithTaskVm]')
    add_vm_gpu_device_with_http_info = add_vm_gpu_device.with_http_info
    add_vm_nic = Op('add_vm_nic', 'POST', '/add-vm-nic', body=('vm_add_nic_params', 'VmAddNicParams', True), returns='list[WithTaskVm]')
    add_vm_nic_with_http_info = add_vm_nic.with_http_info
    add_vm_pci_nic = Op('add_vm_pci_nic', 'POST', '/add-vm-pci-nic', body=('vm_operate_pci_nic_params', 'VmOperatePciNicParams', True), returns='list[WithTaskVm]')
    add_vm_pci_nic_with_http_info = add_vm_pci_nic.with_http_info
    add_vm_to_folder = Op('add_vm_to_folder', 'POST', '/add-vm-to-folder', body=('vm_add_folder_params', 'VmAddFolderParams', True), returns='list[WithTaskVm]')
    add_vm_to_folder_with_http_info = add_vm_to_folder.with_http_info
    clone_vm = Op('clone_vm', 'POST', '/clone-vm', body=('vm_clone_params', 'list[VmCloneParams]', True), returns='list[WithTaskVm]')
    clone_vm_with_http_info = clone_vm.with_http_info
    convert_vm_template_to_vm = Op('convert_vm_template_to_vm', 'POST', '/convert-vm-template-to-vm', body=('convert_vm_template_to_vm_params', 'list[ConvertVmTemplateToVmParams]', True), returns='list[WithTaskVm]')
    convert_vm_template_to_vm_with_http_info = convert_vm_template_to_vm.with_http_info
    create_vm = Op('create_vm', 'POST', '/create-vm', body=('vm_creation_params', 'list[VmCreationParams]', True), returns='list[WithTaskVm]')
    create_vm_with_http_info = create_vm.with_http_info
    create_vm_from_content_library_template = Op('create_vm_from_content_library_template', 'POST', '/create-vm-from-content-library-template', body=('vm_create_vm_from_content_library_template_params', 'list[VmCreateVmFromContentLibraryTemplateParams]', True), returns='list[WithTaskVm]')
    create_vm_from_content_library_template_with_http_info = create_vm_from_content_library_template.with_http_info
    create_vm_from_content_library_template_batch = Op('create_vm_from_content_library_template_batch', 'POST', '/create-vm-from-content-library-template-batch', body=('vm_create_vm_from_content_library_template_batch_params', 'VmCreateVmFromContentLibraryTemplateBatchParams', True), returns='WithTaskVmArray')
    create_vm_from_content_library_template_batch_with_http_info = create_vm_from_content_library_template_batch.with_http_info
    create_vm_from_template = Op('create_vm_from_template', 'POST', '/create-vm-from-template', body=('vm_create_vm_from_template_params', 'list[VmCreateVmFromTemplateParams]', True), returns='list[WithTaskVm]')
    create_vm_from_template_with_http_info = create_vm_from_template.with_http_info
    delete_vm = Op('delete_vm', 'POST', '/delete-vm', body=('vm_delete_params', 'VmDeleteParams', True), returns='list[WithTaskDeleteVm]')
    delete_vm_with_http_info = delete_vm.with_http_info
    eject_iso_from_vm_cd_rom = Op('eject_iso_from_vm_cd_rom', 'POST', '/eject-iso-from-vm-cd-rom', body=('vm_eject_cd_rom_params', 'VmEjectCdRomParams', True), returns='list[WithTaskVm]')
    eject_iso_from_vm_cd_rom_with_http_info = eject_iso_from_vm_cd_rom.with_http_info
    expand_vm_disk = Op('expand_vm_disk', 'POST', '/expand-vm-disk', body=('vm_expand_vm_disk_params', 'VmExpandVmDiskParams', True), returns='list[WithTaskVm]')
    expand_vm_disk_with_http_info = expand_vm_disk.with_http_info
    export_vm = Op('export_vm', 'POST', '/export-vm', body=('vm_export_params', 'VmExportParams', True), returns='list[WithTaskVmExportFile]')
    export_vm_with_http_info = export_vm.with_http_info
    force_restart_vm = Op('force_restart_vm', 'POST', '/force-restart-vm', body=('vm_operate_params', 'VmOperateParams', True), returns='list[WithTaskVm]')
    force_restart_vm_with_http_info = force_restart_vm.with_http_info
    get_vm_gpu_device_info = Op('get_vm_gpu_device_info', 'POST', '/get-vm-gpu-device-info', body=('get_vms_request_body', 'GetVmsRequestBody', True), returns='list[VmGpuInfo]')
    get_vm_gpu_device_info_with_http_info = get_vm_gpu_device_info.with_http_info
    get_vm_vnc_info = Op('get_vm_vnc_info', 'POST', '/get-vm-vnc-info', body=('get_vm_vnc_info_params', 'GetVmVncInfoParams', True), returns='VmVncInfo')
    get_vm_vnc_info_with_http_info = get_vm_vnc_info.with_http_info
    get_vms = Op('get_vms', 'POST', '/get-vms', body=('get_vms_request_body', 'GetVmsRequestBody', True), returns='list[Vm]')
    get_vms_with_http_info = get_vms.with_http_info
    get_vms_connection = Op('get_vms_connection', 'POST', '/get-vms-connection', body=('get_vms_connection_request_body', 'GetVmsConnectionRequestBody', True), returns='VmConnection')
    get_vms_connection_with_http_info = get_vms_connection.with_http_info
    import_vm = Op('import_vm', 'POST', '/import-vm', body=('vm_import_params', 'list[VmImportParams]', True), returns='list[WithTaskVm]')
    import_vm_with_http_info = import_vm.with_http_info
    install_vmtools = Op('install_vmtools', 'POST', '/install-vmtools', body=('install_vmtools_params', 'InstallVmtoolsParams', True), returns='list[WithTaskVm]')
    install_vmtools_with_http_info = install_vmtools.with_http_info
    migrate_vm = Op('migrate_vm', 'POST', '/migrate-vm', body=('vm_migrate_params', 'VmMigrateParams', True), returns='list[WithTaskVm]')
    migrate_vm_with_http_info = migrate_vm.with_http_info
    migrate_vm_across_cluster = Op('migrate_vm_across_cluster', 'POST', '/migrate-vm-across-cluster', body=('vm_migrate_across_cluster_params', 'VmMigrateAcrossClusterParams', True), returns='list[WithTaskVm]')
    migrate_vm_across_cluster_with_http_info = migrate_vm_across_cluster.with_http_info
    move_vm_to_recycle_bin = Op('move_vm_to_recycle_bin', 'POST', '/move-vm-to-recycle', body=('vm_operate_params', 'VmOperateParams', True), returns='list[WithTaskDeleteVm]')
    move_vm_to_recycle_bin_with_http_info = move_vm_to_recycle_bin.with_http_info
    poweroff_vm = Op('poweroff_vm', 'POST', '/poweroff-vm', body=('vm_operate_params', 'VmOperateParams', True), returns='list[WithTaskVm]')
    poweroff_vm_with_http_info = poweroff_vm.with_http_info
    rebuild_vm = Op('rebuild_vm', 'POST', '/rebuild-vm-from-snapshot', body=('vm_rebuild_params', 'list[VmRebuildParams]', True), returns='list[WithTaskVm]')
    rebuild_vm_with_http_info = rebuild_vm.with_http_info
    recover_vm_from_recycle_bin = Op('recover_vm_from_recycle_bin', 'POST', '/recover-vm-from-recycle', body=('vm_operate_params', 'VmOperateParams', True), returns='list[WithTaskDeleteVm]')
    recover_vm_from_recycle_bin_with_http_info = recover_vm_from_recycle_bin.with_http_info
    remove_vm_cd_rom = Op('remove_vm_cd_rom', 'POST', '/remove-vm-cd-rom', body=('vm_remove_cd_rom_params', 'VmRemoveCdRomParams', True), returns='list[WithTaskVm]')
    remove_vm_cd_rom_with_http_info = remove_vm_cd_rom.with_http_info
    remove_vm_disk = Op('remove_vm_disk', 'POST', '/remove-vm-disk', body=('vm_remove_disk_params', 'VmRemoveDiskParams', True), returns='list[WithTaskVm]')
    remove_vm_disk_with_http_info = remove_vm_disk.with_http_info
    remove_vm_gpu_device = Op('remove_vm_gpu_device', 'POST', '/remove-vm-gpu-device', body=('vm_remove_gpu_device_params', 'VmRemoveGpuDeviceParams', True), returns='list[WithTaskVm]')
    remove_vm_gpu_device_with_http_info = remove_vm_gpu_device.with_http_info
    remove_vm_nic = Op('remove_vm_nic', 'POST', '/remove-vm-nic', body=('vm_remove_nic_params', 'VmRemoveNicParams', True), returns='list[WithTaskVm]')
    remove_vm_nic_with_http_info = remove_vm_nic.with_http_info
    remove_vm_nic_by_where = Op('remove_vm_nic_by_where', 'POST', '/remove-vm-nic-by-where', body=('vm_remove_nic_by_where_params', 'VmRemoveNicByWhereParams', True), returns='list[WithTaskVm]')
    remove_vm_nic_by_where_with_http_info = remove_vm_nic_by_where.with_http_info
    remove_vm_pci_nic = Op('remove_vm_pci_nic', 'POST', '/remove-vm-pci-nic', body=('vm_operate_pci_nic_params', 'VmOperatePciNicParams', True), returns='list[WithTaskVm]')
    remove_vm_pci_nic_with_http_info = remove_vm_pci_nic.with_http_info
    remove_vm_to_folder = Op('remove_vm_to_folder', 'POST', '/remove-vm-from-folder', body=('vm_operate_params', 'VmOperateParams', True), returns='list[WithTaskVm]')
    remove_vm_to_folder_with_http_info = remove_vm_to_folder.with_http_info
    reset_vm_guest_os_password = Op('reset_vm_guest_os_password', 'POST', '/reset-vm-guest-os-password', body=('vm_reset_guest_os_password_params', 'VmResetGuestOsPasswordParams', True), returns='list[WithTaskVm]')
    reset_vm_guest_os_password_with_http_info = reset_vm_guest_os_password.with_http_info
    restart_vm = Op('restart_vm', 'POST', '/restart-vm', body=('vm_operate_params', 'VmOperateParams', True), returns='list[WithTaskVm]')
    restart_vm_with_http_info = restart_vm.with_http_info
    resume_vm = Op('resume_vm', 'POST', '/resume-vm', body=('vm_operate_params', 'VmOperateParams', True), returns='list[WithTaskVm]')
    resume_vm_with_http_info = resume_vm.with_http_info
    rollback_vm = Op('rollback_vm', 'POST', '/rollback-vm', body=('vm_rollback_params', 'VmRollbackParams', True), returns='list[WithTaskVm]')
    rollback_vm_with_http_info = rollback_vm.with_http_info
    shut_down_vm = Op('shut_down_vm', 'POST', '/shutdown-vm', body=('vm_operate_params', 'VmOperateParams', True), returns='list[WithTaskVm]')
    shut_down_vm_with_http_info = shut_down_vm.with_http_info
    start_vm = Op('start_vm', 'POST', '/start-vm', body=('vm_start_params', 'VmStartParams', True), returns='list[WithTaskVm]')
    start_vm_with_http_info = start_vm.with_http_info
    stop_vm_in_cutover_migration = Op('stop_vm_in_cutover_migration', 'POST', '/stop-vm-in-cutover-migration', body=('stop_vm_in_cutover_migration_params', 'StopVmInCutoverMigrationParams', True), returns='list[WithTaskVm]')
    stop_vm_in_cutover_migration_with_http_info = stop_vm_in_cutover_migration.with_http_info
    suspend_vm = Op('suspend_vm', 'POST', '/suspend-vm', body=('vm_operate_params', 'VmOperateParams', True), returns='list[WithTaskVm]')
    suspend_vm_with_http_info = suspend_vm.with_http_info
    toggle_vm_cd_rom_disable = Op('toggle_vm_cd_rom_disable', 'POST', '/toggle-vm-cd-rom-disable', body=('vm_toggle_cd_rom_disable_params', 'VmToggleCdRomDisableParams', True), returns='list[WithTaskVm]')
    toggle_vm_cd_rom_disable_with_http_info = toggle_vm_cd_rom_disable.with_http_info
    update_vm = Op('update_vm', 'POST', '/update-vm-basic-info', body=('vm_update_params', 'VmUpdateParams', True), returns='list[WithTaskVm]')
    update_vm_with_http_info = update_vm.with_http_info
    update_vm_advanced_options = Op('update_vm_advanced_options', 'POST', '/update-vm-advanced-options', body=('vm_update_advanced_options_params', 'VmUpdateAdvancedOptionsParams', True), returns='list[WithTaskVm]')
    update_vm_advanced_options_with_http_info = update_vm_advanced_options.with_http_info
    update_vm_disk = Op('update_vm_disk', 'POST', '/update-vm-disk', body=('vm_update_disk_params', 'VmUpdateDiskParams', True), returns='list[WithTaskVm]')
    update_vm_disk_with_http_info = update_vm_disk.with_http_info
    update_vm_host_options = Op('update_vm_host_options', 'POST', '/update-vm-host-options', body=('vm_update_host_options_params', 'VmUpdateHostOptionsParams', True), returns='list[WithTaskVm]')
    update_vm_host_options_with_http_info = update_vm_host_options.with_http_info
    update_vm_io_policy = Op('update_vm_io_policy', 'POST', '/update-vm-io-policy', body=('vm_update_io_policy_params', 'VmUpdateIoPolicyParams', True), returns='list[WithTaskVm]')
    update_vm_io_policy_with_http_info = update_vm_io_policy.with_http_info
    update_vm_nic = Op('update_vm_nic', 'POST', '/update-vm-nic', body=('vm_update_nic_params', 'VmUpdateNicParams', True), returns='list[WithTaskVm]')
    update_vm_nic_with_http_info = update_vm_nic.with_http_info
    update_vm_nic_advance_info = Op('update_vm_nic_advance_info', 'POST', '/update-vm-nic-advance-info', body=('vm_update_nic_advance_info_params', 'VmUpdateNicAdvanceInfoParams', True), returns='list[WithTaskVm]')
    update_vm_nic_advance_info_with_http_info = update_vm_nic_advance_info.with_http_info
    update_vm_nic_basic_info = Op('update_vm_nic_basic_info', 'POST', '/update-vm-nic-basic-info', body=('vm_update_nic_basic_info_params', 'VmUpdateNicBasicInfoParams', True), returns='list[WithTaskVm]')
    update_vm_nic_basic_info_with_http_info = update_vm_nic_basic_info.with_http_info
    update_vm_nic_qos_option = Op('update_vm_nic_qos_option', 'POST', '/update-vm-nic-qos-option', body=('vm_update_nic_qos_options_params', 'VmUpdateNicQosOptionsParams', True), returns='list[WithTaskVm]')
    update_vm_nic_qos_option_with_http_info = update_vm_nic_qos_option.with_http_info
    update_vm_nic_vpc_info = Op('update_vm_nic_vpc_info', 'POST', '/update-vm-vpc-nic', body=('vm_update_vpc_nic_params', 'VmUpdateVpcNicParams', True), returns='list[WithTaskVm]')
    update_vm_nic_vpc_info_with_http_info = update_vm_nic_vpc_info.with_http_info
    update_vm_owner = Op('update_vm_owner', 'POST', '/update-vm-owner', body=('vm_update_owner_params', 'VmUpdateOwnerParams', True), returns='list[WithTaskVm]')
    update_vm_owner_with_http_info = update_vm_owner.with_http_info
