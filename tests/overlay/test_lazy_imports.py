"""`import creatify` loads almost nothing; every public name still imports (issue 28).

`creatify` and `creatify_api.models` import a name's module when the name is first looked
up (PEP 562). These tests check what a fresh interpreter has loaded (not how long it took:
timings are in bench/), and that every public and documented name still resolves, for
type checkers too.
"""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import creatify
import creatify_api.models
import pytest

ROOT = Path(__file__).resolve().parents[2]


def fresh(code: str) -> dict[str, object]:
    """Run `code` in a new interpreter; it prints one JSON value as its last line."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


LOADED = """
    import json, sys
    {statement}
    mods = sorted(sys.modules)
    print(json.dumps({{
        "models": [m for m in mods if m.startswith("creatify_api.models.")],
        "operations": [m for m in mods if m.startswith("creatify_api.api.")],
        "cli": [m for m in mods if m.split(".")[0] in ("click", "rich", "pygments")],
        "httpx": "httpx" in mods,
        "typing": "typing" in mods,
        "client": "creatify._client" in mods,
    }}))
"""


def test_import_creatify_loads_no_model_no_client_and_no_cli_dependency() -> None:
    loaded = fresh(LOADED.format(statement="import creatify"))
    assert loaded["models"] == [], "generated model modules are imported by `import creatify`"
    assert loaded["operations"] == []
    # click and rich are the CLI's; httpx 0.28 imports them too when they are installed
    # (httpx/_main.py), so httpx must wait as well.
    assert loaded["cli"] == []
    assert loaded["httpx"] is False
    assert loaded["typing"] is False, "typing alone added 10 ms to `import creatify`"
    assert loaded["client"] is False


def test_the_models_package_loads_a_model_when_it_is_used() -> None:
    code = """
        import json, sys
        import creatify_api.models as models
        before = [m for m in sys.modules if m.startswith("creatify_api.models.")]
        models.Persona
        after = [m for m in sys.modules if m.startswith("creatify_api.models.")]
        print(json.dumps({"models": [before, after]}))
    """
    before, after = fresh(code)["models"]  # type: ignore[misc]
    assert before == []
    assert "creatify_api.models.persona" in after
    assert len(after) < 5  # the persona and what its module imports, not all 82


def test_the_version_needs_no_import() -> None:
    loaded = fresh(LOADED.format(statement="import creatify; assert creatify.__version__"))
    assert loaded["httpx"] is False


def type_checking_imports(path: Path) -> dict[str, str]:
    """Each name that type checkers see imported in `path` (under `if TYPE_CHECKING:` in
    a module, at the top of a stub), with its module."""
    tree = ast.parse(path.read_text())
    block = next(
        (
            node.body
            for node in tree.body
            if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
        ),
        tree.body,
    )
    names: dict[str, str] = {}
    for node in block:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                module = "." * getattr(node, "level", 0) + (getattr(node, "module", None) or "")
                names[alias.asname or alias.name] = module
    return names


def test_type_checkers_see_every_public_name_of_creatify() -> None:
    """What type checkers read (the stub), what `__all__` promises and what `__getattr__`
    serves are the same names, from the same modules."""
    seen = type_checking_imports(ROOT / "overlay/creatify/__init__.pyi")
    assert set(seen) | {"__version__"} == set(creatify.__all__)
    served = {
        **creatify._MODULE_OF,
        **{name: "." for name in creatify._SUBMODULES},
        "__version__": "._version",
    }
    for name, module in seen.items():
        assert served[name] == (module if module != "." else "."), name


def test_type_checkers_see_every_model() -> None:
    seen = type_checking_imports(ROOT / "generated/creatify_api/models/__init__.py")
    assert set(seen) == set(creatify_api.models.__all__)
    for name, module in seen.items():
        assert creatify_api.models._MODULES[name] == module  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", creatify.__all__)
def test_every_public_name_is_the_object_its_module_defines(name: str) -> None:
    found = getattr(creatify, name)
    if name == "__version__":
        assert found == creatify._version.SDK_VERSION
    elif name in creatify._SUBMODULES:
        assert found is sys.modules[f"creatify.{name}"]
    else:
        module = importlib.import_module(creatify._MODULE_OF[name], "creatify")
        assert found is getattr(module, name)
    assert name in dir(creatify)


def test_every_model_resolves() -> None:
    for name in creatify_api.models.__all__:
        model = getattr(creatify_api.models, name)
        assert model.__name__ == name
        assert model.__module__.startswith("creatify_api.models.")


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Creatfy'"):
        creatify.Creatfy  # noqa: B018
    with pytest.raises(AttributeError, match="has no attribute 'Persona2'"):
        creatify_api.models.Persona2  # noqa: B018
    with pytest.raises(ImportError):
        exec("from creatify import Creatfy", {})  # noqa: S102


def test_star_import_gives_every_public_name() -> None:
    code = """
        import json
        from creatify import *
        import creatify
        print(json.dumps({"missing": [n for n in creatify.__all__ if n not in globals()]}))
    """
    assert fresh(code)["missing"] == []


DOCUMENTED = [
    "from creatify import Creatify",
    "from creatify import AsyncCreatify, webhooks",
    "from creatify import Avatar, Background, Caption, Creatify, Music, Scene, TextVoice, Transition",
    "import creatify; creatify.webhooks.parse; creatify.webhooks.asgi_app",
    "import creatify; creatify.scenes.Scene",
    "import creatify.webhooks",
    "from creatify.batch import BatchRow, run",
    "from creatify_api import models; models.Persona",
    "from creatify_api.models import Persona, Lipsync",
    "import creatify; creatify.APIError; creatify.LipsyncOptions; creatify.JobUpdate",
]


@pytest.mark.parametrize("statement", DOCUMENTED)
def test_documented_imports_work_in_a_fresh_interpreter(statement: str) -> None:
    assert fresh(f"{statement}\nprint('{{}}')") == {}


def test_mypy_sees_the_lazy_names(tmp_path: Path) -> None:
    """mypy reads the TYPE_CHECKING imports: a public name has its real type, and a
    misspelt one is an error (the run-time `__getattr__` is hidden from type checkers)."""
    api = pytest.importorskip("mypy.api")
    snippet = textwrap.dedent(
        """
        import creatify
        from creatify import Creatify, Persona
        from creatify_api.models import Lipsync
        reveal_type(creatify.Creatify)
        reveal_type(creatify.AsyncCreatify.close)
        reveal_type(Persona.from_dict)
        reveal_type(Lipsync)
        creatify.Creatfy
        """
    )
    (tmp_path / "snippet.py").write_text(snippet)
    config = ["--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary"]
    out, _, _ = api.run([*config, str(tmp_path / "snippet.py")])
    assert 'Revealed type is "def (' in out
    assert "creatify._sync.client.Creatify" in out
    assert "creatify_api.models.persona.Persona" in out
    assert "creatify_api.models.lipsync.Lipsync" in out
    assert 'Module has no attribute "Creatfy"' in out
    assert out.count("error:") == 1, out


def test_the_client_runs_no_operation_module_until_it_is_used() -> None:
    """`from creatify_api.api.<tag> import <operation>` (as the namespaces do) gives the
    module before its code ran; the first name asked of it runs it."""
    code = """
        import json, sys
        from creatify import Creatify
        from creatify_api.api import _Deferred
        from creatify._sync.client import NAMESPACES
        client = Creatify("id", "key", "http://127.0.0.1:9")
        made = [m for m in sys.modules if m.startswith("creatify._sync.") and m[15:] in NAMESPACES]
        for name in NAMESPACES:  # each namespace is made, and its module loaded, on first use
            getattr(client, name)
        client.close()
        ops = [m for m in sys.modules if m.startswith("creatify_api.api.") and m.count(".") == 3]
        ran = [m for m in ops if type(sys.modules[m]) is not _Deferred]
        from creatify_api.api.personas import personas_retrieve
        personas_retrieve.sync_detailed
        print(json.dumps({
            "operations": len(ops),
            "made_before_use": made,
            "ran": ran,
            "after_use": type(personas_retrieve).__name__,
            "models": len([m for m in sys.modules if m.startswith("creatify_api.models.")]),
        }))
    """
    loaded = fresh(code)
    assert loaded["made_before_use"] == []
    assert loaded["operations"] > 40  # the namespaces hold every operation
    assert loaded["ran"] == []
    assert loaded["after_use"] == "module"
    # Those the overlay names itself (33 of 111 once every namespace is made), not all.
    assert loaded["models"] < 40


def test_a_deferred_operation_runs_once_when_threads_use_it_at_the_same_time() -> None:
    code = """
        import json, threading
        from creatify_api.api.personas import personas_retrieve as op
        barrier = threading.Barrier(16)
        seen, errors = [], []
        def use():
            barrier.wait()
            try:
                seen.append((op.sync_detailed, op.asyncio_detailed, op._build_response))
            except Exception as exc:
                errors.append(repr(exc))
        threads = [threading.Thread(target=use) for _ in range(16)]
        for t in threads: t.start()
        for t in threads: t.join()
        print(json.dumps({"errors": errors, "distinct": len(set(seen)), "count": len(seen),
                          "globals": op.sync_detailed.__globals__ is vars(op)}))
    """
    result = fresh(code)
    assert result == {"errors": [], "distinct": 1, "count": 16, "globals": True}


def test_a_wrong_operation_name_is_an_import_error() -> None:
    with pytest.raises(ImportError):
        exec("from creatify_api.api.personas import personas_retrieve_typo", {})  # noqa: S102
    import creatify_api.api.personas as personas

    with pytest.raises(AttributeError):
        personas.__wrapped__  # noqa: B018


def test_each_job_kind_exports_its_model_exceptions_and_options() -> None:
    """What a new area needs public comes from its declaration (`_generated_names.py`):
    its model (read from the declaration's annotation, checked here against the model
    `retrieve` answers), its exceptions and its options `TypedDict`s."""
    from creatify._generated_names import JOB_MODELS
    from creatify._jobs import JOB_KINDS

    assert set(JOB_MODELS.split()) == {kind.model.__name__ for kind in JOB_KINDS.values()}
    for kind in JOB_KINDS.values():
        assert getattr(creatify, kind.model.__name__) is kind.model
        assert (f"{kind.errors}Failed" in creatify.__all__) == bool(kind.failed), kind
        assert (f"{kind.errors}Rejected" in creatify.__all__) == bool(kind.rejected), kind
    assert "IabImagesOptions" in creatify.__all__
    assert "DyoaSubmitForReviewOptions" not in creatify.__all__  # positional: no **options
