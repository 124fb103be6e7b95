"""Deterministic test data built from the CloudTower OpenAPI document.

``vm_json(spec, i)`` walks ``components.schemas.Vm`` (following ``$ref`` and
``allOf``) and fills *every* property: strings, integers, doubles, booleans,
enums (rotated by index), nested objects, and lists of two nested items.
The same index always yields the same document, so every side of a benchmark
sees byte-identical responses.

``creation_params(i)`` gives one ``VmCreationParams`` request as a plain dict
(two NICs, a CD-ROM, two new disks and one existing disk).

Stdlib only and Python 3.6 compatible: it is imported inside each benchmark
virtualenv as well as by the orchestrator and the smoke test.
"""
import json
import os

LIST_LEN = 2


def default_spec_path():
    """Path of the 4.6.0 spec: ``spec/`` of this repository (as ``codegen.SPEC``).

    Computed here rather than imported because this module also runs inside
    the benchmark virtualenvs, where ``codegen`` is not importable.
    """
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(repo, "spec", "cloudtower-api-4.6.0.json")


def load_schemas(path=None):
    """Return ``components.schemas`` of the spec at *path*."""
    with open(path or default_spec_path(), "rb") as fh:
        return json.loads(fh.read().decode("utf-8"))["components"]["schemas"]


def _ref_name(ref):
    return ref.rsplit("/", 1)[-1]


def resolve(schemas, node):
    """Merge ``$ref`` and ``allOf`` chains into one plain schema dict."""
    while "$ref" in node:
        node = schemas[_ref_name(node["$ref"])]
    if "allOf" not in node:
        return node
    merged = dict((k, v) for k, v in node.items() if k != "allOf")
    props = dict(merged.get("properties", {}))
    for part in node["allOf"]:
        part = resolve(schemas, part)
        for key, value in part.items():
            if key == "properties":
                props.update(value)
            elif key not in merged:
                merged[key] = value
    if props:
        merged["properties"] = props
    return merged


def fill(schemas, node, i, name="v", depth=0):
    """Return a JSON value for schema *node*; *i* varies the values."""
    node = resolve(schemas, node)
    if "enum" in node:
        values = node["enum"]
        return values[(i + depth) % len(values)]
    kind = node.get("type")
    if kind == "object" or "properties" in node:
        return dict((key, fill(schemas, sub, i + n, key, depth + 1))
                    for n, (key, sub) in enumerate(
                        sorted(node.get("properties", {}).items())))
    if kind == "array":
        return [fill(schemas, node["items"], i + k, name, depth + 1)
                for k in range(LIST_LEN)]
    if kind == "integer":
        if name == "memory":
            return (1 + i % 64) << 30
        return (i * 7 + depth) % 100000 + 1
    if kind == "number":
        return round(((i * 13 + depth) % 1000) / 10.0 + 0.25, 2)
    if kind == "boolean":
        return (i + depth) % 2 == 0
    return "%s-%d" % (name, i)


def vm_json(schemas, i):
    """A fully populated ``Vm`` document (dict) for index *i*."""
    doc = fill(schemas, {"$ref": "#/components/schemas/Vm"}, i)
    doc["id"] = "vm-%06d" % i
    doc["name"] = "vm-name-%06d" % i
    doc["cluster"]["name"] = "cluster-%d" % (i % 7)
    return doc


def vm_list_items(schemas, count):
    """Encoded JSON of *count* VMs, one ``bytes`` per VM (for fast slicing)."""
    return [json.dumps(vm_json(schemas, i), separators=(",", ":"),
                       sort_keys=True).encode("utf-8")
            for i in range(count)]


def join_items(items):
    """JSON array bytes from per-item bytes."""
    return b"[" + b",".join(items) + b"]"


def creation_params(i):
    """One ``VmCreationParams`` as a dict, with NICs and disks."""
    return {
        "name": "new-vm-%05d" % i,
        "cluster_id": "cluster-%d" % (i % 7),
        "host_id": "host-%d" % (i % 3),
        "description": "benchmark vm %d" % i,
        "vcpu": 4,
        "cpu_cores": 2,
        "cpu_sockets": 2,
        "memory": 8 << 30,
        "memory_unit": "B",
        "ha": True,
        "firmware": "BIOS",
        "status": "RUNNING",
        "guest_os_type": "LINUX",
        "vm_nics": [
            {"connect_vlan_id": "vlan-%d" % (i % 5), "enabled": True,
             "mirror": False, "model": "VIRTIO", "local_id": "nic-%d-%d" % (i, k),
             "ip_address": "10.0.%d.%d" % (k, i % 250),
             "subnet_mask": "255.255.255.0", "gateway": "10.0.%d.1" % k}
            for k in range(2)
        ],
        "vm_disks": {
            "mount_cd_roms": [{"boot": 0, "index": 0,
                               "elf_image_id": "image-%d" % (i % 4)}],
            "mount_new_create_disks": [
                {"boot": k + 1, "bus": "VIRTIO", "index": k + 1,
                 "max_iops": 1000, "max_iops_policy": "FORCED",
                 "vm_volume": {"name": "vol-%d-%d" % (i, k), "size": 20 << 30,
                               "size_unit": "B",
                               "elf_storage_policy":
                                   "REPLICA_2_THIN_PROVISION"}}
                for k in range(2)
            ],
            "mount_disks": [{"boot": 3, "bus": "SCSI", "index": 3,
                             "vm_volume_id": "volume-%d" % i}],
        },
    }


def schema_property_names(schemas, name="Vm"):
    """JSON keys of schema *name* (used by the smoke test)."""
    return sorted(resolve(schemas, schemas[name]).get("properties", {}))
