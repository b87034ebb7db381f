package fr.copilote.scheduler.operations;

/** Who asks for an operation, and through what. */
public record Actor(String name, Channel channel) {

    public enum Channel {
        CONSOLE("console web"), COMMAND_LINE("ligne de commande"), SCHEDULE("planification");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The operating-system user behind a command line. */
    public static Actor commandLine() {
        return new Actor(System.getProperty("user.name", "inconnu"), Channel.COMMAND_LINE);
    }

    public static Actor schedule() {
        return new Actor("planification", Channel.SCHEDULE);
    }

    public static Actor console(String user) {
        return new Actor(user, Channel.CONSOLE);
    }
}
