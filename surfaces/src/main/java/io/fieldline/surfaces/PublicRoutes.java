package io.fieldline.surfaces;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.fieldline.surfaces.ApiSurface.ADMIN;
import static io.fieldline.surfaces.ApiSurface.DISPATCH_V3;
import static io.fieldline.surfaces.ApiSurface.OAUTH;
import static io.fieldline.surfaces.ApiSurface.TECH;
import static io.fieldline.surfaces.ApiSurface.TECHNICIANS;
import static io.fieldline.surfaces.ApiSurface.USERS_BULK;
import static io.fieldline.surfaces.PublicRoute.PUBLIC;
import static io.fieldline.surfaces.Service.IDENTITY;
import static io.fieldline.surfaces.Service.JOB;
import static io.fieldline.surfaces.Service.TECHNICIAN;

/**
 * Every public resource of Fieldline. A path matches the most specific template that names it (more literal
 * segments first), never the first in the list, so adding a route cannot shadow another.
 */
public final class PublicRoutes {

    private static final String ADMIN_SCOPE = "admin";
    /**
     * The largest upload body: job-service's default file limit ({@code fieldline.datafiles.max-size}, 25 MiB), so
     * that a file just above it still reaches job-service and gets its 413 naming {@code file}, plus 1 MiB for the
     * multipart framing.
     */
    public static final long DATAFILE_UPLOAD_BODY_LIMIT = 26L * 1024 * 1024;
    /** The largest users bulk body: 10,000 users (technician-service's {@code UserBodies.MAX_USERS}) of up to 2 KiB. */
    public static final long USERS_BULK_BODY_LIMIT = 20L * 1024 * 1024;
    private static final List<PublicRoute> ALL = List.of(
            new PublicRoute("/v3/oauth/token", IDENTITY, OAUTH, Map.of("POST", PUBLIC)),
            new PublicRoute("/v3/oauth/revoke", IDENTITY, OAUTH, Map.of("POST", PUBLIC)),
            new PublicRoute("/v3/oauth/introspect", IDENTITY, OAUTH, Map.of("POST", PUBLIC)),
            new PublicRoute("/.well-known/oauth-authorization-server", IDENTITY, OAUTH, Map.of("GET", PUBLIC)),
            new PublicRoute("/.well-known/jwks.json", IDENTITY, OAUTH, Map.of("GET", PUBLIC)),

            new PublicRoute("/admin/accounts", IDENTITY, ADMIN, Map.of("GET", ADMIN_SCOPE, "POST", ADMIN_SCOPE)),
            new PublicRoute("/admin/accounts/{id}", IDENTITY, ADMIN, Map.of("GET", ADMIN_SCOPE, "PATCH", ADMIN_SCOPE)),
            new PublicRoute("/admin/accounts/{id}/clients", IDENTITY, ADMIN, Map.of("GET", ADMIN_SCOPE, "POST", ADMIN_SCOPE)),
            new PublicRoute("/admin/clients/{client_id}", IDENTITY, ADMIN, Map.of("GET", ADMIN_SCOPE, "PATCH", ADMIN_SCOPE)),
            new PublicRoute("/admin/clients/{client_id}/integration-keys", IDENTITY, ADMIN,
                    Map.of("GET", ADMIN_SCOPE, "POST", ADMIN_SCOPE)),
            new PublicRoute("/admin/integration-keys/{id}", IDENTITY, ADMIN, Map.of("DELETE", ADMIN_SCOPE)),
            new PublicRoute("/admin/keys/rotate", IDENTITY, ADMIN, Map.of("POST", ADMIN_SCOPE)),
            new PublicRoute("/admin/audit-events", IDENTITY, ADMIN, Map.of("GET", ADMIN_SCOPE)),

            // seed: technicians API, "Rate limits"
            new PublicRoute("/api/v1/technicians", TECHNICIAN, TECHNICIANS, Map.of("GET", "technicians:read"))
                    .limited("GET", RateLimit.perMinute("technicians-list", 60))
                    .limited("GET ?id", RateLimit.perMinute("technicians-get", 120)),

            new PublicRoute("/v3/users", TECHNICIAN, DISPATCH_V3, Map.of("GET", "users:read", "POST", "users:write")),
            new PublicRoute("/v3/users/{id}", TECHNICIAN, DISPATCH_V3,
                    Map.of("GET", "users:read", "PATCH", "users:write", "DELETE", "users:write")),
            new PublicRoute("/v3/users/{id}/restore", TECHNICIAN, DISPATCH_V3, Map.of("POST", "users:write")),

            // seed: technician management API
            new PublicRoute("/tech", TECHNICIAN, TECH, Map.of("POST", "technicians:write")),
            new PublicRoute("/tech/bulk", TECHNICIAN, TECH, Map.of("POST", "technicians:write")),
            new PublicRoute("/tech/{techUsername}", TECHNICIAN, TECH, Map.of("PUT", "technicians:write")),

            // seed: users bulk API, with X-Auth-Token; a bulk upsert of up to 10,000 users takes a larger body
            new PublicRoute("/{workspace:[0-9]+}/api/user", TECHNICIAN, USERS_BULK,
                    Map.of("GET", "users:read", "POST", "users:write")).bodyLimit(USERS_BULK_BODY_LIMIT),
            new PublicRoute("/{workspace:[0-9]+}/api/user/{externalid}", TECHNICIAN, USERS_BULK,
                    Map.of("GET", "users:read", "POST", "users:write", "DELETE", "users:write")),

            // seed: Dispatch v3, everything but Authentication and Users
            collection("/v3/organizations", "organizations"),
            item("/v3/organizations/{id}", "organizations", "GET", "PATCH", "DELETE"),
            collection("/v3/customers", "customers"),
            item("/v3/customers/{id}", "customers", "GET", "PATCH", "DELETE"),
            collection("/v3/jobs", "jobs"),
            item("/v3/jobs/{id}", "jobs", "GET", "PATCH"),
            new PublicRoute("/v3/jobs/{id}/accept", JOB, DISPATCH_V3, Map.of("POST", "jobs:write")),
            new PublicRoute("/v3/jobs/{id}/reject", JOB, DISPATCH_V3, Map.of("POST", "jobs:write")),
            collection("/v3/appointments", "appointments"),
            item("/v3/appointments/{id}", "appointments", "GET", "PATCH", "DELETE"),
            collection("/v3/attachments", "attachments"),
            item("/v3/attachments/{id}", "attachments", "GET", "PATCH", "DELETE"),
            collection("/v3/brands", "brands"),
            item("/v3/brands/{id}", "brands", "GET", "PATCH", "DELETE"),
            new PublicRoute("/v3/datafiles", JOB, DISPATCH_V3, Map.of("POST", "datafiles:write"))
                    .bodyLimit(DATAFILE_UPLOAD_BODY_LIMIT),
            new PublicRoute("/v3/datafiles/{uid}", JOB, DISPATCH_V3, Map.of("GET", "datafiles:read")),
            // the short-lived signed link a datafile's 302 names: its signature is the credential
            new PublicRoute("/v3/datafiles/{uid}/content", JOB, DISPATCH_V3, Map.of("GET", PUBLIC)),
            new PublicRoute("/v3/survey_responses", JOB, DISPATCH_V3, Map.of("GET", "survey_responses:read")));

    private PublicRoutes() {
    }

    /** A v3 collection of job-service: listed with {@code <resource>:read}, added to with {@code <resource>:write}. */
    private static PublicRoute collection(String path, String resource) {
        return new PublicRoute(path, JOB, DISPATCH_V3, Map.of("GET", resource + ":read", "POST", resource + ":write"));
    }

    /** A v3 item of job-service: read with {@code <resource>:read}, changed with {@code <resource>:write}. */
    private static PublicRoute item(String path, String resource, String... methods) {
        Map<String, String> scopes = new HashMap<>();
        for (String method : methods) {
            scopes.put(method, resource + (method.equals("GET") ? ":read" : ":write"));
        }
        return new PublicRoute(path, JOB, DISPATCH_V3, scopes);
    }

    public static List<PublicRoute> all() {
        return ALL;
    }

    /** The resource {@code path} names: of the routes whose template matches it, the most specific. */
    public static Optional<PublicRoute> match(String path) {
        return ALL.stream().filter(route -> route.path().matches(path))
                .min(Comparator.comparing(PublicRoute::path, PathTemplate::compareSpecificity));
    }
}
