# Carries the project's Elasticsearch analysis plugin to ECK's init container (deploy/k8s/dependencies/elasticsearch.yaml):
#   ./mvnw -B -pl search-analysis-plugin package
#   docker build -f deploy/docker/es-analysis-plugin.Dockerfile -t govsite/es-analysis-plugin:0.1.0 .
FROM busybox:1.37
COPY search-analysis-plugin/target/govsite-analysis-*.zip /plugin/govsite-analysis.zip
USER 10001:10001
