"""`creatify dyoa delete ID` and `creatify custom-templates list` against the mock."""

from __future__ import annotations

import json
import os

from tests.cli.inprocess import invoke


def env(base_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "CREATIFY_API_ID": "cli-more-endpoints",
        "CREATIFY_API_KEY": "k",
        "CREATIFY_BASE_URL": base_url,
    }


def test_dyoa_delete_then_get_is_not_found(mock_base_url: str) -> None:
    create = ["dyoa", "create", "--name", "Mia", "--age-group", "young_adult", "--gender", "f"]
    made = invoke([*create, "--json"], env(mock_base_url))
    assert made.returncode == 0, made.stderr
    request_id = json.loads(made.stdout)["id"]
    deleted = invoke(["dyoa", "delete", request_id, "--json"], env(mock_base_url))
    assert deleted.returncode == 0, deleted.stderr
    assert json.loads(deleted.stdout) == {"id": request_id, "deleted": True}
    gone = invoke(["dyoa", "get", request_id], env(mock_base_url))
    assert gone.returncode != 0 and "404" in gone.stderr
    again = invoke(["dyoa", "delete", request_id], env(mock_base_url))
    assert again.returncode == gone.returncode


def test_custom_templates_list(mock_base_url: str) -> None:
    result = invoke(["custom-templates", "list", "--json"], env(mock_base_url))
    assert result.returncode == 0, result.stderr
    templates = json.loads(result.stdout)
    assert templates and all(t["id"] for t in templates)


def test_dyoa_delete_says_what_it_deleted(mock_base_url: str) -> None:
    create = ["dyoa", "create", "--name", "Mia", "--age-group", "young_adult", "--gender", "f"]
    request_id = json.loads(invoke([*create, "--json"], env(mock_base_url)).stdout)["id"]
    deleted = invoke(["dyoa", "delete", request_id], env(mock_base_url))
    assert deleted.returncode == 0, deleted.stderr
    assert "dyoa deleted" in deleted.stdout and request_id in deleted.stdout
