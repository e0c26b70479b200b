"""Background music (`client.music`): the catalogue parses from the mock."""

from __future__ import annotations

from tests.overlay.products_helpers import Both


def test_tracks_and_categories(both: Both) -> None:
    tracks = both("music.list")
    assert tracks[0].id and tracks[0].url
    assert {c.id for c in both("music.categories")} >= {"corporate"}
