package fr.copilote.importer.file;

/**
 * An entry of the input folder that the import does not read (« fichier ignoré »), with the French reason:
 * so that every file the admin dropped is either read or said to be left aside, never passed over in silence.
 *
 * @param fileName the entry's name in the folder
 * @param reason   why it is not read, in French
 */
public record IgnoredFile(String fileName, String reason) {

    /** What the admin reads: « notes.txt : type de fichier inconnu (…) ». */
    public String message() {
        return fileName + " : " + reason;
    }
}
