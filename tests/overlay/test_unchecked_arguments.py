"""Arguments that changed what was sent without a word are refused before any request.

The in-package fake records every request, so "nothing sent" is its empty record.
"""

from __future__ import annotations

from typing import Any

import pytest
from creatify import InvalidInputError
from creatify.testing import FakeCreatify


@pytest.mark.parametrize("ids", [[], set(), "", " , "])
@pytest.mark.parametrize("kind", ["lipsyncs", "lipsyncs_v2", "text_to_speech", "ai_shorts"])
def test_an_empty_ids_filter_is_refused_not_dropped(kind: str, ids: Any) -> None:
    """`list(ids=[])` sent no `ids`, so every job of the account answered."""
    fake = FakeCreatify()
    with pytest.raises(InvalidInputError) as info:
        getattr(fake.client(), kind).list(ids=ids)
    assert info.value.field == "ids"
    assert fake.requests == []


def test_one_uuid_filters_as_one_string_id_does() -> None:
    """V3-6: `list(ids=job.id)` (a UUID) raised a bare TypeError; `ids=5` too."""
    fake = FakeCreatify()
    client = fake.client()
    job = client.lipsyncs.create(text="hi", creator=client.avatars.list()[0].id)
    client.lipsyncs.create(text="other", creator=client.avatars.list()[0].id)
    assert [found.id for found in client.lipsyncs.list(ids=job.id)] == [job.id]
    with pytest.raises(InvalidInputError, match="ids: must be a UUID, got 5"):
        client.lipsyncs.list(ids=5)


def test_an_empty_list_of_model_names_is_refused() -> None:
    fake = FakeCreatify()
    with pytest.raises(InvalidInputError) as info:
        fake.client().asset_generator.models([])
    assert "name" in info.value.field
    assert fake.requests == []


@pytest.mark.parametrize("endpoint", ["Personas", "v1", None, 2])
def test_an_unknown_avatar_endpoint_is_refused(endpoint: Any) -> None:
    """Any value but "personas" used to go to `POST /api/personas_v2/`: an avatar slot."""
    fake = FakeCreatify()
    with pytest.raises(InvalidInputError) as info:
        fake.client().avatars.create_from_urls(
            lipsync_input="https://example.com/v.mp4",
            endpoint=endpoint,
            creator_name="J",
            gender="m",
        )
    assert info.value.field == "endpoint"
    assert fake.requests == []


def test_from_url_wait_must_be_a_bool() -> None:
    """`wait="no"` was read as true."""
    fake = FakeCreatify()
    with pytest.raises(InvalidInputError) as info:
        fake.client().link_to_videos.from_url("https://example.com/p", wait="no")  # type: ignore[arg-type]
    assert info.value.field == "wait"
    assert fake.requests == []
