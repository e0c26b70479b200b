"""Image ads (every IAB size saved) and Ad Clone (create inferred from its GET) against
the mock, sync and async."""

from __future__ import annotations

from pathlib import Path

import pytest
from creatify import AdsCloneFailed, AdsCloneRejected, IabImagesFailed, InvalidInputError

from tests.overlay.products_helpers import FAST, LINK_ID, Both, Offline, assert_mp4

IMAGE = "https://example.com/images/product.jpg"
VIDEO = "https://example.com/videos/reference-ad.mp4"
FAIL = {"X-Mock-Outcome": "failed"}


def test_image_ads_end_with_every_size_saved(both: Both, tmp_path: Path) -> None:
    job = both("iab_images.create_and_wait", image=IMAGE, **FAST)
    assert job.status == "done" and set(job.images.to_dict()) >= {"300x250", "728x90"}
    saved = both("iab_images.download", job, tmp_path / "ads")
    assert sorted(p.name for p in saved) == sorted(
        f"{job.id}-{size}.jpg" for size in job.images.to_dict()
    )
    assert all(p.read_bytes()[:3] == b"\xff\xd8\xff" for p in saved)


def test_image_ads_asked_to_fail_raise_their_kind(both: Both) -> None:
    with pytest.raises(IabImagesFailed):
        both("iab_images.create_and_wait", image=IMAGE, headers=FAIL, **FAST)


def test_an_ad_clone_ends_with_a_video(both: Both, tmp_path: Path) -> None:
    job = both(
        "ads_clone.create_and_wait", link=LINK_ID, video_url=VIDEO, aspect_ratio="1x1", **FAST
    )
    assert job.status == "done" and job.aspect_ratio == "1x1"
    assert_mp4(both("ads_clone.download", job, tmp_path / "clone.mp4"))


@pytest.mark.parametrize(
    ("marker", "error"), [("failed", AdsCloneFailed), ("rejected", AdsCloneRejected)]
)
def test_an_ad_clone_that_ends_badly_raises_its_kind(
    both: Both, marker: str, error: type[Exception]
) -> None:
    outcome = {"X-Mock-Outcome": marker}
    with pytest.raises(error):
        both("ads_clone.create_and_wait", link=LINK_ID, video_url=VIDEO, headers=outcome, **FAST)


@pytest.mark.parametrize(
    ("options", "field"),
    [({}, "image"), ({"image": "not a url"}, "image")],
)
def test_bad_image_ads_options_send_nothing(
    offline: Offline, options: dict[str, str], field: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        offline("iab_images.create", **options)
    assert caught.value.field == field
    assert offline.script.requests == []


def test_an_ad_clone_needs_a_link_uuid(offline: Offline) -> None:
    with pytest.raises(InvalidInputError) as caught:
        offline("ads_clone.create", link="nope", video_url=VIDEO)
    assert caught.value.field == "link"


def test_a_hostile_file_name_in_the_answer_stays_inside_the_folder(tmp_path: Path) -> None:
    """The names of a job's files come from the service's answer (a banner size): one
    that climbs out (`/../../x`) or has a separator becomes one file inside the folder.
    httpx.MockTransport: neither mock serves a hostile answer."""
    import httpx
    from creatify import Creatify

    job_id = "6f5e4d3c-2b1a-4c0d-9e8f-7a6b5c4d3e2f"
    jpeg = b"\xff\xd8\xff\xe0" + b"\0" * 64
    images = {"/../../escaped": "https://cdn.example/a.jpg", "a/b\\c": "https://cdn.example/b"}

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "cdn.example":
            return httpx.Response(200, content=jpeg)
        return httpx.Response(200, json={"id": job_id, "status": "done", "images": images})

    with Creatify("id", "key", "https://api.example", transport=httpx.MockTransport(answer)) as c:
        saved = c.iab_images.download(job_id, tmp_path / "ads")
    assert [p.parent for p in saved] == [tmp_path / "ads"] * 2
    assert [p.name for p in saved] == [f"{job_id}-_.._.._escaped.jpg", f"{job_id}-a_b_c.jpg"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ads"]
