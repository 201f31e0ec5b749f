package org.openderm.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps non-multipart request bodies (JSON, FHIR bundles) at {@code openderm.max-json-bytes}: a
 * declared length over the cap is refused at once with 413; a chunked body is counted as it is
 * read. Multipart uploads have their own limits (spring.servlet.multipart.*).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimitFilter(@Value("${openderm.max-json-bytes:2097152}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String type = req.getContentType();
    if (type != null && type.toLowerCase().startsWith("multipart/")) {
      chain.doFilter(req, res);
      return;
    }
    if (req.getContentLengthLong() > maxBytes) {
      Problems.write(
          res,
          413,
          "DERM-0003",
          "Payload too large",
          "The request body is larger than this endpoint accepts.");
      return;
    }
    chain.doFilter(new Capped(req, maxBytes), res);
  }

  private static final class Capped extends HttpServletRequestWrapper {
    private final long max;

    Capped(HttpServletRequest req, long max) {
      super(req);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long count;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && ++count > max) {
            throw new PayloadTooLargeException();
          }
          return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
          int n = in.read(buf, off, len);
          if (n > 0 && (count += n) > max) {
            throw new PayloadTooLargeException();
          }
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
