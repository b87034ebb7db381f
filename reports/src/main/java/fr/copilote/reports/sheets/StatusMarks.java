package fr.copilote.reports.sheets;

import fr.copilote.model.objective.ObjectiveStatus;
import org.apache.poi.ss.usermodel.BorderFormatting;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Conditional formats on cells holding an objective's status, each recognisable in grey print without its words:
 * atteint in bold on a solid grey fill, en bonne voie in italics on a dotted fill, en retard in bold in a thick frame.
 * Never colour alone: the status is also written out in the cell.
 */
final class StatusMarks {

    private StatusMarks() {
    }

    static void apply(Sheet sheet, int firstRow, int lastRow, int column) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String cell = "$" + CellReference.convertNumToColString(column) + (firstRow + 1);

        ConditionalFormattingRule reached = rule(formatting, cell, ObjectiveStatus.ATTEINT);
        reached.createFontFormatting().setFontStyle(false, true);
        PatternFormatting grey = reached.createPatternFormatting();
        grey.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        grey.setFillBackgroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        grey.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());

        ConditionalFormattingRule onTrack = rule(formatting, cell, ObjectiveStatus.EN_BONNE_VOIE);
        onTrack.createFontFormatting().setFontStyle(true, false);
        PatternFormatting dots = onTrack.createPatternFormatting();
        dots.setFillPattern(PatternFormatting.SPARSE_DOTS);
        dots.setFillForegroundColor(IndexedColors.GREY_50_PERCENT.getIndex());
        dots.setFillBackgroundColor(IndexedColors.WHITE.getIndex());

        ConditionalFormattingRule late = rule(formatting, cell, ObjectiveStatus.EN_RETARD);
        late.createFontFormatting().setFontStyle(false, true);
        BorderFormatting frame = late.createBorderFormatting();
        frame.setBorderTop(BorderStyle.THICK);
        frame.setBorderBottom(BorderStyle.THICK);
        frame.setBorderLeft(BorderStyle.THICK);
        frame.setBorderRight(BorderStyle.THICK);

        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, column, column)},
                new ConditionalFormattingRule[] {reached, onTrack, late});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting formatting, String cell, ObjectiveStatus status) {
        return formatting.createConditionalFormattingRule(cell + "=\"" + status.label() + "\"");
    }
}
