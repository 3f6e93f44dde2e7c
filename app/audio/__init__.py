"""Audio inside the encrypted project: chunk format, recording writer, reader, import,
deletion, playback stream and optional speech-to-text. No Qt here.

The format is described in ``docs/audio-format.md``. Plaintext audio exists only in memory:
PCM is compressed (Ogg/Opus, in memory) and sealed (AES-256-GCM) before anything is written.
"""
