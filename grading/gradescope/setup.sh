#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image: it installs a JDK 21 or newer
# (the grader compiles the learner's sources, so a JDK, not only a runtime) and git (for submissions that
# are repositories). The grader itself is already in /autograder/source/grader.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
for jdk in openjdk-21-jdk-headless openjdk-25-jdk-headless; do
  if apt-get install -y -q --no-install-recommends "$jdk" git ca-certificates; then
    break
  fi
done
bash /autograder/source/jdk >/dev/null || {
  echo "setup.sh: no JDK 21 or newer could be installed; pick a newer base image (Ubuntu 22.04 or later)" >&2
  exit 1
}
chmod +x /autograder/source/run_autograder
