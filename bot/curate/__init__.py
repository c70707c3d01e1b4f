"""Curation from the command line: ``python -m bot add source|results|quote|correction``.

Every record written cites its source and carries its evidence (the exact words that prove
it); a change is checked as a whole store before any file is replaced, and printed as a diff.
"""
