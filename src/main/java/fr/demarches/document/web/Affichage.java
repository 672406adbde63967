package fr.demarches.document.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.demarches.document.DocumentUsager;
import fr.demarches.shared.Fuseau;

/** A document as the list shows it: French dates and sizes. */
record Affichage(DocumentUsager document, boolean supprimable) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE)
            .withZone(Fuseau.PARIS);

    public String deposeLe() {
        return date(document.deposeLe());
    }

    public String supprimableLe() {
        return document.supprimableLe() == null ? null : date(document.supprimableLe());
    }

    public String taille() {
        return taille(document.taille());
    }

    public String format() {
        return switch (document.typeContenu()) {
            case "application/pdf" -> "PDF";
            case "image/png" -> "PNG";
            default -> "JPEG";
        };
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    static String taille(long octets) {
        if (octets < 1024 * 1024) {
            return Math.max(1, Math.round(octets / 1024.0)) + " Ko";
        }
        if (octets % (1024 * 1024) == 0) {
            return octets / (1024 * 1024) + " Mo";
        }
        return String.format(Locale.FRANCE, "%.1f Mo", octets / (1024.0 * 1024.0));
    }
}
