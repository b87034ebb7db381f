package fr.copilote.reports.dashboard;

/**
 * An entry of the input folder that the run did not read (« fichier ignoré »), and why: listed on the Sources
 * sheet beside the files that were read, so that the receipt accounts for the whole folder.
 */
public record IgnoredFileLine(String fileName, String reason) {
}
