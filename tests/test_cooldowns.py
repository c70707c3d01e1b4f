"""The per-user cooldown state stays bounded however many users come and go."""

from __future__ import annotations

from bot.cooldowns import UserCooldowns
from bot.settings import Settings

START = 1_800_000_000.0  # an instant as Discord's ids give it (epoch seconds)


def cooldowns(rate: int = 2, per: float = 10.0) -> UserCooldowns:
    return UserCooldowns(Settings(command_rate=rate, command_per=per))


def test_the_rate_is_per_user_and_says_when_to_retry() -> None:
    state = cooldowns(rate=2, per=10.0)
    assert state.take(1, START)[1] is None
    assert state.take(1, START + 1)[1] is None
    assert state.take(1, START + 2)[1] == 8.0  # the window began at START
    assert state.take(2, START + 2)[1] is None  # another user is not held up
    assert state.take(1, START + 10.5)[1] is None  # the window has passed


def test_ten_thousand_users_leave_one_bucket_once_their_window_has_passed() -> None:
    state = cooldowns(rate=5, per=10.0)
    for user in range(10_000):
        assert state.take(user, START + user / 1000)[1] is None
    assert len(state) == 10_000  # all within their window: each still counts
    state.take(424242, START + 25.0)  # one use after every window has passed
    assert len(state) == 1


def test_a_steady_stream_of_new_users_keeps_at_most_two_windows_of_them() -> None:
    state = cooldowns(rate=5, per=10.0)
    largest = 0
    for user in range(10_000):  # a new user every 0.1 s: 100 per window, 1,000 s in all
        state.take(user, START + user / 10)
        largest = max(largest, len(state))
    assert largest <= 2 * 100 + 1


def test_a_user_still_held_up_is_not_forgotten_by_a_sweep() -> None:
    state = cooldowns(rate=1, per=10.0)
    state.take(7, START)
    state.take(8, START + 9.0)  # 8's window runs to START + 19
    state.take(9, START + 12.0)  # a sweep: 7 goes, 8 stays
    assert state.take(8, START + 15.0)[1] == 4.0
