package fr.demarches.commune;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A connected commune's settings as the screens show them: the sFTP secret only as "stored". */
public record ParametresVue(String codeInsee, String commune, List<String> codesPostaux, LocalDate dateEffet,
        Set<Procedure> procedures, ModeRaccordement mode, String boiteFonctionnelle, ParametresSftp sftp,
        boolean secretEnregistre, boolean recuAuPremierTelechargement, boolean validationAutoProcurations,
        Set<NatureImage> images) {
}
