package fr.copilote.model.generator;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.LegalStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Directory files for synthetic establishments, in the published layouts with the columns the importer reads:
 * {@code ID} and {@code ST} in ISO-8859-1 with {@code ;}, coordinates in UTF-8 with {@code ,} and the FINESS
 * without its leading zero, as the Eurostat file writes it.
 */
final class SyntheticDirectoryFiles implements DirectoryFiles {

    /** SAE legal-status group of a public establishment; the generator does not need finer. */
    private static final String GROUP = "02";

    private final List<Establishment> sites;
    private final Map<Finess, String> legalEntityNames;

    SyntheticDirectoryFiles(List<Establishment> sites, Map<Finess, String> legalEntityNames) {
        this.sites = sites.stream().sorted(Comparator.comparing(Establishment::finess)).toList();
        this.legalEntityNames = new TreeMap<>(legalEntityNames);
    }

    @Override
    public DirectoryCounts writeTo(Path folder) throws IOException {
        try (BufferedWriter id = Files.newBufferedWriter(folder.resolve(SITES), StandardCharsets.ISO_8859_1)) {
            id.write("bor;an;fi;rs;fi_ej;cat;dep;NOMCOM;stjr\n");
            for (Establishment site : sites) {
                id.write(String.join(";", "ID", String.valueOf(YEAR), site.finess().value(), site.name(),
                        site.legalEntity().value(), site.category(), site.departement(),
                        CommuneNames.asSaeCommune(site.commune()), site.status().map(LegalStatus::saeCode).orElse("")) + "\n");
            }
        }
        List<Establishment> byEntity = sites.stream()
                .sorted(Comparator.comparing(Establishment::legalEntity).thenComparing(Establishment::finess)).toList();
        try (BufferedWriter st = Files.newBufferedWriter(folder.resolve(LEGAL_ENTITIES), StandardCharsets.ISO_8859_1)) {
            st.write("BOR;AN;FI;RS;GRP;FI_ET;RS_ET\n");
            for (Establishment site : byEntity) {
                st.write(String.join(";", "ST", String.valueOf(YEAR), site.legalEntity().value(),
                        legalEntityNames.getOrDefault(site.legalEntity(), site.name()), GROUP, site.finess().value(),
                        site.name()) + "\n");
            }
        }
        try (BufferedWriter geo = Files.newBufferedWriter(folder.resolve(COORDINATES), StandardCharsets.UTF_8)) {
            geo.write("id,hospital_name,site_name,lat,lon\n");
            for (Establishment site : sites) {
                geo.write(String.join(",", withoutLeadingZeros(site.finess()), site.name(), "",
                        degrees(site.location().latitude()), degrees(site.location().longitude())) + "\n");
            }
        }
        return new DirectoryCounts(sites.size(), byEntity.size(), sites.size());
    }

    private static String withoutLeadingZeros(Finess finess) {
        return finess.value().replaceFirst("^0+", "");
    }

    private static String degrees(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP).toPlainString();
    }
}
