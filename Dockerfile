# Build: the Maven wrapper inside a JDK image; run: a JRE image with Boot's layered jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
RUN ./mvnw -q -B -DskipTests package && \
    java -Djarmode=tools -jar target/e-monev-kip-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app monev
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
RUN mkdir -p /data && chown monev /data
USER monev
ENV APP_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
