package fr.copilote.scheduler.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outputs ({@code copilote.output.*}).
 *
 * @param retentionDays workbooks and reject reports whose business date is older than this many days are removed
 *                      after each run; 0 keeps everything
 */
@ConfigurationProperties("copilote.output")
public record OutputProperties(@DefaultValue("400") int retentionDays) {
}
