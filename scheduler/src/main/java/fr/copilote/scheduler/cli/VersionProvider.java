package fr.copilote.scheduler.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), "développement" when run from the IDE. */
public class VersionProvider implements IVersionProvider {

    public static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "développement" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Copilote " + version()};
    }
}
