"""The cash shift of a till: open with a counted float, cash in and out, close with a count, the shift report."""
