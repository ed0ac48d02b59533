"""The visit as plain Python values: no database, no Qt, no file format."""
