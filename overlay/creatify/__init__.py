"""The Creatify Python SDK: custom avatars and avatar videos, with waiting, uploads,
retries and typed errors on top of the generated client `creatify_api`.

    from creatify import Creatify

    client = Creatify()
    request = client.avatars.create_from_files(
        lipsync_input="james.mp4", consent_video="consent.mp4",
        creator_name="James", gender="m", video_scene="office")
    avatar = client.avatars.wait(request.id)
    video = client.lipsyncs.create_and_wait(text="Hello", creator=avatar.id, aspect_ratio="9:16")
    client.lipsyncs.download(video, "hello.mp4")

AI Avatar v2 (`client.lipsyncs_v2`, scenes from `creatify.scenes`), text-to-speech
(`client.text_to_speech`) and Aurora (`client.aurora`) work the same way.
"""

from __future__ import annotations

import importlib as _importlib

from ._generated_names import ERRORS, JOB_ERRORS, JOB_MODELS, OPTIONS
from ._version import SDK_VERSION as __version__

# Every public name, by the module it comes from: the one list of them. `import creatify`
# imports none of them (not httpx, the client or the generated models: they took 465 ms,
# issue 28); a name is imported when first looked up (PEP 562 `__getattr__` below), then
# kept in this module. Type checkers and IDEs read `__init__.pyi`, which
# `scripts/gen_init_stub.py` writes from this table (`make regenerate`); it also lists the
# names that follow from the job kinds (`_generated_names.py`): each kind's model and
# exceptions, and every options `TypedDict`; and every class of `_exceptions.py`.
_EXPORTS: dict[str, str] = {
    "creatify_api.models": JOB_MODELS
    + """
        Accent AspectRatio AssetGeneratorModel AuroraModelVersion CaptionSetting CustomTemplate
        CustomTemplateListItem DyoaStatus EditingStyle Gender Inspiration JobStatus Link
        LinkToVideoPreview LipsyncStatus ModelVersion MusicCategory PaginatedLinkList
        PaginatedPersonaList PaginatedTextToSpeechList PersonaCount PersonaCreateResponse
        PersonaV2 ProcessStatus ProductToVideoStatus RemainingCredits Voice
    """,
    "._client": "AsyncCreatify Creatify",
    "._exceptions": ERRORS,
    "._job_errors": JOB_ERRORS,
    "._polling": "JobUpdate",
    "._raw": "RawResponse",
    "._options": OPTIONS,
    ".scenes": "AudioVoice Avatar Background Caption Music Scene TextVoice Transition",
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names.split()}
# Public submodules, which `import creatify` used to import itself.
_SUBMODULES = frozenset({"scenes", "webhooks"})
__all__ = [*sorted(_MODULE_OF), "__version__", "webhooks"]  # sorted: "_" comes after "Z"


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return _importlib.import_module(f".{name}", __name__)
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
