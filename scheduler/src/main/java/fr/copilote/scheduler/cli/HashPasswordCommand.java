package fr.copilote.scheduler.cli;

import fr.copilote.scheduler.console.PasswordHashes;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = "Lit un mot de passe (sans l'afficher, ou sur l'entrée standard) et écrit son empreinte, à mettre dans "
                + "copilote.console.users[…].password : le mot de passe lui-même n'est jamais écrit dans la configuration.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:empreinte écrite", ExitCodes.FAILED_LINE})
public class HashPasswordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] typed = console.readPassword("Mot de passe : ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < 12) {
            spec.commandLine().getErr().println("Mot de passe refusé : 12 caractères au moins.");
            return ExitCodes.FAILED;
        }
        spec.commandLine().getOut().println(PasswordHashes.encoder().encode(password));
        return ExitCodes.DONE;
    }
}
