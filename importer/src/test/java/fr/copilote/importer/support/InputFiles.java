package fr.copilote.importer.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small, valid input folder written by the test itself: three real establishments of the SAE directory
 * (two legal entities), one territory, two conventions, and as many activity rows as asked.
 */
public final class InputFiles {

    public static final String DIRECTORY_HEADER = "bor;an;fi;rs;fi_ej;cat;dep;NOMCOM";
    public static final List<String> DIRECTORY = List.of(
            "ID;2023;420782559;HOPITAL DE BELLEVUE - CHU42;420784878;101;42;SAINT ETIENNE",
            "ID;2023;420785354;HOPITAL NORD - CHU42;420784878;101;42;SAINT PRIEST EN JAREZ",
            "ID;2023;420000010;CH DE ROANNE;420780033;355;42;ROANNE");
    public static final String TERRITORIES = """
            territory_code;territory_name;finess;role
            STE-ROANNE;CHU de Saint-Étienne – CH de Roanne;420784878;SUPPORT
            STE-ROANNE;CHU de Saint-Étienne – CH de Roanne;420000010;MEMBER
            """;
    public static final String CONVENTIONS = """
            convention_id;origin_finess;host_finess;practitioner_rpps;specialty;care_pathway;sharing_mode;half_days_per_week;start_date;end_date;annual_refund_eur;status
            C1;420784878;420000010;10005173140;Cardiologie;MEDECINE;CONSULTATION_AVANCEE;2;2020-01-01;;21000,50;SIGNEE
            C2;420000010;420782559;10005173140;Pédiatrie;PERINATALITE;VACATION;1;01/03/2021;31/12/2026;10000;SIGNEE
            """;
    public static final String ACTIVITY_HEADER = "period;finess;care_pathway;activity_type;volume;revenue_eur;direct_cost_eur;patient_territory;convention_id";

    private InputFiles() {
    }

    /** A complete, valid input folder with {@code activityRows} activity rows. */
    public static Path write(Path folder, int activityRows) {
        writeDirectory(folder);
        write(folder.resolve("territoires.csv"), TERRITORIES);
        write(folder.resolve("conventions.csv"), CONVENTIONS);
        writeActivity(folder.resolve("activite.csv"), activityRows);
        return folder;
    }

    public static void writeDirectory(Path folder) {
        write(folder.resolve("ID_2023r.csv"), DIRECTORY_HEADER + "\n" + String.join("\n", DIRECTORY) + "\n", StandardCharsets.ISO_8859_1);
    }

    /** Row i (1-based) has volume i, so that sums tell whether any row went missing or twice. */
    public static void writeActivity(Path file, int rows) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ACTIVITY_HEADER);
            out.write('\n');
            String[] finess = {"420782559", "420785354", "420000010"};
            for (int i = 1; i <= rows; i++) {
                int month = 1 + (i % 12);
                out.write(String.format("2024-%02d;%s;MEDECINE;CONSULTATION;%d;%d,50;%d;STE-ROANNE;%n", month, finess[i % 3], i, i * 30, i * 25));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String content) {
        write(file, content, StandardCharsets.UTF_8);
    }

    public static void write(Path file, String content, Charset charset) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Σ volume of {@code rows} generated rows: 1 + 2 + … + rows. */
    public static long expectedVolume(int rows) {
        return (long) rows * (rows + 1) / 2;
    }
}
