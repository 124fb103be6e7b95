# coding: utf-8
"""Secrets out of logs and error texts: tokens, cookies, passwords."""
from __future__ import absolute_import

import re

import six

SECRET_HEADERS = ("authorization", "cookie", "proxy-authorization", "set-cookie", "x-api-key")
# Names of fields that hold a secret: password, root_user_password, platform_password, token,
# chap_secret, iscsi_chap_secret, fileSecret, auth_pass_phrase, privacy_pass_phrase, api_key...
_SECRET_WORDS = r"password|passwd|secret|token|pass_?phrase|api_?key"
SECRET_NAME = re.compile(_SECRET_WORDS, re.IGNORECASE)
# Their string values in JSON; a value cut off by the end of the text (a truncated excerpt) is masked too.
_SECRET_FIELDS = re.compile(r'("[^"\\]*(?:' + _SECRET_WORDS + r')[^"\\]*"\s*:\s*)'
                            r'"(?:[^"\\]|\\.)*(?:"|\\?$)', re.IGNORECASE)


def redact_headers(headers):
    """``{"Authorization": "t", "X-A": "1"}`` -> ``{"Authorization": "***", "X-A": "1"}``."""
    return dict((k, "***" if k.lower() in SECRET_HEADERS else v) for k, v in (headers or {}).items())


def redact_body(text):
    """``{"password": "x"}`` -> ``{"password": "***"}``: what a log or an error may show of a body."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return _SECRET_FIELDS.sub(r'\1"***"', text)


def names_a_secret(path):
    """True when a field path (``["data", "password"]``) leads to a secret."""
    return any(isinstance(p, six.string_types) and SECRET_NAME.search(p) for p in (path or ()))
