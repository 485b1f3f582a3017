package org.proud2bops.platform.testing.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, so a test can send what well-behaved clients refuse to (control characters,
 * lying lengths, broken bodies) and read back exactly what the server wrote. It reads a response the way a strict
 * client does: a body announced by {@code Content-Length} or {@code Transfer-Encoding} is waited for, so a response
 * that announces a body it never sends shows up as a timeout.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 5_000;

    private final String host;
    private final int port;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** A response as it came off the wire; header names in lower case. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Thrown when the server does not finish its answer in time (or closes before it does). */
    public static final class NoCompleteAnswer extends RuntimeException {
        NoCompleteAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Sends one request on a fresh connection. {@code declaredLength}, when not negative, is sent as the
     * Content-Length whatever the body's real size (to announce a body larger than the one sent).
     */
    public Answer send(String method, String target, Map<String, String> headers, byte[] body, long declaredLength) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: ")
                    .append(host)
                    .append(':')
                    .append(port)
                    .append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ")
                        .append(declaredLength >= 0 ? declaredLength : body.length)
                        .append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream(), "HEAD".equals(method));
        } catch (SocketTimeoutException e) {
            throw new NoCompleteAnswer("no complete answer within " + TIMEOUT_MILLIS + " ms", e);
        } catch (IOException e) {
            throw new NoCompleteAnswer("the connection failed: " + e.getMessage(), e);
        }
    }

    public Answer send(String method, String target, Map<String, String> headers) {
        return send(method, target, headers, null, -1);
    }

    static Answer read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without answering");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.merge(
                    header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).trim(),
                    (first, next) -> first + ", " + next);
        }
        if (head || status == 204 || status == 304 || status / 100 == 1) {
            return new Answer(status, headers, new byte[0]);
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return new Answer(status, headers, chunked(in));
        }
        if (headers.containsKey("content-length")) {
            return new Answer(status, headers, exactly(in, Integer.parseInt(headers.get("content-length"))));
        }
        return new Answer(status, headers, in.readAllBytes());
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                throw new IOException("the chunked body ended early");
            }
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                while (true) {
                    String trailer = line(in);
                    if (trailer == null || trailer.isEmpty()) {
                        return body.toByteArray();
                    }
                }
            }
            body.write(exactly(in, length));
            line(in);
        }
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new IOException("the body ended after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next != -1; next = in.read()) {
            if (next == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(next);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
