#!/usr/bin/env bash
# Prepares a local "download root" for frontend-maven-plugin's install-node-and-npm goal.
#
# Why: the plugin downloads Node.js from the Node.js distribution site, which build machines here
# cannot reach. The same pinned Node build is published to the npm registry as the package
# node-<os>-<arch>, and npm as npm. We fetch both with the ordinary npm client (so its configured
# registry, proxy and credentials apply, and the registry's integrity hashes are checked) and
# reshape them into the layout the plugin expects:
#
#   <dist>/<nodeVersion>/node-<nodeVersion>-<os>-<arch>.tar.gz   top directory node-<v>-<os>-<arch>/bin/node
#   <dist>/npm/npm-<npmVersion>.tgz                              the npm registry tarball as it is
#
# The pom then points nodeDownloadRoot at file://<dist>/ and npmDownloadRoot at file://<dist>/npm/.
# The result is cached per machine: when both archives exist this script does nothing.
#
# Usage: prepare-node.sh <dist-dir> <node-version, e.g. v24.21.0> <npm-version, e.g. 11.21.2>
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 <dist-dir> <node-version> <npm-version>" >&2
  exit 64
fi

dist_dir=$1
node_version=$2 # with the leading "v", as the plugin wants it
npm_version=$3

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "prepare-node: unsupported operating system $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "prepare-node: unsupported processor $(uname -m)" >&2; exit 1 ;;
esac

long_name="node-${node_version}-${os}-${arch}"
node_archive="${dist_dir}/${node_version}/${long_name}.tar.gz"
npm_archive="${dist_dir}/npm/npm-${npm_version}.tgz"

if [[ -s "$node_archive" && -s "$npm_archive" ]]; then
  echo "prepare-node: Node ${node_version} and npm ${npm_version} already prepared in ${dist_dir}"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "prepare-node: a system npm is needed once per machine to fetch Node ${node_version}" >&2
  exit 1
fi

mkdir -p "${dist_dir}/${node_version}" "${dist_dir}/npm"
work=$(mktemp -d "${dist_dir}/.work.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Run npm outside any project so that no project .npmrc or package.json takes part.
cd "$work"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

if [[ ! -s "$node_archive" ]]; then
  echo "prepare-node: fetching node-${os}-${arch}@${node_version#v} with npm"
  npm pack --silent "node-${os}-${arch}@${node_version#v}" >/dev/null
  mkdir -p "unpacked" "${long_name}/bin"
  tar -xzf "node-${os}-${arch}-${node_version#v}.tgz" -C unpacked package/bin/node
  mv unpacked/package/bin/node "${long_name}/bin/node"
  chmod 0755 "${long_name}/bin/node"
  actual=$("${long_name}/bin/node" --version)
  if [[ "$actual" != "$node_version" ]]; then
    echo "prepare-node: expected Node ${node_version} but the package holds ${actual}" >&2
    exit 1
  fi
  # Fast compression: this archive is unpacked once per checkout, it is never shipped.
  tar -cf - "${long_name}" | gzip -1 >"node.tar.gz"
  mv -f "node.tar.gz" "$node_archive" # same file system: atomic for concurrent builds
fi

if [[ ! -s "$npm_archive" ]]; then
  echo "prepare-node: fetching npm@${npm_version} with npm"
  npm pack --silent "npm@${npm_version}" >/dev/null
  mv -f "npm-${npm_version}.tgz" "$npm_archive"
fi

echo "prepare-node: Node ${node_version} and npm ${npm_version} prepared in ${dist_dir}"
