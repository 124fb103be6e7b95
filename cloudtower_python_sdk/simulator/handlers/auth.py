# coding: utf-8
"""Login, the API version, the caller's own user."""
from ..errors import HttpError
from .registry import handles

API_VERSION = "4.6.0"


@handles("login")
def login(call):
    engine, body = call.engine, call.body
    source = body.get("source") or "LOCAL"
    key = (body["username"], source)
    if engine.passwords.get(key) != body["password"]:
        raise HttpError(400, "Invalid username or password", code=None)
    user = next((u for u in engine.store.all("User") if u["username"] == body["username"] and u["source"] == source),
                None)
    if user is None:
        raise HttpError(400, "Invalid username or password")
    token = engine.issue_token(user["id"])
    return {"task_id": None, "data": {"token": token}}


@handles("get_api_version")
def get_version(call):
    return API_VERSION


@handles("get_my_info")
def get_my_info(call):
    return call.store.render("User", call.store.get("User", call.user_id))


@handles("create_root_user")
def create_root_user(call):
    raise HttpError(400, "The root user already exists")
