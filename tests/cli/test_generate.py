"""The CLI groups of the generative areas against the mock: parameters from `--param`
and `--params-file`, the cost said first, every asset saved, text streamed."""

from __future__ import annotations

import json
import os
from pathlib import Path

from creatify.cli.areas import dyoa_submit

from tests.cli.inprocess import invoke


def env(base_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "CREATIFY_API_ID": "cli-generate",
        "CREATIFY_API_KEY": "k",
        "CREATIFY_BASE_URL": base_url,
    }


def test_asset_generator_create_says_the_cost_and_saves_every_asset(
    mock_base_url: str, tmp_path: Path
) -> None:
    params = tmp_path / "params.yaml"
    params.write_text("prompt: A bottle of olive oil\n")
    args = ["asset-generator", "create", "--model", "nano-banana", "--params-file", str(params)]
    result = invoke(
        [
            *args,
            "--param",
            "num_images=1",
            "--download",
            str(tmp_path / "out"),
            "--poll-interval",
            "0.1",
        ],
        env(mock_base_url),
    )
    assert result.returncode == 0, result.stderr
    assert "4 credits per output" in result.stderr
    saved = list((tmp_path / "out").iterdir())
    assert len(saved) == 1 and saved[0].read_bytes()[:3] == b"\xff\xd8\xff"


def test_a_parameter_the_model_refuses_sends_nothing_and_names_it(mock_base_url: str) -> None:
    args = ["asset-generator", "create", "--model", "nano-banana", "--param", "num_images=9"]
    result = invoke(args, env(mock_base_url))
    assert result.returncode == 2
    assert "error: --param prompt: is required" in result.stderr  # as typed (L9)


def test_a_model_priced_by_length_says_its_cost_and_a_number_for_text_says_to_quote_it(
    mock_base_url: str,
) -> None:
    """The duration given is priced (kling: 10 s, 24 credits); `--param duration=10` is
    read as JSON, a number, where the model's schema wants the text "10": say how to
    quote it."""
    args = ["asset-generator", "create", "--model", "kling-video/v1.6/pro/text-to-video"]
    args += ["--param", "prompt=Oil", "--json"]
    priced = invoke([*args, "--param", 'duration="10"'], env(mock_base_url))
    assert priced.returncode == 0, priced.stderr
    assert "this costs 24 credits per output" in priced.stderr
    number = invoke([*args, "--param", "duration=10"], env(mock_base_url))
    assert number.returncode == 2
    assert "to send it as text, quote it: --param 'duration=\"10\"'" in number.stderr


def test_text_generator_stream_prints_the_text(mock_base_url: str) -> None:
    args = ["text-generator", "stream", "--model", "gemini-2.5-flash", "--message", "Hi"]
    result = invoke(args, env(mock_base_url))
    assert result.returncode == 0, result.stderr
    assert "olive oil" in result.stdout


def test_inspirations_list(mock_base_url: str) -> None:
    result = invoke(["inspirations", "list", "--json"], env(mock_base_url))
    assert result.returncode == 0, result.stderr
    assert "Product on a podium" in result.stdout


def test_dyoa_submit_sends_the_chosen_photo_then_the_wait_ends_done(mock_base_url: str) -> None:
    """`dyoa create --wait` ends at draft; `dyoa submit ID --photo P` starts the review."""
    fast = ["--poll-interval", "0.1", "--json"]
    create = ["dyoa", "create", "--name", "Mia", "--age-group", "young_adult", "--gender", "f"]
    draft = invoke([*create, "--wait", *fast], env(mock_base_url))
    assert draft.returncode == 0, draft.stderr
    request = json.loads(draft.stdout)
    assert request["status"] == "draft"
    # --photo's help names where the ids are (`dyoa get` alone shows only their count).
    photo = next(p for p in dyoa_submit.params if p.name == "chosen_photo_id")
    assert "`photos[].id` of `dyoa get ID --json`" in str(getattr(photo, "help", ""))
    shown = invoke(["dyoa", "get", request["id"], "--json"], env(mock_base_url))
    photo = json.loads(shown.stdout)["photos"][0]["id"]
    submitted = invoke(
        ["dyoa", "submit", request["id"], "--photo", photo, "--json"], env(mock_base_url)
    )
    assert submitted.returncode == 0, submitted.stderr
    assert json.loads(submitted.stdout)["status"] in ("pending", "in_progress")
    done = invoke(["dyoa", "wait", request["id"], *fast], env(mock_base_url))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "done"
    again = invoke(["dyoa", "submit", request["id"], "--photo", photo], env(mock_base_url))
    assert again.returncode == 3 and "must be draft" in again.stderr  # reviewed already


def test_download_saves_every_asset_into_an_existing_folder(
    mock_base_url: str, tmp_path: Path
) -> None:
    """`--download DIR` of a kind of several files, DIR made beforehand: the create's and
    `wait`'s save into it (both refused it as a folder, where a file name was expected)."""
    args = ["asset-generator", "create", "--model", "nano-banana", "--param", "prompt=Oil"]
    created = invoke([*args, "--param", "num_images=1", "--json"], env(mock_base_url))
    assert created.returncode == 0, created.stderr
    job_id = json.loads(created.stdout)["id"]
    commands = [[*args, "--param", "num_images=1"], ["asset-generator", "wait", job_id]]
    for n, command in enumerate(commands):
        out = tmp_path / f"assets{n}"
        out.mkdir()
        result = invoke(
            [*command, "--download", str(out), "--poll-interval", "0.1"], env(mock_base_url)
        )
        assert result.returncode == 0, result.stderr
        saved = list(out.iterdir())
        assert len(saved) == 1 and saved[0].read_bytes()[:3] == b"\xff\xd8\xff"
