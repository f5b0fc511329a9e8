#!/usr/bin/env bash
# Rewrites docs/content.md: every sentence the page can show, grouped by screen and case, with
# its sources, for the clinic's physiotherapist to review. Commit the result; a native test
# fails when it is out of date.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
UPDATE_CONTENT=1 cargo test --locked --quiet --test content the_committed_content_file_is_current
echo "wrote docs/content.md"
