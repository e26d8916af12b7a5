package fi.palvelupiste.kiosk.campaign.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Entities;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG (no chart library, nothing to load in the browser), for pictures
 * where people would rather look than read. It is an image with a title and a description for screen readers; the
 * same numbers are always in a table beside it. Black text, bars dark blue on white (well over 3:1).
 */
final class BarChart {

    /** One bar: its label and its number. */
    record Bar(String label, int value) {
    }

    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 300;
    private static final int ROW = 28;
    private static final int BAR = 18;
    /** Room right of the longest bar for its number. */
    private static final int NUMBER_ROOM = 60;

    private BarChart() {
    }

    /**
     * @param id          the chart's id (its title and description are named after it)
     * @param title       what the chart shows, read out as the image's name
     * @param description the numbers in words, read out after the title
     */
    static Html of(String id, String title, String description, List<Bar> bars) {
        int height = Math.max(1, bars.size()) * ROW + 8;
        int largest = bars.stream().mapToInt(Bar::value).max().orElse(0);
        double scale = largest == 0 ? 0 : (double) (WIDTH - LABEL_WIDTH - NUMBER_ROOM) / largest;
        StringBuilder svg = new StringBuilder();
        svg.append("<div class=\"report-chart\" id=\"").append(id).append("\">")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\"><title id=\"").append(id).append("-title\">").append(text(title))
                .append("</title><desc id=\"").append(id).append("-desc\">").append(text(description)).append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 4 + i * ROW;
            long length = Math.round(bar.value() * scale);
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#000000\">").append(text(bar.label()))
                    .append("</text><rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(length).append("\" height=\"").append(BAR)
                    .append("\" fill=\"#1a4e8a\"/><text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"")
                    .append(y + BAR - 4).append("\" font-size=\"14\" fill=\"#000000\">")
                    .append(String.format(Locale.ROOT, "%d", bar.value())).append("</text>");
        }
        return new Html(svg.append("</svg></div>").toString());
    }

    /** A coordinator's text (a village, a municipality) as SVG text: never markup. */
    private static String text(String value) {
        return Entities.escape(value);
    }
}
