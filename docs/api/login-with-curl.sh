#!/usr/bin/env bash
# Logs a demo user in from a script and calls the API, in one of two ways:
#
#   session  (default) the browser's way: authorization-code flow through the app, which keeps
#            the tokens and gives curl a session cookie; writes need the XSRF-TOKEN cookie echoed
#            in an X-XSRF-TOKEN header.
#   bearer   the API client's way: authorization-code flow with PKCE for the public client
#            inkopsstod-cli, then the access token as "Authorization: Bearer …" (no cookies, no CSRF).
#
# Usage: login-with-curl.sh [session|bearer] [username] [password]
# Environment: APP (default http://localhost:8080), ISSUER (default http://127.0.0.1:9100).
# Prints the /api/me response. With KEEP=1 it leaves the cookie jar / token in ./.inkopsstod-*.
set -euo pipefail

mode=${1:-session}
username=${2:-alvstad-admin}
password=${3:-demo}
app=${APP:-http://localhost:8080}
issuer=${ISSUER:-http://127.0.0.1:9100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"

# The provider's login form carries a CSRF token of its own; pull it out of the HTML.
csrf_of() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//'; }

case "$mode" in
session)
  # 1. Start the login at the app; curl follows to the provider's login page.
  csrf=$(curl -sfL -c "$jar" -b "$jar" -H 'Accept: text/html' "$app/oauth2/authorization/inkopsstod" | csrf_of)
  # 2. Post the credentials; the redirects lead back to the app, which sets the session cookie.
  curl -sfL -c "$jar" -b "$jar" -H 'Accept: text/html' -o /dev/null \
    --data-urlencode "username=$username" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
    "$issuer/login"
  # 3. Call the API with the session cookie.
  curl -sf -b "$jar" "$app/api/me"
  [ "${KEEP:-0}" = 1 ] && cp "$jar" ./.inkopsstod-cookies
  ;;
bearer)
  client=inkopsstod-cli
  redirect=http://127.0.0.1:8765/callback
  verifier=$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
  authorize="$issuer/oauth2/authorize?response_type=code&client_id=$client&scope=openid%20profile%20email&redirect_uri=$redirect&state=s1&code_challenge=$challenge&code_challenge_method=S256"
  # 1. Ask for a code; the provider shows its login page first.
  csrf=$(curl -sfL -c "$jar" -b "$jar" -H 'Accept: text/html' "$authorize" | csrf_of)
  # 2. Log in, but do not follow the final redirect: it goes to the callback and carries the code.
  curl -sf -c "$jar" -b "$jar" -H 'Accept: text/html' -o /dev/null \
    --data-urlencode "username=$username" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
    "$issuer/login"
  location=$(curl -s -c "$jar" -b "$jar" -H 'Accept: text/html' -o /dev/null -w '%{redirect_url}' "$authorize")
  code=$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
  # 3. Exchange the code (and the PKCE verifier) for tokens.
  token=$(curl -sf -d grant_type=authorization_code -d "code=$code" -d "redirect_uri=$redirect" \
    -d "client_id=$client" -d "code_verifier=$verifier" "$issuer/oauth2/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  # 4. Call the API with the bearer token.
  curl -sf -H "Authorization: Bearer $token" "$app/api/me"
  [ "${KEEP:-0}" = 1 ] && printf '%s' "$token" > ./.inkopsstod-token
  ;;
*)
  echo "usage: $0 [session|bearer] [username] [password]" >&2; exit 2 ;;
esac
echo
