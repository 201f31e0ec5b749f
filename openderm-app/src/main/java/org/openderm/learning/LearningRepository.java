package org.openderm.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Learner settings, answers and FSRS cards in PostgreSQL (migration {@code V7_1}). */
@Repository
class LearningRepository {

  private final JdbcClient jdbc;

  LearningRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LearnerSettings> settings(String username) {
    return jdbc.sql("select desired_retention, time_zone from learning_learner where username = ?")
        .param(username)
        .query(
            (rs, row) ->
                new LearnerSettings(
                    rs.getDouble("desired_retention"), ZoneId.of(rs.getString("time_zone"))))
        .optional();
  }

  void saveSettings(String username, LearnerSettings settings) {
    jdbc.sql(
            """
            insert into learning_learner (username, desired_retention, time_zone) values (?, ?, ?)
            on conflict (username) do update
              set desired_retention = excluded.desired_retention,
                  time_zone = excluded.time_zone, updated_at = now()
            """)
        .params(username, settings.desiredRetention(), settings.timeZone().getId())
        .update();
  }

  void saveAnswer(String username, AnswerRecord a) {
    jdbc.sql(
            """
            insert into learning_answer (username, item_kind, item_id, topic, expected, given,
              correct, rating, response_ms, answered_at, ai_answer)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            username,
            a.kind().name(),
            a.itemId(),
            a.topic(),
            a.expected(),
            a.given(),
            a.correct(),
            a.rating().name(),
            a.responseMillis(),
            Timestamp.from(a.answeredAt()),
            a.aiAnswer())
        .update();
  }

  /** The learner's answers, oldest first. */
  List<AnswerRecord> answers(String username) {
    return jdbc.sql(
            """
            select answered_at, item_kind, item_id, topic, expected, given, correct, rating,
              response_ms, ai_answer
            from learning_answer where username = ? order by answered_at, id
            """)
        .param(username)
        .query(LearningRepository::answer)
        .list();
  }

  Optional<CardState> card(String username, String itemId) {
    return jdbc.sql(
            """
            select stability, difficulty, last_review, due, interval_days, reps, lapses
            from learning_card where username = ? and item_id = ?
            """)
        .params(username, itemId)
        .query(LearningRepository::card)
        .optional();
  }

  void saveCard(String username, String itemId, ItemKind kind, CardState c) {
    jdbc.sql(
            """
            insert into learning_card (username, item_id, item_kind, stability, difficulty,
              last_review, due, interval_days, reps, lapses)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (username, item_id) do update set
              stability = excluded.stability, difficulty = excluded.difficulty,
              last_review = excluded.last_review, due = excluded.due,
              interval_days = excluded.interval_days, reps = excluded.reps,
              lapses = excluded.lapses
            """)
        .params(
            username,
            itemId,
            kind.name(),
            c.memory().stability(),
            c.memory().difficulty(),
            Timestamp.from(c.lastReview()),
            Timestamp.from(c.due()),
            c.intervalDays(),
            c.reps(),
            c.lapses())
        .update();
  }

  /** Ids of the learner's items of {@code kind} due at {@code now}, most overdue first. */
  List<String> dueIds(String username, ItemKind kind, Instant now, int limit) {
    return jdbc.sql(
            """
            select item_id from learning_card
            where username = ? and item_kind = ? and due <= ?
            order by due, item_id limit ?
            """)
        .params(username, kind.name(), Timestamp.from(now), limit)
        .query(String.class)
        .list();
  }

  int dueCount(String username, Instant now) {
    return jdbc.sql("select count(*) from learning_card where username = ? and due <= ?")
        .params(username, Timestamp.from(now))
        .query(Integer.class)
        .single();
  }

  Set<String> seenIds(String username, ItemKind kind) {
    return new HashSet<>(
        jdbc.sql("select item_id from learning_card where username = ? and item_kind = ?")
            .params(username, kind.name())
            .query(String.class)
            .list());
  }

  private static AnswerRecord answer(ResultSet rs, int row) throws SQLException {
    return new AnswerRecord(
        rs.getTimestamp("answered_at").toInstant(),
        ItemKind.valueOf(rs.getString("item_kind")),
        rs.getString("item_id"),
        rs.getString("topic"),
        rs.getString("expected"),
        rs.getString("given"),
        rs.getBoolean("correct"),
        Rating.valueOf(rs.getString("rating")),
        rs.getObject("response_ms", Long.class),
        rs.getString("ai_answer"));
  }

  private static CardState card(ResultSet rs, int row) throws SQLException {
    return new CardState(
        new MemoryState(rs.getDouble("stability"), rs.getDouble("difficulty")),
        rs.getTimestamp("last_review").toInstant(),
        rs.getTimestamp("due").toInstant(),
        rs.getInt("interval_days"),
        rs.getInt("reps"),
        rs.getInt("lapses"));
  }
}
