from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.error_detail import ErrorDetail
from ...models.product_to_video import ProductToVideo
from ...models.product_to_video_gen_image_request import ProductToVideoGenImageRequest
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: ProductToVideoGenImageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/product_to_videos/gen_image/",
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
    *,
    client: AuthenticatedClient | Client,
    body: ProductToVideoGenImageRequest,
) -> Response[ErrorDetail | ProductToVideo | ValidationErrorBody]:
    """Create a product-to-video task: a preview image from a product image

     Start a task: a preview image of the product at `product_url`. Once its `status` is
    `image_generated` (the image is `generated_photo_url`), ask for its video
    (`gen_video` of the task's `id`).

    Costs credits (the vendor publishes no rate for it; the finished job's
    `credits_used` says how many).

    Args:
        body (ProductToVideoGenImageRequest): A product image to a preview image (the first step
            of product to video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ProductToVideo | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ProductToVideoGenImageRequest,
) -> ErrorDetail | ProductToVideo | ValidationErrorBody | None:
    """Create a product-to-video task: a preview image from a product image

     Start a task: a preview image of the product at `product_url`. Once its `status` is
    `image_generated` (the image is `generated_photo_url`), ask for its video
    (`gen_video` of the task's `id`).

    Costs credits (the vendor publishes no rate for it; the finished job's
    `credits_used` says how many).

    Args:
        body (ProductToVideoGenImageRequest): A product image to a preview image (the first step
            of product to video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ProductToVideo | ValidationErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProductToVideoGenImageRequest,
) -> Response[ErrorDetail | ProductToVideo | ValidationErrorBody]:
    """Create a product-to-video task: a preview image from a product image

     Start a task: a preview image of the product at `product_url`. Once its `status` is
    `image_generated` (the image is `generated_photo_url`), ask for its video
    (`gen_video` of the task's `id`).

    Costs credits (the vendor publishes no rate for it; the finished job's
    `credits_used` says how many).

    Args:
        body (ProductToVideoGenImageRequest): A product image to a preview image (the first step
            of product to video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ProductToVideo | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProductToVideoGenImageRequest,
) -> ErrorDetail | ProductToVideo | ValidationErrorBody | None:
    """Create a product-to-video task: a preview image from a product image

     Start a task: a preview image of the product at `product_url`. Once its `status` is
    `image_generated` (the image is `generated_photo_url`), ask for its video
    (`gen_video` of the task's `id`).

    Costs credits (the vendor publishes no rate for it; the finished job's
    `credits_used` says how many).

    Args:
        body (ProductToVideoGenImageRequest): A product image to a preview image (the first step
            of product to video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ProductToVideo | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
