from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, loads
from ...models.age_range import AgeRange
from ...models.error_detail import ErrorDetail
from ...models.gender import Gender
from ...models.location import Location
from ...models.persona_v2 import PersonaV2
from ...models.style import Style
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    age_range: AgeRange | Unset = UNSET,
    gender: Gender | Unset = UNSET,
    location: Location | Unset = UNSET,
    style: Style | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_age_range: str | Unset = UNSET
    if not isinstance(age_range, Unset):
        json_age_range = age_range.value

    params["age_range"] = json_age_range

    json_gender: str | Unset = UNSET
    if not isinstance(gender, Unset):
        json_gender = gender.value

    params["gender"] = json_gender

    json_location: str | Unset = UNSET
    if not isinstance(location, Unset):
        json_location = location.value

    params["location"] = json_location

    json_style: str | Unset = UNSET
    if not isinstance(style, Unset):
        json_style = style.value

    params["style"] = json_style

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/personas_v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ValidationErrorBody | list[PersonaV2] | None:
    if response.status_code == 200:
        _response_200 = loads(response.content)
        response_200 = list(map(PersonaV2.from_dict, _response_200))

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
) -> Response[ErrorDetail | ValidationErrorBody | list[PersonaV2]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    age_range: AgeRange | Unset = UNSET,
    gender: Gender | Unset = UNSET,
    location: Location | Unset = UNSET,
    style: Style | Unset = UNSET,
) -> Response[ErrorDetail | ValidationErrorBody | list[PersonaV2]]:
    """List your own custom avatars

    Args:
        age_range (AgeRange | Unset):
        gender (Gender | Unset): `m` (male), `f` (female) or `nb` (non-binary).
        location (Location | Unset):
        style (Style | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationErrorBody | list[PersonaV2]]
    """

    kwargs = _get_kwargs(
        age_range=age_range,
        gender=gender,
        location=location,
        style=style,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    age_range: AgeRange | Unset = UNSET,
    gender: Gender | Unset = UNSET,
    location: Location | Unset = UNSET,
    style: Style | Unset = UNSET,
) -> ErrorDetail | ValidationErrorBody | list[PersonaV2] | None:
    """List your own custom avatars

    Args:
        age_range (AgeRange | Unset):
        gender (Gender | Unset): `m` (male), `f` (female) or `nb` (non-binary).
        location (Location | Unset):
        style (Style | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationErrorBody | list[PersonaV2]
    """

    return sync_detailed(
        client=client,
        age_range=age_range,
        gender=gender,
        location=location,
        style=style,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    age_range: AgeRange | Unset = UNSET,
    gender: Gender | Unset = UNSET,
    location: Location | Unset = UNSET,
    style: Style | Unset = UNSET,
) -> Response[ErrorDetail | ValidationErrorBody | list[PersonaV2]]:
    """List your own custom avatars

    Args:
        age_range (AgeRange | Unset):
        gender (Gender | Unset): `m` (male), `f` (female) or `nb` (non-binary).
        location (Location | Unset):
        style (Style | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationErrorBody | list[PersonaV2]]
    """

    kwargs = _get_kwargs(
        age_range=age_range,
        gender=gender,
        location=location,
        style=style,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    age_range: AgeRange | Unset = UNSET,
    gender: Gender | Unset = UNSET,
    location: Location | Unset = UNSET,
    style: Style | Unset = UNSET,
) -> ErrorDetail | ValidationErrorBody | list[PersonaV2] | None:
    """List your own custom avatars

    Args:
        age_range (AgeRange | Unset):
        gender (Gender | Unset): `m` (male), `f` (female) or `nb` (non-binary).
        location (Location | Unset):
        style (Style | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationErrorBody | list[PersonaV2]
    """

    return (
        await asyncio_detailed(
            client=client,
            age_range=age_range,
            gender=gender,
            location=location,
            style=style,
        )
    ).parsed
