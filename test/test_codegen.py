# coding: utf-8
"""The generator: deterministic, complete, and what is committed is what it writes."""
import os
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


@pytest.fixture(scope="module")
def rendered(description):
    """What the generator writes from the spec, rendered here, and a second render in another process
    started at the same time (``python -m codegen --check``, with another hash seed: set and dict
    orders that depend on it are the usual source of a non-deterministic generator)."""
    from codegen import render
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    other = subprocess.Popen([sys.executable, "-m", "codegen", SPEC, "--check"], cwd=ROOT,
                             env=dict(os.environ, PYTHONHASHSEED=seed),
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    files = render.render_all(description)
    out = other.communicate()[0].decode("utf-8", "replace")
    return files, other.returncode, out


def test_limits_go_into_the_type_strings(description):
    from codegen import spec
    vlan = {f.key: f.type for f in description.models["VmVlanCreationParams"].fields}
    assert vlan["vlan_id"] == "int{0,4095}" and spec.unbounded("list[int{2,3}]{1,}") == "list[int]"
    storage = {f.key: f.type for f in description.models["GetClusterStorageInfoEffect"].fields}
    assert storage["replica"] == "list[int{2,3}]"
    # A keyword the runtime would not check stops the generator instead of being dropped.
    with pytest.raises(ValueError) as info:
        spec.bounded("str", {"type": "string", "pattern": "^a"})
    assert "pattern" in str(info.value)


def test_committed_output_matches_the_spec(rendered):
    from codegen.__main__ import out_of_date
    files = rendered[0]
    assert out_of_date(files, ROOT) == ([], []), "run: python -m codegen"
    for path, text in files.items():
        assert "do not edit" in " ".join(text.splitlines()[:2]), path  # line 2 after "# coding: utf-8"


def test_rendering_is_deterministic(rendered):
    # The other process's render (another hash seed) matches the committed files, which match this one's.
    files, returncode, out = rendered
    assert returncode == 0 and ("up to date (%d files)" % len(files)) in out, out


def test_out_of_date_names_changed_and_stale_files(tmp_path):
    from codegen.__main__ import out_of_date
    (tmp_path / "docs" / "apis").mkdir(parents=True)
    (tmp_path / "docs" / "apis" / "Same.md").write_text(u"same")
    (tmp_path / "docs" / "apis" / "Old.md").write_text(u"gone from the spec")
    (tmp_path / "docs" / "reference.md").write_text(u"before")
    files = {"docs/apis/Same.md": u"same", "docs/reference.md": u"after", "docs/apis/New.md": u"new"}
    assert out_of_date(files, str(tmp_path)) == (["docs/apis/New.md", "docs/reference.md"], ["docs/apis/Old.md"])
