#!/usr/bin/env bash
# Renders the app's PNG icons from static/icons/icon.svg, the one source drawing, and shrinks
# them losslessly. Run it after changing the SVG and commit the PNGs with it.
#   needs Debian's librsvg2-bin (rsvg-convert) and optipng
#
#   icon-192.png, icon-512.png   the drawing as it is (rounded corners, transparent outside)
#   icon-maskable-512.png        full-bleed square for launchers that cut their own shape; the
#                                drawing keeps within the inner 80% circle they never cut
#   apple-touch-icon.png         180 px, also full-bleed: iOS rounds it and shows transparency as black
set -euo pipefail

ICONS="$(cd "$(dirname "${BASH_SOURCE[0]}")/../frontend/src/main/resources/static/icons" && pwd)"
SVG="$ICONS/icon.svg"
BRAND_BLUE='#1f5fbf' # the drawing's background colour, also the manifest's theme_color

for tool in rsvg-convert optipng; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install librsvg2-bin optipng" >&2; exit 2; }
done

render() { # size output [background]
  local args=(--width "$1" --height "$1" --output "$ICONS/$2")
  [[ -n "${3:-}" ]] && args+=(--background-color "$3")
  rsvg-convert "${args[@]}" "$SVG"
  optipng -quiet -o7 -strip all "$ICONS/$2"
}

render 192 icon-192.png
render 512 icon-512.png
render 512 icon-maskable-512.png "$BRAND_BLUE"
render 180 apple-touch-icon.png "$BRAND_BLUE"
ls -l "$ICONS"/*.png
