package fr.copilote.model.generator;

import java.util.SplittableRandom;

/** Derives independent random streams from the settings' seed and a stable key. */
final class Seeds {

    private static final long FNV_PRIME = 0x100000001B3L;

    private Seeds() {
    }

    /**
     * Keyed streams rather than one shared stream: what is drawn for one establishment, month or convention
     * does not shift when another part of the generator draws more or fewer numbers. The hash uses only
     * {@code String} characters, so it is the same on every JVM.
     */
    static SplittableRandom of(long seed, String... keys) {
        long hash = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        for (String key : keys) {
            for (int i = 0; i < key.length(); i++) {
                hash = (hash ^ key.charAt(i)) * FNV_PRIME;
            }
            // A separator, so that the keys ("ab", "c") and ("a", "bc") give different streams.
            hash = (hash ^ 0x1F) * FNV_PRIME;
        }
        return new SplittableRandom(hash);
    }
}
