package org.openderm.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a learner's answer history as CSV, one row per answer, for the learner to keep. */
final class ProgressCsv {

  static final String HEADER =
      "answered_at,item_kind,item_id,topic,expected,given,correct,rating,response_ms,ai_answer";

  private ProgressCsv() {}

  static void write(List<AnswerRecord> answers, Appendable out) {
    try {
      out.append(HEADER).append("\r\n");
      for (AnswerRecord a : answers) {
        out.append(a.answeredAt().toString())
            .append(',')
            .append(a.kind().name())
            .append(',')
            .append(Csv.cell(a.itemId()))
            .append(',')
            .append(Csv.cell(a.topic()))
            .append(',')
            .append(Csv.cell(a.expected()))
            .append(',')
            .append(Csv.cell(a.given()))
            .append(',')
            .append(Boolean.toString(a.correct()))
            .append(',')
            .append(a.rating().name())
            .append(',')
            .append(a.responseMillis() == null ? "" : a.responseMillis().toString())
            .append(',')
            .append(Csv.cell(a.aiAnswer()))
            .append("\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
