#!/usr/bin/env bash
# Registers Dekkingsplan with the Linux desktop for the current user: menu entry, icon, and the
# .dekkingsplan file type, so that double-clicking a plan file opens it in the app.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/256x256/apps" "$data/icons/hicolor/scalable/apps"
cp "$here/nl.dekkingsplan.Dekkingsplan.desktop" "$data/applications/"
cp "$here/dekkingsplan-mime.xml" "$data/mime/packages/"
cp "$here/../icons/dekkingsplan.png" "$data/icons/hicolor/256x256/apps/dekkingsplan.png"
cp "$here/../icons/dekkingsplan.svg" "$data/icons/hicolor/scalable/apps/dekkingsplan.svg"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default nl.dekkingsplan.Dekkingsplan.desktop application/x-dekkingsplan || true
echo "Dekkingsplan is registered for $USER."
