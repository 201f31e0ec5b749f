package org.openderm.ml.card;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** A minimal JSON writer for maps, collections, strings, numbers and booleans (pretty-printed). */
public final class Json {

  private Json() {}

  /** Serialises a value. Non-finite numbers become null. */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb, 0);
    return sb.append('\n').toString();
  }

  private static void write(Object v, StringBuilder sb, int indent) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Map<?, ?> m) {
      writeMap(m, sb, indent);
    } else if (v instanceof Collection<?> c) {
      writeList(c, sb, indent);
    } else if (v instanceof Object[] a) {
      writeList(java.util.Arrays.asList(a), sb, indent);
    } else if (v instanceof double[] a) {
      writeList(java.util.Arrays.stream(a).boxed().toList(), sb, indent);
    } else if (v instanceof int[] a) {
      writeList(java.util.Arrays.stream(a).boxed().toList(), sb, indent);
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      sb.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.4f", d) : "null");
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else {
      quote(v.toString(), sb);
    }
  }

  private static void writeMap(Map<?, ?> m, StringBuilder sb, int indent) {
    sb.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      sb.append(first ? "\n" : ",\n").append("  ".repeat(indent + 1));
      quote(e.getKey().toString(), sb);
      sb.append(": ");
      write(e.getValue(), sb, indent + 1);
      first = false;
    }
    sb.append(first ? "}" : "\n" + "  ".repeat(indent) + "}");
  }

  private static void writeList(Collection<?> c, StringBuilder sb, int indent) {
    boolean scalars = c.stream().allMatch(x -> x instanceof Number || x instanceof String);
    sb.append('[');
    boolean first = true;
    for (Object o : c) {
      if (!first) {
        sb.append(scalars ? ", " : ",");
      }
      if (!scalars) {
        sb.append('\n').append("  ".repeat(indent + 1));
      }
      write(o, sb, indent + 1);
      first = false;
    }
    sb.append(!scalars && !first ? "\n" + "  ".repeat(indent) + "]" : "]");
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (ch < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    sb.append('"');
  }
}
