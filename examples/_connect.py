# coding: utf-8
"""What every example shares: where to connect, and where the ids come from.

Connection: with ``CLOUDTOWER_ENDPOINT`` set (e.g. ``http://tower.example.com/v2/api``),
the examples log in to that CloudTower with ``CLOUDTOWER_USERNAME`` /
``CLOUDTOWER_PASSWORD``.  Without it they start the embedded CloudTower
simulator (user root/root) and stop it when the script ends, so each
example runs as it is.

Ids: the seed's examples say "vm_id", "cluster_id", "vlan_id"...  Here they
are looked up with the SDK.  Examples that change VMs only touch VMs they
create themselves (named ``sdk-example-...``), so they are safe to run
against a real CloudTower; delete those VMs afterwards
(``examples/delete_vm.py`` shows how).
"""
from __future__ import print_function

import atexit
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import (ElfImageApi, HostApi, VlanApi, VmApi, VmTemplateApi,
                                       VmVolumeApi)
from cloudtower_python_sdk.utils import login, wait_tasks

GiB = 1024 * 1024 * 1024


def tower():
    """(endpoint, username, password) of the CloudTower the examples use."""
    endpoint = os.environ.get("CLOUDTOWER_ENDPOINT")
    if endpoint:
        return endpoint, os.environ.get("CLOUDTOWER_USERNAME", "root"), os.environ.get("CLOUDTOWER_PASSWORD", "")
    from cloudtower_python_sdk.simulator import Simulator  # needs Python 3.6+
    sim = Simulator(seed=0, vms=120, task_seconds=1)
    sim.start()
    atexit.register(sim.stop)
    print("CLOUDTOWER_ENDPOINT is not set: using the embedded simulator at %s (root/root)" % sim.url)
    return sim.url, "root", "root"


def connect():
    """A logged-in ApiClient (see examples/client.py and examples/auth.py for the steps)."""
    endpoint, username, password = tower()
    api_client = ApiClient(Configuration(host=endpoint))
    login(api_client, username, password)
    return api_client


# -- ids of real resources ---------------------------------------------------------

def find_template(api_client):
    """A VM template of a connected ELF cluster; the other look-ups use its cluster."""
    templates = VmTemplateApi(api_client).get_vm_templates({
        "where": {"cluster": {"hypervisor": "ELF", "connect_state": "CONNECTED"}},
        "first": 1,
    })
    if not templates:
        raise SystemExit("No VM template on a connected ELF cluster: the examples need one")
    return templates[0]


def find_cluster_id(api_client):
    return find_template(api_client).cluster.id


def find_vlan_ids(api_client, cluster_id, count=1):
    """Ids of ``count`` VM networks (VLANs) of the cluster."""
    vlans = VlanApi(api_client).get_vlans({
        "where": {"type": "VM", "vds": {"cluster": {"id": cluster_id}}},
        "first": count,
    })
    return [vlan.id for vlan in vlans]


def find_elf_image_id(api_client, cluster_id):
    """Id of an ISO image of the cluster."""
    return ElfImageApi(api_client).get_elf_images({"where": {"cluster": {"id": cluster_id}}, "first": 1})[0].id


def find_host_id(api_client, cluster_id, exclude=None):
    """Id of a healthy host of the cluster that is not ``exclude``."""
    hosts = HostApi(api_client).get_hosts({
        "where": {"cluster": {"id": cluster_id}, "state": "IN_USE", "status": "CONNECTED_HEALTHY",
                  "id_not": exclude},
        "orderBy": "name_ASC",
    })
    return hosts[0].id


def create_volume(api_client, cluster_id, name="sdk-example-volume", size=10 * GiB):
    """A new, unmounted volume of the cluster; returns its id."""
    with_task_volume = VmVolumeApi(api_client).create_vm_volume([{
        "cluster_id": cluster_id,
        "name": name,
        "size": size,
        "elf_storage_policy": "REPLICA_2_THIN_PROVISION",
        "sharing": False,
    }])[0]
    wait_tasks([with_task_volume.task_id], api_client, interval=1)
    return with_task_volume.data.id


def scratch_vms(api_client, count=1, status="STOPPED", name="sdk-example-vm"):
    """Create ``count`` VMs from find_template(), in ``status``; returns their ids."""
    vm_api = VmApi(api_client)
    template = find_template(api_client)
    with_task_vms = vm_api.create_vm_from_template([
        {"template_id": template.id, "name": "%s-%d" % (name, i + 1), "is_full_copy": False,
         "status": "STOPPED" if status == "STOPPED" else "RUNNING"}
        for i in range(count)
    ])
    wait_tasks([w.task_id for w in with_task_vms], api_client, interval=1)
    ids = [w.data.id for w in with_task_vms]
    if status == "SUSPENDED":
        wait_tasks([w.task_id for w in vm_api.suspend_vm({"where": {"id_in": ids}})], api_client, interval=1)
    return ids
