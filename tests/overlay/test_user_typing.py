"""What a user's type checker sees: the models the methods return are `creatify`'s names
(R1-R7), `confirm` returns a job model, not `Any` (R1-R5), and the testing kit's clients
and fixtures are `Creatify` / `AsyncCreatify` (R1-R6)."""

from __future__ import annotations

import textwrap
import typing
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import creatify
import pytest
from creatify import AsyncCreatify, Creatify
from creatify.testing import FakeCreatify, pytest_plugin

ROOT = Path(__file__).resolve().parents[2]


def test_every_model_a_method_returns_is_importable_from_creatify() -> None:
    """`creatify.Music` is the v2 scene part (`creatify.scenes.Music`), kept for its users:
    the music list's model is `creatify_api.models.Music` only."""
    client = Creatify("id", "key")
    returned = set()
    for name in dir(client):
        namespace = getattr(client, name)
        if name.startswith("_") or not hasattr(namespace, "_host"):
            continue
        for method in dir(type(namespace)):
            if not method.startswith("_") and callable(getattr(namespace, method)):
                try:
                    hints = typing.get_type_hints(getattr(namespace, method))
                except NameError:  # a parameter's type for checkers only (a download's path)
                    continue
                returned |= set(_models(hints.get("return")))
    assert {"AssetGeneratorModel", "CustomTemplate", "Inspiration", "Persona"} <= returned
    missing = {name for name in returned if getattr(creatify, name, None) is None}
    assert missing == set()
    assert creatify.Music is creatify.scenes.Music


def _models(hint: object) -> typing.Iterator[str]:
    for arg in typing.get_args(hint):
        yield from _models(arg)
    if isinstance(hint, type) and hint.__module__.startswith("creatify_api.models."):
        yield hint.__name__


def test_mypy_sees_the_confirmed_job_and_the_fakes_clients(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    snippet = textwrap.dedent(
        """
        from creatify import AsyncCreatify, Persona, webhooks
        from creatify.testing import FakeCreatify

        async def on_event(client: AsyncCreatify, event: webhooks.WebhookEvent) -> None:
            job = await client.webhooks.confirm(event)
            job.status  # an error: Persona has `process_status`
            if isinstance(job, Persona):
                job.process_status

        fake = FakeCreatify()
        reveal_type(fake.client())
        reveal_type(fake.async_client())
        fake.client().lipsyncs.creat()  # an error: a typo
        """
    )
    (tmp_path / "snippet.py").write_text(snippet)
    config = ["--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary"]
    out, _, _ = api.run([*config, str(tmp_path / "snippet.py")])
    assert 'snippet.py:7: error: Item "Persona" of "AdsClone | ' in out
    assert 'has no attribute "status"' in out
    assert 'Revealed type is "creatify._sync.client.Creatify"' in out
    assert 'Revealed type is "creatify._async.client.AsyncCreatify"' in out
    assert '"Lipsyncs" has no attribute "creat"' in out
    assert out.count("error:") == 2, out


def test_the_client_fixtures_are_typed_as_the_clients() -> None:
    # The plugin names the fake only for type checkers: it loads it on first use (W2-3).
    names = {**vars(pytest_plugin), "Creatify": Creatify, "AsyncCreatify": AsyncCreatify}
    names["FakeCreatify"] = FakeCreatify
    sync_hint = typing.get_type_hints(pytest_plugin.creatify_client.__wrapped__, names)
    async_hint = typing.get_type_hints(pytest_plugin.async_creatify_client.__wrapped__, names)
    assert sync_hint["return"] == Iterator[Creatify]
    assert async_hint["return"] == AsyncIterator[AsyncCreatify]
