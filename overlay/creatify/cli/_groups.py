# Generated from openapi/creatify.yaml and overlay/creatify/_jobs.py by scripts/gen_cli_groups.py: do not edit.
"""Each job kind's command, its module and its line in `creatify --help` (the spec's tag),
as `main.TABLE` lists the other commands."""

# ruff: noqa: E501

GROUPS = """
ads-clone             areas     Ad Clone: a new ad modelled on a reference ad video, for your product link.
ai-editing            areas     AI Editing: an uploaded video edited in a chosen style.
ai-scripts            areas     Ad scripts written for a product link.
ai-shorts             areas     AI Shorts: short videos from a script (deprecated by the vendor).
asset-generator       areas     Asset generator: images, videos and audio from generative models.
aurora                areas     Aurora videos of a photo speaking or singing an audio clip.
avatars               areas     Stock and custom avatars (personas), and custom-avatar uploads.
custom-template-jobs  areas     Videos from your own custom templates.
dyoa                  areas     Design Your Own Avatar: an avatar described in words.
iab-images            areas     Image ads in the standard IAB banner sizes from one image.
inspiration-jobs      areas     AI ad templates ("inspirations") and the jobs made from them.
link-to-videos        areas     URL to video: videos (and previews of them) made from a product link.
lipsyncs              areas     AI Avatar v1 videos of a persona speaking a text or an audio file.
lipsyncs-v2           areas     AI Avatar v2 videos of one or more scenes, each with an avatar, a voice and a background.
product-to-videos     areas     Product to video: a product image to a preview image, then to a video.
text-generator        areas     Text from a Gemini model, as a job or streamed as server-sent events.
tts                   areas     Text-to-speech: speech audio from a script and a voice accent.
"""
