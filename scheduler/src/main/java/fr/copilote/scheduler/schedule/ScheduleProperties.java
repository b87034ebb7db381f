package fr.copilote.scheduler.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code copilote.schedule.*}: when the nightly run starts, on which folders, and what it does about late files.
 *
 * @param enabled      false switches the schedule off (the console and the commands still work)
 * @param cron         Spring cron, seconds first: {@code 0 30 2 * * *} is 02:30 every day
 * @param zone         the time zone of the cron and of « yesterday »
 * @param input        the folder the night's files are dropped into
 * @param output       the folder the workbooks and reject reports go to
 * @param territories  territory codes to report on; empty for all
 * @param missingInput what to do when an expected file has not arrived
 * @param waitUpTo     how long to wait for late files ({@code missing-input: wait})
 * @param waitPoll     how often to look for them meanwhile
 * @param catchUpOnStart run the last scheduled date at start-up if it was missed or left unfinished (the
 *                     process was down at the scheduled time, or crashed during the run)
 */
@ConfigurationProperties("copilote.schedule")
public record ScheduleProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0 30 2 * * *") String cron,
                                 @DefaultValue("Europe/Paris") ZoneId zone, @DefaultValue("./entrees") Path input,
                                 @DefaultValue("./sorties") Path output, @DefaultValue List<String> territories,
                                 @DefaultValue("fail") MissingInputAction missingInput, @DefaultValue("2h") Duration waitUpTo,
                                 @DefaultValue("1m") Duration waitPoll, @DefaultValue("true") boolean catchUpOnStart) {
}
