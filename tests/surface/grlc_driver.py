"""Run grlc itself (its Flask app, in this process) over a folder of queries: one JSON line of
calls in on stdin, one JSON answer per call out. Run with the folder holding grlc's config.ini
as the working directory (grlc reads it from there at import)."""

from __future__ import annotations

import json
import sys


def main() -> None:
    from grlc.server import app  # reads ./config.ini: local_sparql_dir, sparql_endpoint

    client = app.test_client()
    calls = json.loads(sys.stdin.readline())
    answers = []
    for name, params in calls:
        response = client.get(f"/api-local/{name}", query_string=params, headers={"Accept": "text/csv"})
        answers.append({"status": response.status_code, "body": response.get_data(as_text=True)})
    spec = client.get("/api-local/swagger").get_json()
    print(json.dumps({"answers": answers, "swagger": spec}))


if __name__ == "__main__":
    main()
