from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.custom_template_list_item import CustomTemplateListItem
from ...models.error_detail import ErrorDetail
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/custom_templates/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ValidationErrorBody | list[CustomTemplateListItem] | None:
    if response.status_code == 200:
        _response_200 = loads(response.content)
        response_200 = list(map(CustomTemplateListItem.from_dict, _response_200))

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
) -> Response[ErrorDetail | ValidationErrorBody | list[CustomTemplateListItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorDetail | ValidationErrorBody | list[CustomTemplateListItem]]:
    """List your custom templates

     A plain array. Only third-party client code shows this path, and none shows an
    item: each is an object with an `id` and whatever else comes
    (`CustomTemplateListItem`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationErrorBody | list[CustomTemplateListItem]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorDetail | ValidationErrorBody | list[CustomTemplateListItem] | None:
    """List your custom templates

     A plain array. Only third-party client code shows this path, and none shows an
    item: each is an object with an `id` and whatever else comes
    (`CustomTemplateListItem`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationErrorBody | list[CustomTemplateListItem]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorDetail | ValidationErrorBody | list[CustomTemplateListItem]]:
    """List your custom templates

     A plain array. Only third-party client code shows this path, and none shows an
    item: each is an object with an `id` and whatever else comes
    (`CustomTemplateListItem`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationErrorBody | list[CustomTemplateListItem]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorDetail | ValidationErrorBody | list[CustomTemplateListItem] | None:
    """List your custom templates

     A plain array. Only third-party client code shows this path, and none shows an
    item: each is an object with an `id` and whatever else comes
    (`CustomTemplateListItem`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationErrorBody | list[CustomTemplateListItem]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
