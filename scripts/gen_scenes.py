"""Write `overlay/creatify/scenes.py`, the typed scenes of an AI Avatar v2 video, from the
scene schemas of `openapi/creatify.yaml` (`VideoInput` and the objects in it).

    python scripts/gen_scenes.py    # make regenerate; make drift sees a stale module

Each type is a frozen dataclass of its schema's fields, named as the API names them and
documented by the spec's descriptions and rules (the words of the options' `TypedDict`s),
so a field added to a scene schema reaches the types with no hand edit. `SCENE_TYPES`
holds only what the spec cannot say: each type's name, which of its schema's fields it
takes (a voice is one of two types, by the `type` it sends), which come first as
positional arguments, and a default the SDK gives. Their JSON form is `_scene_parts.py`.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, NamedTuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "creatify.yaml"
OUT = ROOT / "overlay" / "creatify" / "scenes.py"
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "generated")]

from gen_options import Generator


class SceneType(NamedTuple):
    name: str
    schema: str
    positional: tuple[str, ...]
    optional: tuple[str, ...] | None = None
    """The other fields it takes, in order; None: every other field of the schema."""
    sends: str | None = None
    """The `type` it sends (its schema's `type` field is then not one of its fields)."""
    defaults: tuple[tuple[str, str], ...] = ()
    """(field, default) of a field the SDK gives a default."""


SCENE_TYPES = (
    SceneType("Scene", "VideoInput", ("character", "voice")),
    SceneType("Avatar", "V2Character", ("avatar_id",), sends="avatar"),
    SceneType("TextVoice", "V2Voice", ("input_text",), ("voice_id", "volume", "duration"), "text"),
    SceneType("AudioVoice", "V2Voice", ("input_audio",), ("volume",), "audio"),
    SceneType("Background", "V2Background", ("url",), defaults=(("type", "image"),)),
    SceneType("Caption", "CaptionSetting", ()),
    SceneType("Transition", "TransitionEffect", ()),
    SceneType("Music", "BackgroundMusic", ("url",)),
)

HEADER = "# Generated from openapi/creatify.yaml by scripts/gen_scenes.py: do not edit."
DOC = '''"""Scenes of an AI Avatar v2 video, in a readable typed form.

    from creatify import Avatar, Background, Scene, TextVoice

    office = Background("https://example.com/office.jpg")
    video = client.lipsyncs_v2.create_and_wait(
        video_inputs=[
            Scene(Avatar(anna), TextVoice("Hi, I'm Anna.", voice_id=aria), background=office),
            Scene(Avatar(ben, avatar_style="circle"), TextVoice("And I'm Ben.", voice_id=ryan)),
            Scene(Avatar(anna), TextVoice("Let's start.", voice_id=aria), background=office),
        ],
        aspect_ratio="16x9",
    )

Every type names its fields as the API does, so an error about `video_inputs[1].voice.input_text`
points at `TextVoice.input_text` of the second scene. A plain dict with the API's field names
is accepted wherever one of these types is (a whole scene, or one part of it). `voice_id` is a
voice *accent* id: `client.voices.find_accent(voice="Aria", accent="American").id`.
Nothing is checked here: `client.lipsyncs_v2` checks every field before sending.
"""'''
IMPORTS = """from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._scene_parts import OffsetLike as OffsetLike
from ._scene_parts import Part
from ._scene_parts import wire as wire"""


def annotation(spec: Generator, name: str, node: dict[str, Any]) -> str:
    """A field's type: a scene schema's as its types (or a dict), an offset as `(x, y)` too."""
    ref, schema = spec.resolve(node)
    if ref == "Offset":
        return "OffsetLike"
    own = [t.name for t in SCENE_TYPES if t.schema == ref]
    if own or (schema.get("type", "object") == "object" and "enum" not in schema):
        return " | ".join([*own, "Mapping[str, Any]"])
    if schema.get("type") == "string":
        # An id is taken as a UUID too (the checks write it as text).
        return "str | uuid.UUID" if name.endswith("_id") else "str"
    return {"integer": "int", "number": "float", "boolean": "bool"}[schema["type"]]


def where(spec: Generator, schema: str) -> str:
    """The field of a request body that holds `schema` (`character`), for the type's doc."""
    for owner in spec.schemas.values():
        for prop, node in spec.properties(owner)[0].items():
            if schema in (spec.resolve(node)[0], spec.resolve(node.get("items", {}))[0]):
                return prop
    raise SystemExit(f"{schema}: no request body holds it")


def docstring(text: str) -> str:
    """`text` as an indented docstring, wrapped to the line length."""
    text = " ".join(text.split())
    if len(text) <= 90:
        return f'    """{text}"""'
    wrapped = textwrap.fill(text, 92, initial_indent="    ", subsequent_indent="    ")
    return "\n".join(['    """', wrapped, '    """'])


def scene_class(spec: Generator, scene: SceneType) -> str:
    props = spec.properties(spec.schemas[scene.schema])[0]
    rest = [p for p in props if p not in scene.positional and not (scene.sends and p == "type")]
    said = " ".join(str(spec.schemas[scene.schema].get("description", "")).split())
    said = said[:1].lower() + said[1:] or "every field is optional."
    doc = f"`{where(spec, scene.schema)}`: {said}"
    if scene.sends:
        doc += f" Sends `type` `{scene.sends}`: {props['type'].get('description', '')}"
    lines = ["@dataclass(frozen=True)", f"class {scene.name}(Part):", docstring(doc), ""]
    for name in (*scene.positional, *(rest if scene.optional is None else scene.optional)):
        typed = annotation(spec, name, props[name])
        if name in scene.positional:
            lines.append(f"    {name}: {typed}")
        elif name in dict(scene.defaults):
            lines.append(f"    {name}: {typed} = {dict(scene.defaults)[name]!r}")
        else:
            lines.append(f"    {name}: {typed} | None = None")
        if spec.words(props[name]):
            lines.append(docstring(spec.words(props[name])))
    if scene.sends:
        lines.append(f"    _type = {scene.sends!r}")
    return "\n".join(lines)


def source() -> str:
    spec = Generator(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    classes = [scene_class(spec, scene) for scene in SCENE_TYPES]
    return "\n\n\n".join([f"{HEADER}\n\n{DOC}", IMPORTS, *classes]) + "\n"


def main() -> int:
    OUT.write_text(source(), encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    subprocess.run([str(ruff), "format", "--quiet", str(OUT)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
