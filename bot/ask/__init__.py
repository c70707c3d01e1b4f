"""Questions in plain words: read a sentence as one of the commands, run it, say how it was read."""
