# coding: utf-8
"""What each operation does: one module per resource family, each handler registered by name.

``lookup(op)`` gives the handler of an operation (or None: the engine answers 501).  See
"Adding a behaviour" in the simulator's README.
"""
from .registry import Call, handles, lookup, registered  # noqa: F401
from . import auth, generic, settings, snapshots, vm_devices, vm_power, vms  # noqa: F401  (they register)
from . import vm_lifecycle  # noqa: F401,E402
from . import relations, vm_disks  # noqa: F401,E402
from . import unsimulated  # noqa: F401,E402
from . import metrics  # noqa: F401,E402
from . import hosts  # noqa: F401,E402
from . import storage  # noqa: F401,E402
from . import plans  # noqa: F401,E402
from . import uploads  # noqa: F401,E402
from . import vm_extras  # noqa: F401,E402
from . import transfers  # noqa: F401,E402
from . import misc  # noqa: F401,E402
from . import content_library  # noqa: F401,E402
from . import vm_settings  # noqa: F401,E402
