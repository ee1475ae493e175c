package io.fieldline.job.datafile.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A download is always an attachment, named in plain ASCII and in full (RFC 6266 §4.3, RFC 8187). */
class ContentDispositionTest {

    @Test
    void shouldNameAPlainFileAsItIs() {
        assertEquals("attachment; filename=\"test.png\"; filename*=UTF-8''test.png",
                ContentDisposition.attachment("test.png"));
    }

    @Test
    void shouldReplaceQuotesAndNonAsciiInThePlainNameAndEncodeTheFullName() {
        assertEquals("attachment; filename=\"Caf_ _menu_.pdf\"; filename*=UTF-8''Caf%C3%A9%20%22menu%22.pdf",
                ContentDisposition.attachment("Café \"menu\".pdf"));
    }
}
