"""Contains some shared types for properties"""

import datetime
import sys
import threading
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID, SafeUUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"  # a pickled model's missing fields come back as the one UNSET


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")

if TYPE_CHECKING:

    def new_instance(cls: type[T]) -> T: ...

else:
    # new_instance is `object.__new__` looked up once: each `from_dict` makes its model with it.
    new_instance = object.__new__


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# UUID is immutable (its __setattr__ raises), so its two slots are set through their
# descriptors, as UUID.__init__ does with object.__setattr__.
_new_uuid = object.__new__
_set_uuid_int = UUID.__dict__["int"].__set__
_set_uuid_is_safe = UUID.__dict__["is_safe"].__set__
_UUID_SAFETY_UNKNOWN = SafeUUID.unknown


def parse_uuid(value: str) -> UUID:
    """`UUID(value)` in half the time for the service's form: `UUID()` strips `urn:`,
    `uuid:` and braces before it reads the digits. A text whose 32 characters left after
    the hyphens are read by `int(digits, 16)` holds none of those, so both give the same
    UUID; anything else is handed to `UUID()`, which parses it or raises its own error."""
    try:
        digits = value.replace("-", "")
        if len(digits) == 32:
            uuid = _new_uuid(UUID)
            _set_uuid_int(uuid, int(digits, 16))
            _set_uuid_is_safe(uuid, _UUID_SAFETY_UNKNOWN)
            return uuid
    except (AttributeError, TypeError, ValueError):
        pass
    return UUID(value)


if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
else:

    def parse_datetime(value: str) -> datetime.datetime:
        """Python 3.10's `fromisoformat` rejects the trailing `Z` the service sends."""
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


_additional_properties_lock = threading.Lock()


class _AdditionalProperties:
    """A model's `additional_properties`, in place of the attrs slot of that name, which
    it reads and writes. `from_dict` leaves the slot empty when an answer has no unknown
    keys (the usual answer); the first read puts a new `{}` in it. That read and every
    write take a lock, so that threads reading at once get the same dict."""

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            return self._slot.__get__(instance, owner)
        except AttributeError:
            with _additional_properties_lock:
                try:
                    return self._slot.__get__(instance, owner)
                except AttributeError:
                    value: dict[str, Any] = {}
                    self._slot.__set__(instance, value)
                    return value

    def __set__(self, instance: object, value: Any) -> None:
        with _additional_properties_lock:
            self._slot.__set__(instance, value)

    def __delete__(self, instance: object) -> None:
        with _additional_properties_lock:
            self._slot.__delete__(instance)


def lazy_additional_properties(cls: type[T]) -> type[T]:
    """An attrs model whose `additional_properties` is made on first read (see above):
    a `{}` made and freed for every model of a long list, and counted by the garbage
    collector, cost about 0.3 µs per persona (bench/RESULTS.md, large list)."""
    slot = cls.__dict__["additional_properties"]
    cls.additional_properties = _AdditionalProperties(slot)
    return cls


class _AnyType:
    """The types a field of no fixed type may hold: all of them."""

    def __contains__(self, item: object) -> bool:
        return True


ANY_TYPE = _AnyType()
_JSON_NAMES = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    list: "an array",
    dict: "an object",
}


def check_types(
    model: type, names: tuple[str, ...], types: tuple[Any, ...], values: tuple[Any, ...]
) -> None:
    """Raise TypeError naming the model, the first field whose value's type is not one
    the field allows, what the spec wants and what came. A model calls it when its
    inline test of the types (model.py.jinja) fails."""
    for name, allowed, value in zip(names, types, values):
        if type(value) not in allowed:
            wanted = " or ".join(
                sorted({_JSON_NAMES.get(t, t.__name__) for t in allowed if t is not Unset})
            )
            got = _JSON_NAMES.get(type(value), type(value).__name__)
            raise TypeError(f"{model.__name__}.{name} must be {wanted}, got {got} {value!r:.60}")


__all__ = [
    "ANY_TYPE",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "check_types",
    "lazy_additional_properties",
    "new_instance",
    "parse_datetime",
    "parse_uuid",
]
