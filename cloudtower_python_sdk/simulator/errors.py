# coding: utf-8
"""The two ways a request or a task goes wrong in the simulator."""


class HttpError(Exception):
    """An error answer: ``status`` and an ErrorBody message."""

    def __init__(self, status, message, code=None, props=None):
        Exception.__init__(self, message)
        self.status = status
        self.message = message
        self.code = code
        self.props = props


class TaskFailure(Exception):
    """Raised by a task's effect: the task ends FAILED with this message."""

    def __init__(self, message, code="EVmStatusInvalid"):
        Exception.__init__(self, message)
        self.message = message
        self.code = code
