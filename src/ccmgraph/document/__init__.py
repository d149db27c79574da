"""Reading: a source file (text, PDF, HTML) becomes a `Document` of lines, with its hash."""
