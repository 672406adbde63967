package fr.demarches.commune;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A connected commune's settings as typed. {@code sftpSecret} is only ever a replacement: left empty, the stored
 * secret stays; it is never sent back to the browser.
 */
public record FormulaireParametres(
        Set<Procedure> procedures,
        @NotNull(message = "Choisissez le mode de réception des télédossiers.")
        ModeRaccordement mode,
        @NotBlank(message = "Indiquez la boîte fonctionnelle de la mairie.")
        @Email(message = FormulaireRaccordement.COURRIEL) @Size(max = 254, message = FormulaireRaccordement.COURRIEL)
        String boiteFonctionnelle,
        @Size(max = 253, message = FormulaireRaccordement.TROP_LONG)
        String sftpHote,
        String sftpPort,
        @Size(max = 500, message = FormulaireRaccordement.TROP_LONG)
        String sftpDossier,
        @Size(max = 100, message = FormulaireRaccordement.TROP_LONG)
        String sftpIdentifiant,
        @Size(max = 10_000, message = "Le secret ne doit pas dépasser 10 000 caractères.")
        String sftpSecret,
        Boolean recuAuPremierTelechargement,
        Boolean validationAutoProcurations) {

    public static FormulaireParametres de(ParametresVue p) {
        var sftp = p.sftp();
        return new FormulaireParametres(p.procedures(), p.mode(), p.boiteFonctionnelle(),
                sftp == null ? null : sftp.hote(), sftp == null ? null : String.valueOf(sftp.port()),
                sftp == null ? null : sftp.dossier(), sftp == null ? null : sftp.identifiant(), null,
                p.recuAuPremierTelechargement(), p.validationAutoProcurations());
    }

    public Set<Procedure> proceduresOuvertes() {
        return procedures == null ? Set.of() : procedures;
    }
}
