"""interview-close: how well did the candidate close the interview? See README.md."""

__version__ = "0.1.0"
