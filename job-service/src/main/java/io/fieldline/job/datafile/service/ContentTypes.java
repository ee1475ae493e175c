package io.fieldline.job.datafile.service;

import org.apache.tika.Tika;

/**
 * The MIME type of an upload, detected by Apache Tika from its first bytes (magic numbers); the file name only refines
 * a type the content leaves open (a text file named {@code .csv} is {@code text/csv}), and never overrides what the
 * content shows (a PNG named {@code .txt} is {@code image/png}). What the client declares is not consulted.
 */
final class ContentTypes {

    private static final Tika TIKA = new Tika();

    private ContentTypes() {
    }

    /** The detected type, {@code application/octet-stream} when nothing is recognised. */
    static String detect(byte[] prefix, String filename) {
        return TIKA.detect(prefix, filename);
    }
}
