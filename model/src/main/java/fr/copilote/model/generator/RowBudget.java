package fr.copilote.model.generator;

/**
 * Spreads the aimed number of activity rows over the (month, establishment) cells by error diffusion: each
 * cell is offered what the cells so far fell short of, or took beyond, their share. Small establishments
 * leave rows to larger ones, and the file ends within a few rows of the aim without holding anything back.
 */
final class RowBudget {

    private final long target;
    private final long cells;
    private long cell;

    RowBudget(long target, long cells) {
        this.target = target;
        this.cells = Math.max(1, cells);
    }

    /** The rows the next cell may write, given how many the previous cells wrote; possibly 0 or negative. */
    long nextCell(long writtenSoFar) {
        cell++;
        long aimedSoFar = Math.multiplyExact(target, Math.min(cell, cells)) / cells;
        return aimedSoFar - writtenSoFar;
    }
}
