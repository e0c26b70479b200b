from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.dyoa import Dyoa
from ...models.dyoa_submit_for_review_request import DyoaSubmitForReviewRequest
from ...models.error_detail import ErrorDetail
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: DyoaSubmitForReviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/dyoa/{id!s}/submit_for_review/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Dyoa | ErrorDetail | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = Dyoa.from_dict(loads(response.content))

        return response_200

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
) -> Response[Dyoa | ErrorDetail | ValidationErrorBody]:
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
    body: DyoaSubmitForReviewRequest,
) -> Response[Dyoa | ErrorDetail | ValidationErrorBody]:
    """Submit one generated photo of a Design-Your-Own-Avatar request for review

     Send the photo `chosen_photo_id` (one of the `draft` request's `photos`) for
    review, while the request is `draft`. The review then runs (`pending`,
    `in_progress`) and ends `done` (the avatar under `reviews[].creator`) or
    `rejected`: `wait` again. The path is known from public client code only (no
    vendor page; openapi/README.md). Free (the request's credits were spent by
    `create`).

    Args:
        id (UUID):
        body (DyoaSubmitForReviewRequest): The photo (one of the request's `photos`, status
            `draft`) to make the avatar from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dyoa | ErrorDetail | ValidationErrorBody]
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
    body: DyoaSubmitForReviewRequest,
) -> Dyoa | ErrorDetail | ValidationErrorBody | None:
    """Submit one generated photo of a Design-Your-Own-Avatar request for review

     Send the photo `chosen_photo_id` (one of the `draft` request's `photos`) for
    review, while the request is `draft`. The review then runs (`pending`,
    `in_progress`) and ends `done` (the avatar under `reviews[].creator`) or
    `rejected`: `wait` again. The path is known from public client code only (no
    vendor page; openapi/README.md). Free (the request's credits were spent by
    `create`).

    Args:
        id (UUID):
        body (DyoaSubmitForReviewRequest): The photo (one of the request's `photos`, status
            `draft`) to make the avatar from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dyoa | ErrorDetail | ValidationErrorBody
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
    body: DyoaSubmitForReviewRequest,
) -> Response[Dyoa | ErrorDetail | ValidationErrorBody]:
    """Submit one generated photo of a Design-Your-Own-Avatar request for review

     Send the photo `chosen_photo_id` (one of the `draft` request's `photos`) for
    review, while the request is `draft`. The review then runs (`pending`,
    `in_progress`) and ends `done` (the avatar under `reviews[].creator`) or
    `rejected`: `wait` again. The path is known from public client code only (no
    vendor page; openapi/README.md). Free (the request's credits were spent by
    `create`).

    Args:
        id (UUID):
        body (DyoaSubmitForReviewRequest): The photo (one of the request's `photos`, status
            `draft`) to make the avatar from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dyoa | ErrorDetail | ValidationErrorBody]
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
    body: DyoaSubmitForReviewRequest,
) -> Dyoa | ErrorDetail | ValidationErrorBody | None:
    """Submit one generated photo of a Design-Your-Own-Avatar request for review

     Send the photo `chosen_photo_id` (one of the `draft` request's `photos`) for
    review, while the request is `draft`. The review then runs (`pending`,
    `in_progress`) and ends `done` (the avatar under `reviews[].creator`) or
    `rejected`: `wait` again. The path is known from public client code only (no
    vendor page; openapi/README.md). Free (the request's credits were spent by
    `create`).

    Args:
        id (UUID):
        body (DyoaSubmitForReviewRequest): The photo (one of the request's `photos`, status
            `draft`) to make the avatar from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dyoa | ErrorDetail | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
