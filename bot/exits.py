"""The exit codes of ``python -m bot`` and every subcommand, declared once."""

EXIT_OK = 0
EXIT_FAILED = 1  # the command ran and did not succeed (a check failed, a change was refused)
EXIT_USAGE = 2  # the command line itself is wrong (argparse's own code)
