package fr.copilote.importer.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the import steps ({@code copilote.import.*}).
 *
 * @param chunkSize        rows written and committed together; also the granularity of a restart
 * @param maxRejectRate    share of rejected rows above which a file fails the run (0.05 = 5 %)
 * @param progressInterval how often a long import logs its progress
 * @param maxReduction     share of what it replaces a file may remove before it is held back (0.2 = 20 %)
 */
@ConfigurationProperties("copilote.import")
public record ImportProperties(@DefaultValue("2000") int chunkSize, @DefaultValue("0.05") double maxRejectRate,
                               @DefaultValue("10s") Duration progressInterval, @DefaultValue("0.2") double maxReduction) {
}
