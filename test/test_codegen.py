# coding: utf-8
"""The generator: deterministic, complete, and what is committed is what it writes."""
import subprocess
import sys

import pytest

from helpers import ROOT, SPEC

pytestmark = pytest.mark.skipif(sys.version_info < (3, 6), reason="the generator runs on Python 3")


@pytest.fixture(scope="module")
def description():
    sys.path.insert(0, ROOT)
    from codegen import spec
    return spec.load(SPEC)


def test_every_operation_is_generated(description):
    ops = [op for ops in description.apis.values() for op in ops]
    assert len({(op.http_method, op.path) for op in ops}) == 554
    assert len(description.apis) == 124
    assert len(ops) == 556  # two operations are listed under two tags each
    kinds = {}
    for op in {(op.http_method, op.path): op for op in ops}.values():
        kind = op.content_type or op.http_method
        kinds[kind] = kinds.get(kind, 0) + 1
    assert kinds == {"application/json": 544, "multipart/form-data": 6, "POST": 2, "GET": 2}


def test_inline_objects_get_the_peer_names(description):
    for name in ("VmUpdateNicParamsData", "IscsiLunCreationParamsAllOf", "WithTaskVm", "WithTaskVmArray",
                 "VdsCreationWithMigrateVlanParamsAllOfVlanExtraIp"):
        assert name in description.models
    fields = {f.attr: f for f in description.models["VmUpdateNicParamsData"].fields}
    assert fields["enabled"].type == "bool" and fields["nic_index"].required
    merged = {f.attr for f in description.models["IscsiLunCreationParams"].fields}
    assert {"name", "assigned_size", "iops"} <= merged  # allOf parts merged


def test_rendering_is_deterministic(description):
    from codegen import render, spec
    first = render.render_all(description)
    second = render.render_all(spec.load(SPEC))
    assert first == second
    for path, text in first.items():
        assert "do not edit" in " ".join(text.splitlines()[:2]), path  # line 2 after "# coding: utf-8"


def test_committed_output_matches_the_spec():
    proc = subprocess.Popen([sys.executable, "-m", "codegen", SPEC, "--check"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.communicate()[0].decode("utf-8", "replace")
    assert proc.returncode == 0, out

