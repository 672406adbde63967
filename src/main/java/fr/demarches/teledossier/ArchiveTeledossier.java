package fr.demarches.teledossier;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import fr.demarches.document.Documents;
import fr.demarches.teledossier.elements.ArchiveZip;

import org.springframework.stereotype.Component;

/**
 * The one ZIP a mairie receives for a dossier (pre-filled CERFA, XML data file, pieces), streamed: the same
 * archive whether an agent downloads it or the platform pushes it to the commune's sFTP server.
 */
@Component
public class ArchiveTeledossier {

    private final Documents documents;

    ArchiveTeledossier(Documents documents) {
        this.documents = documents;
    }

    /** Writes the archive and closes {@code sortie}. */
    public void ecrire(ElementsTelecharges elements, OutputStream sortie) throws IOException {
        var pieces = elements.pieces().stream().map(p -> new ArchiveZip.Piece(
                p.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), () -> {
                    var ouvert = documents.ouvrirFige(p.documentFigeId()).orElseThrow(
                            () -> new FileNotFoundException("Copie figée introuvable : " + p.documentFigeId()));
                    return new ArchiveZip.Fichier(extension(ouvert.typeContenu()), ouvert.contenu());
                })).toList();
        ArchiveZip.ecrire(sortie, elements.numero(), elements.procedure().name(), elements.deposeLe(),
                elements.donnees(), pieces);
    }

    /** The archive's file name: the number, as in the e-mails and the Gestionnaire de Suivi. */
    public static String nomFichier(String numero) {
        return numero + ".zip";
    }

    private static String extension(String typeContenu) {
        return switch (typeContenu) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            default -> "jpg";
        };
    }
}
