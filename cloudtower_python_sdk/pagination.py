# coding: utf-8
"""Iterate over every item of a CloudTower list, one page at a time.

Example::

    from cloudtower_python_sdk.utils import paginate
    for vm in paginate(vm_api.get_vms, {"where": {"in_recycle_bin": False}, "orderBy": "name_ASC"},
                       page_size=500):
        print(vm.name)

Each page is one ``get-*`` call with ``first`` (the page size) and ``after``
(the id of the previous page's last item), so only one page is in memory.

What the cursor guarantees (CloudTower's lists run on Prisma 1):

* Items come in the ``orderBy`` order; items with equal values (a non-unique
  column such as ``status``) are ordered by ``id``, and ``after`` compares
  (value, id) pairs, so every item is listed exactly once however many share
  a value.  Without an ``orderBy``, ``paginate`` asks for ``id_ASC``.
* Items created while paging appear if they sort after the current page and
  not if they sort before it; nothing that existed throughout is repeated or
  left out -- as long as the previous page's last item still exists and its
  ``orderBy`` value did not change.  When that item is deleted between two
  pages, CloudTower ends the list early (an empty page; the simulator answers
  400 naming the cursor).  Order by a column that does not change (``id``,
  ``name``, ``local_created_at``) when others change the list while you page.
* SQL ordering puts nulls last (ascending) or first (descending), and a
  comparison with null is never true: on CloudTower, items whose ``orderBy``
  column is null are not reached by the cursor.  Filter them out
  (``"where": {"<column>_not": None}``) or order by a column that is never null.
"""
from __future__ import absolute_import

import six

from . import types
from .exceptions import ApiTypeError, ApiValueError

_PAGING_FIELDS = ("first", "after", "last", "before", "skip")
_PAGE_OPTIONS = ("content_language", "_request_timeout", "_headers", "_request_auth", "_check_input_type")


def paginate(operation, body=None, page_size=100, **call_options):
    """Yield every item of a list operation, fetching ``page_size`` items per request.

    :param operation: a bound list method, e.g. ``VmApi(client).get_vms``.
    :param body: the operation's body (a dict or model) with ``where`` and
        ``orderBy`` as you would pass them; ``first``/``after``/``skip``/
        ``last``/``before`` are set by ``paginate`` and refused here.
    :param page_size: items per request (``first``).
    :param call_options: per-call options for every page (``content_language``,
        ``_request_timeout``, ``_headers``).

    Pages are fetched synchronously, also on a client whose other calls use
    ``async_req=True``.  Pass the plain method, not ``..._with_http_info``
    (the iterator yields items, not pages with their headers).  See the module
    docstring for what the cursor guarantees.  Example::

        names = [vm.name for vm in paginate(VmApi(client).get_vms, {"orderBy": "name_ASC"}, page_size=200)]
    """
    bound = _list_operation(operation)
    if not isinstance(page_size, six.integer_types) or isinstance(page_size, bool) or page_size < 1:
        raise ApiValueError("paginate(): page_size must be a positive integer (items per request), got %r"
                            % (page_size,))
    if call_options.get("async_req"):
        raise ApiValueError("paginate() fetches its pages synchronously; leave out async_req (the iterator "
                            "is lazy: run it in a thread of your own to page in the background)")
    call_options.pop("async_req", None)
    unknown = sorted(set(call_options) - set(_PAGE_OPTIONS))
    if unknown:
        raise ApiTypeError("paginate() got %s; the options it passes to each page are %s"
                           % (", ".join(repr(u) for u in unknown), ", ".join(_PAGE_OPTIONS)))
    request = _base_request(bound, body)
    return _pages(bound, request, page_size, call_options)


def _pages(bound, request, page_size, call_options):
    after = None
    while True:
        page_request = dict(request, first=page_size)
        if after is not None:
            page_request["after"] = after
        page = bound(page_request, **call_options)
        for item in page:
            yield item
        if len(page) < page_size:
            return
        after = getattr(page[-1], "id", None)
        if after is None:
            raise ApiValueError("paginate(): an item of %s() has no id to continue after; the list cannot "
                                "be paged by cursor" % bound.op.name)


def _list_operation(operation):
    """The bound operation, after checking that it is a list CloudTower can page."""
    from .api_base import Operation, _BoundOperation
    if isinstance(operation, Operation):
        raise ApiTypeError("paginate() needs a method of an Api object, e.g. VmApi(client).%s, not the class "
                           "attribute %s" % (operation.name, operation.name))
    if not isinstance(operation, _BoundOperation):
        raise ApiTypeError("paginate() takes a list method of an Api object, e.g. VmApi(client).get_vms; "
                           "got %s" % type(operation).__name__)
    op = operation.op
    if operation.http_info:
        raise ApiValueError("paginate() yields items, not (data, status, headers): pass %s instead of "
                            "%s_with_http_info" % (op.name, op.name))
    body_fields = _body_model(op)
    returns = types.parse(op.returns) if op.returns else None
    if (not isinstance(returns, types.ListOf) or body_fields is None
            or not all(name in body_fields._by_key for name in ("first", "after"))):
        hint = ""
        if op.name.endswith("_connection"):
            hint = "; for the items use %s" % op.name[:-len("_connection")]
        raise ApiValueError("paginate() pages list operations (returning a list, taking first/after), "
                            "and %s() returns %s%s" % (op.name, op.returns or "nothing", hint))
    return operation


def _body_model(op):
    if not op.body_type:
        return None
    t = types.parse(op.body_type)
    target = t.target if isinstance(t, types.Ref) else None
    return target if target is not None and hasattr(target, "_by_key") else None


def _base_request(bound, body):
    """The body as wire JSON (checked once), with ``orderBy`` id_ASC when none was given."""
    op = bound.op
    client = bound.api.api_client
    ctx = types.WireContext(validate=client.configuration.client_side_validation, what="paginate(%s)" % op.name)
    request = types.parse(op.body_type).to_wire({} if body is None else body, ctx, [])
    if not isinstance(request, dict):
        raise ApiTypeError("paginate(): the body of %s() must be a dict or a %s" % (op.name, op.body_type))
    given = [name for name in _PAGING_FIELDS if request.get(name) is not None]
    if given:
        raise ApiValueError("paginate() sets 'first' and 'after' itself: remove %s from the body of %s() "
                            "(use page_size for the page size; to stop early, stop iterating, e.g. with "
                            "itertools.islice)" % (", ".join("'%s'" % g for g in given), op.name))
    for name in _PAGING_FIELDS:
        request.pop(name, None)
    order_field = _body_model(op)._by_key.get("orderBy")
    if request.get("orderBy") is None and order_field is not None:
        if "id_ASC" in getattr(order_field.type.resolve(), "allowable_values", ()):
            request["orderBy"] = "id_ASC"  # a defined order: the cursor is a position in it
    return request


__all__ = ["paginate"]
