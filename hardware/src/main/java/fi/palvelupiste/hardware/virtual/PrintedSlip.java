package fi.palvelupiste.hardware.virtual;

import java.nio.file.Path;

/**
 * One job as the virtual printer stored it: the ESC/POS bytes, what the paper would show as text, and (beside
 * them) a PNG picture of the paper.
 */
public record PrintedSlip(String name, Path escPosFile, Path textFile, String text) {

    /** The picture of the paper: {@code <name>.png} beside the {@code .escpos} file. */
    public Path pngFile() {
        String file = escPosFile.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return escPosFile.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + VirtualPrinter.PNG_SUFFIX);
    }
}
