package org.openderm.audit;

/** Walks the rows in sequence order and remembers the first place the chain breaks. */
final class AuditChainVerifier {

  private final AuditChain chain;
  private long entries;
  private long expectedSeq = 1;
  private String previousHash = AuditChain.GENESIS;
  private Long firstInvalid;
  private String reason;

  AuditChainVerifier(AuditChain chain) {
    this.chain = chain;
  }

  void accept(AuditRecord row) {
    entries++;
    if (firstInvalid != null) {
      return;
    }
    if (row.seq() != expectedSeq) {
      fail(
          Math.min(row.seq(), expectedSeq),
          row.seq() > expectedSeq
              ? "row " + expectedSeq + " is missing"
              : "row " + row.seq() + " is out of sequence");
    } else if (!row.prevHash().equals(previousHash)) {
      fail(row.seq(), "previous-hash link does not match row " + (row.seq() - 1));
    } else if (!chain.hash(row).equals(row.hash())) {
      fail(row.seq(), "content does not match its hash (altered)");
    }
    expectedSeq = row.seq() + 1;
    previousHash = row.hash();
  }

  AuditVerification finish(AuditTrail.Head head) {
    if (firstInvalid == null) {
      long last = expectedSeq - 1;
      if (head == null && last > 0) {
        fail(last, "the chain head is missing");
      } else if (head != null && head.seq() < 0) {
        fail(last, "the chain head was altered");
      } else if (head != null && head.seq() != last) {
        fail(
            Math.min(head.seq(), last + 1),
            head.seq() > last
                ? "rows after " + last + " were removed"
                : "row " + head.seq() + " follows the head");
      } else if (head != null && !head.hash().equals(previousHash)) {
        fail(last, "the last row does not match the chain head");
      }
    }
    return new AuditVerification(firstInvalid == null, entries, firstInvalid, reason);
  }

  private void fail(long seq, String why) {
    firstInvalid = seq;
    reason = why;
  }
}
