# coding: utf-8
"""Shared test helpers: where ../shared is, and a client that never connects."""
import os

from cloudtower_python_sdk import ApiClient, Configuration

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("CLOUDTOWER_SHARED", os.path.join(ROOT, "..", "shared"))
SPEC = os.path.join(SHARED, "specs", "cloudtower-api-4.6.0.json")


def offline_client(**config):
    """A client whose requests would go to a closed port (tests that must not send)."""
    cfg = Configuration(host="http://127.0.0.1:9/v2/api")
    for key, value in config.items():
        setattr(cfg, key, value)
    return ApiClient(cfg)
