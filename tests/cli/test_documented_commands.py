"""Every `creatify ...` command line in README.md and docs/ names only options that the
command has, and only commands that exist (click's own tables of the commands; nothing
is run).

A line may give several commands, each after ` | `: a whole one (`batch status FILE`),
a command of the group before (`lipsyncs get ID | list`) or more options of the same
command (`(--text TEXT | --audio URL)`). Options before the command are the root's
(`creatify --json credits`, `creatify --base-url URL lipsyncs list`). A lower-case word
where a group's command is expected must be one (`creatify lipsync create` is wrong);
other words there are not a command line (`from creatify import`, `creatify GROUP`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
from creatify.cli.main import cli

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
# `creatify` as a word (not `creatify.testing`), up to the end of the code span, a comment
# or the line; each one (a lookahead: `claude mcp add creatify -e ... -- creatify mcp`).
COMMAND_LINE = re.compile(r"(?<![\w./-])creatify (?=([^`#\n]+))")
OPTION = re.compile(r"(?<![\w/.=-])(--?[a-zA-Z][\w-]*)")
# A word that can only be meant as a command's name; and the one of them that is Python's.
COMMAND_NAME = re.compile(r"[a-z][a-z0-9-]*(\|[a-z][a-z0-9-]*)*")
NOT_COMMANDS = {"import"}


def subcommand(group: click.Command, word: str) -> click.Command | None:
    """`group`'s command `word` (of `create|stream`, the first)."""
    if not isinstance(group, click.Group):
        return None
    with click.Context(group) as context:
        return group.get_command(context, word.split("|")[0])


def options_of(command: click.Command) -> set[str]:
    with click.Context(command) as context:
        params = [*command.get_params(context)]
    return {opt for p in params for opt in (*p.opts, *p.secondary_opts)}


def takes_value(command: click.Command, option: str) -> bool:
    with click.Context(command) as context:
        params = [p for p in command.get_params(context) if option in (*p.opts, *p.secondary_opts)]
    return any(isinstance(p, click.Option) and not p.is_flag and not p.count for p in params)


def root_options(words: list[str]) -> tuple[list[str], list[str]]:
    """The root's options at the start of `words` (`--json`, `--base-url URL`), and the
    words after them. An option the root lacks takes the next word as its value unless
    that word is a command."""
    given: list[str] = []
    while words and OPTION.fullmatch(words[0]):
        option, equals, _ = words[0].partition("=")
        given.append(option)
        known = option in options_of(cli)
        value = not equals and (
            takes_value(cli, option) if known else bool(words[1:]) and not subcommand(cli, words[1])
        )
        words = words[1 + value :]
    return given, words


def meant_as_command(words: list[str]) -> bool:
    """Whether the first of `words`, after a group, can only be meant as its command."""
    return bool(words) and bool(COMMAND_NAME.fullmatch(words[0])) and words[0] not in NOT_COMMANDS


Found = tuple[click.Command, str]  # a command and its path ("creatify lipsyncs get")


def descend(at: Found, words: list[str]) -> tuple[Found, Found, list[str]]:
    """The command `words` name under `at`, its group, and the words after it."""
    parent = at
    while words and (inner := subcommand(at[0], words[0])) is not None:
        parent, at, words = at, (inner, f"{at[1]} {words[0]}"), words[1:]
    return at, parent, words


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line with its number; a shell line continued (`\\` at its end) as one."""
    start, pending = 1, ""
    for number, line in enumerate(text.splitlines(), 1):
        start = start if pending else number
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        yield start, pending + line
        pending = ""


def documented_commands(text: str) -> list[tuple[int, str, click.Command, list[str]]]:
    """(line, path, command, the options given) for each command a line names."""
    found: list[tuple[int, str, click.Command, list[str]]] = []
    root: Found = (cli, "creatify")
    for number, line in logical_lines(text):
        for match in COMMAND_LINE.finditer(line):
            command: Found | None = None  # the one the options go to, and its group
            group = root
            for segment in match.group(1).split(" | "):
                words = segment.split()
                first = words[0] if words else ""
                if command is None:  # the first: options before the command are the root's
                    leading, words = root_options(words)
                    start = root
                elif subcommand(cli, first) is not None:  # a whole command again
                    start = root
                elif subcommand(group[0], first) is not None:  # of the same group
                    start = group
                else:  # more options of the same command
                    found.append((number, command[1], command[0], OPTION.findall(segment)))
                    continue
                command, group, words = descend(start, words)
                if start is root and leading and (command is not root or not words):
                    found.append((number, "creatify", cli, leading))  # `creatify --json x`
                    leading = []
                if isinstance(command[0], click.Group) and meant_as_command(words):
                    found.append((number, command[1], command[0], words[:1]))  # none such
                    break
                if command is root:
                    break  # no command (`creatify GROUP COMMAND`, `from creatify import`)
                found.append((number, command[1], command[0], OPTION.findall(" ".join(words))))
    return found


def test_documented_command_lines_name_only_options_the_commands_have() -> None:
    wrong, checked = [], 0
    for doc in DOCS:
        for number, path, command, given in documented_commands(doc.read_text()):
            known = options_of(command)
            checked += len(given)
            wrong += [
                f"{doc.relative_to(ROOT)}:{number}: {path}: {opt}"
                for opt in given
                if opt not in known
            ]
    assert wrong == []
    assert checked > 100  # the lines were read (about 170 options are named)


def test_the_reader_finds_a_wrong_option() -> None:
    """The reader itself: a wrong option after ` | `, of a subcommand and of the root; after
    a root option's value; a command that does not exist. Lines that are no command line
    (Python's import, a placeholder, another program's options) name nothing."""
    text = (
        "`creatify --jsn credits` and\n"
        "creatify lipsyncs create --avatar A \\\n  --txt T\n"
        "creatify lipsyncs get ID | list --mine | avatars list --mine --nope\n"
        "creatify custom-templates preview --style s (--param a=b | --params-fil F)\n"
        "creatify --base-url http://127.0.0.1:4010 --json lipsyncs list --bogus\n"
        "creatify --bas-url http://x credits\n"
        "creatify lipsync create --avatar A\n"
        "creatify lipsyncs creat --avatar A\n"
        "from creatify import Creatify; creatify GROUP COMMAND --help\n"
        "claude mcp add creatify -e CREATIFY_API_ID=x -- creatify mcp --output-dir o\n"
        "creatify --base-url=http://x --json credits\n"
    )
    named = {
        (path, opt)
        for _, path, command, given in documented_commands(text)
        for opt in given
        if opt not in options_of(command)
    }
    assert named == {
        ("creatify", "--jsn"),
        ("creatify lipsyncs create", "--txt"),
        ("creatify lipsyncs list", "--mine"),
        ("creatify avatars list", "--nope"),
        ("creatify custom-templates preview", "--style"),
        ("creatify custom-templates preview", "--params-fil"),
        ("creatify lipsyncs list", "--bogus"),
        ("creatify", "--bas-url"),
        ("creatify", "lipsync"),
        ("creatify lipsyncs", "creat"),
    }
