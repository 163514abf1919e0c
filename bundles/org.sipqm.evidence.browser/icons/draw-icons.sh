#!/usr/bin/env bash
# Draws the PNG icons of this folder with ImageMagick 6 (Debian package imagemagick), at 256 px
# scaled down to 16 px, as the icons of org.sipqm.ui are drawn. The PNG files are committed, so
# the build does not need ImageMagick.
set -euo pipefail
cd "$(dirname "$0")"

# The view: a document with lines of text under a magnifying glass.
convert -size 256x256 xc:none \
	-fill white -stroke '#5A6B7D' -strokewidth 14 -draw 'roundrectangle 28,16 180,232 14,14' \
	-stroke '#5A6B7D' -strokewidth 12 -draw 'line 58,64 150,64 line 58,104 150,104 line 58,144 110,144' \
	-fill '#E8B030' -stroke '#1F3B5A' -strokewidth 20 -draw 'circle 158,158 158,210' \
	-stroke '#1F3B5A' -strokewidth 30 -draw 'stroke-linecap round line 196,196 236,236' \
	-resize 16x16 -depth 8 PNG32:evidence.png

# Restricted evidence: a padlock.
convert -size 256x256 xc:none \
	-fill none -stroke '#7A1F1F' -strokewidth 30 -draw 'roundrectangle 70,20 186,150 58,58' \
	-fill '#C0392B' -stroke '#7A1F1F' -strokewidth 12 -draw 'roundrectangle 36,104 220,240 18,18' \
	-fill white -stroke none -draw 'circle 128,160 128,182 rectangle 118,166 138,212' \
	-resize 16x16 -depth 8 PNG32:restricted.png
