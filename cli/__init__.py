"""The command line: a front end beside ui/, over app/ and sync/ (`rapport COMMAND --help`)."""
