#!/usr/bin/env python3
"""Checks infra/keycloak/realm-inkopsstod.json against the app's demo data (standard library only).

Every demo person of backend/app/src/test/resources/demo/demo-data.json (tenant members, vendor
users, platform staff) must be a realm user: enabled, same e-mail, e-mail verified, the demo
password as a non-temporary credential, and first + last name giving back the demo name. The
clients must be set up as the app expects (see docs/operations.md).

Usage, from anywhere:  python3 infra/keycloak/check-realm.py [realm.json] [demo-data.json]
Exit code 0 when every check passes; the last line is "N passed, N failed".
"""
import json
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]
REALM_FILE = REPO / "infra/keycloak/realm-inkopsstod.json"
DEMO_DATA = REPO / "backend/app/src/test/resources/demo/demo-data.json"

APP_BASE_URL = "http://localhost:8080"
# the app's client, in access tokens so that it may introspect them (Keycloak checks the audience)
AUDIENCE = "inkopsstod"
# the API's audience, which the app requires of bearer tokens (OIDC_ACCEPTED_AUDIENCES)
API_AUDIENCE = "inkopsstod-api"


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def __call__(self, condition, description):
        if condition:
            self.passed += 1
        else:
            self.failed.append(description)
            print(f"FAIL {description}")
        return condition


def demo_people(demo):
    default_password = demo["password"]
    people = []
    for tenant in demo.get("tenants", []):
        people += [("member of " + tenant["key"], m) for m in tenant.get("members", [])]
    for vendor in demo.get("vendorOrganisations", []):
        people += [("vendor user of " + vendor["key"], u) for u in vendor.get("users", [])]
    people += [("platform staff", s) for s in demo.get("platformStaff", [])]
    people += [("unaffiliated", s) for s in demo.get("unaffiliated", [])]
    return [(kind, p, p.get("password", default_password)) for kind, p in people]


def check_users(check, realm, demo):
    users = {u.get("username"): u for u in realm.get("users", [])}
    check(len(users) == len(realm.get("users", [])), "usernames in the realm are unique")
    expected = demo_people(demo)
    check(len(expected) > 0, "demo data lists people")
    for kind, person, password in expected:
        username = person["username"]
        user = users.get(username)
        if not check(user is not None, f"{username} ({kind}) is a realm user"):
            continue
        check(user.get("enabled") is True, f"{username} is enabled")
        check((user.get("email") or "").lower() == person["email"].lower(),
              f"{username} has e-mail {person['email']}")
        check(user.get("emailVerified") is True, f"{username} has a verified e-mail")
        full_name = " ".join(x for x in (user.get("firstName"), user.get("lastName")) if x)
        check(full_name == person["name"], f"{username}: first + last name is {person['name']!r}")
        passwords = [c for c in user.get("credentials", []) if c.get("type") == "password"]
        check(len(passwords) == 1 and passwords[0].get("value") == password
              and passwords[0].get("temporary") is False,
              f"{username} has the demo password, not temporary")
        check(not user.get("requiredActions"), f"{username} has no required actions")
    known = {p["username"] for _, p, _ in expected}
    extra = sorted(set(users) - known)
    check(not extra, f"no realm users outside the demo data (extra: {extra})")
    emails = [(u.get("email") or "").lower() for u in realm.get("users", [])]
    check(len(emails) == len(set(emails)), "e-mail addresses in the realm are unique")


def audience_mapped(client, key="included.client.audience", value=AUDIENCE):
    return any(m.get("protocolMapper") == "oidc-audience-mapper"
               and m.get("config", {}).get(key) == value
               and m.get("config", {}).get("access.token.claim") == "true"
               and m.get("config", {}).get("id.token.claim") == "false"
               for m in client.get("protocolMappers", []))


def api_audience_mapped(client):
    return audience_mapped(client, "included.custom.audience", API_AUDIENCE)


def check_clients(check, realm):
    clients = {c.get("clientId"): c for c in realm.get("clients", [])}
    app = clients.get("inkopsstod")
    if check(app is not None, "client inkopsstod exists"):
        check(app.get("publicClient") is False and app.get("secret") == "inkopsstod-dev-secret",
              "inkopsstod is confidential with the development secret")
        check(app.get("standardFlowEnabled") is True, "inkopsstod: standard flow enabled")
        check(app.get("directAccessGrantsEnabled") is False, "inkopsstod: direct access grants off")
        check(app.get("implicitFlowEnabled") is not True, "inkopsstod: implicit flow off")
        check(app.get("redirectUris") == [APP_BASE_URL + "/login/oauth2/code/inkopsstod"],
              "inkopsstod: redirect URI is PUBLIC_BASE_URL/login/oauth2/code/inkopsstod")
        check(app.get("attributes", {}).get("post.logout.redirect.uris") == APP_BASE_URL + "/",
              "inkopsstod: post-logout redirect is PUBLIC_BASE_URL/")
        check(bool(app.get("webOrigins")), "inkopsstod: web origins set")
        check(audience_mapped(app), "inkopsstod: access tokens get aud inkopsstod (introspection)")
        check(api_audience_mapped(app), "inkopsstod: access tokens (not ID tokens) get aud inkopsstod-api")
    cli = clients.get("inkopsstod-cli")
    if check(cli is not None, "client inkopsstod-cli exists"):
        check(cli.get("publicClient") is True, "inkopsstod-cli is public")
        check(cli.get("standardFlowEnabled") is True, "inkopsstod-cli: standard flow enabled")
        check(cli.get("directAccessGrantsEnabled") is False,
              "inkopsstod-cli: direct access grants off")
        check(cli.get("attributes", {}).get("pkce.code.challenge.method") == "S256",
              "inkopsstod-cli: PKCE S256 required")
        check(cli.get("redirectUris") == ["http://127.0.0.1:8765/callback"],
              "inkopsstod-cli: loopback redirect URI")
        check(audience_mapped(cli), "inkopsstod-cli: access tokens get aud inkopsstod (introspection)")
        check(api_audience_mapped(cli), "inkopsstod-cli: access tokens (not ID tokens) get aud inkopsstod-api")
    for client in (app, cli):
        if client is None:
            continue
        scopes = set(client.get("defaultClientScopes") or [])
        check({"basic", "profile", "email"} <= scopes,
              f"{client['clientId']}: default scopes give sub, name, email, email_verified")


def check_user_profile(check, realm):
    providers = realm.get("components", {}).get("org.keycloak.userprofile.UserProfileProvider", [])
    if not check(len(providers) == 1, "realm has a declarative user profile"):
        return
    raw = providers[0].get("config", {}).get("kc.user.profile.config", [None])[0]
    try:
        profile = json.loads(raw)
    except (TypeError, ValueError):
        check(False, "user profile configuration is valid JSON")
        return
    attributes = {a["name"]: a for a in profile.get("attributes", [])}
    check({"username", "email", "firstName", "lastName"} <= set(attributes),
          "user profile keeps the built-in attributes")
    check("required" not in attributes.get("lastName", {}),
          "lastName is optional (one-word demo names must not be stopped at login)")


def main(argv):
    realm_file = pathlib.Path(argv[1]) if len(argv) > 1 else REALM_FILE
    demo_file = pathlib.Path(argv[2]) if len(argv) > 2 else DEMO_DATA
    check = Checks()
    try:
        realm = json.loads(realm_file.read_text(encoding="utf-8"))
        demo = json.loads(demo_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"FAIL cannot read the realm or the demo data: {e}")
        print("0 passed, 1 failed")
        return 1
    check(realm.get("realm") == "inkopsstod", "realm is named inkopsstod")
    check(realm.get("enabled") is True, "realm is enabled")
    check_users(check, realm, demo)
    check_clients(check, realm)
    check_user_profile(check, realm)
    print(f"{check.passed} passed, {len(check.failed)} failed")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
