# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

"""Types shared by the stubs; this module exists for type checkers only."""
from multiprocessing.pool import ApplyResult
from typing import IO, Any, Mapping, Tuple, TypeVar, Union

from typing_extensions import Literal, TypeAlias, TypedDict

_T = TypeVar("_T")


class CallOptions(TypedDict, total=False):
    """Per-call keyword arguments every operation takes (see api_base)."""
    content_language: Literal['en-US', 'zh-CN']
    _request_timeout: float | Tuple[float, float] | None
    _preload_content: bool
    _return_http_data_only: bool
    _headers: Mapping[str, str]
    _check_input_type: bool
    _check_return_type: bool
    _host_index: int
    _request_auth: Any


# ``async_req=True``: the call runs on the client's thread pool; ``.get()`` waits for the answer.
AsyncResult: TypeAlias = ApplyResult[_T]
# ``<method>_with_http_info``: the answer, the HTTP status and the response headers.
HttpInfo: TypeAlias = Tuple[_T, int, Mapping[str, str]]
# A multipart file part: an open file, bytes, a path, or (filename, bytes[, mime type]).
File: TypeAlias = Union[IO[bytes], bytes, str, Tuple[str, bytes], Tuple[str, bytes, str]]
