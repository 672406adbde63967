package fr.demarches.teledossier;

import fr.demarches.commune.Procedure;

/**
 * A citizen sent a request: the citizen gets an acknowledgement, the commune's mailbox a notice, and a commune in
 * sFTP mode ({@code remiseSftp}, fixed at submission) its archive. Carries only what those need — no personal
 * data beyond the citizen's own address. {@code boiteCommune}, the commune's mailbox as the submission read it, spares
 * the listener a second read; null in the publications recorded before it was carried.
 */
public record TeledossierDepose(String numero, Procedure procedure, String communeInsee, String courrielUsager,
        java.time.Instant deposeLe, boolean remiseSftp, String boiteCommune) {
}
