#!/usr/bin/env bash
# Photo upload throughput through the REST API: POST /api/v1/patients/{id}/photos with a 1 MP
# and a 12 MP JPEG (made from an ISIC image), i.e. HTTP, HTTP Basic (Argon2id), sanitising,
# quality verdict, AES-GCM encryption, fsync'd storage and the database row. One client, then two
# in parallel. Starts a demo server on a fresh data directory and stops it at the end.
# Usage: bin/bench/upload.sh [count per size, default 30]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:-30}"
PORT="${PORT:-18081}"
USER_PW="dermato:${OPENDERM_DEMO_PASSWORD:-openderm-demo}"
DATA="$(mktemp -d /tmp/openderm-upload-XXXXXX)"
PID=""
# Cleanup must survive `set -e`: `wait` on the killed server returns 143, which would end the trap
# before the data directory (master key included) is removed.
cleanup() {
  set +e
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; fi
  rm -rf "$DATA"
}
trap cleanup EXIT
chmod 755 "$DATA"   # the embedded database runs as an unprivileged account when root
SRC="${ISIC_IMAGE:-$ROOT/../shared/data/isic-557/images/ISIC_0000000.jpg}"
"$ROOT/bin/openderm" --version > /dev/null   # build first, so the build is not timed
# A JDK >= 21 to make the test images (as bin/openderm finds one).
JAVA="${JAVA_HOME:-}/bin/java"
[[ -x "$JAVA" ]] || JAVA="$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1)/bin/java"

cat > "$DATA/Scale.java" <<'JAVA'
import java.awt.*; import java.awt.image.*; import java.io.*; import javax.imageio.*;
public class Scale { public static void main(String[] a) throws Exception {
  BufferedImage s = ImageIO.read(new File(a[0]));
  int w = Integer.parseInt(a[2]), h = Integer.parseInt(a[3]);
  BufferedImage d = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
  Graphics2D g = d.createGraphics();
  g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
  g.drawImage(s, 0, 0, w, h, null); g.dispose();
  ImageIO.write(d, "jpg", new File(a[1])); } }
JAVA
"$JAVA" "$DATA/Scale.java" "$SRC" "$DATA/1mp.jpg" 1155 866
"$JAVA" "$DATA/Scale.java" "$SRC" "$DATA/12mp.jpg" 4000 3000

"$ROOT/bin/openderm" serve --demo --port "$PORT" --data-dir "$DATA/data" > "$DATA/server.log" 2>&1 &
PID=$!
API="http://127.0.0.1:$PORT/api/v1"
until curl -fsS -u "$USER_PW" "$API/patients" > /dev/null 2>&1; do
  kill -0 "$PID" 2> /dev/null || { echo "server died:"; tail -20 "$DATA/server.log"; exit 1; }
  sleep 0.3
done
PATIENT=$(curl -fsS -u "$USER_PW" -H 'Content-Type: application/json' "$API/patients" \
  -d '{"givenName":"Bench","familyName":"Upload","birthDate":"1980-01-01","sex":"female"}' \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
curl -fsS -u "$USER_PW" -H 'Content-Type: application/json' "$API/patients/$PATIENT/consents" \
  -d '{"purpose":"CARE","granted":true}' > /dev/null

upload() { curl -fsS -o /dev/null -u "$USER_PW" -F "image=@$1;type=image/jpeg" \
  "$API/patients/$PATIENT/photos"; }
export -f upload; export USER_PW API PATIENT

# Warm-up (JIT, first decode), then timed runs.
for i in 1 2 3; do upload "$DATA/1mp.jpg"; upload "$DATA/12mp.jpg"; done
auth_ms=$( { /usr/bin/time -f %e bash -c "for i in \$(seq 10); do curl -fsS -o /dev/null -u '$USER_PW' '$API/patients/$PATIENT'; done" ; } 2>&1 | tail -1)
echo "OpenDerm photo upload through the API ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
printf 'a GET of the patient (HTTP + Argon2id Basic auth + audit row): %.0f ms\n' "$(echo "$auth_ms * 100" | bc)"
for size in 1mp 12mp; do
  bytes=$(stat -c %s "$DATA/$size.jpg")
  for clients in 1 2; do
    start=$(date +%s.%N)
    seq "$N" | xargs -P "$clients" -I{} bash -c "upload '$DATA/$size.jpg'"
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc)
    printf '%-5s (%5d KB) %d client(s): %3d uploads in %6.1f s = %5.2f photos/s, %6.0f ms each\n' \
      "$size" $((bytes / 1024)) "$clients" "$N" "$secs" "$(echo "$N / $secs" | bc -l)" \
      "$(echo "$secs * 1000 * $clients / $N" | bc -l)"
  done
done
