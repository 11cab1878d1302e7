#!/bin/sh
# Installs what the browser-side tests (tests/browser/) need, on Debian 12:
#   - chromium             (Debian package, /usr/bin/chromium; driven by playwright-core)
#   - default-jre-headless (Java for the Nu HTML Checker, vnu.jar)
#   - the npm devDependencies pinned in tests/browser/package-lock.json
#
# Idempotent and quick when everything is already there: apt is only touched
# for packages that are missing, and npm only runs when node_modules is out of
# date with respect to the lockfile.
#
# Usage (as root, or with sudo available):  scripts/install-test-tools.sh
# Environment:
#   CXO_SKIP_APT=1   do not touch apt (e.g. no root; tools already installed)
#   CXO_FORCE_NPM=1  always run npm ci even if node_modules looks current
set -eu

repo_root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
browser_dir="$repo_root/tests/browser"

say() { printf 'install-test-tools: %s\n' "$*"; }
die() { printf 'install-test-tools: error: %s\n' "$*" >&2; exit 1; }

# --- Debian packages ---------------------------------------------------------
pkg_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = installed ]
}

if [ "${CXO_SKIP_APT:-0}" != 1 ]; then
    missing=""
    for pkg in chromium default-jre-headless; do
        pkg_installed "$pkg" || missing="$missing $pkg"
    done
    # An already present Java 11+ (e.g. openjdk-17-jre-headless without the
    # default-jre-headless metapackage) is good enough for vnu.jar.
    case "$missing" in
        *default-jre-headless*)
            if command -v java >/dev/null 2>&1 &&
               java -version 2>&1 | grep -Eq 'version "(1[1-9]|[2-9][0-9])'; then
                missing=$(printf '%s\n' $missing | grep -vx default-jre-headless | tr '\n' ' ' || true)
            fi
            ;;
    esac
    missing=$(echo $missing)   # trim
    if [ -n "$missing" ]; then
        command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install manually: $missing"
        sudo=""
        if [ "$(id -u)" != 0 ]; then
            command -v sudo >/dev/null 2>&1 || die "need root to install: $missing"
            sudo="sudo"
        fi
        say "apt-get install $missing"
        export DEBIAN_FRONTEND=noninteractive
        # Refresh the package lists only when they are absent (fresh image);
        # retry once with a refresh if the install fails on stale lists.
        if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e '^lock$' -e '^partial$' || true)" ]; then
            $sudo apt-get update -qq
        fi
        # shellcheck disable=SC2086
        if ! $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
            $sudo apt-get update -qq
            # shellcheck disable=SC2086
            $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
        fi
    fi
fi

[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after install (apt-get install chromium)"
command -v java >/dev/null 2>&1 || die "java missing after install (apt-get install default-jre-headless)"

# --- npm packages --------------------------------------------------------------
command -v npm >/dev/null 2>&1 || die "npm not found (Node.js >= 20 with npm is required)"
cd "$browser_dir"

# npm writes node_modules/.package-lock.json on every successful install; if it
# is newer than the lockfile and package.json, and every pinned package is
# present, there is nothing to do.
npm_current() {
    [ "${CXO_FORCE_NPM:-0}" != 1 ] || return 1
    [ -f node_modules/.package-lock.json ] || return 1
    [ node_modules/.package-lock.json -nt package.json ] || return 1
    if [ -f package-lock.json ]; then
        [ node_modules/.package-lock.json -nt package-lock.json ] || return 1
    fi
    for m in playwright-core/package.json axe-core/axe.min.js vnu-jar/build/dist/vnu.jar; do
        [ -f "node_modules/$m" ] || return 1
    done
}

if npm_current; then
    :
elif [ -f package-lock.json ]; then
    say "npm ci in tests/browser"
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
else
    say "npm install in tests/browser (no package-lock.json)"
    npm install --ignore-scripts --no-audit --no-fund --loglevel=error
fi

say "ok (chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n1 || echo '?'); java: $(java -version 2>&1 | head -n1))"
