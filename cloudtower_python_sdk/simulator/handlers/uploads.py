# coding: utf-8
"""Uploads in pieces, as ``utils.upload_file`` drives them, and what they create.

The first call (no ``upload_task_id``) creates an ``UploadTask`` (UPLOADING, ``chunk_size`` 8 MiB,
``size`` from the form) holding the first piece; each later call names that task and sends the next
piece.  When the pieces reach ``size`` the task is SUCCESSED and the resource exists (an ElfImage,
SvtImage, ContentLibraryImage or CloudTowerApplicationPackage).  The body is the dict of form fields
the HTTP side parses, the file part as bytes.
"""
import json

from ..errors import HttpError
from .common import find, require, to_bytes
from .registry import handles

CHUNK_SIZE = 8 * 1024 * 1024


def _size(form):
    try:
        size = float(form.get("size") or 0)
    except ValueError:
        raise HttpError(400, "size must be a number, got %r (size)" % form.get("size"))
    unit = form.get("size_unit") or "B"
    if unit not in ("B", "KB", "MB", "GB", "TB", "PB"):
        raise HttpError(400, "Unknown size_unit %r: use B, KB, MB, GB, TB or PB (size_unit)" % unit)
    return to_bytes(size, unit)


def receive(call, resource_type, check_first, create):
    """One piece of an upload: a new UploadTask (first call) or the next piece of one.

    ``check_first(form)`` validates the first call (raise HttpError) and returns the task's ``args``;
    ``create(args, size)`` makes the resource when the last piece arrives.  Returns the UploadTask.
    """
    store, form = call.store, call.body or {}
    piece = form.get("file") or b""
    if isinstance(piece, str):
        piece = piece.encode("utf-8")
    task_id = form.get("upload_task_id")
    if task_id:
        task = store.get("UploadTask", task_id)
        if task is None:
            raise HttpError(400, "UploadTask %r not found (upload_task_id)" % task_id)
        if task["status"] != "UPLOADING":
            raise HttpError(400, "UploadTask %s is %s and takes no more pieces (upload_task_id)"
                            % (task_id, task["status"]))
        if len(piece) > task["chunk_size"]:
            raise HttpError(400, "The piece has %d bytes; this upload takes pieces of %d bytes at most (file)"
                            % (len(piece), task["chunk_size"]))
        received = task["_received"] + len(piece)
        store.update("UploadTask", task_id, {"_received": received, "current_chunk": task["current_chunk"] + 1,
                                             "updatedAt": call.engine.now_iso()})
    else:
        args = check_first(form)
        size = _size(form) or len(piece)
        task = store.insert("UploadTask", dict(status="UPLOADING", size=size, chunk_size=CHUNK_SIZE, current_chunk=1,
                                               resource_type=resource_type, args=args, started_at=call.engine.now_iso(),
                                               updatedAt=call.engine.now_iso(), _received=len(piece)))
        received = len(piece)
    if received >= task["size"]:
        store.update("UploadTask", task["id"], {"status": "SUCCESSED", "finished_at": call.engine.now_iso()})
        create(task["args"], task["size"])
        for cluster_id in [task["args"].get("cluster_id")]:
            if cluster_id:
                call.engine.refresh(cluster_id)
    return store.render("UploadTask", store.get("UploadTask", task["id"]))


def _cluster_args(call, form, required=True):
    cluster_id = form.get("cluster_id")
    if cluster_id:
        require(call.engine, "Cluster", cluster_id, "cluster_id")
    elif required:
        raise HttpError(400, "cluster_id is required on the first call of %s (cluster_id)" % call.op.name)
    if not (form.get("name") or "").strip():
        raise HttpError(400, "name is required on the first call of %s (name)" % call.op.name)
    return {"cluster_id": cluster_id, "name": form["name"], "description": form.get("description") or ""}


@handles("create_elf_image")
def upload_elf_image(call):
    store = call.store

    def create(args, size):
        store.insert("ElfImage", dict(name=args["name"], cluster=args["cluster_id"], size=size,
                                      description=args["description"], local_id=store.new_uuid(),
                                      path="/usr/share/smartx/images/%s" % store.new_uuid(),
                                      local_created_at=call.engine.now_iso()))
    return [receive(call, "ELF_IMAGE", lambda form: _cluster_args(call, form), create)]


@handles("upload_elf_file")
def upload_elf_file(call):
    """A file kept in the cluster's image store (an ElfImage with that name)."""
    return upload_elf_image(call)[0]


@handles("upload_svt_image")
def upload_svt_image(call):
    store = call.store

    def check(form):
        return dict(_cluster_args(call, form), version=form.get("version") or "")

    def create(args, size):
        store.insert("SvtImage", dict(name=args["name"], cluster=args["cluster_id"], size=size, version=args["version"],
                                      local_id=store.new_uuid(), path="/usr/share/smartx/svt/%s" % store.new_uuid(),
                                      local_created_at=call.engine.now_iso()))
    return [receive(call, "SVT_IMAGE", check, create)]


def _clusters_of(call, text):
    """Cluster ids from the ``clusters`` form field: a JSON where-input, a JSON list of ids, or one id."""
    try:
        value = json.loads(text)
    except ValueError:
        value = text
    if isinstance(value, dict):
        return [c["id"] for c in find(call.engine, "Cluster", value)]
    ids = value if isinstance(value, list) else [value]
    for i in ids:
        require(call.engine, "Cluster", i, "clusters")
    return ids


@handles("create_content_library_image")
def upload_content_library_image(call):
    store = call.store

    def check(form):
        args = _cluster_args(call, form, required=False)
        args["clusters"] = _clusters_of(call, form.get("clusters") or "[]")
        if not args["clusters"]:
            raise HttpError(400, "clusters selects no cluster (clusters)")
        return args

    def create(args, size):
        store.insert("ContentLibraryImage", dict(name=args["name"], description=args["description"], size=size,
                                                 clusters=args["clusters"], createdAt=call.engine.now_iso(),
                                                 path="/content-library/images/%s" % store.new_uuid()))
    return [receive(call, "CONTENT_LIBRARY_IMAGE", check, create)]


@handles("upload_cloud_tower_application_package")
def upload_application_package(call):
    store = call.store

    def check(form):
        if not (form.get("name") or "").strip():
            raise HttpError(400, "name is required on the first call of %s (name)" % call.op.name)
        return {"name": form["name"]}

    def create(args, size):
        store.insert("CloudTowerApplicationPackage", dict(name=args["name"], version="1.0.0", architecture="X86_64",
                                                          containers=[], images=[]))
    return [receive(call, "CLOUDTOWER_APPLICATION_PACKAGE", check, create)]


@handles("import_content_library_image")
def import_content_library_image(call):
    """Download from ``data.url``: an UploadTask that ends at once with the image in the clusters."""
    store, d = call.store, call.data
    clusters = [c["id"] for c in find(call.engine, "Cluster", d["cluster"])]
    if not clusters:
        raise HttpError(400, "data.cluster selects no cluster")
    if not d["url"].startswith(("http://", "https://", "ftp://")):
        raise HttpError(400, "data.url must be an http(s) or ftp URL, got %r" % d["url"])
    size = 1024 ** 3
    task = store.insert("UploadTask", dict(status="SUCCESSED", size=size, chunk_size=CHUNK_SIZE, current_chunk=1,
                                           resource_type="CONTENT_LIBRARY_IMAGE", started_at=call.engine.now_iso(),
                                           finished_at=call.engine.now_iso(), updatedAt=call.engine.now_iso(),
                                           _received=size,
                                           args={"name": d["name"], "url": d["url"], "clusters": clusters}))
    store.insert("ContentLibraryImage", dict(name=d["name"], description=d.get("description") or "", size=size,
                                             clusters=clusters, createdAt=call.engine.now_iso(), path=d["url"]))
    return store.render("UploadTask", task)


@handles("cancel_upload_task")
def cancel_upload_task(call):
    """Unfinished uploads the where matches are FAILED (nothing is created); answers their ids."""
    out = []
    for task in find(call.engine, "UploadTask", call.body["where"]):
        if task["status"] in ("UPLOADING", "INITIALIZING", "PAUSED"):
            call.store.update("UploadTask", task["id"], {"status": "FAILED", "finished_at": call.engine.now_iso()})
            out.append(task["id"])
    return out
