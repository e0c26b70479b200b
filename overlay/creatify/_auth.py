"""Credentials and the base URL: where they come from, and what is refused.

The id and key go to the API as default headers of the API's httpx client
(`_base_client._Settings.httpx_kwargs`), never to a storage host."""

from __future__ import annotations

import ipaddress
import os

import httpx

from ._constants import DEFAULT_BASE_URL, ENV_API_ID, ENV_API_KEY, ENV_BASE_URL
from ._exceptions import ConfigurationError
from ._redact import url_text

LOOPBACK_NAMES = {"localhost"}
# Stripped from both ends of the id and key: whitespace and the NUL of a C string.
STRIPPED = " \t\r\n\v\f\x00"


def resolve_credentials(api_id: str | None, api_key: str | None) -> dict[str, str]:
    """`api_id` and `api_key`: the arguments, else the environment; a clear error naming
    what is missing."""
    api_id = api_id or os.environ.get(ENV_API_ID)
    api_key = api_key or os.environ.get(ENV_API_KEY)
    given = ((ENV_API_ID, "api_id", api_id), (ENV_API_KEY, "api_key", api_key))
    missing = [(name, arg) for name, arg, value in given if not value]
    if missing:
        where = "Both are on your Creatify settings page."
        args = " and ".join(f"{name} (or {arg}=)" for name, arg in missing)
        names = " and ".join(name for name, _ in missing)
        raise ConfigurationError(
            f"Creatify credentials are missing: set {args}. {where}",
            rule=f"Creatify credentials are missing: set {names} in the environment. {where}",
        )
    return {arg: _header_value(value or "", env, arg) for env, arg, value in given}


def _header_value(value: str | bytes, env: str, setting: str) -> str:
    """`value` without surrounding whitespace or NULs (a key read from a file or a
    Kubernetes secret often ends in a newline); refused when a header cannot carry it.
    Bytes (a file opened "rb") are read as UTF-8: a byte that is not becomes U+FFFD, which
    is refused by its position.

    The message names the setting and the position, never the value: this may be the key.
    """
    # An id kept as a number by its str(), as before bytes were read; no other object,
    # whose str() may be anything (a pydantic SecretStr's is "**********").
    if not isinstance(value, (str, bytes, int)) or isinstance(value, bool):
        what = f"must be text, got {type(value).__name__}"
        raise ConfigurationError(f"{env} (or {setting}=) {what}", setting=setting, rule=what)
    text = value.decode(errors="replace") if isinstance(value, bytes) else str(value)
    stripped = text.strip(STRIPPED)
    bad = next((i for i, c in enumerate(stripped) if not " " < c < "\x7f"), None)
    if not stripped:
        what = "is empty (or only whitespace)"
    elif bad is not None:
        what = (
            f"has a character an HTTP header cannot carry at position {bad + 1} "
            f"({_char_class(stripped[bad])}); copy it again from your Creatify settings page"
        )
    else:
        return stripped
    raise ConfigurationError(f"{env} (or {setting}=) {what}", setting=setting, rule=f"{env} {what}")


def _char_class(char: str) -> str:
    if char == " ":
        return "a space"
    return "a control character" if ord(char) < 0x20 or ord(char) == 0x7F else "not ASCII"


def resolve_base_url(base_url: str | None, *, allow_insecure_http: bool) -> str:
    """The argument, else `CREATIFY_BASE_URL`, else the production URL; refuses plain
    http to anything but loopback unless `allow_insecure_http` is set."""
    try:
        given = base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
        url = httpx.URL(given.strip(STRIPPED))
    except httpx.InvalidURL as exc:
        raise _bad_base_url(f"is not a URL: {exc}") from None
    # A query or fragment would end up in no request: each path is joined to the URL's.
    # Outside a query or fragment httpx escapes "?" and "#": an empty one ("x?") stays too.
    if url.scheme not in ("http", "https") or not url.host or {"?", "#"} & set(str(url)):
        rule = "must be an http(s) URL with a host and no query or fragment"
        raise _bad_base_url(f"{rule}, got {url_text(url)!r}")
    if url.port is not None and not 0 < url.port < 65536:
        raise _bad_base_url(f"has port {url.port}, not 1 to 65535")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host):
        rule = (
            f"refusing to send API credentials over plain http to {url.host}: use https "
            "(plain http is allowed only to this machine)"
        )
        raise ConfigurationError(
            f"{rule}, or pass allow_insecure_http=True if you really mean it",
            setting="base_url",
            rule=rule,
        )
    return str(url).rstrip("/")


def _bad_base_url(rule: str) -> ConfigurationError:
    return ConfigurationError(f"base_url {rule}", setting="base_url", rule=rule)


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
