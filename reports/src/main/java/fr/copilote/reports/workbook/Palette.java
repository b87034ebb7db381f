package fr.copilote.reports.workbook;

import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Colours of the charts and colour scales: from the Okabe–Ito and ColorBrewer palettes, legible to colour-blind
 * readers, and chosen far apart in lightness so that a grey printout still tells the series apart. Each is kept as
 * its three RGB bytes, what a chart (DrawingML) takes; a cell colour is built from it by {@link #cellColour}.
 */
public final class Palette {

    /** The current period, incoming time: dark blue. */
    public static final byte[] DARK_BLUE = rgb(0x1F, 0x4E, 0x79);
    /** N-1: light blue, much lighter than {@link #DARK_BLUE}. */
    public static final byte[] LIGHT_BLUE = rgb(0x9D, 0xC3, 0xE6);
    /** Outgoing time: orange, between the two blues in lightness. */
    public static final byte[] ORANGE = rgb(0xE6, 0x9F, 0x00);
    /** Lines of a trend, one per series, cycling. */
    public static final byte[][] SERIES = {
            rgb(0x00, 0x72, 0xB2), rgb(0xE6, 0x9F, 0x00), rgb(0x00, 0x9E, 0x73), rgb(0xCC, 0x79, 0xA7),
            rgb(0x56, 0xB4, 0xE9), rgb(0xD5, 0x5E, 0x00), rgb(0x00, 0x00, 0x00), rgb(0xF0, 0xE4, 0x42),
            rgb(0x99, 0x99, 0x99), rgb(0x5A, 0x3E, 0x8E)};
    /** Ends of the colour scale of the flow matrices: white to dark blue. */
    public static final byte[] SCALE_LOW = rgb(0xFF, 0xFF, 0xFF);
    public static final byte[] SCALE_HIGH = DARK_BLUE;

    private Palette() {
    }

    /**
     * A colour for cells (fills, fonts, colour scales): SpreadsheetML wants it as ARGB, four bytes, where charts take
     * three; an XSSFColor built from three bytes is written as six hex digits, which the schema refuses and Excel
     * « repairs » by dropping the formatting. Opaque: Excel ignores the alpha of cell colours.
     */
    public static XSSFColor cellColour(byte[] rgb) {
        return new XSSFColor(new byte[] {(byte) 0xFF, rgb[0], rgb[1], rgb[2]});
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
