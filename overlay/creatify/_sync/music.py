# Generated from overlay/creatify/_async/music.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_plain.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.music`, from the declaration `MUSIC`."""

from __future__ import annotations

import builtins

from creatify_api import models
from creatify_api.api.music import music_categories_list, musics_list

from .._timeouts import TimeoutArg
from .api_call import Resource


class Music(Resource):
    """Background music for the video products (`background_music_url`).

    Only third-party clients show these two paths and their answers; the vendor's pages
    do not document them, so the fields may differ (only `id` is sure to be there).
    """

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.Music]:
        """List background-music tracks. Free."""
        return self._request(musics_list, list, timeout)

    def categories(self, *, timeout: TimeoutArg = None) -> builtins.list[models.MusicCategory]:
        """List background-music categories. Free."""
        return self._request(music_categories_list, list, timeout)
