from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.error_detail import ErrorDetail
from ...models.product_to_video import ProductToVideo
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/product_to_videos/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ValidationErrorBody | list[ProductToVideo] | None:
    if response.status_code == 200:
        _response_200 = loads(response.content)
        response_200 = list(map(ProductToVideo.from_dict, _response_200))

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
) -> Response[ErrorDetail | ValidationErrorBody | list[ProductToVideo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
) -> Response[ErrorDetail | ValidationErrorBody | list[ProductToVideo]]:
    """List your product-to-video tasks

    Args:
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationErrorBody | list[ProductToVideo]]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
) -> ErrorDetail | ValidationErrorBody | list[ProductToVideo] | None:
    """List your product-to-video tasks

    Args:
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationErrorBody | list[ProductToVideo]
    """

    return sync_detailed(
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
) -> Response[ErrorDetail | ValidationErrorBody | list[ProductToVideo]]:
    """List your product-to-video tasks

    Args:
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationErrorBody | list[ProductToVideo]]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
) -> ErrorDetail | ValidationErrorBody | list[ProductToVideo] | None:
    """List your product-to-video tasks

    Args:
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationErrorBody | list[ProductToVideo]
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
        )
    ).parsed
