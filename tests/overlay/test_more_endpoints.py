"""The operations known from public client code only (openapi/README.md, `code-only`):
`dyoa.delete`, `links.list_page`/`iter_all`, `text_to_speech.list_page`/`iter_all`,
`link_to_videos.generate_preview` and `custom_templates.list`, sync and async, against
the mock (the scenario layer over Prism: the requests are checked against the spec, the
answers come from the mock's state)."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from creatify import (
    AsyncCreatify,
    Creatify,
    CreatifyError,
    CustomTemplateListItem,
    InvalidInputError,
    Link,
    NotFoundError,
    PaginatedLinkList,
    PaginatedTextToSpeechList,
    TextToSpeech,
)
from creatify.testing import FakeCreatify

from tests.overlay.products_helpers import FAST, AsyncHeaders, Both, Headers, Offline, method

DYOA = {"name": "My Avatar", "age_group": "young_adult", "gender": "m"}
UNKNOWN = "0b0b0b0b-0000-4000-8000-000000000000"
TTS = {"script": "Hello there.", "accent": "6f3c2a52-8d5e-4f0a-9c1b-2b8f7a9d4e11"}


@pytest.fixture
def fresh(both: Both) -> Both:
    """`both` on an account of its own, whose lists hold only what the test makes."""
    account = {"X-API-ID": f"pages-{uuid.uuid4()}", "X-API-KEY": "key"}
    return Both(both.mode, both.base_url, account)


BAD_INPUT: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("dyoa.delete", ("x",), {}, "id"),
    ("links.list_page", (0,), {}, "page"),
    ("links.list_page", (1, 0), {}, "page_size"),
    ("links.list_page", (True,), {}, "page"),
    ("links.iter_all", (0,), {}, "page_size"),
    ("text_to_speech.list_page", (1, -1), {}, "page_size"),
    ("text_to_speech.iter_all", ("10",), {}, "page_size"),
    ("link_to_videos.generate_preview", ("x",), {}, "id"),
]


@pytest.mark.parametrize(("dotted", "args", "kwargs", "field"), BAD_INPUT)
def test_bad_input_is_refused_before_any_request(
    offline: Offline, dotted: str, args: tuple[Any, ...], kwargs: dict[str, Any], field: str
) -> None:
    """`iter_all` checks its arguments when called, not when first iterated."""
    with pytest.raises(InvalidInputError) as caught:
        offline(dotted, *args, **kwargs)
    assert caught.value.field == field
    assert offline.script.count == 0


def test_a_deleted_dyoa_request_is_gone(both: Both) -> None:
    """DELETE answers 204 (`None`); the request then reads as a 404, a second delete too,
    and the list no longer has it."""
    request = both("dyoa.create", **DYOA)
    assert both("dyoa.delete", request.id) is None
    with pytest.raises(NotFoundError):
        both("dyoa.get", request.id)
    with pytest.raises(NotFoundError):
        both("dyoa.delete", request.id)
    assert request.id not in {r.id for r in both("dyoa.list")}


def test_deleting_an_unknown_dyoa_request_is_a_404(both: Both) -> None:
    with pytest.raises(NotFoundError):
        both("dyoa.delete", UNKNOWN)


def test_links_page_through_the_accounts_links(fresh: Both) -> None:
    made = [fresh("links.create", f"https://www.example.com/p/{n}").id for n in range(3)]
    first = fresh("links.list_page", 1, 2)
    assert isinstance(first, PaginatedLinkList)
    assert first.count == 3 and len(first.results) == 2
    assert first.next_ and "page=2" in first.next_ and first.previous is None
    last = fresh("links.list_page", 2, 2)
    assert len(last.results) == 1 and last.next_ is None and last.previous
    assert [link.id for link in [*first.results, *last.results]] == made[::-1]  # newest first
    with pytest.raises(NotFoundError):  # DRF: "Invalid page."
        fresh("links.list_page", 3, 2)


def every(both: Both, dotted: str, *args: Any, headers: dict[str, str] | None = None) -> list[Any]:
    """The items of an `iter_all`, read inside the client's `with` (`for` or `async for`)."""
    credentials = (both.auth["X-API-ID"], both.auth["X-API-KEY"], both.base_url)
    extra = headers or {}
    if both.mode == "sync":
        with Creatify(*credentials, transport=Headers(extra), max_retries=0) as client:
            return list(method(client, dotted)(*args))

    async def run() -> list[Any]:
        transport = AsyncHeaders(extra)
        async with AsyncCreatify(*credentials, transport=transport, max_retries=0) as client:
            return [item async for item in method(client, dotted)(*args)]

    return asyncio.run(run())


def test_links_iter_all_reads_every_page(fresh: Both) -> None:
    made = [fresh("links.create", f"https://www.example.com/q/{n}").id for n in range(3)]
    found = every(fresh, "links.iter_all", 2)
    assert all(isinstance(link, Link) for link in found)
    assert [link.id for link in found] == made[::-1]


def test_text_to_speech_pages_and_iter_all(fresh: Both) -> None:
    made = [fresh("text_to_speech.create", **TTS).id for _ in range(3)]
    page = fresh("text_to_speech.list_page", 1, 2)
    assert isinstance(page, PaginatedTextToSpeechList)
    assert page.count == 3 and [t.id for t in page.results] == made[::-1][:2]
    assert fresh("text_to_speech.list_page", 2, 2).next_ is None
    found = every(fresh, "text_to_speech.iter_all", 2)
    assert all(isinstance(t, TextToSpeech) for t in found)
    assert [t.id for t in found] == made[::-1]


def test_iter_all_stops_at_a_next_it_saw_before(both: Both) -> None:
    """The shared page loop (`iter_pages`): the spec's page example (Prism's, asked for by
    `Prefer`) always points at page 2, so the second page repeats the first's `next`."""
    with pytest.raises(CreatifyError, match="gave a `next` it gave before"):
        every(both, "text_to_speech.iter_all", 1, headers={"Prefer": "example=first_page"})


def test_generate_preview_then_render(both: Both) -> None:
    """A task gets a (new) preview and waits for `render` (status `pending`); rendered, it
    ends with its video."""
    link = both("links.create", "https://www.example.com/products/kettle")
    task = both("link_to_videos.preview", link=link.id)
    again = both("link_to_videos.generate_preview", task.id)
    assert again.id == task.id and again.status == "pending"
    both("link_to_videos.render", task.id)
    done = both("link_to_videos.wait", task.id, **FAST)
    assert done.status == "done" and done.video_output


def test_generate_preview_of_an_unknown_task_is_a_404(both: Both) -> None:
    with pytest.raises(NotFoundError):
        both("link_to_videos.generate_preview", UNKNOWN)


def test_custom_templates_list(both: Both) -> None:
    """Items are kept whole: `id`, and any other key in `additional_properties`."""
    templates = both("custom_templates.list")
    assert templates and all(isinstance(t, CustomTemplateListItem) for t in templates)
    assert all(t.id for t in templates)


def test_the_in_process_fake_answers_them_too() -> None:
    """`FakeCreatify` (no Prism): the same state, so the same answers."""
    fake = FakeCreatify()
    client = fake.client()
    request = client.dyoa.create(**DYOA)
    assert client.dyoa.delete(request.id) is None
    assert fake.requests[-1].method == "DELETE"
    with pytest.raises(NotFoundError):
        client.dyoa.get(request.id)
    links = [client.links.create(f"https://www.example.com/f/{n}").id for n in range(3)]
    assert [link.id for link in client.links.iter_all(2)] == links[::-1]
    speech = client.text_to_speech.create(**TTS)
    assert [t.id for t in client.text_to_speech.list_page().results] == [speech.id]
    task = client.link_to_videos.preview(link=links[0])
    assert client.link_to_videos.generate_preview(task.id).status == "pending"
    assert all(t.id for t in client.custom_templates.list())


def test_a_delete_is_retried_after_429_but_not_after_a_5xx() -> None:
    """DELETE follows the writes' policy: a 429 proves the service did not act, so it is
    sent again after `Retry-After`; after a 503 it may have acted, and a second DELETE
    would answer 404 where the first succeeded."""
    fake = FakeCreatify()
    client = fake.client()
    request = client.dyoa.create(**DYOA)
    fake.fault_next(429, retry_after=0)
    assert client.dyoa.delete(request.id) is None
    assert [r.method for r in fake.requests[-2:]] == ["DELETE", "DELETE"]
    other = client.dyoa.create(**DYOA)
    fake.fault_next(503)
    with pytest.raises(CreatifyError) as caught:
        client.dyoa.delete(other.id)
    assert getattr(caught.value, "status_code", None) == 503
    assert [r.method for r in fake.requests[-2:]] == ["POST", "DELETE"]
