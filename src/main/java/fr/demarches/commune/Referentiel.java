package fr.demarches.commune;

import java.util.List;
import java.util.Optional;

import fr.demarches.commune.internal.CommuneRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the official list of communes. */
@Service
@Transactional(readOnly = true)
public class Referentiel {

    private final CommuneRepository communes;

    Referentiel(CommuneRepository communes) {
        this.communes = communes;
    }

    /** The communes a postal code serves, by name; empty when the code is malformed or unknown. */
    public List<CommuneResume> parCodePostal(String codePostal) {
        String code = codePostal == null ? "" : codePostal.strip();
        if (!code.matches("\\d{5}")) {
            return List.of();
        }
        return communes.findByCodePostal(code).stream().map(c -> c.resume()).toList();
    }

    public Optional<CommuneResume> parCodeInsee(String codeInsee) {
        return codeInsee == null ? Optional.empty() : communes.findById(codeInsee).map(c -> c.resume());
    }

    public long nombre() {
        return communes.count();
    }
}
