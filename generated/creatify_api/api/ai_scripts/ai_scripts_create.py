from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.ai_script import AiScript
from ...models.ai_script_create_request import AiScriptCreateRequest
from ...models.error_detail import ErrorDetail
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: AiScriptCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai_scripts/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiScript | ErrorDetail | ValidationErrorBody | None:
    if response.status_code == 201:
        response_201 = AiScript.from_dict(loads(response.content))

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
) -> Response[AiScript | ErrorDetail | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AiScriptCreateRequest,
) -> Response[AiScript | ErrorDetail | ValidationErrorBody]:
    """Write ad scripts for a product link

     Write scripts for `link` (`language`, `target_audience`, `video_length`,
    `script_styles`). Costs credits (the vendor publishes no rate; `credits_used`
    says how many).

    Args:
        body (AiScriptCreateRequest): Ad scripts for a product link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiScript | ErrorDetail | ValidationErrorBody]
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
    body: AiScriptCreateRequest,
) -> AiScript | ErrorDetail | ValidationErrorBody | None:
    """Write ad scripts for a product link

     Write scripts for `link` (`language`, `target_audience`, `video_length`,
    `script_styles`). Costs credits (the vendor publishes no rate; `credits_used`
    says how many).

    Args:
        body (AiScriptCreateRequest): Ad scripts for a product link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiScript | ErrorDetail | ValidationErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AiScriptCreateRequest,
) -> Response[AiScript | ErrorDetail | ValidationErrorBody]:
    """Write ad scripts for a product link

     Write scripts for `link` (`language`, `target_audience`, `video_length`,
    `script_styles`). Costs credits (the vendor publishes no rate; `credits_used`
    says how many).

    Args:
        body (AiScriptCreateRequest): Ad scripts for a product link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiScript | ErrorDetail | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AiScriptCreateRequest,
) -> AiScript | ErrorDetail | ValidationErrorBody | None:
    """Write ad scripts for a product link

     Write scripts for `link` (`language`, `target_audience`, `video_length`,
    `script_styles`). Costs credits (the vendor publishes no rate; `credits_used`
    says how many).

    Args:
        body (AiScriptCreateRequest): Ad scripts for a product link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiScript | ErrorDetail | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
