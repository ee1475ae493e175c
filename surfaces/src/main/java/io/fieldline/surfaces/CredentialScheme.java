package io.fieldline.surfaces;

/** How a request proves who it acts for. */
public enum CredentialScheme {
    /** {@code Authorization: Bearer <access token>} (RFC 6750). */
    BEARER,
    /** {@code Authorization: INTEGRATION-KEY <key>} (seed: technician management API). */
    INTEGRATION_KEY,
    /** {@code X-Auth-Token: <key>}, counted only when no {@code Authorization} header is sent (seed: users bulk API). */
    X_AUTH_TOKEN,
    /** No credential: the OAuth endpoints authenticate their client themselves (RFC 6749 §2.3). */
    NONE
}
