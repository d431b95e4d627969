# Run by ./mvnw after Maven: prints the per-task summaries that the exercises tested in this run wrote
# (target/threadlings/summary.txt, newer than the marker made when the run began), then the next step, so that
# the last word of `./mvnw test` is where the learner stands, not Maven's generic footer. POSIX sh.
marker=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -f "$marker" ] || exit 0
summaries=$(find "$root" -path '*/target/threadlings/summary.txt' -newer "$marker" 2>/dev/null | sort)
rm -f "$marker"
[ -n "$summaries" ] || exit 0
echo
echo "================================ Threadlings ================================"
next=""
for summary in $summaries; do
  cat "$summary"
  dir=$(dirname "$summary")
  if [ -z "$next" ] && [ -s "$dir/next.txt" ]; then next=$(cat "$dir/next.txt"); fi
done
echo
if [ -n "$next" ]; then
  echo "$next"
else
  echo "Every task of the exercises tested here passes its checks."
fi
