from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.error_detail import ErrorDetail
from ...models.link_to_video import LinkToVideo
from ...models.link_to_video_render_single_preview_request import (
    LinkToVideoRenderSinglePreviewRequest,
)
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: LinkToVideoRenderSinglePreviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/link_to_videos/{id!s}/render_single_preview/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | LinkToVideo | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = LinkToVideo.from_dict(loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = LinkToVideo.from_dict(loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ValidationErrorBody.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(loads(response.content))

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorDetail.from_dict(loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | LinkToVideo | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LinkToVideoRenderSinglePreviewRequest,
) -> Response[ErrorDetail | LinkToVideo | ValidationErrorBody]:
    """Render one of the previews of a link-to-video task

     Render one of a task's `previews`, chosen by its `media_job`; then `wait`.

    Costs 4 credits per 30 s of video.

    Args:
        id (UUID):
        body (LinkToVideoRenderSinglePreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | LinkToVideo | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LinkToVideoRenderSinglePreviewRequest,
) -> ErrorDetail | LinkToVideo | ValidationErrorBody | None:
    """Render one of the previews of a link-to-video task

     Render one of a task's `previews`, chosen by its `media_job`; then `wait`.

    Costs 4 credits per 30 s of video.

    Args:
        id (UUID):
        body (LinkToVideoRenderSinglePreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | LinkToVideo | ValidationErrorBody
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LinkToVideoRenderSinglePreviewRequest,
) -> Response[ErrorDetail | LinkToVideo | ValidationErrorBody]:
    """Render one of the previews of a link-to-video task

     Render one of a task's `previews`, chosen by its `media_job`; then `wait`.

    Costs 4 credits per 30 s of video.

    Args:
        id (UUID):
        body (LinkToVideoRenderSinglePreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | LinkToVideo | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: LinkToVideoRenderSinglePreviewRequest,
) -> ErrorDetail | LinkToVideo | ValidationErrorBody | None:
    """Render one of the previews of a link-to-video task

     Render one of a task's `previews`, chosen by its `media_job`; then `wait`.

    Costs 4 credits per 30 s of video.

    Args:
        id (UUID):
        body (LinkToVideoRenderSinglePreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | LinkToVideo | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
