"""`iter_pages`: the one loop of every `iter_all`, over a paginated list (Django REST
framework's PageNumberPagination: `count`, `next`, `previous`, `results`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Protocol, TypeVar

from .._api_call import route
from .._exceptions import CreatifyError
from .._jobs import value
from .._types import AsyncPageRead

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Page(Protocol[T_co]):
    """A generated page model (`PaginatedPersonaList`, ...)."""

    @property
    def results(self) -> Sequence[T_co]: ...

    @property
    def next_(self) -> object: ...


async def iter_pages(read: AsyncPageRead[Page[T]], operation: object) -> AsyncIterator[T]:
    """The results of pages 1, 2, ... (`read(number)`), each page read when the last one is
    used up. Ends at a page without `next` or without results; raises `CreatifyError` if
    the service gives a `next` it gave before (a loop that would never end), naming the
    list by its generated `operation` ("GET /api/x/paginated/").

    Each item (by `id`) comes at most once: the lists are newest first, so an item created
    during the walk shifts the later pages and the last item read comes again (skipped);
    items created during the walk may be missed."""
    number = 1
    followed: set[object] = set()
    yielded: set[object] = set()  # ids
    while True:
        page = await read(number)
        for item in page.results:
            item_id = value(getattr(item, "id", None))
            if item_id is None or item_id not in yielded:
                yielded.add(item_id)
                yield item
        next_page = value(page.next_)
        if not page.results or not next_page:
            return
        if next_page in followed:
            raise CreatifyError(
                f"{route(operation)} page {number} gave a `next` it gave before "
                f"({next_page}): stopped, as the pages would never end"
            )
        followed.add(next_page)
        number += 1
