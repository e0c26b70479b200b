from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.asset_generator_model import AssetGeneratorModel
from ...models.error_detail import ErrorDetail
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_name"] = model_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/asset_generator/schemas/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ValidationErrorBody | list[AssetGeneratorModel] | None:
    if response.status_code == 200:
        _response_200 = loads(response.content)
        response_200 = list(map(AssetGeneratorModel.from_dict, _response_200))

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
) -> Response[ErrorDetail | ValidationErrorBody | list[AssetGeneratorModel]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
) -> Response[ErrorDetail | ValidationErrorBody | list[AssetGeneratorModel]]:
    """List the asset generator's models and their input_params schemas

     The guide gives this path; the reference page gives `/api/ai_generations/schemas/`
    (`ai_generations_schemas`). The SDK tries this one first and falls back on a 404.

    Args:
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationErrorBody | list[AssetGeneratorModel]]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
) -> ErrorDetail | ValidationErrorBody | list[AssetGeneratorModel] | None:
    """List the asset generator's models and their input_params schemas

     The guide gives this path; the reference page gives `/api/ai_generations/schemas/`
    (`ai_generations_schemas`). The SDK tries this one first and falls back on a 404.

    Args:
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationErrorBody | list[AssetGeneratorModel]
    """

    return sync_detailed(
        client=client,
        model_name=model_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
) -> Response[ErrorDetail | ValidationErrorBody | list[AssetGeneratorModel]]:
    """List the asset generator's models and their input_params schemas

     The guide gives this path; the reference page gives `/api/ai_generations/schemas/`
    (`ai_generations_schemas`). The SDK tries this one first and falls back on a 404.

    Args:
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationErrorBody | list[AssetGeneratorModel]]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
) -> ErrorDetail | ValidationErrorBody | list[AssetGeneratorModel] | None:
    """List the asset generator's models and their input_params schemas

     The guide gives this path; the reference page gives `/api/ai_generations/schemas/`
    (`ai_generations_schemas`). The SDK tries this one first and falls back on a 404.

    Args:
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationErrorBody | list[AssetGeneratorModel]
    """

    return (
        await asyncio_detailed(
            client=client,
            model_name=model_name,
        )
    ).parsed
