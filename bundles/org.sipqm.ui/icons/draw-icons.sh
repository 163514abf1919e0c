#!/usr/bin/env bash
# Draws the PNG icons of this folder with ImageMagick 6 (Debian package imagemagick). Each icon is
# drawn at 256 px and scaled down, which smooths its edges. Run it from any folder after changing a
# drawing; the PNG files are committed, so the build does not need ImageMagick.
set -euo pipefail
cd "$(dirname "$0")"

navy='#1F3B5A'
gold='#E8B030'

# Product and window icon: a tick on a navy rounded square, with a gold bar along the bottom.
convert -size 256x256 xc:none \
	-fill "$navy" -draw 'roundrectangle 8,8 247,247 44,44' \
	-fill "$gold" -draw 'rectangle 8,200 247,220' \
	-stroke white -strokewidth 30 -fill none -draw 'stroke-linecap round stroke-linejoin round polyline 62,112 108,158 194,64' \
	sipqm-256.png
for size in 16 32 48 64; do
	convert sipqm-256.png -resize "${size}x${size}" "sipqm-$size.png"
done
rm sipqm-256.png

# Group nodes of the navigator: a folder, and a calendar page for academic years and terms.
convert -size 256x256 xc:none \
	-fill '#C8962A' -draw 'roundrectangle 16,40 120,96 16,16' \
	-fill '#E8B84A' -stroke '#A87A1A' -strokewidth 10 -draw 'roundrectangle 16,72 240,224 16,16' \
	-resize 16x16 folder.png
convert -size 256x256 xc:none \
	-fill white -stroke '#5A6B7D' -strokewidth 12 -draw 'roundrectangle 24,32 232,232 20,20' \
	-fill '#C0392B' -stroke none -draw 'rectangle 30,38 226,96' \
	-fill '#5A6B7D' -draw 'rectangle 60,130 100,164 rectangle 116,130 156,164 rectangle 172,130 212,164 rectangle 60,184 100,218 rectangle 116,184 156,218' \
	-resize 16x16 calendar.png

# Part icons: the navigator (a small tree) and the framework browser (an open book).
convert -size 256x256 xc:none \
	-stroke '#5A6B7D' -strokewidth 16 -draw 'line 56,64 56,200 line 56,128 120,128 line 56,200 120,200' \
	-fill "$navy" -stroke none -draw 'rectangle 24,24 100,88 rectangle 120,100 232,156 rectangle 120,172 232,228' \
	-resize 16x16 navigator.png
convert -size 256x256 xc:none \
	-fill white -stroke "$navy" -strokewidth 14 -draw 'polygon 128,64 24,32 24,212 128,240' -draw 'polygon 128,64 232,32 232,212 128,240' \
	-stroke '#5A6B7D' -strokewidth 10 -draw 'line 52,92 104,108 line 52,132 104,148 line 152,108 204,92 line 152,148 204,132' \
	-resize 16x16 framework.png
