package org.openderm.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body for real HTTP tests. */
final class Multipart {

  static final String BOUNDARY = "----openderm-test-boundary-7f3a";
  static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private Multipart() {}

  static byte[] image(byte[] bytes, String fileName, String bodySite) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bodySite != null) {
      text(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bodySite\"\r\n\r\n");
      text(out, bodySite + "\r\n");
    }
    text(
        out,
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: image/jpeg\r\n\r\n");
    out.writeBytes(bytes);
    text(out, "\r\n--" + BOUNDARY + "--\r\n");
    return out.toByteArray();
  }

  private static void text(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
