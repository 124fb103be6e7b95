# coding: utf-8
"""Images: the version of an SVT ISO, and the images that finished uploads created.

Example::

    from cloudtower_python_sdk.image_utils import get_svt_image_version
    version = get_svt_image_version("/isos/SMTX_VMTOOLS-4.1.0.iso")   # "4.1.0-..."

The same names as the peer SDK's ``image_utils``; ``get_svt_image_version`` is
also in :mod:`cloudtower_python_sdk.utils`.
"""
from __future__ import absolute_import

import logging

from .exceptions import ApiValueError

logger = logging.getLogger("cloudtower_python_sdk")

# ISO 9660: the primary volume descriptor is sector 16 (2,048-byte sectors); it starts with
# type 1 and "CD001", and its 128-byte volume set identifier at byte 190 carries the SVT version.
_DESCRIPTOR_AT = 16 * 2048
_VOLUME_SET_ID = slice(190, 190 + 128)


def get_svt_image_version(path):
    """The version of an SVT (VMTools) ISO image: its ISO 9660 volume set identifier.

    Raises ``ApiValueError`` when ``path`` is not an ISO 9660 image.  Example::

        print(get_svt_image_version("/isos/SMTX_VMTOOLS-4.1.0.iso"))
    """
    with open(path, "rb") as iso:
        iso.seek(_DESCRIPTOR_AT)
        descriptor = iso.read(_VOLUME_SET_ID.stop)
    if len(descriptor) < _VOLUME_SET_ID.stop or descriptor[:6] != b"\x01CD001":
        raise ApiValueError("%s is not an ISO 9660 image (no primary volume descriptor at byte %d); pass the "
                            "path of an SVT ISO file" % (path, _DESCRIPTOR_AT))
    return descriptor[_VOLUME_SET_ID].decode("utf-8", "replace").strip(u" \x00")


def get_content_library_image_by_upload_task(api_client, get_upload_tasks_request_body):
    """``{upload task id: ContentLibraryImage or None}`` for the content-library uploads the body selects.

    A task that did not succeed, or uploaded something else, is logged and left out.  Example::

        images = get_content_library_image_by_upload_task(client, {"where": {"id_in": [task_id]}})
    """
    from .api.content_library_image_api import ContentLibraryImageApi

    def where(task):
        local_ids = task.args.get("uploadElfImageLocalIds") or []
        volume_ids = task.args.get("uploadIscsiLunZbsVolumeIds") or []
        if local_ids:
            return {"elf_images_some": {"local_id": local_ids[0]}}
        if volume_ids:
            return {"iscsi_luns_some": {"zbs_volume_id": volume_ids[0]}}
        return None

    return _images_of_uploads(api_client, get_upload_tasks_request_body, "CONTENT_LIBRARY_IMAGE", where,
                              ContentLibraryImageApi(api_client).get_content_library_images)


def get_elf_image_by_upload_task(api_client, get_upload_tasks_request_body):
    """``{upload task id: ElfImage or None}`` for the ELF image uploads the body selects.

    Example::

        images = get_elf_image_by_upload_task(client, {"where": {"id_in": [task_id]}})
    """
    from .api.elf_image_api import ElfImageApi

    def where(task):
        local_id = (task.args.get("attributes") or {}).get("uuid")
        return None if local_id is None else {"local_id": local_id}

    return _images_of_uploads(api_client, get_upload_tasks_request_body, "ELF_IMAGE", where,
                              ElfImageApi(api_client).get_elf_images)


def _images_of_uploads(api_client, tasks_body, resource_type, where_of, get_images):
    """Look the images of the successful uploads up, in parallel on the client's ``async_req`` pool."""
    from .api.upload_task_api import UploadTaskApi
    pending = {}
    for task in UploadTaskApi(api_client).get_upload_tasks(tasks_body):
        if task.resource_type != resource_type:
            logger.warning("Upload task %s uploaded %s, not %s", task.id, task.resource_type, resource_type)
        elif task.status != "SUCCESSED":
            logger.warning("Upload task %s is %s, not SUCCESSED", task.id, task.status)
        else:
            where = where_of(task) if isinstance(task.args, dict) else None
            pending[task.id] = None if where is None else get_images({"where": where, "first": 1}, async_req=True)
    results = {}
    for task_id, call in pending.items():
        images = call.get() if call is not None else []
        results[task_id] = images[0] if images else None
    return results


__all__ = ["get_svt_image_version", "get_content_library_image_by_upload_task", "get_elf_image_by_upload_task"]
