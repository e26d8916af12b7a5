package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A staff page's CSV download: the file (written by {@code SpreadsheetCsv}) is made when the link is clicked, so
 * that each download is one export, audited by the service that makes it.
 */
public final class CsvDownload {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private CsvDownload() {
    }

    public static DownloadHandler of(String fileName, Supplier<byte[]> file) {
        return DownloadHandler.fromInputStream(download -> {
            byte[] bytes = file.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, CONTENT_TYPE, bytes.length);
        });
    }
}
