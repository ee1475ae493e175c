package io.fieldline.job.datafile.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266 §4): always {@code attachment}, so that no uploaded file,
 * whatever its type, is rendered as a page of the API's origin; the name in plain ASCII and in full as
 * {@code filename*} (RFC 8187).
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
