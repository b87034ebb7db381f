package fr.copilote.scheduler.reporting;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outputs ({@code copilote.output.*}).
 *
 * @param retentionDays workbooks and reject reports whose business date is older than this many days are removed
 *                      after each run; 0 keeps everything
 * @param coherenceThreshold the gap between the activity declared over a calendar year and the SAE figure of the same
 *                      kind beyond which « Capacités et SAE » flags it, as a rate (0.10 for 10 %)
 */
@ConfigurationProperties("copilote.output")
public record OutputProperties(@DefaultValue("400") int retentionDays, @DefaultValue("0.10") BigDecimal coherenceThreshold) {
}
