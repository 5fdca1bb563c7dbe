#!/usr/bin/env bash
# Creates the Kafka topics Inköpsstöd needs, or brings the settings of existing ones into line.
# Safe to run again and again (docker compose runs it as the one-shot service `kafka-init` before
# the app starts; in production run it, or its equivalent, once per cluster before the first
# deployment and after every change to this list).
#
# The broker's automatic topic creation is off in the compose stack (as it should be in
# production): a topic the app uses must be listed here.
#
# Environment:
#   KAFKA_BOOTSTRAP_SERVERS   broker list, default kafka:9092
#   KAFKA_HOME                Kafka installation with bin/kafka-topics.sh, default /opt/kafka
#   KAFKA_COMMAND_CONFIG      optional client properties file (TLS/SASL) for a secured cluster
#   TOPIC_REPLICATION_FACTOR  default 1 (single-node development broker); production: 3
#   DOMAIN_EVENTS_PARTITIONS  default 6
set -euo pipefail

bootstrap=${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}
bin=${KAFKA_HOME:-/opt/kafka}/bin
replication=${TOPIC_REPLICATION_FACTOR:-1}

client_args=(--bootstrap-server "$bootstrap")
if [[ -n "${KAFKA_COMMAND_CONFIG:-}" ]]; then
  client_args+=(--command-config "$KAFKA_COMMAND_CONFIG")
fi

wait_for_kafka() {
  local attempt
  for attempt in $(seq 1 30); do
    if "$bin/kafka-topics.sh" "${client_args[@]}" --list >/dev/null 2>&1; then
      return 0
    fi
    echo "create-topics: waiting for Kafka at $bootstrap ($attempt/30)"
    sleep 2
  done
  echo "create-topics: Kafka at $bootstrap is not reachable" >&2
  exit 1
}

# ensure_topic NAME PARTITIONS CONFIGS
#   CONFIGS: comma-separated topic configs, e.g. retention.ms=-1,cleanup.policy=delete
ensure_topic() {
  local topic=$1 partitions=$2 configs=$3
  local create_args=() config_list=() config
  IFS=',' read -r -a config_list <<<"$configs"
  for config in "${config_list[@]}"; do
    create_args+=(--config "$config")
  done

  "$bin/kafka-topics.sh" "${client_args[@]}" --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor "$replication" "${create_args[@]}"

  # An existing topic keeps its partitions: adding partitions moves keys to other partitions and
  # breaks the per-aggregate order of the event stream, so that is a deliberate operator decision.
  local actual
  actual=$("$bin/kafka-topics.sh" "${client_args[@]}" --describe --topic "$topic" \
    | sed -n 's/.*PartitionCount: *\([0-9][0-9]*\).*/\1/p' | head -n 1)
  if [[ "$actual" != "$partitions" ]]; then
    echo "create-topics: WARNING $topic has $actual partitions, $partitions expected; not changed" >&2
  fi

  # Settings, on the other hand, are brought into line every time.
  "$bin/kafka-configs.sh" "${client_args[@]}" --alter --entity-type topics --entity-name "$topic" \
    --add-config "$configs"

  "$bin/kafka-topics.sh" "${client_args[@]}" --describe --topic "$topic" | head -n 1
}

wait_for_kafka

# The domain events of every tenant (the app publishes what the Axon event store recorded).
# Kept forever: projections and the cross-tenant benchmarks can be rebuilt from the beginning.
ensure_topic inkopsstod.domain-events "${DOMAIN_EVENTS_PARTITIONS:-6}" \
  "retention.ms=-1,cleanup.policy=delete"

# The anonymisation boundary's integration events: outcomes keyed by procurement pseudonym and
# approved lessons keyed by lesson pseudonym. Kept forever: insights rebuilds by replaying them.
ensure_topic inkopsstod.insights.outcomes "${DOMAIN_EVENTS_PARTITIONS:-6}" \
  "retention.ms=-1,cleanup.policy=delete"
ensure_topic inkopsstod.insights.lessons "${DOMAIN_EVENTS_PARTITIONS:-6}" \
  "retention.ms=-1,cleanup.policy=delete"

echo "create-topics: done"
