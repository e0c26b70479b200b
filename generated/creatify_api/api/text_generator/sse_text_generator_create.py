from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.error_detail import ErrorDetail
from ...models.text_generator_create_request import TextGeneratorCreateRequest
from ...models.text_generator_error import TextGeneratorError
from ...types import Response


def _get_kwargs(
    *,
    body: TextGeneratorCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sse/text_generator/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | TextGeneratorError | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = TextGeneratorError.from_dict(loads(response.content))

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
) -> Response[ErrorDetail | TextGeneratorError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TextGeneratorCreateRequest,
) -> Response[ErrorDetail | TextGeneratorError | str]:
    """Generate text, streamed as server-sent events

     Each event's `data` is a JSON object whose `text` is the next chunk (the event
    format is inferred: the page gives the path, the body and the 400 only). Costs
    what `POST /api/text_generator/` costs.

    Args:
        body (TextGeneratorCreateRequest): A text generation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | TextGeneratorError | str]
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
    body: TextGeneratorCreateRequest,
) -> ErrorDetail | TextGeneratorError | str | None:
    """Generate text, streamed as server-sent events

     Each event's `data` is a JSON object whose `text` is the next chunk (the event
    format is inferred: the page gives the path, the body and the 400 only). Costs
    what `POST /api/text_generator/` costs.

    Args:
        body (TextGeneratorCreateRequest): A text generation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | TextGeneratorError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TextGeneratorCreateRequest,
) -> Response[ErrorDetail | TextGeneratorError | str]:
    """Generate text, streamed as server-sent events

     Each event's `data` is a JSON object whose `text` is the next chunk (the event
    format is inferred: the page gives the path, the body and the 400 only). Costs
    what `POST /api/text_generator/` costs.

    Args:
        body (TextGeneratorCreateRequest): A text generation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | TextGeneratorError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TextGeneratorCreateRequest,
) -> ErrorDetail | TextGeneratorError | str | None:
    """Generate text, streamed as server-sent events

     Each event's `data` is a JSON object whose `text` is the next chunk (the event
    format is inferred: the page gives the path, the body and the 400 only). Costs
    what `POST /api/text_generator/` costs.

    Args:
        body (TextGeneratorCreateRequest): A text generation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | TextGeneratorError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
