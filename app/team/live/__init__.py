"""Live co-listening over the local network: pairing by a spoken code, an encrypted channel,
the co-listener's encrypted outbox, discovery. No Qt; networking runs on its own thread.

Protocol: ``docs/colisten-protocol.md``.
"""
