"""Generate the namespace class of every job kind that declares calls, from its declaration
(`overlay/creatify/_jobs.py`) and the operations of `openapi/creatify.yaml` (as
`overlay/creatify/_options.py` tables them: routes, bodies, fields, options classes), and
of every namespace of plain records (`overlay/creatify/_plain.py`).

    python scripts/gen_namespaces.py    # rewrite them (make regenerate; make drift sees a stale one)

Each kind with `calls` gets `overlay/creatify/_async/{namespace}.py`: a class whose bases
follow the kind (`download` of one file or of every file), `list` taking what the kind's
list operation takes (`ids`, `ordering`), a typed method per call (path parameters as
arguments, the JSON body as `**options` of the options generated from the same schema, or
a call's `positional` body fields as its first arguments), and `create_and_wait` when it
has a `create`. Methods of the area's own are written by hand in
`_async/{namespace}_extras.py` (where that file exists) and mixed in; there, `_check_{call}(body, timeout)` runs
before that call is sent, and a method named as a call replaces it. A namespace of
records gets only its calls, each answering its operation's model (or a list of them).
`scripts/gen_sync.py` then writes the sync twins, as for every async source. Run after
openapi-python-client and gen_options.py.
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "overlay" / "creatify" / "_async"
sys.path[:0] = [str(ROOT / "overlay"), str(ROOT / "generated"), str(ROOT / "scripts")]

from creatify._options import (
    OPERATION_ANSWERS,
    OPERATION_MODULES,
    OPERATION_QUERY,
    OPERATION_ROUTES,
    OPERATION_SCHEMA,
    OPTIONS_CLASSES,
    QUERY_FIELDS,
    SCHEMA_FIELDS,
)
from creatify._validation import FieldSpec
from creatify_api import models
from gen_options import _pascal

HEADER = "# Generated from overlay/creatify/{source} and the spec by scripts/gen_namespaces.py: do not edit.\n"
MARK = "by scripts/gen_namespaces.py: do not edit."
# The order statuses are told in; any other follows, sorted.
STATUS_ORDER = [
    "initializing",
    "pending",
    "in_queue",
    "running",
    "generating",
    "image_generating",
    "in_progress",
    "draft",
    "done",
]
CREATE_AND_WAIT_DOC = (
    "`create`, then `wait`, every argument checked first. Costs what `create` costs."
)


PAGE_QUERY = ("page", "page_size")
"""The query of a paginated list (DRF's PageNumberPagination): its call takes
`page=1, page_size=10`, and the namespace gets `iter_all` over it. Any other query
parameter of a call must be one of the spec's enums (a filter, `age_range=...`): it is
taken by name, None for not given, and `iter_all` takes it too."""
ITER_ALL_DOC = (
    "The `results` of every page of `{call}`, read lazily from `{path}`.\n\n"
    "`async for item in client.{namespace}.iter_all(): ...` (`for` with `Creatify`). The "
    "arguments are checked now; a page is asked for only when the last one is used up (stop "
    "early and no more are sent). No item is yielded twice; one created during the walk "
    "may be missed. Ends at a page without `next` or without results; raises "
    "`CreatifyError` if the service gives a `next` it gave before. `timeout` applies to each "
    "page's request. Free (one request per page)."
)


def answer(operation_id: str) -> tuple[str | None, bool]:
    """The model an operation answers with (None: no content, a DELETE's 204), and
    whether it is a list of them."""
    name = OPERATION_ANSWERS.get(operation_id)
    if name is None:
        return None, False
    return name.removeprefix("list[").removesuffix("]"), name.startswith("list[")


def argument_type(field: FieldSpec) -> str:
    """A body field's type as an argument: an id may be a `uuid.UUID` too."""
    return "str | uuid.UUID" if field.format == "uuid" else field.python_type.__name__


def statuses(kind: Any) -> str:
    def told(names: frozenset[str]) -> list[str]:
        rank = {name: i for i, name in enumerate(STATUS_ORDER)}
        return sorted(names, key=lambda n: (rank.get(n, len(rank)), n))

    ends = [" or ".join(told(kind.done))]
    if kind.failed:
        ends.append(f"failed (`{kind.errors}Failed`)")
    if kind.rejected:
        ends.append(f"rejected (`{kind.errors}Rejected`)")
    outcome = ends[0] if len(ends) == 1 else ", ".join(ends[:-1]) + " or " + ends[-1]
    return f"Statuses: {', '.join(told(kind.running))}, then {outcome}."


def results(kind: Any) -> str:
    if kind.output_files:
        return f" `download(job, folder)` saves every file in `{kind.output_files}`."
    if kind.expected_media is None or not kind.output_fields:
        return ""
    first, *others = kind.output_fields
    also = "".join(f" (or `{name}`)" for name in others)
    return f" The result is `{first}`{also}; `download` checks it is {kind.expected_media.value}."


def docstring(text: str, indent: str) -> str:
    paragraphs = [
        textwrap.fill(p, 92 - len(indent), initial_indent=indent, subsequent_indent=indent)
        for p in text.split("\n\n")
    ]
    body = "\n\n".join(paragraphs).strip()
    return f'"""{body}"""' if "\n" not in body and len(body) < 80 else f'"""{body}\n{indent}"""'


class Namespace:
    """The source of one namespace module: a job kind's (`JobKind`), or one of plain records
    (`PlainArea`: no job methods, each call answers its own model)."""

    def __init__(self, kind: Any, constant: str) -> None:
        self.kind, self.constant = kind, constant
        self.name = _pascal(kind.namespace)
        self.imports: dict[str, set[str]] = {}
        self.jobs = hasattr(kind, "retrieve")
        self.model = kind.model.__name__ if self.jobs else ""

    def need(self, module: str, *names: str) -> None:
        self.imports.setdefault(module, set()).update(names)

    def bases(self) -> list[str]:
        kind, bases = self.kind, []
        if not self.jobs:
            self.need(".api_call", "AsyncResource")
            return ["AsyncResource"]
        if has_extras(kind.namespace):
            bases.append(f"Async{self.name}Extras")
            self.need(f".{kind.namespace}_extras", f"Async{self.name}Extras")
        if kind.output_files:
            bases.append("AsyncDownloadsAll")
        elif kind.expected_media is not None and kind.output_fields:
            bases.append("AsyncDownloads")
        generic = [b for b in bases if not b.endswith("Extras")] or ["AsyncJobResource"]
        self.need(".jobs", *generic)
        return [b if b.endswith("Extras") else f"{b}[models.{self.model}]" for b in bases] or [
            f"AsyncJobResource[models.{self.model}]"
        ]

    def listing(self) -> str | None:
        """`list`, taking what the kind's list operation takes (`ids`, `ordering`)."""
        listing = self.kind.listing if self.jobs else None
        if listing is None:
            return None
        operation_id = listing.operation.__name__.rsplit(".", 1)[-1]
        in_order = "ordering" in OPERATION_QUERY.get(operation_id, ())
        arguments, query, doc = ["self"], [], "Your jobs of this kind"
        if listing.by_ids:
            arguments.append("ids: Iterable[str | uuid.UUID] | None = None")
            query.append("ids=ids_param(ids)")
            doc += ", or only those of up to 100 `ids`"
            self.need("uuid", "")
            self.need("collections.abc", "Iterable")
            self.need(".._requests", "ids_param")
        if in_order:
            arguments.append("ordering: str | None = None")
            query.append("**checked_query(ordering=ordering)")
            doc += "; `ordering` names a field (`-created_at` for newest first)"
            self.need(".._requests", "checked_query")
        self.need("builtins", "")
        return "\n".join(
            [
                f"    async def list({', '.join([*arguments, '*', 'timeout: TimeoutArg = None'])})"
                f" -> builtins.list[models.{self.model}]:",
                "        " + docstring(doc + ". Free.", "        "),
                f"        return await self._list({', '.join(['timeout', *query])})",
            ]
        )

    def call(self, call: Any, own: set[str]) -> tuple[str, str | None]:
        """A call's method, and the options type of its body (None: no body)."""
        method, path = OPERATION_ROUTES[call.operation]
        self.need(f"creatify_api.api.{OPERATION_MODULES[call.operation]}", call.operation)
        response, many = answer(call.operation)
        # A job namespace's call answers a job of its kind (`_call`), but for reading
        # (a page of the jobs) and deleting.
        job = self.jobs and (response, many) == (self.model, False)
        if self.jobs and not job and method == "POST":
            sys.exit(f"gen_namespaces: {call.operation} answers {response}, not {self.model}")
        returns = "None" if response is None else f"models.{response}"
        returns = f"builtins.list[{returns}]" if many else returns
        arguments, passed = ["self"], [call.operation, "timeout"]
        if not job:  # `_request` is told what the answer is
            passed.insert(1, "list" if many else "type(None)" if response is None else returns)
        if many:
            self.need("builtins", "")
        query = OPERATION_QUERY.get(call.operation, ())
        paged = query[: len(PAGE_QUERY)] == PAGE_QUERY
        filters = query[len(PAGE_QUERY) :] if paged else query
        if query:
            self.need(".._requests", "checked_query")
        if paged:
            arguments += ["page: int = 1", "page_size: int = 10"]
            passed.append("**checked_query(page=page, page_size=page_size)")
        if filters:
            passed.append(f"**checked_query({', '.join(f'{n}={n}' for n in filters)})")
        for param in re.findall(r"{(\w+)}", path):
            arguments.append(f"{param}: str | uuid.UUID")
            passed.append(f'{param}=check_path_id("{param}", {param})')
            self.need("uuid", "")
            self.need(".._validation", "check_path_id")
        given = call.positional
        options = None
        body = OPERATION_SCHEMA.get(call.operation)
        if body is not None:
            fields = {field.name: field for field in SCHEMA_FIELDS[body]}
            arguments += [f"{name}: {argument_type(fields[name])}" for name in given]
            options = OPTIONS_CLASSES[body].__name__
            passed.append("body=body")
            self.need(".._requests", "request_body")
        arguments += ["*", *self.filters(call.operation, filters), "timeout: TimeoutArg = None"]
        if options is not None and not given:
            arguments.append(f"**options: Unpack[{options}]")
            self.need(".._options", options)
            self.need("typing_extensions", "Unpack")
        lines = [
            f"    async def {call.name}({', '.join(arguments)}) -> {returns}:",
            "        " + docstring(call.doc, "        "),
        ]
        if call.deprecated:
            self.need("warnings", "")
            lines.append(
                f"        warnings.warn({call.deprecated!r}, DeprecationWarning, stacklevel=2)"
            )
        if options is not None:
            values = "{" + ", ".join(f'"{n}": {n}' for n in given) + "}" if given else "options"
            lines.append(f"        body = request_body(models.{body}, {values})")
            if f"_check_{call.name}" in own:
                lines.append(f"        await self._check_{call.name}(body, timeout)")
        send = "_call" if job else "_request"
        lines.append(f"        return await self.{send}({', '.join(passed)})")
        if paged:
            lines += ["", self.iter_all(call, path, response, filters)]
        return "\n".join(lines), options

    def filters(self, operation: str, names: tuple[str, ...]) -> list[str]:
        """The keyword arguments of the query filters `names`: each a spec enum's value."""
        enums = {name: QUERY_FIELDS[name].enum for name in names}
        for name, enum in enums.items():
            if enum is None:
                sys.exit(f"gen_namespaces: {operation} takes {name}, which is no enum filter")
        # One value, or several (comma-separated or a list): openapi/README.md, point 20.
        if any(enums.values()):
            self.need("collections.abc", "Sequence")
        return [
            f"{n}: str | models.{e.__name__} | Sequence[str | models.{e.__name__}] | None = None"
            for n, e in enums.items()
            if e
        ]

    def iter_all(
        self, call: Any, path: str, item_page: str | None, filters: tuple[str, ...]
    ) -> str:
        """`iter_all`: every item of the pages of the paginated `call`, read lazily."""
        self.need("functools", "partial")
        self.need("collections.abc", "AsyncIterator")
        self.need(".pages", "iter_pages")
        self.need(".._timeouts", "as_timeout")
        page = attrs.fields_dict(getattr(models, item_page or ""))["results"]
        item = str(page.type).removeprefix("list[").removesuffix("]")  # "list[Link]"
        doc = ITER_ALL_DOC.format(call=call.name, path=path, namespace=self.kind.namespace)
        arguments = ["self", "page_size: int = 100", "*", *self.filters(call.operation, filters)]
        given = "".join(f", {name}={name}" for name in filters)
        return "\n".join(
            [
                f"    def iter_all({', '.join(arguments)}, timeout: TimeoutArg = None)"
                f" -> AsyncIterator[models.{item}]:",
                "        " + docstring(doc, "        "),
                f"        checked_query(page=1, page_size=page_size{given})",
                "        as_timeout(timeout)",
                f"        read = partial(self.{call.name}, page_size=page_size{given}, timeout=timeout)",
                f"        return iter_pages(read, {call.operation})",
            ]
        )

    def source(self, own: set[str]) -> str:
        kind = self.kind
        self.need("creatify_api", "models")
        self.need(".._jobs" if self.jobs else ".._plain", self.constant)
        self.need(".._timeouts", "TimeoutArg")
        bases = self.bases()
        listing = self.listing()
        methods, create_options = ([] if listing is None else [listing]), None
        for call in kind.calls:
            text, options = self.call(call, own)
            if call.name == "create":
                create_options = options
            if call.name not in own:
                methods.append(text)
        if create_options is not None and self.jobs:
            self.need("functools", "partial")
            self.need(".jobs", "UpdateCallback")
            methods.append(
                "    async def create_and_wait(self, *, timeout: float | None = None, "
                "poll_interval: float | None = None, max_interval: float | None = None, "
                f"on_update: UpdateCallback | None = None, **options: Unpack[{create_options}],"
                f") -> models.{self.model}:\n"
                f'        """{CREATE_AND_WAIT_DOC}"""\n'
                "        create = partial(self.create, **options)\n"
                "        return await self._create_and_wait("
                "create, timeout, poll_interval, max_interval, on_update)"
            )
        if self.jobs:
            doc = docstring(f"{kind.doc}\n\n{statuses(kind)}{results(kind)}", "    ")
        else:
            doc = docstring(kind.doc, "    ")
        source = "_jobs.py" if self.jobs else "_plain.py"
        return "\n".join(
            [
                HEADER.format(source=source)
                + f'"""`client.{kind.namespace}`, from the declaration `{self.constant}`."""',
                "",
                "from __future__ import annotations",
                "",
                *self.import_lines(),
                "",
                "",
                f"class Async{self.name}({', '.join(bases)}):",
                f"    {doc}",
                "",
                *([f"    _kind = {self.constant}", ""] if self.jobs else []),
                "\n\n".join(methods),
                "",
            ]
        )

    def import_lines(self) -> list[str]:
        return [
            f"import {module}"
            if names == {""}
            else f"from {module} import {', '.join(sorted(names - {''}))}"
            for module, names in sorted(self.imports.items())
        ]


def has_extras(namespace: str) -> bool:
    """Whether the area has methods of its own: `_async/{namespace}_extras.py` exists."""
    return (OUT / f"{namespace}_extras.py").exists()


def generate(out: Path) -> list[Path]:
    jobs = importlib.import_module("creatify._jobs")
    plain = importlib.import_module("creatify._plain")
    constants = {
        id(v): k for module in (jobs, plain) for k, v in vars(module).items() if k.isupper()
    }
    written = []
    # Records first: a job area's own methods use them (`inspiration_jobs` reads a
    # template), and importing those methods below needs their modules written.
    for kind in [*plain.PLAIN_AREAS, *jobs.JOB_KINDS.values()]:
        if not kind.calls:
            continue
        own: set[str] = set()
        if has_extras(kind.namespace):
            extras = importlib.import_module(f"creatify._async.{kind.namespace}_extras")
            own = set(vars(getattr(extras, f"Async{_pascal(kind.namespace)}Extras")))
        target = out / f"{kind.namespace}.py"
        target.write_text(Namespace(kind, constants[id(kind)]).source(own), encoding="utf-8")
        written.append(target)
    ruff = Path(sys.executable).with_name("ruff")
    files = [str(p) for p in written]
    subprocess.run(
        [str(ruff), "check", "--quiet", "--fix", "--select", "I,F401", *files], check=True
    )
    subprocess.run([str(ruff), "format", "--quiet", *files], check=True)
    return written


def main() -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    written = generate(OUT)
    for stale in set(OUT.glob("*.py")) - set(written):  # a kind that no longer has calls
        if MARK in stale.read_text(encoding="utf-8").partition("\n")[0]:
            stale.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
