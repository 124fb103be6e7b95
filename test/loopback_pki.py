# coding: utf-8
"""A test PKI for the loopback server's TLS tests: a CA and certificates it signed, made with ``openssl``.

Standard library only; works on Python 2.7 and 3.x.

Example::

    pki = TestPKI(tmpdir)            # CA, server cert (127.0.0.1/localhost), client cert
    with LoopbackServer(tls=pki, require_client_cert=True) as srv:
        ...
"""
import os
import random
import subprocess


def have_openssl():
    try:
        subprocess.check_output(["openssl", "version"], stderr=subprocess.STDOUT)
        return True
    except (OSError, subprocess.CalledProcessError):
        return False


_NEW_KEY = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1")   # fast to make


class TestPKI(object):
    """A CA and certificates it signed, made with the ``openssl`` CLI in ``directory``.

    * ``ca_cert``: the CA certificate (PEM);
    * ``cert("server")``/``key("server")``: for 127.0.0.1 and localhost;
    * ``cert("wrong_name")``: for wrong-name.invalid only;
    * ``cert("client")``/``key("client")``: a client certificate (CN=loopback-client);
    * ``cert("self_signed")``: for 127.0.0.1 and localhost, signed by itself.
    """
    __test__ = False  # not a pytest test class

    def __init__(self, directory):
        self.dir = str(directory)
        self.ca_cert = self._path("ca.pem")
        self._openssl("req", "-x509", "-nodes", "-sha256", "-days", "2", *(_NEW_KEY + (
                      "-keyout", self._path("ca.key"), "-out", self.ca_cert, "-subj", "/CN=Loopback Test CA",
                      "-addext", "basicConstraints=critical,CA:TRUE",
                      "-addext", "keyUsage=critical,keyCertSign,cRLSign",
                      "-addext", "subjectKeyIdentifier=hash")))
        self._leaf("server", "/CN=localhost", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                   "extendedKeyUsage=serverAuth")
        self._leaf("wrong_name", "/CN=wrong-name.invalid", "subjectAltName=DNS:wrong-name.invalid",
                   "extendedKeyUsage=serverAuth")
        self._leaf("client", "/CN=loopback-client", None, "extendedKeyUsage=clientAuth")
        # Signed by no CA: only verify_ssl=False accepts it.
        self._openssl("req", "-x509", "-nodes", "-sha256", "-days", "2", *(_NEW_KEY + (
                      "-keyout", self.key("self_signed"), "-out", self.cert("self_signed"),
                      "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost")))

    def _path(self, name):
        return os.path.join(self.dir, name)

    def cert(self, name):
        return self._path(name + ".pem")

    def key(self, name):
        return self._path(name + ".key")

    def _openssl(self, *args):
        try:
            subprocess.check_output(("openssl",) + args, stderr=subprocess.STDOUT)
        except subprocess.CalledProcessError as e:
            raise RuntimeError("openssl %s failed: %s" % (" ".join(args), e.output))

    def _leaf(self, name, subject, san, eku):
        ext = self._path(name + ".ext")
        lines = ["basicConstraints=critical,CA:FALSE", "keyUsage=critical,digitalSignature,keyEncipherment",
                 eku, "subjectKeyIdentifier=hash", "authorityKeyIdentifier=keyid,issuer"]
        if san:
            lines.append(san)
        with open(ext, "w") as f:
            f.write("\n".join(lines) + "\n")
        csr = self._path(name + ".csr")
        self._openssl("req", "-new", "-nodes", "-sha256", *(_NEW_KEY + ("-keyout", self.key(name),
                      "-out", csr, "-subj", subject)))
        self._openssl("x509", "-req", "-in", csr, "-CA", self.ca_cert, "-CAkey", self._path("ca.key"),
                      "-set_serial", str(random.randint(1, 2 ** 62)), "-days", "2", "-sha256",
                      "-extfile", ext, "-out", self.cert(name))
