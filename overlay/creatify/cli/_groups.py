# Generated from openapi/creatify.yaml and overlay/creatify/_jobs.py by scripts/gen_cli_groups.py: do not edit.
"""Each job kind's command, its module and its line in `creatify --help` (the spec's tag),
as `main.OTHERS` lists the other commands."""

# ruff: noqa: E501

GROUPS = """
ads-clone             areas     Ad Clone: an ad modelled on a reference ad video.
ai-editing            areas     AI Editing: your video, edited in a chosen style.
ai-scripts            areas     Ad scripts written for a product link.
ai-shorts             areas     AI Shorts: a script to a short video.
asset-generator       areas     Images, videos and audio from generative models.
aurora                areas     Aurora: the person in a photo speaks or sings audio.
avatars               areas     Stock and custom avatars (personas), and uploads.
custom-template-jobs  areas     Videos from your own custom templates.
dyoa                  areas     Design Your Own Avatar: an avatar from words.
iab-images            areas     Image ads in the IAB banner sizes from one image.
inspiration-jobs      areas     AI ad templates (inspirations) and their jobs.
link-to-videos        areas     URL to video: videos from a product link.
lipsyncs              areas     AI Avatar v1: an avatar speaks a text or audio file.
lipsyncs-v2           areas     AI Avatar v2: videos of avatars in scenes.
product-to-videos     areas     Product to video: a product image, then a video.
text-generator        areas     Text from a Gemini model, as a job or a stream.
tts                   areas     Text-to-speech: a script read in a voice accent.
"""
