package fr.copilote.reports.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML), bound to cell ranges of the workbook so that they follow the figures and can
 * be pasted into a steering-committee deck. Every series gets an explicit colour: LibreOffice draws nothing
 * without one.
 */
public final class Charts {

    /** A series: its title cell, its values (one column), its colour. */
    public record Series(CellReference title, CellRangeAddress values, byte[] rgb) {
    }

    private Charts() {
    }

    /**
     * @param area the cells the chart covers: first column, first row, last column (exclusive), last row (exclusive)
     */
    public static XSSFChart bars(XSSFSheet sheet, int[] area, String title, CellRangeAddress categories, List<Series> series,
                                 boolean horizontal) {
        XSSFChart chart = chart(sheet, area, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        addSeries(sheet, data, categories, series, false);
        chart.plot(data);
        return chart;
    }

    public static XSSFChart lines(XSSFSheet sheet, int[] area, String title, CellRangeAddress categories, List<Series> series) {
        XSSFChart chart = chart(sheet, area, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        // Required by the schema, and POI does not write it: without it Excel « repairs » the file by dropping the chart.
        data.setGrouping(Grouping.STANDARD);
        data.setVaryColors(false);
        addSeries(sheet, data, categories, series, true);
        chart.plot(data);
        return chart;
    }

    private static XSSFChart chart(XSSFSheet sheet, int[] area, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, area[0], area[1], area[2], area[3]);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** Lines also differ by dash and marker, so that a grey printout still tells them apart. */
    private static void addSeries(XSSFSheet sheet, XDDFChartData data, CellRangeAddress categories, List<Series> series, boolean lines) {
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        PresetLineDash[] dashes = {PresetLineDash.SOLID, PresetLineDash.DASH, PresetLineDash.DOT, PresetLineDash.LARGE_DASH,
                PresetLineDash.DASH_DOT, PresetLineDash.SYSTEM_DASH};
        MarkerStyle[] markers = {MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE, MarkerStyle.DIAMOND,
                MarkerStyle.X, MarkerStyle.STAR};
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFChartData.Series added = data.addSeries(cats, XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values()));
            added.setTitle(null, new CellReference(sheet.getSheetName(), s.title().getRow(), s.title().getCol(), true, true));
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(s.rgb()));
            if (lines) {
                XDDFLineProperties line = new XDDFLineProperties(fill);
                line.setWidth(2.25);
                line.setPresetDash(new XDDFPresetLineDash(dashes[i % dashes.length]));
                added.setLineProperties(line);
                XDDFLineChartData.Series lineSeries = (XDDFLineChartData.Series) added;
                lineSeries.setMarkerStyle(markers[i % markers.length]);
                lineSeries.setSmooth(false);
            } else {
                added.setFillProperties(fill);
            }
        }
    }
}
