# coding: utf-8
"""Transport tests: debug logging and what it hides.

Each test talks to a loopback HTTP(S) server (test/loopback.py) that records
the requests it gets and answers scripted responses; the fixtures ``server``, ``clients``,
``pki`` live in test/conftest.py.  Runs on Python 2.7 and 3.6+ with urllib3 1.26 and 2.x.
"""
import io
import logging
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from transport_helpers import GET_VMS, VM  # noqa: E402

from cloudtower_python_sdk.api.user_api import UserApi  # noqa: E402
from cloudtower_python_sdk.api.vm_api import VmApi  # noqa: E402


# -- debug logging ---------------------------------------------------------------------------------
@pytest.fixture
def sdk_loggers():
    names = ("cloudtower_python_sdk", "urllib3")
    saved = [(logging.getLogger(n), logging.getLogger(n).level, list(logging.getLogger(n).handlers)) for n in names]
    yield
    for logger, level, handlers in saved:
        for h in list(logger.handlers):
            if h not in handlers:
                logger.removeHandler(h)
                h.close()
        logger.setLevel(level)


class TestLogging(object):

    def test_debug_log_hides_secrets(self, server, clients, tmpdir, sdk_loggers):
        server.add("/v2/api/login", body={"task_id": None, "data": {"token": "tok-123"}})
        server.add(GET_VMS, body=[VM])
        log = str(tmpdir.join("sdk.log"))
        client = clients(server, client_kwargs=dict(cookie="session=cookie-secret"))
        client.configuration.logger_file = log
        client.configuration.debug = True
        res = UserApi(client).login({"username": "u", "password": "s3cret-pw", "source": "LOCAL"})
        assert res.data.token == "tok-123"
        client.configuration.api_key["Authorization"] = "tok-123"
        VmApi(client).get_vms({"where": {"id": "vm-1"}})
        client.configuration.logger_file_handler.flush()
        with io.open(log, encoding="utf-8") as f:
            text = f.read()
        assert "POST %s/login" % server.api_host() in text
        assert "POST %s/get-vms" % server.api_host() in text
        assert "vm-1" in text                      # bodies are logged ...
        assert "s3cret-pw" not in text             # ... but not secrets
        assert "tok-123" not in text
        assert "cookie-secret" not in text
        assert [r.header("Authorization") for r in server.requests] == [None, "tok-123"]

    def test_secret_cut_by_the_log_excerpt_is_masked(self, server, clients, tmpdir, sdk_loggers):
        # Answers are logged truncated; a secret that straddles the cut must not leak its beginning.
        for cut in (3, 12, 30):
            prefix = b'[{"id":"vm-1","name":"' + b"n" * (2000 - cut - len(b'[{"id":"vm-1","name":"')) + b'",'
            server.add(GET_VMS, body=prefix + b'"chap_secret":"SECRET-CHAP-VALUE-0123456789"}]', times=1)
        log = str(tmpdir.join("cut.log"))
        client = clients(server)
        client.configuration.logger_file = log
        client.configuration.debug = True
        for _ in range(3):
            VmApi(client).get_vms({})
        client.configuration.logger_file_handler.flush()
        with io.open(log, encoding="utf-8") as f:
            text = f.read()
        assert text.count("-> 200 ") == 3
        for fragment in ("SECR", "CHAP-VALUE", "0123"):
            assert fragment not in text

    @pytest.mark.parametrize("body", [
        '{"username":"u","password":"pw-1"}',
        '{"data":{"host_ip":"1.2.3.4","platform_password":"pw-1","auth_info":{"root_user_password":"pw-1",'
        '"default_user_password":"pw-1"}}}',
        '{"chap_secret":"pw-1","iscsi_chap_secret":"pw-1","fileSecret":"pw-1"}',
        '{"auth_pass_phrase":"pw-1","privacy_pass_phrase":"pw-1","api_key":"pw-1"}',
        '{"token" : "pw-1"}',
        '{"password":"pw-1\\"still-pw-1"}',
        '[{"id":"x","password":"pw-1',
    ])
    def test_redact_body(self, body):
        from cloudtower_python_sdk.rest import redact_body
        text = redact_body(body.encode("utf-8"))
        assert "pw-1" not in text
        assert "***" in text

    def test_redact_body_keeps_the_rest(self):
        from cloudtower_python_sdk.rest import redact_body, redact_headers
        body = '{"password_expired":true,"password":null,"key":"label","name":"password","first":1}'
        assert redact_body(body) == body
        assert redact_body('{"name":"vm","token":"t"}') == '{"name":"vm","token":"***"}'
        assert redact_headers({"Authorization": "t", "Cookie": "c", "Proxy-Authorization": "p", "X-A": "1"}) == \
            {"Authorization": "***", "Cookie": "***", "Proxy-Authorization": "***", "X-A": "1"}

    def test_changing_logger_file_moves_the_log(self, server, clients, tmpdir, sdk_loggers):
        first, second = str(tmpdir.join("one.log")), str(tmpdir.join("two.log"))
        client = clients(server)
        cfg = client.configuration
        cfg.logger_file = first
        cfg.debug = True
        VmApi(client).get_vms({"where": {"id": "first-call"}})
        cfg.logger_file = second
        VmApi(client).get_vms({"where": {"id": "second-call"}})
        cfg.logger_file_handler.flush()
        with io.open(first, encoding="utf-8") as f:
            one = f.read()
        with io.open(second, encoding="utf-8") as f:
            two = f.read()
        assert "first-call" in one and "second-call" not in one
        assert "second-call" in two and "first-call" not in two

    def test_no_bodies_logged_without_debug(self, server, clients, tmpdir, sdk_loggers):
        log = str(tmpdir.join("quiet.log"))
        client = clients(server)
        client.configuration.logger_file = log
        client.configuration.debug = False
        VmApi(client).get_vms({"where": {"id": "vm-quiet"}})
        with io.open(log, encoding="utf-8") as f:
            assert "vm-quiet" not in f.read()
