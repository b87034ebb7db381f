/**
 * Territory consolidation: sites rolled up to legal entities, members' figures summed into the territory's,
 * partners kept beside the totals. Plain Java, free of Spring.
 */
package fr.copilote.model.consolidation;
