# coding: utf-8
"""What each operation does: one module per resource family, each handler registered by name.

``lookup(op)`` gives the handler of an operation (or None: the engine answers 501).  See
"Adding a behaviour" in the simulator's README.
"""
from .registry import Call, handles, lookup, registered  # noqa: F401
# Importing a module registers its handlers.
from . import (admin, alerts, auth, backups, cluster_info, content_library, generic, hosts,  # noqa: F401
               metrics, plans, relations, reports, settings, snapshots, storage, transfers, unsimulated, uploads,
               vm_devices, vm_disks, vm_extras, vm_lifecycle, vm_power, vm_settings, vms)
