#!/bin/sh
# Records what real PyTorch prints for each lesson's pytorch.py, as <lesson>.pytorch.txt next to this script:
# a first line with the program's sha256, then its stdout.
# lessons.test.ts checks every PyTorch-pane check of every lesson against these recordings, so a check that real
# PyTorch could not pass fails in Vitest. Re-run after changing a pytorch.py:
#   src/lessons/oracle/record.sh                             every lesson
#   src/lessons/oracle/record.sh 06-binary-classification    only the lessons named
# Needs Debian's python3-torch, python3-numpy, python3-matplotlib and python3-sklearn (lesson 9).
set -eu
cd "$(dirname "$0")/.."
# Only the lessons named, when some are (every program is deterministic, so re-recording the rest changes nothing).
[ "$#" -gt 0 ] || set -- [0-9][0-9]-*/
for dir in "$@"; do
  lesson=${dir%/}
  [ -d "$lesson" ] || { echo "no lesson folder $lesson" >&2; exit 1; }
  [ -f "$lesson/lesson.json" ] && [ -f "$lesson/pytorch.py" ] || continue
  {
    # The first line names the program recorded, so the test can tell a stale recording.
    echo "# pytorch.py sha256 $(sha256sum < "$lesson/pytorch.py" | cut -d ' ' -f 1)"
    (cd "$lesson" && MPLBACKEND=Agg /usr/bin/python3 pytorch.py)
  } > "oracle/$lesson.pytorch.txt"
  echo "recorded oracle/$lesson.pytorch.txt"
done
