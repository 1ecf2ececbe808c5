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

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String applicationVersion;

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
        }
    }

    private EntityTag tagOf(ContainerRequestContext request) {
        StringBuilder key = new StringBuilder(applicationVersion).append('|')
                .append(revisions.seen(DataRevisions.CATALOGUE)).append('|')
                .append(revisions.seen(DataRevisions.THESAURUS)).append('|')
                .append(request.getUriInfo().getPath());
        // Parameter order does not change the answer, so it does not change the tag either.
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        new TreeMap<String, List<String>>(query).forEach((name, values) -> key.append('|').append(name).append('=')
                .append(String.join(",", values)));
        return new EntityTag(Checksums.sha256(key.toString()).substring(0, 32));
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
