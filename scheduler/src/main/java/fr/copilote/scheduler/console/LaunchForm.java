package fr.copilote.scheduler.console;

import fr.copilote.importer.job.MissingInputPolicy;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The launch form's fields: business date, input folder, territories (codes, comma-separated; empty for all). */
public class LaunchForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String input;
    private String territories = "";
    private MissingInputPolicy missingInput = MissingInputPolicy.FAIL;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input;
    }

    public String getTerritories() {
        return territories;
    }

    public void setTerritories(String territories) {
        this.territories = territories == null ? "" : territories;
    }

    public MissingInputPolicy getMissingInput() {
        return missingInput;
    }

    public void setMissingInput(MissingInputPolicy missingInput) {
        this.missingInput = missingInput;
    }
}
