# coding: utf-8
"""Shared test helpers: where the spec and the test data are, and a client that never connects."""
import os
import sys

from cloudtower_python_sdk import ApiClient, Configuration

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
from codegen import SPEC  # noqa: E402,F401  (the one place that locates the spec)

DATA = os.path.join(ROOT, "test", "data")


def offline_client(**config):
    """A client whose requests would go to a closed port (tests that must not send)."""
    cfg = Configuration(host="http://127.0.0.1:9/v2/api")
    for key, value in config.items():
        setattr(cfg, key, value)
    return ApiClient(cfg)
