package org.dutylists.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the deployment files (k8s/, docker/) against each other and against the application's configuration, so
 * that a renamed port, a selector that matches nothing, a variable the application never reads or a probe on the
 * wrong endpoint fails the build instead of a rollout. A plain unit test: it reads the files relative to the project
 * root (Maven's working directory) and starts nothing.
 */
class DeploymentManifestsTests {
    private static final Path K8S = Path.of("k8s");
    private static final Path DOCKER = Path.of("docker");
    private static final Path DOCKERFILE = DOCKER.resolve("Dockerfile.jvm");
    private static final Path COMPOSE = DOCKER.resolve("compose.yaml");
    private static final Path SECRET_EXAMPLE = K8S.resolve("secret.example.yaml");
    private static final Path APPLICATION_PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    private static final String NAME_LABEL = "app.kubernetes.io/name";
    private static final String APP_NAME = "duty-lists-service";
    /** PostgreSQL's default max_connections (100) less its superuser_reserved_connections (3). */
    private static final int POSTGRES_DEFAULT_USABLE_CONNECTIONS = 97;
    /** Placeholders of application.properties: {@code ${NAME}} or {@code ${NAME:default}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    private static final YAMLMapper YAML = new YAMLMapper();

    // --- kustomization ----------------------------------------------------------------------------------------------

    @Test
    void kustomizationListsEveryManifestAndEachExistsAndParses() throws IOException {
        JsonNode kustomization = yaml(K8S.resolve("kustomization.yaml"));
        assertThat(kustomization.path("kind").asText()).isEqualTo("Kustomization");
        List<String> resources = texts(kustomization.path("resources"));
        assertThat(resources).as("kustomization.yaml resources").isNotEmpty().doesNotHaveDuplicates();

        for (String resource : resources) {
            Path file = K8S.resolve(resource);
            assertThat(file).as("listed in kustomization.yaml").isRegularFile();
            JsonNode manifest = yaml(file);
            assertThat(manifest.path("apiVersion").asText()).as("%s apiVersion", resource).isNotBlank();
            assertThat(manifest.path("kind").asText()).as("%s kind", resource).isNotBlank();
            assertThat(manifest.path("metadata").path("name").asText()).as("%s metadata.name", resource).isNotBlank();
            assertThat(manifest.path("metadata").path("labels").path(NAME_LABEL).asText())
                    .as("%s label %s", resource, NAME_LABEL).isEqualTo(APP_NAME);
        }
        assertThat(manifests().keySet()).as("kinds applied by kustomization.yaml")
                .contains("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget");

        // A manifest added to k8s/ but not to kustomization.yaml would silently never be applied.
        Set<String> yamlFiles = new TreeSet<>();
        try (Stream<Path> files = Files.list(K8S)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml") || f.endsWith(".yml"))
                    .forEach(yamlFiles::add);
        }
        yamlFiles.remove("kustomization.yaml");
        yamlFiles.remove(SECRET_EXAMPLE.getFileName().toString());
        assertThat(resources).as("every manifest under k8s/ is listed in kustomization.yaml")
                .containsAll(yamlFiles);
        // The example Secret must not be applied over the real credentials by `kubectl apply -k k8s/`.
        assertThat(resources).as("kustomization.yaml resources")
                .doesNotContain(SECRET_EXAMPLE.getFileName().toString());

        JsonNode namespace = manifests().get("Namespace"); // optional
        if (namespace != null) {
            assertThat(kustomization.path("namespace").asText()).as("kustomization.yaml namespace")
                    .isEqualTo(namespace.path("metadata").path("name").asText());
        }
        // An images: entry whose name matches no container image silently changes nothing.
        String repository = repository(container().path("image").asText());
        for (JsonNode image : kustomization.path("images")) {
            assertThat(image.path("name").asText()).as("kustomization.yaml images[].name").isEqualTo(repository);
        }
    }

    // --- Deployment -------------------------------------------------------------------------------------------------

    @Test
    void probesUseTheHealthEndpointsOnTheNamedPortTheContainerDeclares() {
        JsonNode container = container();
        JsonNode httpPort = httpPort();
        assertThat(httpPort.path("containerPort").asInt()).as("containerPort of the port named http").isPositive();

        assertProbe(container, "livenessProbe", "/q/health/live");
        assertProbe(container, "readinessProbe", "/q/health/ready");
        assertProbe(container, "startupProbe", "/q/health/ready");

        // Flyway and the default townships run before the service answers: give startup a real budget.
        JsonNode startup = container.path("startupProbe");
        int budgetSeconds = startup.path("failureThreshold").asInt(3) * startup.path("periodSeconds").asInt(10);
        assertThat(budgetSeconds).as("startupProbe failureThreshold x periodSeconds (s)").isGreaterThanOrEqualTo(60);

        // The application listens on PORT (8080 by default): the declared port must be that one.
        String port = deploymentEnvironment().getOrDefault("PORT", placeholderDefaults().get("PORT"));
        assertThat(httpPort.path("containerPort").asText()).as("containerPort vs PORT").isEqualTo(port);
        assertThat(dockerfileExposedPorts()).as("EXPOSE of %s", DOCKERFILE).contains(port);
    }

    @Test
    void deploymentRollsOutWithoutLosingCapacityAndIsBounded() {
        JsonNode deployment = manifest("Deployment");
        JsonNode spec = deployment.path("spec");
        JsonNode podSpec = spec.path("template").path("spec");
        JsonNode container = container();

        assertThat(spec.path("replicas").asInt()).as("Deployment replicas").isGreaterThanOrEqualTo(2);
        assertThat(spec.path("strategy").path("type").asText("RollingUpdate")).isEqualTo("RollingUpdate");
        assertThat(spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asText())
                .as("rollingUpdate.maxUnavailable").isIn("0", "0%");
        assertThat(spec.path("strategy").path("rollingUpdate").path("maxSurge").asInt())
                .as("rollingUpdate.maxSurge").isPositive();

        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertThat(container.path("resources").path(kind).path(resource).asText())
                        .as("resources.%s.%s", kind, resource).isNotBlank();
            }
        }
        assertThat(bytes(container.path("resources").path("limits").path("memory").asText()))
                .as("memory limit >= request")
                .isGreaterThanOrEqualTo(bytes(container.path("resources").path("requests").path("memory").asText()));

        // Non-root, read-only root filesystem, and a writable /tmp for the JVM and Vert.x.
        boolean runAsNonRoot = container.path("securityContext").path("runAsNonRoot").asBoolean(false)
                || podSpec.path("securityContext").path("runAsNonRoot").asBoolean(false);
        assertThat(runAsNonRoot).as("runAsNonRoot").isTrue();
        int uid = container.path("securityContext").path("runAsUser")
                .asInt(podSpec.path("securityContext").path("runAsUser").asInt(-1));
        assertThat(uid).as("runAsUser").isNotZero();
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false))
                .as("readOnlyRootFilesystem").isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true))
                .as("allowPrivilegeEscalation").isFalse();
        String tmpVolume = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/tmp")) {
                tmpVolume = mount.path("name").asText();
            }
        }
        assertThat(tmpVolume).as("a volume mounted at /tmp").isNotNull();
        boolean tmpIsEmptyDir = false;
        for (JsonNode volume : podSpec.path("volumes")) {
            if (volume.path("name").asText().equals(tmpVolume)) {
                tmpIsEmptyDir = volume.has("emptyDir");
            }
        }
        assertThat(tmpIsEmptyDir).as("/tmp volume %s is an emptyDir", tmpVolume).isTrue();

        // Prometheus scrapes the metrics endpoint on the declared port.
        JsonNode annotations = spec.path("template").path("metadata").path("annotations");
        assertThat(annotations.path("prometheus.io/scrape").asText()).isEqualTo("true");
        assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
        assertThat(annotations.path("prometheus.io/port").asText())
                .isEqualTo(httpPort().path("containerPort").asText());

        // Replicas spread across nodes, selecting this application's pods.
        boolean spreadAcrossNodes = false;
        for (JsonNode constraint : podSpec.path("topologySpreadConstraints")) {
            if (constraint.path("topologyKey").asText().equals("kubernetes.io/hostname")) {
                assertThat(podLabels()).as("topologySpreadConstraints selects the pods")
                        .containsAllEntriesOf(labels(constraint.path("labelSelector").path("matchLabels")));
                spreadAcrossNodes = true;
            }
        }
        for (JsonNode term : podSpec.path("affinity").path("podAntiAffinity")
                .path("preferredDuringSchedulingIgnoredDuringExecution")) {
            spreadAcrossNodes |= term.path("podAffinityTerm").path("topologyKey").asText()
                    .equals("kubernetes.io/hostname");
        }
        assertThat(spreadAcrossNodes).as("topology spread or anti-affinity on kubernetes.io/hostname").isTrue();

        // Shutdown: the grace period outlasts the preStop pause.
        int grace = podSpec.path("terminationGracePeriodSeconds").asInt(30);
        JsonNode preStop = container.path("lifecycle").path("preStop");
        if (preStop.path("exec").path("command").size() == 2
                && preStop.path("exec").path("command").get(0).asText().equals("sleep")) {
            assertThat(grace).as("terminationGracePeriodSeconds > preStop sleep")
                    .isGreaterThan(preStop.path("exec").path("command").get(1).asInt());
        }
        assertThat(grace).as("terminationGracePeriodSeconds").isPositive();

        assertThat(container.path("image").asText()).as("image pinned to a tag")
                .contains(":").doesNotEndWith(":latest");
    }

    // --- Service, HPA, PDB ------------------------------------------------------------------------------------------

    @Test
    void serviceTargetsTheNamedPortAndSelectsTheDeploymentsPods() {
        JsonNode deployment = manifest("Deployment");
        Map<String, String> selector = labels(deployment.path("spec").path("selector").path("matchLabels"));
        assertThat(selector).as("Deployment selector").isNotEmpty();
        assertThat(podLabels()).as("pod template labels match the Deployment's selector")
                .containsAllEntriesOf(selector).containsEntry(NAME_LABEL, APP_NAME);

        JsonNode service = manifest("Service");
        Map<String, String> serviceSelector = labels(service.path("spec").path("selector"));
        assertThat(serviceSelector).as("Service selector").isNotEmpty();
        assertThat(podLabels()).as("pod labels selected by the Service").containsAllEntriesOf(serviceSelector);
        assertThat(service.path("spec").path("type").asText("ClusterIP")).isEqualTo("ClusterIP");

        JsonNode httpPort = httpPort();
        assertThat(service.path("spec").path("ports")).as("Service ports").hasSize(1);
        JsonNode port = service.path("spec").path("ports").get(0);
        assertThat(port.path("port").asInt()).as("Service port").isEqualTo(80);
        String target = port.path("targetPort").asText();
        assertThat(target).as("Service targetPort").isIn(httpPort.path("name").asText(),
                httpPort.path("containerPort").asText());
    }

    @Test
    void autoscalerAndDisruptionBudgetTargetTheDeploymentAndLeaveRoomForADrain() {
        JsonNode deployment = manifest("Deployment");
        int replicas = deployment.path("spec").path("replicas").asInt();

        JsonNode hpa = manifest("HorizontalPodAutoscaler");
        assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
        JsonNode target = hpa.path("spec").path("scaleTargetRef");
        assertThat(target.path("apiVersion").asText()).isEqualTo("apps/v1");
        assertThat(target.path("kind").asText()).isEqualTo("Deployment");
        assertThat(target.path("name").asText()).isEqualTo(deployment.path("metadata").path("name").asText());
        int minReplicas = hpa.path("spec").path("minReplicas").asInt(1);
        int maxReplicas = hpa.path("spec").path("maxReplicas").asInt();
        assertThat(minReplicas).as("HPA minReplicas").isGreaterThanOrEqualTo(2);
        assertThat(maxReplicas).as("HPA maxReplicas").isGreaterThanOrEqualTo(minReplicas);
        assertThat(replicas).as("Deployment replicas within the HPA's range").isBetween(minReplicas, maxReplicas);
        boolean scalesOnCpu = false;
        for (JsonNode metric : hpa.path("spec").path("metrics")) {
            scalesOnCpu |= metric.path("resource").path("name").asText().equals("cpu")
                    && metric.path("resource").path("target").path("averageUtilization").asInt() > 0;
        }
        assertThat(scalesOnCpu).as("HPA scales on CPU utilisation (needs CPU requests)").isTrue();

        JsonNode pdb = manifest("PodDisruptionBudget");
        assertThat(pdb.path("apiVersion").asText()).isEqualTo("policy/v1");
        Map<String, String> pdbSelector = labels(pdb.path("spec").path("selector").path("matchLabels"));
        assertThat(pdbSelector).as("PDB selector").isNotEmpty();
        assertThat(podLabels()).as("pod labels selected by the PDB").containsAllEntriesOf(pdbSelector);
        // With the fewest replicas there can be, a node drain must still be able to evict one pod.
        int fewest = Math.min(minReplicas, replicas);
        JsonNode spec = pdb.path("spec");
        assertThat(spec.has("minAvailable") ^ spec.has("maxUnavailable"))
                .as("PDB sets exactly one of minAvailable, maxUnavailable").isTrue();
        int allowedDisruptions = spec.has("minAvailable")
                ? fewest - resolve(spec.path("minAvailable"), fewest, true)
                : resolve(spec.path("maxUnavailable"), fewest, false);
        assertThat(allowedDisruptions).as("voluntary disruptions the PDB allows with %d replicas", fewest)
                .isBetween(1, fewest - 1);
    }

    // --- Configuration ----------------------------------------------------------------------------------------------

    @Test
    void databaseCredentialsComeFromTheSecretTheExampleDocuments() {
        JsonNode secret = yaml(SECRET_EXAMPLE);
        assertThat(secret.path("kind").asText()).isEqualTo("Secret");
        String secretName = secret.path("metadata").path("name").asText();
        assertThat(secretName).isNotBlank();
        Set<String> secretKeys = new TreeSet<>();
        secret.path("stringData").fieldNames().forEachRemaining(secretKeys::add);
        secret.path("data").fieldNames().forEachRemaining(secretKeys::add);

        Map<String, JsonNode> env = new HashMap<>();
        for (JsonNode variable : container().path("env")) {
            env.put(variable.path("name").asText(), variable);
        }
        for (String name : List.of("DB_USER", "DB_PASSWORD")) {
            assertThat(env).as("Deployment env").containsKey(name);
            JsonNode ref = env.get(name).path("valueFrom").path("secretKeyRef");
            assertThat(ref.path("name").asText()).as("%s secretKeyRef.name", name).isEqualTo(secretName);
            assertThat(secretKeys).as("keys of %s", SECRET_EXAMPLE).contains(ref.path("key").asText());
            assertThat(env.get(name).has("value")).as("%s has no literal value", name).isFalse();
        }
        assertThat(configMapData().keySet()).as("ConfigMap holds no credentials")
                .doesNotContain("DB_USER", "DB_PASSWORD")
                .noneMatch(key -> key.contains("PASSWORD") || key.contains("SECRET") || key.contains("TOKEN"));
    }

    @Test
    void everyVariableTheDeploymentSetsIsOneTheApplicationReads() {
        JsonNode configMap = manifest("ConfigMap");
        boolean configMapUsed = false;
        for (JsonNode source : container().path("envFrom")) {
            configMapUsed |= source.path("configMapRef").path("name").asText()
                    .equals(configMap.path("metadata").path("name").asText());
        }
        assertThat(configMapUsed).as("the Deployment reads the ConfigMap through envFrom").isTrue();
        configMap.path("data").fields().forEachRemaining(entry -> assertThat(entry.getValue().isTextual())
                .as("ConfigMap value of %s is a string (quote numbers and booleans)", entry.getKey()).isTrue());

        Map<String, String> environment = deploymentEnvironment();
        assertOnlyApplicationVariables("Deployment/ConfigMap", environment.keySet());
        assertThat(environment.get("DB_URL")).as("DB_URL").startsWith("jdbc:postgresql://");

        // JAVA_OPTS_APPEND replaces the image's value: it must keep Quarkus' logging manager.
        if (environment.containsKey("JAVA_OPTS_APPEND")) {
            assertThat(environment.get("JAVA_OPTS_APPEND"))
                    .contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        }

        // Every replica holds up to DB_POOL_MAX connections to the one database, including the rollout's surge pod.
        int pool = Integer.parseInt(environment.getOrDefault("DB_POOL_MAX", placeholderDefaults().get("DB_POOL_MAX")));
        int pods = manifest("HorizontalPodAutoscaler").path("spec").path("maxReplicas").asInt()
                + manifest("Deployment").path("spec").path("strategy").path("rollingUpdate").path("maxSurge")
                        .asInt(1);
        assertThat(pool * pods).as("DB_POOL_MAX (%d) x the most pods there can be (%d)", pool, pods)
                .isLessThanOrEqualTo(POSTGRES_DEFAULT_USABLE_CONNECTIONS);
    }

    // --- Docker -----------------------------------------------------------------------------------------------------

    @Test
    void dockerfilePackagesTheFastJarAndRunsAsNonRoot() throws IOException {
        List<String> instructions = dockerfileInstructions();
        assertThat(dockerfileExposedPorts()).as("EXPOSE").contains("8080");

        String user = null;
        for (String instruction : instructions) {
            if (instruction.startsWith("USER ")) {
                user = instruction.substring(5).trim().split(":")[0];
            }
        }
        assertThat(user).as("last USER of %s", DOCKERFILE).isNotNull().isNotIn("0", "root");
        // The Deployment's runAsUser is that user, which owns the copied files.
        int uid = container().path("securityContext").path("runAsUser").asInt(
                manifest("Deployment").path("spec").path("template").path("spec").path("securityContext")
                        .path("runAsUser").asInt(-1));
        if (user.matches("\\d+") && uid >= 0) {
            assertThat(String.valueOf(uid)).as("Deployment runAsUser vs Dockerfile USER").isEqualTo(user);
        }

        String copies = String.join("\n", instructions.stream().filter(i -> i.startsWith("COPY ")).toList());
        for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                "target/quarkus-app/quarkus/")) {
            assertThat(copies).as("COPY of the fast-jar layout").contains(part);
        }
        String all = String.join("\n", instructions);
        assertThat(all).contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")
                .contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");

        // The classes are compiled for maven.compiler.release: the runtime image must be at least that Java.
        String from = instructions.stream().filter(i -> i.startsWith("FROM ")).reduce((a, b) -> b).orElseThrow();
        Matcher java = Pattern.compile("(?:openjdk-|temurin:|jre-?|jdk-?)(\\d+)").matcher(from);
        assertThat(java.find()).as("Java version in %s", from).isTrue();
        Matcher release = Pattern.compile("<maven\\.compiler\\.release>(\\d+)<").matcher(Files.readString(
                Path.of("pom.xml")));
        if (release.find()) {
            assertThat(Integer.parseInt(java.group(1))).as("Java of the base image vs maven.compiler.release")
                    .isGreaterThanOrEqualTo(Integer.parseInt(release.group(1)));
        }
    }

    @Test
    void composeBuildsTheSameImageAndWiresItToHealthyPostgres() {
        JsonNode compose = yaml(COMPOSE);
        JsonNode services = compose.path("services");
        String appName = null;
        String postgresName = null;
        for (Map.Entry<String, JsonNode> service : iterable(services)) {
            if (service.getValue().has("build")) {
                appName = service.getKey();
            } else if (service.getValue().path("image").asText().startsWith("postgres:")) {
                postgresName = service.getKey();
            }
        }
        assertThat(appName).as("a service built from the Dockerfile").isNotNull();
        assertThat(postgresName).as("a postgres service").isNotNull();
        JsonNode app = services.path(appName);
        JsonNode postgres = services.path(postgresName);

        // The build uses docker/Dockerfile.jvm from the project root (paths relative to compose.yaml's directory).
        Path context = DOCKER.resolve(app.path("build").path("context").asText(".")).normalize();
        Path dockerfile = context.resolve(app.path("build").path("dockerfile").asText("Dockerfile")).normalize();
        assertThat(dockerfile).as("compose build dockerfile").isEqualTo(DOCKERFILE.normalize());
        assertThat(context.resolve("pom.xml")).as("compose build context is the project root").isRegularFile();
        assertThat(repository(app.path("image").asText())).as("compose image vs the Deployment's image")
                .isEqualTo(repository(container().path("image").asText()));

        Map<String, String> env = environment(app.path("environment"));
        Map<String, String> postgresEnv = environment(postgres.path("environment"));
        assertOnlyApplicationVariables("compose " + appName, env.keySet());
        assertThat(env.get("DB_URL")).as("DB_URL points at the postgres service")
                .isEqualTo("jdbc:postgresql://" + postgresName + ":5432/" + postgresEnv.get("POSTGRES_DB"));
        assertThat(env.get("DB_USER")).as("DB_USER").isEqualTo(postgresEnv.get("POSTGRES_USER"));
        assertThat(env.get("DB_PASSWORD")).as("DB_PASSWORD").isEqualTo(postgresEnv.get("POSTGRES_PASSWORD"));

        assertThat(app.path("depends_on").path(postgresName).path("condition").asText())
                .as("depends_on %s", postgresName).isEqualTo("service_healthy");
        assertThat(postgres.path("healthcheck").path("test").toString()).as("postgres healthcheck")
                .contains("pg_isready");
        assertThat(app.path("healthcheck").path("test").toString()).as("service healthcheck")
                .contains("/q/health/ready");

        boolean namedVolume = false;
        for (JsonNode volume : postgres.path("volumes")) {
            String source = volume.isTextual() ? volume.asText().split(":")[0] : volume.path("source").asText();
            namedVolume |= volume.toString().contains("/var/lib/postgresql/data")
                    && compose.path("volumes").has(source);
        }
        assertThat(namedVolume).as("postgres data on a named volume declared under volumes:").isTrue();

        String port = env.getOrDefault("PORT", placeholderDefaults().get("PORT"));
        List<String> ports = texts(app.path("ports"));
        assertThat(ports).as("published ports").anyMatch(p -> p.endsWith(":" + port));
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static void assertProbe(JsonNode container, String probe, String path) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        assertThat(httpGet.isMissingNode()).as("%s.httpGet", probe).isFalse();
        assertThat(httpGet.path("path").asText()).as("%s path", probe).isEqualTo(path);
        assertThat(httpGet.path("port").asText()).as("%s port is the container's named port", probe)
                .isEqualTo(httpPort().path("name").asText());
    }

    /** Names set for the application must be placeholders of application.properties (JAVA_* are run-java.sh's). */
    private static void assertOnlyApplicationVariables(String where, Set<String> names) {
        Map<String, String> placeholders = placeholderDefaults();
        for (String name : names) {
            if (!name.startsWith("JAVA_")) {
                assertThat(placeholders).as("%s sets %s: a ${%s} placeholder of %s", where, name, name,
                        APPLICATION_PROPERTIES).containsKey(name);
            }
        }
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            if (placeholder.getValue() == null || placeholder.getValue().isBlank()) {
                assertThat(names).as("%s sets %s, which has no default", where, placeholder.getKey())
                        .contains(placeholder.getKey());
            }
        }
    }

    /** {@code ${NAME:default}} placeholders of application.properties, with their defaults (null when none). */
    private static Map<String, String> placeholderDefaults() {
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (String line : read(APPLICATION_PROPERTIES).lines().toList()) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher matcher = PLACEHOLDER.matcher(line);
            while (matcher.find()) {
                placeholders.putIfAbsent(matcher.group(1), matcher.group(2));
            }
        }
        assertThat(placeholders).as("placeholders of %s", APPLICATION_PROPERTIES).isNotEmpty();
        return placeholders;
    }

    /** What the container's environment holds: the ConfigMap (envFrom), overridden by env (secrets as "secret:"). */
    private static Map<String, String> deploymentEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>(configMapData());
        for (JsonNode variable : container().path("env")) {
            environment.put(variable.path("name").asText(), variable.has("value") ? variable.path("value").asText()
                    : "secret:" + variable.path("valueFrom").path("secretKeyRef").path("key").asText());
        }
        return environment;
    }

    private static Map<String, String> configMapData() {
        Map<String, String> data = new LinkedHashMap<>();
        manifest("ConfigMap").path("data").fields()
                .forEachRemaining(entry -> data.put(entry.getKey(), entry.getValue().asText()));
        return data;
    }

    private static Map<String, String> environment(JsonNode node) {
        Map<String, String> env = new LinkedHashMap<>();
        if (node.isArray()) {
            for (JsonNode entry : node) {
                String[] pair = entry.asText().split("=", 2);
                env.put(pair[0], pair.length > 1 ? pair[1] : null);
            }
        } else {
            node.fields().forEachRemaining(entry -> env.put(entry.getKey(), entry.getValue().asText()));
        }
        return env;
    }

    /** The manifests kustomization.yaml applies, by kind (each kind once). */
    private static Map<String, JsonNode> manifests() {
        Map<String, JsonNode> byKind = new LinkedHashMap<>();
        for (String resource : texts(yaml(K8S.resolve("kustomization.yaml")).path("resources"))) {
            JsonNode manifest = yaml(K8S.resolve(resource));
            JsonNode previous = byKind.put(manifest.path("kind").asText(), manifest);
            assertThat(previous).as("a second %s in %s", manifest.path("kind").asText(), resource).isNull();
        }
        return byKind;
    }

    private static JsonNode manifest(String kind) {
        JsonNode manifest = manifests().get(kind);
        assertThat(manifest).as("a %s among the resources of kustomization.yaml", kind).isNotNull();
        return manifest;
    }

    private static JsonNode container() {
        JsonNode deployment = manifest("Deployment");
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        assertThat(containers).as("Deployment containers").hasSize(1);
        return containers.get(0);
    }

    private static JsonNode httpPort() {
        for (JsonNode port : container().path("ports")) {
            if (port.path("name").asText().equals("http")) {
                return port;
            }
        }
        return fail("The container declares no port named http: " + container().path("ports"));
    }

    private static Map<String, String> podLabels() {
        return labels(manifest("Deployment").path("spec").path("template").path("metadata").path("labels"));
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> labels.put(entry.getKey(), entry.getValue().asText()));
        return labels;
    }

    /** An int-or-percent of a PDB, as a pod count of {@code replicas} (percentages round as Kubernetes does). */
    private static int resolve(JsonNode value, int replicas, boolean roundUp) {
        String text = value.asText();
        if (text.endsWith("%")) {
            double exact = replicas * Integer.parseInt(text.substring(0, text.length() - 1)) / 100.0;
            return (int) (roundUp ? Math.ceil(exact) : Math.floor(exact));
        }
        return Integer.parseInt(text);
    }

    private static long bytes(String quantity) {
        Matcher matcher = Pattern.compile("(\\d+)(Ki|Mi|Gi|K|M|G)?").matcher(quantity);
        assertThat(matcher.matches()).as("memory quantity %s", quantity).isTrue();
        long number = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "" : matcher.group(2);
        return number * switch (unit) {
            case "Ki" -> 1L << 10;
            case "Mi" -> 1L << 20;
            case "Gi" -> 1L << 30;
            case "K" -> 1_000L;
            case "M" -> 1_000_000L;
            case "G" -> 1_000_000_000L;
            default -> 1L;
        };
    }

    /** The image without its tag or digest. */
    private static String repository(String image) {
        String withoutDigest = image.split("@")[0];
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        return colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    /** Instructions of the Dockerfile, continuation lines joined, comments dropped. */
    private static List<String> dockerfileInstructions() {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read(DOCKERFILE).lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || (stripped.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            current.append(stripped);
            instructions.add(current.toString().strip());
            current.setLength(0);
        }
        return instructions;
    }

    private static Set<String> dockerfileExposedPorts() {
        Set<String> ports = new LinkedHashSet<>();
        for (String instruction : dockerfileInstructions()) {
            if (instruction.startsWith("EXPOSE ")) {
                for (String port : instruction.substring(7).trim().split("\\s+")) {
                    ports.add(port.split("/")[0]);
                }
            }
        }
        return ports;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }

    private static JsonNode yaml(Path file) {
        try {
            JsonNode node = YAML.readTree(file.toFile());
            assertThat(node).as("YAML of %s", file).isNotNull();
            assertThat(node.isObject()).as("%s is a YAML mapping", file).isTrue();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + file.toAbsolutePath(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }
}
