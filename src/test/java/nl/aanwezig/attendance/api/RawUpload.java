package nl.aanwezig.attendance.api;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A chunked POST over a plain socket, sent piece by piece as the test decides: a slow sender, which no HTTP
 * client library lets a test play.
 */
final class RawUpload implements Closeable {

    /** The status and the (de-chunked) body of the answer. */
    record Answer(int status, String body) {
    }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    private RawUpload(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = socket.getInputStream();
    }

    static RawUpload start(int port, String path, String user, String password) throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(30_000);
        RawUpload upload = new RawUpload(socket);
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        upload.out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        upload.out.flush();
        return upload;
    }

    /** Sends one chunk; false when the server has closed the connection. */
    boolean send(byte[] data) {
        try {
            out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    boolean send(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the server has begun to answer (while the body may still be coming). */
    boolean answered() throws IOException {
        return in.available() > 0;
    }

    /** Ends the body; the server may have stopped reading already. */
    void finish() {
        send(new byte[0]);
    }

    /** Reads the answer to the end of the connection (the request asked to close it). */
    Answer answer() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // a reset after the answer was sent: keep what came
        }
        String raw = all.toString(StandardCharsets.UTF_8);
        int split = raw.indexOf("\r\n\r\n");
        if (split < 0) {
            throw new IOException("no complete answer: " + raw);
        }
        String head = raw.substring(0, split);
        String body = raw.substring(split + 4);
        int status = Integer.parseInt(head.substring(9, 12));
        boolean chunked = head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
        return new Answer(status, chunked ? dechunk(body) : body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            int end = Math.min(body.length(), lineEnd + 2 + size); // sizes are bytes; the answers here are ASCII
            out.append(body, lineEnd + 2, end);
            at = end + 2;
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
