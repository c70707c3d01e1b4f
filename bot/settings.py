"""Operator settings, read from the environment and a ``.env`` file only when asked for."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.db.url import database_url, default_data_dir, engine_url
from bot.facts.cache import default_cache_dir
from bot.settings_files import REPO_KNOWLEDGE, default_knowledge_dir, env_files


class Settings(BaseSettings):
    """Everything an operator can set; nothing here is read at import time."""

    model_config = SettingsConfigDict(
        # load_settings() names the files at call time (bot.settings_files.env_files)
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        env_ignore_empty=True,
    )

    discord_token: SecretStr | None = Field(default=None, description="Bot token")
    dev_guild_id: int | None = Field(default=None, description="Guild for instant command sync")
    application_id: int | None = Field(
        default=None, description="The application's id, for invite links (default: the token's)"
    )
    knowledge_dir: Path = Field(
        default_factory=default_knowledge_dir, description="Folder of knowledge/*.yaml"
    )
    log_format: Literal["auto", "text", "json"] = Field(
        default="auto", description="auto: colours on a terminal, else plain text; or json"
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = Field(
        default="INFO", description="DEBUG, INFO, WARNING or ERROR"
    )
    issues_url: str = Field(
        default="https://github.com/rivalry-bot/rivalry-bot/issues",
        description="Where users report a wrong fact",
    )
    cache_dir: Path | None = Field(
        default_factory=default_cache_dir,
        description="Where the validated store is cached as JSON for fast restarts",
    )
    command_rate: int = Field(default=5, ge=1, description="Commands a user may run per window")
    command_per: float = Field(default=10.0, gt=0, description="Cooldown window in seconds")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy async URL; default: an SQLite file in DATA_DIR",
    )
    data_dir: Path = Field(
        default_factory=default_data_dir, description="Where the default SQLite database lives"
    )
    follow_limit: int = Field(default=25, ge=1, le=1000, description="Follows per server")
    reminder_limit: int = Field(default=10, ge=1, le=1000, description="Reminders per user")
    report_limit: int = Field(default=5, ge=1, le=1000, description="Reports per user per day")
    reports_channel_id: int | None = Field(
        default=None, description="A staff channel where each new report is posted"
    )
    shard_count: int | None = Field(
        default=None, ge=1, description="Shards in all; unset: as many as Discord recommends"
    )
    # NoDecode: the environment gives "0,1" (or "[0, 1]"), parsed by the validator below
    shard_ids: Annotated[list[int] | None, NoDecode] = Field(
        default=None, description="The shards this process runs; unset: all of them"
    )

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        try:
            return [int(part) for part in value.strip("[] ").split(",") if part.strip()]
        except ValueError:
            raise ValueError("must be shard numbers separated by commas, e.g. 0,1") from None

    @field_validator("shard_ids", mode="after")
    @classmethod
    def _ids_within_count(cls, ids: list[int] | None, info: ValidationInfo) -> list[int] | None:
        if ids is None:
            return ids
        count = info.data.get("shard_count")
        if count is None:
            raise ValueError("needs SHARD_COUNT too (the total number of shards)")
        if not ids or len(set(ids)) != len(ids):
            raise ValueError("must list distinct shard numbers, e.g. 0,1")
        if any(not 0 <= shard < count for shard in ids):
            raise ValueError(f"must lie between 0 and {count - 1} (SHARD_COUNT is {count})")
        return ids

    @field_validator("database_url", mode="after")
    @classmethod
    def _usable_url(cls, url: str | None) -> str | None:
        """Hosts' forms (``postgres://``, ``?sslmode=``) in the engine's; others refused."""
        return engine_url(url.strip()) if url and url.strip() else None

    @field_validator("log_format", mode="before")
    @classmethod
    def _format_any_case(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @property
    def database(self) -> str:
        """The database URL in use (``DATABASE_URL``, else ``DATA_DIR/rivalry.sqlite3``)."""
        return database_url(self.database_url, self.data_dir)

    @field_validator("log_level", mode="before")
    @classmethod
    def _any_case(cls, value: Any) -> Any:
        """``debug`` means ``DEBUG``, as it did when the level went to ``logging`` as typed."""
        return value.strip().upper() if isinstance(value, str) else value


def load_settings(**overrides: object) -> Settings:
    """Read settings now (environment, then the ``.env`` files), with explicit overrides on top."""
    return Settings(_env_file=env_files(), **overrides)  # type: ignore[arg-type,call-arg]


__all__ = ["REPO_KNOWLEDGE", "Settings", "load_settings"]
