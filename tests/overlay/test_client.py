"""Client construction: credentials, base URL, repr, context managers, exports."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import uuid

import creatify
import httpx
import pytest
from creatify import AsyncCreatify, ConfigurationError, Creatify, InvalidInputError

from tests.overlay.helpers import API_KEY, Script, json_response, lipsync, sync_client


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "CREATIFY_API_ID",
        "CREATIFY_API_KEY",
        "CREATIFY_BASE_URL",
        "CREATIFY_MAX_RETRIES",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("no_env")
@pytest.mark.parametrize("cls", [Creatify, AsyncCreatify])
def test_missing_credentials_name_the_variables(cls: type) -> None:
    """Without credentials the error names both environment variables."""
    with pytest.raises(ConfigurationError) as info:
        cls()
    assert "CREATIFY_API_ID" in str(info.value)
    assert "CREATIFY_API_KEY" in str(info.value)


@pytest.mark.usefixtures("no_env")
def test_only_the_missing_variable_is_named() -> None:
    """With the ID set, only the key is reported missing."""
    with pytest.raises(ConfigurationError) as info:
        Creatify(api_id="id")
    assert "CREATIFY_API_ID" not in str(info.value)
    assert "CREATIFY_API_KEY" in str(info.value)


@pytest.mark.usefixtures("no_env")
def test_credentials_and_base_url_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """CREATIFY_API_ID / _API_KEY / _BASE_URL are read when no argument is given."""
    monkeypatch.setenv("CREATIFY_API_ID", "env-id")
    monkeypatch.setenv("CREATIFY_API_KEY", API_KEY)
    monkeypatch.setenv("CREATIFY_BASE_URL", "http://localhost:4010/")
    client = Creatify()
    assert client.base_url == "http://localhost:4010"
    assert "env-id" in repr(client)


@pytest.mark.usefixtures("no_env")
def test_default_base_url_is_production() -> None:
    """Without CREATIFY_BASE_URL the client talks to https://api.creatify.ai."""
    assert Creatify("id", API_KEY).base_url == "https://api.creatify.ai"


@pytest.mark.parametrize("cls", [Creatify, AsyncCreatify])
def test_repr_hides_the_key(cls: type) -> None:
    """The client's repr shows the base URL and ID, never the key."""
    client = cls("my-id", API_KEY, "https://api.creatify.ai")
    assert API_KEY not in repr(client)
    assert "[redacted]" in repr(client)
    assert API_KEY not in repr(client._settings)


@pytest.mark.parametrize(
    "url", ["http://api.creatify.ai", "http://10.0.0.5:8000", "http://example.com"]
)
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    """Credentials never go over plain http to a non-loopback host by default."""
    with pytest.raises(ConfigurationError, match="allow_insecure_http"):
        Creatify("id", API_KEY, url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:1"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    """Loopback (the mock) needs no opt-in."""
    assert Creatify("id", API_KEY, url).base_url.startswith("http://")


def test_plain_http_with_opt_in_is_allowed() -> None:
    """allow_insecure_http=True lets a user reach a plain-http proxy deliberately."""
    client = Creatify("id", API_KEY, "http://proxy.internal:8080", allow_insecure_http=True)
    assert client.base_url == "http://proxy.internal:8080"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://api.creatify.ai",
        "api.creatify.ai",
        "https://",
        # Every path is joined to the base URL's: its query or fragment would be lost.
        "http://127.0.0.1:4010?x=1",
        "http://127.0.0.1:4010/#top",
        "http://127.0.0.1:4010?",  # empty, yet GET / answered 404 for every call
        "http://127.0.0.1:4010/api?#",
    ],
)
def test_a_base_url_that_is_not_http_is_refused(url: str) -> None:
    """A base URL without an http(s) scheme and a host is a configuration error."""
    with pytest.raises(ConfigurationError) as info:
        Creatify("id", API_KEY, url)
    assert info.value.setting == "base_url"


def test_a_base_url_password_is_never_shown() -> None:
    """Not in the repr, nor in the error that refuses the URL (the user name stays)."""
    client = Creatify("id", API_KEY, "http://user:hunter2pw@127.0.0.1:1")
    assert repr(client).startswith("Creatify(base_url='http://user@127.0.0.1:1'")
    with pytest.raises(ConfigurationError) as info:
        Creatify("id", API_KEY, "ftp://user:hunter2pw@example.com")
    assert "hunter2pw" not in str(info.value) and "ftp://user@example.com" in str(info.value)


@pytest.mark.usefixtures("no_env")
def test_whitespace_around_the_base_url_is_stripped_as_around_the_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A value read from a file ends in a newline: not refused as `%20http...`."""
    monkeypatch.setenv("CREATIFY_BASE_URL", " http://127.0.0.1:4010/\n")
    assert Creatify("id", f" {API_KEY}\n").base_url == "http://127.0.0.1:4010"


def test_a_bytes_key_is_sent_as_its_text() -> None:
    """A key read from a file opened "rb": its text, not `b'...'`; bytes that are not
    UTF-8 are refused by position, as any character a header cannot carry."""
    client = Creatify("id", API_KEY.encode() + b"\n", "http://127.0.0.1:1")  # type: ignore[arg-type]
    assert client._settings.api_key == API_KEY
    with pytest.raises(ConfigurationError, match=r"position 1 \(not ASCII\)"):
        Creatify("id", b"\xff" + API_KEY.encode(), "http://127.0.0.1:1")  # type: ignore[arg-type]
    # A number (an id kept as an int) is its str(), as before bytes were read.
    assert Creatify(12345, API_KEY, "http://127.0.0.1:1")._settings.api_id == "12345"  # type: ignore[arg-type]

    # Any other object is refused: a pydantic SecretStr's str() is "**********".
    class Secret:
        def __str__(self) -> str:
            return "**********"

    with pytest.raises(ConfigurationError, match=r"CREATIFY_API_KEY .* must be text, got Secret"):
        Creatify("id", Secret(), "http://127.0.0.1:1")  # type: ignore[arg-type]


def test_max_retries_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """CREATIFY_MAX_RETRIES=0 switches retries off for every client."""
    monkeypatch.setenv("CREATIFY_MAX_RETRIES", "0")
    script = Script([json_response(503, {"detail": "busy"})])
    with pytest.raises(creatify.InternalServerError):
        sync_client(script).voices.list()
    assert script.count == 1


def _connections(client: Creatify | AsyncCreatify) -> list[object]:
    """The connections of the client's API pool (its own, not a test's transport)."""
    return client._pools[0].direct._pool.connections  # type: ignore[attr-defined,no-any-return]


def test_a_closed_client_and_its_copies_refuse_to_send(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """Leaving `with Creatify(...)` closes it: it and a `with_options` copy then raise
    ConfigurationError and open no connection (httpx's bare RuntimeError came from the
    client itself, and the copy sent through the closed pool on a new connection that
    nothing ever closed)."""
    with Creatify(auth_headers["X-API-ID"], auth_headers["X-API-KEY"], mock_base_url) as client:
        copy = client.with_options(timeout=5)
        client.credits.remaining()
    assert _connections(client) == []
    for closed in (client, copy, client.__enter__()):
        with pytest.raises(ConfigurationError, match="the client is closed"):
            closed.credits.remaining()
    assert _connections(client) == []
    client.close()  # again: nothing to do


async def test_a_closed_async_client_and_its_copies_refuse_to_send(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """The same for `async with AsyncCreatify(...)`."""
    ids = auth_headers["X-API-ID"], auth_headers["X-API-KEY"]
    async with AsyncCreatify(*ids, mock_base_url) as client:
        copy = client.with_options(timeout=5)
        await client.credits.remaining()
    for closed in (client, copy):
        with pytest.raises(ConfigurationError, match="the client is closed"):
            await closed.credits.remaining()
    assert _connections(client) == []


def test_one_async_client_serves_several_asyncio_runs(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """A script calling `asyncio.run` per step with one AsyncCreatify: the second run got
    "Event loop is closed" from the first run's pooled connection; each run now gets
    connections of its own loop, and the last closes the client."""
    client = AsyncCreatify(auth_headers["X-API-ID"], auth_headers["X-API-KEY"], mock_base_url)
    for _ in range(3):
        assert asyncio.run(client.credits.remaining()).remaining_credits >= 0
    asyncio.run(client.close())
    assert _connections(client) == []


def _local_port(client: Creatify) -> int:
    """The local port of the connection a request of `client` went over."""
    answer = client.with_raw_response.credits.remaining().http_response
    port: int = answer.extensions["network_stream"].get_extra_info("client_addr")[1]
    return port


# The client forked children inherit (a pool's arguments are pickled; a client is not).
_INHERITED: list[Creatify] = []


def _gets(ids: list[str], start: int) -> tuple[int, list[str]]:
    """The local port of a first request, then 30 gets by id: what came back wrong."""
    client = _INHERITED[0]
    port, wrong = _local_port(client), []
    for n in range(30):
        asked = ids[(start + n) % len(ids)]
        try:
            got = client.lipsyncs.get(asked).id
        except Exception as exc:  # any failure is a finding here
            wrong.append(f"{asked}: {type(exc).__name__}: {exc}")
        else:
            if str(got) != asked:
                wrong.append(f"{asked}: got {got}")
    return port, wrong


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_a_forked_child_sends_on_connections_of_its_own(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """A sync client used in a parent (a keep-alive connection open), then in forked
    children and the parent at once: the children shared the parent's sockets and got
    answers meant for other requests. Each child now opens connections of its own (the
    parent's stays open) and every get returns its own job."""
    client = Creatify(auth_headers["X-API-ID"], auth_headers["X-API-KEY"], mock_base_url)
    creator = "18fccce8-86e7-5f31-abc8-18915cb872be"
    ids = [str(client.lipsyncs.create(text=f"fork {i}", creator=creator).id) for i in range(6)]
    parent_port = _local_port(client)
    _INHERITED[:] = [client]
    with multiprocessing.get_context("fork").Pool(3) as pool:
        children = pool.starmap_async(_gets, [(ids, k) for k in range(3)])
        parent = _gets(ids, 5)
        ports = [port for port, _ in children.get(60)]
        assert [wrong for _, wrong in children.get()] == [[], [], []]
    assert parent == (parent_port, [])  # the parent kept its connection
    assert parent_port not in ports
    client.close()


def test_requests_carry_both_credential_headers() -> None:
    """Every API request sends X-API-ID and X-API-KEY."""
    script = Script([json_response(200, [])])
    sync_client(script).voices.list()
    assert script.requests[0].headers["X-API-ID"] == "test-id"
    assert script.requests[0].headers["X-API-KEY"] == API_KEY
    assert script.requests[0].headers["User-Agent"].startswith("creatify-python/")


def test_public_names_are_exported_sorted_and_importable() -> None:
    """The facade's __all__ is sorted and every name in it exists."""
    assert creatify.__all__ == sorted(creatify.__all__)
    for name in creatify.__all__:
        assert getattr(creatify, name) is not None


CANONICAL = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"


@pytest.mark.parametrize(
    "given",
    [
        CANONICAL,
        CANONICAL.upper(),
        f"  {CANONICAL} ",
        "{" + CANONICAL + "}",
        f"urn:uuid:{CANONICAL}",
        CANONICAL.replace("-", ""),
        uuid.UUID(CANONICAL),
    ],
)
def test_an_id_goes_into_the_path_as_canonical_text(given: object) -> None:
    """Every form of a UUID that the SDK takes reaches the path as lower-case 8-4-4-4-12
    text (canonical text is passed through unparsed: `check_path_id`).

    httpx.MockTransport: the test reads the exact path sent, with no server between.
    """
    script = Script([json_response(200, lipsync("done"))])
    sync_client(script).lipsyncs.get(given)  # type: ignore[arg-type]
    assert script.requests[0].url.path == f"/api/lipsyncs/{CANONICAL}/"


@pytest.mark.parametrize("given", ["", "not-a-uuid", CANONICAL + "0", CANONICAL[:-1] + "g", 42])
def test_an_id_that_is_not_a_uuid_is_refused_before_sending(given: object) -> None:
    script = Script([json_response(200, lipsync("done"))])
    with pytest.raises(InvalidInputError, match="id: must be a UUID"):
        sync_client(script).lipsyncs.get(given)  # type: ignore[arg-type]
    assert script.count == 0


@pytest.mark.parametrize(
    "setting",
    [
        {"call_deadline": float("nan")},
        {"call_deadline": 0},
        {"retry_backoff": float("nan")},
        {"max_retry_wait": -1},
        {"max_retry_wait": 0},  # httpx-retries' own ValueError before
        {"response_deadline": -5},
        {"response_deadline": float("nan")},
        # A type the comparisons cannot take: named, not a bare TypeError.
        {"retry_backoff": "1"},
        {"response_deadline": None},
        # Taken at construction, each failed every call with a bare error.
        {"timeout": "5"},
        {"timeout": -1},
        {"timeout": float("nan")},
        {"timeout": float("inf")},  # an OverflowError in the socket's time-out
        {"timeout": 1e308},  # so was a huge finite one: at most 1e9 s (about 31 years)
        {"call_deadline": 10**400},
        {"timeout": httpx.Timeout(5, read=float("inf"))},
    ],
)
def test_a_setting_no_deadline_or_wait_can_use_is_refused(setting: dict[str, float]) -> None:
    """NaN passes `<= 0` and `< 0`; taken, it would mean no deadline (every comparison is
    false), so retries would never stop for it."""
    with pytest.raises(ConfigurationError) as info:
        Creatify("id", "key", **setting)  # type: ignore[arg-type]
    assert info.value.setting == next(iter(setting))
    assert "finite number of seconds" in info.value.rule
    if "call_deadline" in setting:  # the one of these that with_options takes
        with Creatify("id", "key") as client, pytest.raises(ConfigurationError):
            client.with_options(**setting)


def test_with_options_call_deadline_none_lifts_the_bound() -> None:
    """client.md: `call_deadline` "also in `with_options`; `None` for no bound". It kept the
    parent's bound instead (S5-2); leaving it out still keeps it."""
    with Creatify("id", "key", "http://127.0.0.1:9", call_deadline=2) as client:
        assert client.with_options(call_deadline=None)._settings.call_deadline is None
        assert client.with_options(timeout=5)._settings.call_deadline == 2
        assert client.with_options(call_deadline=30)._settings.call_deadline == 30
