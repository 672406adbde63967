package fr.demarches.teledossier;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The citizen's answer to a request for complements: documents of their space to attach (frozen on sending), a
 * message, the corrections asked for.
 */
public record ReponseUsager(UUID usagerId, NumeroTeledossier numero, String message, List<PieceJointe> pieces,
        Map<DonneeACorriger, String> corrections) {

    public ReponseUsager {
        message = message == null || message.isBlank() ? null : message.strip();
        pieces = List.copyOf(pieces);
        corrections = Map.copyOf(corrections);
    }

    public boolean vide() {
        return message == null && pieces.isEmpty() && corrections.isEmpty();
    }
}
