"""Checked request bodies and parameters, shared by the sync and async namespaces.

Every body is checked by the rules the spec gives its fields (`_options.py`, generated;
`_validation.check_object`), before a request exists. Below are only the rules the spec
cannot hold, each beside the vendor page it comes from, and the builders the namespaces
call. Each failure is an `InvalidInputError` (a `ValueError`) naming the field by its path
in the JSON body (`video_inputs[1].voice.input_text`) and the rule.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace
from typing import Any, TypeVar

from creatify_api import models
from creatify_api.types import UNSET, File, Unset

from ._constants import CAPTION_OFFSET_RANGE, MAX_IDS_PER_LIST, MAX_NAME_LENGTH
from ._exceptions import InvalidInputError
from ._options import OPERATION_SCHEMA, QUERY_FIELDS, SCHEMA_FIELDS, AvatarDetails
from ._polling import check_callable
from ._validation import Hooks, check_choices, check_object, check_text, check_uuid, check_value
from ._video import (
    OpenedVideo,
    ProgressCallback,
    UploadCounter,
    UploadReader,
    VideoSource,
    open_video,
)

M = TypeVar("M")


# ---------------------------------------------------------------- rules the spec cannot hold

# A link "needs at least one video, or at least three images" (the URL-to-video guide,
# creatify.mintlify.app/use-case/url-to-video).
MIN_LINK_IMAGES = 3


def _caption_offset(field: str, value: object) -> str:
    """A decimal from -0.5 to 0.5 (the range is in the description of
    docs.creatify.ai/api-reference/lipsyncs/post-apilipsyncs; the spec types it as a
    decimal string), taken as a number too, sent as given in plain notation (`1e-1`:
    "0.1"), never rounded: the spec sets no precision."""
    low, high = CAPTION_OFFSET_RANGE
    number = None
    if not isinstance(value, bool) and isinstance(value, (str, int, float, Decimal)):
        with contextlib.suppress(InvalidOperation):
            number = Decimal(str(value).strip())
    if number is None:
        raise InvalidInputError(field, f"must be a number from {low} to {high}, got {value!r}")
    if not number.is_finite() or not Decimal(str(low)) <= number <= Decimal(str(high)):
        raise InvalidInputError(field, f"must be from {low} to {high}, got {value!r}")
    return f"{number:f}"


def _text_or_audio(path: str, body: dict[str, Any]) -> dict[str, Any]:
    # "Either audio or text is required. If both are provided, audio will be used"
    # (docs.creatify.ai/api-reference/lipsyncs/post-apilipsyncs): both is refused here,
    # as the text would be dropped without a word.
    given = [name for name in ("text", "audio") if name in body]
    if len(given) != 1:
        raise InvalidInputError(
            "text or audio", f"give exactly one of text or audio; got {len(given)}"
        )
    return body


def _offset(path: str, value: Any) -> Any:
    """An offset given as `(x, y)` (`creatify.scenes.OffsetLike`) as its JSON object."""
    if isinstance(value, (tuple, list)):
        if len(value) != 2:
            raise InvalidInputError(path, f"must be (x, y), got {len(value)} values")
        return {"x": value[0], "y": value[1]}
    return value


def _voice(path: str, body: dict[str, Any]) -> dict[str, Any]:
    # `type` `text` speaks `input_text`, `audio` plays `input_audio`
    # (docs.creatify.ai/api-reference/lipsyncs_v2/post-apilipsyncs: "currently only
    # 'text' is supported"; `audio` is what public client code sends).
    kind = body.setdefault("type", "text")
    source, other = (
        ("input_text", "input_audio") if kind == "text" else ("input_audio", "input_text")
    )
    if source not in body:
        raise InvalidInputError(f"{path}.{source}", f"is required with type {kind!r}")
    if other in body:
        raise InvalidInputError(f"{path}.{other}", f"does not go with type {kind!r}")
    return body


def _background(path: str, body: dict[str, Any]) -> dict[str, Any]:
    # "contain - For image only" (docs.creatify.ai/api-reference/lipsyncs_v2/post-apilipsyncs).
    if body.get("fit") == "contain" and body.get("type") == "video":
        raise InvalidInputError(f"{path}.fit", "`contain` is for image backgrounds only")
    return body


def _v2_body(path: str, body: dict[str, Any]) -> dict[str, Any]:
    # The v2 pages document only the `x` spelling of an aspect ratio.
    if "aspect_ratio" in body:
        body["aspect_ratio"] = body["aspect_ratio"].replace(":", "x")
    return body


def _training_video(path: str, body: dict[str, Any]) -> dict[str, Any]:
    # The training video is at `lipsync_input` or, on Google Drive, at `gdown_url`: the
    # vendor's PersonaCreateSerializerV2 requires neither (openapi/README.md), one is needed.
    if "lipsync_input" not in body and "gdown_url" not in body:
        raise InvalidInputError(
            "lipsync_input or gdown_url", "give the training video's URL in one of them"
        )
    return body


def _link_media(path: str, body: dict[str, Any]) -> dict[str, Any]:
    images, videos = body.get("image_urls") or [], body.get("video_urls") or []
    if not videos and len(images) < MIN_LINK_IMAGES:
        raise InvalidInputError(
            "image_urls, video_urls",
            f"give at least one video URL or at least {MIN_LINK_IMAGES} image URLs; "
            f"got {len(images)} image(s) and no video",
        )
    return body


HOOKS = Hooks(
    before={"Offset": _offset},
    after={
        "LipsyncCreateRequest": _text_or_audio,
        "V2Voice": _voice,
        "V2Background": _background,
        "LipsyncV2CreateRequest": _v2_body,
        "LinkParamsRequest": _link_media,
        "PersonaUrlCreateRequest": _training_video,
    },
    # Every request body's caption offsets, wherever the spec has them.
    fields={
        (schema, spec.name): _caption_offset
        for schema, fields in SCHEMA_FIELDS.items()
        for spec in fields
        if spec.name in ("caption_offset_x", "caption_offset_y")
    },
)


# ---------------------------------------------------------------- bodies


def checked_body(schema: str, options: Mapping[str, Any]) -> dict[str, Any]:
    """`options` checked by the rules of the request schema `schema`, as its JSON body."""
    return check_object(SCHEMA_FIELDS[schema], options, schema=schema, hooks=HOOKS)


def checked_call(operation: str, options: Mapping[str, Any]) -> dict[str, Any]:
    """`options` checked as the JSON body of the spec's `operation` (an operationId)."""
    return checked_body(OPERATION_SCHEMA[operation], options)


def request_body(model: type[M], options: Mapping[str, Any]) -> M:
    """`options` checked by the rules of the request schema of `model`'s name, as that
    generated model: the body of one call."""
    body = checked_body(model.__name__, options)
    return model.from_dict(body)  # type: ignore[attr-defined, no-any-return]


def upload_request(
    lipsync_input: VideoSource,
    consent_video: VideoSource | None,
    details: AvatarDetails,
    on_progress: ProgressCallback | None,
) -> tuple[models.PersonaUploadRequest, list[OpenedVideo]]:
    """The multipart body of a custom-avatar upload; the caller closes the videos."""
    # `from_dict` gives the checked fields the model's types (an enum's member); it would
    # read a file whole, so the videos, which stream, are set after it (a consent video not
    # given stays the model's UNSET).
    if on_progress is not None:  # before any file is opened; called inside httpx's reads,
        check_callable("on_progress", on_progress)  # so an async one could not be awaited
    body = {**checked_body("PersonaUploadRequest", details), "lipsync_input": b""}
    request = models.PersonaUploadRequest.from_dict(body)
    videos = [open_video("lipsync_input", lipsync_input)]
    try:
        if consent_video is not None:
            videos.append(open_video("consent_video", consent_video))
    except BaseException:
        videos[0].close()
        raise
    counter = UploadCounter(sum(v.size for v in videos), on_progress) if on_progress else None
    for v in videos:
        payload: Any = UploadReader(v, counter)
        setattr(request, v.field, File(payload, file_name=v.file_name, mime_type=v.content_type))
    return request, videos


# ---------------------------------------------------------------- query parameters


def checked_query(**params: Any) -> dict[str, Any]:
    """Query parameters checked by the spec's rules (`QUERY_FIELDS`), as the generated
    functions take them; an enum filter takes several values (`check_choices`); UNSET
    where None (not given)."""
    checked: dict[str, Any] = {}
    for name, raw in params.items():
        spec = QUERY_FIELDS[name]
        if raw is None:
            checked[name] = UNSET
        elif spec.choices:  # comma-separated values, sent as the generated function sends an
            # enum's member (its `.value`): the spec types one value (openapi/README.md)
            checked[name] = SimpleNamespace(value=check_choices(spec, name, raw))
        else:
            checked[name] = check_value(spec, name, raw)
    return checked


def ids_param(ids: Any) -> str | Unset:
    """Ids (UUIDs, or their text; one string may hold several, comma-separated) as one
    comma-separated query value."""
    if ids is None:
        return UNSET
    if isinstance(ids, str):
        ids = [text for text in ids.split(",") if text.strip()]
    elif isinstance(ids, bytes) or not isinstance(ids, Iterable):
        ids = [ids]  # one id: a model's `.id` is a UUID (else check_uuid names `ids`)
    checked = [str(check_uuid("ids", item)) for item in ids]
    if len(checked) > MAX_IDS_PER_LIST:
        raise InvalidInputError(
            "ids", f"must hold at most {MAX_IDS_PER_LIST} ids, got {len(checked)}"
        )
    if not checked:  # else the filter is dropped, and every job answers
        raise InvalidInputError("ids", "must hold at least one id (leave it out for every job)")
    return ",".join(checked)


def names_param(field: str, names: Iterable[str] | None) -> str | Unset:
    """Names as one comma-separated query value (`model_name=a,b`)."""
    if names is None:
        return UNSET
    if isinstance(names, str):
        names = [names]
    checked = [check_text(field, name, max_length=MAX_NAME_LENGTH) for name in names]
    if any("," in name or not name.strip() for name in checked):
        raise InvalidInputError(field, "each name must be non-empty and hold no comma")
    if not checked:  # else the filter is dropped, and every name answers
        raise InvalidInputError(field, "must hold at least one name (leave it out for all)")
    return ",".join(checked)
