"""`client.avatars.iter_all(...)`: every persona, one page at a time, lazily.

Page sequences that end (a last page, an empty page) or loop (a repeated `next`) come from
the scripted loopback server (tests/faults/server.py), which also counts the requests; the
mock, which pages as DRF does, checks the request and the parsing against the spec.
"""

from __future__ import annotations

import json
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from creatify import AsyncCreatify, Creatify, CreatifyError, InvalidInputError, Persona

from tests.faults.server import Fault, FaultServer, serving
from tests.overlay.helpers import API_KEY

NEXT = "https://api.creatify.ai/api/personas/paginated/?page=2"
NEXT_3 = "https://api.creatify.ai/api/personas/paginated/?page=3"


def page(n_results: int, next_: str | None) -> Fault:
    results = [
        {"id": str(uuid.uuid4()), "process_status": "done", "is_active": True}
        for _ in range(n_results)
    ]
    body = {"count": 5, "next": next_, "previous": None, "results": results}
    return Fault(body=json.dumps(body).encode())


THREE_PAGES = (page(2, NEXT), page(2, NEXT_3), page(1, None))


def queries(server: FaultServer) -> list[dict[str, Any]]:
    return [parse_qs(urlsplit(r.path).query) for r in server.received]


def test_iter_all_walks_every_page_lazily_sync() -> None:
    """Nothing is sent until iteration; each page is fetched when the last is used up;
    the walk ends at the page without `next`."""
    with serving(*THREE_PAGES) as server, Creatify("id", API_KEY, server.url) as client:
        personas = client.avatars.iter_all(page_size=2, gender="f")
        assert server.count() == 0
        first = next(personas)
        assert isinstance(first, Persona)
        assert server.count() == 1
        rest = list(personas)
        assert server.count() == 3
    assert len(rest) == 4
    assert {r.path.split("?")[0] for r in server.received} == {"/api/personas/paginated/"}
    assert [q["page"] for q in queries(server)] == [["1"], ["2"], ["3"]]
    assert all(q["page_size"] == ["2"] and q["gender"] == ["f"] for q in queries(server))


async def test_iter_all_walks_every_page_lazily_async() -> None:
    """`async for` over iter_all sends nothing up front and one request per page."""
    with serving(*THREE_PAGES) as server:
        async with AsyncCreatify("id", API_KEY, server.url) as client:
            personas = client.avatars.iter_all(page_size=2)
            assert server.count() == 0
            seen = [p async for p in personas]
        assert server.count() == 3
    assert len(seen) == 5
    assert len({p.id for p in seen}) == 5
    assert [q["page"] for q in queries(server)] == [["1"], ["2"], ["3"]]


@pytest.mark.parametrize("cls", [Creatify, AsyncCreatify])
async def test_iter_all_stops_at_an_empty_page(cls: type) -> None:
    """A page without results ends the walk even if it names a `next` page."""
    with serving(page(2, NEXT), page(0, NEXT)) as server:
        client = cls("id", API_KEY, server.url)
        walk = client.avatars.iter_all(page_size=2)
        seen = [p async for p in walk] if cls is AsyncCreatify else list(walk)
        assert server.count() == 2
    assert len(seen) == 2


async def test_stopping_early_sends_no_more_requests() -> None:
    """Leaving the loop after the first page leaves the other pages unasked."""
    with serving(*THREE_PAGES) as server:
        async with AsyncCreatify("id", API_KEY, server.url) as client:
            async for _ in client.avatars.iter_all(page_size=2):
                break
        assert server.count() == 1


@pytest.mark.parametrize("cls", [Creatify, AsyncCreatify])
@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"page_size": 0}, "page_size"), ({"gender": "x"}, "gender"), ({"timeout": -1}, "timeout")],
)
def test_iter_all_checks_its_arguments_when_called(
    cls: type, kwargs: dict[str, Any], field: str
) -> None:
    """Bad arguments fail at the call, before iteration and before any request."""
    with serving(page(1, None)) as server:
        client = cls("id", API_KEY, server.url)
        with pytest.raises(InvalidInputError, match=field):
            client.avatars.iter_all(**kwargs)
        assert server.count() == 0


@pytest.mark.parametrize("cls", [Creatify, AsyncCreatify])
async def test_iter_all_stops_with_an_error_at_a_repeated_next(cls: type) -> None:
    """A server that names a page it named before would keep the walk going forever (the
    mock's Prism once did): the walk raises, naming the page, instead of looping."""
    with serving(page(2, NEXT), page(2, NEXT), page(2, NEXT)) as server:
        client = cls("id", API_KEY, server.url)
        walk = client.avatars.iter_all(page_size=2)
        seen: list[Persona] = []

        async def read_all() -> None:
            if cls is AsyncCreatify:
                async for persona in walk:
                    seen.append(persona)
            else:
                for persona in walk:
                    seen.append(persona)  # one by one: keeps the pages read before the error

        with pytest.raises(CreatifyError, match=r"page 2 gave a `next` it gave before"):
            await read_all()
        assert server.count() == 2
    assert len(seen) == 4, "the pages read before the repeat were given"


def test_iter_all_reads_the_mocks_pages_to_the_end(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """The mock's pages parse, and the walk ends at its last page (DRF's `next: null`)."""
    with Creatify(auth_headers["X-API-ID"], auth_headers["X-API-KEY"], mock_base_url) as client:
        walked = [p.id for p in client.avatars.iter_all(page_size=1)]
        listed = [p.id for p in client.avatars.list()]
    assert walked == listed and len(set(walked)) == len(walked)


async def test_iter_all_reads_the_mocks_pages_async(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """The async walk reads the mock's pages too, and can stop early."""
    async with AsyncCreatify(
        auth_headers["X-API-ID"], auth_headers["X-API-KEY"], mock_base_url
    ) as client:
        seen = []
        async for persona in client.avatars.iter_all(page_size=1):
            seen.append(persona)
            if len(seen) == 1:
                break
    assert len(seen) == 1
    assert all(isinstance(p, Persona) for p in seen)


def test_a_job_created_during_the_walk_repeats_no_item(mock_base_url: str) -> None:
    """Pages are read by number, newest first: a job created between two page reads shifts
    the later pages by one, and the last item read came again (S5-6). Each is yielded
    once; the new job itself may be missed (docstring of `iter_pages`)."""
    account = f"paging-{uuid.uuid4()}"  # the mock keeps each API id's jobs apart
    with Creatify(account, API_KEY, mock_base_url) as client:
        made = [client.text_to_speech.create(script=f"line {n}").id for n in range(6)]
        walked = []
        for speech in client.text_to_speech.iter_all(page_size=3):
            walked.append(speech.id)
            if len(walked) == 3:  # the first page is used up
                client.text_to_speech.create(script="made meanwhile")
    assert sorted(map(str, walked)) == sorted(map(str, made))
