package fr.demarches.teledossier.web.usager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.Espace;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.compte.Profils;
import fr.demarches.document.DepotRefuse;
import fr.demarches.document.DocumentUsager;
import fr.demarches.document.Documents;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.SuiviUsager;
import fr.demarches.teledossier.internal.Brouillons;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the ILE and RCO requests do alike while the citizen fills them: the draft (or a new one prefilled from the
 * profile), the pieces chosen among or uploaded into the citizen's documents, the review of every step, and the
 * idempotent submission key.
 */
@Component
class DemandesEnCours {

    private final Brouillons brouillons;
    private final Profils profils;
    private final Referentiel referentiel;
    private final Documents documents;
    private final SuiviUsager suivi;

    DemandesEnCours(Brouillons brouillons, Profils profils, Referentiel referentiel, Documents documents,
            SuiviUsager suivi) {
        this.brouillons = brouillons;
        this.profils = profils;
        this.referentiel = referentiel;
        this.documents = documents;
        this.suivi = suivi;
    }

    /** The draft, or a new request prefilled from the profile (with the postal code of the birth commune). */
    <F> F brouillonOuProfil(CompteConnecte usager, Procedure procedure, Class<F> type,
            BiFunction<ProfilUsager, String, F> depuisProfil) {
        return brouillons.lire(usager.id(), procedure, type).map(Brouillons.Brouillon::donnees).orElseGet(() -> {
            var profil = profils.ouVide(usager.id());
            String codePostalNaissance = referentiel.parCodeInsee(profil.naissanceCommuneInsee())
                    .map(c -> c.codesPostaux().getFirst()).orElse(null);
            return depuisProfil.apply(profil, codePostalNaissance);
        });
    }

    /** The dossier an earlier post of the same review page already created (double click, back and resubmit). */
    Optional<String> dejaEnvoye(CompteConnecte usager, UUID cleIdempotence) {
        return cleIdempotence == null ? Optional.empty()
                : suivi.parCleIdempotence(usager.id(), cleIdempotence).map(d -> d.numero());
    }

    UUID cleIdempotence(CompteConnecte usager, Procedure procedure, Class<?> type) {
        return brouillons.lire(usager.id(), procedure, type).map(Brouillons.Brouillon::cleIdempotence).orElse(null);
    }

    /** A document of this citizen, of one of the expected types; anything else (someone else's) is absent. */
    Optional<DocumentUsager> piece(CompteConnecte usager, String id, Set<TypeDocument> types) {
        try {
            return id == null || id.isBlank() ? Optional.empty()
                    : documents.trouver(usager.id(), UUID.fromString(id)).filter(d -> types.contains(d.type()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Uploads a file into the citizen's space; a refused file becomes an error on {@code champ}. */
    Optional<DocumentUsager> televerser(CompteConnecte usager, MultipartFile fichier, TypeDocument type, String champ,
            BindingResult erreurs, HttpServletRequest requete) {
        if (fichier == null || fichier.isEmpty()) {
            return Optional.empty();
        }
        try (var flux = fichier.getInputStream()) {
            return Optional.of(documents.deposer(new Acteur(Espace.USAGER.name(), usager.id(), usager.getUsername(),
                    requete.getRemoteAddr()), type, fichier.getOriginalFilename(), flux, fichier.getSize()));
        } catch (DepotRefuse refus) {
            erreurs.rejectValue(champ, champ + ".refuse", refus.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every step checked again, by step: the review lists what is missing with a link to the step. */
    <E extends Enum<E> & EtapeDemande<E>> Map<E, List<String>> incompletes(Class<E> etapes, Object formulaire,
            BiConsumer<E, BindingResult> verifier) {
        var resultat = new LinkedHashMap<E, List<String>>();
        for (E etape : etapes.getEnumConstants()) {
            var erreurs = new BeanPropertyBindingResult(formulaire, "formulaire");
            verifier.accept(etape, erreurs);
            if (erreurs.hasErrors()) {
                resultat.put(etape, erreurs.getAllErrors().stream()
                        .map(DefaultMessageSourceResolvable::getDefaultMessage).toList());
            }
        }
        return resultat;
    }

    List<DocumentUsager> documents(CompteConnecte usager, Set<TypeDocument> types) {
        return documents.lister(usager.id()).stream().filter(d -> types.contains(d.type())).toList();
    }

    String tailleMax() {
        return documents.tailleMax().toMegabytes() + " Mo";
    }
}
