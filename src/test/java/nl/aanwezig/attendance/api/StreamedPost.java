package nl.aanwezig.attendance.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A POST of a CSV whose body is a stream the test controls (MockMvc's own builder takes a byte array only), with
 * the length the sender declares: -1 for a chunked upload, or anything, true or not.
 */
record StreamedPost(String path, String user, String password, InputStream body, long declaredLength)
        implements RequestBuilder {

    @Override
    public MockHttpServletRequest buildRequest(ServletContext servletContext) {
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "POST", path) {
            @Override
            public ServletInputStream getInputStream() {
                return new Delegating(body);
            }

            @Override
            public long getContentLengthLong() {
                return declaredLength;
            }

            @Override
            public int getContentLength() {
                return (int) Math.min(Integer.MAX_VALUE, declaredLength);
            }
        };
        request.setContentType("text/csv");
        request.addHeader("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return request;
    }

    /** Passes reads of many bytes on as they are (Spring's DelegatingServletInputStream reads byte by byte). */
    private static final class Delegating extends ServletInputStream {
        private final InputStream body;
        private boolean finished;

        Delegating(InputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = body.read(b, off, len);
            finished |= n == -1;
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("blocking reads only");
        }
    }
}
