# coding: utf-8
"""Static typing: pyright (basic mode) and mypy read the stubs as a user's editor would.

* ``test/typing/good.py`` (typed usage, ``assert_type`` on answers, fields, enums,
  async results, errors): no error from either checker;
* ``test/typing/bad.py`` (typical mistakes) and ``deprecated.py`` (1.9.0 names):
  each checker reports an error on exactly the lines marked ``# error:``;
* ``examples/`` (every file, new ones included): no error.

Runs when pyright and mypy are installed; with ``CLOUDTOWER_TYPECHECK=1`` (CI) a
missing checker is a failure, not a skip.
"""
import os
import re
import shutil
import subprocess
import sys

import pytest

from helpers import ROOT

TYPING = os.path.join(ROOT, "test", "typing")
EXAMPLES = os.path.join(ROOT, "examples")
REQUIRED = os.environ.get("CLOUDTOWER_TYPECHECK") == "1"
# pyright: "  /abs/path.py:14:10 - error: ..."; mypy: "path.py:14: error: ..."
_LOCATION = re.compile(r"^[ \t]*(?P<path>[^\s:][^:\n]*\.py):(?P<line>\d+)(?::\d+)?(?: - |: )error\b", re.M)


def _checker(name):
    if sys.version_info < (3, 8):
        if REQUIRED:
            pytest.fail("CLOUDTOWER_TYPECHECK=1 needs Python 3.8+ to run %s" % name)
        pytest.skip("the type checkers need Python 3.8+")
    found = shutil.which(name) or shutil.which(name, path=os.path.dirname(sys.executable))
    if found is None:
        if REQUIRED:
            pytest.fail("CLOUDTOWER_TYPECHECK=1 but %s is not installed (pip install pyright mypy)" % name)
        pytest.skip("%s is not installed" % name)
    return found


def run_checker(name, paths, extra_path=()):
    """{(absolute path, line)} of the errors ``name`` reports on ``paths``, and its whole output."""
    exe = _checker(name)
    env = dict(os.environ)
    if name == "pyright":
        cmd = [exe, "-p", os.path.join(TYPING, "pyrightconfig.json")] + list(paths)
    else:
        env["MYPYPATH"] = os.pathsep.join([ROOT] + list(extra_path))
        cmd = [exe, "--config-file", os.path.join(TYPING, "mypy.ini"),
               "--cache-dir", os.path.join(ROOT, ".mypy_cache")] + list(paths)
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.communicate()[0].decode("utf-8", "replace")
    errors = set((os.path.abspath(os.path.join(ROOT, m.group("path"))), int(m.group("line")))
                 for m in _LOCATION.finditer(out))
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not errors):
        pytest.fail("%s did not run:\n%s" % (name, out))
    return errors, out


def marked_lines(path):
    with open(path) as f:
        return set(i for i, line in enumerate(f, 1) if re.search(r"#\s*error:", line))


@pytest.mark.parametrize("checker", ["pyright", "mypy"])
def test_typed_usage_has_no_error(checker):
    errors, out = run_checker(checker, [os.path.join(TYPING, "good.py")])
    assert not errors, out


@pytest.mark.parametrize("checker", ["pyright", "mypy"])
@pytest.mark.parametrize("name, least", [("bad.py", 15), ("deprecated.py", 3)])
def test_each_typical_mistake_is_reported_on_its_line(checker, name, least):
    # bad.py: typical mistakes; deprecated.py: 1.9.0 names, with deprecation reports made errors.
    bad = os.path.join(TYPING, name)
    errors, out = run_checker(checker, [bad])
    expected = marked_lines(bad)
    assert len(expected) >= least
    reported = set(line for path, line in errors if path == bad)
    assert sorted(expected - reported) == [], "not reported:\n" + out
    assert sorted(reported - expected) == [], "reported on unmarked lines:\n" + out


def test_pyright_sees_the_names_an_installed_package_exports(tmp_path):
    # Installed (as a library, not as the project's own source), a py.typed package exports only what
    # its __all__ and re-export forms say: ``from cloudtower_python_sdk import VmApi`` must stay valid.
    exe = _checker("pyright")
    site, src = tmp_path / "site", tmp_path / "src"
    site.mkdir()
    src.mkdir()
    os.symlink(os.path.join(ROOT, "cloudtower_python_sdk"), str(site / "cloudtower_python_sdk"))
    shutil.copy(os.path.join(TYPING, "good.py"), str(src / "good.py"))
    (src / "top_level.py").write_text(u"from cloudtower_python_sdk import ApiClient, GetVmsRequestBodyDict, Vm, VmApi\n"
                                      u"from cloudtower_python_sdk.api import DefaultApi, VmApi as V\n"
                                      u"from cloudtower_python_sdk.models import VmStatus, VmWhereInputDict\n")
    env = dict(os.environ, PYTHONPATH=str(site))
    proc = subprocess.Popen([exe, "--pythonpath", sys.executable, "good.py", "top_level.py"], cwd=str(src), env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.communicate()[0].decode("utf-8", "replace")
    assert proc.returncode == 0 and "0 errors" in out, out


@pytest.mark.parametrize("checker", ["pyright", "mypy"])
def test_examples_have_no_error(checker):
    files = sorted(os.path.join(EXAMPLES, n) for n in os.listdir(EXAMPLES) if n.endswith(".py"))
    assert files
    errors, out = run_checker(checker, files, extra_path=[EXAMPLES])
    assert not errors, out


def test_marks_are_read():
    # The comparison above means something only if the marks are found.
    assert marked_lines(os.path.join(TYPING, "good.py")) == set()
    assert 14 in marked_lines(os.path.join(TYPING, "bad.py"))


# -- what Python itself shows: help(), inspect, calls on the class ----------------------------------------

def test_an_operation_is_callable_on_the_class_like_a_method():
    from cloudtower_python_sdk.api import VmApi
    from helpers import offline_client
    vm_api = VmApi(offline_client())
    assert callable(VmApi.get_vms) and callable(VmApi.get_vms_with_http_info)
    with pytest.raises(Exception) as info:  # checked, then sent to a closed port
        VmApi.get_vms(vm_api, {"wher": {}})
    assert "wher" in str(info.value) and "where" in str(info.value)


def test_help_shows_the_operation_its_arguments_and_answer():
    import pydoc
    from cloudtower_python_sdk.api import VmApi
    from helpers import offline_client
    bound = VmApi(offline_client()).get_vms
    assert bound.__name__ == "get_vms"
    assert bound.__qualname__ == "VmApi.get_vms"
    # pydoc before 3.9 documents an instance by its class; the instance's own __doc__ is the same text.
    text = pydoc.plain(pydoc.render_doc(bound)) if sys.version_info >= (3, 9) else bound.__doc__
    assert "POST /get-vms" in text and "get_vms_request_body: GetVmsRequestBody" in text and "Returns: list[Vm]" in text
    page = pydoc.plain(pydoc.render_doc(VmApi))
    assert "start_vm" in page and "Returns: list[WithTaskVm]" in page
    assert "Returns: (list[Vm], status, headers)" in VmApi.get_vms_with_http_info.__doc__


@pytest.mark.skipif(sys.version_info < (3, 6), reason="inspect.Signature: Python 3")
def test_inspect_signature_shows_the_real_parameters():
    import inspect
    from cloudtower_python_sdk.api import ContentLibraryImageApi, VmApi
    from helpers import offline_client
    sig = inspect.signature(VmApi(offline_client()).get_vms)
    assert list(sig.parameters) == ["get_vms_request_body", "async_req", "options"]
    assert sig.return_annotation == "list[Vm]"
    assert list(inspect.signature(VmApi.get_vms).parameters)[0] == "self"
    upload = inspect.signature(ContentLibraryImageApi(offline_client()).create_content_library_image)
    assert list(upload.parameters)[:2] == ["file", "clusters"] and upload.parameters["name"].default is None
    assert VmApi.get_vms.__qualname__ == "VmApi.get_vms"


def test_help_of_a_model_lists_each_field_with_its_type():
    import pydoc
    from cloudtower_python_sdk.models import GetVmsRequestBody, Vm
    text = pydoc.plain(pydoc.render_doc(Vm))
    assert "vcpu: int\n" in text and "cluster: NestedCluster | None" in text
    assert "order_by: VmOrderByInput | None (JSON name 'orderBy')" in GetVmsRequestBody.__doc__


def test_a_model_of_another_class_is_sent_by_its_fields_and_still_checked():
    from cloudtower_python_sdk.api import VmApi
    from cloudtower_python_sdk.exceptions import ApiValueError
    from cloudtower_python_sdk.models import VmOperateParams, VmStartParams, VmWhereInput
    from helpers import offline_client
    vm_api = VmApi(offline_client())
    op = VmApi.delete_vm
    body = op.serialize(vm_api.api_client, (VmOperateParams(where=VmWhereInput(id="vm-1")),), {})[0]
    assert body == {"where": {"id": "vm-1"}}
    with pytest.raises(ApiValueError) as info:  # VmStartParams has 'data', which delete_vm's body has not
        op.serialize(vm_api.api_client, (VmStartParams(where={"id": "vm-1"}, data={"host_id": "h"}),), {})
    assert "'data'" in str(info.value) and "VmDeleteParams" in str(info.value)


def test_jedi_completes_fields_operations_and_top_level_names():
    # jedi: the completion engine of many editors (and of IPython).
    if sys.version_info < (3, 8):
        pytest.skip("jedi here needs Python 3.8+")
    try:
        import jedi
    except ImportError:
        if REQUIRED:
            pytest.fail("CLOUDTOWER_TYPECHECK=1 but jedi is not installed (pip install jedi)")
        pytest.skip("jedi is not installed")
    project = jedi.Project(ROOT)

    def complete(source):
        lines = source.split("\n")
        script = jedi.Script(source, path=os.path.join(ROOT, "completion.py"), project=project)
        return [c.name for c in script.complete(len(lines), len(lines[-1]))]

    head = ("from cloudtower_python_sdk import ApiClient, VmApi\n"
            "vm_api = VmApi(ApiClient())\n"
            "vm = vm_api.get_vms({'first': 1})[0]\n")
    assert "vcpu" in complete(head + "vm.vc")
    assert "get_vms_with_http_info" in complete(head + "vm_api.get_vm")
    assert complete("from cloudtower_python_sdk.models import VmStat")[:1] == ["VmStatus"]


def test_the_typed_dict_names_of_the_stubs_are_dicts_at_run_time():
    # So that ``body: GetVmsRequestBodyDict = {...}`` (or a type comment) can import the name.
    from cloudtower_python_sdk import VmWhereInputDict
    from cloudtower_python_sdk.models import GetVmsRequestBodyDict
    assert GetVmsRequestBodyDict is dict and VmWhereInputDict is dict
    assert GetVmsRequestBodyDict(first=1) == {"first": 1}
    with pytest.raises(ImportError):
        from cloudtower_python_sdk.models import NoSuchModelDict  # noqa: F401
