#!/usr/bin/env bash
# Prints a KeycloakRealmImport for the operator from deploy/keycloak/govsite-realm.json, without what is
# only for local development: the direct-grant test client and the demo users.
# Usage: deploy/k8s/dependencies/realm-import.sh https://console.shifan.gov.cn > realm-import.yaml
set -euo pipefail
console_url=${1:?usage: realm-import.sh CONSOLE_URL}
realm="$(dirname "${BASH_SOURCE[0]}")/../../keycloak/govsite-realm.json"
command -v jq >/dev/null || { echo "realm-import.sh needs jq (apt-get install jq)" >&2; exit 1; }
cat <<YAML
apiVersion: k8s.keycloak.org/v2alpha1
kind: KeycloakRealmImport
metadata:
  name: govsite-realm
spec:
  keycloakCRName: govsite-keycloak
  realm:
YAML
jq --arg console "$console_url" '
  del(.users)
  | .sslRequired = "external"
  | .clients |= map(select(.clientId != "govsite-tests"))
  | .clients |= map(if .clientId == "govsite-console"
      then .redirectUris = [$console + "/*"] | .webOrigins = [$console] else . end)
  | .clients |= map(if .secret then del(.secret) else . end)' "$realm" | sed 's/^/    /'
