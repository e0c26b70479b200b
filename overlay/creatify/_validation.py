"""Checks on user input, run before any request: each failure names the field and rule.

Request bodies are checked against `FieldSpec` tables that `scripts/gen_options.py`
writes from the spec (`_options.py`): one interpreter of the spec's rules (type, enum,
lengths, bounds, pattern, format, items, nested objects, required, unknown keys), so a
rule changed in `openapi/creatify.yaml` is the rule checked here. Rules the spec cannot
hold are `Hooks`, written beside their request builders (`_requests.py`).
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from ._exceptions import InvalidInputError


@dataclass(frozen=True)
class FieldSpec:
    """One field of a request body, as the spec declares it.

    `python_type` is `str`, `int`, `float`, `bool`, `list` or `dict`. An enum field has
    its values in `choices` and, when the generated client has one, its class in `enum`.
    An object field lists its own fields in `fields` (None: any JSON object), named
    `schema` when the spec names it; an array field checks each item with `items`.
    """

    name: str
    python_type: type
    required: bool = False
    description: str = ""
    choices: tuple[str, ...] = ()
    enum: type[Enum] | None = None
    format: str | None = None
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    min_items: int | None = None
    max_items: int | None = None
    items: FieldSpec | None = None
    fields: tuple[FieldSpec, ...] | None = None
    schema: str | None = None
    default: Any = None
    cli_name: str = ""
    """The `creatify` option that gives the field, when not `--kebab-name` (the spec's
    `x-cli-name`); with `cli_file` (`x-cli-file`), `--x-file` may give it too."""
    cli_file: bool = False

    @property
    def help(self) -> str:
        """A `creatify` option's help: the description, then a number's bounds (the other
        rules show in the option's type, or in the error a value breaking one gets)."""
        bounds = _bounds(self)
        parts = [self.description.strip(), bounds[:1].upper() + bounds[1:] + "." if bounds else ""]
        return " ".join(part for part in parts if part)


@dataclass(frozen=True)
class Hooks:
    """Rules the spec cannot hold, by schema name (`FieldSpec.schema`), each written where
    its vendor page is named: `before` turns a value into its JSON object (e.g. an offset
    given as `(x, y)`), `after` checks or completes a checked object (cross-field rules),
    and `fields[(schema, name)]` replaces the check of one field."""

    before: Mapping[str, Callable[[str, Any], Any]] = field(default_factory=dict)
    after: Mapping[str, Callable[[str, dict[str, Any]], dict[str, Any]]] = field(
        default_factory=dict
    )
    fields: Mapping[tuple[str, str], Callable[[str, Any], Any]] = field(default_factory=dict)
    # A key the schema lacks is refused: a misspelt option would otherwise be dropped
    # without a word. The service (DRF) ignores it, and so does `creatify.testing`.
    refuse_unknown: bool = True


NO_HOOKS = Hooks()


def check_object(
    fields: tuple[FieldSpec, ...],
    value: Any,
    *,
    schema: str,
    path: str = "",
    hooks: Hooks = NO_HOOKS,
) -> dict[str, Any]:
    """`value` (a mapping, or an object with `to_dict()`) as its checked JSON object.

    None stands for "not given" at every level; a key the schema lacks is refused (left
    out, where `hooks.refuse_unknown` is off). Every field is checked: the first error is
    raised with the other fields' in its `others`; cross-field rules (`hooks.after`) run
    once the fields pass.
    """
    if schema in hooks.before:
        value = hooks.before[schema](path or schema, value)
    value = _plain(value)
    if not isinstance(value, Mapping):
        kind = type(value).__name__
        raise InvalidInputError(
            path or schema,
            f"must be an object (a dict), got {kind}",
            code="object",
            params={"value": kind},
        )
    known = {spec.name: spec for spec in fields}
    unknown = sorted(str(key) for key in value if key not in known)
    errors: list[InvalidInputError] = []
    if unknown and hooks.refuse_unknown:
        names = ", ".join(_join(path, name) for name in unknown)
        errors.append(InvalidInputError(names, f"is not a field here; known: {', '.join(known)}"))
    out: dict[str, Any] = {}
    for spec in fields:
        item = value.get(spec.name)
        where = _join(path, spec.name)
        try:
            if item is None:
                if spec.required:
                    raise InvalidInputError(where, "is required", code="required")
                continue
            override = hooks.fields.get((schema, spec.name))
            out[spec.name] = (
                override(where, item) if override else check_value(spec, where, item, hooks)
            )
        except InvalidInputError as exc:
            errors += [exc, *exc.others]
    _raise_first(errors)
    return hooks.after[schema](path, out) if schema in hooks.after else out


def _raise_first(errors: list[InvalidInputError]) -> None:
    """The first error, if any, carrying the others: every broken field is named."""
    if errors:
        errors[0].others = tuple(errors[1:])
        raise errors[0]


def check_value(spec: FieldSpec, path: str, value: Any, hooks: Hooks = NO_HOOKS) -> Any:
    """One value (not None) by its field's rules, as JSON."""
    kind = spec.python_type
    try:
        if spec.choices:
            return _choice(spec, path, value)
        if kind is str:
            return _string(spec, path, value)
        if kind is bool:
            if not isinstance(value, bool):
                raise InvalidInputError(
                    path, f"must be True or False, got {value!r}", code="boolean"
                )
            return value
        if kind in (int, float):
            return _number(spec, path, value)
        if kind is list:
            return _array(spec, path, value, hooks)
        if spec.fields is not None:
            schema = spec.schema or path
            return check_object(spec.fields, value, schema=schema, path=path, hooks=hooks)
        return _json_object(path, value)
    except RecursionError:  # caught by the innermost field: a list or dict that holds itself
        raise InvalidInputError(path, "nests too deeply (does it contain itself?)") from None


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _plain(value: Any) -> Any:
    """A generated model or a `creatify.scenes` type as its JSON form."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) and not isinstance(value, Mapping) else value


def _choice(spec: FieldSpec, path: str, value: Any) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str) and value in spec.choices:
        return value
    raise InvalidInputError(
        path,
        f"must be one of {', '.join(spec.choices)}; got {value!r}",
        code="enum",
        params={"value": value},
    )


def check_choices(spec: FieldSpec, path: str, value: Any) -> str:
    """An enum filter of a query: one or more of the field's values, comma-separated
    (a list of them is joined), each checked as the enum; "Filter by one or more genders
    (comma-separated)" (docs.creatify.ai/api-reference/personas/get-apipersonas)."""
    parts = value.split(",") if isinstance(value, str) else value
    if not isinstance(parts, (list, tuple)) or not parts:
        raise InvalidInputError(
            path, f"must be one or more of {', '.join(spec.choices)}; got {value!r}", code="enum"
        )
    return ",".join(_choice(spec, path, part) for part in parts)


def _string(spec: FieldSpec, path: str, value: Any) -> str:
    if isinstance(value, uuid.UUID):
        value = str(value)
    text = check_text(path, value, max_length=spec.max_length)
    # Blank text is empty to the service (DRF's CharField strips it before its checks).
    if spec.min_length and len(text.strip()) < spec.min_length:
        blank = spec.min_length == 1
        raise InvalidInputError(
            path,
            "must not be empty"
            if blank
            else f"must be at least {spec.min_length} characters, got {len(text)}",
            code="blank" if blank else "minLength",
            params={"limit": spec.min_length},
        )
    # `re` keeps the compiled patterns (its cache holds 512; the spec has a few).
    if spec.pattern is not None and not re.search(spec.pattern, text):
        raise InvalidInputError(
            path, f"must match {spec.pattern}; got {text[:80]!r}", code="pattern"
        )
    if spec.format == "uri":
        return check_url(path, text)
    if spec.format == "uuid":
        return str(check_uuid(path, text))
    return text


def _bounds(spec: FieldSpec) -> str:
    rules = []
    if spec.minimum is not None:
        rules.append(f"{'more than' if spec.exclusive_minimum else 'at least'} {spec.minimum:g}")
    if spec.maximum is not None:
        rules.append(f"{'less than' if spec.exclusive_maximum else 'at most'} {spec.maximum:g}")
    return " and ".join(rules)


def _number(spec: FieldSpec, path: str, value: Any) -> float | int:
    whole = spec.python_type is int
    if isinstance(value, bool) or not isinstance(value, int if whole else (int, float, Decimal)):
        kind = "a whole number" if whole else "a number"
        code = "integer" if whole else "number"
        raise InvalidInputError(path, f"must be {kind}, got {value!r}", code=code)
    number: float | int = int(value) if whole else float(value)
    if not math.isfinite(number):
        raise InvalidInputError(path, f"must be a finite number, got {value!r}")
    low, high = spec.minimum, spec.maximum
    below = low is not None and (number <= low if spec.exclusive_minimum else number < low)
    above = high is not None and (number >= high if spec.exclusive_maximum else number > high)
    if below or above:
        keyword = "minimum" if below else "maximum"
        exclusive = spec.exclusive_minimum if below else spec.exclusive_maximum
        raise InvalidInputError(
            path,
            f"must be {_bounds(spec)}, got {value!r}",
            code="exclusive" + keyword.title() if exclusive else keyword,
            params={"limit": low if below else high},
        )
    return number


def _array(spec: FieldSpec, path: str, value: Any, hooks: Hooks) -> list[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (list, tuple)):
        kind = type(value).__name__
        raise InvalidInputError(
            path, f"must be a list, got {kind}", code="array", params={"value": kind}
        )
    if spec.min_items is not None and len(value) < spec.min_items:
        raise InvalidInputError(
            path,
            f"must hold at least {spec.min_items} item(s), got {len(value)}",
            code="minItems",
            params={"limit": spec.min_items},
        )
    if spec.max_items is not None and len(value) > spec.max_items:
        raise InvalidInputError(
            path,
            f"must hold at most {spec.max_items} item(s), got {len(value)}",
            code="maxItems",
            params={"limit": spec.max_items},
        )
    if spec.items is None:
        return [_json(f"{path}[{index}]", item) for index, item in enumerate(value)]
    out, errors = [], []
    for index, item in enumerate(value):
        where = f"{path}[{index}]"
        try:
            if item is None:
                raise InvalidInputError(where, "must not be None")
            out.append(check_value(spec.items, where, item, hooks))
        except InvalidInputError as exc:  # and the next items' (V7-1)
            errors += [exc, *exc.others]
    _raise_first(errors)
    return out


ANY_NUMBER = FieldSpec("", float)


def _json(path: str, value: Any) -> Any:
    """Any JSON value; scene types, models and UUIDs become their JSON form, and every
    string in it must be one the service can store."""
    value = _plain(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str):
        return check_text(path, value)
    if isinstance(value, Mapping):
        pairs = ((check_text(path, k) if isinstance(k, str) else k, v) for k, v in value.items())
        return {key: _json(_join(path, str(key)), item) for key, item in pairs}
    if isinstance(value, (list, tuple)):
        return [_json(f"{path}[{index}]", item) for index, item in enumerate(value)]
    if value is None or isinstance(value, int):  # True and False too
        return value
    if isinstance(value, (float, Decimal)):
        return _number(ANY_NUMBER, path, value)  # finite: JSON has no NaN or Infinity
    kind = type(value).__name__
    raise InvalidInputError(
        path, f"must be JSON (text, number, bool, None, list, dict), got {kind}"
    )


def _json_object(path: str, value: Any) -> dict[str, Any]:
    value = _plain(value)
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise InvalidInputError(path, "must be a mapping with string keys (a JSON object)")
    return dict(_json(path, value))


# ---------------------------------------------------------------- single values


def check_text(field: str, value: object, *, max_length: int | None = None) -> str:
    """A string the service can store: UTF-8 encodable, no NUL, at most `max_length`."""
    if not isinstance(value, str):
        raise InvalidInputError(
            field, f"must be a string, got {type(value).__name__}", code="string"
        )
    if max_length is not None and len(value) > max_length:
        raise InvalidInputError(
            field,
            f"must be at most {max_length} characters, got {len(value)}",
            code="maxLength",
            params={"limit": max_length},
        )
    if "\x00" in value:
        raise InvalidInputError(field, "must not contain NUL characters", code="null_characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInputError(
            field,
            f"must be valid Unicode text; a lone surrogate is at {exc.start}",
            code="surrogate",
            params={"code_point": f"{ord(value[exc.start]):X}"},
        ) from None
    return value


def check_url(field: str, value: object) -> str:
    text = check_text(field, value)
    try:  # urlsplit raises ValueError for a malformed bracketed host (`http://[::1`)
        parts = urlsplit(text)
        valid = parts.scheme in ("http", "https") and bool(parts.netloc)
    except ValueError:
        valid = False
    if not valid or any(c.isspace() for c in text):
        raise InvalidInputError(field, f"must be an http(s) URL, got {text[:80]!r}", code="uri")
    return text


def check_uuid(field: str, value: object) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value.strip())
        except ValueError:
            pass
    raise InvalidInputError(field, f"must be a UUID, got {value!r}", code="uuid")


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


def check_json_schema(field: str, value: Mapping[str, Any], schema: Mapping[str, Any]) -> None:
    """`value` must satisfy the JSON Schema `schema` (a model's or a template's
    `input_params_schema`); the error names the first failing parameter by its path
    (`input_params.prompt`, `input_params.images[1]`) and the rule it breaks."""
    # Imported here: only these two areas need it, and its `rpds` extension is the one
    # compiled dependency (the rest of the package imports without it).
    import jsonschema

    validator_class = jsonschema.validators.validator_for(
        schema, default=jsonschema.Draft202012Validator
    )
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    if error is None:
        return
    path = field + "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path
    )
    if error.validator == "required" and isinstance(error.instance, Mapping):
        missing = [name for name in error.validator_value if name not in error.instance]
        if missing:
            raise InvalidInputError(f"{path}.{missing[0]}", "is required")
    raise InvalidInputError(path, error.message)
