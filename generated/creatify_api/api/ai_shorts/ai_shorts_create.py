from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.ai_shorts import AiShorts
from ...models.ai_shorts_create_request import AiShortsCreateRequest
from ...models.error_detail import ErrorDetail
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: AiShortsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai_shorts/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiShorts | ErrorDetail | ValidationErrorBody | None:
    if response.status_code == 201:
        response_201 = AiShorts.from_dict(loads(response.content))

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
) -> Response[AiShorts | ErrorDetail | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AiShortsCreateRequest,
) -> Response[AiShorts | ErrorDetail | ValidationErrorBody]:
    """Create an AI Shorts video task from a script

     Start a video from `script`. Costs 5 credits per 30 s of video.

    Args:
        body (AiShortsCreateRequest): An AI Shorts task (a script to a short video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiShorts | ErrorDetail | ValidationErrorBody]
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
    body: AiShortsCreateRequest,
) -> AiShorts | ErrorDetail | ValidationErrorBody | None:
    """Create an AI Shorts video task from a script

     Start a video from `script`. Costs 5 credits per 30 s of video.

    Args:
        body (AiShortsCreateRequest): An AI Shorts task (a script to a short video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiShorts | ErrorDetail | ValidationErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AiShortsCreateRequest,
) -> Response[AiShorts | ErrorDetail | ValidationErrorBody]:
    """Create an AI Shorts video task from a script

     Start a video from `script`. Costs 5 credits per 30 s of video.

    Args:
        body (AiShortsCreateRequest): An AI Shorts task (a script to a short video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiShorts | ErrorDetail | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AiShortsCreateRequest,
) -> AiShorts | ErrorDetail | ValidationErrorBody | None:
    """Create an AI Shorts video task from a script

     Start a video from `script`. Costs 5 credits per 30 s of video.

    Args:
        body (AiShortsCreateRequest): An AI Shorts task (a script to a short video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiShorts | ErrorDetail | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
