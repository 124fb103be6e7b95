# coding: utf-8
"""Uploads as utils.upload_file drives them, exports and download links, OVF, metrics, console, VMTools, USB."""
import io

import pytest

from cloudtower_python_sdk import (ApiException, ElfImageApi, MetricsApi, OvfApi, SvtImageApi, UploadTaskApi,
                                   UsbDeviceApi, VmApi, VmDiskApi)
from cloudtower_python_sdk.utils import upload_file, wait_tasks

pytestmark = pytest.mark.usefixtures("shape_checked")  # every answer has its schema's shape

OVF = b"""<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
    xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData">
  <DiskSection><Info>disks</Info>
    <Disk ovf:capacity="40" ovf:capacityAllocationUnits="byte * 2^30" ovf:diskId="vmdisk1"/></DiskSection>
  <VirtualSystem ovf:id="web-1"><Info>A web server</Info>
    <VirtualHardwareSection>
      <Item><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>4</rasd:VirtualQuantity>
        <rasd:CoresPerSocket>2</rasd:CoresPerSocket></Item>
      <Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ResourceType>4</rasd:ResourceType>
        <rasd:VirtualQuantity>4096</rasd:VirtualQuantity></Item>
      <Item><rasd:ElementName>disk1</rasd:ElementName><rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource>
        <rasd:ResourceType>17</rasd:ResourceType></Item>
      <Item><rasd:Address>00:50:56:aa:bb:cc</rasd:Address><rasd:ResourceType>10</rasd:ResourceType></Item>
    </VirtualHardwareSection>
  </VirtualSystem>
</Envelope>"""


def done(client, answer):
    items = answer if isinstance(answer, list) else [answer]
    wait_tasks([a.task_id for a in items], client, interval=0.01)
    return answer


def elf_cluster(sim):
    return sim.world.find("Cluster", hypervisor="ELF", connect_state="CONNECTED")[0]


def test_upload_in_pieces_creates_the_image(fresh):
    c = fresh.client
    cluster = elf_cluster(fresh)
    data = io.BytesIO(b"x" * 2500)
    data.name = "tiny.iso"
    answer = upload_file(ElfImageApi(c).create_elf_image, data, chunk_size=1000, cluster_id=cluster["id"])
    task = answer[0]
    # 1,000 bytes first, then the server's piece size (8 MiB) takes the remaining 1,500 at once
    assert task.status == "SUCCESSED" and task.size == 2500 and task.current_chunk == 2
    assert task.chunk_size == 8 * 1024 * 1024
    image = ElfImageApi(c).get_elf_images({"where": {"name": "tiny.iso"}})[0]
    assert image.size == 2500 and image.cluster.id == cluster["id"]
    assert UploadTaskApi(c).get_upload_tasks({"where": {"id": task.id}})[0].status == "SUCCESSED"


def test_upload_file_with_its_default_8_mib_pieces(fresh):
    c = fresh.client
    size = 8 * 1024 * 1024 + 100
    data = io.BytesIO(b"\0" * size)
    data.name = "big.iso"
    task = upload_file(ElfImageApi(c).create_elf_image, data, cluster_id=elf_cluster(fresh)["id"])[0]
    assert (task.status, task.size, task.current_chunk) == ("SUCCESSED", size, 2)  # 8 MiB, then 100 bytes
    assert ElfImageApi(c).get_elf_images({"where": {"name": "big.iso"}})[0].size == size


def test_upload_of_many_pieces(fresh):
    c = fresh.client
    cluster = elf_cluster(fresh)
    first = SvtImageApi(c).upload_svt_image(file=("svt.iso", b"a" * 10), cluster_id=cluster["id"], name="svt.iso",
                                            size="25", size_unit="B", version="3.1.0")[0]
    assert first.status == "UPLOADING" and first.current_chunk == 1
    second = SvtImageApi(c).upload_svt_image(file=("svt.iso", b"b" * 10), upload_task_id=first.id)[0]
    assert second.status == "UPLOADING" and second.current_chunk == 2
    assert not [i for i in fresh.world.all("SvtImage") if i["name"] == "svt.iso"]
    last = SvtImageApi(c).upload_svt_image(file=("svt.iso", b"c" * 5), upload_task_id=first.id)[0]
    assert last.status == "SUCCESSED"
    image = [i for i in fresh.world.all("SvtImage") if i["name"] == "svt.iso"][0]
    assert image["size"] == 25 and image["version"] == "3.1.0"
    with pytest.raises(ApiException) as e:  # a finished upload takes no more pieces
        SvtImageApi(c).upload_svt_image(file=("svt.iso", b"d"), upload_task_id=first.id)
    assert e.value.status == 400 and "upload_task_id" in e.value.message


def test_upload_without_a_cluster_is_a_400(fresh):
    with pytest.raises(ApiException) as e:
        ElfImageApi(fresh.client).create_elf_image(file=("a.iso", b"x"), name="a.iso", size="1")
    assert e.value.status == 400 and "cluster_id" in e.value.message


def test_export_and_download_links(fresh):
    from cloudtower_python_sdk import VmExportFileApi
    c = fresh.client
    vm = VmApi(c).get_vms({"where": {"in_recycle_bin": False}, "first": 1})[0]
    export = done(c, VmApi(c).export_vm({"where": {"id": vm.id}, "data": {"type": "OVF"}}))[0].data
    stored = VmExportFileApi(c).get_vm_export_files({"where": {"id": export.id}})[0]
    assert stored.vm.id == vm.id and stored.files[0].file_name == "%s.ovf" % vm.name
    assert len(stored.files) == 1 + len([d for d in vm.vm_disks])  # the descriptor and one file per disk (no CD-ROM)
    links = OvfApi(c).get_export_file_download_links({"where": {"id": export.id}})
    assert [link.filename for link in links] == [f.file_name for f in stored.files]
    assert all(link.link.startswith("https://") and f.file_uuid in link.link for link, f in zip(links, stored.files))


def test_parse_ovf(fresh):
    parsed = OvfApi(fresh.client).parse_ovf(file=("web.ovf", OVF), cluster_id=elf_cluster(fresh)["id"])
    assert (parsed.name, parsed.vcpu, parsed.cpu.cores, parsed.cpu.sockets) == ("web-1", 4, 2, 2)
    assert parsed.memory == 4 * 1024 ** 3 and parsed.description == "A web server"
    assert [(d.name, d.size, d.type) for d in parsed.disks] == [("disk1", 40 * 1024 ** 3, "DISK")]
    assert [n.mac for n in parsed.nics] == ["00:50:56:aa:bb:cc"]
    with pytest.raises(ApiException) as e:
        OvfApi(fresh.client).parse_ovf(file=("x.ovf", b"not xml"), cluster_id=elf_cluster(fresh)["id"])
    assert e.value.status == 400 and "OVF" in e.value.message


def test_metrics_are_deterministic_series(sim):
    api = MetricsApi(sim.client)
    vms = VmApi(sim.client).get_vms({"first": 2})
    body = {"vms": {"id_in": [v.id for v in vms]}, "metrics": ["elf_vm_cpu_overall_usage_percent",
                                                               "elf_vm_memory_usage_bytes"], "range": "10m"}
    first = api.get_vm_metrics(body)
    assert [m.data.unit for m in first] == ["PERCENT", "DATA_SIZE"]
    cpu = first[0].data
    assert cpu.step == 20 and len(cpu.sample_streams) == 2
    points = cpu.sample_streams[0].points
    assert len(points) == 31 and all(b.t - a.t == 20000 for a, b in zip(points, points[1:]))
    assert all(0 <= p.v <= 100 for p in points)
    again = api.get_vm_metrics(body)[0].data.sample_streams[0].points
    common = set(p.t for p in points) & set(p.t for p in again)
    assert common and [p.v for p in points if p.t in common] == [p.v for p in again if p.t in common]
    assert api.get_host_metrics({"hosts": {}, "metrics": ["host_cpu_overall_usage_percent"], "range": "1h"})
    with pytest.raises(ApiException) as e:
        api.get_vm_metrics(dict(body, range="soon"))
    assert e.value.status == 400 and "range" in e.value.message


def test_console_needs_a_running_vm(sim):
    running = VmApi(sim.client).get_vms({"where": {"status": "RUNNING"}, "first": 1})[0]
    info = VmApi(sim.client).get_vm_vnc_info({"vm": {"id": running.id}})
    assert info.vm.id == running.id and info.redirect.startswith("wss://") and running.local_id in info.redirect
    stopped = VmApi(sim.client).get_vms({"where": {"status": "STOPPED"}, "first": 1})[0]
    with pytest.raises(ApiException) as e:
        VmApi(sim.client).get_vm_vnc_info({"vm": {"id": stopped.id}})
    assert e.value.status == 400


def test_install_vmtools_mounts_the_svt_image(fresh):
    c = fresh.client
    vm = VmApi(c).get_vms({"where": {"status": "RUNNING", "vm_tools_status_not": "RUNNING",
                                     "vm_disks_some": {"type": "CD_ROM"}, "cluster": {"hypervisor": "ELF"}},
                           "first": 1})[0]
    cd = VmDiskApi(c).get_vm_disks({"where": {"vm": {"id": vm.id}, "type": "CD_ROM"}})[0]
    svt = upload_file(SvtImageApi(c).upload_svt_image, io.BytesIO(b"svt"), cluster_id=vm.cluster.id,
                      name="svt-3.iso", version="3.0.1")
    svt_id = [i["id"] for i in fresh.world.all("SvtImage") if i["name"] == "svt-3.iso"][0]
    assert svt[0].status == "SUCCESSED"
    done(c, VmApi(c).install_vmtools({"where": {"id": vm.id}, "data": {"cd_rom_id": cd.id,
                                                                       "svt_image_id": svt_id}}))
    after = VmApi(c).get_vms({"where": {"id": vm.id}})[0]
    assert after.vm_tools_status == "RUNNING" and after.vm_tools_version == "3.0.1"
    assert VmDiskApi(c).get_vm_disks({"where": {"id": cd.id}})[0].svt_image.id == svt_id


def test_usb_device_mounts_on_a_vm_of_its_host(fresh):
    c = fresh.client
    vm = VmApi(c).get_vms({"where": {"status": "RUNNING", "cluster": {"hypervisor": "ELF"}}, "first": 1})[0]
    with fresh.engine.lock:
        usb = fresh.engine.store.insert("UsbDevice", {"name": "dongle", "host": vm.host.id, "status": "NORMAL",
                                                      "binded": False, "local_id": "usb-1"})
    done(c, UsbDeviceApi(c).mount_usb_device({"where": {"id": usb["id"]}, "data": {"vm_id": vm.id}}))
    read = UsbDeviceApi(c).get_usb_devices({"where": {"id": usb["id"]}})[0]
    assert read.vm.id == vm.id and read.binded is True
    done(c, UsbDeviceApi(c).unmount_usb_device({"where": {"id": usb["id"]}, "data": {"vms": {"id": vm.id}}}))
    read = UsbDeviceApi(c).get_usb_devices({"where": {"id": usb["id"]}})[0]
    assert read.vm is None and read.binded is False
