package fr.copilote.scheduler.cli;

import fr.copilote.importer.job.MissingInputPolicy;
import picocli.CommandLine.ITypeConverter;

/** {@code fail} or {@code previous}, in any case. */
final class MissingInputPolicyConverter implements ITypeConverter<MissingInputPolicy> {

    @Override
    public MissingInputPolicy convert(String value) {
        return MissingInputPolicy.of(value);
    }
}
