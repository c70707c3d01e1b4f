"""Discord cogs: thin layers from slash-command options to answers to embeds."""
