package io.fieldline.identity.token;

/** A token response with what the audit records of it: account, client, subject and the access token's id. */
record IssuedToken(TokenResponse response, long accountId, String clientId, String subject, String jti) {
}
