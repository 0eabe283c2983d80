package dev.pgdl.core.report.html;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG: one bar per row, each made of segments stacked left to
 * right, with the row's label before it and a value text after it. Every segment carries its
 * class and value ({@code data-segment}, {@code data-value}) and a tooltip.
 */
final class BarChart {

    record Segment(String name, int value, String tooltip) {
    }

    record Bar(String label, List<Segment> segments, String valueText) {
        int total() {
            return segments.stream().mapToInt(Segment::value).sum();
        }
    }

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_WIDTH = 300;
    private static final int ROW_HEIGHT = 26;
    private static final int BAR_HEIGHT = 18;

    private BarChart() {
    }

    /** The figure {@code id} with its caption; {@code max} is the value of a full-width bar. */
    static String figure(String id, String caption, List<Bar> bars, int max, String emptyText) {
        StringBuilder html = new StringBuilder("<figure class=\"chart\" id=\"").append(id).append("\"><figcaption>")
                .append(Html.escape(caption)).append("</figcaption>");
        if (bars.isEmpty()) {
            return html.append("<p class=\"empty\">").append(Html.escape(emptyText)).append("</p></figure>").toString();
        }
        int height = bars.size() * ROW_HEIGHT + 4;
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\"><title>").append(Html.escape(caption)).append("</title>");
        for (int row = 0; row < bars.size(); row++) {
            bar(html, bars.get(row), row * ROW_HEIGHT + 2, Math.max(max, 1));
        }
        return html.append("</svg></figure>").toString();
    }

    private static void bar(StringBuilder svg, Bar bar, int y, int max) {
        int textY = y + BAR_HEIGHT - 4;
        svg.append("<g class=\"bar\" data-label=\"").append(Html.escape(bar.label())).append("\" data-total=\"")
                .append(bar.total()).append("\"><text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"")
                .append(textY).append("\" text-anchor=\"end\">").append(Html.escape(bar.label())).append("</text>");
        double x = LABEL_WIDTH;
        for (Segment segment : bar.segments()) {
            double width = (double) segment.value() * BAR_WIDTH / max;
            svg.append("<rect class=\"segment ").append(segment.name()).append("\" data-segment=\"")
                    .append(segment.name()).append("\" data-value=\"").append(segment.value()).append("\" x=\"")
                    .append(format(x)).append("\" y=\"").append(y).append("\" width=\"").append(format(width))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\"><title>").append(Html.escape(segment.tooltip()))
                    .append("</title></rect>");
            x += width;
        }
        svg.append("<text class=\"value\" x=\"").append(format(x + 6)).append("\" y=\"").append(textY).append("\">")
                .append(Html.escape(bar.valueText())).append("</text></g>");
    }

    private static String format(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
