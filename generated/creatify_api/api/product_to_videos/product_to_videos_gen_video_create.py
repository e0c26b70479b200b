from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.error_detail import ErrorDetail
from ...models.product_to_video import ProductToVideo
from ...models.product_to_video_gen_video_request import ProductToVideoGenVideoRequest
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: ProductToVideoGenVideoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/product_to_videos/{id!s}/gen_video/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ProductToVideo | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = ProductToVideo.from_dict(loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = ProductToVideo.from_dict(loads(response.content))

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
) -> Response[ErrorDetail | ProductToVideo | ValidationErrorBody]:
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
    body: ProductToVideoGenVideoRequest,
) -> Response[ErrorDetail | ProductToVideo | ValidationErrorBody]:
    """Make the video of a product-to-video task from its preview image

     Make the video of a task whose image is ready (`status` `image_generated`); it is
    ready when `status` is `video_generated`. Costs credits (the vendor publishes no rate for it; the
    finished job's `credits_used` says how many).

    Args:
        id (UUID):
        body (ProductToVideoGenVideoRequest): The preview image of a task to a video (the second
            step).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ProductToVideo | ValidationErrorBody]
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
    body: ProductToVideoGenVideoRequest,
) -> ErrorDetail | ProductToVideo | ValidationErrorBody | None:
    """Make the video of a product-to-video task from its preview image

     Make the video of a task whose image is ready (`status` `image_generated`); it is
    ready when `status` is `video_generated`. Costs credits (the vendor publishes no rate for it; the
    finished job's `credits_used` says how many).

    Args:
        id (UUID):
        body (ProductToVideoGenVideoRequest): The preview image of a task to a video (the second
            step).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ProductToVideo | ValidationErrorBody
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
    body: ProductToVideoGenVideoRequest,
) -> Response[ErrorDetail | ProductToVideo | ValidationErrorBody]:
    """Make the video of a product-to-video task from its preview image

     Make the video of a task whose image is ready (`status` `image_generated`); it is
    ready when `status` is `video_generated`. Costs credits (the vendor publishes no rate for it; the
    finished job's `credits_used` says how many).

    Args:
        id (UUID):
        body (ProductToVideoGenVideoRequest): The preview image of a task to a video (the second
            step).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ProductToVideo | ValidationErrorBody]
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
    body: ProductToVideoGenVideoRequest,
) -> ErrorDetail | ProductToVideo | ValidationErrorBody | None:
    """Make the video of a product-to-video task from its preview image

     Make the video of a task whose image is ready (`status` `image_generated`); it is
    ready when `status` is `video_generated`. Costs credits (the vendor publishes no rate for it; the
    finished job's `credits_used` says how many).

    Args:
        id (UUID):
        body (ProductToVideoGenVideoRequest): The preview image of a task to a video (the second
            step).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ProductToVideo | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
