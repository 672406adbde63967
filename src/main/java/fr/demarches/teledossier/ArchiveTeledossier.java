package fr.demarches.teledossier;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.demarches.document.Documents;
import fr.demarches.teledossier.elements.ArchiveZip;
import fr.demarches.teledossier.elements.SuiviDossier;

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
                elements.donnees(), pieces, suivi(elements));
    }

    /** The pieces' versions and the conversation, as the XML data file and the CERFA recap write them. */
    static SuiviDossier suivi(ElementsTelecharges elements) {
        var pieces = elements.pieces().stream().map(p -> new SuiviDossier.Piece(p.type().name(), p.type().libelle(),
                p.version(), p.complement())).toList();
        var echanges = elements.echanges().stream().map(e -> new SuiviDossier.Echange(e.horodatage(), e.mairie(),
                e.message(), libelles(e.piecesDemandees().stream().map(t -> Map.entry(t.name(), t.libelle()))),
                libelles(e.donneesDemandees().stream().map(d -> Map.entry(d.name(), d.libelle()))),
                e.corrections().entrySet().stream().collect(Collectors.toMap(c -> c.getKey().name(),
                        c -> new SuiviDossier.Correction(c.getKey().libelle(), c.getValue()), (a, b) -> a,
                        LinkedHashMap::new)))).toList();
        return new SuiviDossier(pieces, echanges);
    }

    private static Map<String, String> libelles(Stream<Map.Entry<String, String>> entrees) {
        return entrees.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                LinkedHashMap::new));
    }

    /** The archive's file name: the number, as in the e-mails and the Gestionnaire de Suivi. */
    public static String nomFichier(String numero) {
        return numero + ".zip";
    }

    /** A complement's archive: the completed dossier, named so that the commune's software tells it apart. */
    public static String nomFichierComplement(String numero, int rang) {
        return numero + "-complement-" + rang + ".zip";
    }

    private static String extension(String typeContenu) {
        return switch (typeContenu) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            default -> "jpg";
        };
    }
}
