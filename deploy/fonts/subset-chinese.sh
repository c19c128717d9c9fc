#!/usr/bin/env bash
# Makes src/main/resources/fonts/NotoSansSC_400Regular.subset.ttf: Noto Sans SC (OFL) cut down to
# GB2312 (6,763 common Simplified Chinese characters), Latin letters and punctuation, and every character the zh texts
# use, so the WAR carries 2.4 MB instead of 10.6 MB. Run again when zh texts gain rare characters
# (the brochure tests fail on any glyph missing from every font).
# Needs Debian's python3-fonttools and npm.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null && tar xzf ./*.tgz)
python3 - "$work/chars.txt" <<'PY'
import sys, glob
chars = set(chr(c) for c in range(0x20, 0x7F))
# Latin-1, Latin Extended-A/B and punctuation: Norwegian names (ø, å, æ) inside Chinese text
chars.update(chr(c) for c in list(range(0xA0, 0x250)) + list(range(0x2000, 0x2070)) + list(range(0x3000, 0x3040)) + list(range(0xFF00, 0xFFF0)))
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
for f in glob.glob('content/**/zh.*', recursive=True) + glob.glob('i18n/zh.properties'):
    chars.update(open(f, encoding='utf-8').read())
chars.update(open('content/contacts.yaml', encoding='utf-8').read())
chars.discard('\n')
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(chars)))
PY
python3 -m fontTools.subset "$work/package/400Regular/NotoSansSC_400Regular.ttf" --text-file="$work/chars.txt" \
  --layout-features='*' --notdef-outline --name-IDs='*' \
  --output-file=src/main/resources/fonts/NotoSansSC_400Regular.subset.ttf
ls -l src/main/resources/fonts/NotoSansSC_400Regular.subset.ttf
