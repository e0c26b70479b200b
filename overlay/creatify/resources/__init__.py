"""The client's namespaces: avatars, lipsyncs, voices, credits (sync and async twins)."""
