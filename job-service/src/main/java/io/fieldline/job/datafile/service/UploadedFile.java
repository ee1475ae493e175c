package io.fieldline.job.datafile.service;

import java.nio.file.Path;

/** A file part as the HTTP layer received it: written to {@code path} on disk, {@code size} bytes, the client's name. */
public record UploadedFile(Path path, String filename, long size) {
}
