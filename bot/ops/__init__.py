"""What an operator runs beside the bot: logging set-up, ``invite``, ``doctor``, host checks."""
