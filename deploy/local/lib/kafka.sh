# shellcheck shell=bash
# A single-node KRaft Kafka broker, resolved from Maven Central (deploy/local/kafka/pom.xml), data under $STATE/kafka.

start_kafka() {
  if running kafka; then
    log "Kafka already running on port $KAFKA_PORT"
    return 0
  fi
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by something this script did not start"
  local dir=$STATE/kafka classpath
  mkdir -p "$dir"
  if [[ ! -s "$dir/classpath.txt" || "$REPO/deploy/local/kafka/pom.xml" -nt "$dir/classpath.txt" ]]; then
    log "Resolving Apache Kafka from Maven Central"
    (cd "$REPO" && ./mvnw -B -q -f deploy/local/kafka/pom.xml dependency:build-classpath \
      -Dmdep.outputFile="$dir/classpath.txt") >"$LOGS/kafka-resolve.log" 2>&1 ||
      die "could not resolve Kafka; see $LOGS/kafka-resolve.log"
  fi
  classpath=$(cat "$dir/classpath.txt")
  cat >"$dir/server.properties" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://localhost:$KAFKA_PORT,CONTROLLER://localhost:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$KAFKA_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
group.initial.rebalance.delay.ms=0
PROPERTIES
  if [[ ! -f "$dir/data/meta.properties" ]]; then
    log "Formatting Kafka storage in $dir/data"
    java -cp "$classpath" kafka.tools.StorageTool format -t "$(java -cp "$classpath" kafka.tools.StorageTool random-uuid)" \
      -c "$dir/server.properties" >"$LOGS/kafka-format.log" 2>&1 || die "could not format Kafka storage; see $LOGS/kafka-format.log"
  fi
  log "Starting Kafka on port $KAFKA_PORT"
  launch kafka "$LOGS/kafka.log" java -Xms128m -Xmx512m \
    -Dlog4j2.configurationFile="$REPO/deploy/local/kafka/log4j2.properties" -cp "$classpath" kafka.Kafka "$dir/server.properties"
  wait_until 60 port_open "$KAFKA_PORT" || die "Kafka did not open port $KAFKA_PORT; see $LOGS/kafka.log"
}
