"""Charts of answers (/h2h and /athlete) as PNG images with alt text."""

from bot.charts.service import Chart, Charts, query_key

__all__ = ["Chart", "Charts", "query_key"]
