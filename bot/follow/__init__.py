"""Following meets and athletes: planning reminders, the timer, and the database store."""
