# coding: utf-8
"""Operations that only change which resources are related: labels, folders, datacenters, content library."""
from .. import schema
from ..errors import HttpError, TaskFailure
from .common import find, require, snake, with_task
from .registry import handles


def relate(call, type_name, key, ids, add, description, where=None):
    """For each ``type_name`` the body's ``where`` matches, one task adding (or removing) ``ids`` to its
    relation ``key``; answers WithTask<type_name>."""
    engine = call.engine
    card = schema.resource(type_name).relations[key][0]
    out = []
    for rec in find(engine, type_name, where if where is not None else call.body.get("where")):
        def effect(rec_id=rec["id"]):
            store = engine.store
            current = store.get(type_name, rec_id)
            if current is None:
                raise TaskFailure("%s %s no longer exists" % (type_name, rec_id), "EResourceNotFound")
            have = store.related_ids(type_name, current, key)
            if card == "one":
                value = ids[0] if add and ids else None
            elif add:
                value = have + [i for i in ids if i not in have]
            else:
                value = [i for i in have if i not in set(ids)]
            store.update(type_name, rec_id, {key: value})
            if isinstance(current.get("cluster"), str):
                engine.refresh(current["cluster"])
        task = call.task("%s %s" % (description, rec.get("name") or rec.get("key") or rec["id"]), effect,
                         resource_type=type_name, resource_id=rec["id"],
                         cluster_id=rec.get("cluster") if isinstance(rec.get("cluster"), str) else None,
                         key="%s.%s" % (snake(type_name), "add_" + key if add else "remove_" + key))
        out.append(with_task(engine, type_name, rec, task))
    return out


def _labels(add):
    def handler(call):
        """Each label the where matches gains (loses) the resources of every where-input in data."""
        engine = call.engine
        rtype = schema.resource("Label")
        picked = {}
        for key, where in sorted(call.data.items()):
            if key not in rtype.relations:
                raise HttpError(400, "Labels do not attach to %r (data.%s)" % (key, key))
            picked[key] = [r["id"] for r in find(engine, rtype.relations[key][1], where)]
        out = []
        for label in find(engine, "Label", call.body["where"]):
            def effect(label_id=label["id"]):
                store = engine.store
                current = store.get("Label", label_id)
                if current is None:
                    raise TaskFailure("Label %s no longer exists" % label_id, "EResourceNotFound")
                changes = {}
                for key, ids in picked.items():
                    have = store.related_ids("Label", current, key)
                    changes[key] = have + [i for i in ids if i not in have] if add else \
                        [i for i in have if i not in set(ids)]
                store.update("Label", label_id, changes)
                _count_label(store, current)
            task = call.task("%s label %s=%s" % ("Add resources to" if add else "Remove resources from", label["key"],
                                                label["value"]), effect, resource_type="Label",
                             resource_id=label["id"], key="label.add_resources" if add else "label.remove_resources")
            out.append(with_task(engine, "Label", label, task))
        return out
    return handler


def _count_label(store, label):
    """The ``<x>_num`` counters of a label, and ``total_num``."""
    total = 0
    for key in schema.resource("Label").relations:
        n = len(store.related_ids("Label", label, key))
        num = key[:-1] + "_num" if key.endswith("s") else key + "_num"
        if key == "vdses":
            num = "vds_num"
        elif key == "isolation_policies":
            num = "isolation_policy_num"
        elif key == "security_policies":
            num = "security_policy_num"
        if num in label:
            label[num] = n
        total += n
    label["total_num"] = total


handles("add_labels_to_resources")(_labels(add=True))
handles("remove_labels_from_resources")(_labels(add=False))


@handles("add_vm_to_folder")
def add_vm_to_folder(call):
    folder = require(call.engine, "VmFolder", call.data["folder_id"], "data.folder_id")
    for vm in find(call.engine, "Vm", call.body["where"]):
        if folder["cluster"] and folder["cluster"] != vm["cluster"]:
            raise HttpError(400, "VmFolder %s is in another cluster than VM %s (data.folder_id)"
                            % (folder["name"], vm["name"]))
    return relate(call, "Vm", "folder", [folder["id"]], True, "Add to folder %s VM" % folder["name"])


@handles("remove_vm_to_folder")
def remove_vm_from_folder(call):
    return relate(call, "Vm", "folder", [], False, "Remove from its folder VM")


def _by_where(call, key, type_name, data=None):
    return [r["id"] for r in find(call.engine, type_name, (call.data if data is None else data).get(key))]


def _datacenter_clusters(add):
    def handler(call):
        out = []
        for item in call.body:
            ids = _by_where(call, "clusters", "Cluster", item.get("data") or {})
            out += relate(call, "Datacenter", "clusters", ids, add,
                          "Add clusters to datacenter" if add else "Remove clusters from datacenter", item["where"])
        return out
    return handler


handles("add_clusters_to_datacenter")(_datacenter_clusters(True))
handles("remove_clusters_from_datacenter")(_datacenter_clusters(False))


@handles("distribute_content_library_image_clusters")
def distribute_image(call):
    return relate(call, "ContentLibraryImage", "clusters", _by_where(call, "clusters", "Cluster"), True,
                  "Distribute to clusters content library image")


@handles("remove_content_library_image_clusters")
def remove_image_clusters(call):
    return relate(call, "ContentLibraryImage", "clusters", _by_where(call, "clusters", "Cluster"), False,
                  "Remove from clusters content library image")


@handles("distribute_content_library_vmtemplate_clusters")
def distribute_template(call):
    return relate(call, "ContentLibraryVmTemplate", "clusters", _by_where(call, "clusters", "Cluster"), True,
                  "Distribute to clusters content library VM template")


@handles("remove_content_library_vm_template_clusters")
def remove_template_clusters(call):
    return relate(call, "ContentLibraryVmTemplate", "clusters", _by_where(call, "clusters", "Cluster"), False,
                  "Remove from clusters content library VM template")
