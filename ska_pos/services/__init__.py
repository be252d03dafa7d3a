"""Use cases shared by the GUI, the command line and the tests.

Each function takes the caller's `Session` and never commits: one user action is one transaction, opened by the
caller (`with database.transaction() as session: ...`).
"""
