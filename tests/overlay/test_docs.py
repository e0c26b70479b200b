"""What `help()` shows and what the repository ships say what the code does (issue 16)."""

from __future__ import annotations

import asyncio
import inspect
import pydoc
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import creatify
import pytest
from creatify import (
    AsyncCreatify,
    AvatarDetails,
    ConfigurationError,
    Creatify,
    LipsyncOptions,
    _exceptions,
    _job_errors,
)
from creatify._base_client import Namespace
from typing_extensions import is_typeddict

from scripts.readme_quickstart import run_quickstart

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("options", [AvatarDetails, LipsyncOptions])
def test_help_on_the_option_types_lists_every_field(options: type) -> None:
    """`help(LipsyncOptions)` names each field (attribute docstrings are not shown)."""
    text = pydoc.render_doc(options, renderer=pydoc.plaintext)
    docstring = text[: text.index("Method resolution order")]
    missing = [name for name in options.__annotations__ if name not in docstring]
    assert missing == []


def test_the_project_ships_the_license_it_declares() -> None:
    """pyproject says MIT: the LICENSE file is there and is the MIT text."""
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text()
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")


def test_the_spec_readme_cites_only_what_the_repository_holds() -> None:
    """openapi/README.md does not send readers to ../shared/, which they do not have."""
    assert "../shared" not in (ROOT / "openapi" / "README.md").read_text()


# ---------------------------------------------------------------- README and guides (issue 22)

README = ROOT / "README.md"


def namespace_table(text: str) -> dict[str, set[str]]:
    """The README's table: each namespace with the methods its last column names. The
    table is the rows under its header up to the first line that is not a row (a bullet
    there cuts the table, and the rows after it render as text)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| namespace |"))
    rows: dict[str, set[str]] = {}
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        name, _, methods = (cell.strip() for cell in line.strip("|").split("|"))
        assert name.strip("`") not in rows, f"{name} is listed twice"
        # `create(url)` names create; `creatify.webhooks` is a module, not a method.
        rows[name.strip("`")] = {
            m.split("(")[0] for m in re.findall(r"`([^`]+)`", methods) if "." not in m
        }
    return rows


def client_namespaces(client: object) -> set[str]:
    """A client's namespaces: the attributes it makes on first use (`with_options`,
    `with_raw_response` and `base_url` are plain properties and methods)."""
    cls = client if isinstance(client, type) else type(client)
    found = (vars(klass).items() for klass in cls.__mro__)  # inherited: _async/namespaces.py
    return {name for names in found for name, value in names if isinstance(value, Namespace)}


def test_the_readme_table_lists_exactly_the_clients_namespaces() -> None:
    """Every namespace of `Creatify` and `AsyncCreatify` has a row, in one unbroken table,
    naming every public method of that namespace and no other."""
    listed = namespace_table(README.read_text())
    with Creatify("id", "key", "http://127.0.0.1:1") as client:
        sync = client_namespaces(client)
        methods = {
            name: {m for m in dir(getattr(client, name)) if not m.startswith("_")} for name in sync
        }
    async_client = AsyncCreatify("id", "key", "http://127.0.0.1:1")
    assert client_namespaces(async_client) == sync
    asyncio.run(async_client.close())
    assert len(sync) >= 16
    assert set(listed) == sync
    assert listed == methods


def test_the_clients_reference_names_exactly_the_clients_namespaces() -> None:
    text = (ROOT / "docs/reference/clients.md").read_text()
    paragraph = text.split("namespaces:", 1)[1].split("Creating a client", 1)[0]
    assert set(re.findall(r"`(\w+)`", paragraph)) == client_namespaces(Creatify)


def test_the_readme_is_a_landing_page() -> None:
    """At most 200 lines; the manual lives in the guides."""
    assert len(README.read_text().splitlines()) <= 200


def test_every_guide_is_in_the_site_and_every_readme_link_resolves() -> None:
    """The guides are in mkdocs.yml's nav; the README's relative links name files that exist."""
    nav = (ROOT / "mkdocs.yml").read_text()
    guides = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))
    assert [g for g in guides if g not in nav] == []
    links = re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", README.read_text())
    assert links, "the README links to no guide"
    assert [link for link in links if not (ROOT / link).exists()] == []


TREE_LINE = re.compile(r"^(?P<indent>(?:│   |    )*)(?:(?P<branch>[├└])── )?(?P<name>[A-Z]\w+)")


def tree_of(module: ModuleType, root: str) -> list[tuple[int, str, str | None]]:
    """The tree drawn from `root` in `module`'s docstring: (depth, name, branch) a line."""
    doc = inspect.getdoc(module) or ""
    start = doc.rindex("\n", 0, doc.index(root)) + 1
    nodes = []
    for line in textwrap.dedent(doc[start:].split("\n\n")[0]).splitlines():
        match = TREE_LINE.match(line)
        assert match, line
        depth = len(match["indent"]) // 4 + (1 if match["branch"] else 0)
        nodes.append((depth, match["name"], match["branch"]))
    return nodes


TREES = [(_exceptions, "CreatifyError"), (_job_errors, "JobFailedError")]


@pytest.mark.parametrize(("module", "root"), TREES)
def test_an_error_tree_is_the_class_hierarchy(module: ModuleType, root: str) -> None:
    """The tree in `creatify._exceptions` and the job kinds' in `creatify._job_errors`
    (the errors guide renders both) draw each class under its own base and close a branch
    (└──) only at its last child."""
    nodes = tree_of(module, root)
    parents: dict[int, str] = {}
    for depth, name, _ in nodes:
        cls = getattr(creatify, name)
        if depth:
            assert cls.__bases__[0].__name__ == parents[depth - 1], name
        parents[depth] = name
    for i, (depth, name, branch) in enumerate(nodes):
        # The next node at this depth or above: a sibling if at this depth.
        following = next((d for d, _, _ in nodes[i + 1 :] if d <= depth), 0)
        if depth:
            assert branch == ("├" if following == depth else "└"), name


def test_the_error_trees_draw_every_public_exception_once() -> None:
    """Together (the job kinds' tree hangs from `JobFailedError`, drawn in the first)."""
    drawn = [name for module, root in TREES for _, name, _ in tree_of(module, root)[1:]]
    public = [getattr(creatify, name) for name in creatify.__all__]
    errors = [
        cls.__name__ for cls in public if isinstance(cls, type) and issubclass(cls, Exception)
    ]
    assert sorted(["CreatifyError", *drawn]) == sorted(errors)


GUIDES = ROOT / "docs" / "guides"


def python_blocks(page: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", page.read_text(), re.S)


@pytest.mark.timeout(600)  # mypy with a cold cache (about 10 s here; CI may be slower)
def test_the_readme_and_guide_examples_pass_mypy_strict(tmp_path: Path) -> None:
    """The package says `Typing :: Typed`: its examples, pasted into a project checked
    with `mypy --strict`, pass as written (R9): the README's blocks, the avatars guide's
    first, the generative guide's page (its blocks run as one program)."""
    examples = {f"readme_{n}.py": block for n, block in enumerate(python_blocks(README))}
    examples["avatars.py"] = python_blocks(GUIDES / "avatars.md")[0]
    examples["generative.py"] = "\n".join(python_blocks(GUIDES / "generative.md"))
    assert len(examples) == 4
    for name, code in examples.items():
        (tmp_path / name).write_text(code)
    (tmp_path / "mypy.ini").write_text("[mypy]\nstrict = True\n")  # the user's project's
    cache = ROOT / ".mypy_cache" / "docs-examples"  # ~10 s cold, ~1 s warm
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "--cache-dir", cache,
         *examples],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout


def test_the_readme_quickstart_runs_against_the_mock(mock_base_url: str, tmp_path: Path) -> None:
    """The README's Python quickstart, as written, with the mock's port: an MP4 is saved."""
    run_quickstart(mock_base_url, tmp_path)


def test_the_generative_guide_runs_against_the_mock(
    mock_base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """Every Python block of docs/guides/generative.md, in order, in one namespace, with
    the mock's port: each product's files are saved, the text streamed."""
    guide = GUIDES / "generative.md"
    blocks = python_blocks(guide)
    assert len(blocks) >= 9, "the guide lost its examples"
    code = "\n".join(blocks).replace("http://127.0.0.1:4010", mock_base_url)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, str(guide), "exec"), {})  # noqa: S102 - the guide's own code
    assert len(list((tmp_path / "banners").iterdir())) == 4  # every banner size
    for folder in ("assets", "template-assets"):
        assert (tmp_path / folder).is_dir() and any((tmp_path / folder).iterdir())
    assert (tmp_path / "clone.mp4").read_bytes()[4:8] == b"ftyp"
    printed = capsys.readouterr().out
    assert printed.count("olive oil") >= 3  # the job's text, the stream, the async stream
    assert printed.rstrip().endswith("done")  # the avatar passed its review


def documented_package() -> Any:
    """`creatify` as the reference shows it: griffe with mkdocs.yml's extension."""
    griffe = pytest.importorskip("griffe")
    extensions = griffe.load_extensions(str(ROOT / "scripts" / "griffe_public.py"))
    return griffe.load(
        "creatify", search_paths=[ROOT / "overlay", ROOT / "generated"], extensions=extensions
    )


def test_the_reference_shows_public_types_only() -> None:
    """With mkdocs.yml's griffe extension, no namespace method shows a type variable, a
    private alias or a private class (`get(...) -> J`, `timeout: TimeoutArg`)."""
    package = documented_package()
    with Creatify("id", "key", "http://127.0.0.1:1") as client:
        classes = {type(getattr(client, name)) for name in client_namespaces(client)}
    shown = []
    for cls in classes:
        documented = package[f"{cls.__module__.removeprefix('creatify.')}.{cls.__name__}"]
        for name, member in documented.all_members.items():
            if name.startswith("_") or not member.is_function:
                continue
            shown += [str(p.annotation) for p in member.parameters if p.annotation]
            shown.append(f"{cls.__name__}.{name} -> {member.returns}")
    assert len(shown) > 100
    leaks = [
        text
        for text in shown
        if re.search(r"\bJ\b|\bHost\b|TimeoutArg|UpdateCallback|DownloadProgress|models\.", text)
    ]
    assert leaks == []
    assert "Lipsyncs.get -> Lipsync" in shown


def test_the_clients_and_batch_kinds_show_public_types_only() -> None:
    """The constructors (`transport: TransportT`, `BatchKind(name, job: JobKind)`), the
    documented members of `BatchKind` (`fields: dict[str, FieldSpec]`) and the clients'
    methods' parameters (`with_options(call_deadline: float | _Keep | None = _Keep.KEEP)`,
    W1-8)."""
    package = documented_package()
    shown = []
    for path in ("Creatify", "AsyncCreatify", "batch.BatchKind"):
        documented = package[path].final_target
        for name, member in documented.all_members.items():
            if name == "__init__":
                shown += [f"{path}({p.name}: {p.annotation})" for p in member.parameters]
            elif not name.startswith("_") and member.docstring:
                shown.append(f"{path}.{name}: {member.annotation or member.returns}")
                parameters = getattr(member, "parameters", [])
                shown += [
                    f"{path}.{name}({p.name}: {p.annotation} = {p.default})" for p in parameters
                ]
    assert "Creatify(transport: httpx.BaseTransport | None)" in shown
    assert "batch.BatchKind.findable: bool" in shown
    assert any(text.startswith("AsyncCreatify.with_options(call_deadline") for text in shown)
    leaks = r"TransportT|JobKind|FieldSpec|\b_[A-Za-z]"  # a private name (`_Keep`)
    assert [text for text in shown if re.search(leaks, text)] == []


def test_the_cli_guide_gives_the_exit_codes_the_command_uses() -> None:
    """The guide's table has exactly the CLI's exit codes (`cli/feedback.py`), and puts
    missing credentials under the code a `ConfigurationError` gets (2, issue 24; not 3)."""
    from creatify.cli import feedback as exit_codes

    text = (ROOT / "docs" / "guides" / "cli.md").read_text()
    table = dict(re.findall(r"^\| (\d+) \| (.+) \|$", text, re.M))
    names = ("JOB_FAILED", "USAGE", "API", "TIMED_OUT", "INTERRUPTED")
    codes = {0} | {getattr(exit_codes, name) for name in names}
    assert {int(code) for code in table} == codes
    missing = exit_codes.exit_code_for(ConfigurationError("no credentials"))
    assert "missing credentials" in table[str(missing)]
    assert "credentials" not in table[str(exit_codes.API)].replace("a refused key", "")


def reference_pages() -> dict[str, set[str]]:
    """Each reference page with the objects it renders: `::: path` and the paths of its
    `members: [...]`."""
    pages = {}
    for page in (ROOT / "docs" / "reference").glob("*.md"):
        rendered = set()
        for path, options in re.findall(r"^::: ([\w.]+)\n((?: {4}.*\n)*)", page.read_text(), re.M):
            rendered.add(path)
            members = re.search(r"members: \[(.*)\]", options)
            rendered |= {f"{path}.{m.strip()}" for m in members[1].split(",")} if members else set()
        pages[page.name] = rendered
    return pages


def test_the_reference_renders_every_option_type_model_and_client_method() -> None:
    """What a signature names has an entry (R2): each `...Options` TypedDict that
    `**options: Unpack[...]` takes, on the page of a namespace that takes it; the returned
    models and their enums; `RawResponse`, `with_options`, `with_raw_response`; and
    `asset_generator.estimate_credits` (a staticmethod griffe alone shows as an attribute)."""
    pages = reference_pages()
    rendered = set().union(*pages.values())
    public = {name: getattr(creatify, name) for name in creatify.__all__}
    options = {name for name, obj in public.items() if is_typeddict(obj)}
    models = {
        n for n, o in public.items() if getattr(o, "__module__", "").startswith("creatify_api")
    }
    assert len(options) >= 20
    assert len(models) >= 40
    wanted = {f"creatify.{name}" for name in options | models | {"RawResponse"}}
    wanted |= {"creatify.Creatify.with_options", "creatify.Creatify.with_raw_response"}
    assert sorted(wanted - rendered) == []
    sources = sorted((ROOT / "overlay" / "creatify" / "_sync").glob("*.py"))
    for name in options:
        takers = {f.stem.removesuffix("_extras") for f in sources if f"[{name}]" in f.read_text()}
        page = next(page for page, paths in pages.items() if f"creatify.{name}" in paths)
        shown = {path.split(".")[2] for path in pages[page] if path.startswith("creatify._sync.")}
        assert takers & shown, f"{name} is on {page}, away from {takers}"
    generator = documented_package()["_sync.asset_generator.AssetGenerator"]
    assert generator.all_members["estimate_credits"].is_function
