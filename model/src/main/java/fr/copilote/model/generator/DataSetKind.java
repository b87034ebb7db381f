package fr.copilote.model.generator;

/** Which data set the generator builds. */
public enum DataSetKind {
    /** The five real cooperations shipped in {@code samples/}, anchored on the public SAE 2023 figures. */
    BUNDLED_SAMPLE,
    /** Synthetic territories at the scale of the country, for benchmarks. */
    NATIONAL_SCALE
}
