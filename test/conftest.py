# coding: utf-8
"""Fixtures of the tests against the loopback server (test_transport_*.py, test_reliability.py, test_limits.py).

A module that defines a fixture of the same name uses its own.
"""
import os
import sys

import pytest
import six

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from loopback import LoopbackServer  # noqa: E402
from loopback_pki import TestPKI, have_openssl  # noqa: E402

from cloudtower_python_sdk import ApiClient, Configuration  # noqa: E402


@pytest.fixture
def server():
    srv = LoopbackServer()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def pki(tmpdir_factory):
    if not have_openssl():
        pytest.skip("the openssl command is needed to make test certificates")
    return TestPKI(tmpdir_factory.mktemp("pki"))


@pytest.fixture
def clients():
    """``make(srv_or_host, **config_attrs)`` -> a client closed after the test."""
    made = []

    def make(target, client_kwargs=None, **config):
        host = target if isinstance(target, six.string_types) else target.api_host()
        cfg = Configuration(host=host)
        for key, value in config.items():
            assert hasattr(cfg, key), key
            setattr(cfg, key, value)
        client = ApiClient(cfg, **(client_kwargs or {}))
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_client():
    """``make(host, **config)`` -> (client, waits): ``waits`` records every pause between retries (none is slept)."""
    made = []

    def make(host, **config):
        client = ApiClient(Configuration(host=host, **config))
        waits = []
        client.rest_client.sleep = waits.append
        made.append(client)
        return client, waits

    yield make
    for client in made:
        client.close()


@pytest.fixture
def restore_default_configuration():
    saved = Configuration._default
    yield
    Configuration._default = saved

