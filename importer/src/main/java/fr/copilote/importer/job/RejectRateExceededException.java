package fr.copilote.importer.job;

/** A file rejected more rows than the configured threshold allows; nothing of the run is published. */
public class RejectRateExceededException extends RuntimeException {

    public RejectRateExceededException(String frenchMessage) {
        super(frenchMessage);
    }
}
