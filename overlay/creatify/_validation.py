"""Checks on user input, run before any request: each failure names the field and rule."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar
from urllib.parse import urlsplit

from ._constants import CAPTION_OFFSET_RANGE, MAX_IDS_PER_LIST
from ._exceptions import InvalidInputError

E = TypeVar("E", bound=Enum)


def check_text(field: str, value: object, *, max_length: int, required: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(field, f"must be a string, got {type(value).__name__}")
    if required and not value.strip():
        raise InvalidInputError(field, "must not be empty")
    if len(value) > max_length:
        raise InvalidInputError(field, f"must be at most {max_length} characters, got {len(value)}")
    if "\x00" in value:
        raise InvalidInputError(field, "must not contain NUL characters")
    return value


def check_optional_text(field: str, value: object, *, max_length: int) -> str | None:
    return None if value is None else check_text(field, value, max_length=max_length)


def check_choice(field: str, value: object, choices: type[E]) -> E:
    allowed = [member.value for member in choices]
    if isinstance(value, choices):
        return value
    if isinstance(value, str) and value in allowed:
        return choices(value)
    raise InvalidInputError(field, f"must be one of {', '.join(map(str, allowed))}; got {value!r}")


def check_url(field: str, value: object, *, max_length: int | None = None) -> str:
    text = check_text(field, value, max_length=max_length or 1 << 16, required=True)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        raise InvalidInputError(field, f"must be an http(s) URL, got {text[:80]!r}")
    return text


def check_optional_url(field: str, value: object, *, max_length: int | None = None) -> str | None:
    return None if value is None else check_url(field, value, max_length=max_length)


def check_uuid(field: str, value: object) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value.strip())
        except ValueError:
            pass
    raise InvalidInputError(field, f"must be a UUID, got {value!r}")


# The text of a UUID as `str(uuid.UUID(...))` writes it.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check_path_id(field: str, value: object) -> str:
    """`value` (a UUID, or its text in any form `check_uuid` takes) as the canonical text
    for a URL path; the generated functions write their `id` into the path with `str()`,
    so this text goes as it is.

    Text that is already canonical (what every API answer holds) is only matched, not
    parsed: parsing it into a `uuid.UUID` and writing it back out was the largest part
    of the SDK's own work per `get` after the model itself.
    """
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return value
    return str(check_uuid(field, value))


def check_ids(field: str, values: Iterable[object]) -> list[uuid.UUID]:
    if isinstance(values, str):
        values = [v for v in values.split(",") if v.strip()]
    elif isinstance(values, bytes):
        values = [values]
    ids = [check_uuid(field, v) for v in values]
    if len(ids) > MAX_IDS_PER_LIST:
        raise InvalidInputError(field, f"must hold at most {MAX_IDS_PER_LIST} ids, got {len(ids)}")
    return ids


def check_bool(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(field, f"must be True or False, got {value!r}")
    return value


def check_labels(field: str, values: object, *, max_length: int) -> list[str]:
    if isinstance(values, str) or not isinstance(values, (list, tuple)):
        raise InvalidInputError(field, "must be a list of strings")
    return [check_text(f"{field}[{i}]", v, max_length=max_length) for i, v in enumerate(values)]


def check_caption_offset(field: str, value: object) -> str:
    """A decimal from -0.5 to 0.5, sent as a string with two decimals."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        raise InvalidInputError(field, f"must be a number from -0.5 to 0.5, got {value!r}")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise InvalidInputError(
            field, f"must be a number from -0.5 to 0.5, got {value!r}"
        ) from None
    low, high = CAPTION_OFFSET_RANGE
    if not number.is_finite() or not Decimal(str(low)) <= number <= Decimal(str(high)):
        raise InvalidInputError(field, f"must be from {low} to {high}, got {value!r}")
    return f"{number:.2f}"


def check_exactly_one(fields: dict[str, object]) -> None:
    given = [name for name, value in fields.items() if value is not None]
    if len(given) != 1:
        names = " or ".join(fields)
        raise InvalidInputError(names, f"give exactly one of {names}; got {len(given)}")


def check_number(
    field: str,
    value: object,
    *,
    low: float | None = None,
    high: float | None = None,
    open_low: bool = False,
    open_high: bool = False,
) -> float:
    """A finite int or float within [low, high]; `open_*` excludes that end."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise InvalidInputError(field, f"must be a number, got {value!r}")
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise InvalidInputError(field, f"must be a finite number, got {value!r}")
    below = low is not None and (number <= low if open_low else number < low)
    above = high is not None and (number >= high if open_high else number > high)
    if below or above:
        rules = []
        if low is not None:
            rules.append(f"{'more than' if open_low else 'at least'} {low:g}")
        if high is not None:
            rules.append(f"{'less than' if open_high else 'at most'} {high:g}")
        raise InvalidInputError(field, f"must be {' and '.join(rules)}, got {value!r}")
    return number
