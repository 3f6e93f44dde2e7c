"""Qt side of audio: capture into memory, playback from memory, level meter."""
