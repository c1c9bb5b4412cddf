#!/usr/bin/env bash
# What a browser with an empty cache downloads for one page: the page, every script and style sheet
# it names, and what those style sheets load (fonts in their woff2 form, images) — as sent without
# compression and with gzip. HTTP headers are not counted. Then what a second visit costs, and the
# Cache-Control of each resource.
#   usage: ear/src/bench/page-weight.sh [base-url] [page]
set -euo pipefail
base=${1:-http://localhost:8080}
page=${2:-/item.xhtml?code=JZ-0001}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

curl -sf -o "$tmp/page.html" "$base$page"
grep -o '\(src\|href\)="/jakarta.faces.resource/[^"]*"' "$tmp/page.html" \
  | sed 's/^[a-z]*="//; s/"$//; s/&amp;/\&/g' | sort -u > "$tmp/urls"
# what the style sheets load; the browser takes the first font format it supports (woff2)
for css in $(grep '\.css' "$tmp/urls"); do
  curl -sf "$base$css" | { grep -o 'url([^)]*)' || true; } | sed "s/^url(//; s/)$//; s/[\"']//g" \
    | { grep -v '^data:' || true; } | { grep -v -E '\.(eot|ttf|woff)([?#]|$)|\.svg[?#]' || true; } \
    | while read -r ref; do
        case "$ref" in
          /*) echo "$ref" ;;
          *) echo "$(dirname "${css%%\?*}")/$ref" ;;
        esac
      done
done | sort -u >> "$tmp/urls"
sort -u -o "$tmp/urls" "$tmp/urls"

total() {
  local sum=0 count=0 bytes
  for url in "$page" $(cat "$tmp/urls"); do
    bytes=$(curl -s -o /dev/null -w '%{size_download}' "$@" "$base$url")
    sum=$((sum + bytes)); count=$((count + 1))
  done
  echo "$count requests, $sum bytes"
}
echo "cold, uncompressed: $(total)"
echo "cold, gzip:         $(total --compressed)"
echo "second visit (resources cached): $(curl -s -o /dev/null -w '%{size_download}' --compressed "$base$page") bytes, 1 request"
echo "Cache-Control of the resources:"
for url in $(cat "$tmp/urls"); do
  curl -s -o /dev/null -D - "$base$url" | tr -d '\r' | grep -i '^cache-control:' | sed 's/^/  /'
done | sort | uniq -c
