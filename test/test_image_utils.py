# coding: utf-8
"""image_utils: the SVT ISO version, the images of finished uploads; the peer SDK's utils signatures."""
import inspect

import pytest

from loopback import LoopbackServer, Response
from cloudtower_python_sdk import ApiClient, Configuration, image_utils, utils
from cloudtower_python_sdk.exceptions import ApiValueError
from cloudtower_python_sdk.image_utils import (get_content_library_image_by_upload_task,
                                               get_elf_image_by_upload_task, get_svt_image_version)


def iso_image(tmpdir, volume_set, name="svt.iso"):
    """A minimal ISO 9660 layout: 16 empty sectors, then the primary volume descriptor."""
    descriptor = bytearray(2048)
    descriptor[0:7] = b"\x01CD001\x01"
    descriptor[190:318] = volume_set.encode("utf-8").ljust(128, b" ")
    path = tmpdir.join(name)
    path.write_binary(bytes(bytearray(16 * 2048) + descriptor + bytearray(2048)))
    return str(path)


def test_svt_version_is_the_volume_set_identifier(tmpdir):
    path = iso_image(tmpdir, "4.1.0-rc3-20251101")
    assert get_svt_image_version(path) == u"4.1.0-rc3-20251101"
    assert utils.get_svt_image_version is get_svt_image_version


@pytest.mark.parametrize("content", [b"", b"x" * 40000, bytes(bytearray(16 * 2048)) + b"\x01CD00"])
def test_a_file_that_is_not_an_iso_is_refused(tmpdir, content):
    path = tmpdir.join("notes.txt")
    path.write_binary(content)
    with pytest.raises(ApiValueError) as e:
        get_svt_image_version(str(path))
    assert "is not an ISO 9660 image" in str(e.value) and "notes.txt" in str(e.value)


REQUIRED = "<no default>"

# Facts about cloudtower-sdk 2.20.0: its utils functions and their parameters (name, default or REQUIRED).
PEER_UTILS = {
    "wait_task": [("id", REQUIRED), ("api_client", REQUIRED), ("interval", 5), ("timeout", 300)],
    "wait_tasks": [("ids", REQUIRED), ("api_client", REQUIRED), ("interval", 5), ("timeout", 300),
                   ("exit_on_error", False)],
    "login": [("api_client", REQUIRED), ("username", REQUIRED), ("password", REQUIRED), ("source", "LOCAL")],
    "get_svt_image_version": [("path", REQUIRED)],
}
PEER_IMAGE_UTILS = {
    "get_svt_image_version": [("path", REQUIRED)],
    "get_content_library_image_by_upload_task": [("api_client", REQUIRED), ("get_upload_tasks_request_body", REQUIRED)],
    "get_elf_image_by_upload_task": [("api_client", REQUIRED), ("get_upload_tasks_request_body", REQUIRED)],
}


def parameters(func):
    spec = inspect.getargspec(func) if not hasattr(inspect, "signature") else None
    if spec is not None:
        defaults = [REQUIRED] * (len(spec.args) - len(spec.defaults or ())) + list(spec.defaults or ())
        return list(zip(spec.args, defaults))
    return [(p.name, REQUIRED if p.default is p.empty else p.default)
            for p in inspect.signature(func).parameters.values()]


@pytest.mark.parametrize("module, expected", [(utils, PEER_UTILS), (image_utils, PEER_IMAGE_UTILS)])
def test_the_peer_functions_exist_with_their_parameters(module, expected):
    for name, params in expected.items():
        ours = parameters(getattr(module, name))
        assert ours[:len(params)] == params, name  # ours may add optional parameters after them
        assert all(default is not REQUIRED for _, default in ours[len(params):]), name


@pytest.fixture
def tower():
    with LoopbackServer(default=Response(404, {"message": "no such path"})) as srv:
        yield srv, ApiClient(Configuration(host=srv.api_host()))


def upload_task(task_id, resource_type, status, args):
    return {"id": task_id, "resource_type": resource_type, "status": status, "args": args, "chunk_size": 1,
            "current_chunk": 1, "size": 1, "updatedAt": "2026-01-01T00:00:00Z"}


def test_content_library_images_of_uploads(tower):
    srv, client = tower
    srv.add("/v2/api/get-upload-tasks", body=[
        upload_task("t1", "CONTENT_LIBRARY_IMAGE", "SUCCESSED", {"uploadElfImageLocalIds": ["elf-local-1"]}),
        upload_task("t2", "CONTENT_LIBRARY_IMAGE", "SUCCESSED", {"uploadIscsiLunZbsVolumeIds": ["zbs-9"]}),
        upload_task("t3", "CONTENT_LIBRARY_IMAGE", "FAILED", {}),
        upload_task("t4", "ELF_IMAGE", "SUCCESSED", {}),
    ])
    srv.respond_with(lambda rec: Response(200, [{"id": "img-" + ("elf" if "elf_images_some" in rec.body.decode()
                                                                else "lun")}])
                     if rec.path.endswith("get-content-library-images") else None)
    result = get_content_library_image_by_upload_task(client, {"where": {"id_in": ["t1", "t2", "t3", "t4"]}})
    assert dict((k, v.id) for k, v in result.items()) == {"t1": "img-elf", "t2": "img-lun"}
    wheres = [r.json()["where"] for r in srv.requests if r.path.endswith("get-content-library-images")]
    assert len(wheres) == 2
    assert {"elf_images_some": {"local_id": "elf-local-1"}} in wheres
    assert {"iscsi_luns_some": {"zbs_volume_id": "zbs-9"}} in wheres


def test_elf_images_of_uploads(tower):
    srv, client = tower
    srv.add("/v2/api/get-upload-tasks", body=[
        upload_task("t1", "ELF_IMAGE", "SUCCESSED", {"attributes": {"uuid": "local-7"}}),
        upload_task("t2", "ELF_IMAGE", "SUCCESSED", {"attributes": {"uuid": "gone"}}),
    ])
    srv.respond_with(lambda rec: Response(200, [{"id": "elf-7"}] if rec.json()["where"]["local_id"] == "local-7"
                                          else []) if rec.path.endswith("get-elf-images") else None)
    result = get_elf_image_by_upload_task(client, {"where": {}})
    assert result["t1"].id == "elf-7" and result["t2"] is None
