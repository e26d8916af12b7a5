package fi.palvelupiste.kiosk.hub.ui;

import com.vaadin.flow.component.html.Image;
import fi.palvelupiste.hardware.escpos.QrSymbol;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A QR code as an SVG picture in the page itself (a data: address, which the pages' CSP allows), made from the same symbol the printer's QR codes use. */
final class QrPicture {

    private static final int QUIET_ZONE = 4;

    private QrPicture() {
    }

    static Image of(String text, String altText) {
        String svg = svg(QrSymbol.encode(text));
        Image image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), altText);
        image.setWidth("240px");
        image.setHeight("240px");
        return image;
    }

    static String svg(QrSymbol symbol) {
        int size = symbol.modules() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < symbol.modules(); y++) {
            for (int x = 0; x < symbol.modules(); x++) {
                if (symbol.dark(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
