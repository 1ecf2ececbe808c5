package org.dutylists.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.TreeMap;
import org.dutylists.kernel.Checksums;
import org.dutylists.kernel.DataRevisions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETags for {@link RevisionedRead} reads. The answer to such a read is a function of the request (path and query)
 * and of the data revisions this replica serves, so the tag is a hash of those: a repeated request with
 * If-None-Match costs a hash, not a query. Lists change a few times a year; clients revalidate cheaply.
 */
public class RevisionETags {
    private static final String TAG_PROPERTY = RevisionETags.class.getName() + ".tag";

    @Inject
    DataRevisions revisions;

    @ConfigProperty(name = "dutylists.cache-control")
    String cacheControl;

    /** Changes with every build: a new engine or representation must not be answered 304 from an old tag. */
    private static final String BUILD_ID = buildId();

    @ServerRequestFilter
    @RevisionedRead
    public Response checkIfNoneMatch(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return null;
        }
        EntityTag tag = tagOf(request);
        request.setProperty(TAG_PROPERTY, tag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        return null;
    }

    @ServerResponseFilter
    @RevisionedRead
    public void addTag(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(TAG_PROPERTY);
        if (tag instanceof EntityTag entityTag && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, entityTag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
            // CORS headers depend on the Origin: shared caches must not hand one portal's answer to another.
            response.getHeaders().add(HttpHeaders.VARY, "Origin");
        }
    }

    private EntityTag tagOf(ContainerRequestContext request) {
        StringBuilder key = new StringBuilder();
        part(key, BUILD_ID);
        part(key, String.valueOf(revisions.seen(DataRevisions.CATALOGUE)));
        part(key, String.valueOf(revisions.seen(DataRevisions.THESAURUS)));
        part(key, request.getUriInfo().getPath());
        // Parameter order does not change the answer, so it does not change the tag either; every name and value is
        // length-prefixed, so that no two different queries make the same key.
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        new TreeMap<String, List<String>>(query).forEach((name, values) -> {
            part(key, name);
            part(key, String.valueOf(values.size()));
            values.forEach(v -> part(key, v));
        });
        return new EntityTag(Checksums.sha256(key.toString()).substring(0, 32));
    }

    private static void part(StringBuilder key, String value) {
        key.append(value.length()).append(':').append(value);
    }

    private static String buildId() {
        try (var in = RevisionETags.class.getClassLoader().getResourceAsStream("build.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("build.id", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /**
     * Whether one of the listed tags is this one. {@code *} is not honoured: whether a representation exists is only
     * known after the work this check exists to skip, and answering 304 for a missing item would be wrong.
     */
    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.replaceFirst("^W/", "").equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
