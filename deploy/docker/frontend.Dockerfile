# syntax=docker/dockerfile:1.7
# BrainBytes frontend: the web app (server-rendered pages, the signed-in session).
# Build from the repository root (the Maven reactor is the build context):
#   docker build -f deploy/docker/frontend.Dockerfile -t brainbytes/frontend .
# Written and checked statically (no Docker engine where it was made): see docs/09-deployment.md.

ARG JDK_IMAGE=eclipse-temurin:21-jdk-noble
ARG JRE_IMAGE=eclipse-temurin:21-jre-noble

# ---- build: the service jar and its modules, with Maven's repository cached between builds ----
FROM ${JDK_IMAGE} AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY common/pom.xml common/
COPY curriculum/pom.xml curriculum/
COPY ai-service/pom.xml ai-service/
COPY backend/pom.xml backend/
COPY frontend/pom.xml frontend/
COPY system-tests/pom.xml system-tests/
COPY common/src/ common/src/
COPY curriculum/src/ curriculum/src/
COPY frontend/src/ frontend/src/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -pl frontend -am -DskipTests -Dspotless.check.skip=true package \
    && cp frontend/target/frontend-*.jar /tmp/app.jar
# Spring Boot's layered jar, unpacked so that dependencies and application are separate image layers.
WORKDIR /layers
RUN java -Djarmode=tools -jar /tmp/app.jar extract --layers --launcher --destination /layers
# The health probe (the JRE image has no curl, wget or compiler).
COPY deploy/docker/HealthProbe.java /tmp/probe/
RUN javac --release 17 -d /probe /tmp/probe/HealthProbe.java

# ---- run: JRE only, unprivileged ----
FROM ${JRE_IMAGE}
RUN groupadd --system --gid 10001 brainbytes \
    && useradd --system --uid 10001 --gid brainbytes --no-create-home --home-dir /app --shell /usr/sbin/nologin brainbytes
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
COPY --from=build /probe/ /opt/probe/
USER 10001:10001

ENV SERVER_PORT=3001 \
    MANAGEMENT_SERVER_PORT=9301 \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
EXPOSE 3001 9301

# Readiness on the management port; the probe JVM is kept tiny and quick to start.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD ["java", "-Xmx16m", "-Xss256k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "/opt/probe", "HealthProbe", "9301"]

# Heap as a share of the container's memory limit, one GC thread for a small CPU quota, exit (and
# be restarted) rather than limp on after an OutOfMemoryError. JDK_JAVA_OPTIONS adds more flags.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-XX:InitialRAMPercentage=40", "-XX:+UseSerialGC", \
    "-Xss512k", "-XX:+ExitOnOutOfMemoryError", "-Djava.security.egd=file:/dev/urandom", \
    "-Dbrainbytes.data-dir=/tmp/brainbytes", \
    "org.springframework.boot.loader.launch.JarLauncher"]
