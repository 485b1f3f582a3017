package org.proud2bops.members.service;

import java.nio.file.Path;

/** A file as received: where the upload was stored, the name the sender gave it and its size. */
public record UploadedDocument(Path file, String fileName, long size) {
}
