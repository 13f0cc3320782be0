#!/bin/sh
# Builds the site from a checkout and puts it live atomically.
#
#   scripts/deploy/publish.sh /path/to/checkout /srv/zgzj
#
# The web server serves /srv/zgzj/current (a symbolic link). Each build goes
# into /srv/zgzj/releases/<time>-<commit>; only when `npm run build` succeeded
# (content checks, R1-R9, Astro, search index, certificates) is the link
# switched, with one rename, so visitors see either the old site or the new
# one, never half of each. A failed build changes nothing. The last five
# releases are kept for a quick roll-back (point `current` at an older one).
set -eu

checkout=${1:?用法：publish.sh <代码目录> <网站目录>}
site=${2:?用法：publish.sh <代码目录> <网站目录>}

cd "$checkout"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo manual)
release="$site/releases/$(date +%Y%m%d-%H%M%S)-$commit"
mkdir -p "$site/releases"

npm ci --no-audit --no-fund
if ! npm run build -- --out "$release"; then
  echo "发布已停止：构建没有通过，线上网站保持不变。" >&2
  exit 1
fi

ln -s "$release" "$site/current.new"
mv -T "$site/current.new" "$site/current"
echo "已发布：$release"

# Keep the five newest releases.
ls -1d "$site"/releases/* | sort | head -n -5 | xargs -r rm -rf
