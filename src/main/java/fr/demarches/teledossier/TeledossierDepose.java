package fr.demarches.teledossier;

import fr.demarches.commune.Procedure;

/**
 * A citizen sent a request: the citizen gets an acknowledgement, the commune's mailbox a notice, and a commune in
 * sFTP mode ({@code remiseSftp}, fixed at submission) its archive. Carries only what those need — no personal
 * data beyond the citizen's own address.
 */
public record TeledossierDepose(String numero, Procedure procedure, String communeInsee, String courrielUsager,
        java.time.Instant deposeLe, boolean remiseSftp) {
}
