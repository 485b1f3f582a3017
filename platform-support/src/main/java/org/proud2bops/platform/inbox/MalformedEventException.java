package org.proud2bops.platform.inbox;

/** A message that can never be processed; the consumer's failure strategy sends it to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
