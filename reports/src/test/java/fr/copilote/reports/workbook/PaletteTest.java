package fr.copilote.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Colours shown side by side stay apart when the workbook is printed in grey. */
class PaletteTest {

    @Test
    void barColoursShownTogetherDifferInGreyByAQuarterOfTheScale() {
        assertThat(Math.abs(grey(Palette.DARK_BLUE) - grey(Palette.LIGHT_BLUE))).isGreaterThan(0.25);
        assertThat(Math.abs(grey(Palette.DARK_BLUE) - grey(Palette.ORANGE))).isGreaterThan(0.25);
    }

    @Test
    void cellColoursAreOpaqueArgbAsSpreadsheetMlWantsThem() {
        assertThat(Palette.cellColour(Palette.SCALE_HIGH).getCTColor().getRgb()).hasSize(4);
        assertThat(Palette.cellColour(Palette.SCALE_HIGH).getARGBHex()).isEqualTo("FF1F4E79");
        assertThat(Palette.cellColour(Palette.SCALE_LOW).getARGBHex()).isEqualTo("FFFFFFFF");
    }

    /** Relative luminance (WCAG 2), 0 for black to 1 for white: what a grey printer keeps of a colour. */
    private static double grey(byte[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = (rgb[i] & 0xFF) / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
