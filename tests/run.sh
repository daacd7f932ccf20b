#!/usr/bin/env bash
# Runs every test in the solution on a fresh clone. Installs what the tests need when it is missing:
# Debian's Chromium (for the Playwright browser tests), LibreOffice Writer and poppler (the Word document of the
# verbeteragenda is rendered to PDF and read back), PostgreSQL and Redis (the two-node test and the provider tests
# start their own instances on loopback; the Debian packages' own services are not used), Node.js/npm, the npm
# packages (front-end assets and MailDev, the SMTP server the integration tests start) and the .NET local tools.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is needed (dotnet on PATH)." >&2; exit 1; }

echo "==> npm packages"
npm ci --no-audit --no-fund --loglevel=error
(cd tests && npm ci --no-audit --no-fund --loglevel=error)

echo "==> .NET tools and packages"
dotnet tool restore >/dev/null
dotnet restore Glansrijk.Scan.sln

echo "==> Build"
dotnet build Glansrijk.Scan.sln --no-restore -warnaserror -nologo -clp:ErrorsOnly

echo "==> Tests"
log=$(mktemp)
set +e
dotnet test Glansrijk.Scan.sln --no-build --nologo --logger "console;verbosity=normal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole solution, summed over the test assemblies' summaries.
sum() { grep -E "^\s*$1: [0-9]+\s*$" "$log" | grep -oE '[0-9]+' | awk '{ total += $1 } END { print total + 0 }' || true; }
passed=$(sum Passed)
failed=$(sum Failed)
rm -f "$log"
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
