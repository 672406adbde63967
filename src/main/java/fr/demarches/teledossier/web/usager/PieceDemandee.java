package fr.demarches.teledossier.web.usager;

import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import fr.demarches.document.TypeDocument;

/**
 * A piece a procedure asks for: the form field holding the chosen document, the file field to add one, the
 * legend and hint of the pieces page, the document types accepted, the type given to a file added here, whether it
 * may be left out, and the message when it is missing or not acceptable.
 */
record PieceDemandee<F extends FormulaireDemande<?>>(String champ, String champFichier, String legende, String indice,
        Set<TypeDocument> types, Function<F, TypeDocument> typeAjoute, boolean facultative, String manquante,
        Function<F, String> choisie, BiConsumer<F, String> choisir) {

    /** The identity document every request asks for. */
    static <F extends FormulaireDemande<?>> PieceDemandee<F> identite(String indice) {
        return new PieceDemandee<>("pieceIdentite", "fichierIdentite", "Pièce d’identité", indice,
                Set.of(TypeDocument.PIECE_IDENTITE), f -> TypeDocument.PIECE_IDENTITE, false,
                "Choisissez votre pièce d'identité parmi vos documents, ou ajoutez-en une.",
                FormulaireDemande::getPieceIdentite, FormulaireDemande::setPieceIdentite);
    }
}
