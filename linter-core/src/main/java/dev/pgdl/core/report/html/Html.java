package dev.pgdl.core.report.html;

/** Escaping of text for HTML element content and quoted attribute values, and the report's anchors. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The id of a rule's explanation: {@code rule-types-banned-type}. */
    static String ruleAnchor(String ruleId) {
        return "rule-" + ruleId.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
