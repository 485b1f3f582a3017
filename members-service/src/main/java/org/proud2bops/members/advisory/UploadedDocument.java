package org.proud2bops.members.advisory;

import java.nio.file.Path;

/**
 * A file as received: where the upload was stored and its size. The name the sender gave it is not kept: files are
 * offered under a name the server chooses.
 */
public record UploadedDocument(Path file, long size) {}
