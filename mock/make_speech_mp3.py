"""Write creatify/testing/media/speech.mp3: one second of silence as MPEG-1 Layer III frames.

The mock serves it as the output of audio jobs (text to speech). Built by hand so that no
audio tool is needed: each frame is a 4-byte header (sync, MPEG-1, Layer III, no CRC,
64 kbit/s, 44.1 kHz, mono), 17 bytes of zero side information (no main data: silence)
and zero padding to the frame length. Any MP3 decoder plays it; `file` says "MPEG ADTS,
layer III". Run again only to change it: `python mock/make_speech_mp3.py`.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "overlay/creatify/testing/media/speech.mp3"
BITRATE = 64_000
SAMPLE_RATE = 44_100
HEADER = bytes([0xFF, 0xFB, 0x50, 0xC0])  # 64 kbit/s, 44.1 kHz, no padding, mono
FRAME_BYTES = 144 * BITRATE // SAMPLE_RATE  # 208
FRAMES = 39  # 1152 samples a frame: one second


def frame() -> bytes:
    return HEADER + bytes(FRAME_BYTES - len(HEADER))


def main() -> None:
    OUT.write_bytes(frame() * FRAMES)
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
