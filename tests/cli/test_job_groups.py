"""The CLI is derived from the job kinds (`creatify._jobs.JOB_KINDS`): for every kind, its
group has `get` and `wait`, `download` when the kind has an output, `list` when it lists
by ids; its `create` has the options every create shares, each with help; its waits
default to the SDK's (`kind.poll`). Also: `creatify --help` loads no command module."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from click.testing import CliRunner
from creatify._jobs import JOB_KINDS, JobKind
from creatify.cli import jobs, main
from creatify.cli.main import COMMANDS, cli

from tests.cli.inprocess import invoke
from tests.faults.server import Fault, closed_port, serving

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "openapi" / "creatify.yaml").read_text())
KINDS = pytest.mark.parametrize("kind", JOB_KINDS.values(), ids=list(JOB_KINDS))
JOB_ID = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"
FIXTURE = ROOT / "mock" / "fixtures" / "james.mp4"
CREATOR = "18fccce8-86e7-5f31-abc8-18915cb872be"  # a stock avatar of the mock


def command(*path: str) -> click.Command:
    context = click.Context(cli, info_name="creatify")
    found: click.Command = cli
    for name in path:
        assert isinstance(found, click.Group)
        sub = found.get_command(context, name)
        assert sub is not None, f"no command {' '.join(path)}"
        found, context = sub, click.Context(sub, info_name=name, parent=context)
    return found


def every_command(group: click.Command = cli, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    if not isinstance(group, click.Group):
        return [path]
    context = click.Context(group)
    return [
        found
        for name in group.list_commands(context)
        for found in every_command(group.get_command(context, name), (*path, name))  # type: ignore[arg-type]
    ]


def options(found: click.Command) -> dict[str, click.Option]:
    return {
        opt: param
        for param in found.params
        if isinstance(param, click.Option)
        for opt in param.opts
    }


def create_body_fields(kind: JobKind[Any]) -> set[str]:
    """The fields of the kind's create request, from the spec: the POST at the kind's
    path, else its one other POST that needs no id and is no preview (`gen_image/`)."""
    paths = SPEC["paths"]
    posts = (
        [kind.path]
        if "post" in paths.get(kind.path, {})
        else [
            p
            for p in paths
            if p.startswith(kind.path)
            and "post" in paths[p]
            and "{" not in p
            and "preview" not in p
        ]
    )
    assert len(posts) == 1, posts
    fields: set[str] = set()
    for content in paths[posts[0]]["post"]["requestBody"]["content"].values():
        schema = content["schema"]
        if "$ref" in schema:
            schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        fields |= set(schema.get("properties", {}))
    return fields


@KINDS
def test_every_create_has_the_shared_options(kind: JobKind[Any]) -> None:
    """--wait, --download (if the kind has an output), --listen/--webhook and
    --webhook-url (if the API takes a webhook_url), --name (if it takes a name), --json,
    --quiet, --timeout and --poll-interval; every option with help."""
    fields = create_body_fields(kind)
    found = options(command(kind.command, "create"))
    expected = {"--wait", "--json", "--quiet", "--timeout", "--poll-interval", "--base-url"}
    if kind.expected_media is not None:
        expected.add("--download")
    if "webhook_url" in fields:
        expected |= {"--webhook-url", "--listen", "--webhook", "--listen-port"}
    if {"name", "creator_name"} & fields:
        expected.add("--name")
    assert expected <= set(found)
    if kind.expected_media is None:
        assert "--download" not in found
    assert not {"--webhook-url", "--listen"} & set(found) or "webhook_url" in fields


def test_the_shared_options_help_names_only_what_the_command_has() -> None:
    """--wait's help names only the options (that imply it) the command has: `dyoa
    create` has no --download nor --listen; and no shared option's help calls the job by
    its group's name ("until the custom-template-jobs is done")."""
    for path in every_command():
        found = options(command(*path))
        if "--wait" not in found:
            continue
        assert set(re.findall(r"--[a-z-]+", found["--wait"].help or "")) <= set(found), path
        for shared in ("--wait", "--name", "--webhook-url"):
            assert f"the {path[0]} " not in getattr(found.get(shared), "help", ""), path


@KINDS
def test_the_group_is_derived_from_the_kind(kind: JobKind[Any]) -> None:
    group = command(kind.command)
    assert isinstance(group, click.Group)
    names = set(group.list_commands(click.Context(group)))
    assert {"get", "wait", "create"} <= names
    assert ("download" in names) == (kind.expected_media is not None)
    if kind.listing is not None and kind.listing.by_ids:
        assert "--id" in options(command(kind.command, "list"))


@KINDS
@pytest.mark.parametrize("step", ["wait", "create"])
def test_wait_defaults_are_the_sdks(
    kind: JobKind[Any], step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The help shows `kind.poll`; the command passes no wait argument the user did not
    give, so the SDK's defaults for the kind apply (`max_interval` too: the SDK raises
    it to a longer `poll_interval`); one that was given goes through."""
    found = options(command(kind.command, step))
    assert found["--timeout"].show_default == f"{kind.poll.timeout:g}"
    assert found["--poll-interval"].show_default == f"{kind.poll.poll_interval:g}"
    if step == "create":
        return
    calls: list[dict[str, Any]] = []

    class Namespace:
        def wait(self, job_id: str, **arguments: Any) -> dict[str, str]:
            calls.append(arguments)
            return {"id": job_id, "status": "done"}

    monkeypatch.setattr(jobs.Area, "of", lambda self, client: Namespace())
    env = {"CREATIFY_API_ID": "i", "CREATIFY_API_KEY": "k", "PATH": "/usr/bin"}
    for extra in ([], ["--poll-interval", "600", "--timeout", "9"]):
        result = invoke([kind.command, "wait", JOB_ID, *extra], env)
        assert result.returncode == 0, result.stderr
    assert set(calls[0]) == {"on_update"}
    # No max_interval: the SDK raises its default cap to a longer poll_interval.
    assert set(calls[1]) == {"on_update", "timeout", "poll_interval"}
    assert (calls[1]["timeout"], calls[1]["poll_interval"]) == (9, 600)


def test_a_create_no_module_writes_takes_its_help_from_the_declaration() -> None:
    """`lipsyncs create` is written nowhere: its help is the `create` call's first
    paragraph, each request field named by its option (`creator` is --avatar, the spec's
    `x-cli-name`), then what it costs, without the note on retries."""
    call = next(call for call in JOB_KINDS["lipsyncs"].calls if call.name == "create")
    found = command("lipsyncs", "create")
    assert found.help == jobs.summary(call)
    assert found.help.startswith("Start a video task. Needs --avatar and one of --text or")
    assert found.help.endswith("--audio. Costs 5 credits per 30 s of video.")
    assert "--avatar" in options(found) and "--creator" not in options(found)


def test_every_option_of_every_command_has_help() -> None:
    missing = [
        f"{' '.join(path)} {opt}"
        for path in every_command()
        for opt, param in options(command(*path)).items()
        if not param.help and not param.hidden
    ]
    assert missing == []


def test_the_registry_names_each_command_and_its_help() -> None:
    """`creatify --help` shows the registry's lines without loading a command; they are
    the commands' own help."""
    for name, (_, line) in COMMANDS.items():
        found = command(name)
        assert found.name == name
        assert click.utils.make_default_short_help(found.help or "", 200) == line
    assert CliRunner().invoke(cli, ["--help"], terminal_width=120).output.count("\n  ") >= len(
        COMMANDS
    )


def test_help_and_version_load_no_command_module() -> None:
    """A fresh interpreter: `creatify --help` and `--version` import what `import creatify`
    does, plus click and this registry: not rich, yaml, the client, the generated models
    or any command's module (those load when a command runs)."""
    code = (
        "import sys, creatify\n"
        "before = set(sys.modules)\n"
        "from creatify.cli.main import cli\n"
        "for args in (['--help'], ['--version']):\n"
        "    try:\n"
        "        cli(args, prog_name='creatify')\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(__import__('json').dumps(sorted(set(sys.modules) - before)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = json.loads(result.stdout.splitlines()[-1])
    heavy = ("rich", "yaml", "creatify_api", "creatify._client", "creatify._jobs", "httpx")
    assert [m for m in loaded if m.split(".")[0] in heavy or m.startswith(heavy)] == []
    registry = ["creatify._cli_entry", "creatify.cli", "creatify.cli._groups", "creatify.cli.main"]
    assert [m for m in loaded if m.startswith("creatify.")] == registry
    assert "url-to-video" in result.stdout


def test_the_registry_module_imports_only_click_and_the_standard_library() -> None:
    """`main` and the generated `_groups` (the job kinds' lines, a string); the console
    script's `_cli_entry` (Ctrl-C's exit code and note; it imports `cli.main`) and `sys`."""
    import ast

    allowed = {
        "__future__",
        "click",
        "functools",
        "importlib",
        "collections",
        "typing",
        "contextlib",
        "os",
        "signal",
    }
    entry = Path(main.__file__).parents[1] / "_cli_entry.py"
    for path in (Path(main.__file__), Path(main.__file__).with_name("_groups.py"), entry):
        tree = ast.parse(path.read_text())
        imported = {
            (node.module or "").split(".")[0] if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, (ast.Import, ast.ImportFrom))
            for alias in node.names
        }
        assert imported <= allowed | {"_groups", "_cli_entry", "sys", "cli"}, path


@pytest.mark.parametrize(
    "args",
    [
        ["avatars", "create", "--video", str(FIXTURE), "--name", "James", "--gender", "m"],
        ["lipsyncs", "create", "--avatar", "18fccce8-86e7-5f31-abc8-18915cb872be", "--text", "Hi"],
        ["aurora", "create", "--image", "https://e.com/a.jpg", "--audio", "https://e.com/a.mp3"],
    ],
    ids=["avatars", "lipsyncs", "aurora"],
)
def test_create_listen_ends_on_the_webhook(args: list[str], mock_base_url: str) -> None:
    """`create --listen`: the wait ends when the mock's webhook arrives (its job takes
    about 4 s), long before the first fallback poll (60 s after the first check)."""
    env = {"CREATIFY_API_ID": "listen", "CREATIFY_API_KEY": "k", "CREATIFY_BASE_URL": mock_base_url}
    started = time.monotonic()
    result = invoke([*args, "--listen", "--json"], {**os.environ, **env})
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    job = json.loads(result.stdout)
    assert job.get("status", job.get("process_status")) == "done"
    assert "/creatify-webhook/" in job["webhook_url"]
    assert elapsed < 45, elapsed  # a bound that says "not the 60 s poll", not a benchmark


@pytest.mark.parametrize(
    ("args", "price"),
    [
        (["iab-images", "create", "--image", "https://e.com/a.jpg"], "Costs 2 credits a request."),
        (["ai-shorts", "create", "--script", "Hi"], "Costs 5 credits per 30 s of video."),
        (
            ["text-generator", "create", "--model", "gemini-2.5-flash", "--message", "Hi"],
            "Costs credits by the model's use (`credits_used`).",
        ),
    ],
    ids=["iab-images", "ai-shorts", "text-generator"],
)
def test_a_create_says_what_it_costs_before_it_is_sent(
    args: list[str], price: str, mock_base_url: str
) -> None:
    """The cost sentence of the `create` call's doc (`Call.cost`, which the MCP tool
    states too), on stderr, before the create's progress (stdout stays the job's JSON);
    a command written by hand (text-generator) says it as the derived ones do."""
    env = {"CREATIFY_API_ID": "cost", "CREATIFY_API_KEY": "k", "CREATIFY_BASE_URL": mock_base_url}
    result = invoke([*args, "--json"], {**os.environ, **env})
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == price
    assert json.loads(result.stdout)["id"]


@pytest.mark.parametrize(
    "options",
    [
        ["--avatar", CREATOR, "--text", ""],
        ["--avatar", CREATOR],
        ["--avatar", "not-a-uuid", "--text", "Hi"],
        ["--avatar", CREATOR, "--text", "Hi", "--caption-offset-x", "3"],
    ],
    ids=["empty text", "no text", "bad avatar", "offset out of range"],
)
def test_a_create_refused_by_its_checks_says_no_cost(options: list[str]) -> None:
    """The SDK's checks run inside the call: the cost line waits for its request, so a
    create refused before it (exit 2, nothing sent) does not say what it would cost."""
    env = {"CREATIFY_API_ID": "c", "CREATIFY_API_KEY": "k"}
    env["CREATIFY_BASE_URL"] = f"http://127.0.0.1:{closed_port()}"
    result = invoke(["lipsyncs", "create", *options], {**os.environ, **env})
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: --"), result.stderr
    assert "Costs" not in result.stderr


@pytest.mark.parametrize(
    ("server", "code", "costs"),
    [("mock", 0, 1), ("refused", 3, 0), ("reset after sending", 3, 1), ("refused by a 400", 3, 0)],
)
def test_the_cost_is_said_once_the_create_was_sent(
    server: str, code: int, costs: int, mock_base_url: str
) -> None:
    """Once for a create the service answered or may have got (a connection reset after
    the request was sent); not for one whose connection was refused, nor one the service
    refused with a 400 (nothing made, nothing paid). It was said as the request was handed
    to httpx, before connecting; then for any POST answered, a 400 included."""
    env = {"CREATIFY_API_ID": "cost-sent", "CREATIFY_API_KEY": "k", "CREATIFY_MAX_RETRIES": "0"}
    args = ["lipsyncs", "create", "--avatar", CREATOR, "--text", "Hi"]
    with contextlib.ExitStack() as stack:
        if server == "mock":
            env["CREATIFY_BASE_URL"] = mock_base_url
        elif server == "refused":
            env["CREATIFY_BASE_URL"] = f"http://127.0.0.1:{closed_port()}"
        else:
            refused = Fault(status=400, body=b'{"text": ["This field is required."]}')
            fault = refused if "400" in server else Fault(reset_before_response=True)
            env["CREATIFY_BASE_URL"] = stack.enter_context(serving(fault)).url
        result = invoke(args, {**os.environ, **env})
    assert result.returncode == code, result.stderr
    assert result.stderr.count("Costs 5 credits per 30 s of video.") == costs, result.stderr


LIPSYNC = ["lipsyncs", "create", "--avatar", CREATOR, "--text", "Hi"], "Costs 5 credits per 30 s"
STREAM = ["text-generator", "stream", "--model", "m", "--message", "Hi"], "Costs credits by"


@pytest.mark.parametrize(
    ("sent", "paid"), [(signal.SIGINT, LIPSYNC), (signal.SIGTERM, LIPSYNC), (signal.SIGINT, STREAM)]
)
def test_ctrl_c_after_the_create_was_sent_says_the_cost_and_that_it_may_exist(
    sent: int, paid: tuple[list[str], str]
) -> None:
    """A real process and a real SIGINT once the server holds the POST: the cost line,
    then the "may exist" note, exit 130 (the cost went unsaid once it was said only after
    the send returned). SIGTERM (`timeout`, a CI job's time-out) is the same (X1-7); so is
    a stream's request before any text (X1-8)."""
    env = {**os.environ, "CREATIFY_API_ID": "cost-int", "CREATIFY_API_KEY": "k"}
    args, cost = paid
    creatify = str(Path(sys.executable).parent / "creatify")
    with serving(Fault(hang=True)) as server:
        env["CREATIFY_BASE_URL"] = server.url
        process = subprocess.Popen(
            [creatify, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 20
        while server.count("POST") == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(sent)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 130, stderr
    lines = stderr.splitlines()
    assert lines[0].startswith(cost), stderr
    assert lines[-1].startswith("interrupted: the request may have reached the service"), stderr


def test_ctrl_c_in_the_check_before_a_create_says_only_interrupted() -> None:
    """The asset generator reads the model's schema (free) before its create: a Ctrl-C
    in that read sent nothing, so no cost and no "may exist" (X1-9)."""
    env = {**os.environ, "CREATIFY_API_ID": "check-int", "CREATIFY_API_KEY": "k"}
    args = ["asset-generator", "create", "--model", "nano-banana", "--param", "prompt=a cat"]
    with serving(Fault(hang=True)) as server:
        env["CREATIFY_BASE_URL"] = server.url
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "creatify"), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 20
        while server.count("GET") == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    assert (process.returncode, stderr) == (130, "interrupted\n")
    assert server.count("POST") == 0


def test_each_command_line_fits_an_80_column_help() -> None:
    """A group's line is its spec tag's description (`cli/_groups.py`), another command's
    its own help (`main.OTHERS`): short enough that `creatify --help` in 80 columns shows
    it whole."""
    output = CliRunner().invoke(cli, ["--help"], terminal_width=80).output
    for name in [kind.command for kind in JOB_KINDS.values()] + list(COMMANDS):
        line = next(line for line in output.splitlines() if line.split()[:1] == [name])
        assert not line.endswith("..."), line
