#!/usr/bin/env python3
"""Generates infra/keycloak/realm-inkopsstod.json from the app's demo data.

The realm is a Keycloak 26 export that `kc.sh start-dev --import-realm` reads. Every demo person
in backend/app/src/test/resources/demo/demo-data.json (tenant members, vendor users, platform
staff) becomes a Keycloak user with a verified e-mail address and the demo password, so that the
identities the app seeds (members are matched by e-mail at first login) can actually log in.

Usage (from the repository root, Python 3 standard library only):

    python3 infra/keycloak/generate-realm.py            # rewrite the realm file
    python3 infra/keycloak/generate-realm.py --check    # exit 1 if the committed file is stale

Change the realm here, not in the JSON: the JSON is this script's output and is committed so that
docker compose needs no Python.
"""
import argparse
import json
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]
DEMO_DATA = REPO / "backend/app/src/test/resources/demo/demo-data.json"
REALM_FILE = REPO / "infra/keycloak/realm-inkopsstod.json"

REALM = "inkopsstod"
APP_CLIENT_ID = "inkopsstod"
APP_CLIENT_SECRET = "inkopsstod-dev-secret"  # development only; production uses its own IdP
APP_BASE_URL = "http://localhost:8080"  # PUBLIC_BASE_URL of the compose stack
CLI_CLIENT_ID = "inkopsstod-cli"
CLI_REDIRECT_URI = "http://127.0.0.1:8765/callback"

# Built-in client scopes of a Keycloak 26 realm. "basic" carries `sub`, "profile" the `name`
# claim, "email" `email` and `email_verified` - in the access token as well as the ID token.
DEFAULT_CLIENT_SCOPES = ["web-origins", "acr", "profile", "roles", "basic", "email"]


API_AUDIENCE = "inkopsstod-api"


def audience_mapper():
    """Puts the API (`inkopsstod-api`) into the `aud` of access tokens only: the app's resource
    server takes a bearer token only with that audience, so an ID token (whose `aud` is the client)
    is refused."""
    return {
        "name": "audience-inkopsstod-api",
        "protocol": "openid-connect",
        "protocolMapper": "oidc-audience-mapper",
        "consentRequired": False,
        "config": {
            "included.custom.audience": API_AUDIENCE,
            "access.token.claim": "true",
            "introspection.token.claim": "true",
            "id.token.claim": "false",
            "lightweight.claim": "false",
        },
    }


def app_audience_mapper():
    """Puts the app's own client (`inkopsstod`) into the `aud` of access tokens too. The app asks
    Keycloak's introspection endpoint, as that confidential client, whether a bearer token is still
    active (not logged out, not revoked); Keycloak answers `active: false` to a client that is not
    in the token's audience (newer versions check this). The app does not take `inkopsstod` as an
    audience for bearer tokens (OIDC_ACCEPTED_AUDIENCES), so this lets no ID token in."""
    return {
        "name": "audience-inkopsstod-introspection",
        "protocol": "openid-connect",
        "protocolMapper": "oidc-audience-mapper",
        "consentRequired": False,
        "config": {
            "included.client.audience": APP_CLIENT_ID,
            "access.token.claim": "true",
            "introspection.token.claim": "true",
            "id.token.claim": "false",
            "lightweight.claim": "false",
        },
    }


def clients():
    app = {
        "clientId": APP_CLIENT_ID,
        "name": "Inköpsstöd",
        "description": "The Inköpsstöd web application (OAuth2 login, confidential).",
        "enabled": True,
        "protocol": "openid-connect",
        "publicClient": False,
        "clientAuthenticatorType": "client-secret",
        "secret": APP_CLIENT_SECRET,
        "standardFlowEnabled": True,
        "implicitFlowEnabled": False,
        "directAccessGrantsEnabled": False,
        "serviceAccountsEnabled": False,
        "frontchannelLogout": False,
        "rootUrl": APP_BASE_URL,
        "baseUrl": APP_BASE_URL + "/",
        "redirectUris": [APP_BASE_URL + "/login/oauth2/code/inkopsstod"],
        "webOrigins": [APP_BASE_URL],
        "attributes": {
            "post.logout.redirect.uris": APP_BASE_URL + "/",
        },
        "defaultClientScopes": DEFAULT_CLIENT_SCOPES,
        "optionalClientScopes": [],
        "protocolMappers": [audience_mapper(), app_audience_mapper()],
    }
    cli = {
        "clientId": CLI_CLIENT_ID,
        "name": "Inköpsstöd API clients",
        "description": "Public client for scripted API access: authorization code flow with "
                       "PKCE (S256) and a loopback redirect.",
        "enabled": True,
        "protocol": "openid-connect",
        "publicClient": True,
        "standardFlowEnabled": True,
        "implicitFlowEnabled": False,
        "directAccessGrantsEnabled": False,
        "serviceAccountsEnabled": False,
        "frontchannelLogout": False,
        "redirectUris": [CLI_REDIRECT_URI],
        "webOrigins": [],
        "attributes": {
            "pkce.code.challenge.method": "S256",
            "post.logout.redirect.uris": CLI_REDIRECT_URI,
        },
        "defaultClientScopes": DEFAULT_CLIENT_SCOPES,
        "optionalClientScopes": [],
        "protocolMappers": [audience_mapper(), app_audience_mapper()],
    }
    return [app, cli]


def user_profile_component():
    """Keycloak 26's default declarative user profile, except that lastName is optional.

    Keycloak requires first and last name by default and would stop a user without one at login
    ("update your account"). Some demo identities have a one-word name (e.g. "Plattformsadmin"),
    and organisations' functional accounts do too, so lastName is not required here.
    """
    both = {"view": ["admin", "user"], "edit": ["admin", "user"]}
    config = {
        "attributes": [
            {
                "name": "username",
                "displayName": "${username}",
                "validations": {
                    "length": {"min": 3, "max": 255},
                    "username-prohibited-characters": {},
                    "up-username-not-idn-homograph": {},
                },
                "permissions": both,
                "multivalued": False,
            },
            {
                "name": "email",
                "displayName": "${email}",
                "validations": {"email": {}, "length": {"max": 255}},
                "required": {"roles": ["user"]},
                "permissions": both,
                "multivalued": False,
            },
            {
                "name": "firstName",
                "displayName": "${firstName}",
                "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
                "required": {"roles": ["user"]},
                "permissions": both,
                "multivalued": False,
            },
            {
                "name": "lastName",
                "displayName": "${lastName}",
                "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
                "permissions": both,
                "multivalued": False,
            },
        ],
        "groups": [
            {
                "name": "user-metadata",
                "displayHeader": "User metadata",
                "displayDescription": "Attributes, which refer to user metadata",
            }
        ],
    }
    return {
        "org.keycloak.userprofile.UserProfileProvider": [
            {
                "providerId": "declarative-user-profile",
                "subComponents": {},
                "config": {
                    "kc.user.profile.config": [
                        json.dumps(config, ensure_ascii=False, separators=(",", ":"))
                    ]
                },
            }
        ]
    }


def demo_people(demo):
    """Every person of the demo data, in file order: (username, name, email, password)."""
    default_password = demo["password"]
    people = []
    for tenant in demo.get("tenants", []):
        people.extend(tenant.get("members", []))
    for vendor in demo.get("vendorOrganisations", []):
        people.extend(vendor.get("users", []))
    people.extend(demo.get("platformStaff", []))
    people.extend(demo.get("unaffiliated", []))
    return [
        (p["username"], p["name"], p["email"], p.get("password", default_password))
        for p in people
    ]


def split_name(name):
    """First word is the given name, the rest the family name ("Ingrid" / "Bergman-Lööf").

    Keycloak's `name` claim is "firstName lastName", so this gives back the demo name exactly.
    """
    parts = name.split()
    if not parts:
        raise ValueError("empty name")
    return parts[0], " ".join(parts[1:])


def users(demo):
    result = []
    seen_usernames, seen_emails = set(), set()
    for username, name, email, password in demo_people(demo):
        if username != username.lower() or email != email.lower():
            # Keycloak stores both in lower case; the app matches members by e-mail.
            raise ValueError(f"{username}: username and e-mail must be lower case")
        if username in seen_usernames or email in seen_emails:
            raise ValueError(f"{username} / {email}: duplicate username or e-mail in demo data")
        seen_usernames.add(username)
        seen_emails.add(email)
        first, last = split_name(name)
        user = {
            "username": username,
            "enabled": True,
            "email": email,
            "emailVerified": True,
            "firstName": first,
        }
        if last:
            user["lastName"] = last
        user.update({
            "credentials": [{"type": "password", "value": password, "temporary": False}],
            "requiredActions": [],
            "realmRoles": [f"default-roles-{REALM}"],
        })
        result.append(user)
    return result


def realm(demo):
    return {
        "realm": REALM,
        "displayName": "Inköpsstöd (utveckling)",
        "enabled": True,
        # Development realm: reached over plain HTTP at http://keycloak:8081.
        "sslRequired": "none",
        "registrationAllowed": False,
        "loginWithEmailAllowed": True,
        "duplicateEmailsAllowed": False,
        "resetPasswordAllowed": False,
        "editUsernameAllowed": False,
        "rememberMe": False,
        "verifyEmail": False,
        "internationalizationEnabled": True,
        "supportedLocales": ["sv", "en"],
        "defaultLocale": "sv",
        "clients": clients(),
        "components": user_profile_component(),
        "users": users(demo),
    }


def render():
    demo = json.loads(DEMO_DATA.read_text(encoding="utf-8"))
    return json.dumps(realm(demo), indent=2, ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the realm file differs from the generated one")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = REALM_FILE.read_text(encoding="utf-8") if REALM_FILE.exists() else ""
        if current != text:
            print(f"{REALM_FILE.relative_to(REPO)} is stale: run infra/keycloak/generate-realm.py",
                  file=sys.stderr)
            return 1
        print(f"{REALM_FILE.relative_to(REPO)} is up to date")
        return 0
    REALM_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {REALM_FILE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
