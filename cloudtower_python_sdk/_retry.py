# coding: utf-8
"""When a call is sent again, and how long to wait first.

Every CloudTower operation but two is a POST, so the HTTP method says nothing;
the operation does (``Operation.reads``).  A read (``get-*`` queries, counts,
connections, the two GETs) is safe to send again after a transient failure:
a broken connection, or an answer 429, 502, 503 or 504.
A change (``create_vm``, ``start_vm``...) is sent again only when it provably
never reached the server: the connection was refused, the name did not
resolve, the connection could not be opened in time.
"""
from __future__ import absolute_import

import random
import time

import urllib3

from .exceptions import ApiTimeoutError, ApiTLSError

RETRY_STATUSES = (429, 502, 503, 504)
BACKOFF_CAP = 10.0  # seconds: no wait between attempts is longer (Retry-After has its own cap)

# What urllib3 itself does when the SDK's policy is in charge: send once, follow redirects.
NO_URLLIB3_RETRIES = urllib3.Retry(total=None, connect=0, read=0, status=0, other=0, redirect=3)


def may_retry_error(error, reads):
    """Whether a call that failed with ``error`` (an ``ApiConnectionError``) may be sent again."""
    if not error.sent:
        return True  # refused, not resolved, not connected in time: nothing reached the server
    if isinstance(error, (ApiTLSError, ApiTimeoutError)):
        return False  # a certificate does not get better by asking again; a server that did not
        # answer in read_timeout is busy, and asking again would spend the call's time on the same wait
    return reads


def may_retry_status(status, reads):
    """Whether an answer with ``status`` asks for the call to be sent again (reads only)."""
    return reads and status in RETRY_STATUSES


def backoff(retry_number, base):
    """Seconds before retry ``retry_number`` (0, 1, ...): ``base`` doubled each time, capped, with jitter
    (between half and all of it), so that many clients do not come back at the same moment."""
    ceiling = min(BACKOFF_CAP, base * (2 ** retry_number))
    return ceiling * random.uniform(0.5, 1.0)


def retry_after(headers):
    """The seconds a ``Retry-After`` header asks for (a number or an HTTP date), or None."""
    value = (headers or {}).get("Retry-After")
    if value is None:
        return None
    value = str(value).strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import mktime_tz, parsedate_tz  # only for the rare date form
    parsed = parsedate_tz(value)
    if parsed is None:
        return None
    return max(0.0, mktime_tz(parsed) - time.time())


def urllib3_policy(retries, reads, retry_mutations):
    """The urllib3 ``Retry`` for a call under a policy the user set (``Configuration.retries``).

    For a change, unless ``retry_mutations`` is set, the policy keeps only what
    cannot send it twice: connection failures before sending (urllib3's
    "connect" errors) are still retried; broken connections, timeouts while
    waiting and error statuses are not.  An error status that ends the
    retries is returned, not raised by urllib3, so it becomes the
    ``ApiException`` of that status.
    """
    policy = urllib3.Retry.from_int(retries)
    if policy.raise_on_status:  # the last error answer becomes the ApiException of its status
        policy = policy.new(raise_on_status=False)
    if reads or retry_mutations:
        return policy
    return policy.new(read=0, other=0, status_forcelist=None, respect_retry_after_header=False)
